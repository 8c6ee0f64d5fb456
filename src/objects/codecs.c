/* The built-in codecs: UTF-8, ASCII and Latin-1 encode/decode with the
   strict, replace, ignore, backslashreplace, surrogateescape, surrogatepass
   and xmlcharrefreplace error handlers, raising UnicodeError as CPython. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "str_internal.h"

int sh_codec_lookup(const char *encoding) {
  char norm[32];
  size_t n = 0;
  for (const char *p = encoding; *p; p++) {
    if (n + 1 >= sizeof norm) goto unknown;
    char c = (char)tolower((unsigned char)*p);
    norm[n++] = (c == '_' || c == ' ') ? '-' : c;
  }
  norm[n] = 0;
  static const char *utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
  static const char *ascii[] = {"ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", NULL};
  static const char *latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1",   "8859", "cp819",
                                 "latin",   "l1",     "iso-ir-100", "csisolatin1", NULL};
  for (int i = 0; utf8[i]; i++)
    if (!strcmp(norm, utf8[i])) return SH_ENC_UTF8;
  for (int i = 0; ascii[i]; i++)
    if (!strcmp(norm, ascii[i])) return SH_ENC_ASCII;
  for (int i = 0; latin1[i]; i++)
    if (!strcmp(norm, latin1[i])) return SH_ENC_LATIN1;
unknown:
  sh_err_format(&sh_exc_LookupError, "unknown encoding: %s", encoding);
  return -1;
}

static const char *enc_name(int enc) {
  return enc == SH_ENC_UTF8 ? "utf-8" : enc == SH_ENC_ASCII ? "ascii" : "latin-1";
}

enum {
  H_STRICT,
  H_REPLACE,
  H_IGNORE,
  H_BACKSLASH,
  H_SURROGATEESCAPE,
  H_SURROGATEPASS,
  H_XMLREF,
  H_UNKNOWN
};

static int handler_id(const char *errors) {
  if (!errors || !strcmp(errors, "strict")) return H_STRICT;
  if (!strcmp(errors, "replace")) return H_REPLACE;
  if (!strcmp(errors, "ignore")) return H_IGNORE;
  if (!strcmp(errors, "backslashreplace")) return H_BACKSLASH;
  if (!strcmp(errors, "surrogateescape")) return H_SURROGATEESCAPE;
  if (!strcmp(errors, "surrogatepass")) return H_SURROGATEPASS;
  if (!strcmp(errors, "xmlcharrefreplace")) return H_XMLREF;
  return H_UNKNOWN;
}

static void unknown_handler(const char *errors) {
  sh_err_format(&sh_exc_LookupError, "unknown error handler name '%s'", errors);
}

static void raise_unicode_error(ShType *type, int enc, ShObject *object, intptr_t start,
                                intptr_t end, const char *reason) {
  ShObject *args[5];
  args[0] = sh_str_from_cstr(enc_name(enc));
  args[1] = object;
  args[2] = sh_int_from_i64(start);
  args[3] = sh_int_from_i64(end);
  args[4] = sh_str_from_cstr(reason);
  if (args[0] && args[2] && args[3] && args[4]) {
    ShObject *exc = sh_exc_new(type, args, 5);
    if (exc) {
      sh_err_raise(exc);
      sh_decref(exc);
    }
  }
  sh_xdecref(args[0]);
  sh_xdecref(args[2]);
  sh_xdecref(args[3]);
  sh_xdecref(args[4]);
}

/* ------------------------------------------------------------ decoding */

typedef struct {
  uint32_t *buf;
  intptr_t len, cap;
} CpBuf;

static int cp_put(CpBuf *b, uint32_t c) {
  if (b->len == b->cap) {
    intptr_t ncap = b->cap ? b->cap * 2 : 64;
    uint32_t *nb = sh_mem_realloc(b->buf, (size_t)ncap * sizeof *nb);
    if (!nb) {
      sh_err_no_memory();
      return -1;
    }
    b->buf = nb;
    b->cap = ncap;
  }
  b->buf[b->len++] = c;
  return 0;
}

