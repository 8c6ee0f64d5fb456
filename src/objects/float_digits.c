/* Correctly rounded decimal digits of a double for the fixed ('f') and
   exponent ('e') forms: exact 128-bit integer arithmetic when it fits, GMP
   otherwise; exact ties go to the even digit (as CPython's dtoa rounds). */
#include <stdlib.h>
#include <string.h>

#include "int_internal.h"

typedef unsigned __int128 u128;

static const uint64_t pow10_u64[20] = {1ull,
                                       10ull,
                                       100ull,
                                       1000ull,
                                       10000ull,
                                       100000ull,
                                       1000000ull,
                                       10000000ull,
                                       100000000ull,
                                       1000000000ull,
                                       10000000000ull,
                                       100000000000ull,
                                       1000000000000ull,
                                       10000000000000ull,
                                       100000000000000ull,
                                       1000000000000000ull,
                                       10000000000000000ull,
                                       100000000000000000ull,
                                       1000000000000000000ull,
                                       10000000000000000000ull};

static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

char *sh_u64_to_decimal(uint64_t v, char *end) {
  char *p = end;
  while (v >= 100) {
    unsigned r = (unsigned)(v % 100);
    v /= 100;
    p -= 2;
    memcpy(p, digit_pairs + 2 * r, 2);
  }
  if (v >= 10) {
    p -= 2;
    memcpy(p, digit_pairs + 2 * v, 2);
  } else {
    *--p = (char)('0' + v);
  }
  return p;
}

static int bitlen128(u128 x) {
  uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
  if (hi) return 128 - __builtin_clzll(hi);
  return lo ? 64 - __builtin_clzll(lo) : 0;
}

/* Writes q in decimal to out; returns the digit count. */
static int u128_to_decimal(u128 q, char *out) {
  char tmp[48], *end = tmp + sizeof tmp, *p;
  if ((q >> 64) == 0) {
    p = sh_u64_to_decimal((uint64_t)q, end);
  } else {
    uint64_t lo = (uint64_t)(q % pow10_u64[19]);
    u128 hi = q / pow10_u64[19];
    p = sh_u64_to_decimal(lo, end);
    while (p > end - 19)
      *--p = '0';
    if ((hi >> 64) == 0) {
      p = sh_u64_to_decimal((uint64_t)hi, p);
    } else {
      uint64_t lo2 = (uint64_t)(hi % pow10_u64[19]);
      uint64_t hi2 = (uint64_t)(hi / pow10_u64[19]);
      char *q2 = sh_u64_to_decimal(lo2, p);
      while (q2 > p - 19)
        *--q2 = '0';
      p = sh_u64_to_decimal(hi2, q2);
    }
  }
  int n = (int)(end - p);
  memcpy(out, p, (size_t)n);
  return n;
}

