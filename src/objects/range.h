/* range, slice and the builtin iterator types (enumerate, zip, map, filter,
   reversed, the sequence iterator and iter(callable, sentinel)). */
#ifndef SHOAL_RANGE_H
#define SHOAL_RANGE_H

#include "../runtime/object.h"

typedef struct ShSlice {
  ShObject ob;
  ShObject *start, *stop, *step; /* None when omitted */
} ShSlice;

extern ShType sh_type_range, sh_type_slice;
extern ShType sh_type_enumerate, sh_type_zip, sh_type_map, sh_type_filter, sh_type_reversed;
extern ShType sh_type_seqiter, sh_type_calliter;

ShObject *sh_slice_new(ShObject *start, ShObject *stop, ShObject *step); /* NULL = None */
/* Resolves a slice against a sequence length, as slice.indices(); returns the
   number of items selected, or -1 with an exception (step == 0: ValueError). */
intptr_t sh_slice_unpack(ShObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                         intptr_t *step);
/* Its two halves, for a sequence whose length is only known under its
   mutex: reading the numbers (which may run __index__, so before locking)
   and resolving them against the length. */
int sh_slice_read(ShObject *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
intptr_t sh_slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step);
/* The same with int objects of any size (range slicing, slice.indices):
   new references in *start, *stop, *step; 0, or -1 with an exception. */
int sh_slice_unpack_big(ShObject *slice, ShObject *length, ShObject **start, ShObject **stop,
                        ShObject **step);
ShObject *sh_seqiter_new(ShObject *seq);   /* iteration through __getitem__ */
ShObject *sh_calliter_new(ShObject *callable, ShObject *sentinel);

#endif
