/* The math module: libm wrappers with CPython's domain/range error rules,
   logarithms of huge ints, rounding functions and the constants. Integer
   and summation functions are in math_extra.c. */
#include <errno.h>
#include <math.h>
#include "../objects/int_internal.h"
#include "math_internal.h"

ShObject *sh_math_domain_error(void) {
  sh_err_set_string(&sh_exc_ValueError, "math domain error");
  return NULL;
}

ShObject *sh_math_range_error(void) {
  sh_err_set_string(&sh_exc_OverflowError, "math range error");
  return NULL;
}

int sh_math_arg(ShObject *o, double *out) {
  *out = sh_float_as_double(o);
  if (*out == -1.0 && sh_err_occurred()) return -1;
  return 0;
}

/* One-argument function: nan from non-nan is a domain error; inf from a
   finite argument is a range error when the function can overflow, a
   domain error otherwise (poles such as log(0)). */
static ShObject *math_1(ShObject *arg, double (*f)(double), bool can_overflow) {
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  errno = 0;
  double r = f(x);
  if (isnan(r) && !isnan(x)) return sh_math_domain_error();
  if (isinf(r) && isfinite(x)) return can_overflow ? sh_math_range_error() : sh_math_domain_error();
  return sh_float_from_double(r);
}

#define MATH_1(name, func, ovf)                                                                    \
  static ShObject *math_##name(ShObject *m, ShObject *arg) {                                       \
    (void)m;                                                                                       \
    return math_1(arg, func, ovf);                                                                 \
  }

static ShObject *math_degrees(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  return sh_float_from_double(x * (180.0 / M_PI));
}
static ShObject *math_radians(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  return sh_float_from_double(x * (M_PI / 180.0));
}
static double my_fabs(double x) { return fabs(x); }

/* Gamma and log-gamma with the Lanczos approximation (g = 6.0246800...,
   13-term rational sum, Boost's lanczos13m53 coefficients), so results
   agree with CPython's to the last bit rather than with libm's tgamma. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* x(x+1)...(x+11) */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N - 1; i >= 0; i--) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

/* sin(pi*x), exact at multiples of 1/2 */
static double sinpi(double x) {
  double y = fmod(fabs(x), 2.0);
  int n = (int)round(2.0 * y);
  double r;
  switch (n) {
  case 0: r = sin(M_PI * y); break;
  case 1: r = cos(M_PI * (y - 0.5)); break;
  case 2: r = sin(M_PI * (1.0 - y)); break;
  case 3: r = -cos(M_PI * (y - 1.5)); break;
  default: r = sin(M_PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/* nan result = domain error, inf result = range error (callers check) */
static double my_gamma(double x) {
  if (isnan(x)) return x;
  if (isinf(x)) return x > 0 ? x : NAN;
  if (x == 0.0) return NAN;
  if (x == floor(x)) {
    if (x < 0.0) return NAN;
    if (x <= 23.0) {
      double f = 1.0;
      for (int i = 2; i < (int)x; i++) f *= i;
      return f;
    }
  }
  double absx = fabs(x);
  if (absx < 1e-20) return 1.0 / x;
  if (absx > 200.0) return x < 0.0 ? 0.0 / sinpi(x) : INFINITY;
  double y = absx + lanczos_g_minus_half, q, z, r;
  if (absx > lanczos_g_minus_half) {
    q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -M_PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pow(y, absx - 0.5);
    } else {
      double sp = pow(y, absx / 2.0 - 0.25);
      r /= sp;
      r /= sp;
    }
  } else {
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= pow(y, absx - 0.5);
    } else {
      double sp = pow(y, absx / 2.0 - 0.25);
      r *= sp;
      r *= sp;
    }
  }
  return r;
}

static double my_lgamma(double x) {
  if (isnan(x)) return x;
  if (isinf(x)) return INFINITY;
  if (x == floor(x) && x <= 2.0) return x <= 0.0 ? INFINITY : 0.0; /* pole: domain error */
  double absx = fabs(x);
  if (absx < 1e-20) return -log(absx);
  double r = log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1.0);
  if (x < 0.0) r = log(M_PI) - log(fabs(sinpi(absx))) - log(absx) - r;
  return r;
}

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, my_fabs, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)
MATH_1(log1p, log1p, false)

