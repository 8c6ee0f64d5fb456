/* bytes: the immutable byte string type: construction from every source
   bytes() accepts, repr, hash, comparison, indexing, slicing, iteration. */
#include <string.h>

#include "str_internal.h"
#include "../objects/container_util.h"
#include "../objects/range.h"

ShObject *sh_bytes_new(intptr_t len) {
  if (len < 0) return sh_err_bad_internal_call();
  ShObject *o = sh_object_alloc(&sh_type_bytes, len);
  if (!o) return NULL;
  ShBytes *b = (ShBytes *)o;
  b->ob.size = len;
  atomic_store_explicit(&b->hash, -1, memory_order_relaxed);
  b->data[len] = 0;
  return o;
}

ShObject *sh_bytes_from_data(const void *data, size_t len) {
  ShObject *o = sh_bytes_new((intptr_t)len);
  if (o && len) memcpy(SH_BYTES_DATA(o), data, len);
  return o;
}

static ShObject *bytes_subtype_new(ShType *type, const char *data, intptr_t len) {
  ShObject *o = sh_object_alloc(type, len);
  if (!o) return NULL;
  ShBytes *b = (ShBytes *)o;
  b->ob.size = len;
  atomic_store_explicit(&b->hash, -1, memory_order_relaxed);
  if (len) memcpy(b->data, data, (size_t)len);
  b->data[len] = 0;
  return o;
}

/* ------------------------------------------------------------ views */

/* Bytes [start, start + len) of d[0:n], clamped. */
static void set_window(ShBytesView *v, const char *d, intptr_t n, intptr_t start, intptr_t len) {
  if (start > n) start = n;
  v->data = d + start;
  v->len = len < n - start ? len : n - start;
}

/* bytes.h's views of what is not bytes. A memoryview's window is clamped
   to the size its object has when read. */
int sh_bytes_view_other(ShObject *o, ShBytesView *v, int how) {
  v->locked = NULL;
  v->copy = NULL;
  ShObject *obj = o;
  intptr_t start = 0, len = INTPTR_MAX;
  if (SH_TYPE(o) == &sh_type_memoryview) {
    if (sh_memoryview_window(o, &obj, &start, &len) < 0) return -1;
    if (SH_BYTES_CHECK(obj)) {
      set_window(v, SH_BYTES_DATA(obj), SH_BYTES_SIZE(obj), start, len);
      return 0;
    }
  } else if (!sh_type_check(o, &sh_type_bytearray)) {
    sh_err_format(&sh_exc_TypeError, "a bytes-like object is required, not '%T'", o);
    return -1;
  }
  ShByteArray *ba = (ShByteArray *)obj;
  sh_object_lock(obj);
  set_window(v, ba->data ? ba->data : "", atomic_load_explicit(&ba->size, memory_order_relaxed),
             start, len);
  if (how == SH_VIEW_LOCKED || (how == SH_VIEW_OPERAND && !sh_multithreaded())) {
    v->locked = obj;
    return 0;
  }
  v->copy = sh_mem_alloc((size_t)v->len + 1);
  if (v->copy) {
    memcpy(v->copy, v->data, (size_t)v->len);
    v->copy[v->len] = 0;
  }
  sh_object_unlock(obj);
  if (!v->copy) {
    sh_err_no_memory();
    return -1;
  }
  v->data = v->copy;
  return 0;
}

int sh_bytes_buffer(ShObject *o, const char **data, intptr_t *len) {
  ShBytesView v;
  if (sh_bytes_view(o, &v) < 0) return -1;
  *data = v.data;
  *len = v.len;
  sh_bytes_view_end(&v);
  return 0;
}

sh_hash_t sh_bytes_hash(ShObject *o) {
  ShBytes *b = (ShBytes *)o;
  sh_hash_t h = atomic_load_explicit(&b->hash, memory_order_relaxed);
  if (h != -1) return h;
  h = sh_hash_bytes(b->data, (size_t)b->ob.size);
  atomic_store_explicit(&b->hash, h, memory_order_relaxed);
  return h;
}

/* ------------------------------------------------------------ sources */