/* Applies the decode error handler to bytes [start, end); -1 on error. */
static int decode_error(CpBuf *out, int enc, int h, const char *errors, const char *data,
                        size_t len, intptr_t start, intptr_t end, const char *reason) {
  static const char hex[] = "0123456789abcdef";
  switch (h) {
  case H_REPLACE: return cp_put(out, 0xFFFD);
  case H_IGNORE: return 0;
  case H_BACKSLASH:
    for (intptr_t i = start; i < end; i++) {
      unsigned char c = (unsigned char)data[i];
      if (cp_put(out, '\\') < 0 || cp_put(out, 'x') < 0 || cp_put(out, (uint32_t)hex[c >> 4]) < 0 ||
          cp_put(out, (uint32_t)hex[c & 15]) < 0)
        return -1;
    }
    return 0;
  case H_SURROGATEESCAPE: {
    bool ok = true;
    for (intptr_t i = start; i < end; i++)
      if ((unsigned char)data[i] < 128) ok = false;
    if (ok) {
      for (intptr_t i = start; i < end; i++)
        if (cp_put(out, 0xDC00 + (unsigned char)data[i]) < 0) return -1;
      return 0;
    }
    break;
  }
  case H_UNKNOWN: unknown_handler(errors); return -1;
  default: break;
  }
  ShObject *obj = sh_bytes_from_data(data, len);
  if (!obj) return -1;
  raise_unicode_error(&sh_exc_UnicodeDecodeError, enc, obj, start, end, reason);
  sh_decref(obj);
  return -1;
}

static bool is_cont(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

static int decode_utf8(CpBuf *out, const char *data, size_t len, int h, const char *errors) {
  const unsigned char *s = (const unsigned char *)data;
  size_t i = 0;
  while (i < len) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (cp_put(out, c) < 0) return -1;
      i++;
      continue;
    }
    int need;
    uint32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED && h != H_SURROGATEPASS) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      if (decode_error(out, SH_ENC_UTF8, h, errors, data, len, (intptr_t)i, (intptr_t)i + 1,
                       "invalid start byte") < 0)
        return -1;
      i++;
      continue;
    }
    size_t k = 1;
    bool bad = false;
    for (; k <= (size_t)need; k++) {
      if (i + k >= len) break;
      unsigned char d = s[i + k];
      if (k == 1 ? (d < lo || d > hi) : !is_cont(d)) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (d & 0x3F);
    }
    if (!bad && k == (size_t)need + 1) {
      if (cp_put(out, cp) < 0) return -1;
      i += k;
      continue;
    }
    /* k - 1 continuation bytes were valid */
    const char *reason = bad ? "invalid continuation byte" : "unexpected end of data";
    intptr_t end = (intptr_t)(i + k);
    if (bad) end = (intptr_t)(i + k);
    if (decode_error(out, SH_ENC_UTF8, h, errors, data, len, (intptr_t)i, end, reason) < 0)
      return -1;
    i = (size_t)end;
  }
  return 0;
}

ShObject *sh_bytes_decode(const char *data, size_t len, const char *encoding, const char *errors) {
  /* CPython decodes nothing to '' before looking the codec up. */
  if (len == 0) return sh_str_empty();
  int enc = sh_codec_lookup(encoding ? encoding : "utf-8");
  if (enc < 0) return NULL;
  int h = handler_id(errors);
  if (enc == SH_ENC_LATIN1) return sh_str_from_latin1(data, len);
  size_t i = 0;
  while (i < len && (unsigned char)data[i] < 128)
    i++;
  if (i == len) return sh_str_from_ascii(data, len);
  CpBuf out = {NULL, 0, 0};
  int rc = 0;
  if (enc == SH_ENC_UTF8) {
    rc = decode_utf8(&out, data, len, h, errors);
  } else {
    for (size_t k = 0; k < len && rc == 0; k++) {
      unsigned char c = (unsigned char)data[k];
      if (c < 128)
        rc = cp_put(&out, c);
      else
        rc = decode_error(&out, SH_ENC_ASCII, h, errors, data, len, (intptr_t)k, (intptr_t)k + 1,
                          "ordinal not in range(128)");
    }
  }
  ShObject *r = rc < 0 ? NULL : sh_str_from_codepoints(out.buf, (size_t)out.len);
  sh_mem_free(out.buf);
  return r;
}

