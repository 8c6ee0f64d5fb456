/* The parts of module _itertools (lib/itertools.py re-exports them): each
   file readies its types and adds them to the module. */
#ifndef SH_ITERTOOLS_INTERNAL_H
#define SH_ITERTOOLS_INTERNAL_H

#include "../shoal.h"

int sh_itertools_add_count(ShObject *m);         /* itertools_count.c */
int sh_itertools_add_adaptors(ShObject *m);      /* itertools_adaptors.c */
int sh_itertools_add_combinatorics(ShObject *m); /* itertools_combinatorics.c */

#endif
