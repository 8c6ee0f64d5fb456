/* The parts of module _functools (lib/functools.py imports them): each file
   readies its types and adds them, with its functions, to the module. */
#ifndef SH_FUNCTOOLS_INTERNAL_H
#define SH_FUNCTOOLS_INTERNAL_H

#include "../shoal.h"

int sh_functools_add_partial(ShObject *m); /* functools_partial.c: partial */
int sh_functools_add_misc(ShObject *m);    /* functools_misc.c: reduce, cmp_to_key */
int sh_functools_add_lru(ShObject *m);     /* functools_lru.c: _lru_cache_wrapper */

/* The __dict__ getter and setter of the types here, for a slot at `offset`
   (passed as the closure): the dict is made on first use and installed by
   compare-and-swap; a replaced one is dropped after a grace period, since
   attribute lookups read the slot without counting it. */
ShObject *sh_functools_get_dict(ShObject *self, void *offset);
int sh_functools_set_dict(ShObject *self, ShObject *value, void *offset);
/* Replaces the dict in the slot at offset (v NULL: empty) the same way. */
void sh_functools_replace_dict(ShObject *self, intptr_t offset, ShObject *v);

#endif
