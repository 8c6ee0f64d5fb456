/* float: arithmetic with Python's rules, exact comparisons with ints,
   CPython's numeric hash, float(), rounding and the type object. */
#include <errno.h>
#include <math.h>
#include <string.h>
#include "../runtime/freelist.h"
#include "int_internal.h"

int sh_float_parse(const char *s, size_t len, double *out);
ShObject *sh_float_hex_method(ShObject *self);
ShObject *sh_float_fromhex_method(ShObject *cls, ShObject *arg);

int sh_float_convert_operand(ShObject *o, double *out) {
  if (SH_FLOAT_CHECK(o)) {
    *out = SH_FLOAT_VALUE(o);
    return 1;
  }
  if (SH_INT_CHECK(o)) {
    *out = sh_int_as_double(o);
    if (*out == -1.0 && sh_err_occurred()) return -1;
    return 1;
  }
  return 0;
}

double sh_float_as_double(ShObject *o) {
  if (SH_FLOAT_CHECK(o)) return SH_FLOAT_VALUE(o);
  if (SH_INT_CHECK(o)) return sh_int_as_double(o);
  ShNumberMethods *nb = SH_TYPE(o)->as_number;
  if (nb && nb->float_) {
    ShObject *r = nb->float_(o);
    if (!r) return -1.0;
    if (!SH_FLOAT_CHECK(r)) {
      sh_err_format(&sh_exc_TypeError, "%s.__float__ returned non-float (type %T)",
                    SH_TYPE(o)->name, r);
      sh_decref(r);
      return -1.0;
    }
    double d = SH_FLOAT_VALUE(r);
    sh_decref(r);
    return d;
  }
  if (nb && nb->index) {
    ShObject *i = sh_number_index(o);
    if (!i) return -1.0;
    double d = sh_int_as_double(i);
    sh_decref(i);
    return d;
  }
  sh_err_format(&sh_exc_TypeError, "must be real number, not %T", o);
  return -1.0;
}

void sh_float_raise_erange(void) {
  ShObject *args[2];
  args[0] = sh_int_from_i64(ERANGE);
  args[1] = sh_str_from_cstr("Numerical result out of range");
  if (!args[0] || !args[1]) {
    sh_xdecref(args[0]);
    sh_xdecref(args[1]);
    return;
  }
  ShObject *exc = sh_exc_new(&sh_exc_OverflowError, args, 2);
  sh_decref(args[0]);
  sh_decref(args[1]);
  if (exc) {
    sh_err_raise(exc);
    sh_decref(exc);
  }
}

/* -------------------------------------------------------- arithmetic */

#define CONVERT_BOTH(a, b, x, y)                                                                   \
  double x, y;                                                                                     \
  {                                                                                                \
    int rc_ = sh_float_convert_operand(a, &x);                                                     \
    if (rc_ == 0) return sh_newref(SH_NOTIMPLEMENTED);                                             \
    if (rc_ < 0) return NULL;                                                                      \
    rc_ = sh_float_convert_operand(b, &y);                                                         \
    if (rc_ == 0) return sh_newref(SH_NOTIMPLEMENTED);                                             \
    if (rc_ < 0) return NULL;                                                                      \
  }

static ShObject *float_add(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  return sh_float_from_double(x + y);
}
static ShObject *float_sub(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  return sh_float_from_double(x - y);
}
static ShObject *float_mul(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  return sh_float_from_double(x * y);
}
static ShObject *float_div(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "float division by zero");
    return NULL;
  }
  return sh_float_from_double(x / y);
}

static void float_divmod_raw(double vx, double wx, double *floordiv, double *mod) {
  double m = fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

static ShObject *float_mod(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "float modulo");
    return NULL;
  }
  double m = fmod(x, y);
  if (m != 0.0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = copysign(0.0, y);
  }
  return sh_float_from_double(m);
}

static ShObject *float_floordiv(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "float floor division by zero");
    return NULL;
  }
  double q, m;
  float_divmod_raw(x, y, &q, &m);
  return sh_float_from_double(q);
}

static ShObject *float_divmod(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "float divmod()");
    return NULL;
  }
  double q, m;
  float_divmod_raw(x, y, &q, &m);
  ShObject *fq = sh_float_from_double(q), *fm = sh_float_from_double(m);
  ShObject *t = (fq && fm) ? sh_tuple_pack(2, fq, fm) : NULL;
  sh_xdecref(fq);
  sh_xdecref(fm);
  return t;
}

static bool is_odd_integer(double y) {
  return isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
}