static ShObject *math_gamma(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  double r = my_gamma(x);
  if (isnan(r) && !isnan(x)) return sh_math_domain_error();
  if (isinf(r) && isfinite(x)) return sh_math_range_error();
  return sh_float_from_double(r);
}

static ShObject *math_lgamma(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  double r = my_lgamma(x);
  if (isinf(r) && isfinite(x)) {
    if (x <= 0 && x == floor(x)) return sh_math_domain_error();
    return sh_math_range_error();
  }
  return sh_float_from_double(r);
}

/* ------------------------------------------------------------- logs */

/* log-like function of a number, exact for ints too big for a double */
static int log_helper(ShObject *arg, double (*f)(double), double *out) {
  if (SH_INT_CHECK(arg)) {
    if (sh_int_sign(arg) <= 0) {
      sh_math_domain_error();
      return -1;
    }
    double x = sh_int_as_double(arg);
    if (x == -1.0 && sh_err_occurred()) {
      if (!sh_err_matches(&sh_exc_OverflowError)) return -1;
      sh_err_clear();
      SH_INT_VIEW(v, arg);
      long bits = (long)mpz_sizeinbase(v, 2);
      long k = bits - 60;
      mpz_t den;
      mpz_init_set_ui(den, 1);
      mpz_mul_2exp(den, den, (mp_bitcnt_t)k);
      double d;
      sh_mpz_ratio_to_double(v, den, &d);
      mpz_clear(den);
      int e;
      double mant = frexp(d, &e);
      *out = f(mant) + f(2.0) * (double)(e + k);
      return 0;
    }
    *out = f(x);
    return 0;
  }
  double x;
  if (sh_math_arg(arg, &x) < 0) return -1;
  if (isnan(x)) {
    *out = x;
    return 0;
  }
  if (x <= 0.0) {
    sh_math_domain_error();
    return -1;
  }
  *out = f(x);
  return 0;
}

static ShObject *math_log(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  if (nargs < 1 || nargs > 2)
    return sh_err_format(&sh_exc_TypeError, "math.log requires 1 to 2 arguments");
  double num;
  if (log_helper(args[0], log, &num) < 0) return NULL;
  if (nargs == 2) {
    double den;
    if (log_helper(args[1], log, &den) < 0) return NULL;
    if (den == 0.0) {
      sh_err_set_string(&sh_exc_ZeroDivisionError, "float division by zero");
      return NULL;
    }
    num /= den;
  }
  return sh_float_from_double(num);
}

static ShObject *math_log2(ShObject *m, ShObject *arg) {
  (void)m;
  double r;
  if (log_helper(arg, log2, &r) < 0) return NULL;
  return sh_float_from_double(r);
}

static ShObject *math_log10(ShObject *m, ShObject *arg) {
  (void)m;
  double r;
  if (log_helper(arg, log10, &r) < 0) return NULL;
  return sh_float_from_double(r);
}

/* -------------------------------------------------------- two doubles */

int sh_math_check_nargs(const char *name, size_t nargs, size_t n) {
  if (nargs == n) return 0;
  sh_err_format(&sh_exc_TypeError, "%s expected %zu argument%s, got %zu", name, n,
                n == 1 ? "" : "s", nargs);
  return -1;
}

static int two_args(const char *name, ShObject *const *args, size_t nargs, double *x, double *y) {
  if (sh_math_check_nargs(name, nargs, 2) < 0) return -1;
  if (sh_math_arg(args[0], x) < 0 || sh_math_arg(args[1], y) < 0) return -1;
  return 0;
}

