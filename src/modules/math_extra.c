/* The math module's integer functions (factorial, comb, perm, gcd, lcm,
   isqrt), products, exact summation (fsum) and Euclidean norms. */
#include <math.h>
#include "../objects/int_internal.h"
#include "math_internal.h"

/* ------------------------------------------------------------ integers */

static ShObject *index_nonneg(ShObject *o, const char *what) {
  ShObject *i = sh_number_index(o);
  if (!i) return NULL;
  if (sh_int_sign(i) < 0) {
    sh_decref(i);
    return sh_err_format(&sh_exc_ValueError, "%s must be a non-negative integer", what);
  }
  return i;
}

ShObject *sh_math_factorial(ShObject *m, ShObject *arg) {
  (void)m;
  ShObject *i = sh_number_index(arg);
  if (!i) return NULL;
  bool ovf;
  int64_t n = sh_int_as_i64(i, &ovf);
  int sign = sh_int_sign(i);
  sh_decref(i);
  if (sign < 0) {
    sh_err_set_string(&sh_exc_ValueError, "factorial() not defined for negative values");
    return NULL;
  }
  if (ovf) {
    sh_err_set_string(&sh_exc_OverflowError,
                      "factorial() argument should not exceed 9223372036854775807");
    return NULL;
  }
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, (unsigned long)n);
  return sh_int_from_mpz_steal(r);
}

ShObject *sh_math_comb(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  if (sh_math_check_nargs("comb", nargs, 2) < 0) return NULL;
  ShObject *n = index_nonneg(args[0], "n");
  if (!n) return NULL;
  ShObject *k = index_nonneg(args[1], "k");
  if (!k) {
    sh_decref(n);
    return NULL;
  }
  SH_INT_VIEW(nv, n);
  SH_INT_VIEW(kv, k);
  mpz_t r, d;
  mpz_init(r);
  mpz_init(d);
  ShObject *res = NULL;
  if (mpz_cmp(kv, nv) > 0) {
    res = sh_int_from_i64(0);
  } else {
    mpz_sub(d, nv, kv);
    mpz_srcptr small = mpz_cmp(d, kv) < 0 ? d : kv;
    if (!mpz_fits_ulong_p(small)) {
      sh_err_set_string(&sh_exc_OverflowError,
                        "min(n - k, k) must not exceed 9223372036854775807");
    } else {
      mpz_bin_ui(r, nv, mpz_get_ui(small));
      res = sh_int_from_mpz(r);
    }
  }
  mpz_clear(r);
  mpz_clear(d);
  sh_decref(n);
  sh_decref(k);
  return res;
}

ShObject *sh_math_perm(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  if (sh_args_check_count("perm", nargs, 1, 2) < 0) return NULL;
  if (nargs == 1 || args[1] == SH_NONE) return sh_math_factorial(NULL, args[0]);
  ShObject *n = index_nonneg(args[0], "n");
  if (!n) return NULL;
  ShObject *k = index_nonneg(args[1], "k");
  if (!k) {
    sh_decref(n);
    return NULL;
  }
  SH_INT_VIEW(nv, n);
  SH_INT_VIEW(kv, k);
  ShObject *res = NULL;
  if (mpz_cmp(kv, nv) > 0) {
    res = sh_int_from_i64(0);
  } else if (!mpz_fits_ulong_p(kv)) {
    sh_err_set_string(&sh_exc_OverflowError, "k must not exceed 9223372036854775807");
  } else {
    unsigned long kk = mpz_get_ui(kv);
    mpz_t r, f;
    mpz_init_set_ui(r, 1);
    mpz_init(f);
    for (unsigned long i = 0; i < kk; i++) {
      mpz_sub_ui(f, nv, i);
      mpz_mul(r, r, f);
    }
    mpz_clear(f);
    res = sh_int_from_mpz_steal(r);
  }
  sh_decref(n);
  sh_decref(k);
  return res;
}

static ShObject *gcd_lcm(ShObject *const *args, size_t nargs, bool lcm) {
  mpz_t r;
  mpz_init_set_ui(r, lcm ? 1 : 0);
  for (size_t i = 0; i < nargs; i++) {
    ShObject *v = sh_number_index(args[i]);
    if (!v) {
      mpz_clear(r);
      return NULL;
    }
    SH_INT_VIEW(x, v);
    if (lcm)
      mpz_lcm(r, r, x);
    else
      mpz_gcd(r, r, x);
    sh_decref(v);
  }
  if (nargs == 1) mpz_abs(r, r);
  return sh_int_from_mpz_steal(r);
}

ShObject *sh_math_gcd(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  return gcd_lcm(args, nargs, false);
}

ShObject *sh_math_lcm(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  return gcd_lcm(args, nargs, true);
}

ShObject *sh_math_isqrt(ShObject *m, ShObject *arg) {
  (void)m;
  ShObject *i = sh_number_index(arg);
  if (!i) return NULL;
  if (sh_int_sign(i) < 0) {
    sh_decref(i);
    sh_err_set_string(&sh_exc_ValueError, "isqrt() argument must be nonnegative");
    return NULL;
  }
  SH_INT_VIEW(v, i);
  mpz_t r;
  mpz_init(r);
  mpz_sqrt(r, v);
  sh_decref(i);
  return sh_int_from_mpz_steal(r);
}

/* ------------------------------------------------------- prod, fsum */

