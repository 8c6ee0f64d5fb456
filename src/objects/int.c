/* int: object layout, the immortal small ints, conversions to and from C,
   hashing, comparison and the type object. Arithmetic is in int_arith.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "../runtime/freelist.h"
#include "int_internal.h"

/* ------------------------------------------------------------ small ints */

#define SI(v)                                                                                      \
  { .ob = SH_OBJECT_HEAD_INIT(&sh_type_int), .small = (v) }
#define SI4(v) SI(v), SI((v) + 1), SI((v) + 2), SI((v) + 3)
#define SI16(v) SI4(v), SI4((v) + 4), SI4((v) + 8), SI4((v) + 12)
#define SI64(v) SI16(v), SI16((v) + 16), SI16((v) + 32), SI16((v) + 48)
ShInt sh_small_ints[SH_SMALL_INT_MAX - SH_SMALL_INT_MIN + 1] = {
    SI4(-5), SI(-1), SI64(0), SI64(64), SI64(128), SI64(192), SI(256)};

ShObject *sh_int_from_u64(uint64_t v) {
  if (v <= INT64_MAX) return sh_int_from_i64((int64_t)v);
  mpz_t z;
  mpz_init(z);
  mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
  return sh_int_from_mpz_steal(z);
}

ShObject *sh_int_from_mpz_steal(mpz_ptr v) {
  if (mpz_fits_slong_p(v)) {
    long s = mpz_get_si(v);
    mpz_clear(v);
    return sh_int_from_i64(s);
  }
  ShInt *o = (ShInt *)sh_object_alloc(&sh_type_int, 0);
  if (!o) {
    mpz_clear(v);
    return NULL;
  }
  o->ob.aux = 1;
  *o->value = *v; /* moves the limbs */
  return (ShObject *)o;
}

ShObject *sh_int_from_mpz(const mpz_t v) {
  if (mpz_fits_slong_p(v)) return sh_int_from_i64(mpz_get_si(v));
  mpz_t c;
  mpz_init_set(c, v);
  return sh_int_from_mpz_steal(c);
}

ShObject *sh_int_copy_to_type(ShType *type, ShObject *o) {
  if (type == &sh_type_int) return sh_int_exact(o);
  ShInt *r = (ShInt *)sh_object_alloc(type, 0);
  if (!r) return NULL;
  ShInt *src = (ShInt *)o;
  if (SH_INT_BIG(src)) {
    r->ob.aux = 1;
    mpz_init_set(r->value, src->value);
  } else {
    r->small = src->small;
  }
  return (ShObject *)r;
}

ShObject *sh_int_exact(ShObject *o) {
  if (SH_INT_CHECK_EXACT(o)) return sh_newref(o);
  ShInt *src = (ShInt *)o;
  if (!SH_INT_BIG(src)) return sh_int_from_i64(src->small);
  return sh_int_from_mpz(src->value);
}

ShObject *sh_int_from_double_checked(double d) {
  if (isinf(d)) {
    sh_err_set_string(&sh_exc_OverflowError, "cannot convert float infinity to integer");
    return NULL;
  }
  if (isnan(d)) {
    sh_err_set_string(&sh_exc_ValueError, "cannot convert float NaN to integer");
    return NULL;
  }
  if (d > -9.2e18 && d < 9.2e18) return sh_int_from_i64((int64_t)d);
  mpz_t z;
  mpz_init_set_d(z, d);
  return sh_int_from_mpz_steal(z);
}

ShObject *sh_int_from_double(double d) {
  return sh_int_from_double_checked(d);
}

int64_t sh_int_as_i64(ShObject *o, bool *overflow) {
  ShInt *i = (ShInt *)o;
  if (overflow) *overflow = false;
  if (!SH_INT_BIG(i)) return i->small;
  if (overflow) *overflow = true;
  return mpz_sgn(i->value) < 0 ? INT64_MIN : INT64_MAX;
}