static ShObject *math_atan2(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  double x, y;
  if (two_args("atan2", args, nargs, &x, &y) < 0) return NULL;
  return sh_float_from_double(atan2(x, y));
}

static ShObject *math_copysign(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  double x, y;
  if (two_args("copysign", args, nargs, &x, &y) < 0) return NULL;
  return sh_float_from_double(copysign(x, y));
}

static ShObject *math_fmod(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  double x, y;
  if (two_args("fmod", args, nargs, &x, &y) < 0) return NULL;
  if (isinf(y) && isfinite(x)) return sh_float_from_double(x);
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return sh_math_domain_error();
  return sh_float_from_double(r);
}

static ShObject *math_remainder(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  double x, y;
  if (two_args("remainder", args, nargs, &x, &y) < 0) return NULL;
  if (isnan(x) || isnan(y)) return sh_float_from_double(NAN);
  if (isinf(x) || y == 0.0) return sh_math_domain_error();
  if (isinf(y)) return sh_float_from_double(x);
  return sh_float_from_double(remainder(x, y));
}

static ShObject *math_pow(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  double x, y;
  if (two_args("pow", args, nargs, &x, &y) < 0) return NULL;
  double r;
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x))
      r = y == 0.0 ? 1.0 : x;
    else if (isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
      bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.)
        r = odd_y ? x : fabs(x);
      else if (y == 0.)
        r = 1.;
      else
        r = odd_y ? copysign(0., x) : 0.;
    } else { /* y is inf */
      if (fabs(x) == 1.0)
        r = 1.;
      else if (y > 0. && fabs(x) > 1.0)
        r = y;
      else if (y < 0. && fabs(x) < 1.0)
        r = -y;
      else
        r = 0.;
    }
    return sh_float_from_double(r);
  }
  if (x == 0.0 && y < 0.0) return sh_math_domain_error();
  if (x < 0.0 && y != floor(y)) return sh_math_domain_error();
  r = pow(x, y);
  if (isinf(r)) return sh_math_range_error();
  return sh_float_from_double(r);
}

static ShObject *math_nextafter(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  double x, y;
  if (two_args("nextafter", args, nargs, &x, &y) < 0) return NULL;
  return sh_float_from_double(nextafter(x, y));
}

static ShObject *math_ldexp(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  if (sh_math_check_nargs("ldexp", nargs, 2) < 0) return NULL;
  double x;
  if (sh_math_arg(args[0], &x) < 0) return NULL;
  if (!SH_INT_CHECK(args[1]))
    return sh_err_format(&sh_exc_TypeError, "Expected an int as second argument to ldexp.");
  bool ovf;
  int64_t e = sh_int_as_i64(args[1], &ovf);
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  if (x == 0.0 || !isfinite(x)) return sh_float_from_double(x);
  double r = ldexp(x, (int)e);
  if (isinf(r)) return sh_math_range_error();
  return sh_float_from_double(r);
}

/* ------------------------------------------------------ decompositions */

static ShObject *math_frexp(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  int e = 0;
  double mant = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
  ShObject *a = sh_float_from_double(mant), *b = sh_int_from_i64(e);
  ShObject *t = (a && b) ? sh_tuple_pack(2, a, b) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  return t;
}

static ShObject *math_modf(ShObject *m, ShObject *arg) {
  (void)m;
  double x, ip, fp;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  if (isinf(x)) {
    ip = x;
    fp = copysign(0.0, x);
  } else {
    fp = modf(x, &ip);
  }
  ShObject *a = sh_float_from_double(fp), *b = sh_float_from_double(ip);
  ShObject *t = (a && b) ? sh_tuple_pack(2, a, b) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  return t;
}

