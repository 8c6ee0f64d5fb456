/* str methods that search and cut: find/index/count, startswith/endswith,
   replace, split/rsplit/splitlines, partition, strip, join, expandtabs. */
#define _GNU_SOURCE
#include <string.h>

#include "str_internal.h"
#include "container_util.h"

/* ------------------------------------------------------------ helpers */

int sh_str_count_check(const char *name, size_t nargs, size_t min, size_t max) {
  if (nargs < min) {
    sh_err_format(&sh_exc_TypeError, "%s() takes at least %d argument%s (%d given)", name, (int)min,
                  min == 1 ? "" : "s", (int)nargs);
    return -1;
  }
  if (nargs > max) {
    sh_err_format(&sh_exc_TypeError, "%s() takes at most %d argument%s (%d given)", name, (int)max,
                  max == 1 ? "" : "s", (int)nargs);
    return -1;
  }
  return 0;
}

/* A slice bound argument: None keeps *out; ints (or __index__) clamp. */
int sh_slice_index_arg(ShObject *o, intptr_t *out) {
  if (!o || o == SH_NONE) return 0;
  if (!SH_INT_CHECK(o) && !(SH_TYPE(o)->as_number && SH_TYPE(o)->as_number->index)) {
    sh_err_set_string(&sh_exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  intptr_t v = sh_number_as_ssize(o, NULL);
  if (v == -1 && sh_err_occurred()) return -1;
  *out = v;
  return 0;
}

int sh_arg_int_bool(ShObject *o, int *out) {
  if (!o) return 0;
  if (!sh_is_index(o)) {
    sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return -1;
  }
  ShObject *i = sh_number_index(o);
  if (!i) return -1;
  *out = sh_int_sign(i) != 0;
  sh_decref(i);
  return 0;
}

/* Resolves start/end against len as str.find does (end clamped, negatives
   counted from the end; start may stay beyond len). */
void sh_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len) {
  if (*end > len)
    *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
}

/* Finds needle (kind km) in hay[start:end]; index or -1. */
intptr_t sh_str_find_raw(ShObject *hay, ShObject *needle, intptr_t start, intptr_t end,
                         bool reverse) {
  intptr_t m = SH_STR_LEN(needle);
  if (end - start < m) return -1;
  if (m == 0) return reverse ? end : start;
  int ks = SH_STR_KIND(hay), km = SH_STR_KIND(needle);
  if (km > ks) return -1;
  const char *ds = SH_STR_DATA(hay);
  const void *dm = SH_STR_DATA(needle);
  if (ks == 1 && !reverse) { /* memchr is several times faster for one byte */
    const char *p = m == 1 ? memchr(ds + start, *(const char *)dm, (size_t)(end - start))
                           : memmem(ds + start, (size_t)(end - start), dm, (size_t)m);
    return p ? (intptr_t)(p - ds) : -1;
  }
  uint32_t first = sh_str_read(km, dm, 0);
  if (!reverse) {
    for (intptr_t i = start; i + m <= end; i++) {
      if (sh_str_read(ks, ds, i) != first) continue;
      intptr_t j = 1;
      while (j < m && sh_str_read(ks, ds, i + j) == sh_str_read(km, dm, j))
        j++;
      if (j == m) return i;
    }
  } else {
    for (intptr_t i = end - m; i >= start; i--) {
      if (sh_str_read(ks, ds, i) != first) continue;
      intptr_t j = 1;
      while (j < m && sh_str_read(ks, ds, i + j) == sh_str_read(km, dm, j))
        j++;
      if (j == m) return i;
    }
  }
  return -1;
}

static intptr_t count_raw(ShObject *s, ShObject *sub, intptr_t start, intptr_t end,
                          intptr_t maxcount) {
  intptr_t m = SH_STR_LEN(sub), n = 0;
  if (end - start < m) return 0;
  if (m == 0) {
    n = end - start + 1;
    return maxcount >= 0 && n > maxcount ? maxcount : n;
  }
  while (maxcount < 0 || n < maxcount) {
    intptr_t i = sh_str_find_raw(s, sub, start, end, false);
    if (i < 0) break;
    n++;
    start = i + m;
  }
  return n;
}

static int str_arg(ShObject *o) {
  if (SH_STR_CHECK(o)) return 0;
  sh_err_format(&sh_exc_TypeError, "must be str, not %T", o);
  return -1;
}

/* (sub[, start[, end]]) */
static int parse_find_args(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                           ShObject **sub, intptr_t *start, intptr_t *end) {
  if (sh_str_count_check(name, nargs, 1, 3) < 0) return -1;
  *sub = args[0];
  *start = 0;
  *end = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_arg(args[1], start) < 0) return -1;
  if (nargs > 2 && sh_slice_index_arg(args[2], end) < 0) return -1;
  sh_adjust_indices(start, end, SH_STR_LEN(self));
  return 0;
}

