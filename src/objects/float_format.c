/* The format-spec mini-language for numbers: int.__format__ and
   float.__format__, sharing sign, grouping and padding rules. Text is
   written straight into a str writer; digits come from float_digits.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "int_internal.h"
#include "str_internal.h"

/* ------------------------------------------------------------- layout */

/* Copies the last-`k` digits of digits[0..nd) (zeros in front when k > nd)
   into dst with `sep` every `group` digits from the right; glen bytes. */
static void put_grouped(char *dst, size_t glen, const char *digits, size_t nd, size_t k, char sep,
                        int group) {
  if (!sep) {
    memset(dst, '0', k - nd);
    memcpy(dst + (k - nd), digits, nd);
    return;
  }
  size_t out = glen, cnt = 0;
  for (size_t i = 0; i < k; i++) {
    if (cnt == (size_t)group) {
      dst[--out] = sep;
      cnt = 0;
    }
    dst[--out] = i < nd ? digits[nd - 1 - i] : '0';
    cnt++;
  }
}

/* sign, prefix ("0x"), grouped integer digits and the ASCII rest (".5e+10",
   "%"), padded per spec; a code point `cp` (type 'c') replaces the rest
   when nonzero. */
static int layout(ShStrWriter *w, const ShFormatSpec *spec, char sign, const char *prefix,
                  size_t plen, const char *digits, size_t nd, const char *rest, size_t rlen,
                  int group, uint32_t cp) {
  uint32_t fill = spec->fill;
  char align = spec->align;
  /* the spec parser already made the fill '0' for a '0' flag */
  if (!align) align = spec->zero_pad ? '=' : '>';
  char sep = group > 0 ? spec->grouping : 0;
  size_t slen = sign ? 1 : 0;
  size_t width = spec->width > 0 ? (size_t)spec->width : 0;
  size_t k = nd;
  if (sep && align == '=' && fill == '0') { /* zeros take part in grouping */
    size_t fixed = slen + plen + rlen + (cp ? 1 : 0);
    size_t need = width > fixed ? width - fixed : 0;
    while (k + (k ? (k - 1) / (size_t)group : 0) < need)
      k++;
  }
  size_t glen = k + (sep && k ? (k - 1) / (size_t)group : 0);
  size_t total = slen + plen + glen + rlen + (cp ? 1 : 0);
  size_t pad = width > total ? width - total : 0;
  size_t left = 0, mid = 0, right = 0;
  switch (align) {
  case '<': right = pad; break;
  case '^':
    left = pad / 2;
    right = pad - left;
    break;
  case '=': mid = pad; break;
  default: left = pad; break;
  }
  if (fill < 128 && cp < 128 && w->kind == 1) {
    /* everything is ASCII: one reservation, plain stores */
    char *p = sh_sw_reserve_ascii(w, (intptr_t)(total + pad));
    if (!p) return -1;
    memset(p, (int)fill, left);
    p += left;
    if (sign) *p++ = sign;
    memcpy(p, prefix, plen);
    p += plen;
    memset(p, (int)fill, mid);
    p += mid;
    put_grouped(p, glen, digits, nd, k, sep, group);
    p += glen;
    memcpy(p, rest, rlen);
    p += rlen;
    if (cp) *p++ = (char)cp;
    memset(p, (int)fill, right);
    sh_sw_commit(w, (intptr_t)(total + pad));
    return 0;
  }
  char small[128];
  char *g = glen <= sizeof small ? small : sh_mem_alloc(glen);
  if (!g) {
    sh_err_no_memory();
    return -1;
  }
  put_grouped(g, glen, digits, nd, k, sep, group);
  int rc = sh_sw_write_fill(w, fill, (intptr_t)left);
  if (rc == 0 && sign) rc = sh_sw_write_ascii(w, &sign, 1);
  if (rc == 0) rc = sh_sw_write_ascii(w, prefix, (intptr_t)plen);
  if (rc == 0) rc = sh_sw_write_fill(w, fill, (intptr_t)mid);
  if (rc == 0) rc = sh_sw_write_ascii(w, g, (intptr_t)glen);
  if (rc == 0) rc = sh_sw_write_ascii(w, rest, (intptr_t)rlen);
  if (rc == 0 && cp) rc = sh_sw_write_fill(w, cp, 1);
  if (rc == 0) rc = sh_sw_write_fill(w, fill, (intptr_t)right);
  if (g != small) sh_mem_free(g);
  return rc;
}

