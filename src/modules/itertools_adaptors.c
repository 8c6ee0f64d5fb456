/* itertools iterators that adapt other iterators (chain, islice, cycle,
   ...), in C so that threads may share them. */
#include "itertools_internal.h"

int sh_itertools_add_adaptors(ShObject *m) {
  (void)m;
  return 0;
}