static ShObject *find_common(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                             bool reverse, bool raise) {
  ShObject *sub;
  intptr_t start, end;
  if (parse_find_args(name, self, args, nargs, &sub, &start, &end) < 0) return NULL;
  if (str_arg(sub) < 0) return NULL;
  intptr_t r = sh_str_find_raw(self, sub, start, end, reverse);
  if (r < 0 && raise) {
    sh_err_set_string(&sh_exc_ValueError, "substring not found");
    return NULL;
  }
  return sh_int_from_i64(r);
}

ShObject *sh_strm_find(ShObject *self, ShObject *const *args, size_t nargs) {
  return find_common("find", self, args, nargs, false, false);
}
ShObject *sh_strm_rfind(ShObject *self, ShObject *const *args, size_t nargs) {
  return find_common("rfind", self, args, nargs, true, false);
}
ShObject *sh_strm_index(ShObject *self, ShObject *const *args, size_t nargs) {
  return find_common("index", self, args, nargs, false, true);
}
ShObject *sh_strm_rindex(ShObject *self, ShObject *const *args, size_t nargs) {
  return find_common("rindex", self, args, nargs, true, true);
}

ShObject *sh_strm_count(ShObject *self, ShObject *const *args, size_t nargs) {
  ShObject *sub;
  intptr_t start, end;
  if (parse_find_args("count", self, args, nargs, &sub, &start, &end) < 0) return NULL;
  if (str_arg(sub) < 0) return NULL;
  return sh_int_from_i64(count_raw(self, sub, start, end, -1));
}

static bool tail_match(ShObject *self, ShObject *sub, intptr_t start, intptr_t end, bool suffix) {
  intptr_t m = SH_STR_LEN(sub);
  if (start > SH_STR_LEN(self)) return false;
  if (end - start < m) return false;
  intptr_t at = suffix ? end - m : start;
  int ks = SH_STR_KIND(self), km = SH_STR_KIND(sub);
  const void *ds = SH_STR_DATA(self), *dm = SH_STR_DATA(sub);
  if (ks == km) return memcmp((const char *)ds + at * ks, dm, (size_t)m * ks) == 0;
  for (intptr_t j = 0; j < m; j++)
    if (sh_str_read(ks, ds, at + j) != sh_str_read(km, dm, j)) return false;
  return true;
}

static ShObject *startend(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                          bool suffix) {
  ShObject *sub;
  intptr_t start, end;
  if (parse_find_args(name, self, args, nargs, &sub, &start, &end) < 0) return NULL;
  if (SH_TUPLE_CHECK(sub)) {
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(sub); i++) {
      ShObject *x = SH_TUPLE_GET(sub, i);
      if (!SH_STR_CHECK(x))
        return sh_err_format(&sh_exc_TypeError, "tuple for %s must only contain str, not %T", name,
                             x);
      if (tail_match(self, x, start, end, suffix)) return SH_TRUE;
    }
    return SH_FALSE;
  }
  if (!SH_STR_CHECK(sub))
    return sh_err_format(&sh_exc_TypeError, "%s first arg must be str or a tuple of str, not %T",
                         name, sub);
  return sh_bool_from(tail_match(self, sub, start, end, suffix));
}

