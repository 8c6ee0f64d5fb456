/* The format-spec mini-language for numbers: int.__format__ and
   float.__format__, sharing sign, grouping and padding rules. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "int_internal.h"

/* ------------------------------------------------------------- layout */

ShObject *sh_number_layout(const ShFormatSpec *spec, char sign, const char *prefix,
                           const char *digits, size_t ndigits, const char *rest,
                           int group_size) {
  uint32_t fill = spec->fill ? spec->fill : ' ';
  char align = spec->align;
  /* the spec parser already made the fill '0' for a '0' flag */
  if (spec->zero_pad && !align) align = '=';
  if (!align) align = '>';
  char sep = spec->grouping;
  size_t plen = strlen(prefix), rlen = strlen(rest), slen = sign ? 1 : 0;
  size_t width = spec->width > 0 ? (size_t)spec->width : 0;
  /* digits after zero padding, when the zeros take part in grouping */
  size_t k = ndigits;
  bool zeros_grouped = sep && group_size > 0 && align == '=' && fill == '0';
  if (zeros_grouped) {
    size_t fixed = slen + plen + rlen;
    size_t need = width > fixed ? width - fixed : 0;
    while (k + (k ? (k - 1) / group_size : 0) < need) k++;
  }
  ShStrBuilder sb;
  sh_sb_init(&sb);
  /* grouped digits into a C buffer */
  size_t glen = k + (sep && group_size > 0 && k ? (k - 1) / group_size : 0);
  char *g = sh_mem_alloc(glen + 1);
  if (!g) return sh_err_no_memory();
  {
    size_t out = glen, cnt = 0;
    for (size_t i = 0; i < k; i++) {
      char c = i < ndigits ? digits[ndigits - 1 - i] : '0';
      if (sep && group_size > 0 && cnt == (size_t)group_size) {
        g[--out] = sep;
        cnt = 0;
      }
      g[--out] = c;
      cnt++;
    }
    g[glen] = 0;
  }
  size_t total = slen + plen + glen + rlen;
  size_t pad = width > total ? width - total : 0;
  size_t left = 0, mid = 0, right = 0;
  switch (align) {
  case '<': right = pad; break;
  case '^': left = pad / 2; right = pad - left; break;
  case '=': mid = pad; break;
  default: left = pad; break;
  }
  int rc = 0;
  for (size_t i = 0; i < left && rc == 0; i++) rc = sh_sb_append_char(&sb, fill);
  if (sign && rc == 0) rc = sh_sb_append(&sb, &sign, 1);
  if (rc == 0) rc = sh_sb_append(&sb, prefix, plen);
  for (size_t i = 0; i < mid && rc == 0; i++) rc = sh_sb_append_char(&sb, fill);
  if (rc == 0) rc = sh_sb_append(&sb, g, glen);
  if (rc == 0) rc = sh_sb_append(&sb, rest, rlen);
  for (size_t i = 0; i < right && rc == 0; i++) rc = sh_sb_append_char(&sb, fill);
  sh_mem_free(g);
  if (rc < 0) {
    sh_sb_discard(&sb);
    return NULL;
  }
  return sh_sb_finish(&sb);
}

static char sign_char(const ShFormatSpec *spec, bool negative) {
  if (negative) return '-';
  if (spec->sign == '+') return '+';
  if (spec->sign == ' ') return ' ';
  return 0;
}

/* ---------------------------------------------------------------- int */

static ShObject *unknown_code(char type, const char *tname) {
  return sh_err_format(&sh_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                       type, tname);
}

ShObject *sh_int_format(ShObject *o, ShObject *spec_str) {
  if (SH_STR_LEN(spec_str) == 0) return sh_object_str(o);
  ShFormatSpec spec;
  if (sh_format_spec_parse(spec_str, &spec) < 0) return NULL;
  char type = spec.type ? spec.type : 'd';
  const char *tname = SH_TYPE(o)->name;
  switch (type) {
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
    double d = sh_int_as_double(o);
    if (d == -1.0 && sh_err_occurred()) return NULL;
    return sh_float_format_spec(d, &spec, tname);
  }
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
  default: return unknown_code(type, tname);
  }
  if (spec.no_neg_zero) {
    sh_err_set_string(&sh_exc_ValueError,
                      "Negative zero coercion (z) not allowed in integer format specifier");
    return NULL;
  }
  if (spec.precision >= 0) {
    sh_err_set_string(&sh_exc_ValueError, "Precision not allowed in integer format specifier");
    return NULL;
  }
  if (spec.grouping && (type == 'c' || type == 'n' ||
                        (spec.grouping == ',' && type != 'd'))) {
    return sh_err_format(&sh_exc_ValueError, "Cannot specify '%c' with '%c'.", spec.grouping,
                         type);
  }
  int sgn = sh_int_sign(o);
  if (type == 'c') {
    if (spec.sign) {
      sh_err_set_string(&sh_exc_ValueError,
                        "Sign not allowed with integer format specifier 'c'");
      return NULL;
    }
    if (spec.alternate) {
      sh_err_set_string(&sh_exc_ValueError,
                        "Alternate form (#) not allowed with integer format specifier 'c'");
      return NULL;
    }
    bool ovf;
    int64_t v = sh_int_as_i64(o, &ovf);
    if (ovf || v < 0 || v > 0x10ffff) {
      sh_err_set_string(&sh_exc_OverflowError, "%c arg not in range(0x110000)");
      return NULL;
    }
    char u[5];
    size_t n;
    uint32_t cp = (uint32_t)v;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xc0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 63)); n = 2; }
    else if (cp < 0x10000) {
      u[0] = (char)(0xe0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 63));
      u[2] = (char)(0x80 | (cp & 63)); n = 3;
    } else {
      u[0] = (char)(0xf0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 63));
      u[2] = (char)(0x80 | ((cp >> 6) & 63)); u[3] = (char)(0x80 | (cp & 63)); n = 4;
    }
    u[n] = 0;
    ShFormatSpec s2 = spec;
    s2.grouping = 0;
    return sh_number_layout(&s2, 0, "", "", 0, u, 0);
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  size_t len;
  char *buf = sh_int_to_cstr_base(o, base, &len);
  if (!buf) return NULL;
  const char *digits = buf;
  if (*digits == '-') {
    digits++;
    len--;
  }
  if (type == 'X')
    for (char *p = buf; *p; p++)
      if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
  const char *prefix = "";
  if (spec.alternate) {
    prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
  }
  ShObject *r = sh_number_layout(&spec, sign_char(&spec, sgn < 0), prefix, digits, len, "",
                                 base == 10 ? 3 : 4);
  sh_mem_free(buf);
  return r;
}

