/* The methods bytes and bytearray share (find, split, strip, case, is*,
   padding, hex/fromhex, translate, decode...): each reads self's buffer
   and builds its result with self's own type (bytes or bytearray). */
#include <string.h>

#include "str_internal.h"

typedef struct {
  const char *d;
  intptr_t n;
} Buf;

static Buf self_buf(ShObject *self) {
  Buf b;
  sh_bytes_buffer(self, &b.d, &b.n);
  return b;
}

static ShObject *make(ShObject *self, const void *data, size_t len) {
  if (SH_BYTES_CHECK(self)) return sh_bytes_from_data(data, len);
  return sh_bytearray_from_data(data, len);
}

static int arg_buf(ShObject *o, Buf *b) {
  return sh_bytes_buffer(o, &b->d, &b->n);
}

static bool bspace(unsigned char c) {
  return c == ' ' || (c >= 9 && c <= 13);
}
static bool blower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
static bool bupper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
static bool balpha(unsigned char c) {
  return blower(c) || bupper(c);
}
static bool bdigit(unsigned char c) {
  return c >= '0' && c <= '9';
}

static intptr_t bfind(Buf h, const char *nd, intptr_t m, intptr_t start, intptr_t end, bool rev) {
  if (end - start < m) return -1;
  if (m == 0) return rev ? end : start;
  if (!rev) {
    for (intptr_t i = start; i + m <= end; i++)
      if (h.d[i] == nd[0] && memcmp(h.d + i, nd, (size_t)m) == 0) return i;
  } else {
    for (intptr_t i = end - m; i >= start; i--)
      if (h.d[i] == nd[0] && memcmp(h.d + i, nd, (size_t)m) == 0) return i;
  }
  return -1;
}

