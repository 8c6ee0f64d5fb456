/* slice objects: construction, repr, comparison, indices(), and the
   resolution of a slice against a sequence length (sh_slice_unpack). */
#include "../shoal.h"
#include "container_util.h"

ShObject *sh_slice_new(ShObject *start, ShObject *stop, ShObject *step) {
  ShSlice *s = (ShSlice *)sh_object_alloc(&sh_type_slice, 0);
  if (!s) return NULL;
  s->start = sh_newref(start ? start : SH_NONE);
  s->stop = sh_newref(stop ? stop : SH_NONE);
  s->step = sh_newref(step ? step : SH_NONE);
  return SH_OBJ(s);
}

static int bad_index(void) {
  sh_err_set_string(&sh_exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
  return -1;
}

int sh_slice_index_clamped(ShObject *o, intptr_t *out) {
  if (o == SH_NONE) return 0;
  if (SH_TYPE(o) == &sh_type_int && !SH_INT_BIG(o)) { /* int64 fits intptr_t */
    *out = (intptr_t)((ShInt *)o)->small;
    return 0;
  }
  if (!sh_is_index(o)) return bad_index();
  intptr_t v = sh_number_as_ssize(o, NULL);
  if (v == -1 && sh_err_occurred()) return -1;
  *out = v;
  return 0;
}

int sh_slice_index_not_none(ShObject *o, intptr_t *out) {
  if (!sh_is_index(o)) {
    sh_err_set_string(&sh_exc_TypeError,
                      "slice indices must be integers or have an __index__ method");
    return -1;
  }
  return sh_slice_index_clamped(o, out);
}

intptr_t sh_slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

int sh_slice_read(ShObject *slice, intptr_t *start, intptr_t *stop, intptr_t *step) {
  ShSlice *s = (ShSlice *)slice;
  *step = 1;
  if (s->step != SH_NONE) {
    if (sh_slice_index_clamped(s->step, step) < 0) return -1;
    if (*step == 0) {
      sh_err_set_string(&sh_exc_ValueError, "slice step cannot be zero");
      return -1;
    }
    if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
  }
  *start = *step < 0 ? INTPTR_MAX : 0;
  *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
  if (sh_slice_index_clamped(s->start, start) < 0) return -1;
  if (sh_slice_index_clamped(s->stop, stop) < 0) return -1;
  return 0;
}

intptr_t sh_slice_unpack(ShObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                         intptr_t *step) {
  if (sh_slice_read(slice, start, stop, step) < 0) return -1;
  return sh_slice_adjust(length, start, stop, *step);
}

/* One bound of sh_slice_unpack_big: None -> dflt; negative -> += length;
   then clamped to [lower, upper]. */
static ShObject *big_bound(ShObject *v, ShObject *dflt, ShObject *length, ShObject *lower,
                           ShObject *upper) {
  if (v == SH_NONE) return sh_newref(dflt);
  if (!sh_is_index(v)) {
    bad_index();
    return NULL;
  }
  ShObject *i = sh_number_index(v);
  if (!i) return NULL;
  if (sh_int_sign(i) < 0) {
    SH_SETREF(i, sh_number_binary(i, length, SH_BINOP_ADD));
    if (!i) return NULL;
    if (sh_int_compare(i, lower) < 0) SH_SETREF(i, sh_newref(lower));
  } else if (sh_int_compare(i, upper) > 0) {
    SH_SETREF(i, sh_newref(upper));
  }
  return i;
}

int sh_slice_unpack_big(ShObject *slice, ShObject *length, ShObject **start, ShObject **stop,
                        ShObject **step) {
  ShSlice *s = (ShSlice *)slice;
  ShObject *st, *lower = NULL, *upper = NULL, *a = NULL, *b = NULL;
  if (s->step == SH_NONE) {
    st = sh_int_from_i64(1);
  } else {
    if (!sh_is_index(s->step)) return bad_index();
    st = sh_number_index(s->step);
  }
  if (!st) return -1;
  if (sh_int_sign(st) == 0) {
    sh_decref(st);
    sh_err_set_string(&sh_exc_ValueError, "slice step cannot be zero");
    return -1;
  }
  bool neg = sh_int_sign(st) < 0;
  lower = sh_int_from_i64(neg ? -1 : 0);
  upper = lower ? sh_number_binary(length, lower, SH_BINOP_ADD) : NULL;
  if (upper) a = big_bound(s->start, neg ? upper : lower, length, lower, upper);
  if (a) b = big_bound(s->stop, neg ? lower : upper, length, lower, upper);
  sh_xdecref(lower);
  sh_xdecref(upper);
  if (!b) {
    sh_xdecref(a);
    sh_decref(st);
    return -1;
  }
  *start = a;
  *stop = b;
  *step = st;
  return 0;
}

static void slice_dealloc(ShObject *o) {
  ShSlice *s = (ShSlice *)o;
  sh_xdecref(s->start);
  sh_xdecref(s->stop);
  sh_xdecref(s->step);
  sh_object_free(o);
}

static int slice_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShSlice *s = (ShSlice *)o;
  int r;
  if (s->start && (r = visit(s->start, arg))) return r;
  if (s->stop && (r = visit(s->stop, arg))) return r;
  if (s->step && (r = visit(s->step, arg))) return r;
  return 0;
}

