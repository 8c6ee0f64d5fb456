/* The parts of module _itertools (lib/itertools.py re-exports them): each
   file readies its types and adds them to the module. */
#ifndef SH_ITERTOOLS_INTERNAL_H
#define SH_ITERTOOLS_INTERNAL_H

#include "../shoal.h"

int sh_itertools_add_count(ShObject *m);         /* itertools_count.c */
int sh_itertools_add_adaptors(ShObject *m);      /* itertools_adaptors.c */
int sh_itertools_add_combinatorics(ShObject *m); /* itertools_combinatorics.c */
int sh_itertools_add_groupby(ShObject *m);       /* itertools_groupby.c */
int sh_itertools_add_tee(ShObject *m);           /* itertools_tee.c */
int sh_itertools_add_filters(ShObject *m);       /* itertools_filters.c, by _add_adaptors */

/* Helpers of the adaptor files (itertools_adaptors.c). */
/* The next item by the iterator's own slot, as CPython's adaptors take it:
   a StopIteration it raises stays set (and passes through to our caller,
   with its value, as in CPython); NULL at the end or on error. */
ShObject *sh_itertools_next(ShObject *it);
/* After a NULL from sh_itertools_next: true at the end (StopIteration
   cleared), false on another error. */
bool sh_itertools_ended(void);
/* Stores v (stolen) in *field, a field threads replace (runtime/field.h),
   if it still holds expect (NULL: empty), dropping the field's reference
   to expect (the caller holds its own); false, v untouched, otherwise. */
bool sh_itertools_replace_if(ShObject *owner, ShObject **field, ShObject *expect, ShObject *v);
/* Visits such a field under the owner's mutex (gc.get_referents may run
   while other threads replace it). */
int sh_itertools_visit_field(ShObject *owner, ShObject **field, sh_visitproc visit, void *arg);
/* CPython's argument checks and messages: "X() takes no keyword
   arguments" for type `base` and its subclasses without an __init__ of
   their own; "X expected N arguments, got M"; and the keyword-capable
   parsers' (names[], at most maxpos positional, the first minpos
   required; out[i] borrowed or NULL). 0, or -1 with TypeError. */
int sh_itertools_no_kwargs(ShType *type, ShType *base, const char *name, ShObject *kwnames);
int sh_itertools_check_positional(const char *name, size_t nargs, size_t n);
int sh_itertools_parse(const char *fname, ShObject *const *args, size_t nargs, ShObject *kwnames,
                       const char *const *names, int nparams, int maxpos, int minpos,
                       ShObject **out);
/* A __setstate__ argument: a tuple of min..max items, else -1 with
   CPython's TypeError. */
int sh_itertools_check_state(ShObject *state, intptr_t min, intptr_t max);
/* (type(self), (a, b)) */
ShObject *sh_itertools_reduce2(ShObject *self, ShObject *a, ShObject *b);
/* Readies type once and adds it to m under its short name. */
int sh_itertools_add_type(ShObject *m, ShType *type, _Atomic bool *ready);

#endif
