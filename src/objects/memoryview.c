/* memoryview: a one-dimensional byte view ('B' format, contiguous) of a
   bytes or bytearray object, re-reading the exporter's buffer on each access
   so a resized bytearray never leaves it dangling. */
#include <stdio.h>
#include <string.h>

#include "str_internal.h"
#include "container_util.h"

typedef struct {
  ShObject ob;
  ShObject *obj;       /* the exporter: bytes or bytearray */
  intptr_t start, len; /* the window into obj's bytes */
  bool released;
} ShMemoryView;

#define MV(o) ((ShMemoryView *)(o))

static bool readonly(ShObject *o) {
  return !sh_type_check(MV(o)->obj, &sh_type_bytearray);
}

/* The view's bytes; -1 (ValueError) once released. A bytearray that shrank
   under the view shows only what is left. */
static int view(ShObject *o, const char **data, intptr_t *len) {
  if (MV(o)->released) {
    sh_err_set_string(&sh_exc_ValueError, "operation forbidden on released memoryview object");
    return -1;
  }
  const char *d;
  intptr_t n;
  if (sh_bytes_buffer(MV(o)->obj, &d, &n) < 0) return -1;
  intptr_t s = MV(o)->start < n ? MV(o)->start : n;
  intptr_t l = MV(o)->len < n - s ? MV(o)->len : n - s;
  *data = d + s;
  *len = l;
  return 0;
}

int sh_memoryview_buffer(ShObject *o, const char **data, intptr_t *len) {
  return view(o, data, len);
}

static ShObject *make(ShObject *obj, intptr_t start, intptr_t len) {
  ShMemoryView *m = (ShMemoryView *)sh_object_alloc(&sh_type_memoryview, 0);
  if (!m) return NULL;
  m->obj = sh_newref(obj);
  m->start = start;
  m->len = len;
  m->released = false;
  return SH_OBJ(m);
}

static ShObject *mv_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)type;
  ShObject *obj;
  if (sh_args_parse("memoryview", args, nargs, kwnames, "object", &obj) < 0) return NULL;
  if (SH_TYPE(obj) == &sh_type_memoryview) {
    const char *d;
    intptr_t n;
    if (view(obj, &d, &n) < 0) return NULL;
    return make(MV(obj)->obj, MV(obj)->start, n);
  }
  if (!SH_BYTES_CHECK(obj) && !sh_type_check(obj, &sh_type_bytearray))
    return sh_err_format(&sh_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'",
                         obj);
  const char *d;
  intptr_t n;
  if (sh_bytes_buffer(obj, &d, &n) < 0) return NULL;
  return make(obj, 0, n);
}

static void mv_dealloc(ShObject *o) {
  sh_xdecref(MV(o)->obj);
  sh_object_free(o);
}

static ShObject *mv_repr(ShObject *o) {
  char buf[64];
  snprintf(buf, sizeof buf, "<%smemory at %p>", MV(o)->released ? "released " : "", (void *)o);
  return sh_str_from_cstr(buf);
}

static intptr_t mv_length(ShObject *o) {
  const char *d;
  intptr_t n;
  return view(o, &d, &n) < 0 ? -1 : n;
}

static ShObject *mv_item(ShObject *o, intptr_t i) {
  const char *d;
  intptr_t n;
  if (view(o, &d, &n) < 0) return NULL;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_err_set_string(&sh_exc_IndexError, "index out of bounds on dimension 1");
    return NULL;
  }
  return sh_int_from_i64((unsigned char)d[i]);
}

static ShObject *mv_subscript(ShObject *o, ShObject *key) {
  const char *d;
  intptr_t n;
  if (view(o, &d, &n) < 0) return NULL;
  if (sh_is_index(key)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return mv_item(o, i);
  }
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t a, b, c;
    intptr_t cnt = sh_slice_unpack(key, n, &a, &b, &c);
    if (cnt < 0) return NULL;
    if (c != 1 && cnt > 1) {
      sh_err_set_string(&sh_exc_NotImplementedError,
                        "memoryview: strided slices are not supported");
      return NULL;
    }
    return make(MV(o)->obj, MV(o)->start + (cnt ? a : 0), cnt);
  }
  return sh_err_format(&sh_exc_TypeError, "memoryview: invalid slice key");
}

