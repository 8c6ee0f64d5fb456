/* set and frozenset: open-addressing hash tables with CPython's probing,
   so that iteration order (and so printed sets) matches CPython. */
#ifndef SHOAL_SET_H
#define SHOAL_SET_H

#include "../runtime/object.h"

extern ShType sh_type_set, sh_type_frozenset;
#define SH_ANYSET_CHECK(o) (sh_type_check((o), &sh_type_set) || sh_type_check((o), &sh_type_frozenset))

ShObject *sh_set_new(ShObject *iterable);       /* iterable may be NULL */
ShObject *sh_frozenset_new(ShObject *iterable); /* iterable may be NULL */
int sh_set_add(ShObject *set, ShObject *key);
int sh_set_discard(ShObject *set, ShObject *key); /* 1 removed, 0 absent */
int sh_set_contains(ShObject *set, ShObject *key);
int sh_set_update(ShObject *set, ShObject *iterable);
intptr_t sh_set_size(ShObject *set);

#endif
