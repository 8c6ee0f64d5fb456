/* The methods and slots bytes and bytearray share (find, split, strip,
   case, is*, padding, hex/fromhex, translate, decode, `in`, comparison,
   concatenation): each reads self's buffer and builds its result with
   self's own type (bytes or bytearray). */
#include <string.h>

#include "str_internal.h"
#include "container_util.h"

/* Threads (bytes.h): a method reads self through one view, which holds a
   bytearray's mutex for the whole computation, and takes its bytes-like
   operands before that through operand views (copies of bytearrays once
   threads run: one mutex at a time). An operand that is self itself is
   read through self's view instead (`bind`), so that the method sees one
   state of it. Arguments that may run Python code (__index__) are
   converted before any view is taken. */

/* An operand's view; self itself is only marked (len -1) for bind. */
static int operand(ShObject *self, ShObject *x, ShBytesView *v) {
  if (x != self) return sh_bytes_view_operand(x, v);
  *v = (ShBytesView){NULL, -1, NULL, NULL};
  return 0;
}
static void bind(ShBytesView *v, const ShBytesView *self_view) {
  if (v->len < 0) *v = (ShBytesView){self_view->data, self_view->len, NULL, NULL};
}

/* Views of self and one operand x, in that order of use. */
static int view_with(ShObject *self, ShObject *x, ShBytesView *h, ShBytesView *v) {
  if (operand(self, x, v) < 0) return -1;
  if (sh_bytes_view(self, h) < 0) {
    sh_bytes_view_end(v);
    return -1;
  }
  bind(v, h);
  return 0;
}
static void end2(ShBytesView *a, ShBytesView *b) {
  sh_bytes_view_end(a);
  sh_bytes_view_end(b);
}

static ShObject *make(ShObject *self, const void *data, size_t len) {
  if (SH_BYTES_CHECK(self)) return sh_bytes_from_data(data, len);
  return sh_bytearray_from_data(data, len);
}

static bool is_bytes_like(ShObject *o) {
  return SH_BYTES_CHECK(o) || sh_type_check(o, &sh_type_bytearray);
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

static intptr_t bfind(const char *h, const char *nd, intptr_t m, intptr_t start, intptr_t end,
                      bool rev) {
  if (end - start < m) return -1;
  if (m == 0) return rev ? end : start;
  if (!rev) {
    for (intptr_t i = start; i + m <= end; i++)
      if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)m) == 0) return i;
  } else {
    for (intptr_t i = end - m; i >= start; i--)
      if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)m) == 0) return i;
  }
  return -1;
}