/* (sub[, start[, end]]) where sub is bytes-like or an int */
static int find_args(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                     Buf *sub, char *single, intptr_t *start, intptr_t *end) {
  if (sh_str_count_check(name, nargs, 1, 3) < 0) return -1;
  *start = 0;
  *end = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_arg(args[1], start) < 0) return -1;
  if (nargs > 2 && sh_slice_index_arg(args[2], end) < 0) return -1;
  sh_adjust_indices(start, end, self_buf(self).n);
  ShObject *a = args[0];
  if (SH_INT_CHECK(a) || (SH_TYPE(a)->as_number && SH_TYPE(a)->as_number->index)) {
    intptr_t v = sh_number_as_ssize(a, NULL);
    if (v == -1 && sh_err_occurred()) return -1;
    if (v < 0 || v > 255) {
      sh_err_set_string(&sh_exc_ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    *single = (char)v;
    sub->d = single;
    sub->n = 1;
    return 0;
  }
  if (SH_BYTES_CHECK(a) || sh_type_check(a, &sh_type_bytearray)) return arg_buf(a, sub);
  sh_err_format(&sh_exc_TypeError, "argument should be integer or bytes-like object, not '%T'", a);
  return -1;
}

static ShObject *find_common(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                             bool rev, bool raise) {
  Buf sub;
  char single;
  intptr_t start, end;
  if (find_args(name, self, args, nargs, &sub, &single, &start, &end) < 0) return NULL;
  intptr_t r = bfind(self_buf(self), sub.d, sub.n, start, end, rev);
  if (r < 0 && raise) {
    sh_err_set_string(&sh_exc_ValueError, "subsection not found");
    return NULL;
  }
  return sh_int_from_i64(r);
}

static ShObject *b_find(ShObject *s, ShObject *const *a, size_t n) {
  return find_common("find", s, a, n, false, false);
}
static ShObject *b_rfind(ShObject *s, ShObject *const *a, size_t n) {
  return find_common("rfind", s, a, n, true, false);
}
static ShObject *b_index(ShObject *s, ShObject *const *a, size_t n) {
  return find_common("index", s, a, n, false, true);
}
static ShObject *b_rindex(ShObject *s, ShObject *const *a, size_t n) {
  return find_common("rindex", s, a, n, true, true);
}

static ShObject *b_count(ShObject *self, ShObject *const *args, size_t nargs) {
  Buf sub;
  char single;
  intptr_t start, end;
  if (find_args("count", self, args, nargs, &sub, &single, &start, &end) < 0) return NULL;
  Buf h = self_buf(self);
  if (end - start < sub.n) return sh_int_from_i64(0);
  if (sub.n == 0) return sh_int_from_i64(end - start + 1);
  intptr_t c = 0;
  for (;;) {
    intptr_t i = bfind(h, sub.d, sub.n, start, end, false);
    if (i < 0) break;
    c++;
    start = i + sub.n;
  }
  return sh_int_from_i64(c);
}

static ShObject *startend(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                          bool suffix) {
  if (sh_str_count_check(name, nargs, 1, 3) < 0) return NULL;
  intptr_t start = 0, end = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_arg(args[1], &start) < 0) return NULL;
  if (nargs > 2 && sh_slice_index_arg(args[2], &end) < 0) return NULL;
  Buf h = self_buf(self);
  sh_adjust_indices(&start, &end, h.n);
  ShObject *p = args[0];
  intptr_t count = SH_TUPLE_CHECK(p) ? SH_TUPLE_SIZE(p) : 1;
  for (intptr_t k = 0; k < count; k++) {
    ShObject *x = SH_TUPLE_CHECK(p) ? SH_TUPLE_GET(p, k) : p;
    Buf sub;
    if (!(SH_BYTES_CHECK(x) || sh_type_check(x, &sh_type_bytearray))) {
      if (SH_TUPLE_CHECK(p))
        return sh_err_format(&sh_exc_TypeError, "a bytes-like object is required, not '%T'", x);
      return sh_err_format(&sh_exc_TypeError,
                           "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
    }
    arg_buf(x, &sub);
    if (start > h.n || end - start < sub.n) continue;
    intptr_t at = suffix ? end - sub.n : start;
    if (memcmp(h.d + at, sub.d, (size_t)sub.n) == 0) return SH_TRUE;
  }
  return SH_FALSE;
}

static ShObject *b_startswith(ShObject *s, ShObject *const *a, size_t n) {
  return startend("startswith", s, a, n, false);
}
static ShObject *b_endswith(ShObject *s, ShObject *const *a, size_t n) {
  return startend("endswith", s, a, n, true);
}

/* ------------------------------------------------------------ building */

typedef struct {
  char *buf;
  size_t len, cap;
} Out;

static int put(Out *o, const void *p, size_t n) {
  if (o->len + n > o->cap) {
    size_t ncap = o->cap ? o->cap * 2 : 64;
    while (ncap < o->len + n)
      ncap *= 2;
    char *nb = sh_mem_realloc(o->buf, ncap);
    if (!nb) {
      sh_err_no_memory();
      return -1;
    }
    o->buf = nb;
    o->cap = ncap;
  }
  if (n) memcpy(o->buf + o->len, p, n);
  o->len += n;
  return 0;
}

static ShObject *out_finish(ShObject *self, Out *o) {
  ShObject *r = make(self, o->buf ? o->buf : "", o->len);
  sh_mem_free(o->buf);
  return r;
}

static ShObject *b_replace(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_str_count_check("replace", nargs, 2, 3) < 0) return NULL;
  Buf old, new_, h = self_buf(self);
  if (arg_buf(args[0], &old) < 0 || arg_buf(args[1], &new_) < 0) return NULL;
  intptr_t count = -1;
  if (nargs > 2) {
    count = sh_number_as_ssize_arg(args[2]);
    if (count == -1 && sh_err_occurred()) return NULL;
  }
  Out o = {NULL, 0, 0};
  intptr_t done = 0, pos = 0;
  if (old.n == 0) {
    for (intptr_t i = 0; i <= h.n; i++) {
      if ((count < 0 || done < count)) {
        if (put(&o, new_.d, (size_t)new_.n) < 0) goto fail;
        done++;
      }
      if (i < h.n && put(&o, h.d + i, 1) < 0) goto fail;
    }
    return out_finish(self, &o);
  }
  while (count < 0 || done < count) {
    intptr_t i = bfind(h, old.d, old.n, pos, h.n, false);
    if (i < 0) break;
    if (put(&o, h.d + pos, (size_t)(i - pos)) < 0 || put(&o, new_.d, (size_t)new_.n) < 0) goto fail;
    pos = i + old.n;
    done++;
  }
  if (put(&o, h.d + pos, (size_t)(h.n - pos)) < 0) goto fail;
  return out_finish(self, &o);
fail:
  sh_mem_free(o.buf);
  return NULL;
}

