/* memoryview: a one-dimensional byte view ('B' format, contiguous) of a
   bytes or bytearray object. A bytearray keeps its size while views on it
   are alive (exports); each access still reads it through a view
   (bytes.h), under its mutex. */
#include <stdio.h>
#include <string.h>

#include "str_internal.h"
#include "container_util.h"

typedef struct {
  ShObject ob;
  ShObject *obj;         /* the exporter: bytes or bytearray */
  intptr_t start, len;   /* the window into obj's bytes */
  _Atomic bool released; /* set once, by whoever ends the export */
} ShMemoryView;

#define MV(o) ((ShMemoryView *)(o))

static bool readonly(ShObject *o) {
  return !sh_type_check(MV(o)->obj, &sh_type_bytearray);
}

static bool is_released(ShObject *o) {
  return atomic_load_explicit(&MV(o)->released, memory_order_relaxed);
}

static int check_released(ShObject *o) {
  if (!is_released(o)) return 0;
  sh_err_set_string(&sh_exc_ValueError, "operation forbidden on released memoryview object");
  return -1;
}

int sh_memoryview_window(ShObject *o, ShObject **obj, intptr_t *start, intptr_t *len) {
  if (check_released(o) < 0) return -1;
  *obj = MV(o)->obj;
  *start = MV(o)->start;
  *len = MV(o)->len;
  return 0;
}

/* The view's length now; -1 (ValueError) once released. */
static intptr_t mv_len(ShObject *o) {
  ShBytesView v;
  if (sh_bytes_view(o, &v) < 0) return -1;
  sh_bytes_view_end(&v);
  return v.len;
}

/* A new view of obj's bytes [start, start + len); len -1: to the end of a
   bytearray, whose size is read as the export starts. */
static ShObject *make(ShObject *obj, intptr_t start, intptr_t len) {
  ShMemoryView *m = (ShMemoryView *)sh_object_alloc(&sh_type_memoryview, 0);
  if (!m) return NULL;
  intptr_t size = len;
  if (sh_type_check(obj, &sh_type_bytearray)) sh_bytearray_export(obj, 1, &size);
  m->obj = sh_newref(obj);
  m->start = start;
  m->len = len < 0 ? size - start : len;
  atomic_store_explicit(&m->released, false, memory_order_relaxed);
  return SH_OBJ(m);
}

/* Ends the export once, however many threads release the view. */
static void release(ShObject *o) {
  if (!atomic_exchange(&MV(o)->released, true) && sh_type_check(MV(o)->obj, &sh_type_bytearray))
    sh_bytearray_export(MV(o)->obj, -1, NULL);
}

static ShObject *mv_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)type;
  ShObject *obj;
  if (sh_args_parse("memoryview", args, nargs, kwnames, "object", &obj) < 0) return NULL;
  if (SH_TYPE(obj) == &sh_type_memoryview) {
    intptr_t n = mv_len(obj);
    return n < 0 ? NULL : make(MV(obj)->obj, MV(obj)->start, n);
  }
  if (!SH_BYTES_CHECK(obj) && !sh_type_check(obj, &sh_type_bytearray))
    return sh_err_format(&sh_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'",
                         obj);
  return make(obj, 0, SH_BYTES_CHECK(obj) ? SH_BYTES_SIZE(obj) : -1);
}

static void mv_dealloc(ShObject *o) {
  release(o);
  sh_xdecref(MV(o)->obj);
  sh_object_free(o);
}

static ShObject *mv_repr(ShObject *o) {
  char buf[64];
  snprintf(buf, sizeof buf, "<%smemory at %p>", is_released(o) ? "released " : "", (void *)o);
  return sh_str_from_cstr(buf);
}

static intptr_t mv_length(ShObject *o) {
  return mv_len(o);
}

static ShObject *mv_item(ShObject *o, intptr_t i) {
  ShBytesView v;
  if (sh_bytes_view(o, &v) < 0) return NULL;
  if (i < 0) i += v.len;
  int c = i >= 0 && i < v.len ? (unsigned char)v.data[i] : -1;
  sh_bytes_view_end(&v);
  if (c < 0) {
    sh_err_set_string(&sh_exc_IndexError, "index out of bounds on dimension 1");
    return NULL;
  }
  return sh_int_from_i64(c);
}

static ShObject *mv_subscript(ShObject *o, ShObject *key) {
  if (check_released(o) < 0) return NULL;
  if (sh_is_index(key)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return mv_item(o, i);
  }
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t a, b, c, n;
    if (sh_slice_read(key, &a, &b, &c) < 0 || (n = mv_len(o)) < 0) return NULL;
    intptr_t cnt = sh_slice_adjust(n, &a, &b, c);
    if (c != 1 && cnt > 1) {
      sh_err_set_string(&sh_exc_NotImplementedError,
                        "memoryview: strided slices are not supported");
      return NULL;
    }
    return make(MV(o)->obj, MV(o)->start + (cnt ? a : 0), cnt);
  }
  return sh_err_format(&sh_exc_TypeError, "memoryview: invalid slice key");
}

