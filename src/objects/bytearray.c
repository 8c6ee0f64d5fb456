/* bytearray: the mutable byte string. Its bytes are read and written under
   the object's mutex, so that each operation sees one state of them. */
#include <stdio.h>
#include <string.h>

#include "str_internal.h"
#include "../objects/range.h"
#include "../runtime/qsbr.h"

#define BA(o) ((ShByteArray *)(o))

/* Threads. A write moves bytes in place (deleting at the front, inserting)
   or replaces the buffer, so a reader without the mutex could copy a
   half-moved array, or pair the old buffer with the new size and read
   past its end. So readers take the mutex too, not only writers: every
   read of the bytes, here and through sh_bytes_view (bytes.c), holds it
   for the whole operation, which makes each operation atomic, as CPython's
   critical sections do. Only the size is also read without it (len(),
   one word stored under the mutex). A replaced buffer still goes through
   QSBR (freed at once while one thread runs), for sh_bytes_buffer's
   readers, which hold no mutex. While one thread has ever run the mutex is
   not taken at all (runtime/lock.h); no operation runs Python code while
   it holds it, so a second thread cannot start in the middle of one. */

static intptr_t ba_size(ShObject *o) {
  return atomic_load_explicit(&BA(o)->size, memory_order_relaxed);
}
static void set_size(ShObject *o, intptr_t n) {
  atomic_store_explicit(&BA(o)->size, n, memory_order_relaxed);
}
/* The bytes, under the mutex. */
static char *ba_data(ShObject *o) {
  return BA(o)->data ? BA(o)->data : (char *)"";
}

/* A bytearray that a memoryview shows keeps its size (CPython's rule: the
   view's window must not move). Called under the mutex. */
static int check_resizable(ShObject *o) {
  if (BA(o)->exports == 0) return 0;
  sh_err_set_string(&sh_exc_BufferError, "Existing exports of data: object cannot be re-sized");
  return -1;
}

/* Makes nd (capacity cap, its first size + 1 bytes set) the buffer. */
static void adopt_locked(ShObject *o, char *nd, intptr_t cap, intptr_t size) {
  char *old = BA(o)->data;
  BA(o)->data = nd;
  BA(o)->capacity = cap;
  set_size(o, size);
  sh_qsbr_retire(old);
}

/* Replaces bytes [start, stop) (0 <= start <= stop <= size) with src[0:n],
   src not pointing into the buffer; called under the mutex. */
static int splice_locked(ShObject *o, intptr_t start, intptr_t stop, const char *src, intptr_t n) {
  intptr_t size = ba_size(o), nsize = size - (stop - start) + n;
  if (nsize != size && check_resizable(o) < 0) return -1;
  char *d = BA(o)->data;
  if (d && nsize < BA(o)->capacity) {
    if (nsize != size) memmove(d + start + n, d + stop, (size_t)(size - stop));
    if (n) memcpy(d + start, src, (size_t)n);
    d[nsize] = 0;
    set_size(o, nsize);
    return 0;
  }
  /* a new buffer, filled before it replaces the old one */
  if (nsize > (INTPTR_MAX - 8) / 9 * 8) {
    sh_err_no_memory();
    return -1;
  }
  intptr_t ncap = nsize + nsize / 8 + 8;
  char *nd = sh_mem_alloc((size_t)ncap);
  if (!nd) {
    sh_err_no_memory();
    return -1;
  }
  if (start) memcpy(nd, d, (size_t)start);
  if (n) memcpy(nd + start, src, (size_t)n);
  if (size > stop) memcpy(nd + start + n, d + stop, (size_t)(size - stop));
  nd[nsize] = 0;
  adopt_locked(o, nd, ncap, nsize);
  return 0;
}

/* The same under the mutex, start and stop clamped to the size found then
   (END: the end). */
#define END INTPTR_MAX
static int ba_splice(ShObject *o, intptr_t start, intptr_t stop, const char *src, intptr_t n) {
  sh_object_lock(o);
  intptr_t size = ba_size(o);
  if (start > size) start = size;
  if (stop > size) stop = size;
  if (stop < start) stop = start;
  int rc = splice_locked(o, start, stop, src, n);
  sh_object_unlock(o);
  return rc;
}

