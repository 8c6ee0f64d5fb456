/* bytearray: the mutable byte string. Every change happens under the
   object's lock; the buffer is published through the atomic `data`
   pointer so readers (len, indexing, the shared bytes methods) need none. */
#include <stdio.h>
#include <string.h>

#include "str_internal.h"
#include "../objects/range.h"
#include "../runtime/qsbr.h"

#define BA(o) ((ShByteArray *)(o))

static char *ba_data(ShObject *o) {
  char *d = atomic_load_explicit(&BA(o)->data, memory_order_acquire);
  return d ? d : (char *)"";
}
static intptr_t ba_size(ShObject *o) {
  return atomic_load_explicit(&BA(o)->size, memory_order_relaxed);
}

/* Where a replaced buffer goes. DESIGN.md wants it handed to QSBR once
   several threads run (a reader may still be copying from it); this is the
   one place to change when that exists. */
static void buffer_retire(char *p) { sh_qsbr_retire(p); }

/* Replaces bytes [start, stop) with src[0:n] (src must not alias the
   array's buffer). Takes the lock; frees a replaced buffer after it. */
static int ba_splice(ShObject *o, intptr_t start, intptr_t stop, const char *src, intptr_t n) {
  ShByteArray *ba = BA(o);
  char *old = NULL;
  sh_object_lock(o);
  intptr_t size = ba_size(o);
  if (start > size) start = size;
  if (stop > size) stop = size;
  if (stop < start) stop = start;
  intptr_t nsize = size - (stop - start) + n;
  char *d = atomic_load_explicit(&ba->data, memory_order_relaxed);
  if (nsize + 1 > ba->capacity || !d) {
    intptr_t ncap = nsize + nsize / 8 + 8;
    char *nd = sh_mem_alloc((size_t)ncap);
    if (!nd) {
      sh_object_unlock(o);
      sh_err_no_memory();
      return -1;
    }
    if (d) memcpy(nd, d, (size_t)start);
    memcpy(nd + start, src, (size_t)n);
    if (d) memcpy(nd + start + n, d + stop, (size_t)(size - stop));
    nd[nsize] = 0;
    old = d;
    ba->capacity = ncap;
    atomic_store_explicit(&ba->data, nd, memory_order_release);
  } else {
    memmove(d + start + n, d + stop, (size_t)(size - stop));
    if (n) memcpy(d + start, src, (size_t)n);
    d[nsize] = 0;
  }
  atomic_store_explicit(&ba->size, nsize, memory_order_relaxed);
  sh_object_unlock(o);
  buffer_retire(old);
  return 0;
}

ShObject *sh_bytearray_from_data(const void *data, size_t len) {
  ShObject *o = sh_object_alloc(&sh_type_bytearray, 0);
  if (!o) return NULL;
  if (len && ba_splice(o, 0, 0, data, (intptr_t)len) < 0) {
    sh_decref(o);
    return NULL;
  }
  return o;
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
  int rc = ba_splice(self, 0, ba_size(self), buf ? buf : "", len);
  sh_mem_free(buf);
  return rc;
}

static void ba_dealloc(ShObject *o) {
  sh_mem_free(atomic_load_explicit(&BA(o)->data, memory_order_relaxed));
  sh_object_free(o);
}

static ShObject *ba_repr(ShObject *o) {
  const char *name = sh_type_name(SH_TYPE(o));
  char prefix[128];
  snprintf(prefix, sizeof prefix, "%s(b", name);
  return sh_bytes_repr_impl(ba_data(o), ba_size(o), prefix, ")");
}

static bool bytes_like(ShObject *o) {
  return SH_BYTES_CHECK(o) || sh_type_check(o, &sh_type_bytearray);
}

static ShObject *ba_richcompare(ShObject *a, ShObject *b, int op) {
  if (!bytes_like(a) || !bytes_like(b)) return SH_NOTIMPLEMENTED;
  const char *da, *db;
  intptr_t la, lb;
  sh_bytes_buffer(a, &da, &la);
  sh_bytes_buffer(b, &db, &lb);
  return sh_bytes_richcompare_impl(da, la, db, lb, op);
}

static intptr_t ba_length(ShObject *o) {
  return ba_size(o);
}