/* A byte value (0..255) for `x in b`, find(int) and friends; -1 on error. */
static int byte_arg(ShObject *a) {
  intptr_t v = sh_number_as_ssize(a, NULL);
  if (v == -1 && sh_err_occurred()) return -1;
  if (v < 0 || v > 255) {
    sh_err_set_string(&sh_exc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  return (int)v;
}

/* (sub[, start[, end]]) where sub is bytes-like or an int: self's view in
   *h, sub's in *sub (`single` holds an int's byte), start and end adjusted
   to self's length. */
static int find_args(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                     ShBytesView *h, ShBytesView *sub, char *single, intptr_t *start,
                     intptr_t *end) {
  if (sh_str_count_check(name, nargs, 1, 3) < 0) return -1;
  *start = 0;
  *end = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_arg(args[1], start) < 0) return -1;
  if (nargs > 2 && sh_slice_index_arg(args[2], end) < 0) return -1;
  ShObject *a = args[0];
  if (sh_is_index(a)) {
    int v = byte_arg(a);
    if (v < 0) return -1;
    *single = (char)v;
    *sub = (ShBytesView){single, 1, NULL, NULL};
    if (sh_bytes_view(self, h) < 0) return -1;
  } else if (is_bytes_like(a)) {
    if (view_with(self, a, h, sub) < 0) return -1;
  } else {
    sh_err_format(&sh_exc_TypeError, "argument should be integer or bytes-like object, not '%T'",
                  a);
    return -1;
  }
  sh_adjust_indices(start, end, h->len);
  return 0;
}

static ShObject *find_common(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                             bool rev, bool raise) {
  ShBytesView h, sub;
  char single;
  intptr_t start, end;
  if (find_args(name, self, args, nargs, &h, &sub, &single, &start, &end) < 0) return NULL;
  intptr_t r = bfind(h.data, sub.data, sub.len, start, end, rev);
  end2(&h, &sub);
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
  ShBytesView h, sub;
  char single;
  intptr_t start, end;
  if (find_args("count", self, args, nargs, &h, &sub, &single, &start, &end) < 0) return NULL;
  intptr_t c = 0;
  if (end - start < sub.len) {
    c = 0;
  } else if (sub.len == 0) {
    c = end - start + 1;
  } else {
    for (;;) {
      intptr_t i = bfind(h.data, sub.data, sub.len, start, end, false);
      if (i < 0) break;
      c++;
      start = i + sub.len;
    }
  }
  end2(&h, &sub);
  return sh_int_from_i64(c);
}

/* startswith/endswith: the prefixes (one, or a tuple of them) are all
   taken before self's view, so that they are checked against one state of
   it. As in CPython, a match wins over a later item that is not bytes. */
static ShObject *startend(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                          bool suffix) {
  if (sh_str_count_check(name, nargs, 1, 3) < 0) return NULL;
  intptr_t start = 0, end = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_arg(args[1], &start) < 0) return NULL;
  if (nargs > 2 && sh_slice_index_arg(args[2], &end) < 0) return NULL;
  ShObject *p = args[0];
  intptr_t count = SH_TUPLE_CHECK(p) ? SH_TUPLE_SIZE(p) : 1, taken = 0;
  ShBytesView few[4], *subs = count <= 4 ? few : sh_mem_alloc((size_t)count * sizeof *subs);
  if (!subs) return sh_err_no_memory();
  ShObject *bad = NULL;
  for (; taken < count; taken++) {
    ShObject *x = SH_TUPLE_CHECK(p) ? SH_TUPLE_GET(p, taken) : p;
    if (!is_bytes_like(x)) {
      bad = x;
      break;
    }
    if (operand(self, x, &subs[taken]) < 0) break;
  }
  ShObject *r = taken == count || bad ? SH_FALSE : NULL;
  ShBytesView h;
  sh_bytes_view(self, &h);
  sh_adjust_indices(&start, &end, h.len);
  for (intptr_t k = 0; r == SH_FALSE && k < taken; k++) {
    ShBytesView *sub = &subs[k];
    bind(sub, &h);
    if (start > h.len || end - start < sub->len) continue;
    if (memcmp(h.data + (suffix ? end - sub->len : start), sub->data, (size_t)sub->len) == 0)
      r = SH_TRUE;
  }
  sh_bytes_view_end(&h);
  for (intptr_t k = 0; k < taken; k++)
    sh_bytes_view_end(&subs[k]);
  if (subs != few) sh_mem_free(subs);
  if (r == SH_FALSE && bad) {
    if (SH_TUPLE_CHECK(p))
      return sh_err_format(&sh_exc_TypeError, "a bytes-like object is required, not '%T'", bad);
    return sh_err_format(&sh_exc_TypeError,
                         "%s first arg must be bytes or a tuple of bytes, not %T", name, bad);
  }
  return r;
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

/* A bytes-like operand (bytes, bytearray, memoryview), checked before
   any other argument runs Python code, as CPython converts in order. */
static int need_buffer(ShObject *x) {
  if (is_bytes_like(x) || SH_TYPE(x) == &sh_type_memoryview) return 0;
  sh_err_format(&sh_exc_TypeError, "a bytes-like object is required, not '%T'", x);
  return -1;
}

static int put_replaced(Out *o, const ShBytesView *h, const ShBytesView *old,
                        const ShBytesView *new_, intptr_t count) {
  intptr_t done = 0, pos = 0;
  if (old->len == 0) {
    for (intptr_t i = 0; i <= h->len; i++) {
      if (count < 0 || done < count) {
        if (put(o, new_->data, (size_t)new_->len) < 0) return -1;
        done++;
      }
      if (i < h->len && put(o, h->data + i, 1) < 0) return -1;
    }
    return 0;
  }
  while (count < 0 || done < count) {
    intptr_t i = bfind(h->data, old->data, old->len, pos, h->len, false);
    if (i < 0) break;
    if (put(o, h->data + pos, (size_t)(i - pos)) < 0 || put(o, new_->data, (size_t)new_->len) < 0)
      return -1;
    pos = i + old->len;
    done++;
  }
  return put(o, h->data + pos, (size_t)(h->len - pos));
}

static ShObject *b_replace(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_str_count_check("replace", nargs, 2, 3) < 0) return NULL;
  if (need_buffer(args[0]) < 0 || need_buffer(args[1]) < 0) return NULL;
  intptr_t count = -1;
  if (nargs > 2) {
    count = sh_number_as_ssize_arg(args[2]);
    if (count == -1 && sh_err_occurred()) return NULL;
  }
  ShBytesView old, new_, h;
  if (operand(self, args[1], &new_) < 0) return NULL;
  if (view_with(self, args[0], &h, &old) < 0) {
    sh_bytes_view_end(&new_);
    return NULL;
  }
  bind(&new_, &h);
  Out o = {NULL, 0, 0};
  ShObject *r = NULL;
  if (put_replaced(&o, &h, &old, &new_, count) == 0)
    r = out_finish(self, &o);
  else
    sh_mem_free(o.buf);
  end2(&h, &old);
  sh_bytes_view_end(&new_);
  return r;
}

