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