ShObject *sh_math_prod(ShObject *m, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)m;
  ShObject *iterable, *start = NULL;
  if (sh_args_parse("prod", args, nargs, kwnames, "iterable,/,|$start", &iterable, &start) < 0)
    return NULL;
  ShObject *it = sh_object_iter(iterable);
  if (!it) return NULL;
  ShObject *result = start ? sh_newref(start) : sh_int_from_i64(1);
  ShObject *item;
  while ((item = sh_iter_next(it)) != NULL) {
    ShObject *r = sh_number_binary(result, item, SH_BINOP_MUL);
    sh_decref(item);
    sh_decref(result);
    if (!r) {
      sh_decref(it);
      return NULL;
    }
    result = r;
  }
  sh_decref(it);
  if (sh_err_occurred()) {
    sh_decref(result);
    return NULL;
  }
  return result;
}

/* Shewchuk's exact summation: `partials` holds non-overlapping doubles
   whose sum is exactly the running total. */
ShObject *sh_math_fsum(ShObject *m, ShObject *iterable) {
  (void)m;
  ShObject *it = sh_object_iter(iterable);
  if (!it) return NULL;
  size_t cap = 32, n = 0;
  double *p = sh_mem_alloc(cap * sizeof(double));
  if (!p) {
    sh_decref(it);
    return sh_err_no_memory();
  }
  double special = 0.0, inf_sum = 0.0;
  ShObject *item;
  while ((item = sh_iter_next(it)) != NULL) {
    double x = sh_float_as_double(item);
    sh_decref(item);
    if (x == -1.0 && sh_err_occurred()) goto fail;
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
      double y = p[j];
      if (fabs(x) < fabs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        if (isfinite(xsave)) {
          sh_err_set_string(&sh_exc_OverflowError, "intermediate overflow in fsum");
          goto fail;
        }
        if (isinf(xsave)) inf_sum += xsave;
        special += xsave;
        n = 0;
      } else {
        if (n == cap) {
          double *q = sh_mem_realloc(p, 2 * cap * sizeof(double));
          if (!q) {
            sh_err_no_memory();
            goto fail;
          }
          p = q;
          cap *= 2;
        }
        p[n++] = x;
      }
    }
  }
  if (sh_err_occurred()) goto fail;
  sh_decref(it);
  double hi = 0.0;
  if (special != 0.0) {
    sh_mem_free(p);
    if (isnan(inf_sum)) {
      sh_err_set_string(&sh_exc_ValueError, "-inf + inf in fsum");
      return NULL;
    }
    return sh_float_from_double(special);
  }
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    /* round half-even across the remaining partials */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  sh_mem_free(p);
  return sh_float_from_double(hi);
fail:
  sh_mem_free(p);
  sh_decref(it);
  return NULL;
}

/* ------------------------------------------------------------- norms */

/* sqrt(sum(x*x)) with scaling (no overflow), compensated summation and a
   final correction, accurate to about half an ulp. */
static double vector_norm(const double *v, size_t n, double max, bool found_nan) {
  if (isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int e;
  frexp(max, &e);
  double sum = 0.0, comp = 0.0;
  for (size_t i = 0; i < n; i++) {
    double x = ldexp(fabs(v[i]), -e);
    double hi = x * x;
    double lo = fma(x, x, -hi);
    /* Neumaier: add hi then lo */
    double t = sum + hi;
    comp += fabs(sum) >= fabs(hi) ? (sum - t) + hi : (hi - t) + sum;
    sum = t;
    comp += lo;
  }
  double total = sum + comp;
  double low = comp - (total - sum);
  double h = sqrt(total);
  /* one Newton step on the residual total + low - h*h */
  double r = fma(-h, h, total) + low;
  h += r / (2.0 * h);
  return ldexp(h, e);
}

ShObject *sh_math_hypot(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  double buf[16] = {0};
  double *v = nargs <= 16 ? buf : sh_mem_alloc(nargs * sizeof(double));
  if (!v) return sh_err_no_memory();
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; i++) {
    if (sh_math_arg(args[i], &v[i]) < 0) {
      if (v != buf) sh_mem_free(v);
      return NULL;
    }
    double a = fabs(v[i]);
    found_nan |= isnan(a);
    if (a > max) max = a;
  }
  double r = vector_norm(v, nargs, max, found_nan);
  if (v != buf) sh_mem_free(v);
  return sh_float_from_double(r);
}

ShObject *sh_math_dist(ShObject *m, ShObject *const *args, size_t nargs) {
  (void)m;
  if (sh_math_check_nargs("dist", nargs, 2) < 0) return NULL;
  ShObject *p = SH_TUPLE_CHECK(args[0]) ? sh_newref(args[0]) : sh_sequence_tuple(args[0]);
  if (!p) return NULL;
  ShObject *q = SH_TUPLE_CHECK(args[1]) ? sh_newref(args[1]) : sh_sequence_tuple(args[1]);
  if (!q) {
    sh_decref(p);
    return NULL;
  }
  intptr_t n = SH_TUPLE_SIZE(p);
  ShObject *res = NULL;
  double *v = NULL;
  if (n != SH_TUPLE_SIZE(q)) {
    sh_err_set_string(&sh_exc_ValueError, "both points must have the same number of dimensions");
    goto done;
  }
  v = sh_mem_alloc((size_t)(n ? n : 1) * sizeof(double));
  if (!v) {
    sh_err_no_memory();
    goto done;
  }
  double max = 0.0;
  bool found_nan = false;
  for (intptr_t i = 0; i < n; i++) {
    double a, b;
    if (sh_math_arg(SH_TUPLE_GET(p, i), &a) < 0 || sh_math_arg(SH_TUPLE_GET(q, i), &b) < 0)
      goto done;
    v[i] = fabs(a - b);
    found_nan |= isnan(v[i]);
    if (v[i] > max) max = v[i];
  }
  res = sh_float_from_double(vector_norm(v, (size_t)n, max, found_nan));
done:
  sh_mem_free(v);
  sh_decref(p);
  sh_decref(q);
  return res;
}
