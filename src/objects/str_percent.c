/* printf-style formatting: `str % args` and `bytes % args` share this one
   engine, writing into one str writer (raw bytes in bytes mode); numbers
   are formatted here directly, never through __format__. */
#include <math.h>
#include <string.h>

#include "int_internal.h"
#include "str_internal.h"

typedef ShStrWriter Out;

typedef struct {
  bool minus, plus, space, alt, zero;
  intptr_t width, prec;
} Flags;

/* [sign][prefix][zeros][body] padded to the width: spaces on the left,
   spaces on the right with '-', zeros after the prefix with '0'. All of it
   ASCII, so it goes in with one reservation. */
static int put_number(Out *o, const Flags *f, char sign, const char *prefix, size_t plen,
                      size_t zeros, const char *body, size_t blen) {
  if (o->kind != 1) { /* the text so far is wide: compose apart, then copy */
    Out tmp;
    sh_sw_init(&tmp);
    int rc = put_number(&tmp, f, sign, prefix, plen, zeros, body, blen);
    if (rc == 0) rc = sh_sw_write_ascii(o, tmp.data, tmp.len);
    sh_sw_discard(&tmp);
    return rc;
  }
  size_t len = (sign ? 1 : 0) + plen + zeros + blen;
  size_t width = f->width > 0 ? (size_t)f->width : 0;
  size_t pad = width > len ? width - len : 0, left = 0, right = 0;
  if (f->minus)
    right = pad;
  else if (f->zero)
    zeros += pad;
  else
    left = pad;
  size_t total = len + pad;
  char *p = sh_sw_reserve_ascii(o, (intptr_t)total);
  if (!p) return -1;
  memset(p, ' ', left);
  p += left;
  if (sign) *p++ = sign;
  memcpy(p, prefix, plen);
  p += plen;
  memset(p, '0', zeros);
  p += zeros;
  memcpy(p, body, blen);
  p += blen;
  memset(p, ' ', right);
  sh_sw_commit(o, (intptr_t)total);
  return 0;
}

static char sign_of(const Flags *f, bool neg) {
  return neg ? '-' : f->plus ? '+' : f->space ? ' ' : 0;
}

/* Integer conversions d i u o x X of an int (any subclass: the digits, not
   its __str__ or __format__). */
static int format_int(Out *o, ShObject *v, char conv, const Flags *f) {
  int shift = conv == 'o' ? 3 : (conv == 'x' || conv == 'X') ? 4 : 0;
  const char *prefix = "";
  if (f->alt && shift) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
  size_t plen = strlen(prefix);
  if (SH_INT_IS_SMALL(v)) {
    int64_t x = SH_INT_SMALL_VALUE(v);
    uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    char buf[32], *end = buf + sizeof buf, *d;
    if (shift) {
      const char *hex = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
      unsigned mask = (1u << shift) - 1;
      d = end;
      do {
        *--d = hex[m & mask];
        m >>= shift;
      } while (m);
    } else {
      d = sh_u64_to_decimal(m, end);
    }
    size_t nd = (size_t)(end - d);
    size_t zeros = f->prec > (intptr_t)nd ? (size_t)f->prec - nd : 0;
    return put_number(o, f, sign_of(f, x < 0), prefix, plen, zeros, d, nd);
  }
  const char *lim_msg = "Exceeds the limit (%ld digits) for integer string conversion; use "
                        "sys.set_int_max_str_digits() to increase the limit";
  int64_t lim = shift ? 0 : sh_int_get_max_str_digits();
  if (lim > 0 && (int64_t)mpz_sizeinbase(((ShInt *)v)->value, 10) - 1 > lim) {
    sh_err_format(&sh_exc_ValueError, lim_msg, (long)lim);
    return -1;
  }
  size_t len;
  char *buf = sh_int_to_cstr_base(v, shift ? 1 << shift : 10, &len);
  if (!buf) return -1;
  char *d = buf;
  bool neg = *d == '-';
  if (neg) {
    d++;
    len--;
  }
  if (lim > 0 && (int64_t)len > lim) {
    sh_mem_free(buf);
    sh_err_format(&sh_exc_ValueError, lim_msg, (long)lim);
    return -1;
  }
  if (conv == 'X')
    for (char *p = d; *p; p++)
      if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
  size_t zeros = f->prec > (intptr_t)len ? (size_t)f->prec - len : 0;
  int rc = put_number(o, f, sign_of(f, neg), prefix, plen, zeros, d, len);
  sh_mem_free(buf);
  return rc;
}