ShObject *sh_float_pow_doubles(double x, double y) {
  if (y == 0.0) return sh_float_from_double(1.0);
  if (isnan(x)) return sh_float_from_double(x);
  if (isnan(y)) return sh_float_from_double(x == 1.0 ? 1.0 : y);
  if (isinf(y)) {
    double ax = fabs(x);
    if (ax == 1.0) return sh_float_from_double(1.0);
    return sh_float_from_double(((y > 0) == (ax > 1.0)) ? INFINITY : 0.0);
  }
  if (isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return sh_float_from_double(odd ? x : fabs(x));
    return sh_float_from_double(odd ? copysign(0.0, x) : 0.0);
  }
  if (x == 0.0) {
    if (y < 0) {
      sh_err_set_string(&sh_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return NULL;
    }
    return sh_float_from_double(is_odd_integer(y) ? x : 0.0);
  }
  if (x < 0 && y != floor(y)) return sh_complex_pow_doubles(x, 0.0, y, 0.0);
  errno = 0;
  double r = pow(x, y);
  if (isinf(r)) {
    sh_float_raise_erange();
    return NULL;
  }
  return sh_float_from_double(r);
}

static ShObject *float_pow(ShObject *a, ShObject *b, ShObject *m) {
  if (m && m != SH_NONE) {
    sh_err_set_string(&sh_exc_TypeError,
                      "pow() 3rd argument not allowed unless all arguments are integers");
    return NULL;
  }
  CONVERT_BOTH(a, b, x, y);
  return sh_float_pow_doubles(x, y);
}

static ShObject *float_neg(ShObject *a) {
  return sh_float_from_double(-SH_FLOAT_VALUE(a));
}
static ShObject *float_pos(ShObject *a) {
  if (SH_FLOAT_CHECK_EXACT(a)) return sh_newref(a);
  return sh_float_from_double(SH_FLOAT_VALUE(a));
}
static ShObject *float_abs(ShObject *a) {
  return sh_float_from_double(fabs(SH_FLOAT_VALUE(a)));
}
static int float_bool(ShObject *a) {
  return SH_FLOAT_VALUE(a) != 0.0;
}
static ShObject *float_int(ShObject *a) {
  return sh_int_from_double_checked(trunc(SH_FLOAT_VALUE(a)));
}

static ShNumberMethods float_as_number = {
    .add = float_add,
    .subtract = float_sub,
    .multiply = float_mul,
    .remainder = float_mod,
    .divmod = float_divmod,
    .power = float_pow,
    .negative = float_neg,
    .positive = float_pos,
    .absolute = float_abs,
    .bool_ = float_bool,
    .int_ = float_int,
    .float_ = float_pos,
    .floor_divide = float_floordiv,
    .true_divide = float_div,
};

/* ------------------------------------------------------ compare, hash */

static ShObject *float_richcompare(ShObject *a, ShObject *b, int op) {
  int c; /* a <=> b; 2 = unordered */
  if (!SH_FLOAT_CHECK(a)) return sh_newref(SH_NOTIMPLEMENTED);
  double x = SH_FLOAT_VALUE(a);
  if (SH_FLOAT_CHECK(b)) {
    double y = SH_FLOAT_VALUE(b);
    c = (isnan(x) || isnan(y)) ? 2 : (x > y) - (x < y);
  } else if (SH_INT_CHECK(b)) {
    c = sh_int_compare_double(b, x);
    if (c != 2) c = -c;
  } else {
    return sh_newref(SH_NOTIMPLEMENTED);
  }
  bool r;
  if (c == 2)
    r = op == SH_NE;
  else
    switch (op) {
    case SH_LT: r = c < 0; break;
    case SH_LE: r = c <= 0; break;
    case SH_EQ: r = c == 0; break;
    case SH_NE: r = c != 0; break;
    case SH_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
  return sh_bool_from(r);
}

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)

sh_hash_t sh_float_hash_double(double v) {
  if (isinf(v)) return v > 0 ? 314159 : -314159;
  if (isnan(v)) return 0;
  int e;
  double m = frexp(fabs(v), &e);
  uint64_t mant = (uint64_t)ldexp(m, 53);
  int ex = e - 53;
  uint64_t h = mant % HASH_MODULUS;
  int k = ((ex % HASH_BITS) + HASH_BITS) % HASH_BITS;
  if (k) h = ((h << k) & HASH_MODULUS) | (h >> (HASH_BITS - k));
  sh_hash_t r = (sh_hash_t)h;
  if (v < 0) r = -r;
  return r == -1 ? -2 : r;
}

static sh_hash_t float_hash(ShObject *o) {
  double v = SH_FLOAT_VALUE(o);
  if (isnan(v)) {
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    sh_hash_t h = (sh_hash_t)y;
    return h == -1 ? -2 : h;
  }
  return sh_float_hash_double(v);
}

static ShObject *float_repr(ShObject *o) {
  char buf[40];
  sh_float_repr_buf(SH_FLOAT_VALUE(o), buf, sizeof buf);
  return sh_str_from_latin1(buf, strlen(buf));
}

/* ------------------------------------------------------------- float() */

static ShObject *float_from_object(ShObject *x) {
  if (SH_FLOAT_CHECK_EXACT(x)) return sh_newref(x);
  const char *data = NULL;
  intptr_t len = 0;
  char *copy = NULL;
  ShBytesView v = {NULL, 0, NULL, NULL};
  if (SH_STR_CHECK(x)) {
    if (((ShStr *)x)->ascii) {
      data = sh_str_utf8_and_size(x, &len);
      if (!data) return NULL;
    } else {
      size_t n;
      copy = sh_num_ascii_copy(x, &n);
      if (!copy) return NULL;
      data = copy;
      len = (intptr_t)n;
    }
  } else if (SH_BYTES_CHECK(x) || sh_type_check(x, &sh_type_bytearray)) {
    if (sh_bytes_view(x, &v) < 0) return NULL;
    data = v.data;
    len = v.len;
  }
  if (data) {
    double d;
    int rc = sh_float_parse(data, (size_t)len, &d);
    sh_mem_free(copy);
    sh_bytes_view_end(&v); /* before the error shows x */
    if (rc == 0) return sh_float_from_double(d);
    return sh_err_format(&sh_exc_ValueError, "could not convert string to float: %R", x);
  }
  ShNumberMethods *nb = SH_TYPE(x)->as_number;
  if (!nb || (!nb->float_ && !nb->index))
    return sh_err_format(&sh_exc_TypeError,
                         "float() argument must be a string or a real number, not '%T'", x);
  double d = sh_float_as_double(x);
  if (d == -1.0 && sh_err_occurred()) return NULL;
  return sh_float_from_double(d);
}

static ShObject *float_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0)
    return sh_err_format(&sh_exc_TypeError, "float() takes no keyword arguments");
  if (nargs > 1)
    return sh_err_format(&sh_exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
  ShObject *r = nargs ? float_from_object(args[0]) : sh_float_from_double(0.0);
  if (!r || type == &sh_type_float) return r;
  ShFloat *sub = (ShFloat *)sh_object_alloc(type, 0);
  if (sub) sub->value = SH_FLOAT_VALUE(r);
  sh_decref(r);
  return (ShObject *)sub;
}