intptr_t sh_int_as_ssize(ShObject *o) {
  ShInt *i = (ShInt *)o;
  if (!SH_INT_BIG(i)) return (intptr_t)i->small;
  sh_err_set_string(&sh_exc_OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

void sh_int_to_mpz(ShObject *o, mpz_t out) {
  ShInt *i = (ShInt *)o;
  if (SH_INT_BIG(i))
    mpz_set(out, i->value);
  else
    mpz_set_si(out, i->small);
}

int sh_int_sign(ShObject *o) {
  ShInt *i = (ShInt *)o;
  if (SH_INT_BIG(i)) return mpz_sgn(i->value);
  return (i->small > 0) - (i->small < 0);
}

/* Round-half-even of a/b at the precision of a double (subnormals
   included); -1 when the magnitude reaches 2**1024. */
int sh_mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double *out) {
  int neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) {
    *out = neg ? -0.0 : 0.0;
    return 0;
  }
  long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
  long diff = na - nb; /* |a/b| lies in [2**(diff-1), 2**(diff+1)) */
  if (diff > 1025) return -1;
  if (diff < -1080) {
    *out = neg ? -0.0 : 0.0;
    return 0;
  }
  long u = diff - 55; /* unit of the quotient: 55..56 significant bits */
  mpz_t num, den, q, r;
  mpz_init(num);
  mpz_init(den);
  mpz_init(q);
  mpz_init(r);
  mpz_abs(num, a);
  mpz_abs(den, b);
  if (u < 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)-u);
  else
    mpz_mul_2exp(den, den, (mp_bitcnt_t)u);
  mpz_tdiv_qr(q, r, num, den);
  uint64_t m = mpz_get_ui(q);
  int sticky = mpz_sgn(r) != 0;
  mpz_clear(num);
  mpz_clear(den);
  mpz_clear(q);
  mpz_clear(r);
  int bl = 64 - __builtin_clzll(m);
  long drop = bl - 53;
  if (u + drop < -1074) drop = -1074 - u;
  if (drop > 0) {
    if (drop > 63) {
      /* everything below half the smallest unit */
      m = 0;
    } else {
      uint64_t rem = m & ((UINT64_C(1) << drop) - 1);
      uint64_t half = UINT64_C(1) << (drop - 1);
      m >>= drop;
      if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
    }
    u += drop;
  }
  double d = ldexp((double)m, (int)u);
  if (isinf(d)) return -1;
  *out = neg ? -d : d;
  return 0;
}

double sh_int_as_double(ShObject *o) {
  ShInt *i = (ShInt *)o;
  if (!SH_INT_BIG(i)) {
    int64_t v = i->small;
    if (v > -(INT64_C(1) << 53) && v < (INT64_C(1) << 53)) return (double)v;
  }
  SH_INT_VIEW(a, o);
  mpz_t one;
  mp_limb_t l1 = 1;
  mpz_srcptr b = mpz_roinit_n(one, &l1, 1);
  double d;
  if (sh_mpz_ratio_to_double(a, b, &d) < 0) {
    sh_err_set_string(&sh_exc_OverflowError, "int too large to convert to float");
    return -1.0;
  }
  return d;
}

/* ----------------------------------------------------------------- hash */

#define HASH_MODULUS ((UINT64_C(1) << 61) - 1)

sh_hash_t sh_int_hash(ShObject *o) {
  ShInt *i = (ShInt *)o;
  uint64_t mag;
  int neg;
  if (!SH_INT_BIG(i)) {
    neg = i->small < 0;
    mag = neg ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
    mag %= HASH_MODULUS;
  } else {
    neg = mpz_sgn(i->value) < 0;
    mag = mpz_tdiv_ui(i->value, HASH_MODULUS);
  }
  sh_hash_t h = neg ? -(sh_hash_t)mag : (sh_hash_t)mag;
  return h == -1 ? -2 : h;
}