ShObject *sh_number_layout(const ShFormatSpec *spec, char sign, const char *prefix,
                           const char *digits, size_t ndigits, const char *rest, int group_size) {
  ShStrWriter w;
  sh_sw_init(&w);
  if (layout(&w, spec, sign, prefix, strlen(prefix), digits, ndigits, rest, strlen(rest),
             group_size, 0) < 0) {
    sh_sw_discard(&w);
    return NULL;
  }
  return sh_sw_finish(&w);
}

static char sign_char(const ShFormatSpec *spec, bool negative) {
  if (negative) return '-';
  if (spec->sign == '+') return '+';
  if (spec->sign == ' ') return ' ';
  return 0;
}

/* ---------------------------------------------------------------- int */

static int unknown_code(char type, const char *tname) {
  sh_err_format(&sh_exc_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                tname);
  return -1;
}

static int value_error(const char *msg) {
  sh_err_set_string(&sh_exc_ValueError, msg);
  return -1;
}

/* Digits of m in base 2, 8 or 16 ending before `end`. */
static char *u64_to_base(uint64_t m, int shift, bool upper, char *end) {
  const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  unsigned mask = (1u << shift) - 1;
  char *p = end;
  do {
    *--p = hex[m & mask];
    m >>= shift;
  } while (m);
  return p;
}