static int add_piece(ShObject *list, ShObject *self, const char *p, intptr_t n) {
  ShObject *x = make(self, p, (size_t)n);
  if (!x) return -1;
  int rc = sh_list_append(list, x);
  sh_decref(x);
  return rc;
}

static ShObject *split_common(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames, bool rev) {
  ShObject *sepo = NULL, *mso = NULL;
  if (sh_args_parse(name, args, nargs, kwnames, "|sep,maxsplit", &sepo, &mso) < 0) return NULL;
  intptr_t maxsplit = -1;
  if (mso) {
    maxsplit = sh_number_as_ssize_arg(mso);
    if (maxsplit == -1 && sh_err_occurred()) return NULL;
  }
  if (maxsplit < 0) maxsplit = INTPTR_MAX;
  Buf sep = {NULL, 0};
  if (sepo && sepo != SH_NONE) {
    if (arg_buf(sepo, &sep) < 0) return NULL;
    if (sep.n == 0) {
      sh_err_set_string(&sh_exc_ValueError, "empty separator");
      return NULL;
    }
  }
  Buf h = self_buf(self);
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  if (!sep.d) {
    if (!rev) {
      intptr_t i = 0;
      while (maxsplit-- > 0) {
        while (i < h.n && bspace((unsigned char)h.d[i]))
          i++;
        if (i == h.n) break;
        intptr_t j = i;
        while (j < h.n && !bspace((unsigned char)h.d[j]))
          j++;
        if (add_piece(list, self, h.d + i, j - i) < 0) goto fail;
        i = j;
      }
      while (i < h.n && bspace((unsigned char)h.d[i]))
        i++;
      if (i < h.n && add_piece(list, self, h.d + i, h.n - i) < 0) goto fail;
    } else {
      intptr_t i = h.n;
      while (maxsplit-- > 0) {
        while (i > 0 && bspace((unsigned char)h.d[i - 1]))
          i--;
        if (i == 0) break;
        intptr_t j = i;
        while (j > 0 && !bspace((unsigned char)h.d[j - 1]))
          j--;
        if (add_piece(list, self, h.d + j, i - j) < 0) goto fail;
        i = j;
      }
      while (i > 0 && bspace((unsigned char)h.d[i - 1]))
        i--;
      if (i > 0 && add_piece(list, self, h.d, i) < 0) goto fail;
    }
  } else if (!rev) {
    intptr_t pos = 0;
    while (maxsplit-- > 0) {
      intptr_t i = bfind(h, sep.d, sep.n, pos, h.n, false);
      if (i < 0) break;
      if (add_piece(list, self, h.d + pos, i - pos) < 0) goto fail;
      pos = i + sep.n;
    }
    if (add_piece(list, self, h.d + pos, h.n - pos) < 0) goto fail;
  } else {
    intptr_t end = h.n;
    while (maxsplit-- > 0) {
      intptr_t i = bfind(h, sep.d, sep.n, 0, end, true);
      if (i < 0) break;
      if (add_piece(list, self, h.d + i + sep.n, end - i - sep.n) < 0) goto fail;
      end = i;
    }
    if (add_piece(list, self, h.d, end) < 0) goto fail;
  }
  if (rev && sh_list_reverse(list) < 0) goto fail;
  return list;
fail:
  sh_decref(list);
  return NULL;
}

static ShObject *b_split(ShObject *s, ShObject *const *a, size_t n, ShObject *k) {
  return split_common("split", s, a, n, k, false);
}
static ShObject *b_rsplit(ShObject *s, ShObject *const *a, size_t n, ShObject *k) {
  return split_common("rsplit", s, a, n, k, true);
}