static ShObject *slice_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)type;
  if (sh_args_no_kwargs("slice", kwnames) < 0) return NULL;
  if (sh_args_check_count("slice", nargs, 1, 3) < 0) return NULL;
  if (nargs == 1) return sh_slice_new(NULL, args[0], NULL);
  return sh_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static ShObject *slice_repr(ShObject *o) {
  ShSlice *s = (ShSlice *)o;
  return sh_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static ShObject *slice_richcompare(ShObject *a, ShObject *b, int op) {
  if (SH_TYPE(a) != &sh_type_slice || SH_TYPE(b) != &sh_type_slice) return SH_NOTIMPLEMENTED;
  ShSlice *x = (ShSlice *)a, *y = (ShSlice *)b;
  ShObject *ax[3] = {x->start, x->stop, x->step};
  ShObject *bx[3] = {y->start, y->stop, y->step};
  return sh_seq_richcompare(ax, 3, bx, 3, op);
}

/* slice.indices(length) -> (start, stop, step) */
static ShObject *slice_indices(ShObject *self, ShObject *len_obj) {
  if (!sh_is_index(len_obj))
    return sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                         len_obj);
  ShObject *length = sh_number_index(len_obj);
  if (!length) return NULL;
  if (sh_int_sign(length) < 0) {
    sh_decref(length);
    sh_err_set_string(&sh_exc_ValueError, "length should not be negative");
    return NULL;
  }
  ShObject *a, *b, *c;
  int r = sh_slice_unpack_big(self, length, &a, &b, &c);
  sh_decref(length);
  if (r < 0) return NULL;
  ShObject *t = sh_tuple_pack(3, a, b, c);
  sh_decref(a);
  sh_decref(b);
  sh_decref(c);
  return t;
}

static ShMethodDef slice_methods[] = {{"indices", slice_indices, SH_METH_O, NULL},
                                      {NULL, NULL, 0, NULL}};

static ShMemberDef slice_members[] = {
    {"start", SH_MEMBER_OBJECT, offsetof(ShSlice, start), SH_MEMBER_READONLY, NULL},
    {"stop", SH_MEMBER_OBJECT, offsetof(ShSlice, stop), SH_MEMBER_READONLY, NULL},
    {"step", SH_MEMBER_OBJECT, offsetof(ShSlice, step), SH_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}};

ShType sh_type_slice = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "slice",
    .basicsize = sizeof(ShSlice),
    .flags = SH_TPFLAGS_GC,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used "
           "for extended slicing (e.g. a[0:10:2]).",
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .hash = sh_hash_not_implemented,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .methods = slice_methods,
    .members = slice_members,
};
