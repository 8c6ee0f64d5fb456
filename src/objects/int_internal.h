/* Helpers shared by the number types' files (int*.c, bool.c, float*.c,
   complex.c) and the math module; not part of the public API. */
#ifndef SHOAL_INT_INTERNAL_H
#define SHOAL_INT_INTERNAL_H

#include "../shoal.h"

/* A read-only mpz view of any int object. `tmp` and `limb` are caller
   storage that must outlive the returned pointer. */
static inline mpz_srcptr sh_int_view(ShObject *o, mpz_ptr tmp, mp_limb_t *limb) {
  ShInt *i = (ShInt *)o;
  if (SH_INT_BIG(i)) return i->value;
  int64_t v = i->small;
  *limb = v < 0 ? (mp_limb_t)0 - (mp_limb_t)v : (mp_limb_t)v;
  return mpz_roinit_n(tmp, limb, v < 0 ? -1 : v > 0 ? 1 : 0);
}
#define SH_INT_VIEW(name, obj)                                                                     \
  mpz_t name##_tmp_;                                                                               \
  mp_limb_t name##_limb_;                                                                          \
  mpz_srcptr name = sh_int_view((obj), name##_tmp_, &name##_limb_)

/* Takes ownership of v (cleared afterwards); small results are normalised. */
ShObject *sh_int_from_mpz_steal(mpz_ptr v);
/* An int of exact type `type` (int or a subclass) with the value of int o. */
ShObject *sh_int_copy_to_type(ShType *type, ShObject *o);
/* Exact int with o's value (o an int, maybe a subclass instance or bool). */
ShObject *sh_int_exact(ShObject *o);
/* a / b correctly rounded; 0 ok, -1 when the result overflows a double
   (nothing raised). b must not be 0. */
int sh_mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double *out);
/* str(int) in any base 2..36 without the digit limit, prefix-free,
   lowercase: a NUL-terminated sh_mem_alloc'd buffer (NULL: MemoryError). */
char *sh_int_to_cstr_base(ShObject *o, int base, size_t *len);
/* The int number methods (bool copies them). */
extern ShNumberMethods sh_int_as_number;
ShObject *sh_int_richcompare_slot(ShObject *a, ShObject *b, int op);
ShObject *sh_int_repr_slot(ShObject *o);
/* int.__round__(ndigits) for an int */
ShObject *sh_int_round(ShObject *self, ShObject *ndigits);
/* int's methods and getters living in other files */
ShObject *sh_int_method_to_bytes(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames);
ShObject *sh_int_method_from_bytes(ShObject *cls, ShObject *const *args, size_t nargs,
                                   ShObject *kwnames);
ShObject *sh_int_new_slot(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames);
/* Converts a float to an int object (OverflowError/ValueError for inf/nan). */
ShObject *sh_int_from_double_checked(double d);
/* Compare an int with a double exactly: -1, 0, 1; 2 when d is nan. */
int sh_int_compare_double(ShObject *i, double d);

/* Formats a double per spec with type already defaulted; used by int and
   float __format__. `type_name` is for "Unknown format code" messages. */
ShObject *sh_float_format_spec(double v, const ShFormatSpec *spec, const char *type_name);
/* Grouping and padding of a formatted number: sign, prefix ("0x"),
   integer digits, and the rest (".5e+10", "%"). */
ShObject *sh_number_layout(const ShFormatSpec *spec, char sign, const char *prefix,
                           const char *digits, size_t ndigits, const char *rest, int group_size);
/* Raises the float-style OverflowError (34, 'Numerical result out of range'). */
void sh_float_raise_erange(void);
/* float operands: 1 converted, 0 not a number type (NotImplemented), -1 error */
int sh_float_convert_operand(ShObject *o, double *out);
/* float ** float with Python's rules (may return complex). */
ShObject *sh_float_pow_doubles(double a, double b);
ShObject *sh_complex_pow_doubles(double ar, double ai, double br, double bi);

/* Python's float repr digits helper: shortest digits that round-trip.
   digits gets the significant digits (no dot), *exp10 the decimal exponent
   of the first digit. Returns number of digits. */
int sh_float_shortest_digits(double v, char *digits, int *exp10);

/* float_digits.c: correctly rounded decimal digits (ties to even).
   fixed: the digits of round(a * 10**prec) for a >= 0 finite, prec any sign,
   into out (sh_float_fixed_digits_cap(prec) bytes), NUL-terminated; returns
   the count ("0" for zero). exp: exactly ndigits (>= 1) significant digits
   of a >= 0 finite into out (ndigits + 8 bytes); returns the decimal
   exponent of the first digit (0 for zero). */
intptr_t sh_float_fixed_digits(double a, intptr_t prec, char *out);
intptr_t sh_float_fixed_digits_cap(intptr_t prec);
int sh_float_exp_digits(double a, intptr_t ndigits, char *out);
/* The shortest digits that read back as a (> 0 finite; "0" for zero), the
   correctly rounded ones of that length, trailing zeros dropped; returns
   their count, *exp10 the exponent of the first. digits: 24 bytes. */
int sh_float_shortest(double a, char *digits, int *exp10);
/* Writes v in decimal ending just before `end`; returns the first digit. */
char *sh_u64_to_decimal(uint64_t v, char *end);

/* float_format.c: the format engines writing into a str writer (see
   str_internal.h); 0, or -1 with an exception set. */
struct ShStrWriter;
int sh_int_format_into(struct ShStrWriter *w, ShObject *o, const ShFormatSpec *spec);
int sh_float_format_into(struct ShStrWriter *w, double v, const ShFormatSpec *spec,
                         const char *type_name);
/* The text of |v| for a %-style or format-spec conversion type (e E f F g G
   % n, 'r' for repr, 0 for the no-type form with a precision), without
   sign or padding, into buf; *nint gets the count of leading integer digits
   (the part grouping applies to). buf needs sh_float_body_cap(prec) bytes. */
size_t sh_float_body(double a, char type, intptr_t prec, bool alt, char *buf, size_t *nint);
size_t sh_float_body_cap(intptr_t prec);

/* int(), float() and complex() accept any Unicode decimal digits and
   whitespace: an ASCII copy of str `s` (digits as '0'..'9', spaces as ' ',
   other non-ASCII characters as '?'), NUL-terminated, sh_mem_alloc'd. */
char *sh_num_ascii_copy(ShObject *s, size_t *len);
/* from the str implementation (objects/str_unicode.c) */
bool sh_uni_isspace(uint32_t c);
int sh_uni_decimal_value(uint32_t c);

#endif