/* ----------------------------------------------------------- comparison */

int sh_int_compare(ShObject *a, ShObject *b) {
  ShInt *x = (ShInt *)a, *y = (ShInt *)b;
  if (!SH_INT_BIG(x) && !SH_INT_BIG(y)) return (x->small > y->small) - (x->small < y->small);
  SH_INT_VIEW(va, a);
  SH_INT_VIEW(vb, b);
  int c = mpz_cmp(va, vb);
  return (c > 0) - (c < 0);
}

int sh_int_compare_double(ShObject *i, double d) {
  if (isnan(d)) return 2;
  if (isinf(d)) return d > 0 ? -1 : 1;
  ShInt *x = (ShInt *)i;
  if (!SH_INT_BIG(x) && x->small > -(INT64_C(1) << 53) && x->small < (INT64_C(1) << 53)) {
    double v = (double)x->small;
    return (v > d) - (v < d);
  }
  SH_INT_VIEW(v, i);
  int c = mpz_cmp_d(v, d); /* exact */
  return (c > 0) - (c < 0);
}

static ShObject *cmp_result(int c, int op) {
  bool r = false;
  switch (op) {
  case SH_LT: r = c < 0; break;
  case SH_LE: r = c <= 0; break;
  case SH_EQ: r = c == 0; break;
  case SH_NE: r = c != 0; break;
  case SH_GT: r = c > 0; break;
  case SH_GE: r = c >= 0; break;
  }
  return sh_bool_from(r);
}

ShObject *sh_int_richcompare_slot(ShObject *a, ShObject *b, int op) {
  if (!SH_INT_CHECK(a) || !SH_INT_CHECK(b)) return sh_newref(SH_NOTIMPLEMENTED);
  return cmp_result(sh_int_compare(a, b), op);
}

/* ------------------------------------------------------ slots and methods */

static void int_dealloc(ShObject *o) {
  ShInt *i = (ShInt *)o;
  if (SH_INT_BIG(i)) mpz_clear(i->value);
  if (o->type == &sh_type_int)
    sh_freelist_free(SH_FREELIST_INT, o);
  else
    sh_object_free(o);
}

ShObject *sh_int_repr_slot(ShObject *o) {
  return sh_int_to_decimal_string(o);
}

static sh_hash_t int_hash_slot(ShObject *o) {
  return sh_int_hash(o);
}

static ShObject *int_get_real(ShObject *self, void *c) {
  (void)c;
  return sh_int_exact(self);
}
static ShObject *int_get_imag(ShObject *self, void *c) {
  (void)self, (void)c;
  return sh_int_from_i64(0);
}
static ShObject *int_get_one(ShObject *self, void *c) {
  (void)self, (void)c;
  return sh_int_from_i64(1);
}

static ShObject *int_bit_length(ShObject *self) {
  ShInt *i = (ShInt *)self;
  if (!SH_INT_BIG(i)) {
    uint64_t m = i->small < 0 ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
    return sh_int_from_i64(m ? 64 - __builtin_clzll(m) : 0);
  }
  return sh_int_from_u64(mpz_sizeinbase(i->value, 2));
}

static ShObject *int_bit_count(ShObject *self) {
  ShInt *i = (ShInt *)self;
  if (!SH_INT_BIG(i)) {
    uint64_t m = i->small < 0 ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
    return sh_int_from_i64(__builtin_popcountll(m));
  }
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, i->value);
  uint64_t n = mpz_popcount(a);
  mpz_clear(a);
  return sh_int_from_u64(n);
}

static ShObject *int_as_integer_ratio(ShObject *self) {
  ShObject *n = sh_int_exact(self);
  if (!n) return NULL;
  ShObject *t = sh_tuple_pack(2, n, sh_int_from_i64(1));
  sh_decref(n);
  return t;
}

static ShObject *int_self_exact(ShObject *self) {
  return sh_int_exact(self);
}