/* ------------------------------------------------------------ methods */

static ShObject *float_is_integer(ShObject *self) {
  double v = SH_FLOAT_VALUE(self);
  return sh_bool_from(isfinite(v) && floor(v) == v);
}

static ShObject *float_as_integer_ratio(ShObject *self) {
  double v = SH_FLOAT_VALUE(self);
  if (isinf(v)) {
    sh_err_set_string(&sh_exc_OverflowError, "cannot convert Infinity to integer ratio");
    return NULL;
  }
  if (isnan(v)) {
    sh_err_set_string(&sh_exc_ValueError, "cannot convert NaN to integer ratio");
    return NULL;
  }
  int e;
  double m = frexp(v, &e);
  int64_t mant = (int64_t)ldexp(m, 53);
  e -= 53;
  while (mant != 0 && (mant & 1) == 0 && e < 0) {
    mant >>= 1;
    e++;
  }
  if (mant == 0) e = 0;
  mpz_t num, den;
  mpz_init_set_si(num, mant);
  mpz_init_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
  else
    mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
  ShObject *n = sh_int_from_mpz_steal(num), *d = sh_int_from_mpz_steal(den);
  ShObject *t = (n && d) ? sh_tuple_pack(2, n, d) : NULL;
  sh_xdecref(n);
  sh_xdecref(d);
  return t;
}

static ShObject *float_self_exact(ShObject *self) {
  return float_pos(self);
}
static ShObject *float_trunc(ShObject *self) {
  return float_int(self);
}
static ShObject *float_floor(ShObject *self) {
  return sh_int_from_double_checked(floor(SH_FLOAT_VALUE(self)));
}
static ShObject *float_ceil(ShObject *self) {
  return sh_int_from_double_checked(ceil(SH_FLOAT_VALUE(self)));
}

/* round(x, n) exactly: x*10**n rounded half-even on its exact binary value,
   then divided back with one correct rounding. */