ShObject *sh_strm_startswith(ShObject *self, ShObject *const *args, size_t nargs) {
  return startend("startswith", self, args, nargs, false);
}
ShObject *sh_strm_endswith(ShObject *self, ShObject *const *args, size_t nargs) {
  return startend("endswith", self, args, nargs, true);
}

/* ------------------------------------------------------------ pieces */

/* Growable code point buffer for building results. */
typedef struct {
  uint32_t *buf;
  intptr_t len, cap;
} Ucs;

static int ucs_reserve(Ucs *u, intptr_t extra) {
  if (u->len + extra <= u->cap) return 0;
  intptr_t ncap = u->cap ? u->cap * 2 : 32;
  while (ncap < u->len + extra)
    ncap *= 2;
  uint32_t *nb = sh_mem_realloc(u->buf, (size_t)ncap * sizeof *nb);
  if (!nb) {
    sh_err_no_memory();
    return -1;
  }
  u->buf = nb;
  u->cap = ncap;
  return 0;
}

static int ucs_put_range(Ucs *u, ShObject *s, intptr_t start, intptr_t end) {
  if (end <= start) return 0;
  if (ucs_reserve(u, end - start) < 0) return -1;
  int k = SH_STR_KIND(s);
  const void *d = SH_STR_DATA(s);
  for (intptr_t i = start; i < end; i++)
    u->buf[u->len++] = sh_str_read(k, d, i);
  return 0;
}

static ShObject *ucs_finish(Ucs *u) {
  ShObject *r = sh_str_from_codepoints(u->buf, (size_t)u->len);
  sh_mem_free(u->buf);
  return r;
}

ShObject *sh_strm_replace(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_str_count_check("replace", nargs, 2, 3) < 0) return NULL;
  ShObject *old = args[0], *new_ = args[1];
  intptr_t count = -1;
  if (!SH_STR_CHECK(old))
    return sh_err_format(&sh_exc_TypeError, "replace() argument 1 must be str, not %T", old);
  if (!SH_STR_CHECK(new_))
    return sh_err_format(&sh_exc_TypeError, "replace() argument 2 must be str, not %T", new_);
  if (nargs > 2) {
    count = sh_number_as_ssize_arg(args[2]);
    if (count == -1 && sh_err_occurred()) return NULL;
  }
  intptr_t n = SH_STR_LEN(self), m = SH_STR_LEN(old);
  if (count == 0 || (m > 0 && sh_str_find_raw(self, old, 0, n, false) < 0) ||
      (m == 0 && SH_STR_LEN(new_) == 0) || (m > n)) {
    if (SH_STR_CHECK_EXACT(self)) return sh_newref(self);
    return sh_str_substring(self, 0, n);
  }
  Ucs u = {NULL, 0, 0};
  intptr_t done = 0, pos = 0;
  if (m == 0) {
    for (intptr_t i = 0; i <= n; i++) {
      if (count < 0 || done < count) {
        if (ucs_put_range(&u, new_, 0, SH_STR_LEN(new_)) < 0) goto fail;
        done++;
      }
      if (i < n && ucs_put_range(&u, self, i, i + 1) < 0) goto fail;
    }
    return ucs_finish(&u);
  }
  while (count < 0 || done < count) {
    intptr_t i = sh_str_find_raw(self, old, pos, n, false);
    if (i < 0) break;
    if (ucs_put_range(&u, self, pos, i) < 0 || ucs_put_range(&u, new_, 0, SH_STR_LEN(new_)) < 0)
      goto fail;
    pos = i + m;
    done++;
  }
  if (ucs_put_range(&u, self, pos, n) < 0) goto fail;
  return ucs_finish(&u);