static ShObject *ba_concat(ShObject *a, ShObject *b) {
  if (!bytes_like(a) || !(bytes_like(b) || SH_TYPE(b) == &sh_type_memoryview))
    return sh_err_format(&sh_exc_TypeError, "can't concat %T to %T", bytes_like(a) ? b : a,
                         bytes_like(a) ? a : b);
  const char *da, *db;
  intptr_t la, lb;
  sh_bytes_buffer(a, &da, &la);
  if (sh_bytes_buffer(b, &db, &lb) < 0) return NULL;
  ShObject *r = sh_bytearray_from_data(da, (size_t)la);
  if (r && ba_splice(r, la, la, db, lb) < 0) SH_CLEAR(r);
  return r;
}

static ShObject *ba_inplace_concat(ShObject *a, ShObject *b) {
  const char *db;
  intptr_t lb;
  if (sh_bytes_buffer(b, &db, &lb) < 0) {
    sh_err_clear();
    return sh_err_format(&sh_exc_TypeError, "can't concat %T to %T", b, a);
  }
  char *copy = sh_mem_alloc((size_t)lb + 1);
  if (!copy) return sh_err_no_memory();
  memcpy(copy, db, (size_t)lb);
  int rc = ba_splice(a, ba_size(a), ba_size(a), copy, lb);
  sh_mem_free(copy);
  return rc < 0 ? NULL : sh_newref(a);
}

static ShObject *ba_repeat(ShObject *o, intptr_t n) {
  intptr_t len = ba_size(o);
  if (n < 0) n = 0;
  if (len && n > INTPTR_MAX / len) return sh_err_no_memory();
  char *buf = sh_mem_alloc((size_t)(len * n) + 1);
  if (!buf) return sh_err_no_memory();
  const char *d = ba_data(o);
  for (intptr_t i = 0; i < n; i++)
    memcpy(buf + i * len, d, (size_t)len);
  ShObject *r = sh_bytearray_from_data(buf, (size_t)(len * n));
  sh_mem_free(buf);
  return r;
}

static ShObject *ba_inplace_repeat(ShObject *o, intptr_t n) {
  ShObject *r = ba_repeat(o, n);
  if (!r) return NULL;
  int rc = ba_splice(o, 0, ba_size(o), ba_data(r), ba_size(r));
  sh_decref(r);
  return rc < 0 ? NULL : sh_newref(o);
}

static ShObject *ba_item(ShObject *o, intptr_t i) {
  intptr_t n = ba_size(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_err_set_string(&sh_exc_IndexError, "bytearray index out of range");
    return NULL;
  }
  return sh_int_from_i64((unsigned char)ba_data(o)[i]);
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
  intptr_t n = ba_size(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_err_set_string(&sh_exc_IndexError, "bytearray index out of range");
    return -1;
  }
  if (!v) return ba_splice(o, i, i + 1, "", 0);
  char c;
  if (byte_value(v, &c) < 0) return -1;
  sh_object_lock(o);
  if (i < ba_size(o)) ba_data(o)[i] = c;
  sh_object_unlock(o);
  return 0;
}

static int ba_contains(ShObject *o, ShObject *arg) {
  return sh_bytes_contains_impl(ba_data(o), ba_size(o), arg);
}

