/* Module _itertools: the C iterators of itertools, gathered from the files
   that define them (itertools_internal.h). */
#include "itertools_internal.h"
#include "modules.h"

ShObject *sh_module_init__itertools(void) {
  ShObject *m = sh_module_new("_itertools");
  if (!m) return NULL;
  if (sh_itertools_add_count(m) < 0 || sh_itertools_add_adaptors(m) < 0 ||
      sh_itertools_add_combinatorics(m) < 0 || sh_itertools_add_groupby(m) < 0 ||
      sh_itertools_add_tee(m) < 0) {
    sh_decref(m);
    return NULL;
  }
  return m;
}
