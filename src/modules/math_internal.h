/* Shared between the math module's files (math.c, math_extra.c). */
#ifndef SHOAL_MATH_INTERNAL_H
#define SHOAL_MATH_INTERNAL_H

#include "../shoal.h"

ShObject *sh_math_domain_error(void); /* ValueError "math domain error", NULL */
ShObject *sh_math_range_error(void);  /* OverflowError "math range error", NULL */
int sh_math_arg(ShObject *o, double *out); /* float(o) with "must be real number" */
/* TypeError "%s expected %zu arguments, got %zu" unless nargs == n */
int sh_math_check_nargs(const char *name, size_t nargs, size_t n);

ShObject *sh_math_comb(ShObject *m, ShObject *const *args, size_t nargs);
ShObject *sh_math_perm(ShObject *m, ShObject *const *args, size_t nargs);
ShObject *sh_math_factorial(ShObject *m, ShObject *arg);
ShObject *sh_math_gcd(ShObject *m, ShObject *const *args, size_t nargs);
ShObject *sh_math_lcm(ShObject *m, ShObject *const *args, size_t nargs);
ShObject *sh_math_isqrt(ShObject *m, ShObject *arg);
ShObject *sh_math_prod(ShObject *m, ShObject *const *args, size_t nargs, ShObject *kwnames);
ShObject *sh_math_fsum(ShObject *m, ShObject *iterable);
ShObject *sh_math_hypot(ShObject *m, ShObject *const *args, size_t nargs);
ShObject *sh_math_dist(ShObject *m, ShObject *const *args, size_t nargs);

#endif
