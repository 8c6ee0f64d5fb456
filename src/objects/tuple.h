/* tuple: an immutable array of references, allocated in one block. */
#ifndef SHOAL_TUPLE_H
#define SHOAL_TUPLE_H

#include "../runtime/object.h"

typedef struct ShTuple {
  ShVarObject ob;               /* ob.size: item count */
  _Atomic sh_hash_t hash_cache; /* unused (CPython does not cache); reserved */
  ShObject *items[];
} ShTuple;

extern ShType sh_type_tuple;
#define SH_TUPLE_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_TUPLE_SUBCLASS) != 0)
#define SH_TUPLE_CHECK_EXACT(o) (SH_TYPE(o) == &sh_type_tuple)
#define SH_TUPLE_SIZE(o) (((ShTuple *)(o))->ob.size)
#define SH_TUPLE_ITEMS(o) (((ShTuple *)(o))->items)
#define SH_TUPLE_GET(o, i) (((ShTuple *)(o))->items[(i)])

/* A tuple of n NULL slots, to be filled (stealing) before it is shared.
   The empty tuple is a shared immortal singleton. */
ShObject *sh_tuple_new(intptr_t n);
ShObject *sh_tuple_from_array(ShObject *const *items, intptr_t n); /* increfs */
ShObject *sh_tuple_pack(intptr_t n, ...);                          /* increfs */
ShObject *sh_tuple_slice(ShObject *t, intptr_t start, intptr_t stop);

/* FOR_ITER's step over an exact tuple iterator once several threads run:
   1 with the next item in *v, a loan or counted (*loaned), 0 at the end,
   -2 when the iterator's own next must be used. */
int sh_tuple_iter_next_loan(ShObject *it, ShObject **v, bool *loaned);

#endif
