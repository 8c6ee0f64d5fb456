/* int arithmetic: the number slots with a machine-word fast path (checked
   with the overflow builtins) and GMP beyond it, and int.__round__. */
#include <math.h>
#include "int_internal.h"

#define BOTH_INTS(a, b)                                                                            \
  if (!SH_INT_CHECK(a) || !SH_INT_CHECK(b)) return sh_newref(SH_NOTIMPLEMENTED)
#define BOTH_SMALL(a, b) (SH_INT_IS_SMALL(a) && SH_INT_IS_SMALL(b))
#define SV(o) SH_INT_SMALL_VALUE(o)

typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static ShObject *big_binop(ShObject *a, ShObject *b, mpz_binop f) {
  SH_INT_VIEW(x, a);
  SH_INT_VIEW(y, b);
  mpz_t r;
  mpz_init(r);
  f(r, x, y);
  return sh_int_from_mpz_steal(r);
}

ShObject *sh_int_add(ShObject *a, ShObject *b) {
  int64_t r;
  if (BOTH_SMALL(a, b) && !__builtin_add_overflow(SV(a), SV(b), &r)) return sh_int_from_i64(r);
  return big_binop(a, b, mpz_add);
}

ShObject *sh_int_sub(ShObject *a, ShObject *b) {
  int64_t r;
  if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(SV(a), SV(b), &r)) return sh_int_from_i64(r);
  return big_binop(a, b, mpz_sub);
}

ShObject *sh_int_mul(ShObject *a, ShObject *b) {
  int64_t r;
  if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(SV(a), SV(b), &r)) return sh_int_from_i64(r);
  return big_binop(a, b, mpz_mul);
}

static ShObject *int_add(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  return sh_int_add(a, b);
}
static ShObject *int_sub(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  return sh_int_sub(a, b);
}
static ShObject *int_mul(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  return sh_int_mul(a, b);
}

static bool is_zero(ShObject *o) {
  return SH_INT_IS_SMALL(o) && SV(o) == 0;
}

static ShObject *int_floordiv(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  if (is_zero(b)) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "integer division or modulo by zero");
    return NULL;
  }
  if (BOTH_SMALL(a, b) && !(SV(a) == INT64_MIN && SV(b) == -1)) {
    int64_t x = SV(a), y = SV(b), q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return sh_int_from_i64(q);
  }
  return big_binop(a, b, mpz_fdiv_q);
}

static ShObject *int_mod(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  if (is_zero(b)) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "integer modulo by zero");
    return NULL;
  }
  if (BOTH_SMALL(a, b)) {
    int64_t x = SV(a), y = SV(b);
    if (y == -1) return sh_int_from_i64(0);
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return sh_int_from_i64(r);
  }
  return big_binop(a, b, mpz_fdiv_r);
}

static ShObject *int_divmod(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  if (is_zero(b)) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "integer division or modulo by zero");
    return NULL;
  }
  ShObject *q, *r;
  if (BOTH_SMALL(a, b) && !(SV(a) == INT64_MIN && SV(b) == -1)) {
    int64_t x = SV(a), y = SV(b), qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
      qq--;
      rr += y;
    }
    q = sh_int_from_i64(qq);
    r = sh_int_from_i64(rr);
  } else {
    SH_INT_VIEW(x, a);
    SH_INT_VIEW(y, b);
    mpz_t mq, mr;
    mpz_init(mq);
    mpz_init(mr);
    mpz_fdiv_qr(mq, mr, x, y);
    q = sh_int_from_mpz_steal(mq);
    r = sh_int_from_mpz_steal(mr);
  }
  if (!q || !r) {
    sh_xdecref(q);
    sh_xdecref(r);
    return NULL;
  }
  ShObject *t = sh_tuple_pack(2, q, r);
  sh_decref(q);
  sh_decref(r);
  return t;
}

static ShObject *int_truediv(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  if (is_zero(b)) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "division by zero");
    return NULL;
  }
  const int64_t lim = INT64_C(1) << 53;
  if (BOTH_SMALL(a, b) && SV(a) <= lim && SV(a) >= -lim && SV(b) <= lim && SV(b) >= -lim)
    return sh_float_from_double((double)SV(a) / (double)SV(b));
  SH_INT_VIEW(x, a);
  SH_INT_VIEW(y, b);
  double d;
  if (sh_mpz_ratio_to_double(x, y, &d) < 0) {
    sh_err_set_string(&sh_exc_OverflowError, "integer division result too large for a float");
    return NULL;
  }
  return sh_float_from_double(d);
}