fail:
  sh_mem_free(u.buf);
  return NULL;
}

/* str.isspace() of the ASCII characters: what split() splits on */
static const bool ascii_space[128] = {['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
                                      [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1};

static int list_add_sub(ShObject *list, ShObject *s, intptr_t a, intptr_t b) {
  ShObject *x = sh_str_substring(s, a, b);
  if (!x) return -1;
  int rc = sh_list_append(list, x);
  sh_decref(x);
  return rc;
}

static int parse_split_args(const char *name, ShObject *const *args, size_t nargs,
                            ShObject *kwnames, ShObject **sep, intptr_t *maxsplit) {
  ShObject *s = NULL, *ms = NULL;
  if (sh_args_parse(name, args, nargs, kwnames, "|sep,maxsplit", &s, &ms) < 0) return -1;
  *sep = (s == SH_NONE) ? NULL : s;
  *maxsplit = -1;
  if (ms) {
    *maxsplit = sh_number_as_ssize_arg(ms);
    if (*maxsplit == -1 && sh_err_occurred()) return -1;
  }
  if (*sep && !SH_STR_CHECK(*sep)) {
    sh_err_format(&sh_exc_TypeError, "must be str or None, not %T", *sep);
    return -1;
  }
  if (*sep && SH_STR_LEN(*sep) == 0) {
    sh_err_set_string(&sh_exc_ValueError, "empty separator");
    return -1;
  }
  if (*maxsplit < 0) *maxsplit = INTPTR_MAX;
  return 0;
}

ShObject *sh_strm_split(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *sep;
  intptr_t maxsplit;
  if (parse_split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  intptr_t n = SH_STR_LEN(self);
  int k = SH_STR_KIND(self);
  const void *d = SH_STR_DATA(self);
  if (!sep && ((ShStr *)self)->ascii) { /* the common case, a byte at a time */
    const unsigned char *b = d;
    intptr_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n && ascii_space[b[i]])
        i++;
      if (i == n) break;
      intptr_t j = i;
      while (j < n && !ascii_space[b[j]])
        j++;
      if (list_add_sub(list, self, i, j) < 0) goto fail;
      i = j;
    }
    while (i < n && ascii_space[b[i]])
      i++;
    if (i < n && list_add_sub(list, self, i, n) < 0) goto fail;
    return list;
  }
  if (!sep) {
    intptr_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n && sh_uni_isspace(sh_str_read(k, d, i)))
        i++;
      if (i == n) break;
      intptr_t j = i;
      while (j < n && !sh_uni_isspace(sh_str_read(k, d, j)))
        j++;
      if (list_add_sub(list, self, i, j) < 0) goto fail;
      i = j;
    }
    while (i < n && sh_uni_isspace(sh_str_read(k, d, i)))
      i++;
    if (i < n && list_add_sub(list, self, i, n) < 0) goto fail;
    return list;
  }
  intptr_t m = SH_STR_LEN(sep), pos = 0;
  while (maxsplit-- > 0) {
    intptr_t i = sh_str_find_raw(self, sep, pos, n, false);
    if (i < 0) break;
    if (list_add_sub(list, self, pos, i) < 0) goto fail;
    pos = i + m;
  }
  if (pos == 0 && SH_STR_CHECK_EXACT(self)) {
    if (sh_list_append(list, self) < 0) goto fail;
  } else if (list_add_sub(list, self, pos, n) < 0)
    goto fail;
  return list;
fail:
  sh_decref(list);
  return NULL;
}