ShObject *sh_bytearray_new(intptr_t len) {
  ShObject *o = sh_object_alloc(&sh_type_bytearray, 0);
  if (!o || len == 0) return o;
  char *d = len < INTPTR_MAX ? sh_mem_alloc((size_t)len + 1) : NULL;
  if (!d) {
    sh_decref(o);
    return sh_err_no_memory();
  }
  d[len] = 0;
  BA(o)->data = d;
  BA(o)->capacity = len + 1;
  set_size(o, len);
  return o;
}

ShObject *sh_bytearray_from_data(const void *data, size_t len) {
  ShObject *o = sh_bytearray_new((intptr_t)len);
  if (o && len) memcpy(BA(o)->data, data, len);
  return o;
}

void sh_bytearray_export(ShObject *o, int delta, intptr_t *len) {
  sh_object_lock(o);
  BA(o)->exports += delta;
  if (len) *len = ba_size(o);
  sh_object_unlock(o);
}

static ShObject *ba_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return sh_object_alloc(type, 0);
}

static int ba_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *x = NULL, *enc = NULL, *err = NULL;
  if (sh_args_parse("bytearray", args, nargs, kwnames, "|source,encoding,errors", &x, &enc, &err) <
      0)
    return -1;
  if (enc && !SH_STR_CHECK(enc)) {
    sh_err_format(&sh_exc_TypeError, "bytearray() argument 'encoding' must be str, not %T", enc);
    return -1;
  }
  if (err && !SH_STR_CHECK(err)) {
    sh_err_format(&sh_exc_TypeError, "bytearray() argument 'errors' must be str, not %T", err);
    return -1;
  }
  char *buf = NULL;
  intptr_t len = 0;
  if (x) {
    if (sh_bytes_from_source(x, enc, err, "bytearray", &buf, &len) < 0) return -1;
  } else if (enc || err) {
    sh_err_set_string(&sh_exc_TypeError, enc ? "encoding without a string argument"
                                             : "errors without a string argument");
    return -1;
  }
  int rc = ba_splice(self, 0, END, buf ? buf : "", len);
  sh_mem_free(buf);
  return rc;
}

static void ba_dealloc(ShObject *o) {
  sh_mem_free(BA(o)->data);
  sh_object_free(o);
}

static ShObject *ba_repr(ShObject *o) {
  const char *name = sh_type_name(SH_TYPE(o));
  char prefix[128];
  snprintf(prefix, sizeof prefix, "%s(b", name);
  sh_object_lock(o);
  ShObject *r = sh_bytes_repr_impl(ba_data(o), ba_size(o), prefix, ")");
  sh_object_unlock(o);
  return r;
}

static intptr_t ba_length(ShObject *o) {
  return ba_size(o);
}

static ShObject *ba_concat(ShObject *a, ShObject *b) {
  return sh_bytes_concat(a, b, true);
}

static ShObject *ba_inplace_concat(ShObject *a, ShObject *b) {
  /* a copy when b is a bytearray (perhaps a itself): the splice must not
     read the buffer it changes */
  ShBytesView v;
  if (sh_bytes_view_stable(b, &v) < 0) {
    sh_err_clear();
    return sh_err_format(&sh_exc_TypeError, "can't concat %T to %T", b, a);
  }
  int rc = ba_splice(a, END, END, v.data, v.len);
  sh_bytes_view_end(&v);
  return rc < 0 ? NULL : sh_newref(a);
}

/* n copies of the bytes (n >= 0) into a new buffer, under the mutex; NULL
   with MemoryError. */
static char *repeated_locked(ShObject *o, intptr_t n, intptr_t *total) {
  intptr_t len = ba_size(o);
  if (len && n > (INTPTR_MAX - 1) / len) {
    sh_err_no_memory();
    return NULL;
  }
  *total = len * n;
  char *buf = sh_mem_alloc((size_t)*total + 1);
  if (!buf) {
    sh_err_no_memory();
    return NULL;
  }
  for (intptr_t i = 0; i < n; i++)
    memcpy(buf + i * len, ba_data(o), (size_t)len);
  buf[*total] = 0;
  return buf;
}

static ShObject *ba_repeat(ShObject *o, intptr_t n) {
  intptr_t total;
  sh_object_lock(o);
  char *buf = repeated_locked(o, n < 0 ? 0 : n, &total);
  sh_object_unlock(o);
  if (!buf) return NULL;
  ShObject *r = sh_bytearray_from_data(buf, (size_t)total);
  sh_mem_free(buf);
  return r;
}