static int add_piece(ShObject *list, ShObject *self, const char *p, intptr_t n) {
  ShObject *x = make(self, p, (size_t)n);
  if (!x) return -1;
  int rc = sh_list_append(list, x);
  sh_decref(x);
  return rc;
}

/* The pieces of h split at sep (whitespace runs when sep.data is NULL),
   at most maxsplit times, from the right when rev (in reverse order). */
static int split_pieces(ShObject *list, ShObject *self, const ShBytesView *h,
                        const ShBytesView *sep, intptr_t maxsplit, bool rev) {
  const char *d = h->data;
  intptr_t n = h->len;
  if (!sep->data) {
    if (!rev) {
      intptr_t i = 0;
      while (maxsplit-- > 0) {
        while (i < n && bspace((unsigned char)d[i]))
          i++;
        if (i == n) break;
        intptr_t j = i;
        while (j < n && !bspace((unsigned char)d[j]))
          j++;
        if (add_piece(list, self, d + i, j - i) < 0) return -1;
        i = j;
      }
      while (i < n && bspace((unsigned char)d[i]))
        i++;
      return i < n ? add_piece(list, self, d + i, n - i) : 0;
    }
    intptr_t i = n;
    while (maxsplit-- > 0) {
      while (i > 0 && bspace((unsigned char)d[i - 1]))
        i--;
      if (i == 0) break;
      intptr_t j = i;
      while (j > 0 && !bspace((unsigned char)d[j - 1]))
        j--;
      if (add_piece(list, self, d + j, i - j) < 0) return -1;
      i = j;
    }
    while (i > 0 && bspace((unsigned char)d[i - 1]))
      i--;
    return i > 0 ? add_piece(list, self, d, i) : 0;
  }
  if (!rev) {
    intptr_t pos = 0;
    while (maxsplit-- > 0) {
      intptr_t i = bfind(d, sep->data, sep->len, pos, n, false);
      if (i < 0) break;
      if (add_piece(list, self, d + pos, i - pos) < 0) return -1;
      pos = i + sep->len;
    }
    return add_piece(list, self, d + pos, n - pos);
  }
  intptr_t end = n;
  while (maxsplit-- > 0) {
    intptr_t i = bfind(d, sep->data, sep->len, 0, end, true);
    if (i < 0) break;
    if (add_piece(list, self, d + i + sep->len, end - i - sep->len) < 0) return -1;
    end = i;
  }
  return add_piece(list, self, d, end);
}