/* m[i] = byte, m[a:b:c] = bytes-like: written under the exporter's mutex
   (a bytearray's in-place writers hold it too). */
static int mv_ass_subscript(ShObject *o, ShObject *key, ShObject *value) {
  if (check_released(o) < 0) return -1;
  if (readonly(o)) {
    sh_err_set_string(&sh_exc_TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    sh_err_set_string(&sh_exc_TypeError, "cannot delete memory");
    return -1;
  }
  ShBytesView w;
  if (sh_is_index(key)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError), n;
    if ((i == -1 && sh_err_occurred()) || (n = mv_len(o)) < 0) return -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      sh_err_set_string(&sh_exc_IndexError, "index out of bounds on dimension 1");
      return -1;
    }
    if (!sh_is_index(value)) {
      sh_err_format(&sh_exc_TypeError, "memoryview: invalid type for format 'B'");
      return -1;
    }
    intptr_t v = sh_number_as_ssize(value, NULL);
    if (v == -1 && sh_err_occurred()) return -1;
    if (v < 0 || v > 255) {
      sh_err_set_string(&sh_exc_ValueError, "memoryview: invalid value for format 'B'");
      return -1;
    }
    if (sh_bytes_view(o, &w) < 0) return -1;
    if (i < w.len) ((char *)w.data)[i] = (char)v; /* else released and shrunk meanwhile */
    sh_bytes_view_end(&w);
    return 0;
  }
  if (SH_TYPE(key) != &sh_type_slice) {
    sh_err_set_string(&sh_exc_TypeError, "memoryview: invalid slice key");
    return -1;
  }
  intptr_t a, b, c;
  ShBytesView src;
  if (sh_slice_read(key, &a, &b, &c) < 0) return -1;
  /* a copy of a bytearray source, which may be the one o shows */
  if (sh_bytes_view_stable(value, &src) < 0) return -1;
  if (sh_bytes_view(o, &w) < 0) {
    sh_bytes_view_end(&src);
    return -1;
  }
  intptr_t cnt = sh_slice_adjust(w.len, &a, &b, c);
  if (src.len == cnt)
    for (intptr_t k = 0; k < cnt; k++)
      ((char *)w.data)[a + k * c] = src.data[k];
  sh_bytes_view_end(&w);
  sh_bytes_view_end(&src);
  if (src.len == cnt) return 0;
  sh_err_set_string(&sh_exc_ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures");
  return -1;
}

static ShObject *mv_richcompare(ShObject *a, ShObject *b, int op) {
  if (op != SH_EQ && op != SH_NE) return SH_NOTIMPLEMENTED;
  if (is_released(a) || (SH_TYPE(b) == &sh_type_memoryview && is_released(b)) || a == b)
    return sh_bool_from((a == b) == (op == SH_EQ));
  if (SH_TYPE(b) != &sh_type_memoryview && !SH_BYTES_CHECK(b) &&
      !sh_type_check(b, &sh_type_bytearray))
    return SH_NOTIMPLEMENTED;
  ShBytesView va, vb;
  if (sh_bytes_view_operand(b, &vb) < 0) return NULL;
  if (sh_bytes_view(a, &va) < 0) {
    sh_bytes_view_end(&vb);
    return NULL;
  }
  bool eq = va.len == vb.len && memcmp(va.data, vb.data, (size_t)va.len) == 0;
  sh_bytes_view_end(&va);
  sh_bytes_view_end(&vb);
  return sh_bool_from(eq == (op == SH_EQ));
}

