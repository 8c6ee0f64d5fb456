/* printf-style formatting: `str % args` and `bytes % args` share this one
   engine; the output is UTF-8 text for str, raw bytes for bytes. */
#include <stdio.h>
#include <string.h>

#include "str_internal.h"

/* a growable byte buffer: the str builder's (str.h) */
typedef ShStrBuilder Out;

static int out_put(Out *o, const void *p, size_t n) { return sh_sb_append(o, p, n); }

static int out_fill(Out *o, char c, intptr_t n) {
  for (intptr_t i = 0; i < n; i++)
    if (out_put(o, &c, 1) < 0) return -1;
  return 0;
}

static int out_char(Out *o, uint32_t c, bool is_bytes) {
  if (is_bytes || c < 0x80) {
    char ch = (char)c;
    return out_put(o, &ch, 1);
  }
  char u[4];
  size_t n;
  if (c < 0x800) {
    u[0] = (char)(0xC0 | (c >> 6));
    u[1] = (char)(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    u[0] = (char)(0xE0 | (c >> 12));
    u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    u[2] = (char)(0x80 | (c & 0x3F));
    n = 3;
  } else {
    u[0] = (char)(0xF0 | (c >> 18));
    u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    u[3] = (char)(0x80 | (c & 0x3F));
    n = 4;
  }
  return out_put(o, u, n);
}

/* Appends a str (text mode) or the bytes of a bytes object (bytes mode),
   limited to `prec` characters when prec >= 0. */
static int out_obj(Out *o, ShObject *s, intptr_t prec, bool is_bytes) {
  if (is_bytes) {
    intptr_t n = SH_BYTES_SIZE(s);
    if (prec >= 0 && prec < n) n = prec;
    return out_put(o, SH_BYTES_DATA(s), (size_t)n);
  }
  intptr_t n = SH_STR_LEN(s);
  if (prec >= 0 && prec < n) n = prec;
  for (intptr_t i = 0; i < n; i++)
    if (out_char(o, SH_STR_CHAR(s, i), false) < 0) return -1;
  return 0;
}

static intptr_t obj_len(ShObject *s, bool is_bytes) {
  return is_bytes ? SH_BYTES_SIZE(s) : SH_STR_LEN(s);
}

typedef struct {
  bool minus, plus, space, alt, zero;
  intptr_t width, prec;
} Flags;

/* Integer conversions d i u o x X: text with sign, prefix, precision. */
static ShObject *format_int(ShObject *v, char conv, Flags *f) {
  char spec[3] = {conv == 'X' ? 'X' : conv == 'x' ? 'x' : conv == 'o' ? 'o' : 'd', 0, 0};
  ShObject *sp = sh_str_from_cstr(spec);
  if (!sp) return NULL;
  ShObject *digits = sh_object_format(v, sp);
  sh_decref(sp);
  if (!digits) return NULL;
  const char *d = sh_str_utf8(digits);
  if (!d) {
    sh_decref(digits);
    return NULL;
  }
  bool neg = d[0] == '-';
  if (neg) d++;
  size_t nd = strlen(d);
  ShStrBuilder sb;
  sh_sb_init(&sb);
  int rc = 0;
  if (neg)
    rc = sh_sb_append(&sb, "-", 1);
  else if (f->plus)
    rc = sh_sb_append(&sb, "+", 1);
  else if (f->space)
    rc = sh_sb_append(&sb, " ", 1);
  if (rc == 0 && f->alt && conv != 'd' && conv != 'i' && conv != 'u') {
    const char *pre = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
    rc = sh_sb_append(&sb, pre, 2);
  }
  size_t prefix = sb.len;
  for (intptr_t k = (intptr_t)nd; rc == 0 && k < f->prec; k++)
    rc = sh_sb_append(&sb, "0", 1);
  if (rc == 0) rc = sh_sb_append(&sb, d, nd);
  /* zero padding goes between sign/prefix and digits */
  if (rc == 0 && f->zero && !f->minus && f->width > (intptr_t)sb.len) {
    size_t pad = (size_t)f->width - sb.len;
    ShStrBuilder sb2;
    sh_sb_init(&sb2);
    rc = sh_sb_append(&sb2, sb.buf, prefix);
    for (size_t k = 0; rc == 0 && k < pad; k++)
      rc = sh_sb_append(&sb2, "0", 1);
    if (rc == 0) rc = sh_sb_append(&sb2, sb.buf + prefix, sb.len - prefix);
    sh_sb_discard(&sb);
    sb = sb2;
  }
  sh_decref(digits);
  if (rc < 0) {
    sh_sb_discard(&sb);
    return NULL;
  }
  return sh_sb_finish(&sb);
}

static ShObject *format_float(double x, char conv, Flags *f) {
  char cf[32];
  int k = 0;
  cf[k++] = '%';
  if (f->minus) cf[k++] = '-';
  if (f->plus) cf[k++] = '+';
  if (f->space) cf[k++] = ' ';
  if (f->alt) cf[k++] = '#';
  if (f->zero) cf[k++] = '0';
  cf[k++] = '*';
  cf[k++] = '.';
  cf[k++] = '*';
  cf[k++] = conv;
  cf[k] = 0;
  int prec = f->prec < 0 ? 6 : (int)f->prec;
  int width = f->width < 0 ? 0 : (int)f->width;
  int n = snprintf(NULL, 0, cf, width, prec, x);
  char *buf = sh_mem_alloc((size_t)n + 1);
  if (!buf) return sh_err_no_memory();
  snprintf(buf, (size_t)n + 1, cf, width, prec, x);
  ShObject *r = sh_str_from_ascii(buf, (size_t)n);
  sh_mem_free(buf);
  return r;
}

static bool has_index(ShObject *v) {
  return SH_INT_CHECK(v) || (SH_TYPE(v)->as_number && SH_TYPE(v)->as_number->index);
}

/* Converts one argument for conversion `c`; returns the piece (str in text
   mode, bytes in bytes mode) and whether width padding is still to do. */
static ShObject *convert(ShObject *v, char c, Flags *f, bool is_bytes, bool *padded) {
  *padded = false;
  switch (c) {
  case 's':
  case 'b':
  case 'r':
  case 'a': {
    if (!is_bytes) {
      return c == 's' ? sh_object_str(v) : c == 'r' ? sh_object_repr(v) : sh_object_ascii(v);
    }
    if (c == 'r' || c == 'a') {
      ShObject *s = sh_object_ascii(v);
      if (!s) return NULL;
      ShObject *b = sh_str_encode(s, "ascii", "strict");
      sh_decref(s);
      return b;
    }
    if (SH_BYTES_CHECK(v) || sh_type_check(v, &sh_type_bytearray)) return sh_bytes_from_object(v);
    ShObject *meth = sh_object_lookup_special(v, sh_str_intern_cstr("__bytes__"));
    if (meth) {
      ShObject *b = sh_call0(meth);
      sh_decref(meth);
      return b;
    }
    if (sh_err_occurred()) return NULL;
    return sh_err_format(&sh_exc_TypeError,
                         "%%b requires a bytes-like object, or an object that implements "
                         "__bytes__, not '%T'",
                         v);
  }
  case 'd':
  case 'i':
  case 'u':
  case 'o':
  case 'x':
  case 'X': {
    ShObject *iv;
    if (SH_INT_CHECK(v)) {
      iv = sh_newref(v);
    } else if (c != 'o' && c != 'x' && c != 'X' && SH_FLOAT_CHECK(v)) {
      iv = sh_number_long(v);
    } else if (has_index(v)) {
      iv = sh_number_index(v);
    } else if (c != 'o' && c != 'x' && c != 'X' && SH_TYPE(v)->as_number &&
               (SH_TYPE(v)->as_number->int_ || SH_TYPE(v)->as_number->float_)) {
      iv = sh_number_long(v);
    } else if (c == 'o' || c == 'x' || c == 'X') {
      return sh_err_format(&sh_exc_TypeError, "%%%c format: an integer is required, not %T", c, v);
    } else {
      return sh_err_format(&sh_exc_TypeError, "%%%c format: a real number is required, not %T", c,
                           v);
    }
    if (!iv) return NULL;
    ShObject *s = format_int(iv, c, f);
    sh_decref(iv);
    if (s && f->zero && !f->minus) *padded = true;
    if (s && is_bytes) {
      ShObject *b = sh_str_encode(s, "ascii", "strict");
      sh_decref(s);
      return b;
    }
    return s;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    if (!SH_FLOAT_CHECK(v) && !SH_INT_CHECK(v) &&
        !(SH_TYPE(v)->as_number && (SH_TYPE(v)->as_number->float_ || SH_TYPE(v)->as_number->index)))
      return sh_err_format(&sh_exc_TypeError, "must be real number, not %T", v);
    double x = sh_float_as_double(v);
    if (x == -1.0 && sh_err_occurred()) return NULL;
    ShObject *s = format_float(x, c, f);
    *padded = true;
    if (s && is_bytes) {
      ShObject *b = sh_str_encode(s, "ascii", "strict");
      sh_decref(s);
      return b;
    }
    return s;
  }
  case 'c': {
    if (is_bytes) {
      if (SH_BYTES_CHECK(v) && SH_BYTES_SIZE(v) == 1)
        return sh_bytes_from_data(SH_BYTES_DATA(v), 1);
      if (sh_type_check(v, &sh_type_bytearray)) {
        ShObject *b = sh_bytes_from_object(v); /* one state of it */
        if (!b || SH_BYTES_SIZE(b) == 1) return b;
        sh_decref(b);
      }
      if (!has_index(v))
        return sh_err_format(&sh_exc_TypeError,
                             "%%c requires an integer in range(256) or a single byte");
      intptr_t x = sh_number_as_ssize(v, &sh_exc_OverflowError);
      if (x == -1 && sh_err_occurred()) return NULL;
      if (x < 0 || x > 255) {
        sh_err_set_string(&sh_exc_OverflowError, "%c arg not in range(256)");
        return NULL;
      }
      char ch = (char)x;
      return sh_bytes_from_data(&ch, 1);
    }
    if (SH_STR_CHECK(v)) {
      if (SH_STR_LEN(v) != 1) {
        sh_err_set_string(&sh_exc_TypeError, "%c requires int or char");
        return NULL;
      }
      return sh_newref(v);
    }
    if (!SH_INT_CHECK(v)) {
      sh_err_set_string(&sh_exc_TypeError, "%c requires int or char");
      return NULL;
    }
    bool ovf = false;
    int64_t x = sh_int_as_i64(v, &ovf);
    if (ovf || x < 0 || x > 0x10FFFF) {
      sh_err_set_string(&sh_exc_OverflowError, "%c arg not in range(0x110000)");
      return NULL;
    }
    return sh_str_from_char((uint32_t)x);
  }
  default: return NULL;
  }
}

static uint32_t fmt_char(ShObject *fmt, intptr_t i, bool is_bytes) {
  return is_bytes ? (uint8_t)SH_BYTES_DATA(fmt)[i] : SH_STR_CHAR(fmt, i);
}

ShObject *sh_percent_format(ShObject *fmt, ShObject *args, bool is_bytes) {
  intptr_t n = is_bytes ? SH_BYTES_SIZE(fmt) : SH_STR_LEN(fmt);
  Out out = {NULL, 0, 0};
  ShObject *dict = NULL;
  intptr_t argidx = 0, arglen;
  bool tuple = SH_TUPLE_CHECK(args);
  if (tuple) {
    arglen = SH_TUPLE_SIZE(args);
  } else {
    arglen = -1;
    bool text = is_bytes ? SH_BYTES_CHECK(args) : SH_STR_CHECK(args);
    if (SH_TYPE(args)->as_mapping && SH_TYPE(args)->as_mapping->subscript && !text) dict = args;
  }
#define NEXT_ARG()                                                                                 \
  (arglen < 0 ? (argidx == 0 ? (argidx++, args) : NULL)                                            \
              : (argidx < arglen ? SH_TUPLE_GET(args, argidx++) : NULL))
  intptr_t i = 0;
  while (i < n) {
    uint32_t c = fmt_char(fmt, i, is_bytes);
    if (c != '%') {
      if (out_char(&out, c, is_bytes) < 0) goto fail;
      i++;
      continue;
    }
    i++;
    if (i >= n) {
      sh_err_set_string(&sh_exc_ValueError, "incomplete format");
      goto fail;
    }
    ShObject *v = NULL, *owned = NULL;
    if (fmt_char(fmt, i, is_bytes) == '(') {
      if (!dict) {
        sh_err_set_string(&sh_exc_TypeError, "format requires a mapping");
        goto fail;
      }
      intptr_t depth = 1, ks = ++i;
      while (i < n && depth > 0) {
        uint32_t d = fmt_char(fmt, i, is_bytes);
        if (d == '(')
          depth++;
        else if (d == ')')
          depth--;
        i++;
      }
      if (depth > 0) {
        sh_err_set_string(&sh_exc_ValueError, "incomplete format key");
        goto fail;
      }
      ShObject *key = is_bytes ? sh_bytes_from_data(SH_BYTES_DATA(fmt) + ks, (size_t)(i - 1 - ks))
                               : sh_str_substring(fmt, ks, i - 1);
      if (!key) goto fail;
      owned = sh_object_getitem(dict, key);
      sh_decref(key);
      if (!owned) goto fail;
      v = owned;
      arglen = -1;
      argidx = -2;
    }
    Flags f = {false, false, false, false, false, -1, -1};
    for (; i < n; i++) {
      uint32_t d = fmt_char(fmt, i, is_bytes);
      if (d == '-')
        f.minus = true;
      else if (d == '+')
        f.plus = true;
      else if (d == ' ')
        f.space = true;
      else if (d == '#')
        f.alt = true;
      else if (d == '0')
        f.zero = true;
      else
        break;
    }
    for (int part = 0; part < 2; part++) {
      intptr_t *target = part ? &f.prec : &f.width;
      if (part) {
        if (i < n && fmt_char(fmt, i, is_bytes) == '.') {
          i++;
          f.prec = 0;
        } else
          break;
      }
      if (i < n && fmt_char(fmt, i, is_bytes) == '*') {
        i++;
        ShObject *w = NEXT_ARG();
        if (!w) {
          sh_err_set_string(&sh_exc_TypeError, "not enough arguments for format string");
          goto fail_v;
        }
        if (!SH_INT_CHECK(w)) {
          sh_err_set_string(&sh_exc_TypeError, "* wants int");
          goto fail_v;
        }
        intptr_t x = sh_int_as_ssize(w);
        if (x == -1 && sh_err_occurred()) goto fail_v;
        if (!part && x < 0) {
          f.minus = true;
          x = -x;
        }
        *target = part && x < 0 ? 0 : x;
      } else {
        while (i < n) {
          uint32_t d = fmt_char(fmt, i, is_bytes);
          if (d < '0' || d > '9') break;
          if (*target < 0) *target = 0;
          *target = *target * 10 + (intptr_t)(d - '0');
          i++;
        }
      }
    }
    while (i < n) {
      uint32_t d = fmt_char(fmt, i, is_bytes);
      if (d != 'h' && d != 'l' && d != 'L') break;
      i++;
    }
    if (i >= n) {
      sh_err_set_string(&sh_exc_ValueError, "incomplete format");
      goto fail_v;
    }
    uint32_t conv = fmt_char(fmt, i++, is_bytes);
    if (conv == '%') {
      if (out_put(&out, "%", 1) < 0) goto fail_v;
      sh_xdecref(owned);
      continue;
    }
    if (!strchr(is_bytes ? "sbradiuoxXeEfFgGc" : "sradiuoxXeEfFgGc", (int)conv) || conv == 0) {
      if (conv > 32 && conv < 127)
        sh_err_format(&sh_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                      (int)conv, (unsigned)conv, i - 1);
      else
        sh_err_format(&sh_exc_ValueError,
                      "unsupported format character '\\x%x' (0x%x) at index %zd", (unsigned)conv,
                      (unsigned)conv, i - 1);
      goto fail_v;
    }
    if (!v) {
      v = NEXT_ARG();
      if (!v) {
        sh_err_set_string(&sh_exc_TypeError, "not enough arguments for format string");
        goto fail;
      }
    }
    if (conv == 's' || conv == 'r' || conv == 'a' || conv == 'b' || conv == 'c') f.zero = false;
    bool padded;
    ShObject *piece = convert(v, (char)conv, &f, is_bytes, &padded);
    sh_xdecref(owned);
    owned = NULL;
    if (!piece) goto fail;
    intptr_t prec = (conv == 's' || conv == 'r' || conv == 'a' || conv == 'b') ? f.prec : -1;
    intptr_t len = obj_len(piece, is_bytes);
    if (prec >= 0 && prec < len) len = prec;
    int rc = 0;
    if (!padded && f.width > len && !f.minus) rc = out_fill(&out, ' ', f.width - len);
    if (rc == 0) rc = out_obj(&out, piece, prec, is_bytes);
    if (rc == 0 && !padded && f.width > len && f.minus) rc = out_fill(&out, ' ', f.width - len);
    sh_decref(piece);
    if (rc < 0) goto fail;
    continue;
  fail_v:
    sh_xdecref(owned);
    goto fail;
  }
  if (arglen >= 0 ? argidx < arglen : (argidx == 0 && !dict)) {
    sh_err_set_string(&sh_exc_TypeError, "not all arguments converted during string formatting");
    goto fail;
  }
  ShObject *r;
  if (is_bytes) {
    r = sh_bytes_from_data(out.buf ? out.buf : "", out.len);
    sh_mem_free(out.buf);
  } else {
    ShStrBuilder sb = {out.buf, out.len, out.cap};
    r = sh_sb_finish(&sb);
  }
  return r;
fail:
  sh_mem_free(out.buf);
  return NULL;
#undef NEXT_ARG
}

ShObject *sh_str_percent_format(ShObject *fmt, ShObject *args) {
  return sh_percent_format(fmt, args, false);
}
