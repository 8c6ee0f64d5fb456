/* Start-up of the runtime: the main thread state, every built-in type,
   and the builtins and sys modules, in dependency order. */
#include "../shoal.h"
#include "../vm/function.h"
#include "../vm/code.h"
#include "../vm/generator.h"
#include "init.h"
#include "../vm/modulespec.h"
#include "../modules/thread_lock.h"

static int ready_vm_types(void) {
  ShType *types[] = {&sh_type_function,
                     &sh_type_method,
                     &sh_type_cell,
                     &sh_type_generator,
                     &sh_type_coroutine,
                     &sh_type_coroutine_wrapper,
                     &sh_type_async_generator,
                     &sh_type_async_generator_asend,
                     &sh_type_async_generator_athrow,
                     &sh_type_code,
                     &sh_type_traceback,
                     &sh_type_frame,
                     &sh_type_module,
                     &sh_type_lock,
                     &sh_type_modulespec,
                     &sh_type_sourcefileloader,
                     &sh_type_rlock};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (sh_type_ready(types[i]) < 0) return -1;
  return 0;
}

int sh_runtime_init(void) {
  if (!sh_thread_state_new()) return -1;
  if (sh_ids_init() < 0 || sh_init_typesystem() < 0 || sh_init_numbers() < 0 ||
      sh_init_strings() < 0 || sh_init_containers() < 0 || sh_init_exceptions() < 0 ||
      sh_init_io() < 0 || ready_vm_types() < 0)
    return -1;
  ShObject *modules = sh_import_get_modules();
  ShObject *builtins = sh_module_init_builtins();
  if (!builtins || sh_vm_builtins_init(builtins) < 0) return -1;
  if (sh_dict_set_str(modules, "builtins", builtins) < 0) return -1;
  sh_decref(builtins);
  ShObject *sys = sh_module_init_sys();
  if (!sys || sh_vm_sys_init(sys) < 0 || sh_dict_set_str(modules, "sys", sys) < 0) return -1;
  sh_decref(sys);
  return 0;
}