static int mv_ass_subscript(ShObject *o, ShObject *key, ShObject *value) {
  const char *d;
  intptr_t n;
  if (view(o, &d, &n) < 0) return -1;
  if (readonly(o)) {
    sh_err_set_string(&sh_exc_TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    sh_err_set_string(&sh_exc_TypeError, "cannot delete memory");
    return -1;
  }
  char *w = (char *)d;
  if (sh_is_index(key)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return -1;
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
    w[i] = (char)v;
    return 0;
  }
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t a, b, c;
    intptr_t cnt = sh_slice_unpack(key, n, &a, &b, &c);
    if (cnt < 0) return -1;
    const char *src;
    intptr_t sn;
    if (SH_TYPE(value) == &sh_type_memoryview ? view(value, &src, &sn) < 0
                                              : sh_bytes_buffer(value, &src, &sn) < 0)
      return -1;
    if (sn != cnt) {
      sh_err_set_string(&sh_exc_ValueError,
                        "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    char tmp[sn ? sn : 1];
    memcpy(tmp, src, (size_t)sn);
    for (intptr_t k = 0; k < cnt; k++)
      w[a + k * c] = tmp[k];
    return 0;
  }
  sh_err_set_string(&sh_exc_TypeError, "memoryview: invalid slice key");
  return -1;
}

static ShObject *mv_richcompare(ShObject *a, ShObject *b, int op) {
  if (op != SH_EQ && op != SH_NE) return SH_NOTIMPLEMENTED;
  const char *da, *db;
  intptr_t na, nb;
  if (MV(a)->released || (SH_TYPE(b) == &sh_type_memoryview && MV(b)->released))
    return sh_bool_from((a == b) == (op == SH_EQ));
  if (view(a, &da, &na) < 0) return NULL;
  if (SH_TYPE(b) == &sh_type_memoryview) {
    if (view(b, &db, &nb) < 0) return NULL;
  } else if (SH_BYTES_CHECK(b) || sh_type_check(b, &sh_type_bytearray)) {
    sh_bytes_buffer(b, &db, &nb);
  } else {
    return SH_NOTIMPLEMENTED;
  }
  bool eq = na == nb && memcmp(da, db, (size_t)na) == 0;
  return sh_bool_from(eq == (op == SH_EQ));
}

static sh_hash_t mv_hash(ShObject *o) {
  if (!readonly(o)) {
    sh_err_set_string(&sh_exc_ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  const char *d;
  intptr_t n;
  if (view(o, &d, &n) < 0) return -1;
  return sh_hash_bytes(d, (size_t)n);
}

static ShObject *mv_tobytes(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  ShObject *order = NULL;
  if (sh_args_parse("tobytes", args, nargs, kwnames, "|order", &order) < 0) return NULL;
  const char *d;
  intptr_t n;
  if (view(self, &d, &n) < 0) return NULL;
  return sh_bytes_from_data(d, (size_t)n);
}

static ShObject *mv_tolist(ShObject *self) {
  const char *d;
  intptr_t n;
  if (view(self, &d, &n) < 0) return NULL;
  ShObject *l = sh_list_new(0);
  for (intptr_t i = 0; l && i < n; i++) {
    ShObject *v = sh_int_from_i64((unsigned char)d[i]);
    if (!v || sh_list_append(l, v) < 0) {
      sh_xdecref(v);
      SH_SETREF(l, NULL);
      break;
    }
    sh_decref(v);
  }
  return l;
}

static ShObject *mv_hex(ShObject *self) {
  const char *d;
  intptr_t n;
  if (view(self, &d, &n) < 0) return NULL;
  ShObject *s = sh_str_new(n * 2, 127);
  if (!s) return NULL;
  char *out = SH_STR_DATA(s);
  static const char digits[] = "0123456789abcdef";
  for (intptr_t i = 0; i < n; i++) {
    out[2 * i] = digits[(unsigned char)d[i] >> 4];
    out[2 * i + 1] = digits[(unsigned char)d[i] & 15];
  }
  return s;
}

static ShObject *mv_release(ShObject *self) {
  MV(self)->released = true;
  SH_RETURN_NONE;
}

static ShObject *mv_enter(ShObject *self) {
  const char *d;
  intptr_t n;
  if (view(self, &d, &n) < 0) return NULL;
  return sh_newref(self);
}

static ShObject *mv_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  (void)args;
  (void)nargs;
  MV(self)->released = true;
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
  const char *d;
  intptr_t n;
  if (view(o, &d, &n) < 0) return NULL;
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
  return sh_bool_from(MV(o)->released);
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