static ShObject *int_getnewargs(ShObject *self) {
  ShObject *n = sh_int_exact(self);
  if (!n) return NULL;
  ShObject *t = sh_tuple_pack(1, n);
  sh_decref(n);
  return t;
}

static ShObject *int_sizeof(ShObject *self) {
  /* CPython's sizes (30-bit digits) so programs printing them agree */
  ShInt *i = (ShInt *)self;
  size_t bits;
  if (!SH_INT_BIG(i)) {
    uint64_t m = i->small < 0 ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
    bits = m ? 64 - __builtin_clzll(m) : 0;
  } else {
    bits = mpz_sizeinbase(i->value, 2);
  }
  size_t digits = bits ? (bits + 29) / 30 : 0;
  return sh_int_from_u64(24 + 4 * (digits ? digits : 1));
}

static ShObject *int_round_method(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("__round__", nargs, 0, 1) < 0) return NULL;
  return sh_int_round(self, nargs ? args[0] : NULL);
}

static ShObject *int_format_method(ShObject *self, ShObject *spec) {
  if (!SH_STR_CHECK(spec))
    return sh_err_format(&sh_exc_TypeError, "format() argument 2 must be str, not %T", spec);
  return sh_int_format(self, spec);
}

static ShMethodDef int_methods[] = {
    {"bit_length", int_bit_length, SH_METH_NOARGS, NULL},
    {"bit_count", int_bit_count, SH_METH_NOARGS, NULL},
    {"as_integer_ratio", int_as_integer_ratio, SH_METH_NOARGS, NULL},
    {"conjugate", int_self_exact, SH_METH_NOARGS, NULL},
    {"__trunc__", int_self_exact, SH_METH_NOARGS, NULL},
    {"__floor__", int_self_exact, SH_METH_NOARGS, NULL},
    {"__ceil__", int_self_exact, SH_METH_NOARGS, NULL},
    {"__round__", int_round_method, SH_METH_FAST, NULL},
    {"__getnewargs__", int_getnewargs, SH_METH_NOARGS, NULL},
    {"__sizeof__", int_sizeof, SH_METH_NOARGS, NULL},
    {"__format__", int_format_method, SH_METH_O, NULL},
    {"to_bytes", sh_int_method_to_bytes, SH_METH_FASTKW, NULL},
    {"from_bytes", sh_int_method_from_bytes, SH_METH_FASTKW | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

static ShGetSetDef int_getset[] = {
    {"real", int_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_real, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_int = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "int",
    .basicsize = sizeof(ShInt),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_INT_SUBCLASS | SH_TPFLAGS_IMMUTABLE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .dealloc = int_dealloc,
    .repr = sh_int_repr_slot,
    .hash = int_hash_slot,
    .richcompare = sh_int_richcompare_slot,
    .as_number = &sh_int_as_number,
    .methods = int_methods,
    .getset = int_getset,
    .new_ = sh_int_new_slot,
};

/* ----------------------------------------------------------------- init */

static void *gmp_alloc(size_t n) {
  void *p = sh_mem_alloc(n);
  if (!p) abort(); /* GMP cannot report failure */
  return p;
}
static void *gmp_realloc(void *p, size_t old, size_t n) {
  (void)old;
  void *q = sh_mem_realloc(p, n);
  if (!q) abort();
  return q;
}
static void gmp_free(void *p, size_t n) {
  (void)n;
  sh_mem_free(p);
}

extern ShType sh_type_bool;
int sh_bool_ready(void);
int sh_complex_ready(void);
int sh_float_ready(void);

int sh_init_numbers(void) {
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
  if (sh_type_ready(&sh_type_int) < 0) return -1;
  if (sh_bool_ready() < 0) return -1;
  if (sh_float_ready() < 0) return -1;
  if (sh_complex_ready() < 0) return -1;
  return 0;
}