static ShObject *ba_inplace_repeat(ShObject *o, intptr_t n) {
  int rc = 0;
  sh_object_lock(o);
  if (n != 1 && ba_size(o)) {
    intptr_t total;
    char *buf = check_resizable(o) < 0 ? NULL : repeated_locked(o, n < 0 ? 0 : n, &total);
    if (buf)
      adopt_locked(o, buf, total + 1, total);
    else
      rc = -1;
  }
  sh_object_unlock(o);
  return rc < 0 ? NULL : sh_newref(o);
}

/* Index i (negative from the end) of o, whose size is n, or -1 with
   IndexError. */
static intptr_t item_index(intptr_t i, intptr_t n) {
  if (i < 0) i += n;
  if (i >= 0 && i < n) return i;
  sh_err_set_string(&sh_exc_IndexError, "bytearray index out of range");
  return -1;
}

/* (for iterators) */
int sh_bytearray_byte(ShObject *o, intptr_t i) {
  sh_object_lock(o);
  int c = i < ba_size(o) ? (unsigned char)BA(o)->data[i] : -1;
  sh_object_unlock(o);
  return c;
}

static ShObject *ba_item(ShObject *o, intptr_t i) {
  sh_object_lock(o);
  intptr_t n = ba_size(o);
  if (i < 0) i += n;
  int c = i >= 0 && i < n ? (unsigned char)BA(o)->data[i] : -1;
  sh_object_unlock(o);
  if (c >= 0) return sh_int_from_i64(c);
  sh_err_set_string(&sh_exc_IndexError, "bytearray index out of range");
  return NULL;
}