/* Fills a fresh sh_mem buffer from an iterable of ints in range(256). */
static int from_iterable(ShObject *x, bool bytearray, char **out, intptr_t *outlen) {
  ShObject *it = sh_object_iter(x);
  if (!it) return -1;
  intptr_t cap = 16, len = 0;
  char *buf = sh_mem_alloc((size_t)cap + 1);
  if (!buf) {
    sh_decref(it);
    sh_err_no_memory();
    return -1;
  }
  ShObject *item;
  while ((item = sh_iter_next(it))) {
    intptr_t v = sh_number_as_ssize(item, NULL);
    sh_decref(item);
    if (v == -1 && sh_err_occurred()) goto fail;
    if (v < 0 || v > 255) {
      sh_err_set_string(&sh_exc_ValueError, bytearray ? "byte must be in range(0, 256)"
                                                      : "bytes must be in range(0, 256)");
      goto fail;
    }
    if (len == cap) {
      cap *= 2;
      char *nb = sh_mem_realloc(buf, (size_t)cap + 1);
      if (!nb) {
        sh_err_no_memory();
        goto fail;
      }
      buf = nb;
    }
    buf[len++] = (char)v;
  }
  if (sh_err_occurred()) goto fail;
  sh_decref(it);
  *out = buf;
  *outlen = len;
  return 0;
fail:
  sh_decref(it);
  sh_mem_free(buf);
  return -1;
}

int sh_bytes_from_source(ShObject *x, ShObject *encoding, ShObject *errors, const char *fname,
                         char **out, intptr_t *outlen) {
  bool is_bytearray = fname && !strcmp(fname, "bytearray");
  *out = NULL;
  *outlen = 0;
  if (SH_STR_CHECK(x)) {
    if (!encoding) {
      sh_err_set_string(&sh_exc_TypeError, "string argument without an encoding");
      return -1;
    }
    const char *enc = sh_str_utf8(encoding), *err = errors ? sh_str_utf8(errors) : "strict";
    if (!enc || !err) return -1;
    ShObject *b = sh_str_encode(x, enc, err);
    if (!b) return -1;
    *outlen = SH_BYTES_SIZE(b);
    *out = sh_mem_alloc((size_t)*outlen + 1);
    if (*out) memcpy(*out, SH_BYTES_DATA(b), (size_t)*outlen);
    sh_decref(b);
    if (!*out) {
      sh_err_no_memory();
      return -1;
    }
    return 0;
  }
  if (encoding || errors) {
    sh_err_set_string(&sh_exc_TypeError, encoding ? "encoding without a string argument"
                                                  : "errors without a string argument");
    return -1;
  }
  if (SH_BYTES_CHECK(x) || sh_type_check(x, &sh_type_bytearray) ||
      SH_TYPE(x) == &sh_type_memoryview) {
    ShBytesView v;
    if (sh_bytes_view(x, &v) < 0) return -1;
    *out = sh_mem_alloc((size_t)v.len + 1);
    if (*out) memcpy(*out, v.data, (size_t)v.len);
    *outlen = v.len;
    sh_bytes_view_end(&v);
    if (!*out) {
      sh_err_no_memory();
      return -1;
    }
    return 0;
  }
  if (SH_INT_CHECK(x) || (SH_TYPE(x)->as_number && SH_TYPE(x)->as_number->index)) {
    intptr_t n = sh_number_as_ssize(x, &sh_exc_OverflowError);
    if (n == -1 && sh_err_occurred()) return -1;
    if (n < 0) {
      sh_err_set_string(&sh_exc_ValueError, "negative count");
      return -1;
    }
    *out = sh_mem_calloc((size_t)n + 1, 1);
    if (!*out) {
      sh_err_no_memory();
      return -1;
    }
    *outlen = n;
    return 0;
  }
  if (!SH_TYPE(x)->iter && !(SH_TYPE(x)->as_sequence && SH_TYPE(x)->as_sequence->item)) {
    sh_err_format(&sh_exc_TypeError, "cannot convert '%T' object to %s", x,
                  is_bytearray ? "bytearray" : "bytes");
    return -1;
  }
  return from_iterable(x, is_bytearray, out, outlen);
}