int sh_int_format_into(ShStrWriter *w, ShObject *o, const ShFormatSpec *spec) {
  char type = spec->type ? spec->type : 'd';
  const char *tname = SH_TYPE(o)->name;
  switch (type) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': {
    double d = sh_int_as_double(o);
    if (d == -1.0 && sh_err_occurred()) return -1;
    return sh_float_format_into(w, d, spec, tname);
  }
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n': break;
  default: return unknown_code(type, tname);
  }
  if (spec->no_neg_zero)
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec->precision >= 0) return value_error("Precision not allowed in integer format specifier");
  if (spec->grouping && (type == 'c' || type == 'n' || (spec->grouping == ',' && type != 'd'))) {
    sh_err_format(&sh_exc_ValueError, "Cannot specify '%c' with '%c'.", spec->grouping, type);
    return -1;
  }
  if (type == 'c') {
    if (spec->sign) return value_error("Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    bool ovf;
    int64_t v = sh_int_as_i64(o, &ovf);
    if (ovf || v < 0 || v > 0x10ffff) {
      sh_err_set_string(&sh_exc_OverflowError, "%c arg not in range(0x110000)");
      return -1;
    }
    ShFormatSpec s2 = *spec;
    s2.grouping = 0;
    /* U+0000 goes as a one-byte rest: a code point 0 means "none" */
    if (v == 0) return layout(w, &s2, 0, "", 0, "", 0, "", 1, 0, 0);
    return layout(w, &s2, 0, "", 0, "", 0, "", 0, 0, (uint32_t)v);
  }
  int shift = type == 'b' ? 1 : type == 'o' ? 3 : (type == 'x' || type == 'X') ? 4 : 0;
  const char *prefix = "";
  if (spec->alternate)
    prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
  size_t plen = strlen(prefix);
  int group = shift ? 4 : 3;
  if (SH_INT_IS_SMALL(o)) {
    int64_t v = SH_INT_SMALL_VALUE(o);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char buf[72], *end = buf + sizeof buf;
    char *d = shift ? u64_to_base(m, shift, type == 'X', end) : sh_u64_to_decimal(m, end);
    return layout(w, spec, sign_char(spec, v < 0), prefix, plen, d, (size_t)(end - d), "", 0, group,
                  0);
  }
  if (!shift) {
    int64_t lim = sh_int_get_max_str_digits();
    if (lim > 0 && (int64_t)mpz_sizeinbase(((ShInt *)o)->value, 10) - 1 > lim) {
      sh_err_format(&sh_exc_ValueError,
                    "Exceeds the limit (%ld digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    (long)lim);
      return -1;
    }
  }
  size_t len;
  char *buf = sh_int_to_cstr_base(o, shift ? 1 << shift : 10, &len);
  if (!buf) return -1;
  char *digits = buf;
  bool neg = *digits == '-';
  if (neg) {
    digits++;
    len--;
  }
  if (!shift) {
    int64_t lim = sh_int_get_max_str_digits();
    if (lim > 0 && (int64_t)len > lim) {
      sh_mem_free(buf);
      sh_err_format(&sh_exc_ValueError,
                    "Exceeds the limit (%ld digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    (long)lim);
      return -1;
    }
  }
  if (type == 'X')
    for (char *p = digits; *p; p++)
      if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
  int rc = layout(w, spec, sign_char(spec, neg), prefix, plen, digits, len, "", 0, group, 0);
  sh_mem_free(buf);
  return rc;
}

ShObject *sh_int_format(ShObject *o, ShObject *spec_str) {
  if (SH_STR_LEN(spec_str) == 0) return sh_object_str(o);
  ShFormatSpec spec;
  if (sh_format_spec_parse_for(spec_str, o, &spec) < 0) return NULL;
  ShStrWriter w;
  sh_sw_init(&w);
  if (sh_int_format_into(&w, o, &spec) < 0) {
    sh_sw_discard(&w);
    return NULL;
  }
  return sh_sw_finish(&w);
}

/* -------------------------------------------------------------- float */

size_t sh_float_body_cap(intptr_t prec) {
  return (size_t)sh_float_fixed_digits_cap(prec) + 40;
}

static size_t put_exponent(char *p, int x, bool upper) {
  size_t n = 0;
  p[n++] = upper ? 'E' : 'e';
  p[n++] = x < 0 ? '-' : '+';
  unsigned ax = (unsigned)(x < 0 ? -x : x);
  if (ax >= 100) p[n++] = (char)('0' + ax / 100);
  p[n++] = (char)('0' + ax / 10 % 10);
  p[n++] = (char)('0' + ax % 10);
  return n;
}

/* Fixed notation with prec decimals. */
static size_t fixed_text(double a, intptr_t prec, bool alt, char *buf, size_t *nint) {
  size_t n = (size_t)sh_float_fixed_digits(a, prec, buf);
  size_t p = (size_t)prec;
  if (p == 0) {
    *nint = n;
    if (alt) buf[n++] = '.';
    return n;
  }
  if (n > p) {
    size_t ip = n - p;
    memmove(buf + ip + 1, buf + ip, p);
    buf[ip] = '.';
    *nint = ip;
    return n + 1;
  }
  size_t z = p - n;
  memmove(buf + 2 + z, buf, n);
  buf[0] = '0';
  buf[1] = '.';
  memset(buf + 2, '0', z);
  *nint = 1;
  return p + 2;
}

/* Drops trailing zeros after the point (and the point when nothing stays)
   in buf[0..len); returns the new length. */
static size_t strip_zeros(char *buf, size_t len) {
  size_t dot = 0;
  while (dot < len && buf[dot] != '.')
    dot++;
  if (dot == len) return len;
  size_t end = len;
  while (end > dot + 1 && buf[end - 1] == '0')
    end--;
  if (end == dot + 1) end = dot;
  return end;
}

/* `ndig` significant digits (already in buf + 1) with decimal exponent x,
   in fixed notation when `fixed`, else d.ddde+XX. */
static size_t sig_text(char *buf, intptr_t ndig, int x, bool fixed, bool alt, bool strip,
                       bool upper, size_t *nint) {
  size_t P = (size_t)ndig, len;
  if (fixed && x >= 0) {
    memmove(buf, buf + 1, (size_t)x + 1);
    buf[x + 1] = '.';
    len = P + 1;
    *nint = (size_t)x + 1;
    if (strip) len = strip_zeros(buf, len);
    return len;
  }
  if (fixed) {
    size_t z = (size_t)(-x - 1);
    memmove(buf + 2 + z, buf + 1, P);
    buf[0] = '0';
    buf[1] = '.';
    memset(buf + 2, '0', z);
    len = 2 + z + P;
    *nint = 1;
    if (strip) len = strip_zeros(buf, len);
    return len;
  }
  buf[0] = buf[1];
  buf[1] = '.';
  len = P + 1;
  if (strip) len = strip_zeros(buf, len);
  if (len == 2 && !alt) len = 1;
  *nint = 1;
  return len + put_exponent(buf + len, x, upper);
}

size_t sh_float_body(double a, char type, intptr_t prec, bool alt, char *buf, size_t *nint) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  *nint = 0;
  if (type == '%') a *= 100.0;
  if (!isfinite(a)) {
    memcpy(buf, isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
    if (type == '%') buf[3] = '%';
    return type == '%' ? 4 : 3;
  }
  switch (type) {
  case 'f':
  case 'F':
  case '%': {
    size_t n = fixed_text(a, prec < 0 ? 6 : prec, alt, buf, nint);
    if (type == '%') buf[n++] = '%';
    return n;
  }
  case 'e':
  case 'E': {
    intptr_t p = prec < 0 ? 6 : prec;
    int x = sh_float_exp_digits(a, p + 1, buf + 1);
    return sig_text(buf, p + 1, x, false, alt, false, upper, nint);
  }
  case 'g':
  case 'G':
  case 'n': {
    intptr_t p = prec < 0 ? 6 : prec == 0 ? 1 : prec;
    int x = sh_float_exp_digits(a, p, buf + 1);
    return sig_text(buf, p, x, x >= -4 && x < p, alt, !alt, upper, nint);
  }
  case 'r': {
    sh_float_repr_buf(a, buf, 40);
    size_t n = strlen(buf);
    if (alt && !memchr(buf, '.', n)) { /* "1e+16" keeps a point: "1.e+16" */
      memmove(buf + 2, buf + 1, n - 1);
      buf[1] = '.';
      n++;
    }
    while (*nint < n && buf[*nint] >= '0' && buf[*nint] <= '9')
      (*nint)++;
    return n;
  }
  default: { /* no type, with a precision: 'g' that keeps a ".0" */
    intptr_t p = prec == 0 ? 1 : prec;
    int x = sh_float_exp_digits(a, p, buf + 1);
    bool fixed = x >= -4 && x < p - 1;
    size_t n = sig_text(buf, p, x, fixed, alt, !alt, false, nint);
    if (fixed && !memchr(buf, '.', n)) {
      buf[n++] = '.';
      buf[n++] = '0';
    }
    return n;
  }
  }
}

int sh_float_format_into(ShStrWriter *w, double v, const ShFormatSpec *spec, const char *tname) {
  char type = spec->type;
  switch (type) {
  case 0:
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%':
  case 'n': break;
  default: return unknown_code(type, tname);
  }
  if (type == 'n' && spec->grouping) {
    sh_err_format(&sh_exc_ValueError, "Cannot specify '%c' with 'n'.", spec->grouping);
    return -1;
  }
  bool neg = signbit(v) && !isnan(v);
  double a = fabs(v);
  intptr_t prec = spec->precision;
  char small[400];
  size_t cap = sh_float_body_cap(prec);
  char *buf = cap <= sizeof small ? small : sh_mem_alloc(cap);
  if (!buf) {
    sh_err_no_memory();
    return -1;
  }
  size_t nint;
  size_t n =
      sh_float_body(a, type == 0 && prec < 0 ? 'r' : type, prec, spec->alternate, buf, &nint);
  bool finite = isfinite(a);
  if (neg && spec->no_neg_zero && finite) {
    bool allzero = true;
    for (size_t i = 0; i < n && buf[i] != 'e' && buf[i] != 'E'; i++)
      if (buf[i] >= '1' && buf[i] <= '9') allzero = false;
    if (allzero) neg = false;
  }
  int rc = layout(w, spec, sign_char(spec, neg), "", 0, buf, nint, buf + nint, n - nint,
                  finite ? 3 : 0, 0);
  if (buf != small) sh_mem_free(buf);
  return rc;
}

ShObject *sh_float_format_spec(double v, const ShFormatSpec *spec, const char *tname) {
  ShStrWriter w;
  sh_sw_init(&w);
  if (sh_float_format_into(&w, v, spec, tname) < 0) {
    sh_sw_discard(&w);
    return NULL;
  }
  return sh_sw_finish(&w);
}

ShObject *sh_float_format(ShObject *o, ShObject *spec_str) {
  if (SH_STR_LEN(spec_str) == 0) return sh_object_str(o);
  ShFormatSpec spec;
  if (sh_format_spec_parse_for(spec_str, o, &spec) < 0) return NULL;
  return sh_float_format_spec(SH_FLOAT_VALUE(o), &spec, SH_TYPE(o)->name);
}