/* ceil/floor: __ceil__/__floor__ when the type has one, else via float */
static ShObject *round_helper(ShObject *arg, ShObject *name, double (*f)(double)) {
  if (SH_FLOAT_CHECK_EXACT(arg)) return sh_int_from_double_checked(f(SH_FLOAT_VALUE(arg)));
  if (SH_INT_CHECK(arg)) return sh_int_exact(arg);
  ShObject *meth = sh_object_lookup_special(arg, name);
  if (meth) {
    ShObject *r = sh_call0(meth);
    sh_decref(meth);
    return r;
  }
  if (sh_err_occurred()) return NULL;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  return sh_int_from_double_checked(f(x));
}

static ShObject *math_ceil(ShObject *m, ShObject *arg) {
  (void)m;
  return round_helper(arg, sh_str_intern_cstr("__ceil__"), ceil);
}

static ShObject *math_floor(ShObject *m, ShObject *arg) {
  (void)m;
  return round_helper(arg, sh_str_intern_cstr("__floor__"), floor);
}

static ShObject *math_trunc(ShObject *m, ShObject *arg) {
  (void)m;
  if (SH_FLOAT_CHECK_EXACT(arg)) return sh_int_from_double_checked(trunc(SH_FLOAT_VALUE(arg)));
  ShObject *meth = sh_object_lookup_special(arg, SH_ID(__trunc__));
  if (!meth) {
    if (sh_err_occurred()) return NULL;
    return sh_err_format(&sh_exc_TypeError, "type %T doesn't define __trunc__ method", arg);
  }
  ShObject *r = sh_call0(meth);
  sh_decref(meth);
  return r;
}

/* ------------------------------------------------------------ predicates */

static ShObject *math_isfinite(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  return sh_bool_from(isfinite(x));
}
static ShObject *math_isinf(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  return sh_bool_from(isinf(x));
}
static ShObject *math_isnan(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  return sh_bool_from(isnan(x));
}

static ShObject *math_isclose(ShObject *m, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  (void)m;
  ShObject *ao, *bo, *rto = NULL, *ato = NULL;
  if (sh_args_parse("isclose", args, nargs, kwnames, "a,b,|$rel_tol,abs_tol", &ao, &bo, &rto,
                    &ato) < 0)
    return NULL;
  double a, b, rel = 1e-9, abst = 0.0;
  if (sh_math_arg(ao, &a) < 0 || sh_math_arg(bo, &b) < 0) return NULL;
  if (rto && sh_math_arg(rto, &rel) < 0) return NULL;
  if (ato && sh_math_arg(ato, &abst) < 0) return NULL;
  if (rel < 0.0 || abst < 0.0) {
    sh_err_set_string(&sh_exc_ValueError, "tolerances must be non-negative");
    return NULL;
  }
  if (a == b) return sh_bool_from(true);
  if (isinf(a) || isinf(b)) return sh_bool_from(false);
  double diff = fabs(b - a);
  return sh_bool_from((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abst));
}

static ShObject *math_ulp(ShObject *m, ShObject *arg) {
  (void)m;
  double x;
  if (sh_math_arg(arg, &x) < 0) return NULL;
  if (isnan(x)) return sh_float_from_double(x);
  x = fabs(x);
  if (isinf(x)) return sh_float_from_double(x);
  double x2 = nextafter(x, INFINITY);
  if (isinf(x2)) {
    x2 = nextafter(x, -INFINITY);
    return sh_float_from_double(x - x2);
  }
  return sh_float_from_double(x2 - x);
}

/* ---------------------------------------------------------------- module */