ShObject *sh_bytes_from_object(ShObject *x) {
  if (SH_BYTES_CHECK(x) && SH_TYPE(x) == &sh_type_bytes) return sh_newref(x);
  char *buf;
  intptr_t len;
  if (sh_bytes_from_source(x, NULL, NULL, "bytes", &buf, &len) < 0) return NULL;
  ShObject *r = sh_bytes_from_data(buf, (size_t)len);
  sh_mem_free(buf);
  return r;
}

static ShObject *bytes_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *x = NULL, *enc = NULL, *err = NULL;
  if (sh_args_parse("bytes", args, nargs, kwnames, "|source,encoding,errors", &x, &enc, &err) < 0)
    return NULL;
  if (enc && !SH_STR_CHECK(enc))
    return sh_err_format(&sh_exc_TypeError, "bytes() argument 'encoding' must be str, not %T", enc);
  if (err && !SH_STR_CHECK(err))
    return sh_err_format(&sh_exc_TypeError, "bytes() argument 'errors' must be str, not %T", err);
  ShObject *r = NULL;
  if (!x) {
    if (enc || err) {
      sh_err_set_string(&sh_exc_TypeError, enc ? "encoding without a string argument"
                                               : "errors without a string argument");
      return NULL;
    }
    return bytes_subtype_new(type, "", 0);
  }
  if (!enc && !err && !SH_STR_CHECK(x)) {
    ShObject *meth = sh_object_lookup_special(x, sh_str_intern_cstr("__bytes__"));
    if (meth) {
      r = sh_call0(meth);
      sh_decref(meth);
      if (!r) return NULL;
      if (!SH_BYTES_CHECK(r)) {
        sh_err_format(&sh_exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        sh_decref(r);
        return NULL;
      }
      if (type == &sh_type_bytes) return r;
      ShObject *s = bytes_subtype_new(type, SH_BYTES_DATA(r), SH_BYTES_SIZE(r));
      sh_decref(r);
      return s;
    }
    if (sh_err_occurred()) return NULL;
  }
  char *buf;
  intptr_t len;
  if (sh_bytes_from_source(x, enc, err, "bytes", &buf, &len) < 0) return NULL;
  r = bytes_subtype_new(type, buf, len);
  sh_mem_free(buf);
  return r;
}

/* ------------------------------------------------------------ repr, compare */

ShObject *sh_bytes_repr_impl(const char *data, intptr_t len, const char *prefix,
                             const char *suffix) {
  bool sq = false, dq = false;
  for (intptr_t i = 0; i < len; i++) {
    if (data[i] == '\'')
      sq = true;
    else if (data[i] == '"')
      dq = true;
  }
  char quote = (sq && !dq) ? '"' : '\'';
  ShStrBuilder sb;
  sh_sb_init(&sb);
  static const char hex[] = "0123456789abcdef";
  if (sh_sb_append_cstr(&sb, prefix) < 0 || sh_sb_append(&sb, &quote, 1) < 0) goto fail;
  for (intptr_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)data[i];
    char tmp[4];
    size_t n = 0;
    if (c == (unsigned char)quote || c == '\\') {
      tmp[0] = '\\';
      tmp[1] = (char)c;
      n = 2;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      tmp[0] = '\\';
      tmp[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
      n = 2;
    } else if (c < 32 || c >= 127) {
      tmp[0] = '\\';
      tmp[1] = 'x';
      tmp[2] = hex[c >> 4];
      tmp[3] = hex[c & 15];
      n = 4;
    } else {
      tmp[0] = (char)c;
      n = 1;
    }
    if (sh_sb_append(&sb, tmp, n) < 0) goto fail;
  }
  if (sh_sb_append(&sb, &quote, 1) < 0 || sh_sb_append_cstr(&sb, suffix) < 0) goto fail;
  return sh_sb_finish(&sb);
fail:
  sh_sb_discard(&sb);
  return NULL;
}

static ShObject *bytes_repr(ShObject *o) {
  return sh_bytes_repr_impl(SH_BYTES_DATA(o), SH_BYTES_SIZE(o), "b", "");
}

/* ------------------------------------------------------------ sequence */

static intptr_t bytes_length(ShObject *o) {
  return SH_BYTES_SIZE(o);
}