static int format_float(Out *o, double x, char conv, const Flags *f) {
  char small[400];
  size_t cap = sh_float_body_cap(f->prec);
  char *buf = cap <= sizeof small ? small : sh_mem_alloc(cap);
  if (!buf) {
    sh_err_no_memory();
    return -1;
  }
  size_t nint;
  size_t n = sh_float_body(fabs(x), conv, f->prec, f->alt, buf, &nint);
  int rc = put_number(o, f, sign_of(f, signbit(x) && !isnan(x)), "", 0, 0, buf, n);
  if (buf != small) sh_mem_free(buf);
  return rc;
}

/* A str (text mode) or bytes (bytes mode) piece, cut to prec and padded
   with spaces to the width. */
static int put_piece(Out *o, ShObject *s, const Flags *f, bool is_bytes) {
  intptr_t n = is_bytes ? SH_BYTES_SIZE(s) : SH_STR_LEN(s);
  if (f->prec >= 0 && f->prec < n) n = f->prec;
  intptr_t pad = f->width > n ? f->width - n : 0;
  if (pad && !f->minus && sh_sw_write_fill(o, ' ', pad) < 0) return -1;
  int rc = is_bytes ? sh_sw_write_bytes(o, SH_BYTES_DATA(s), n) : sh_sw_write_substr(o, s, 0, n);
  if (rc < 0) return -1;
  if (pad && f->minus && sh_sw_write_fill(o, ' ', pad) < 0) return -1;
  return 0;
}

static bool has_index(ShObject *v) {
  return SH_INT_CHECK(v) || (SH_TYPE(v)->as_number && SH_TYPE(v)->as_number->index);
}

/* The text piece of %s %r %a %b (a new reference: str in text mode, bytes
   in bytes mode). */