static ShObject *empty_separator(void) {
  sh_err_set_string(&sh_exc_ValueError, "empty separator");
  return NULL;
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
  ShBytesView h, sep = {NULL, 0, NULL, NULL};
  if (sepo && sepo != SH_NONE ? view_with(self, sepo, &h, &sep) < 0 : sh_bytes_view(self, &h) < 0)
    return NULL;
  ShObject *list = NULL;
  if (sep.data && sep.len == 0)
    empty_separator();
  else if ((list = sh_list_new(0)) && split_pieces(list, self, &h, &sep, maxsplit, rev) < 0)
    SH_CLEAR(list);
  end2(&h, &sep);
  if (list && rev && sh_list_reverse(list) < 0) SH_CLEAR(list);
  return list;
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
  ShBytesView h;
  sh_bytes_view(self, &h);
  ShObject *list = sh_list_new(0);
  for (intptr_t i = 0; list && i < h.len;) {
    intptr_t j = i;
    while (j < h.len && h.data[j] != '\n' && h.data[j] != '\r')
      j++;
    intptr_t eol = j;
    if (j < h.len) {
      j += (h.data[j] == '\r' && j + 1 < h.len && h.data[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    if (add_piece(list, self, h.data + i, eol - i) < 0) SH_CLEAR(list);
    i = j;
  }
  sh_bytes_view_end(&h);
  return list;
}

static ShObject *partition(ShObject *self, ShObject *sepo, bool rev) {
  ShBytesView h, sep;
  if (view_with(self, sepo, &h, &sep) < 0) return NULL;
  ShObject *t = NULL;
  if (sep.len == 0) {
    empty_separator();
  } else {
    const char *d = h.data;
    intptr_t n = h.len, i = bfind(d, sep.data, sep.len, 0, n, rev);
    ShObject *a, *b, *c;
    if (i < 0) {
      a = make(self, rev ? "" : d, rev ? 0 : (size_t)n);
      b = make(self, "", 0);
      c = make(self, rev ? d : "", rev ? (size_t)n : 0);
    } else {
      a = make(self, d, (size_t)i);
      b = make(self, sep.data, (size_t)sep.len);
      c = make(self, d + i + sep.len, (size_t)(n - i - sep.len));
    }
    t = (a && b && c) ? sh_tuple_pack(3, a, b, c) : NULL;
    sh_xdecref(a);
    sh_xdecref(b);
    sh_xdecref(c);
  }
  end2(&h, &sep);
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
  ShBytesView h, chars = {NULL, 0, NULL, NULL};
  if (nargs && args[0] != SH_NONE ? view_with(self, args[0], &h, &chars) < 0
                                  : sh_bytes_view(self, &h) < 0)
    return NULL;
  intptr_t i = 0, j = h.len;
#define STRIPPABLE(c)                                                                              \
  (chars.data ? memchr(chars.data, (c), (size_t)chars.len) != NULL : bspace((unsigned char)(c)))
  if (which & 1)
    while (i < j && STRIPPABLE(h.data[i]))
      i++;
  if (which & 2)
    while (j > i && STRIPPABLE(h.data[j - 1]))
      j--;
#undef STRIPPABLE
  ShObject *r = i == 0 && j == h.len && SH_TYPE(self) == &sh_type_bytes
                    ? sh_newref(self)
                    : make(self, h.data + i, (size_t)(j - i));
  end2(&h, &chars);
  return r;
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

static ShObject *remove_affix(ShObject *self, ShObject *arg, bool suffix) {
  ShBytesView h, p;
  if (view_with(self, arg, &h, &p) < 0) return NULL;
  intptr_t at = suffix ? h.len - p.len : 0;
  bool found = p.len && p.len <= h.len && memcmp(h.data + at, p.data, (size_t)p.len) == 0;
  ShObject *r = !found   ? make(self, h.data, (size_t)h.len)
                : suffix ? make(self, h.data, (size_t)(h.len - p.len))
                         : make(self, h.data + p.len, (size_t)(h.len - p.len));
  end2(&h, &p);
  return r;
}

static ShObject *b_removeprefix(ShObject *self, ShObject *arg) {
  return remove_affix(self, arg, false);
}

static ShObject *b_removesuffix(ShObject *self, ShObject *arg) {
  return remove_affix(self, arg, true);
}

/* sep.join(items): the separator is an operand (a copy of a bytearray once
   threads run) and each item is read under its own view in turn, so that
   one mutex at most is held. */
static ShObject *b_join(ShObject *self, ShObject *iterable) {
  ShObject *seq = sh_sequence_tuple(iterable);
  if (!seq) return NULL;
  ShBytesView sep;
  if (sh_bytes_view_operand(self, &sep) < 0) {
    sh_decref(seq);
    return NULL;
  }
  Out o = {NULL, 0, 0};
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(seq); i++) {
    ShObject *x = SH_TUPLE_GET(seq, i);
    if (!is_bytes_like(x)) {
      sh_err_format(&sh_exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                    i, x);
      goto fail;
    }
    ShBytesView b;
    sh_bytes_view(x, &b);
    int rc = (i && put(&o, sep.data, (size_t)sep.len) < 0) || put(&o, b.data, (size_t)b.len) < 0;
    sh_bytes_view_end(&b);
    if (rc) goto fail;
  }
  sh_bytes_view_end(&sep);
  sh_decref(seq);
  return out_finish(self, &o);
fail:
  sh_bytes_view_end(&sep);
  sh_decref(seq);
  sh_mem_free(o.buf);
  return NULL;
}

/* ------------------------------------------------------------ case, is* */

enum { C_LOWER, C_UPPER, C_SWAP, C_TITLE, C_CAP };

static ShObject *bcase(ShObject *self, int mode) {
  ShBytesView h;
  sh_bytes_view(self, &h);
  char *buf = sh_mem_alloc((size_t)h.len + 1);
  if (!buf) {
    sh_bytes_view_end(&h);
    return sh_err_no_memory();
  }
  bool prev = false;
  for (intptr_t i = 0; i < h.len; i++) {
    unsigned char c = (unsigned char)h.data[i], r = c;
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
  intptr_t n = h.len;
  sh_bytes_view_end(&h);
  ShObject *res = make(self, buf, (size_t)n);
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

/* The is* predicates: one pass over self's bytes. */
enum { IS_ALNUM, IS_ALPHA, IS_DIGIT, IS_SPACE, IS_ASCII, IS_LOWER, IS_UPPER, IS_TITLE };

static bool all_bytes(const unsigned char *d, intptr_t n, int what) {
  bool cased = false, prev = false;
  if (n == 0) return what == IS_ASCII;
  for (intptr_t i = 0; i < n; i++) {
    unsigned char c = d[i];
    switch (what) {
    case IS_ALNUM:
      if (!balpha(c) && !bdigit(c)) return false;
      break;
    case IS_ALPHA:
      if (!balpha(c)) return false;
      break;
    case IS_DIGIT:
      if (!bdigit(c)) return false;
      break;
    case IS_SPACE:
      if (!bspace(c)) return false;
      break;
    case IS_ASCII:
      if (c >= 128) return false;
      break;
    case IS_LOWER:
      if (bupper(c)) return false;
      cased |= blower(c);
      break;
    case IS_UPPER:
      if (blower(c)) return false;
      cased |= bupper(c);
      break;
    default: /* title: uppercase only after uncased, lowercase only after cased */
      if (bupper(c) ? prev : blower(c) ? !prev : false) return false;
      prev = balpha(c);
      cased |= prev;
      break;
    }
  }
  return what < IS_LOWER || cased;
}

static ShObject *is_common(ShObject *self, int what) {
  ShBytesView h;
  sh_bytes_view(self, &h);
  bool r = all_bytes((const unsigned char *)h.data, h.len, what);
  sh_bytes_view_end(&h);
  return sh_bool_from(r);
}

static ShObject *b_isalnum(ShObject *self) {
  return is_common(self, IS_ALNUM);
}
static ShObject *b_isalpha(ShObject *self) {
  return is_common(self, IS_ALPHA);
}
static ShObject *b_isdigit(ShObject *self) {
  return is_common(self, IS_DIGIT);
}
static ShObject *b_isspace(ShObject *self) {
  return is_common(self, IS_SPACE);
}
static ShObject *b_isascii(ShObject *self) {
  return is_common(self, IS_ASCII);
}
static ShObject *b_islower(ShObject *self) {
  return is_common(self, IS_LOWER);
}
static ShObject *b_isupper(ShObject *self) {
  return is_common(self, IS_UPPER);
}
static ShObject *b_istitle(ShObject *self) {
  return is_common(self, IS_TITLE);
}

/* ------------------------------------------------------------ padding */

/* The length of a bytes-like operand (a separator or fill byte) and its
   first byte in *first; -1 with an error. */
static intptr_t short_operand(ShObject *x, char *first) {
  ShBytesView b;
  if (sh_bytes_view_operand(x, &b) < 0) return -1;
  intptr_t n = b.len;
  if (n) *first = b.data[0];
  sh_bytes_view_end(&b);
  return n;
}

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
    intptr_t n = is_bytes_like(f) ? short_operand(f, fill) : 0;
    if (n < 0) return -1;
    if (n != 1) {
      sh_err_format(&sh_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                    name, f);
      return -1;
    }
  }
  return 0;
}

enum { PAD_LJUST, PAD_RJUST, PAD_CENTER, PAD_ZFILL };

/* self padded with `fill` to `width` bytes; zfill keeps a leading sign in
   front. */
static ShObject *bpad(ShObject *self, intptr_t width, char fill, int how) {
  ShBytesView h;
  sh_bytes_view(self, &h);
  intptr_t n = h.len, marg = width > n ? width - n : 0;
  intptr_t left = how == PAD_LJUST ? 0 : how == PAD_CENTER ? marg / 2 + (marg & width & 1) : marg;
  ShObject *r = NULL;
  char *buf = NULL;
  if (!marg && SH_TYPE(self) == &sh_type_bytes) {
    r = sh_newref(self);
  } else if (!(buf = sh_mem_alloc((size_t)(n + marg) + 1))) {
    sh_err_no_memory();
  } else {
    memset(buf, fill, (size_t)left);
    memcpy(buf + left, h.data, (size_t)n);
    memset(buf + left + n, fill, (size_t)(marg - left));
    if (how == PAD_ZFILL && marg && n && (h.data[0] == '+' || h.data[0] == '-')) {
      buf[0] = h.data[0];
      buf[marg] = '0';
    }
    r = make(self, buf, (size_t)(n + marg));
    sh_mem_free(buf);
  }
  sh_bytes_view_end(&h);
  return r;
}

static ShObject *pad_common(const char *name, ShObject *self, ShObject *const *args, size_t nargs,
                            int how) {
  intptr_t w;
  char f;
  if (pad_args(name, args, nargs, &w, &f) < 0) return NULL;
  return bpad(self, w, f, how);
}
static ShObject *b_center(ShObject *self, ShObject *const *args, size_t nargs) {
  return pad_common("center", self, args, nargs, PAD_CENTER);
}
static ShObject *b_ljust(ShObject *self, ShObject *const *args, size_t nargs) {
  return pad_common("ljust", self, args, nargs, PAD_LJUST);
}
static ShObject *b_rjust(ShObject *self, ShObject *const *args, size_t nargs) {
  return pad_common("rjust", self, args, nargs, PAD_RJUST);
}

static ShObject *b_zfill(ShObject *self, ShObject *arg) {
  intptr_t w = sh_number_as_ssize_arg(arg);
  if (w == -1 && sh_err_occurred()) return NULL;
  return bpad(self, w, '0', PAD_ZFILL);
}

static ShObject *b_expandtabs(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *ts = NULL;
  if (sh_args_parse("expandtabs", args, nargs, kwnames, "|tabsize", &ts) < 0) return NULL;
  intptr_t tab = 8;
  if (ts && (tab = sh_number_as_ssize(ts, &sh_exc_OverflowError)) == -1 && sh_err_occurred())
    return NULL;
  ShBytesView h;
  sh_bytes_view(self, &h);
  Out o = {NULL, 0, 0};
  intptr_t col = 0;
  for (intptr_t i = 0; i < h.len; i++) {
    char c = h.data[i];
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
  sh_bytes_view_end(&h);
  return out_finish(self, &o);
fail:
  sh_bytes_view_end(&h);
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
      intptr_t n = short_operand(sepo, &sep);
      if (n < 0) return NULL;
      if (n != 1) {
        sh_err_set_string(&sh_exc_ValueError, "sep must be length 1.");
        return NULL;
      }
    }
  }
  if (bpso && (bps = sh_number_as_ssize(bpso, &sh_exc_OverflowError)) == -1 && sh_err_occurred())
    return NULL;
  ShBytesView h;
  sh_bytes_view(self, &h);
  static const char hex[] = "0123456789abcdef";
  ShStrBuilder sb;
  sh_sb_init(&sb);
  intptr_t group = bps < 0 ? -bps : bps;
  for (intptr_t i = 0; i < h.len; i++) {
    if (sep && group && i > 0) {
      /* positive: groups counted from the right; negative: from the left */
      bool boundary = bps > 0 ? ((h.len - i) % group == 0) : (i % group == 0);
      if (boundary && sh_sb_append(&sb, &sep, 1) < 0) goto fail;
    }
    unsigned char c = (unsigned char)h.data[i];
    char two[2] = {hex[c >> 4], hex[c & 15]};
    if (sh_sb_append(&sb, two, 2) < 0) goto fail;
  }
  sh_bytes_view_end(&h);
  return sh_sb_finish(&sb);
fail:
  sh_bytes_view_end(&h);
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
  ShBytesView t = {NULL, 0, NULL, NULL}, d = {NULL, 0, NULL, NULL}, h;
  if (table != SH_NONE && operand(self, table, &t) < 0) return NULL;
  if (del && operand(self, del, &d) < 0) {
    sh_bytes_view_end(&t);
    return NULL;
  }
  sh_bytes_view(self, &h);
  bind(&t, &h);
  bind(&d, &h);
  ShObject *r = NULL;
  Out o = {NULL, 0, 0};
  if (table != SH_NONE && t.len != 256) {
    sh_err_set_string(&sh_exc_ValueError, "translation table must be 256 characters long");
    goto done;
  }
  for (intptr_t i = 0; i < h.len; i++) {
    char c = h.data[i];
    if (d.len && memchr(d.data, c, (size_t)d.len)) continue;
    if (t.data) c = t.data[(unsigned char)c];
    if (put(&o, &c, 1) < 0) {
      sh_mem_free(o.buf);
      goto done;
    }
  }
  r = out_finish(self, &o);
done:
  end2(&h, &t);
  sh_bytes_view_end(&d);
  return r;
}

static ShObject *b_maketrans(ShObject *unused, ShObject *const *args, size_t nargs) {
  (void)unused;
  if (sh_str_count_check("maketrans", nargs, 2, 2) < 0) return NULL;
  ShBytesView a, b;
  if (sh_bytes_view_operand(args[0], &a) < 0) return NULL;
  if (sh_bytes_view_operand(args[1], &b) < 0) {
    sh_bytes_view_end(&a);
    return NULL;
  }
  ShObject *r = NULL;
  if (a.len != b.len) {
    sh_err_set_string(&sh_exc_ValueError, "maketrans arguments must have same length");
  } else {
    char t[256];
    for (int i = 0; i < 256; i++)
      t[i] = (char)i;
    for (intptr_t i = 0; i < a.len; i++)
      t[(unsigned char)a.data[i]] = b.data[i];
    r = sh_bytes_from_data(t, 256);
  }
  end2(&a, &b);
  return r;
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
  ShBytesView b;
  sh_bytes_view(self, &b);
  ShObject *r = sh_bytes_decode(b.data, (size_t)b.len, e, h);
  sh_bytes_view_end(&b);
  return r;
}

/* ------------------------------------------------------------ slots */

int sh_bytes_contains(ShObject *self, ShObject *arg) {
  ShBytesView h, sub;
  char single;
  if (sh_is_index(arg)) {
    int v = byte_arg(arg);
    if (v < 0) return -1;
    single = (char)v;
    sub = (ShBytesView){&single, 1, NULL, NULL};
    sh_bytes_view(self, &h);
  } else if (view_with(self, arg, &h, &sub) < 0) {
    return -1;
  }
  int r = bfind(h.data, sub.data, sub.len, 0, h.len, false) >= 0;
  end2(&h, &sub);
  return r;
}

static ShObject *compare_bytes(const char *a, intptr_t alen, const char *b, intptr_t blen, int op) {
  intptr_t n = alen < blen ? alen : blen;
  int c = n ? memcmp(a, b, (size_t)n) : 0;
  if (c == 0) c = alen < blen ? -1 : alen > blen ? 1 : 0;
  bool r;
  switch (op) {
  case SH_EQ: r = alen == blen && c == 0; break;
  case SH_NE: r = !(alen == blen && c == 0); break;
  case SH_LT: r = c < 0; break;
  case SH_LE: r = c <= 0; break;
  case SH_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return sh_bool_from(r);
}

ShObject *sh_bytes_richcompare(ShObject *a, ShObject *b, int op) {
  if (!is_bytes_like(a) || !is_bytes_like(b)) return SH_NOTIMPLEMENTED;
  ShBytesView va, vb;
  if (view_with(a, b, &va, &vb) < 0) return NULL;
  ShObject *r = compare_bytes(va.data, va.len, vb.data, vb.len, op);
  end2(&va, &vb);
  return r;
}

ShObject *sh_bytes_concat(ShObject *a, ShObject *b, bool bytearray) {
  if (!is_bytes_like(a) || !(is_bytes_like(b) || SH_TYPE(b) == &sh_type_memoryview))
    return sh_err_format(&sh_exc_TypeError, "can't concat %T to %T", is_bytes_like(a) ? b : a,
                         is_bytes_like(a) ? a : b);
  ShBytesView va, vb;
  if (view_with(a, b, &va, &vb) < 0) return NULL;
  ShObject *r = NULL;
  if (va.len > INTPTR_MAX - 1 - vb.len)
    sh_err_no_memory();
  else
    r = bytearray ? sh_bytearray_new(va.len + vb.len) : sh_bytes_new(va.len + vb.len);
  if (r) {
    char *d = bytearray ? ((ShByteArray *)r)->data : SH_BYTES_DATA(r);
    if (va.len) memcpy(d, va.data, (size_t)va.len);
    if (vb.len) memcpy(d + va.len, vb.data, (size_t)vb.len);
  }
  end2(&va, &vb);
  return r;
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