static ShObject *b_splitlines(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *ke = NULL;
  if (sh_args_parse("splitlines", args, nargs, kwnames, "|keepends", &ke) < 0) return NULL;
  int keep = 0;
  if (sh_arg_int_bool(ke, &keep) < 0) return NULL;
  Buf h = self_buf(self);
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  intptr_t i = 0;
  while (i < h.n) {
    intptr_t j = i;
    while (j < h.n && h.d[j] != '\n' && h.d[j] != '\r')
      j++;
    intptr_t eol = j;
    if (j < h.n) {
      j += (h.d[j] == '\r' && j + 1 < h.n && h.d[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    if (add_piece(list, self, h.d + i, eol - i) < 0) {
      sh_decref(list);
      return NULL;
    }
    i = j;
  }
  return list;
}

static ShObject *partition(ShObject *self, ShObject *sepo, bool rev) {
  Buf sep, h = self_buf(self);
  if (arg_buf(sepo, &sep) < 0) return NULL;
  if (sep.n == 0) {
    sh_err_set_string(&sh_exc_ValueError, "empty separator");
    return NULL;
  }
  intptr_t i = bfind(h, sep.d, sep.n, 0, h.n, rev);
  ShObject *a, *b, *c;
  if (i < 0) {
    a = make(self, rev ? "" : h.d, rev ? 0 : (size_t)h.n);
    b = make(self, "", 0);
    c = make(self, rev ? h.d : "", rev ? (size_t)h.n : 0);
  } else {
    a = make(self, h.d, (size_t)i);
    b = make(self, sep.d, (size_t)sep.n);
    c = make(self, h.d + i + sep.n, (size_t)(h.n - i - sep.n));
  }
  ShObject *t = (a && b && c) ? sh_tuple_pack(3, a, b, c) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  sh_xdecref(c);
  return t;
}

static ShObject *b_partition(ShObject *s, ShObject *a) {
  return partition(s, a, false);
}
static ShObject *b_rpartition(ShObject *s, ShObject *a) {
  return partition(s, a, true);
}

static ShObject *strip_common(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                              int which) {
  if (sh_str_count_check(name, nargs, 0, 1) < 0) return NULL;
  Buf chars = {NULL, 0}, h = self_buf(self);
  if (nargs && args[0] != SH_NONE && arg_buf(args[0], &chars) < 0) return NULL;
  intptr_t i = 0, j = h.n;
#define STRIPPABLE(c)                                                                              \
  (chars.d ? memchr(chars.d, (c), (size_t)chars.n) != NULL : bspace((unsigned char)(c)))
  if (which & 1)
    while (i < j && STRIPPABLE(h.d[i]))
      i++;
  if (which & 2)
    while (j > i && STRIPPABLE(h.d[j - 1]))
      j--;
#undef STRIPPABLE
  if (i == 0 && j == h.n && SH_TYPE(self) == &sh_type_bytes) return sh_newref(self);
  return make(self, h.d + i, (size_t)(j - i));
}

static ShObject *b_strip(ShObject *s, ShObject *const *a, size_t n) {
  return strip_common("strip", s, a, n, 3);
}
static ShObject *b_lstrip(ShObject *s, ShObject *const *a, size_t n) {
  return strip_common("lstrip", s, a, n, 1);
}
static ShObject *b_rstrip(ShObject *s, ShObject *const *a, size_t n) {
  return strip_common("rstrip", s, a, n, 2);
}

static ShObject *b_removeprefix(ShObject *self, ShObject *arg) {
  Buf p, h = self_buf(self);
  if (arg_buf(arg, &p) < 0) return NULL;
  if (p.n <= h.n && memcmp(h.d, p.d, (size_t)p.n) == 0)
    return make(self, h.d + p.n, (size_t)(h.n - p.n));
  return make(self, h.d, (size_t)h.n);
}

static ShObject *b_removesuffix(ShObject *self, ShObject *arg) {
  Buf p, h = self_buf(self);
  if (arg_buf(arg, &p) < 0) return NULL;
  if (p.n && p.n <= h.n && memcmp(h.d + h.n - p.n, p.d, (size_t)p.n) == 0)
    return make(self, h.d, (size_t)(h.n - p.n));
  return make(self, h.d, (size_t)h.n);
}

static ShObject *b_join(ShObject *self, ShObject *iterable) {
  ShObject *seq = sh_sequence_tuple(iterable);
  if (!seq) return NULL;
  Buf sep = self_buf(self);
  Out o = {NULL, 0, 0};
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(seq); i++) {
    ShObject *x = SH_TUPLE_GET(seq, i);
    Buf b;
    if (!(SH_BYTES_CHECK(x) || sh_type_check(x, &sh_type_bytearray))) {
      sh_err_format(&sh_exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                    i, x);
      goto fail;
    }
    arg_buf(x, &b);
    if ((i && put(&o, sep.d, (size_t)sep.n) < 0) || put(&o, b.d, (size_t)b.n) < 0) goto fail;
  }
  sh_decref(seq);
  return out_finish(self, &o);
fail:
  sh_decref(seq);
  sh_mem_free(o.buf);
  return NULL;
}

/* ------------------------------------------------------------ case, is* */

enum { C_LOWER, C_UPPER, C_SWAP, C_TITLE, C_CAP };

static ShObject *bcase(ShObject *self, int mode) {
  Buf h = self_buf(self);
  char *buf = sh_mem_alloc((size_t)h.n + 1);
  if (!buf) return sh_err_no_memory();
  bool prev = false;
  for (intptr_t i = 0; i < h.n; i++) {
    unsigned char c = (unsigned char)h.d[i], r = c;
    switch (mode) {
    case C_LOWER: r = bupper(c) ? c + 32 : c; break;
    case C_UPPER: r = blower(c) ? c - 32 : c; break;
    case C_SWAP: r = bupper(c) ? c + 32 : blower(c) ? c - 32 : c; break;
    case C_TITLE:
      r = prev ? (bupper(c) ? c + 32 : c) : (blower(c) ? c - 32 : c);
      prev = balpha(c);
      break;
    default: r = i == 0 ? (blower(c) ? c - 32 : c) : (bupper(c) ? c + 32 : c); break;
    }
    buf[i] = (char)r;
  }
  ShObject *res = make(self, buf, (size_t)h.n);
  sh_mem_free(buf);
  return res;
}

static ShObject *b_lower(ShObject *s) {
  return bcase(s, C_LOWER);
}
static ShObject *b_upper(ShObject *s) {
  return bcase(s, C_UPPER);
}
static ShObject *b_swapcase(ShObject *s) {
  return bcase(s, C_SWAP);
}
static ShObject *b_title(ShObject *s) {
  return bcase(s, C_TITLE);
}
static ShObject *b_capitalize(ShObject *s) {
  return bcase(s, C_CAP);
}

#define BALL(name, pred)                                                                           \
  static ShObject *name(ShObject *self) {                                                          \
    Buf h = self_buf(self);                                                                        \
    if (h.n == 0) return SH_FALSE;                                                                 \
    for (intptr_t i = 0; i < h.n; i++) {                                                           \
      unsigned char c = (unsigned char)h.d[i];                                                     \
      if (!(pred)) return SH_FALSE;                                                                \
    }                                                                                              \
    return SH_TRUE;                                                                                \
  }
BALL(b_isalnum, balpha(c) || bdigit(c))
BALL(b_isalpha, balpha(c))
BALL(b_isdigit, bdigit(c))
BALL(b_isspace, bspace(c))

static ShObject *b_isascii(ShObject *self) {
  Buf h = self_buf(self);
  for (intptr_t i = 0; i < h.n; i++)
    if ((unsigned char)h.d[i] >= 128) return SH_FALSE;
  return SH_TRUE;
}

static ShObject *b_islower(ShObject *self) {
  Buf h = self_buf(self);
  bool cased = false;
  for (intptr_t i = 0; i < h.n; i++) {
    if (bupper((unsigned char)h.d[i])) return SH_FALSE;
    if (blower((unsigned char)h.d[i])) cased = true;
  }
  return sh_bool_from(cased);
}

static ShObject *b_isupper(ShObject *self) {
  Buf h = self_buf(self);
  bool cased = false;
  for (intptr_t i = 0; i < h.n; i++) {
    if (blower((unsigned char)h.d[i])) return SH_FALSE;
    if (bupper((unsigned char)h.d[i])) cased = true;
  }
  return sh_bool_from(cased);
}

static ShObject *b_istitle(ShObject *self) {
  Buf h = self_buf(self);
  bool cased = false, prev = false;
  for (intptr_t i = 0; i < h.n; i++) {
    unsigned char c = (unsigned char)h.d[i];
    if (bupper(c)) {
      if (prev) return SH_FALSE;
      prev = cased = true;
    } else if (blower(c)) {
      if (!prev) return SH_FALSE;
      prev = cased = true;
    } else
      prev = false;
  }
  return sh_bool_from(cased);
}

/* ------------------------------------------------------------ padding */

static int pad_args(const char *name, ShObject *const *args, size_t nargs, intptr_t *w,
                    char *fill) {
  if (nargs < 1 || nargs > 2) {
    sh_err_format(&sh_exc_TypeError,
                  nargs < 1 ? "%s expected at least 1 argument, got %d"
                            : "%s expected at most 2 arguments, got %d",
                  name, (int)nargs);
    return -1;
  }
  *w = sh_number_as_ssize_arg(args[0]);
  if (*w == -1 && sh_err_occurred()) return -1;
  *fill = ' ';
  if (nargs == 2) {
    ShObject *f = args[1];
    Buf b;
    if (!(SH_BYTES_CHECK(f) || sh_type_check(f, &sh_type_bytearray)) ||
        (arg_buf(f, &b), b.n != 1)) {
      sh_err_format(&sh_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                    name, f);
      return -1;
    }
    *fill = b.d[0];
  }
  return 0;
}

static ShObject *bpad(ShObject *self, intptr_t left, intptr_t right, char fill) {
  Buf h = self_buf(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (!left && !right && SH_TYPE(self) == &sh_type_bytes) return sh_newref(self);
  char *buf = sh_mem_alloc((size_t)(left + h.n + right) + 1);
  if (!buf) return sh_err_no_memory();
  memset(buf, fill, (size_t)left);
  memcpy(buf + left, h.d, (size_t)h.n);
  memset(buf + left + h.n, fill, (size_t)right);
  ShObject *r = make(self, buf, (size_t)(left + h.n + right));
  sh_mem_free(buf);
  return r;
}

static ShObject *b_center(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t w;
  char f;
  if (pad_args("center", args, nargs, &w, &f) < 0) return NULL;
  intptr_t n = self_buf(self).n;
  if (w <= n) return bpad(self, 0, 0, f);
  intptr_t marg = w - n, left = marg / 2 + (marg & w & 1);
  return bpad(self, left, marg - left, f);
}
static ShObject *b_ljust(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t w;
  char f;
  if (pad_args("ljust", args, nargs, &w, &f) < 0) return NULL;
  return bpad(self, 0, w - self_buf(self).n, f);
}
static ShObject *b_rjust(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t w;
  char f;
  if (pad_args("rjust", args, nargs, &w, &f) < 0) return NULL;
  return bpad(self, w - self_buf(self).n, 0, f);
}

static ShObject *b_zfill(ShObject *self, ShObject *arg) {
  intptr_t w = sh_number_as_ssize_arg(arg);
  if (w == -1 && sh_err_occurred()) return NULL;
  Buf h = self_buf(self);
  if (w <= h.n) return bpad(self, 0, 0, '0');
  char *buf = sh_mem_alloc((size_t)w + 1);
  if (!buf) return sh_err_no_memory();
  intptr_t fill = w - h.n;
  memset(buf, '0', (size_t)fill);
  memcpy(buf + fill, h.d, (size_t)h.n);
  if (h.n && (h.d[0] == '+' || h.d[0] == '-')) {
    buf[0] = h.d[0];
    buf[fill] = '0';
  }
  ShObject *r = make(self, buf, (size_t)w);
  sh_mem_free(buf);
  return r;
}

static ShObject *b_expandtabs(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *ts = NULL;
  if (sh_args_parse("expandtabs", args, nargs, kwnames, "|tabsize", &ts) < 0) return NULL;
  intptr_t tab = 8;
  if (ts && (tab = sh_number_as_ssize(ts, &sh_exc_OverflowError)) == -1 && sh_err_occurred())
    return NULL;
  Buf h = self_buf(self);
  Out o = {NULL, 0, 0};
  intptr_t col = 0;
  for (intptr_t i = 0; i < h.n; i++) {
    char c = h.d[i];
    if (c == '\t') {
      if (tab > 0) {
        intptr_t sp = tab - col % tab;
        for (intptr_t k = 0; k < sp; k++)
          if (put(&o, " ", 1) < 0) goto fail;
        col += sp;
      }
    } else {
      if (put(&o, &c, 1) < 0) goto fail;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return out_finish(self, &o);
fail:
  sh_mem_free(o.buf);
  return NULL;
}

/* ------------------------------------------------------------ hex, translate, decode */

static ShObject *b_hex(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *sepo = NULL, *bpso = NULL;
  if (sh_args_parse("hex", args, nargs, kwnames, "|sep,bytes_per_sep", &sepo, &bpso) < 0)
    return NULL;
  char sep = 0;
  intptr_t bps = 1;
  if (sepo) {
    if (SH_STR_CHECK(sepo)) {
      if (SH_STR_LEN(sepo) != 1) {
        sh_err_set_string(&sh_exc_ValueError, "sep must be length 1.");
        return NULL;
      }
      uint32_t c = SH_STR_CHAR(sepo, 0);
      if (c > 127) {
        sh_err_set_string(&sh_exc_ValueError, "sep must be ASCII.");
        return NULL;
      }
      sep = (char)c;
    } else {
      Buf b;
      if (arg_buf(sepo, &b) < 0) return NULL;
      if (b.n != 1) {
        sh_err_set_string(&sh_exc_ValueError, "sep must be length 1.");
        return NULL;
      }
      sep = b.d[0];
    }
  }
  if (bpso && (bps = sh_number_as_ssize(bpso, &sh_exc_OverflowError)) == -1 && sh_err_occurred())
    return NULL;
  Buf h = self_buf(self);
  static const char hex[] = "0123456789abcdef";
  ShStrBuilder sb;
  sh_sb_init(&sb);
  intptr_t group = bps < 0 ? -bps : bps;
  for (intptr_t i = 0; i < h.n; i++) {
    if (sep && group && i > 0) {
      /* positive: groups counted from the right; negative: from the left */
      bool boundary = bps > 0 ? ((h.n - i) % group == 0) : (i % group == 0);
      if (boundary && sh_sb_append(&sb, &sep, 1) < 0) goto fail;
    }
    unsigned char c = (unsigned char)h.d[i];
    char two[2] = {hex[c >> 4], hex[c & 15]};
    if (sh_sb_append(&sb, two, 2) < 0) goto fail;
  }
  return sh_sb_finish(&sb);
fail:
  sh_sb_discard(&sb);
  return NULL;
}

ShObject *sh_bytes_fromhex_impl(ShObject *s, sh_bytes_maker mk) {
  if (!SH_STR_CHECK(s))
    return sh_err_format(&sh_exc_TypeError, "fromhex() argument must be str, not %T", s);
  intptr_t n = SH_STR_LEN(s), i = 0;
  Out o = {NULL, 0, 0};
  while (i < n) {
    uint32_t c = SH_STR_CHAR(s, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
      i++;
      continue;
    }
    int v[2];
    for (int k = 0; k < 2; k++) {
      uint32_t d = i + k < n ? SH_STR_CHAR(s, i + k) : 0;
      v[k] = (d >= '0' && d <= '9')   ? (int)(d - '0')
             : (d >= 'a' && d <= 'f') ? (int)(d - 'a' + 10)
             : (d >= 'A' && d <= 'F') ? (int)(d - 'A' + 10)
                                      : -1;
      if (v[k] < 0) {
        sh_mem_free(o.buf);
        return sh_err_format(&sh_exc_ValueError,
                             "non-hexadecimal number found in fromhex() arg at position %zd",
                             i + k);
      }
    }
    char b = (char)(v[0] * 16 + v[1]);
    if (put(&o, &b, 1) < 0) {
      sh_mem_free(o.buf);
      return NULL;
    }
    i += 2;
  }
  ShObject *r = mk(o.buf ? o.buf : "", o.len);
  sh_mem_free(o.buf);
  return r;
}

static ShObject *b_translate(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *table = NULL, *del = NULL;
  if (sh_args_parse("translate", args, nargs, kwnames, "table/|delete", &table, &del) < 0)
    return NULL;
  Buf t = {NULL, 0}, d = {NULL, 0}, h = self_buf(self);
  if (table != SH_NONE) {
    if (arg_buf(table, &t) < 0) return NULL;
    if (t.n != 256) {
      sh_err_set_string(&sh_exc_ValueError, "translation table must be 256 characters long");
      return NULL;
    }
  }
  if (del && arg_buf(del, &d) < 0) return NULL;
  Out o = {NULL, 0, 0};
  for (intptr_t i = 0; i < h.n; i++) {
    char c = h.d[i];
    if (d.n && memchr(d.d, c, (size_t)d.n)) continue;
    if (t.d) c = t.d[(unsigned char)c];
    if (put(&o, &c, 1) < 0) {
      sh_mem_free(o.buf);
      return NULL;
    }
  }
  return out_finish(self, &o);
}

static ShObject *b_maketrans(ShObject *unused, ShObject *const *args, size_t nargs) {
  (void)unused;
  if (sh_str_count_check("maketrans", nargs, 2, 2) < 0) return NULL;
  Buf a, b;
  if (arg_buf(args[0], &a) < 0 || arg_buf(args[1], &b) < 0) return NULL;
  if (a.n != b.n) {
    sh_err_set_string(&sh_exc_ValueError, "maketrans arguments must have same length");
    return NULL;
  }
  char t[256];
  for (int i = 0; i < 256; i++)
    t[i] = (char)i;
  for (intptr_t i = 0; i < a.n; i++)
    t[(unsigned char)a.d[i]] = b.d[i];
  return sh_bytes_from_data(t, 256);
}

static ShObject *b_decode(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *enc = NULL, *err = NULL;
  if (sh_args_parse("decode", args, nargs, kwnames, "|encoding,errors", &enc, &err) < 0)
    return NULL;
  const char *e = "utf-8", *h = "strict";
  if (enc) {
    if (!SH_STR_CHECK(enc))
      return sh_err_format(&sh_exc_TypeError, "decode() argument 'encoding' must be str, not %T",
                           enc);
    if (!(e = sh_str_utf8(enc))) return NULL;
  }
  if (err) {
    if (!SH_STR_CHECK(err))
      return sh_err_format(&sh_exc_TypeError, "decode() argument 'errors' must be str, not %T",
                           err);
    if (!(h = sh_str_utf8(err))) return NULL;
  }
  Buf b = self_buf(self);
  return sh_bytes_decode(b.d, (size_t)b.n, e, h);
}

#define M(name, fn, flags)                                                                         \
  { name, (void *)(fn), flags, NULL }
ShMethodDef sh_bytes_common_methods[] = {
    M("capitalize", b_capitalize, SH_METH_NOARGS),
    M("center", b_center, SH_METH_FAST),
    M("count", b_count, SH_METH_FAST),
    M("decode", b_decode, SH_METH_FASTKW),
    M("endswith", b_endswith, SH_METH_FAST),
    M("expandtabs", b_expandtabs, SH_METH_FASTKW),
    M("find", b_find, SH_METH_FAST),
    M("hex", b_hex, SH_METH_FASTKW),
    M("index", b_index, SH_METH_FAST),
    M("isalnum", b_isalnum, SH_METH_NOARGS),
    M("isalpha", b_isalpha, SH_METH_NOARGS),
    M("isascii", b_isascii, SH_METH_NOARGS),
    M("isdigit", b_isdigit, SH_METH_NOARGS),
    M("islower", b_islower, SH_METH_NOARGS),
    M("isspace", b_isspace, SH_METH_NOARGS),
    M("istitle", b_istitle, SH_METH_NOARGS),
    M("isupper", b_isupper, SH_METH_NOARGS),
    M("join", b_join, SH_METH_O),
    M("ljust", b_ljust, SH_METH_FAST),
    M("lower", b_lower, SH_METH_NOARGS),
    M("lstrip", b_lstrip, SH_METH_FAST),
    M("maketrans", b_maketrans, SH_METH_FAST | SH_METH_STATIC),
    M("partition", b_partition, SH_METH_O),
    M("removeprefix", b_removeprefix, SH_METH_O),
    M("removesuffix", b_removesuffix, SH_METH_O),
    M("replace", b_replace, SH_METH_FAST),
    M("rfind", b_rfind, SH_METH_FAST),
    M("rindex", b_rindex, SH_METH_FAST),
    M("rjust", b_rjust, SH_METH_FAST),
    M("rpartition", b_rpartition, SH_METH_O),
    M("rsplit", b_rsplit, SH_METH_FASTKW),
    M("rstrip", b_rstrip, SH_METH_FAST),
    M("split", b_split, SH_METH_FASTKW),
    M("splitlines", b_splitlines, SH_METH_FASTKW),
    M("startswith", b_startswith, SH_METH_FAST),
    M("strip", b_strip, SH_METH_FAST),
    M("swapcase", b_swapcase, SH_METH_NOARGS),
    M("title", b_title, SH_METH_NOARGS),
    M("translate", b_translate, SH_METH_FASTKW),
    M("upper", b_upper, SH_METH_NOARGS),
    M("zfill", b_zfill, SH_METH_O),
    {NULL, NULL, 0, NULL},
};
