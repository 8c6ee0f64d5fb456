/* float <-> text: the shortest round-tripping repr, float(str) parsing,
   float.hex() and float.fromhex(). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "int_internal.h"

int sh_float_shortest_digits(double v, char *digits, int *exp10) {
  return sh_float_shortest(fabs(v), digits, exp10);
}

void sh_float_repr_buf(double v, char *buf, size_t size) {
  if (isnan(v)) {
    snprintf(buf, size, "nan");
    return;
  }
  if (isinf(v)) {
    snprintf(buf, size, v > 0 ? "inf" : "-inf");
    return;
  }
  char d[24];
  int x;
  int n = sh_float_shortest_digits(v, d, &x);
  char out[64];
  size_t o = 0;
  if (signbit(v)) out[o++] = '-';
  if (x < -4 || x >= 16) {
    out[o++] = d[0];
    if (n > 1) {
      out[o++] = '.';
      for (int i = 1; i < n; i++)
        out[o++] = d[i];
    }
    int ax = abs(x);
    out[o++] = 'e';
    out[o++] = x < 0 ? '-' : '+';
    if (ax >= 100) out[o++] = (char)('0' + ax / 100);
    out[o++] = (char)('0' + ax / 10 % 10);
    out[o++] = (char)('0' + ax % 10);
  } else if (x >= 0) {
    for (int i = 0; i <= x; i++)
      out[o++] = i < n ? d[i] : '0';
    out[o++] = '.';
    if (n > x + 1)
      for (int i = x + 1; i < n; i++)
        out[o++] = d[i];
    else
      out[o++] = '0';
  } else {
    out[o++] = '0';
    out[o++] = '.';
    for (int i = 0; i < -x - 1; i++)
      out[o++] = '0';
    for (int i = 0; i < n; i++)
      out[o++] = d[i];
  }
  out[o] = 0;
  if (o >= size) o = size - 1;
  memcpy(buf, out, o);
  buf[o] = 0;
}

static bool is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool match_ci(const char *p, const char *end, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(end - p) != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((p[i] | 0x20) != word[i]) return false;
  return true;
}

/* 0 ok, -1 invalid */
int sh_float_parse(const char *s, size_t len, double *out) {
  const char *p = s, *end = s + len;
  while (p < end && is_space((unsigned char)*p))
    p++;
  while (end > p && is_space((unsigned char)end[-1]))
    end--;
  bool neg = false;
  const char *body = p;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  if (match_ci(p, end, "inf") || match_ci(p, end, "infinity")) {
    *out = neg ? -INFINITY : INFINITY;
    return 0;
  }
  if (match_ci(p, end, "nan")) {
    *out = neg ? -NAN : NAN;
    return 0;
  }
  size_t n = (size_t)(end - body);
  char small[64];
  char *buf = n < sizeof small ? small : sh_mem_alloc(n + 2);
  if (!buf) return -1;
  size_t o = 0;
  if (neg) buf[o++] = '-';
  int state = 0; /* 0 int digits, 1 fraction, 2 exponent */
  bool any_mant = false, any_exp = false, prev_digit = false;
  for (const char *q = p; q < end; q++) {
    char c = *q;
    if (c >= '0' && c <= '9') {
      if (state < 2)
        any_mant = true;
      else
        any_exp = true;
      prev_digit = true;
      buf[o++] = c;
    } else if (c == '_') {
      if (!prev_digit || q + 1 >= end || !(q[1] >= '0' && q[1] <= '9')) goto bad;
      prev_digit = false;
    } else if (c == '.' && state == 0) {
      state = 1;
      prev_digit = false;
      buf[o++] = c;
    } else if ((c == 'e' || c == 'E') && state < 2 && any_mant) {
      state = 2;
      prev_digit = false;
      buf[o++] = c;
      if (q + 1 < end && (q[1] == '+' || q[1] == '-')) buf[o++] = *++q;
    } else {
      goto bad;
    }
  }
  if (!any_mant || (state == 2 && !any_exp)) goto bad;
  buf[o] = 0;
  *out = strtod(buf, NULL);
  if (buf != small) sh_mem_free(buf);
  return 0;
bad:
  if (buf != small) sh_mem_free(buf);
  return -1;
}

ShObject *sh_float_from_string(const char *s, size_t len) {
  double d;
  if (sh_float_parse(s, len, &d) == 0) return sh_float_from_double(d);
  ShObject *str = sh_str_from_utf8(s, len);
  if (!str) return NULL;
  sh_err_format(&sh_exc_ValueError, "could not convert string to float: %R", str);
  sh_decref(str);
  return NULL;
}

