/* ShStrBuilder: UTF-8 text grown piece by piece (repr of containers,
   messages, formatting), turned into a str at the end. */
#include <stdio.h>
#include <string.h>

#include "str_internal.h"

void sh_sb_init(ShStrBuilder *sb) {
  sb->buf = NULL;
  sb->len = sb->cap = 0;
}

static int reserve(ShStrBuilder *sb, size_t extra) {
  if (sb->len + extra <= sb->cap) return 0;
  size_t ncap = sb->cap ? sb->cap * 2 : 64;
  while (ncap < sb->len + extra)
    ncap *= 2;
  char *nb = sh_mem_realloc(sb->buf, ncap);
  if (!nb) {
    sh_err_no_memory();
    return -1;
  }
  sb->buf = nb;
  sb->cap = ncap;
  return 0;
}

int sh_sb_append(ShStrBuilder *sb, const char *utf8, size_t len) {
  if (len == 0) return 0;
  if (reserve(sb, len) < 0) return -1;
  memcpy(sb->buf + sb->len, utf8, len);
  sb->len += len;
  return 0;
}

int sh_sb_append_cstr(ShStrBuilder *sb, const char *s) {
  return sh_sb_append(sb, s, strlen(s));
}

int sh_sb_append_char(ShStrBuilder *sb, uint32_t c) {
  char b[4];
  size_t n;
  if (c < 0x80) {
    b[0] = (char)c;
    n = 1;
  } else if (c < 0x800) {
    b[0] = (char)(0xC0 | (c >> 6));
    b[1] = (char)(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    b[0] = (char)(0xE0 | (c >> 12));
    b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    b[2] = (char)(0x80 | (c & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | (c >> 18));
    b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    b[3] = (char)(0x80 | (c & 0x3F));
    n = 4;
  }
  return sh_sb_append(sb, b, n);
}

/* Lone surrogates cannot live in strict UTF-8, but the builder must carry
   any str (reprs escape them anyway; str() of an object may hold them), so
   they are written with the 3-byte form and decoded back with
   surrogatepass in sh_sb_finish. */
int sh_sb_append_str(ShStrBuilder *sb, ShObject *s) {
  if (((ShStr *)s)->ascii) return sh_sb_append(sb, SH_STR_DATA(s), (size_t)SH_STR_LEN(s));
  char *u = atomic_load_explicit(&((ShStr *)s)->utf8, memory_order_acquire);
  if (u) return sh_sb_append(sb, u, (size_t)((ShStr *)s)->utf8_length);
  int kind = SH_STR_KIND(s);
  const void *d = SH_STR_DATA(s);
  for (intptr_t i = 0, n = SH_STR_LEN(s); i < n; i++)
    if (sh_sb_append_char(sb, sh_str_read(kind, d, i)) < 0) return -1;
  return 0;
}

int sh_sb_append_repr(ShStrBuilder *sb, ShObject *o) {
  ShObject *r = sh_object_repr(o);
  if (!r) return -1;
  int rc = sh_sb_append_str(sb, r);
  sh_decref(r);
  return rc;
}

int sh_sb_append_format(ShStrBuilder *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  ShObject *s = sh_str_from_vformat(fmt, ap);
  va_end(ap);
  if (!s) return -1;
  int rc = sh_sb_append_str(sb, s);
  sh_decref(s);
  return rc;
}

ShObject *sh_sb_finish(ShStrBuilder *sb) {
  ShObject *r;
  size_t i = 0;
  /* eight bytes a step while no high bit shows */
  for (; i + 8 <= sb->len; i += 8) {
    uint64_t word;
    memcpy(&word, sb->buf + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < sb->len && (unsigned char)sb->buf[i] < 128)
    i++;
  if (i == sb->len)
    r = sh_str_from_ascii(sb->buf ? sb->buf : "", sb->len);
  else
    r = sh_bytes_decode(sb->buf, sb->len, "utf-8", "surrogatepass");
  sh_sb_discard(sb);
  return r;
}

void sh_sb_discard(ShStrBuilder *sb) {
  sh_mem_free(sb->buf);
  sb->buf = NULL;
  sb->len = sb->cap = 0;
}

/* ------------------------------------------------------------ ShStrWriter */

/* Grows the storage to hold `extra` more units of the current kind. */
static int sw_reserve(ShStrWriter *w, intptr_t extra) {
  if (w->len + extra <= w->cap) return 0;
  intptr_t ncap = w->cap * 2;
  if (ncap < w->len + extra) ncap = w->len + extra + 16;
  if (ncap > INTPTR_MAX / 8) {
    sh_err_no_memory();
    return -1;
  }
  char *nb;
  if (w->data == w->small) {
    nb = sh_mem_alloc((size_t)ncap * w->kind);
    if (nb) memcpy(nb, w->data, (size_t)w->len * w->kind);
  } else {
    nb = sh_mem_realloc(w->data, (size_t)ncap * w->kind);
  }
  if (!nb) {
    sh_err_no_memory();
    return -1;
  }
  w->data = nb;
  w->cap = ncap;
  return 0;
}

/* Re-stores the text as `kind` units (wider than the current kind). */
static int sw_widen(ShStrWriter *w, int kind) {
  intptr_t cap = w->cap > 16 ? w->cap : 16;
  char *nb = sh_mem_alloc((size_t)cap * kind);
  if (!nb) {
    sh_err_no_memory();
    return -1;
  }
  for (intptr_t i = 0; i < w->len; i++) {
    uint32_t c = sh_str_read(w->kind, w->data, i);
    if (kind == 2)
      ((uint16_t *)nb)[i] = (uint16_t)c;
    else
      ((uint32_t *)nb)[i] = c;
  }
  if (w->data != w->small) sh_mem_free(w->data);
  w->data = nb;
  w->cap = cap;
  w->kind = kind;
  return 0;
}

void sh_sw_init(ShStrWriter *w) {
  w->data = w->small;
  w->len = 0;
  w->cap = (intptr_t)sizeof w->small;
  w->kind = 1;
  w->ascii = true;
}

char *sh_sw_reserve_ascii_slow(ShStrWriter *w, intptr_t n) {
  if (sw_reserve(w, n) < 0) return NULL;
  return w->data + w->len;
}

int sh_sw_write_ascii_wide(ShStrWriter *w, const char *s, intptr_t n) {
  if (sw_reserve(w, n) < 0) return -1;
  if (w->kind == 1) {
    memcpy(w->data + w->len, s, (size_t)n);
  } else if (w->kind == 2) {
    uint16_t *d = (uint16_t *)w->data + w->len;
    for (intptr_t i = 0; i < n; i++)
      d[i] = (uint8_t)s[i];
  } else {
    uint32_t *d = (uint32_t *)w->data + w->len;
    for (intptr_t i = 0; i < n; i++)
      d[i] = (uint8_t)s[i];
  }
  w->len += n;
  return 0;
}

int sh_sw_write_fill(ShStrWriter *w, uint32_t c, intptr_t n) {
  if (n <= 0) return 0;
  int need = c < 256 ? 1 : c < 65536 ? 2 : 4;
  if (need > w->kind && sw_widen(w, need) < 0) return -1;
  if (c >= 128) w->ascii = false;
  if (sw_reserve(w, n) < 0) return -1;
  if (w->kind == 1) {
    memset(w->data + w->len, (int)c, (size_t)n);
  } else if (w->kind == 2) {
    uint16_t *d = (uint16_t *)w->data + w->len;
    for (intptr_t i = 0; i < n; i++)
      d[i] = (uint16_t)c;
  } else {
    uint32_t *d = (uint32_t *)w->data + w->len;
    for (intptr_t i = 0; i < n; i++)
      d[i] = c;
  }
  w->len += n;
  return 0;
}

int sh_sw_write_substr(ShStrWriter *w, ShObject *s, intptr_t start, intptr_t n) {
  if (n <= 0) return 0;
  int sk = SH_STR_KIND(s);
  const char *src = (const char *)SH_STR_DATA(s) + start * sk;
  bool whole = start == 0 && n == SH_STR_LEN(s);
  if (((ShStr *)s)->ascii) return sh_sw_write_ascii(w, src, n);
  /* a whole str is stored in its narrowest kind; a part may be narrower */
  uint32_t m = 0;
  if (whole && sk > 1) {
    m = sk == 2 ? 0xFFFF : 0x10FFFF;
  } else {
    for (intptr_t i = 0; i < n; i++) {
      uint32_t c = sh_str_read(sk, src, i);
      if (c > m) m = c;
    }
  }
  int need = m < 256 ? 1 : m < 65536 ? 2 : 4;
  if (need > w->kind && sw_widen(w, need) < 0) return -1;
  if (m >= 128) w->ascii = false;
  if (sw_reserve(w, n) < 0) return -1;
  if (sk == w->kind) {
    memcpy(w->data + w->len * w->kind, src, (size_t)n * sk);
  } else {
    for (intptr_t i = 0; i < n; i++) {
      uint32_t c = sh_str_read(sk, src, i);
      if (w->kind == 1)
        ((uint8_t *)w->data)[w->len + i] = (uint8_t)c;
      else if (w->kind == 2)
        ((uint16_t *)w->data)[w->len + i] = (uint16_t)c;
      else
        ((uint32_t *)w->data)[w->len + i] = c;
    }
  }
  w->len += n;
  return 0;
}

int sh_sw_write_bytes(ShStrWriter *w, const void *p, intptr_t n) {
  if (sw_reserve(w, n) < 0) return -1;
  memcpy(w->data + w->len, p, (size_t)n);
  w->len += n;
  return 0;
}

void sh_sw_discard(ShStrWriter *w) {
  if (w->data != w->small) sh_mem_free(w->data);
  w->data = w->small;
  w->len = 0;
}

ShObject *sh_sw_finish(ShStrWriter *w) {
  ShObject *r;
  if (w->len == 0) {
    r = sh_str_empty();
  } else if (w->len == 1) {
    r = sh_str_from_char(sh_str_read(w->kind, w->data, 0));
  } else {
    uint32_t m = w->kind == 1 ? (w->ascii ? 127 : 255) : w->kind == 2 ? 0xFFFF : 0x10FFFF;
    r = sh_str_new(w->len, m);
    if (r) memcpy(SH_STR_DATA(r), w->data, (size_t)w->len * w->kind);
  }
  sh_sw_discard(w);
  return r;
}

ShObject *sh_sw_finish_bytes(ShStrWriter *w) {
  ShObject *r = sh_bytes_from_data(w->data, (size_t)w->len);
  sh_sw_discard(w);
  return r;
}