static ShObject *int_pow_mod(ShObject *a, ShObject *b, ShObject *m) {
  if (is_zero(m)) {
    sh_err_set_string(&sh_exc_ValueError, "pow() 3rd argument cannot be 0");
    return NULL;
  }
  SH_INT_VIEW(x, a);
  SH_INT_VIEW(e, b);
  SH_INT_VIEW(mod, m);
  mpz_t base, am, r;
  mpz_init(am);
  mpz_abs(am, mod);
  mpz_init_set(base, x);
  mpz_init(r);
  if (mpz_sgn(e) < 0) {
    if (!mpz_invert(base, base, am)) {
      mpz_clear(am);
      mpz_clear(base);
      mpz_clear(r);
      sh_err_set_string(&sh_exc_ValueError, "base is not invertible for the given modulus");
      return NULL;
    }
    mpz_t ne;
    mpz_init(ne);
    mpz_neg(ne, e);
    mpz_powm(r, base, ne, am);
    mpz_clear(ne);
  } else {
    mpz_powm(r, base, e, am); /* 0 <= r < |m| */
  }
  if (mpz_cmp_ui(am, 1) == 0) mpz_set_ui(r, 0);
  if (mpz_sgn(mod) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, mod);
  mpz_clear(am);
  mpz_clear(base);
  return sh_int_from_mpz_steal(r);
}

static ShObject *int_pow(ShObject *a, ShObject *b, ShObject *m) {
  BOTH_INTS(a, b);
  if (m && m != SH_NONE) {
    if (!SH_INT_CHECK(m)) return sh_newref(SH_NOTIMPLEMENTED);
    return int_pow_mod(a, b, m);
  }
  if (sh_int_sign(b) < 0) {
    double x = sh_int_as_double(a);
    if (x == -1.0 && sh_err_occurred()) return NULL;
    double y = sh_int_as_double(b);
    if (y == -1.0 && sh_err_occurred()) return NULL;
    return sh_float_pow_doubles(x, y);
  }
  if (BOTH_SMALL(a, b)) {
    int64_t base = SV(a), e = SV(b), r = 1;
    bool ovf = false;
    while (e > 0) {
      if (e & 1) {
        if (__builtin_mul_overflow(r, base, &r)) {
          ovf = true;
          break;
        }
      }
      e >>= 1;
      if (e && __builtin_mul_overflow(base, base, &base)) {
        ovf = true;
        break;
      }
    }
    if (!ovf) return sh_int_from_i64(r);
  }
  SH_INT_VIEW(x, a);
  if (!SH_INT_IS_SMALL(b)) {
    /* Only 0, 1 and -1 have a representable power this large. */
    if (mpz_cmpabs_ui(x, 1) <= 0) {
      if (mpz_sgn(x) >= 0) return sh_int_exact(a);
      SH_INT_VIEW(e, b);
      return sh_int_from_i64(mpz_odd_p(e) ? -1 : 1);
    }
    return sh_err_no_memory();
  }
  mpz_t r;
  mpz_init(r);
  mpz_pow_ui(r, x, (unsigned long)SV(b));
  return sh_int_from_mpz_steal(r);
}

static ShObject *int_neg(ShObject *a) {
  if (SH_INT_IS_SMALL(a) && SV(a) != INT64_MIN) return sh_int_from_i64(-SV(a));
  SH_INT_VIEW(x, a);
  mpz_t r;
  mpz_init(r);
  mpz_neg(r, x);
  return sh_int_from_mpz_steal(r);
}

static ShObject *int_pos(ShObject *a) {
  return sh_int_exact(a);
}

static ShObject *int_abs(ShObject *a) {
  if (sh_int_sign(a) < 0) return int_neg(a);
  return sh_int_exact(a);
}

static int int_bool(ShObject *a) {
  return sh_int_sign(a) != 0;
}

static ShObject *int_invert(ShObject *a) {
  if (SH_INT_IS_SMALL(a)) return sh_int_from_i64(~SV(a));
  SH_INT_VIEW(x, a);
  mpz_t r;
  mpz_init(r);
  mpz_com(r, x);
  return sh_int_from_mpz_steal(r);
}