/* ------------------------------------------------------------- hex */

ShObject *sh_float_hex_method(ShObject *self) {
  double v = SH_FLOAT_VALUE(self);
  char buf[64];
  if (isnan(v) || isinf(v)) {
    sh_float_repr_buf(v, buf, sizeof buf);
    return sh_str_from_cstr(buf);
  }
  const char *sign = signbit(v) ? "-" : "";
  double a = fabs(v);
  if (a == 0.0) {
    snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
    return sh_str_from_cstr(buf);
  }
  int e;
  double m = frexp(a, &e); /* a = m * 2**e, 0.5 <= m < 1 */
  int lead;
  if (e - 1 < -1022) {
    m = ldexp(a, 1022);
    e = -1022;
    lead = 0;
  } else {
    m = m * 2.0 - 1.0;
    e -= 1;
    lead = 1;
  }
  char digits[14];
  for (int i = 0; i < 13; i++) {
    m *= 16.0;
    int d = (int)m;
    m -= d;
    digits[i] = "0123456789abcdef"[d];
  }
  digits[13] = 0;
  snprintf(buf, sizeof buf, "%s0x%d.%sp%c%d", sign, lead, digits, e < 0 ? '-' : '+', abs(e));
  return sh_str_from_cstr(buf);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = (char)(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

ShObject *sh_float_fromhex_method(ShObject *cls, ShObject *arg) {
  if (!SH_STR_CHECK(arg))
    return sh_err_format(&sh_exc_TypeError, "bad argument type for built-in operation");
  intptr_t len;
  const char *s = sh_str_utf8_and_size(arg, &len);
  if (!s) return NULL;
  const char *p = s, *end = s + len;
  while (p < end && is_space((unsigned char)*p))
    p++;
  while (end > p && is_space((unsigned char)end[-1]))
    end--;
  bool neg = false;
  double result;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  if (match_ci(p, end, "inf") || match_ci(p, end, "infinity")) {
    result = INFINITY;
  } else if (match_ci(p, end, "nan")) {
    result = NAN;
  } else {
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    mpz_t m;
    mpz_init(m);
    long frac = 0, ndig = 0;
    bool dot = false;
    while (p < end) {
      if (*p == '.' && !dot) {
        dot = true;
        p++;
        continue;
      }
      int h = hexval(*p);
      if (h < 0) break;
      mpz_mul_2exp(m, m, 4);
      mpz_add_ui(m, m, (unsigned long)h);
      ndig++;
      if (dot) frac++;
      p++;
    }
    long exp = 0;
    if (ndig == 0) goto invalid;
    if (p < end && (*p | 0x20) == 'p') {
      p++;
      bool eneg = false;
      if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
      if (p >= end || !(*p >= '0' && *p <= '9')) goto invalid;
      while (p < end && *p >= '0' && *p <= '9') {
        if (exp < 100000000) exp = exp * 10 + (*p - '0');
        p++;
      }
      if (eneg) exp = -exp;
    }
    if (p != end) goto invalid;
    exp -= 4 * frac;
    if (mpz_sgn(m) == 0) {
      result = 0.0;
    } else if (exp > 2000 || (long)mpz_sizeinbase(m, 2) + exp > 1100) {
      mpz_clear(m);
      sh_err_set_string(&sh_exc_OverflowError,
                        "hexadecimal value too large to represent as a float");
      return NULL;
    } else {
      if (exp < -3000) exp = -3000;
      mpz_t den;
      mpz_init_set_ui(den, 1);
      if (exp >= 0)
        mpz_mul_2exp(m, m, (mp_bitcnt_t)exp);
      else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
      int rc = sh_mpz_ratio_to_double(m, den, &result);
      mpz_clear(den);
      if (rc < 0) {
        mpz_clear(m);
        sh_err_set_string(&sh_exc_OverflowError,
                          "hexadecimal value too large to represent as a float");
        return NULL;
      }
    }
    mpz_clear(m);
    goto done;
  invalid:
    mpz_clear(m);
    sh_err_set_string(&sh_exc_ValueError, "invalid hexadecimal floating-point string");
    return NULL;
  }
done:
  if (neg) result = -result;
  ShObject *f = sh_float_from_double(result);
  if (f && cls != (ShObject *)&sh_type_float) SH_SETREF(f, sh_call1(cls, f));
  return f;
}
