/* int: a machine word while the value fits, a GMP integer beyond that.
   Small ints -5..256 are preallocated immortal objects. */
#ifndef SHOAL_INT_H
#define SHOAL_INT_H

#include <gmp.h>
#include "../runtime/object.h"
#include "../runtime/freelist.h"

/* While not SH_INT_BIG the value is `small`; otherwise `value` holds it
   (48 bytes in all). Ints never change after creation. bool's instances
   are ShInt too. */
typedef struct ShInt {
  ShObject ob; /* ob.aux: 1 when the value is big (in `value`) */
  union {
    int64_t small;
    mpz_t value;
  };
} ShInt;
#define SH_INT_BIG(o) (((ShInt *)(o))->ob.aux != 0)

extern ShType sh_type_int;
#define SH_INT_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_INT_SUBCLASS) != 0)
#define SH_INT_CHECK_EXACT(o) (SH_TYPE(o) == &sh_type_int)
#define SH_INT_IS_SMALL(o) (!SH_INT_BIG(o))
#define SH_INT_SMALL_VALUE(o) (((ShInt *)(o))->small)
#define SH_SMALL_INT_MIN (-5)
#define SH_SMALL_INT_MAX 256

/* The preallocated SH_SMALL_INT_MIN .. SH_SMALL_INT_MAX. */
extern ShInt sh_small_ints[];
/* Inline: every int result of the eval loop comes from here. */
static inline ShObject *sh_int_from_i64(int64_t v) {
  if (v >= SH_SMALL_INT_MIN && v <= SH_SMALL_INT_MAX)
    return (ShObject *)&sh_small_ints[v - SH_SMALL_INT_MIN];
  ShInt *o = (ShInt *)sh_freelist_alloc(SH_FREELIST_INT, &sh_type_int);
  if (!o) return NULL;
  o->small = v;
  o->ob.aux = 0;
  return (ShObject *)o;
}
ShObject *sh_int_from_u64(uint64_t v);
ShObject *sh_int_from_double(double d);   /* truncates; OverflowError for inf, ValueError for nan */
ShObject *sh_int_from_mpz(const mpz_t v); /* copies; normalises to small when it fits */
/* Parses like int(s, base) (base 0 = literal rules: 0x/0o/0b, underscores).
   ValueError "invalid literal for int() with base 10: 'x'" on failure. */
ShObject *sh_int_from_string(const char *s, size_t len, int base);
int64_t sh_int_as_i64(ShObject *o, bool *overflow); /* o must be an int */
/* -1 with OverflowError "Python int too large to convert to C ssize_t" */
intptr_t sh_int_as_ssize(ShObject *o);
double sh_int_as_double(ShObject *o);       /* OverflowError "int too large to convert to float" */
void sh_int_to_mpz(ShObject *o, mpz_t out); /* out must be initialised */
int sh_int_sign(ShObject *o);
ShObject *sh_int_to_decimal_string(ShObject *o);      /* str(int) */
ShObject *sh_int_format(ShObject *o, ShObject *spec); /* int.__format__ */
sh_hash_t sh_int_hash(ShObject *o);
/* sys.get_int_max_str_digits / sys.set_int_max_str_digits (0 = no limit);
   the setter raises ValueError "maxdigits must be 0 or larger than 640". */
int64_t sh_int_get_max_str_digits(void);
int sh_int_set_max_str_digits(int64_t n);

/* Fast paths used by the VM (both operands exact small ints); return NULL
   only on memory error. */
ShObject *sh_int_add(ShObject *a, ShObject *b);
ShObject *sh_int_sub(ShObject *a, ShObject *b);
ShObject *sh_int_mul(ShObject *a, ShObject *b);
int sh_int_compare(ShObject *a, ShObject *b); /* <0, 0, >0 */

#endif