static sh_hash_t mv_hash(ShObject *o) {
  if (!readonly(o)) {
    sh_err_set_string(&sh_exc_ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  ShBytesView v;
  if (sh_bytes_view(o, &v) < 0) return -1;
  sh_hash_t h = sh_hash_bytes(v.data, (size_t)v.len);
  sh_bytes_view_end(&v);
  return h;
}

static ShObject *mv_tobytes(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  ShObject *order = NULL;
  if (sh_args_parse("tobytes", args, nargs, kwnames, "|order", &order) < 0) return NULL;
  ShBytesView v;
  if (sh_bytes_view(self, &v) < 0) return NULL;
  ShObject *r = sh_bytes_from_data(v.data, (size_t)v.len);
  sh_bytes_view_end(&v);
  return r;
}

static ShObject *mv_tolist(ShObject *self) {
  ShBytesView v;
  if (sh_bytes_view(self, &v) < 0) return NULL;
  ShObject *l = sh_list_new(0);
  for (intptr_t i = 0; l && i < v.len; i++) {
    ShObject *x = sh_int_from_i64((unsigned char)v.data[i]);
    if (!x || sh_list_append(l, x) < 0) SH_CLEAR(l);
    sh_xdecref(x);
  }
  sh_bytes_view_end(&v);
  return l;
}

static ShObject *mv_hex(ShObject *self) {
  ShBytesView v;
  if (sh_bytes_view(self, &v) < 0) return NULL;
  ShObject *s = sh_str_new(v.len * 2, 127);
  if (s) {
    char *out = SH_STR_DATA(s);
    static const char digits[] = "0123456789abcdef";
    for (intptr_t i = 0; i < v.len; i++) {
      out[2 * i] = digits[(unsigned char)v.data[i] >> 4];
      out[2 * i + 1] = digits[(unsigned char)v.data[i] & 15];
    }
  }
  sh_bytes_view_end(&v);
  return s;
}

static ShObject *mv_release(ShObject *self) {
  release(self);
  SH_RETURN_NONE;
}

static ShObject *mv_enter(ShObject *self) {
  if (check_released(self) < 0) return NULL;
  return sh_newref(self);
}

static ShObject *mv_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  (void)args;
  (void)nargs;
  release(self);
  SH_RETURN_NONE;
}

static ShMethodDef mv_methods[] = {{"tobytes", (void *)mv_tobytes, SH_METH_FASTKW, NULL},
                                   {"tolist", (void *)mv_tolist, SH_METH_NOARGS, NULL},
                                   {"hex", (void *)mv_hex, SH_METH_NOARGS, NULL},
                                   {"release", (void *)mv_release, SH_METH_NOARGS, NULL},
                                   {"__enter__", (void *)mv_enter, SH_METH_NOARGS, NULL},
                                   {"__exit__", (void *)mv_exit, SH_METH_FAST, NULL},
                                   {NULL, NULL, 0, NULL}};

static ShObject *get_obj(ShObject *o, void *c) {
  (void)c;
  if (check_released(o) < 0) return NULL;
  return sh_newref(MV(o)->obj);
}
static ShObject *get_nbytes(ShObject *o, void *c) {
  (void)c;
  intptr_t n = mv_length(o);
  return n < 0 ? NULL : sh_int_from_i64(n);
}
static ShObject *get_readonly(ShObject *o, void *c) {
  (void)c;
  if (mv_length(o) < 0) return NULL;
  return sh_bool_from(readonly(o));
}
static ShObject *get_itemsize(ShObject *o, void *c) {
  (void)c;
  if (mv_length(o) < 0) return NULL;
  return sh_int_from_i64(1);
}
static ShObject *get_ndim(ShObject *o, void *c) {
  (void)c;
  if (mv_length(o) < 0) return NULL;
  return sh_int_from_i64(1);
}
static ShObject *get_format(ShObject *o, void *c) {
  (void)c;
  if (mv_length(o) < 0) return NULL;
  return sh_str_from_cstr("B");
}
static ShObject *get_shape(ShObject *o, void *c) {
  (void)c;
  intptr_t n = mv_length(o);
  if (n < 0) return NULL;
  ShObject *v = sh_int_from_i64(n);
  ShObject *t = v ? sh_tuple_pack(1, v) : NULL;
  sh_xdecref(v);
  return t;
}
static ShObject *get_released(ShObject *o, void *c) {
  (void)c;
  return sh_bool_from(is_released(o));
}

static ShGetSetDef mv_getset[] = {{"obj", get_obj, NULL, NULL, NULL},
                                  {"nbytes", get_nbytes, NULL, NULL, NULL},
                                  {"readonly", get_readonly, NULL, NULL, NULL},
                                  {"itemsize", get_itemsize, NULL, NULL, NULL},
                                  {"ndim", get_ndim, NULL, NULL, NULL},
                                  {"format", get_format, NULL, NULL, NULL},
                                  {"shape", get_shape, NULL, NULL, NULL},
                                  {"released", get_released, NULL, NULL, NULL},
                                  {NULL, NULL, NULL, NULL, NULL}};

static ShSequenceMethods mv_as_sequence = {.length = mv_length, .item = mv_item};
static ShMappingMethods mv_as_mapping = {
    .length = mv_length, .subscript = mv_subscript, .ass_subscript = mv_ass_subscript};

ShType sh_type_memoryview = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "memoryview",
    .basicsize = sizeof(ShMemoryView),
    .doc = "Create a new memoryview object which references the given object.",
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .new_ = mv_new,
    .as_sequence = &mv_as_sequence,
    .as_mapping = &mv_as_mapping,
    .methods = mv_methods,
    .getset = mv_getset,
};
