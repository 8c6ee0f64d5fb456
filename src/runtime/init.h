/* Runtime start-up, called once by main before anything else. */
#ifndef SHOAL_INIT_H
#define SHOAL_INIT_H

#include "object.h"

int sh_runtime_init(void);
/* Adds the VM's own builtins (exec, eval, __build_class__, ...). */
int sh_vm_builtins_init(ShObject *builtins_module);
/* Adds the VM's own sys functions (_getframe). */
int sh_vm_sys_init(ShObject *sys_module);
/* Runs a .py file as the body of a module (vm/import.c). */
int sh_run_file_in_module(const char *path, ShObject *module);

#endif