static ShObject *ba_subscript(ShObject *o, ShObject *key) {
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t start, stop, step;
    intptr_t count = sh_slice_unpack(key, ba_size(o), &start, &stop, &step);
    if (count < 0) return NULL;
    char *buf = sh_mem_alloc((size_t)count + 1);
    if (!buf) return sh_err_no_memory();
    const char *d = ba_data(o);
    for (intptr_t i = 0, j = start; i < count; i++, j += step)
      buf[i] = d[j];
    ShObject *r = sh_bytearray_from_data(buf, (size_t)count);
    sh_mem_free(buf);
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
  intptr_t count = sh_slice_unpack(key, ba_size(o), &start, &stop, &step);
  int rc = 0;
  if (count < 0) {
    rc = -1;
  } else if (step == 1) {
    rc = ba_splice(o, start, start + count, src ? src : "", n);
  } else if (!v) {
    /* extended-slice deletion: rebuild without the selected bytes */
    intptr_t size = ba_size(o);
    char *buf = sh_mem_alloc((size_t)size + 1);
    if (!buf) {
      sh_err_no_memory();
      rc = -1;
    } else {
      const char *d = ba_data(o);
      intptr_t lo = step > 0 ? start : start + (count - 1) * step, st = step > 0 ? step : -step;
      intptr_t w = 0;
      for (intptr_t i = 0; i < size; i++)
        if (!(count && i >= lo && (i - lo) % st == 0 && (i - lo) / st < count)) buf[w++] = d[i];
      rc = ba_splice(o, 0, size, buf, w);
      sh_mem_free(buf);
    }
  } else if (n != count) {
    sh_err_format(&sh_exc_ValueError,
                  "attempt to assign bytes of size %zd to extended slice of size %zd", n, count);
    rc = -1;
  } else {
    sh_object_lock(o);
    char *d = ba_data(o);
    for (intptr_t i = 0, j = start; i < count; i++, j += step)
      d[j] = src[i];
    sh_object_unlock(o);
  }
  sh_mem_free(src);
  return rc;
}

/* ------------------------------------------------------------ methods */

static ShObject *ba_append(ShObject *self, ShObject *v) {
  char c;
  if (byte_value(v, &c) < 0) return NULL;
  if (ba_splice(self, ba_size(self), ba_size(self), &c, 1) < 0) return NULL;
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
  int rc = ba_splice(self, ba_size(self), ba_size(self), src, n);
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
  intptr_t n = ba_size(self);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (ba_splice(self, i, i, &c, 1) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *ba_pop(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("pop", nargs, 0, 1) < 0) return NULL;
  intptr_t i = -1;
  if (nargs && (i = sh_number_as_ssize_arg(args[0])) == -1 && sh_err_occurred())
    return NULL;
  sh_object_lock(self);
  intptr_t n = ba_size(self);
  if (n == 0) {
    sh_object_unlock(self);
    sh_err_set_string(&sh_exc_IndexError, "pop from empty bytearray");
    return NULL;
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_object_unlock(self);
    sh_err_set_string(&sh_exc_IndexError, "pop index out of range");
    return NULL;
  }
  char *d = ba_data(self);
  unsigned char c = (unsigned char)d[i];
  memmove(d + i, d + i + 1, (size_t)(n - i - 1));
  d[n - 1] = 0;
  atomic_store_explicit(&BA(self)->size, n - 1, memory_order_relaxed);
  sh_object_unlock(self);
  return sh_int_from_i64(c);
}

static ShObject *ba_remove(ShObject *self, ShObject *v) {
  char c;
  if (byte_value(v, &c) < 0) return NULL;
  sh_object_lock(self);
  intptr_t n = ba_size(self);
  char *d = ba_data(self);
  char *p = n ? memchr(d, c, (size_t)n) : NULL;
  if (!p) {
    sh_object_unlock(self);
    sh_err_set_string(&sh_exc_ValueError, "value not found in bytearray");
    return NULL;
  }
  memmove(p, p + 1, (size_t)(n - (p - d) - 1));
  d[n - 1] = 0;
  atomic_store_explicit(&BA(self)->size, n - 1, memory_order_relaxed);
  sh_object_unlock(self);
  SH_RETURN_NONE;
}

static ShObject *ba_clear(ShObject *self) {
  if (ba_splice(self, 0, ba_size(self), "", 0) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *ba_copy(ShObject *self) {
  return sh_bytearray_from_data(ba_data(self), (size_t)ba_size(self));
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

static ShObject *ba_alloc(ShObject *self) {
  return sh_int_from_i64(ba_size(self) ? BA(self)->capacity : 0);
}

static ShObject *ba_sizeof(ShObject *self) {
  return sh_int_from_i64(56 + (ba_size(self) ? BA(self)->capacity : 0));
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
  ShObject *fmt = sh_bytes_from_data(ba_data(a), (size_t)ba_size(a));
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
    .richcompare = ba_richcompare,
    .iter = sh_bytes_iter_new,
    .new_ = ba_new,
    .init = ba_init,
    .as_number = &ba_as_number,
    .as_sequence = &ba_as_sequence,
    .as_mapping = &ba_as_mapping,
    .methods = ba_methods,
};