static int byte_value(ShObject *v, char *out) {
  intptr_t x = sh_number_as_ssize(v, NULL);
  if (x == -1 && sh_err_occurred()) return -1;
  if (x < 0 || x > 255) {
    sh_err_set_string(&sh_exc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  *out = (char)x;
  return 0;
}

static int ba_ass_item(ShObject *o, intptr_t i, ShObject *v) {
  /* the index is checked first, as CPython does, and again under the
     mutex once the value (maybe Python code) is known */
  char c = 0;
  if (item_index(i, ba_size(o)) < 0 || (v && byte_value(v, &c) < 0)) return -1;
  sh_object_lock(o);
  intptr_t at = item_index(i, ba_size(o));
  int rc = at < 0 ? -1 : 0;
  if (at >= 0 && v) BA(o)->data[at] = c;
  if (at >= 0 && !v) rc = splice_locked(o, at, at + 1, "", 0);
  sh_object_unlock(o);
  return rc;
}

static int ba_contains(ShObject *o, ShObject *arg) {
  return sh_bytes_contains(o, arg);
}

static ShObject *ba_subscript(ShObject *o, ShObject *key) {
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t start, stop, step;
    if (sh_slice_read(key, &start, &stop, &step) < 0) return NULL;
    sh_object_lock(o);
    intptr_t count = sh_slice_adjust(ba_size(o), &start, &stop, step);
    ShObject *r = sh_bytearray_new(count);
    if (r) {
      const char *d = ba_data(o);
      for (intptr_t i = 0, j = start; i < count; i++, j += step)
        BA(r)->data[i] = d[j];
    }
    sh_object_unlock(o);
    return r;
  }
  if (SH_INT_CHECK(key) || (SH_TYPE(key)->as_number && SH_TYPE(key)->as_number->index)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return ba_item(o, i);
  }
  return sh_err_format(&sh_exc_TypeError, "bytearray indices must be integers or slices, not %T",
                       key);
}

/* del o[start:stop:step] for an extended slice of count bytes (the step
   is not 1): the kept bytes close up in place. Under the mutex. */
static int delete_strided_locked(ShObject *o, intptr_t start, intptr_t step, intptr_t count) {
  if (count == 0) return 0;
  if (check_resizable(o) < 0) return -1;
  intptr_t size = ba_size(o), st = step > 0 ? step : -step;
  intptr_t lo = step > 0 ? start : start + (count - 1) * step, w = lo;
  char *d = BA(o)->data;
  for (intptr_t i = lo; i < size; i++)
    if (!((i - lo) % st == 0 && (i - lo) / st < count)) d[w++] = d[i];
  d[w] = 0;
  set_size(o, w);
  return 0;
}

static int ba_ass_subscript(ShObject *o, ShObject *key, ShObject *v) {
  if (SH_TYPE(key) != &sh_type_slice) {
    if (SH_INT_CHECK(key) || (SH_TYPE(key)->as_number && SH_TYPE(key)->as_number->index)) {
      intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
      if (i == -1 && sh_err_occurred()) return -1;
      return ba_ass_item(o, i, v);
    }
    sh_err_format(&sh_exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
    return -1;
  }
  /* the new bytes (a copy, even of o itself) and the slice's numbers first:
     either may run Python code */
  char *src = NULL;
  intptr_t n = 0;
  if (v) {
    if (SH_INT_CHECK(v) || SH_STR_CHECK(v)) {
      sh_err_set_string(&sh_exc_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    }
    if (sh_bytes_from_source(v, NULL, NULL, "bytearray", &src, &n) < 0) return -1;
  }
  intptr_t start, stop, step;
  if (sh_slice_read(key, &start, &stop, &step) < 0) {
    sh_mem_free(src);
    return -1;
  }
  sh_object_lock(o);
  intptr_t count = sh_slice_adjust(ba_size(o), &start, &stop, step);
  int rc = 0;
  if (step == 1) {
    rc = splice_locked(o, start, start + count, src ? src : "", n);
  } else if (!v) {
    rc = delete_strided_locked(o, start, step, count);
  } else if (n != count) {
    sh_err_format(&sh_exc_ValueError,
                  "attempt to assign bytes of size %zd to extended slice of size %zd", n, count);
    rc = -1;
  } else {
    for (intptr_t i = 0, j = start; i < count; i++, j += step)
      BA(o)->data[j] = src[i];
  }
  sh_object_unlock(o);
  sh_mem_free(src);
  return rc;
}

/* ------------------------------------------------------------ methods */

static ShObject *ba_append(ShObject *self, ShObject *v) {
  char c;
  if (byte_value(v, &c) < 0) return NULL;
  if (ba_splice(self, END, END, &c, 1) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *ba_extend(ShObject *self, ShObject *v) {
  if (SH_STR_CHECK(v)) {
    sh_err_set_string(&sh_exc_TypeError, "expected iterable of integers; got: 'str'");
    return NULL;
  }
  char *src;
  intptr_t n;
  if (SH_INT_CHECK(v)) {
    sh_err_format(&sh_exc_TypeError, "can't extend bytearray with %T", v);
    return NULL;
  }
  if (sh_bytes_from_source(v, NULL, NULL, "bytearray", &src, &n) < 0) return NULL;
  int rc = ba_splice(self, END, END, src, n);
  sh_mem_free(src);
  if (rc < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *ba_insert(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("insert", nargs, 2, 2) < 0) return NULL;
  intptr_t i = sh_number_as_ssize_arg(args[0]);
  if (i == -1 && sh_err_occurred()) return NULL;
  char c;
  if (byte_value(args[1], &c) < 0) return NULL;
  sh_object_lock(self);
  intptr_t n = ba_size(self);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  int rc = splice_locked(self, i, i, &c, 1);
  sh_object_unlock(self);
  if (rc < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *ba_pop(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("pop", nargs, 0, 1) < 0) return NULL;
  intptr_t i = -1;
  if (nargs && (i = sh_number_as_ssize_arg(args[0])) == -1 && sh_err_occurred()) return NULL;
  sh_object_lock(self);
  intptr_t n = ba_size(self), at = i < 0 ? i + n : i;
  int c = -1;
  if (n == 0) {
    sh_err_set_string(&sh_exc_IndexError, "pop from empty bytearray");
  } else if (at < 0 || at >= n) {
    sh_err_set_string(&sh_exc_IndexError, "pop index out of range");
  } else {
    c = (unsigned char)BA(self)->data[at];
    if (splice_locked(self, at, at + 1, "", 0) < 0) c = -1;
  }
  sh_object_unlock(self);
  return c < 0 ? NULL : sh_int_from_i64(c);
}

static ShObject *ba_remove(ShObject *self, ShObject *v) {
  char c;
  if (byte_value(v, &c) < 0) return NULL;
  sh_object_lock(self);
  intptr_t n = ba_size(self);
  char *p = n ? memchr(BA(self)->data, c, (size_t)n) : NULL;
  int rc = -1;
  if (!p)
    sh_err_set_string(&sh_exc_ValueError, "value not found in bytearray");
  else
    rc = splice_locked(self, p - BA(self)->data, p - BA(self)->data + 1, "", 0);
  sh_object_unlock(self);
  if (rc < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *ba_clear(ShObject *self) {
  if (ba_splice(self, 0, END, "", 0) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *ba_copy(ShObject *self) {
  sh_object_lock(self);
  ShObject *r = sh_bytearray_from_data(ba_data(self), (size_t)ba_size(self));
  sh_object_unlock(self);
  return r;
}

static ShObject *ba_reverse(ShObject *self) {
  sh_object_lock(self);
  char *d = ba_data(self);
  for (intptr_t i = 0, j = ba_size(self) - 1; i < j; i++, j--) {
    char t = d[i];
    d[i] = d[j];
    d[j] = t;
  }
  sh_object_unlock(self);
  SH_RETURN_NONE;
}

/* The buffer's size, as __alloc__ shows it (0 while empty). */
static intptr_t allocated(ShObject *self) {
  sh_object_lock(self);
  intptr_t n = ba_size(self) ? BA(self)->capacity : 0;
  sh_object_unlock(self);
  return n;
}

static ShObject *ba_alloc(ShObject *self) {
  return sh_int_from_i64(allocated(self));
}

static ShObject *ba_sizeof(ShObject *self) {
  return sh_int_from_i64(56 + allocated(self));
}

static ShObject *ba_fromhex(ShObject *type, ShObject *arg) {
  ShObject *b = sh_bytes_fromhex_impl(arg, sh_bytearray_from_data);
  if (!b || (ShType *)type == &sh_type_bytearray) return b;
  ShObject *r = sh_call1(type, b);
  sh_decref(b);
  return r;
}

static ShMethodDef ba_own_methods[] = {
    {"append", (void *)ba_append, SH_METH_O, NULL},
    {"extend", (void *)ba_extend, SH_METH_O, NULL},
    {"insert", (void *)ba_insert, SH_METH_FAST, NULL},
    {"pop", (void *)ba_pop, SH_METH_FAST, NULL},
    {"remove", (void *)ba_remove, SH_METH_O, NULL},
    {"clear", (void *)ba_clear, SH_METH_NOARGS, NULL},
    {"copy", (void *)ba_copy, SH_METH_NOARGS, NULL},
    {"reverse", (void *)ba_reverse, SH_METH_NOARGS, NULL},
    {"__alloc__", (void *)ba_alloc, SH_METH_NOARGS, NULL},
    {"__sizeof__", (void *)ba_sizeof, SH_METH_NOARGS, NULL},
    {"fromhex", (void *)ba_fromhex, SH_METH_O | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

static ShMethodDef ba_methods[96];

void sh_bytearray_build_method_table(void) {
  size_t n = 0;
  for (ShMethodDef *m = ba_own_methods; m->name; m++)
    ba_methods[n++] = *m;
  for (ShMethodDef *m = sh_bytes_common_methods; m->name; m++)
    ba_methods[n++] = *m;
  ba_methods[n].name = NULL;
}

static ShObject *ba_mod(ShObject *a, ShObject *b) {
  if (!sh_type_check(a, &sh_type_bytearray)) return SH_NOTIMPLEMENTED;
  sh_object_lock(a);
  ShObject *fmt = sh_bytes_from_data(ba_data(a), (size_t)ba_size(a));
  sh_object_unlock(a);
  if (!fmt) return NULL;
  ShObject *r = sh_percent_format(fmt, b, true);
  sh_decref(fmt);
  if (!r) return NULL;
  ShObject *ba = sh_bytearray_from_data(SH_BYTES_DATA(r), (size_t)SH_BYTES_SIZE(r));
  sh_decref(r);
  return ba;
}

static ShNumberMethods ba_as_number = {.remainder = ba_mod};
static ShSequenceMethods ba_as_sequence = {
    .length = ba_length,
    .concat = ba_concat,
    .repeat = ba_repeat,
    .item = ba_item,
    .ass_item = ba_ass_item,
    .contains = ba_contains,
    .inplace_concat = ba_inplace_concat,
    .inplace_repeat = ba_inplace_repeat,
};
static ShMappingMethods ba_as_mapping = {
    .length = ba_length, .subscript = ba_subscript, .ass_subscript = ba_ass_subscript};

ShType sh_type_bytearray = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "bytearray",
    .basicsize = sizeof(ShByteArray),
    .flags = SH_TPFLAGS_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray",
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .str = ba_repr,
    .hash = sh_hash_not_implemented,
    .richcompare = sh_bytes_richcompare,
    .iter = sh_bytes_iter_new,
    .new_ = ba_new,
    .init = ba_init,
    .as_number = &ba_as_number,
    .as_sequence = &ba_as_sequence,
    .as_mapping = &ba_as_mapping,
    .methods = ba_methods,
};