static ShObject *float_round_digits(double x, int64_t n) {
  if (!isfinite(x) || x == 0.0) return sh_float_from_double(x);
  if (n > 323) return sh_float_from_double(x);
  if (n < -308) return sh_float_from_double(0.0 * x);
  int e;
  double m = frexp(fabs(x), &e);
  mpz_t num, den, q, r, p10;
  mpz_init_set_ui(num, (unsigned long)ldexp(m, 53));
  e -= 53;
  mpz_init_set_ui(den, 1);
  mpz_init(q);
  mpz_init(r);
  mpz_init(p10);
  mpz_ui_pow_ui(p10, 10, (unsigned long)(n < 0 ? -n : n));
  if (n >= 0)
    mpz_mul(num, num, p10);
  else
    mpz_mul(den, den, p10);
  if (e >= 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
  else
    mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  double out;
  int rc;
  if (n >= 0) {
    rc = sh_mpz_ratio_to_double(q, p10, &out);
  } else {
    mpz_mul(q, q, p10);
    mpz_set_ui(den, 1);
    rc = sh_mpz_ratio_to_double(q, den, &out);
  }
  mpz_clear(num);
  mpz_clear(den);
  mpz_clear(q);
  mpz_clear(r);
  mpz_clear(p10);
  if (rc < 0) {
    sh_err_set_string(&sh_exc_OverflowError, "rounded value too large to represent");
    return NULL;
  }
  return sh_float_from_double(copysign(out, x));
}

static ShObject *float_round(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("__round__", nargs, 0, 1) < 0) return NULL;
  double x = SH_FLOAT_VALUE(self);
  if (nargs == 0 || args[0] == SH_NONE) {
    double r = nearbyint(x); /* ties to even in the default mode */
    return sh_int_from_double_checked(r);
  }
  ShObject *nd = sh_number_index(args[0]);
  if (!nd) return NULL;
  bool ovf;
  int64_t n = sh_int_as_i64(nd, &ovf);
  sh_decref(nd);
  return float_round_digits(x, n);
}

static ShObject *float_getnewargs(ShObject *self) {
  ShObject *f = sh_float_from_double(SH_FLOAT_VALUE(self));
  if (!f) return NULL;
  ShObject *t = sh_tuple_pack(1, f);
  sh_decref(f);
  return t;
}

static ShObject *float_sizeof(ShObject *self) {
  (void)self;
  return sh_int_from_i64(24);
}

static ShObject *float_format_method(ShObject *self, ShObject *spec) {
  if (!SH_STR_CHECK(spec))
    return sh_err_format(&sh_exc_TypeError, "format() argument 2 must be str, not %T", spec);
  return sh_float_format(self, spec);
}

static ShObject *float_get_real(ShObject *self, void *c) {
  (void)c;
  return float_pos(self);
}
static ShObject *float_get_imag(ShObject *self, void *c) {
  (void)self;
  (void)c;
  return sh_float_from_double(0.0);
}

static ShMethodDef float_methods[] = {
    {"is_integer", float_is_integer, SH_METH_NOARGS, NULL},
    {"as_integer_ratio", float_as_integer_ratio, SH_METH_NOARGS, NULL},
    {"hex", sh_float_hex_method, SH_METH_NOARGS, NULL},
    {"fromhex", sh_float_fromhex_method, SH_METH_O | SH_METH_CLASS, NULL},
    {"conjugate", float_self_exact, SH_METH_NOARGS, NULL},
    {"__trunc__", float_trunc, SH_METH_NOARGS, NULL},
    {"__floor__", float_floor, SH_METH_NOARGS, NULL},
    {"__ceil__", float_ceil, SH_METH_NOARGS, NULL},
    {"__round__", float_round, SH_METH_FAST, NULL},
    {"__getnewargs__", float_getnewargs, SH_METH_NOARGS, NULL},
    {"__sizeof__", float_sizeof, SH_METH_NOARGS, NULL},
    {"__format__", float_format_method, SH_METH_O, NULL},
    {NULL, NULL, 0, NULL}};

static ShGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static void float_dealloc(ShObject *o) {
  if (o->type == &sh_type_float)
    sh_freelist_free(SH_FREELIST_FLOAT, o);
  else
    sh_object_free(o);
}

ShType sh_type_float = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "float",
    .basicsize = sizeof(ShFloat),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_FLOAT_SUBCLASS | SH_TPFLAGS_IMMUTABLE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .as_number = &float_as_number,
    .methods = float_methods,
    .getset = float_getset,
    .new_ = float_new,
};

int sh_float_ready(void) {
  return sh_type_ready(&sh_type_float);
}