static ShObject *text_piece(ShObject *v, char c, bool is_bytes) {
  if (!is_bytes)
    return c == 's' ? sh_object_str(v) : c == 'r' ? sh_object_repr(v) : sh_object_ascii(v);
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

/* The one-character piece of %c (new reference), or NULL. */
static ShObject *char_piece(ShObject *v, bool is_bytes) {
  if (is_bytes) {
    if (SH_BYTES_CHECK(v) && SH_BYTES_SIZE(v) == 1) return sh_bytes_from_data(SH_BYTES_DATA(v), 1);
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
  if (!has_index(v)) {
    sh_err_set_string(&sh_exc_TypeError, "%c requires int or char");
    return NULL;
  }
  ShObject *iv = sh_number_index(v);
  if (!iv) return NULL;
  bool ovf = false;
  int64_t x = sh_int_as_i64(iv, &ovf);
  sh_decref(iv);
  if (ovf || x < 0 || x > 0x10FFFF) {
    sh_err_set_string(&sh_exc_OverflowError, "%c arg not in range(0x110000)");
    return NULL;
  }
  return sh_str_from_char((uint32_t)x);
}

/* Converts one argument for conversion `c` and writes it out. */
static int convert(Out *o, ShObject *v, char c, Flags *f, bool is_bytes) {
  switch (c) {
  case 's':
  case 'b':
  case 'r':
  case 'a': {
    if (c == 's' && !is_bytes && SH_STR_CHECK_EXACT(v)) return put_piece(o, v, f, false);
    ShObject *piece = text_piece(v, c, is_bytes);
    if (!piece) return -1;
    int rc = put_piece(o, piece, f, is_bytes);
    sh_decref(piece);
    return rc;
  }
  case 'd':
  case 'i':
  case 'u':
  case 'o':
  case 'x':
  case 'X': {
    if (SH_INT_CHECK(v)) return format_int(o, v, c, f);
    ShObject *iv;
    if (c != 'o' && c != 'x' && c != 'X' && SH_FLOAT_CHECK(v)) {
      iv = sh_number_long(v);
    } else if (has_index(v)) {
      iv = sh_number_index(v);
    } else if (c != 'o' && c != 'x' && c != 'X' && SH_TYPE(v)->as_number &&
               (SH_TYPE(v)->as_number->int_ || SH_TYPE(v)->as_number->float_)) {
      iv = sh_number_long(v);
    } else if (c == 'o' || c == 'x' || c == 'X') {
      sh_err_format(&sh_exc_TypeError, "%%%c format: an integer is required, not %T", c, v);
      return -1;
    } else {
      sh_err_format(&sh_exc_TypeError, "%%%c format: a real number is required, not %T", c, v);
      return -1;
    }
    if (!iv) {
      if (sh_err_matches(&sh_exc_TypeError)) {
        sh_err_clear();
        if (c == 'o' || c == 'x' || c == 'X')
          sh_err_format(&sh_exc_TypeError, "%%%c format: an integer is required, not %T", c, v);
        else
          sh_err_format(&sh_exc_TypeError, "%%%c format: a real number is required, not %T", c, v);
      }
      return -1;
    }
    int rc = format_int(o, iv, c, f);
    sh_decref(iv);
    return rc;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    double x;
    if (SH_FLOAT_CHECK_EXACT(v)) {
      x = SH_FLOAT_VALUE(v);
    } else {
      if (!SH_FLOAT_CHECK(v) && !SH_INT_CHECK(v) &&
          !(SH_TYPE(v)->as_number &&
            (SH_TYPE(v)->as_number->float_ || SH_TYPE(v)->as_number->index))) {
        sh_err_format(&sh_exc_TypeError, "must be real number, not %T", v);
        return -1;
      }
      x = sh_float_as_double(v);
      if (x == -1.0 && sh_err_occurred()) return -1;
    }
    return format_float(o, x, c, f);
  }
  case 'c': {
    ShObject *piece = char_piece(v, is_bytes);
    if (!piece) return -1;
    int rc = put_piece(o, piece, f, is_bytes);
    sh_decref(piece);
    return rc;
  }
  default: return -1;
  }
}

static uint32_t fmt_char(ShObject *fmt, intptr_t i, bool is_bytes) {
  return is_bytes ? (uint8_t)SH_BYTES_DATA(fmt)[i] : SH_STR_CHAR(fmt, i);
}

/* The index of the next '%' at or after i (n when none). */
static intptr_t next_percent(ShObject *fmt, intptr_t i, intptr_t n, bool is_bytes) {
  int kind = is_bytes ? 1 : SH_STR_KIND(fmt);
  const void *d = is_bytes ? (const void *)SH_BYTES_DATA(fmt) : SH_STR_DATA(fmt);
  if (kind == 1) {
    const char *p = memchr((const char *)d + i, '%', (size_t)(n - i));
    return p ? p - (const char *)d : n;
  }
  while (i < n && sh_str_read(kind, d, i) != '%')
    i++;
  return i;
}

ShObject *sh_percent_format(ShObject *fmt, ShObject *args, bool is_bytes) {
  intptr_t n = is_bytes ? SH_BYTES_SIZE(fmt) : SH_STR_LEN(fmt);
  Out out;
  sh_sw_init(&out);
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
    intptr_t pc = next_percent(fmt, i, n, is_bytes);
    if (pc > i) {
      int rc = is_bytes ? sh_sw_write_bytes(&out, SH_BYTES_DATA(fmt) + i, pc - i)
                        : sh_sw_write_substr(&out, fmt, i, pc - i);
      if (rc < 0) goto fail;
    }
    if (pc >= n) break;
    i = pc + 1;
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
      if (sh_sw_write_ascii(&out, "%", 1) < 0) goto fail_v;
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
    if (conv == 'c') f.prec = -1;
    int rc = convert(&out, v, (char)conv, &f, is_bytes);
    sh_xdecref(owned);
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
  return is_bytes ? sh_sw_finish_bytes(&out) : sh_sw_finish(&out);
fail:
  sh_sw_discard(&out);
  return NULL;
#undef NEXT_ARG
}

ShObject *sh_str_percent_format(ShObject *fmt, ShObject *args) {
  return sh_percent_format(fmt, args, false);
}
