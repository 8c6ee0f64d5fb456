/* Module _functools: the C parts of functools (partial, reduce, cmp_to_key,
   _lru_cache_wrapper), gathered from the files that define them. */
#include "functools_internal.h"
#include "modules.h"
#include "../runtime/field.h"

ShObject *sh_functools_get_dict(ShObject *self, void *offset) {
  return sh_field_lazy_dict((ShObject **)((char *)self + (intptr_t)offset));
}

void sh_functools_replace_dict(ShObject *self, intptr_t offset, ShObject *v) {
  sh_field_replace_late((ShObject **)((char *)self + offset), v);
}

int sh_functools_set_dict(ShObject *self, ShObject *value, void *offset) {
  if (!value) {
    sh_err_set_string(&sh_exc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!SH_DICT_CHECK(value)) {
    sh_err_format(&sh_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
    return -1;
  }
  sh_functools_replace_dict(self, (intptr_t)offset, value);
  return 0;
}

ShObject *sh_module_init__functools(void) {
  ShObject *m = sh_module_new("_functools");
  if (!m) return NULL;
  if (sh_functools_add_partial(m) < 0 || sh_functools_add_misc(m) < 0 ||
      sh_functools_add_lru(m) < 0) {
    sh_decref(m);
    return NULL;
  }
  return m;
}