/* ------------------------------------------------------------ encoding */

/* a growable byte buffer: the str builder's (str.h) */
typedef ShStrBuilder ByteBuf;

static int bb_put(ByteBuf *b, const void *p, size_t n) { return sh_sb_append(b, p, n); }

static int put_utf8(ByteBuf *b, uint32_t c) {
  char u[4];
  size_t n;
  if (c < 0x80) {
    u[0] = (char)c;
    n = 1;
  } else if (c < 0x800) {
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
  return bb_put(b, u, n);
}

static bool encodable(int enc, int h, uint32_t c) {
  if (enc == SH_ENC_UTF8) return (c < 0xD800 || c > 0xDFFF) || h == H_SURROGATEPASS;
  return c < (enc == SH_ENC_ASCII ? 128u : 256u);
}

static int encode_one(ByteBuf *b, int enc, uint32_t c) {
  if (enc == SH_ENC_UTF8) return put_utf8(b, c);
  char ch = (char)c;
  return bb_put(b, &ch, 1);
}

ShObject *sh_str_encode(ShObject *str, const char *encoding, const char *errors) {
  int enc = sh_codec_lookup(encoding ? encoding : "utf-8");
  if (enc < 0) return NULL;
  intptr_t n = SH_STR_LEN(str);
  int kind = SH_STR_KIND(str);
  const void *d = SH_STR_DATA(str);
  if (((ShStr *)str)->ascii || (enc == SH_ENC_LATIN1 && kind == 1))
    return sh_bytes_from_data(d, (size_t)n);
  int h = handler_id(errors);
  ByteBuf out = {NULL, 0, 0};
  intptr_t i = 0;
  while (i < n) {
    uint32_t c = sh_str_read(kind, d, i);
    if (encodable(enc, h, c)) {
      if (encode_one(&out, enc, c) < 0) goto fail;
      i++;
      continue;
    }
    intptr_t end = i + 1;
    while (end < n && !encodable(enc, h, sh_str_read(kind, d, end)))
      end++;
    char tmp[32];
    bool raise = false;
    switch (h) {
    case H_REPLACE:
      for (intptr_t k = i; k < end; k++)
        if (bb_put(&out, "?", 1) < 0) goto fail;
      break;
    case H_IGNORE: break;
    case H_BACKSLASH:
      for (intptr_t k = i; k < end; k++) {
        uint32_t e = sh_str_read(kind, d, k);
        int len = e < 256     ? snprintf(tmp, sizeof tmp, "\\x%02x", e)
                  : e < 65536 ? snprintf(tmp, sizeof tmp, "\\u%04x", e)
                              : snprintf(tmp, sizeof tmp, "\\U%08x", e);
        if (bb_put(&out, tmp, (size_t)len) < 0) goto fail;
      }
      break;
    case H_XMLREF:
      for (intptr_t k = i; k < end; k++) {
        int len = snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)sh_str_read(kind, d, k));
        if (bb_put(&out, tmp, (size_t)len) < 0) goto fail;
      }
      break;
    case H_SURROGATEESCAPE:
      for (intptr_t k = i; k < end; k++) {
        uint32_t e = sh_str_read(kind, d, k);
        if (e < 0xDC80 || e > 0xDCFF) raise = true;
      }
      if (!raise)
        for (intptr_t k = i; k < end; k++) {
          char byte = (char)(sh_str_read(kind, d, k) - 0xDC00);
          if (bb_put(&out, &byte, 1) < 0) goto fail;
        }
      break;
    case H_UNKNOWN: unknown_handler(errors); goto fail;
    default: raise = true;
    }
    if (raise) {
      raise_unicode_error(&sh_exc_UnicodeEncodeError, enc, str, i, end,
                          enc == SH_ENC_UTF8    ? "surrogates not allowed"
                          : enc == SH_ENC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)");
      goto fail;
    }
    i = end;
  }
  ShObject *r = sh_bytes_from_data(out.buf ? out.buf : "", out.len);
  sh_mem_free(out.buf);
  return r;
fail:
  sh_mem_free(out.buf);
  return NULL;
}