/* -------------------------------------------------------------- float */

static void upper(char *s) {
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 32);
}

/* Drops trailing zeros of the fraction (and a bare '.') before any 'e'. */
static void strip_zeros(char *s) {
  char *dot = strchr(s, '.');
  if (!dot) return;
  char *e = strchr(s, 'e');
  char *end = e ? e : s + strlen(s);
  char *p = end;
  while (p > dot + 1 && p[-1] == '0') p--;
  if (p == dot + 1) p = dot;
  memmove(p, end, strlen(end) + 1);
}

ShObject *sh_float_format_spec(double v, const ShFormatSpec *spec_in, const char *tname) {
  ShFormatSpec spec = *spec_in;
  char type = spec.type;
  switch (type) {
  case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n': break;
  default: return unknown_code(type, tname);
  }
  if (type == 'n' && spec.grouping)
    return sh_err_format(&sh_exc_ValueError, "Cannot specify '%c' with 'n'.", spec.grouping);
  bool neg = signbit(v) && !isnan(v);
  double a = fabs(v);
  intptr_t prec = spec.precision;
  size_t cap = 64 + (prec > 0 ? (size_t)prec : 0) + 330;
  char *buf = sh_mem_alloc(cap + 2);
  if (!buf) return sh_err_no_memory();
  bool finite = isfinite(a);
  bool pct = type == '%';
  if (!finite) {
    strcpy(buf, isnan(a) ? "nan" : "inf");
    if (type == 'E' || type == 'F' || type == 'G') upper(buf);
    if (pct) strcat(buf, "%");
  } else if (type == 'e' || type == 'E') {
    snprintf(buf, cap, spec.alternate ? "%#.*e" : "%.*e", (int)(prec < 0 ? 6 : prec), a);
    if (type == 'E') upper(buf);
  } else if (type == 'f' || type == 'F' || pct) {
    snprintf(buf, cap, spec.alternate ? "%#.*f" : "%.*f", (int)(prec < 0 ? 6 : prec),
             pct ? a * 100.0 : a);
    if (pct) strcat(buf, "%");
  } else if (type == 'g' || type == 'G' || type == 'n') {
    int p = (int)(prec < 0 ? 6 : prec == 0 ? 1 : prec);
    snprintf(buf, cap, spec.alternate ? "%#.*g" : "%.*g", p, a);
    if (type == 'G') upper(buf);
  } else if (prec < 0) {
    sh_float_repr_buf(a, buf, cap);
  } else {
    /* '' with a precision: like 'g' but switching to exponent one digit
       sooner and keeping a ".0" on integral values */
    int p = (int)(prec == 0 ? 1 : prec);
    snprintf(buf, cap, "%.*e", p - 1, a);
    int x = atoi(strchr(buf, 'e') + 1);
    if (x < -4 || x >= p - 1) {
      if (!spec.alternate) strip_zeros(buf);
    } else {
      snprintf(buf, cap, "%.*f", p - 1 - x, a);
      if (!spec.alternate) strip_zeros(buf);
      if (!strchr(buf, '.')) strcat(buf, ".0");
    }
  }
  if (neg && spec.no_neg_zero && finite) {
    bool allzero = true;
    for (char *p = buf; *p && *p != 'e' && *p != 'E'; p++)
      if (*p >= '1' && *p <= '9') allzero = false;
    if (allzero) neg = false;
  }
  size_t nd = 0;
  if (finite)
    while (buf[nd] >= '0' && buf[nd] <= '9') nd++;
  if (!finite) spec.grouping = 0;
  ShObject *r = sh_number_layout(&spec, sign_char(&spec, neg), "", buf, nd, buf + nd, 3);
  sh_mem_free(buf);
  return r;
}

ShObject *sh_float_format(ShObject *o, ShObject *spec_str) {
  if (SH_STR_LEN(spec_str) == 0) return sh_object_str(o);
  ShFormatSpec spec;
  if (sh_format_spec_parse(spec_str, &spec) < 0) return NULL;
  return sh_float_format_spec(SH_FLOAT_VALUE(o), &spec, SH_TYPE(o)->name);
}