ShObject *sh_strm_rsplit(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *sep;
  intptr_t maxsplit;
  if (parse_split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  intptr_t n = SH_STR_LEN(self);
  int k = SH_STR_KIND(self);
  const void *d = SH_STR_DATA(self);
  if (!sep) {
    intptr_t i = n;
    while (maxsplit-- > 0) {
      while (i > 0 && sh_uni_isspace(sh_str_read(k, d, i - 1)))
        i--;
      if (i == 0) break;
      intptr_t j = i;
      while (j > 0 && !sh_uni_isspace(sh_str_read(k, d, j - 1)))
        j--;
      if (list_add_sub(list, self, j, i) < 0) goto fail;
      i = j;
    }
    while (i > 0 && sh_uni_isspace(sh_str_read(k, d, i - 1)))
      i--;
    if (i > 0 && list_add_sub(list, self, 0, i) < 0) goto fail;
  } else {
    intptr_t m = SH_STR_LEN(sep), end = n;
    while (maxsplit-- > 0) {
      intptr_t i = sh_str_find_raw(self, sep, 0, end, true);
      if (i < 0) break;
      if (list_add_sub(list, self, i + m, end) < 0) goto fail;
      end = i;
    }
    if (list_add_sub(list, self, 0, end) < 0) goto fail;
  }
  if (sh_list_reverse(list) < 0) goto fail;
  return list;
fail:
  sh_decref(list);
  return NULL;
}

ShObject *sh_strm_splitlines(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *ke = NULL;
  if (sh_args_parse("splitlines", args, nargs, kwnames, "|keepends", &ke) < 0) return NULL;
  int keep = 0;
  if (sh_arg_int_bool(ke, &keep) < 0) return NULL;
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  intptr_t n = SH_STR_LEN(self), i = 0;
  int k = SH_STR_KIND(self);
  const void *d = SH_STR_DATA(self);
  while (i < n) {
    intptr_t j = i;
    while (j < n && !sh_uni_islinebreak(sh_str_read(k, d, j)))
      j++;
    intptr_t eol = j;
    if (j < n) {
      if (sh_str_read(k, d, j) == '\r' && j + 1 < n && sh_str_read(k, d, j + 1) == '\n')
        j += 2;
      else
        j++;
      if (keep) eol = j;
    }
    if (list_add_sub(list, self, i, eol) < 0) {
      sh_decref(list);
      return NULL;
    }
    i = j;
  }
  return list;
}

static ShObject *partition(ShObject *self, ShObject *sep, bool reverse) {
  if (str_arg(sep) < 0) return NULL;
  if (SH_STR_LEN(sep) == 0) {
    sh_err_set_string(&sh_exc_ValueError, "empty separator");
    return NULL;
  }
  intptr_t n = SH_STR_LEN(self);
  intptr_t i = sh_str_find_raw(self, sep, 0, n, reverse);
  ShObject *e = sh_str_empty();
  if (i < 0) {
    ShObject *whole = sh_str_substring(self, 0, n);
    if (!whole) return NULL;
    ShObject *t = reverse ? sh_tuple_pack(3, e, e, whole) : sh_tuple_pack(3, whole, e, e);
    sh_decref(whole);
    return t;
  }
  ShObject *a = sh_str_substring(self, 0, i);
  ShObject *b = sh_str_substring(self, i + SH_STR_LEN(sep), n);
  ShObject *t = (a && b) ? sh_tuple_pack(3, a, sep, b) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  return t;
}

ShObject *sh_strm_partition(ShObject *self, ShObject *sep) {
  return partition(self, sep, false);
}
ShObject *sh_strm_rpartition(ShObject *self, ShObject *sep) {
  return partition(self, sep, true);
}

static bool char_in(ShObject *chars, uint32_t c) {
  int k = SH_STR_KIND(chars);
  const void *d = SH_STR_DATA(chars);
  for (intptr_t i = 0, n = SH_STR_LEN(chars); i < n; i++)
    if (sh_str_read(k, d, i) == c) return true;
  return false;
}

static ShObject *do_strip(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                          int which) {
  if (sh_str_count_check(name, nargs, 0, 1) < 0) return NULL;
  ShObject *chars = nargs ? args[0] : SH_NONE;
  if (chars != SH_NONE && !SH_STR_CHECK(chars))
    return sh_err_format(&sh_exc_TypeError, "%s arg must be None or str", name);
  intptr_t n = SH_STR_LEN(self), i = 0, j = n;
  int k = SH_STR_KIND(self);
  const void *d = SH_STR_DATA(self);
#define STRIPPABLE(c) (chars == SH_NONE ? sh_uni_isspace(c) : char_in(chars, (c)))
  if (which & 1)
    while (i < j && STRIPPABLE(sh_str_read(k, d, i)))
      i++;
  if (which & 2)
    while (j > i && STRIPPABLE(sh_str_read(k, d, j - 1)))
      j--;
#undef STRIPPABLE
  return sh_str_substring(self, i, j);
}

ShObject *sh_strm_strip(ShObject *self, ShObject *const *args, size_t nargs) {
  return do_strip("strip", self, args, nargs, 3);
}
ShObject *sh_strm_lstrip(ShObject *self, ShObject *const *args, size_t nargs) {
  return do_strip("lstrip", self, args, nargs, 1);
}
ShObject *sh_strm_rstrip(ShObject *self, ShObject *const *args, size_t nargs) {
  return do_strip("rstrip", self, args, nargs, 2);
}

ShObject *sh_strm_removeprefix(ShObject *self, ShObject *p) {
  if (!SH_STR_CHECK(p))
    return sh_err_format(&sh_exc_TypeError, "removeprefix() argument must be str, not %T", p);
  intptr_t n = SH_STR_LEN(self);
  if (tail_match(self, p, 0, n, false)) return sh_str_substring(self, SH_STR_LEN(p), n);
  return sh_str_substring(self, 0, n);
}

ShObject *sh_strm_removesuffix(ShObject *self, ShObject *p) {
  if (!SH_STR_CHECK(p))
    return sh_err_format(&sh_exc_TypeError, "removesuffix() argument must be str, not %T", p);
  intptr_t n = SH_STR_LEN(self);
  if (SH_STR_LEN(p) && tail_match(self, p, 0, n, true))
    return sh_str_substring(self, 0, n - SH_STR_LEN(p));
  return sh_str_substring(self, 0, n);
}

ShObject *sh_str_join(ShObject *sep, ShObject *iterable) {
  ShObject *seq;
  if (SH_LIST_CHECK_EXACT(iterable) || SH_TUPLE_CHECK_EXACT(iterable)) {
    seq = SH_LIST_CHECK_EXACT(iterable) ? sh_list_as_tuple(iterable) : sh_newref(iterable);
  } else {
    ShObject *it = sh_object_iter(iterable);
    if (!it) {
      if (sh_err_matches(&sh_exc_TypeError)) {
        sh_err_clear();
        sh_err_set_string(&sh_exc_TypeError, "can only join an iterable");
      }
      return NULL;
    }
    sh_decref(it);
    seq = sh_sequence_tuple(iterable);
  }
  if (!seq) return NULL;
  intptr_t count = SH_TUPLE_SIZE(seq), total = 0, seplen = SH_STR_LEN(sep);
  uint32_t maxc = count > 1 ? sh_str_maxchar(sep) : 0;
  for (intptr_t i = 0; i < count; i++) {
    ShObject *x = SH_TUPLE_GET(seq, i);
    if (!SH_STR_CHECK(x)) {
      sh_err_format(&sh_exc_TypeError, "sequence item %zd: expected str instance, %T found", i, x);
      sh_decref(seq);
      return NULL;
    }
    total += SH_STR_LEN(x) + (i ? seplen : 0);
    uint32_t m = sh_str_maxchar(x);
    if (m > maxc) maxc = m;
  }
  if (count == 1 && SH_STR_CHECK_EXACT(SH_TUPLE_GET(seq, 0))) {
    ShObject *r = sh_newref(SH_TUPLE_GET(seq, 0));
    sh_decref(seq);
    return r;
  }
  ShObject *r = total == 0 ? sh_str_empty() : sh_str_new(total, maxc);
  if (!r || total == 0) {
    sh_decref(seq);
    return r;
  }
  int kr = SH_STR_KIND(r);
  char *out = SH_STR_DATA(r);
  intptr_t at = 0;
  for (intptr_t i = 0; i < count; i++) {
    for (int part = (i ? 0 : 1); part < 2; part++) {
      ShObject *x = part ? SH_TUPLE_GET(seq, i) : sep;
      intptr_t n = SH_STR_LEN(x);
      int kx = SH_STR_KIND(x);
      const void *dx = SH_STR_DATA(x);
      if (kx == kr) {
        memcpy(out + at * kr, dx, (size_t)n * kr);
      } else {
        for (intptr_t j = 0; j < n; j++) {
          uint32_t c = sh_str_read(kx, dx, j);
          if (kr == 2)
            ((uint16_t *)out)[at + j] = (uint16_t)c;
          else
            ((uint32_t *)out)[at + j] = c;
        }
      }
      at += n;
    }
  }
  sh_decref(seq);
  return r;
}

ShObject *sh_strm_join(ShObject *self, ShObject *it) {
  return sh_str_join(self, it);
}

ShObject *sh_strm_expandtabs(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *ts = NULL;
  if (sh_args_parse("expandtabs", args, nargs, kwnames, "|tabsize", &ts) < 0) return NULL;
  intptr_t tab = 8;
  if (ts) {
    tab = sh_number_as_ssize(ts, &sh_exc_OverflowError);
    if (tab == -1 && sh_err_occurred()) return NULL;
  }
  Ucs u = {NULL, 0, 0};
  intptr_t col = 0, n = SH_STR_LEN(self);
  int k = SH_STR_KIND(self);
  const void *d = SH_STR_DATA(self);
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(k, d, i);
    if (c == '\t') {
      if (tab > 0) {
        intptr_t sp = tab - col % tab;
        if (ucs_reserve(&u, sp) < 0) goto fail;
        for (intptr_t j = 0; j < sp; j++)
          u.buf[u.len++] = ' ';
        col += sp;
      }
    } else {
      if (ucs_reserve(&u, 1) < 0) goto fail;
      u.buf[u.len++] = c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return ucs_finish(&u);
fail:
  sh_mem_free(u.buf);
  return NULL;
}

ShObject *sh_strm_encode(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *enc = NULL, *err = NULL;
  if (sh_args_parse("encode", args, nargs, kwnames, "|encoding,errors", &enc, &err) < 0)
    return NULL;
  const char *e = "utf-8", *h = "strict";
  if (enc) {
    if (!SH_STR_CHECK(enc))
      return sh_err_format(&sh_exc_TypeError, "encode() argument 'encoding' must be str, not %T",
                           enc);
    if (!(e = sh_str_utf8(enc))) return NULL;
  }
  if (err) {
    if (!SH_STR_CHECK(err))
      return sh_err_format(&sh_exc_TypeError, "encode() argument 'errors' must be str, not %T",
                           err);
    if (!(h = sh_str_utf8(err))) return NULL;
  }
  return sh_str_encode(self, e, h);
}

ShObject *sh_strm_getnewargs(ShObject *self) {
  ShObject *s = sh_str_substring(self, 0, SH_STR_LEN(self));
  if (!s) return NULL;
  if (!SH_STR_CHECK_EXACT(s))
    SH_SETREF(s, sh_str_from_kind(SH_STR_KIND(self), SH_STR_DATA(self), SH_STR_LEN(self)));
  if (!s) return NULL;
  ShObject *t = sh_tuple_pack(1, s);
  sh_decref(s);
  return t;
}

ShObject *sh_strm_sizeof(ShObject *self) {
  ShStr *s = (ShStr *)self;
  intptr_t size;
  if (s->ascii)
    size = 48 + s->length + 1;
  else {
    size = 72 + (s->length + 1) * s->kind;
    if (atomic_load(&s->utf8)) size += s->utf8_length + 1;
  }
  return sh_int_from_i64(size);
}