static ShObject *bytes_concat(ShObject *a, ShObject *b) {
  return sh_bytes_concat(a, b, false);
}

static ShObject *bytes_repeat(ShObject *o, intptr_t n) {
  intptr_t len = SH_BYTES_SIZE(o);
  if (n < 0) n = 0;
  if (n == 1 && SH_TYPE(o) == &sh_type_bytes) return sh_newref(o);
  if (len && n > INTPTR_MAX / len) return sh_err_no_memory();
  ShObject *r = sh_bytes_new(len * n);
  if (!r) return NULL;
  for (intptr_t i = 0; i < n; i++)
    memcpy(SH_BYTES_DATA(r) + i * len, SH_BYTES_DATA(o), (size_t)len);
  return r;
}

static ShObject *bytes_item(ShObject *o, intptr_t i) {
  intptr_t n = SH_BYTES_SIZE(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_err_set_string(&sh_exc_IndexError, "index out of range");
    return NULL;
  }
  return sh_int_from_i64((unsigned char)SH_BYTES_DATA(o)[i]);
}

static ShObject *bytes_subscript(ShObject *o, ShObject *key) {
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t start, stop, step, n = SH_BYTES_SIZE(o);
    intptr_t count = sh_slice_unpack(key, n, &start, &stop, &step);
    if (count < 0) return NULL;
    if (step == 1) {
      if (count == n && SH_TYPE(o) == &sh_type_bytes) return sh_newref(o);
      return sh_bytes_from_data(SH_BYTES_DATA(o) + start, (size_t)count);
    }
    ShObject *r = sh_bytes_new(count);
    if (!r) return NULL;
    for (intptr_t i = 0, j = start; i < count; i++, j += step)
      SH_BYTES_DATA(r)[i] = SH_BYTES_DATA(o)[j];
    return r;
  }
  if (SH_INT_CHECK(key) || (SH_TYPE(key)->as_number && SH_TYPE(key)->as_number->index)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return bytes_item(o, i);
  }
  return sh_err_format(&sh_exc_TypeError, "byte indices must be integers or slices, not %T", key);
}

static int bytes_contains(ShObject *o, ShObject *arg) {
  return sh_bytes_contains(o, arg);
}

static ShObject *bytes_mod(ShObject *a, ShObject *b) {
  if (!SH_BYTES_CHECK(a)) return SH_NOTIMPLEMENTED;
  return sh_percent_format(a, b, true);
}

static sh_hash_t bytes_hash_slot(ShObject *o) {
  return sh_bytes_hash(o);
}

/* ------------------------------------------------------------ iteration */

/* Threads may share an iterator: as in the list iterator, `index` is read
   and written with relaxed atomics (two threads may get the same byte, as
   in CPython), -1 once exhausted, so that a bytearray that grows later
   does not revive it; `seq` is let go only by sh_iter_let_go. */
typedef struct {
  ShObject ob;
  ShObject *seq; /* NULL when exhausted and let go */
  intptr_t index;
} BytesIter;

static void bytesiter_dealloc(ShObject *o) {
  SH_CLEAR(((BytesIter *)o)->seq);
  sh_object_free(o);
}

static inline intptr_t iter_index(BytesIter *it) {
  return __atomic_load_n(&it->index, __ATOMIC_RELAXED);
}

static ShObject *bytesiter_next(ShObject *o) {
  BytesIter *it = (BytesIter *)o;
  ShObject *seq = it->seq;
  if (!seq) return NULL;
  intptr_t i = iter_index(it);
  int c = i < 0                    ? -1
          : !SH_BYTES_CHECK(seq)   ? sh_bytearray_byte(seq, i)
          : i < SH_BYTES_SIZE(seq) ? (unsigned char)SH_BYTES_DATA(seq)[i]
                                   : -1;
  if (c < 0) {
    __atomic_store_n(&it->index, -1, __ATOMIC_RELAXED);
    sh_iter_let_go(&it->seq);
    return NULL;
  }
  __atomic_store_n(&it->index, i + 1, __ATOMIC_RELAXED);
  return sh_int_from_i64(c);
}