static int shift_count(ShObject *b, uint64_t *count, bool *huge) {
  if (sh_int_sign(b) < 0) {
    sh_err_set_string(&sh_exc_ValueError, "negative shift count");
    return -1;
  }
  *huge = !SH_INT_IS_SMALL(b);
  *count = *huge ? UINT64_MAX : (uint64_t)SV(b);
  return 0;
}

static ShObject *int_lshift(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  uint64_t n;
  bool huge;
  if (shift_count(b, &n, &huge) < 0) return NULL;
  if (is_zero(a)) return sh_int_from_i64(0);
  if (SH_INT_IS_SMALL(a) && n < 63) {
    int64_t r;
    if (!__builtin_mul_overflow(SV(a), INT64_C(1) << n, &r)) return sh_int_from_i64(r);
  }
  if (huge || n > (UINT64_C(1) << 40)) {
    sh_err_set_string(&sh_exc_OverflowError, "too many digits in integer");
    return NULL;
  }
  SH_INT_VIEW(x, a);
  mpz_t r;
  mpz_init(r);
  mpz_mul_2exp(r, x, n);
  return sh_int_from_mpz_steal(r);
}

static ShObject *int_rshift(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  uint64_t n;
  bool huge;
  if (shift_count(b, &n, &huge) < 0) return NULL;
  if (SH_INT_IS_SMALL(a)) {
    if (n > 63) n = 63;
    return sh_int_from_i64(SV(a) >> n);
  }
  SH_INT_VIEW(x, a);
  if (huge || n > mpz_sizeinbase(x, 2)) return sh_int_from_i64(mpz_sgn(x) < 0 ? -1 : 0);
  mpz_t r;
  mpz_init(r);
  mpz_fdiv_q_2exp(r, x, n);
  return sh_int_from_mpz_steal(r);
}

static ShObject *int_and(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  if (BOTH_SMALL(a, b)) return sh_int_from_i64(SV(a) & SV(b));
  return big_binop(a, b, mpz_and);
}
static ShObject *int_or(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  if (BOTH_SMALL(a, b)) return sh_int_from_i64(SV(a) | SV(b));
  return big_binop(a, b, mpz_ior);
}
static ShObject *int_xor(ShObject *a, ShObject *b) {
  BOTH_INTS(a, b);
  if (BOTH_SMALL(a, b)) return sh_int_from_i64(SV(a) ^ SV(b));
  return big_binop(a, b, mpz_xor);
}

static ShObject *int_int(ShObject *a) {
  return sh_int_exact(a);
}

static ShObject *int_float(ShObject *a) {
  double d = sh_int_as_double(a);
  if (d == -1.0 && sh_err_occurred()) return NULL;
  return sh_float_from_double(d);
}

ShNumberMethods sh_int_as_number = {
    .add = int_add,
    .subtract = int_sub,
    .multiply = int_mul,
    .remainder = int_mod,
    .divmod = int_divmod,
    .power = int_pow,
    .negative = int_neg,
    .positive = int_pos,
    .absolute = int_abs,
    .bool_ = int_bool,
    .invert = int_invert,
    .lshift = int_lshift,
    .rshift = int_rshift,
    .and_ = int_and,
    .xor_ = int_xor,
    .or_ = int_or,
    .int_ = int_int,
    .float_ = int_float,
    .index = int_int,
    .floor_divide = int_floordiv,
    .true_divide = int_truediv,
};

/* round(int, ndigits): exact round-half-even at a power of ten. */
ShObject *sh_int_round(ShObject *self, ShObject *ndigits) {
  if (!ndigits || ndigits == SH_NONE) return sh_int_exact(self);
  ShObject *nd = sh_number_index(ndigits);
  if (!nd) return NULL;
  int sign = sh_int_sign(nd);
  if (sign >= 0) {
    sh_decref(nd);
    return sh_int_exact(self);
  }
  SH_INT_VIEW(x, self);
  bool far = !SH_INT_IS_SMALL(nd) || -(SV(nd)) > (int64_t)mpz_sizeinbase(x, 10) + 1;
  int64_t n = far ? 0 : -SV(nd);
  sh_decref(nd);
  if (far) return sh_int_from_i64(0);
  mpz_t p, q, r, twice;
  mpz_init(p);
  mpz_init(q);
  mpz_init(r);
  mpz_init(twice);
  mpz_ui_pow_ui(p, 10, (unsigned long)n);
  mpz_fdiv_qr(q, r, x, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  mpz_clear(p);
  mpz_clear(r);
  mpz_clear(twice);
  return sh_int_from_mpz_steal(q);
}
