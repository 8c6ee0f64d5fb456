/* The builtins module is assembled from several files, one per concept;
   each contributes a method table that builtins.c registers. */
#ifndef SHOAL_BUILTINS_INTERNAL_H
#define SHOAL_BUILTINS_INTERNAL_H

#include "../shoal.h"

extern ShMethodDef sh_builtins_numeric_methods[]; /* builtins_numeric.c */
extern ShMethodDef sh_builtins_iter_methods[];    /* builtins_iter.c */

/* "%s expected %d arguments, got %zu" when nargs != n (CPython's wording
   for builtins with a fixed count above one). */
int sh_builtins_exact_args(const char *fname, size_t nargs, int n);

#endif