static ShObject *bytesiter_self(ShObject *o) {
  return sh_newref(o);
}

static ShObject *bytesiter_length_hint(ShObject *o) {
  BytesIter *it = (BytesIter *)o;
  ShObject *seq = it->seq;
  intptr_t i = iter_index(it);
  if (!seq || i < 0) return sh_int_from_i64(0);
  intptr_t len = SH_BYTES_CHECK(seq)
                     ? SH_BYTES_SIZE(seq)
                     : atomic_load_explicit(&((ShByteArray *)seq)->size, memory_order_relaxed);
  return sh_int_from_i64(len > i ? len - i : 0);
}

static ShMethodDef bytesiter_methods[] = {
    {"__length_hint__", (void *)bytesiter_length_hint, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

ShType sh_type_bytes_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = bytesiter_dealloc,
    .iter = bytesiter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};
ShType sh_type_bytearray_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = bytesiter_dealloc,
    .iter = bytesiter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

ShObject *sh_bytes_iter_new(ShObject *seq) {
  BytesIter *it = (BytesIter *)sh_object_alloc(
      SH_BYTES_CHECK(seq) ? &sh_type_bytes_iterator : &sh_type_bytearray_iterator, 0);
  if (!it) return NULL;
  it->seq = sh_newref(seq);
  return SH_OBJ(it);
}

static ShObject *bytes_getnewargs(ShObject *self) {
  ShObject *b = sh_bytes_from_data(SH_BYTES_DATA(self), (size_t)SH_BYTES_SIZE(self));
  if (!b) return NULL;
  ShObject *t = sh_tuple_pack(1, b);
  sh_decref(b);
  return t;
}

static ShObject *bytes_bytes(ShObject *self) {
  if (SH_TYPE(self) == &sh_type_bytes) return sh_newref(self);
  return sh_bytes_from_data(SH_BYTES_DATA(self), (size_t)SH_BYTES_SIZE(self));
}

static ShObject *bytes_sizeof(ShObject *self) {
  return sh_int_from_i64(33 + SH_BYTES_SIZE(self));
}

static ShObject *bytes_fromhex(ShObject *type, ShObject *arg) {
  ShObject *b = sh_bytes_fromhex_impl(arg, sh_bytes_from_data);
  if (!b || (ShType *)type == &sh_type_bytes) return b;
  ShObject *r = sh_call1(type, b);
  sh_decref(b);
  return r;
}

static ShMethodDef bytes_own_methods[] = {
    {"__getnewargs__", (void *)bytes_getnewargs, SH_METH_NOARGS, NULL},
    {"__bytes__", (void *)bytes_bytes, SH_METH_NOARGS, NULL},
    {"__sizeof__", (void *)bytes_sizeof, SH_METH_NOARGS, NULL},
    {"fromhex", (void *)bytes_fromhex, SH_METH_O | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

/* bytes' method table: its own methods followed by the shared ones. */
static ShMethodDef bytes_methods[96];

static ShNumberMethods bytes_as_number = {.remainder = bytes_mod};
static ShSequenceMethods bytes_as_sequence = {
    .length = bytes_length,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .item = bytes_item,
    .contains = bytes_contains,
};
static ShMappingMethods bytes_as_mapping = {.length = bytes_length, .subscript = bytes_subscript};

static void bytes_dealloc(ShObject *o) {
  sh_object_free(o);
}

ShType sh_type_bytes = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "bytes",
    .basicsize = sizeof(ShBytes),
    .itemsize = 1,
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_BYTES_SUBCLASS | SH_TPFLAGS_IMMUTABLE,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash_slot,
    .richcompare = sh_bytes_richcompare,
    .iter = sh_bytes_iter_new,
    .new_ = bytes_new,
    .as_number = &bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .methods = bytes_methods,
};

/* Called from sh_init_strings before the types are readied. */
void sh_bytes_build_method_table(void) {
  size_t n = 0;
  for (ShMethodDef *m = bytes_own_methods; m->name; m++)
    bytes_methods[n++] = *m;
  for (ShMethodDef *m = sh_bytes_common_methods; m->name; m++)
    bytes_methods[n++] = *m;
  bytes_methods[n].name = NULL;
}