static ShMethodDef math_functions[] = {
    {"acos", math_acos, SH_METH_O, NULL},
    {"acosh", math_acosh, SH_METH_O, NULL},
    {"asin", math_asin, SH_METH_O, NULL},
    {"asinh", math_asinh, SH_METH_O, NULL},
    {"atan", math_atan, SH_METH_O, NULL},
    {"atan2", math_atan2, SH_METH_FAST, NULL},
    {"atanh", math_atanh, SH_METH_O, NULL},
    {"cbrt", math_cbrt, SH_METH_O, NULL},
    {"ceil", math_ceil, SH_METH_O, NULL},
    {"comb", sh_math_comb, SH_METH_FAST, NULL},
    {"copysign", math_copysign, SH_METH_FAST, NULL},
    {"cos", math_cos, SH_METH_O, NULL},
    {"cosh", math_cosh, SH_METH_O, NULL},
    {"degrees", math_degrees, SH_METH_O, NULL},
    {"dist", sh_math_dist, SH_METH_FAST, NULL},
    {"erf", math_erf, SH_METH_O, NULL},
    {"erfc", math_erfc, SH_METH_O, NULL},
    {"exp", math_exp, SH_METH_O, NULL},
    {"exp2", math_exp2, SH_METH_O, NULL},
    {"expm1", math_expm1, SH_METH_O, NULL},
    {"fabs", math_fabs, SH_METH_O, NULL},
    {"factorial", sh_math_factorial, SH_METH_O, NULL},
    {"floor", math_floor, SH_METH_O, NULL},
    {"fmod", math_fmod, SH_METH_FAST, NULL},
    {"frexp", math_frexp, SH_METH_O, NULL},
    {"fsum", sh_math_fsum, SH_METH_O, NULL},
    {"gamma", math_gamma, SH_METH_O, NULL},
    {"gcd", sh_math_gcd, SH_METH_FAST, NULL},
    {"hypot", sh_math_hypot, SH_METH_FAST, NULL},
    {"isclose", math_isclose, SH_METH_FASTKW, NULL},
    {"isfinite", math_isfinite, SH_METH_O, NULL},
    {"isinf", math_isinf, SH_METH_O, NULL},
    {"isnan", math_isnan, SH_METH_O, NULL},
    {"isqrt", sh_math_isqrt, SH_METH_O, NULL},
    {"lcm", sh_math_lcm, SH_METH_FAST, NULL},
    {"ldexp", math_ldexp, SH_METH_FAST, NULL},
    {"lgamma", math_lgamma, SH_METH_O, NULL},
    {"log", math_log, SH_METH_FAST, NULL},
    {"log10", math_log10, SH_METH_O, NULL},
    {"log1p", math_log1p, SH_METH_O, NULL},
    {"log2", math_log2, SH_METH_O, NULL},
    {"modf", math_modf, SH_METH_O, NULL},
    {"nextafter", math_nextafter, SH_METH_FAST, NULL},
    {"perm", sh_math_perm, SH_METH_FAST, NULL},
    {"pow", math_pow, SH_METH_FAST, NULL},
    {"prod", sh_math_prod, SH_METH_FASTKW, NULL},
    {"radians", math_radians, SH_METH_O, NULL},
    {"remainder", math_remainder, SH_METH_FAST, NULL},
    {"sin", math_sin, SH_METH_O, NULL},
    {"sinh", math_sinh, SH_METH_O, NULL},
    {"sqrt", math_sqrt, SH_METH_O, NULL},
    {"tan", math_tan, SH_METH_O, NULL},
    {"tanh", math_tanh, SH_METH_O, NULL},
    {"trunc", math_trunc, SH_METH_O, NULL},
    {"ulp", math_ulp, SH_METH_O, NULL},
    {NULL, NULL, 0, NULL}};

ShObject *sh_module_init_math(void) {
  ShObject *m = sh_module_new("math");
  if (!m) return NULL;
  if (sh_module_add_functions(m, math_functions) < 0 ||
      sh_module_add_object(m, "pi", sh_float_from_double(M_PI)) < 0 ||
      sh_module_add_object(m, "e", sh_float_from_double(M_E)) < 0 ||
      sh_module_add_object(m, "tau", sh_float_from_double(2 * M_PI)) < 0 ||
      sh_module_add_object(m, "inf", sh_float_from_double(INFINITY)) < 0 ||
      sh_module_add_object(m, "nan", sh_float_from_double(NAN)) < 0) {
    sh_decref(m);
    return NULL;
  }
  return m;
}