/* round_half_even(m * 2**e * 10**p) in decimal, with GMP. */
static intptr_t round_scaled_mpz(uint64_t m, int e, intptr_t p, char *out) {
  mpz_t num, den, q, r;
  mpz_init_set_ui(num, (unsigned long)m);
  mpz_init_set_ui(den, 1);
  mpz_init(q);
  mpz_init(r);
  if (p > 0) {
    mpz_ui_pow_ui(q, 10, (unsigned long)p);
    mpz_mul(num, num, q);
  } else if (p < 0) {
    mpz_ui_pow_ui(den, 10, (unsigned long)-p);
  }
  if (e > 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
  else if (e < 0)
    mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_get_str(out, 10, q);
  intptr_t n = (intptr_t)strlen(out);
  mpz_clear(num);
  mpz_clear(den);
  mpz_clear(q);
  mpz_clear(r);
  return n;
}

/* round_half_even(m * 2**e * 10**p) in decimal into out (room for every
   digit plus a NUL); returns the digit count (1 for "0"). */
static intptr_t round_scaled(uint64_t m, int e, intptr_t p, char *out) {
  if (p < -19 || p > 19) return round_scaled_mpz(m, e, p, out);
  u128 num = m, den = 1;
  if (p >= 0)
    num *= pow10_u64[p];
  else
    den = pow10_u64[-p];
  u128 q, r;
  if (e >= 0) {
    if (bitlen128(num) + e > 126) return round_scaled_mpz(m, e, p, out);
    num <<= e;
    if (den == 1) return u128_to_decimal(num, out);
    q = num / den;
    r = num - q * den;
  } else {
    int k = -e;
    if (bitlen128(den) + k > 126) {
      /* the value is below 2**-8: rounds to 0 (num < 2**117) */
      out[0] = '0';
      return 1;
    }
    if (den == 1) {
      den = (u128)1 << k;
      q = num >> k;
      r = num & (den - 1);
    } else {
      den <<= k;
      q = num / den;
      r = num - q * den;
    }
  }
  u128 rest = den - r;
  if (r > rest || (r == rest && (q & 1))) q++;
  return u128_to_decimal(q, out);
}

/* a = m * 2**e with m odd (a > 0 finite) */
static void decompose(double a, uint64_t *m, int *e) {
  uint64_t bits;
  memcpy(&bits, &a, 8);
  int ex = (int)((bits >> 52) & 0x7ff);
  uint64_t f = bits & ((1ull << 52) - 1);
  if (ex == 0) {
    *m = f;
    *e = -1074;
  } else {
    *m = f | (1ull << 52);
    *e = ex - 1075;
  }
  int tz = __builtin_ctzll(*m);
  *m >>= tz;
  *e += tz;
}

intptr_t sh_float_fixed_digits(double a, intptr_t prec, char *out) {
  if (a == 0.0) {
    out[0] = '0';
    out[1] = 0;
    return 1;
  }
  uint64_t m;
  int e;
  decompose(a, &m, &e);
  intptr_t n = round_scaled(m, e, prec, out);
  out[n] = 0;
  return n;
}

intptr_t sh_float_fixed_digits_cap(intptr_t prec) {
  return 312 + (prec > 0 ? prec : 0) + 8;
}

int sh_float_exp_digits(double a, intptr_t ndigits, char *out) {
  if (a == 0.0) {
    memset(out, '0', (size_t)ndigits);
    out[ndigits] = 0;
    return 0;
  }
  uint64_t m;
  int e;
  decompose(a, &m, &e);
  int log2a = e + 63 - __builtin_clzll(m);
  /* about floor(log2a * log10(2)), never above the decimal exponent (the
     loop only moves up); the constant is a hair under log10(2) */
  int x = (int)(((int64_t)log2a * 78913) >> 18) - (log2a < 0);
  for (;;) {
    intptr_t n = round_scaled(m, e, ndigits - 1 - x, out);
    if (n <= ndigits) {
      out[n] = 0;
      return x;
    }
    x++; /* a carry or a low estimate: one more digit than asked */
  }
}

static double read_back(const char *out, int ndig, intptr_t p);
static bool bump_digits(char *out, int ndig, int *x);

/* Whether the ndig-digit rounding of a (digits in out, exponent *x) reads
   back as a. The exact test covers the usual ranges: the rounding error
   (in units of 10**-p) against half the gap to the neighbouring doubles;
   elsewhere the digits are parsed back. */
static bool shortest_try(double a, int ndig, char *out, int *x) {
  *x = sh_float_exp_digits(a, ndig, out);
  intptr_t p = ndig - 1 - *x;
  uint64_t bits;
  memcpy(&bits, &a, 8);
  int ex = (int)((bits >> 52) & 0x7ff);
  uint64_t f = bits & ((1ull << 52) - 1);
  bool boundary = f == 0 && ex > 1; /* the gap below is half the gap above */
  uint64_t m;
  int e;
  decompose(a, &m, &e);
  int e0 = ex == 0 ? -1074 : ex - 1075;
  int tz = e - e0; /* trailing zero bits taken off the 53-bit mantissa */
  if (p >= 0 && p <= 19 && e < 0 && -e <= 125) {
    u128 num = (u128)m * pow10_u64[p];
    int k = -e;
    if (bitlen128(num) <= 126) {
      u128 den = (u128)1 << k, q = num >> k, r = num & (den - 1);
      bool up = r > den - r || (r == den - r && (q & 1));
      u128 err = up ? den - r : r;
      int s = tz + 1 + (!up && r != 0 && boundary ? 1 : 0);
      u128 t = pow10_u64[p], lim = t >> s;
      if (err < lim || (err == lim && ((lim << s) != t || tz > 0)))
        return true; /* (exactly half way: the even mantissa wins) */
      if (!boundary || up || r == 0) return false;
      /* below a power of two the gap is narrower: the next candidate up
         may still read back */
      err = den - r;
      lim = t >> (tz + 1);
      if (!(err < lim || (err == lim && ((lim << (tz + 1)) != t || tz > 0)))) return false;
      return bump_digits(out, ndig, x);
    }
  }
  if (read_back(out, ndig, p) == a) return true;
  if (!boundary || read_back(out, ndig, p) > a) return false;
  char up[32];
  int xu = *x;
  memcpy(up, out, (size_t)ndig);
  if (!bump_digits(up, ndig, &xu) || read_back(up, ndig, ndig - 1 - xu) != a) return false;
  memcpy(out, up, (size_t)ndig);
  *x = xu;
  return true;
}

/* The ndig digits in out (times 10**-p) parsed back to a double. */
static double read_back(const char *out, int ndig, intptr_t p) {
  char buf[48];
  int n = 0;
  for (int i = 0; i < ndig; i++)
    buf[n++] = out[i];
  buf[n++] = 'e';
  int ax = -(p);
  if (ax < 0) {
    buf[n++] = '-';
    ax = -ax;
  }
  char *end = buf + sizeof buf, *d = sh_u64_to_decimal((uint64_t)ax, end);
  memmove(buf + n, d, (size_t)(end - d));
  n += (int)(end - d);
  buf[n] = 0;
  return strtod(buf, NULL);
}

/* Adds one unit in the last place to the ndig digits of out (a carry out
   of the first digit makes it 10...0 with the exponent one up). */
static bool bump_digits(char *out, int ndig, int *x) {
  int i = ndig - 1;
  while (i >= 0 && out[i] == '9')
    out[i--] = '0';
  if (i >= 0) {
    out[i]++;
  } else {
    out[0] = '1';
    (*x)++;
  }
  return true;
}

int sh_float_shortest(double a, char *digits, int *exp10) {
  if (a == 0.0) {
    digits[0] = '0';
    digits[1] = 0;
    *exp10 = 0;
    return 1;
  }
  char tmp[32];
  int x, lo = 1, hi = 17;
  uint64_t bits;
  memcpy(&bits, &a, 8);
  if ((bits & ((1ull << 52) - 1)) == 0) {
    /* a power of two: the neighbours' gaps differ, so the search goes up
       one count at a time rather than halving */
    while (!shortest_try(a, lo, tmp, &x) && lo < 17)
      lo++;
  } else {
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (shortest_try(a, mid, tmp, &x))
        hi = mid;
      else
        lo = mid + 1;
    }
    x = sh_float_exp_digits(a, lo, tmp);
  }
  int n = lo;
  while (n > 1 && tmp[n - 1] == '0')
    n--;
  memcpy(digits, tmp, (size_t)n);
  digits[n] = 0;
  *exp10 = x;
  return n;
}
