/* range: an immutable arithmetic sequence of ints of any size, with
   range_iterator (machine-word bounds) and longrange_iterator (big ones). */
#include "../shoal.h"
#include "container_util.h"
#include "../runtime/field.h"

typedef struct {
  ShObject ob;
  ShObject *start, *stop, *step, *length; /* exact ints */
} ShRange;

#define R(o) ((ShRange *)(o))

static ShObject *op2(ShObject *a, ShObject *b, ShBinaryOp op) {
  return sh_number_binary(a, b, op);
}

static bool small(ShObject *o) {
  return SH_INT_IS_SMALL(o);
}

/* Number of items of range(lo, hi, step), as an int object. */
static ShObject *compute_length(ShObject *lo, ShObject *hi, ShObject *step) {
  if (small(lo) && small(hi) && small(step)) {
    int64_t a = SH_INT_SMALL_VALUE(lo), b = SH_INT_SMALL_VALUE(hi), s = SH_INT_SMALL_VALUE(step);
    uint64_t n = 0;
    if (s > 0 && a < b)
      n = ((uint64_t)b - (uint64_t)a - 1) / (uint64_t)s + 1;
    else if (s < 0 && a > b)
      n = ((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)s) + 1;
    return sh_int_from_u64(n);
  }
  int pos = sh_int_sign(step) > 0;
  int c = sh_object_richcompare_bool(lo, hi, pos ? SH_LT : SH_GT);
  if (c < 0) return NULL;
  if (!c) return sh_int_from_i64(0);
  /* (hi - lo - 1) // step + 1 with signs folded so the division is positive */
  ShObject *diff = pos ? op2(hi, lo, SH_BINOP_SUB) : op2(lo, hi, SH_BINOP_SUB);
  if (!diff) return NULL;
  ShObject *one = sh_int_from_i64(1);
  ShObject *d1 = op2(diff, one, SH_BINOP_SUB);
  sh_decref(diff);
  if (!d1) return NULL;
  ShObject *st = pos ? sh_newref(step) : sh_number_negative(step);
  ShObject *q = st ? op2(d1, st, SH_BINOP_FLOORDIV) : NULL;
  sh_decref(d1);
  sh_xdecref(st);
  if (!q) return NULL;
  ShObject *res = op2(q, one, SH_BINOP_ADD);
  sh_decref(q);
  return res;
}

static ShObject *make_range(ShType *type, ShObject *start, ShObject *stop, ShObject *step) {
  ShObject *len = compute_length(start, stop, step);
  if (!len) return NULL;
  ShRange *r = (ShRange *)sh_object_alloc(type, 0);
  if (!r) {
    sh_decref(len);
    return NULL;
  }
  r->start = sh_newref(start);
  r->stop = sh_newref(stop);
  r->step = sh_newref(step);
  r->length = len;
  return SH_OBJ(r);
}

static ShObject *range_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_args_no_kwargs("range", kwnames) < 0) return NULL;
  if (sh_args_check_count("range", nargs, 1, 3) < 0) return NULL;
  ShObject *v[3] = {NULL, NULL, NULL};
  for (size_t i = 0; i < nargs; i++) {
    v[i] = sh_number_index(args[i]);
    if (!v[i]) goto fail;
  }
  ShObject *start, *stop, *step;
  if (nargs == 1) {
    start = sh_int_from_i64(0);
    stop = sh_newref(v[0]);
    step = sh_int_from_i64(1);
  } else {
    start = sh_newref(v[0]);
    stop = sh_newref(v[1]);
    step = nargs == 3 ? sh_newref(v[2]) : sh_int_from_i64(1);
  }
  ShObject *res = NULL;
  if (sh_int_sign(step) == 0)
    sh_err_set_string(&sh_exc_ValueError, "range() arg 3 must not be zero");
  else
    res = make_range(type, start, stop, step);
  sh_decref(start);
  sh_decref(stop);
  sh_decref(step);
  for (int i = 0; i < 3; i++)
    sh_xdecref(v[i]);
  return res;
fail:
  for (int i = 0; i < 3; i++)
    sh_xdecref(v[i]);
  return NULL;
}

static void range_dealloc(ShObject *o) {
  sh_xdecref(R(o)->start);
  sh_xdecref(R(o)->stop);
  sh_xdecref(R(o)->step);
  sh_xdecref(R(o)->length);
  sh_object_free(o);
}

static ShObject *range_repr(ShObject *o) {
  ShRange *r = R(o);
  if (small(r->step) && SH_INT_SMALL_VALUE(r->step) == 1)
    return sh_str_from_format("range(%R, %R)", r->start, r->stop);
  return sh_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static intptr_t range_length(ShObject *o) {
  return sh_int_as_ssize(R(o)->length);
}

static int range_bool(ShObject *o) {
  return sh_int_sign(R(o)->length) != 0;
}

/* start + i * step for an int object i (already in range) */
static ShObject *value_at(ShRange *r, ShObject *i) {
  if (small(r->start) && small(r->step) && small(i)) {
    __int128 v = (__int128)SH_INT_SMALL_VALUE(r->start) +
                 (__int128)SH_INT_SMALL_VALUE(i) * SH_INT_SMALL_VALUE(r->step);
    if (v >= INT64_MIN && v <= INT64_MAX) return sh_int_from_i64((int64_t)v);
  }
  ShObject *p = op2(i, r->step, SH_BINOP_MUL);
  if (!p) return NULL;
  ShObject *res = op2(r->start, p, SH_BINOP_ADD);
  sh_decref(p);
  return res;
}

static ShObject *range_item(ShObject *o, intptr_t i) {
  ShRange *r = R(o);
  ShObject *idx = sh_int_from_i64(i);
  if (!idx) return NULL;
  if (i < 0) SH_SETREF(idx, op2(idx, r->length, SH_BINOP_ADD));
  if (!idx) return NULL;
  if (sh_int_sign(idx) < 0 || sh_int_compare(idx, r->length) >= 0) {
    sh_decref(idx);
    sh_err_set_string(&sh_exc_IndexError, "range object index out of range");
    return NULL;
  }
  ShObject *v = value_at(r, idx);
  sh_decref(idx);
  return v;
}

static ShObject *range_subscript(ShObject *o, ShObject *key) {
  ShRange *r = R(o);
  if (sh_is_index(key)) {
    ShObject *idx = sh_number_index(key);
    if (!idx) return NULL;
    if (sh_int_sign(idx) < 0) SH_SETREF(idx, op2(idx, r->length, SH_BINOP_ADD));
    if (!idx) return NULL;
    if (sh_int_sign(idx) < 0 || sh_int_compare(idx, r->length) >= 0) {
      sh_decref(idx);
      sh_err_set_string(&sh_exc_IndexError, "range object index out of range");
      return NULL;
    }
    ShObject *v = value_at(r, idx);
    sh_decref(idx);
    return v;
  }
  if (SH_TYPE(key) == &sh_type_slice) {
    ShObject *ia, *ib, *ic;
    if (sh_slice_unpack_big(key, r->length, &ia, &ib, &ic) < 0) return NULL;
    ShObject *start = NULL, *stop = NULL, *step = NULL, *res = NULL;
    start = value_at(r, ia);
    stop = start ? value_at(r, ib) : NULL;
    step = stop ? op2(r->step, ic, SH_BINOP_MUL) : NULL;
    if (step) res = make_range(&sh_type_range, start, stop, step);
    sh_decref(ia);
    sh_decref(ib);
    sh_decref(ic);
    sh_xdecref(start);
    sh_xdecref(stop);
    sh_xdecref(step);
    return res;
  }
  return sh_err_format(&sh_exc_TypeError, "range indices must be integers or slices, not %T", key);
}

/* 1 when the int ob is one of the range's values */
static int int_in_range(ShRange *r, ShObject *ob) {
  int pos = sh_int_sign(r->step) > 0;
  int c1, c2;
  if (pos) {
    c1 = sh_int_compare(r->start, ob) <= 0;
    c2 = sh_int_compare(ob, r->stop) < 0;
  } else {
    c1 = sh_int_compare(ob, r->start) <= 0;
    c2 = sh_int_compare(r->stop, ob) < 0;
  }
  if (!c1 || !c2) return 0;
  if (small(r->step) && SH_INT_SMALL_VALUE(r->step) == 1) return 1;
  ShObject *d = op2(ob, r->start, SH_BINOP_SUB);
  if (!d) return -1;
  ShObject *m = op2(d, r->step, SH_BINOP_MOD);
  sh_decref(d);
  if (!m) return -1;
  int res = sh_int_sign(m) == 0;
  sh_decref(m);
  return res;
}

static bool exact_int(ShObject *o) {
  return SH_INT_CHECK_EXACT(o) || SH_TYPE(o) == &sh_type_bool;
}

/* The generic path: compare against every item. -1 error, else count/first. */
static intptr_t iter_search(ShObject *o, ShObject *x, bool first) {
  ShObject *it = sh_object_iter(o);
  if (!it) return -1;
  ShObject *v;
  intptr_t i = 0, count = 0;
  while ((v = sh_iter_next(it)) != NULL) {
    int c = sh_object_richcompare_bool(v, x, SH_EQ);
    sh_decref(v);
    if (c < 0) {
      sh_decref(it);
      return -2;
    }
    if (c) {
      if (first) {
        sh_decref(it);
        return i;
      }
      count++;
    }
    i++;
  }
  sh_decref(it);
  if (sh_err_occurred()) return -2;
  return first ? -1 : count;
}

static int range_contains(ShObject *o, ShObject *x) {
  if (exact_int(x)) return int_in_range(R(o), x);
  intptr_t r = iter_search(o, x, true);
  return r == -2 ? -1 : r >= 0;
}

static ShObject *range_count(ShObject *self, ShObject *x) {
  if (exact_int(x)) {
    int r = int_in_range(R(self), x);
    return r < 0 ? NULL : sh_int_from_i64(r);
  }
  intptr_t n = iter_search(self, x, false);
  return n < 0 ? NULL : sh_int_from_i64(n);
}

static ShObject *range_index(ShObject *self, ShObject *x) {
  ShRange *r = R(self);
  if (exact_int(x)) {
    int in = int_in_range(r, x);
    if (in < 0) return NULL;
    if (!in) return sh_err_format(&sh_exc_ValueError, "%R is not in range", x);
    ShObject *d = op2(x, r->start, SH_BINOP_SUB);
    if (!d) return NULL;
    ShObject *q = op2(d, r->step, SH_BINOP_FLOORDIV);
    sh_decref(d);
    return q;
  }
  intptr_t i = iter_search(self, x, true);
  if (i == -2) return NULL;
  if (i < 0) {
    sh_err_set_string(&sh_exc_ValueError, "sequence.index(x): x not in sequence");
    return NULL;
  }
  return sh_int_from_i64(i);
}

static ShObject *range_richcompare(ShObject *a, ShObject *b, int op) {
  if (SH_TYPE(b) != &sh_type_range || (op != SH_EQ && op != SH_NE)) return SH_NOTIMPLEMENTED;
  ShRange *x = R(a), *y = R(b);
  bool eq;
  if (a == b)
    eq = true;
  else if (sh_int_compare(x->length, y->length) != 0)
    eq = false;
  else if (sh_int_sign(x->length) == 0)
    eq = true;
  else if (sh_int_compare(x->start, y->start) != 0)
    eq = false;
  else if (small(x->length) && SH_INT_SMALL_VALUE(x->length) == 1)
    eq = true;
  else
    eq = sh_int_compare(x->step, y->step) == 0;
  return sh_bool_from(op == SH_EQ ? eq : !eq);
}

static sh_hash_t range_hash(ShObject *o) {
  ShRange *r = R(o);
  ShObject *items[3] = {r->length, SH_NONE, SH_NONE};
  if (sh_int_sign(r->length) != 0) {
    items[1] = r->start;
    if (!(small(r->length) && SH_INT_SMALL_VALUE(r->length) == 1)) items[2] = r->step;
  }
  return sh_tuple_hash_items(items, 3);
}

/* ---------------------------------------------------------- iterators */

/* Threads may share an iterator (two of them may get the same value, as in
   CPython): `index` is read and written with relaxed atomics; it never
   passes `len`, which is the end. */
typedef struct {
  ShObject ob;
  int64_t start, step, len, index;
} RangeIter;

/* `index` is replaced by a new int on each step: a field threads replace
   (runtime/field.h). */
typedef struct {
  ShObject ob;
  ShObject *start, *step, *len, *index;
} LongRangeIter;

static ShObject *make_iter(ShObject *start, ShObject *step, ShObject *len) {
  if (small(start) && small(step) && small(len)) {
    /* every value must fit too: check the last one */
    int64_t s = SH_INT_SMALL_VALUE(start), st = SH_INT_SMALL_VALUE(step),
            n = SH_INT_SMALL_VALUE(len);
    __int128 last = (__int128)s + (__int128)(n > 0 ? n - 1 : 0) * st;
    if (last >= INT64_MIN && last <= INT64_MAX) {
      RangeIter *it = (RangeIter *)sh_object_alloc(&sh_type_range_iterator, 0);
      if (!it) return NULL;
      it->start = s;
      it->step = st;
      it->len = n;
      return SH_OBJ(it);
    }
  }
  LongRangeIter *it = (LongRangeIter *)sh_object_alloc(&sh_type_longrange_iterator, 0);
  if (!it) return NULL;
  it->start = sh_newref(start);
  it->step = sh_newref(step);
  it->len = sh_newref(len);
  it->index = sh_int_from_i64(0);
  return SH_OBJ(it);
}

static ShObject *range_iter(ShObject *o) {
  return make_iter(R(o)->start, R(o)->step, R(o)->length);
}

static ShObject *range_reversed(ShObject *o) {
  ShRange *r = R(o);
  if (sh_int_sign(r->length) == 0) return make_iter(r->start, r->step, r->length);
  ShObject *one = sh_int_from_i64(1);
  ShObject *lm1 = op2(r->length, one, SH_BINOP_SUB);
  ShObject *last = lm1 ? value_at(r, lm1) : NULL;
  ShObject *neg = last ? sh_number_negative(r->step) : NULL;
  ShObject *res = neg ? make_iter(last, neg, r->length) : NULL;
  sh_xdecref(lm1);
  sh_xdecref(last);
  sh_xdecref(neg);
  return res;
}

static ShObject *rangeiter_next(ShObject *o) {
  RangeIter *it = (RangeIter *)o;
  int64_t i = __atomic_load_n(&it->index, __ATOMIC_RELAXED);
  if (i >= it->len) return NULL;
  __atomic_store_n(&it->index, i + 1, __ATOMIC_RELAXED);
  int64_t v = (int64_t)((uint64_t)it->start + (uint64_t)i * (uint64_t)it->step);
  return sh_int_from_i64(v);
}

static ShObject *rangeiter_length_hint(ShObject *o) {
  RangeIter *it = (RangeIter *)o;
  return sh_int_from_i64(it->len - __atomic_load_n(&it->index, __ATOMIC_RELAXED));
}

static void longrangeiter_dealloc(ShObject *o) {
  LongRangeIter *it = (LongRangeIter *)o;
  sh_xdecref(it->start);
  sh_xdecref(it->step);
  sh_xdecref(it->len);
  sh_xdecref(it->index);
  sh_object_free(o);
}

static ShObject *longrangeiter_index(LongRangeIter *it) {
  return sh_field_get_ref(SH_OBJ(it), &it->index);
}

static ShObject *longrangeiter_next(ShObject *o) {
  LongRangeIter *it = (LongRangeIter *)o;
  ShObject *i = longrangeiter_index(it);
  ShObject *v = NULL;
  if (sh_int_compare(i, it->len) < 0) {
    ShObject *p = op2(i, it->step, SH_BINOP_MUL);
    v = p ? op2(it->start, p, SH_BINOP_ADD) : NULL;
    sh_xdecref(p);
    ShObject *ni = v ? op2(i, sh_int_from_i64(1), SH_BINOP_ADD) : NULL;
    if (ni) {
      sh_decref(sh_field_swap(o, &it->index, ni));
    } else {
      SH_CLEAR(v);
    }
  }
  sh_decref(i);
  return v;
}

static ShObject *longrangeiter_length_hint(ShObject *o) {
  LongRangeIter *it = (LongRangeIter *)o;
  ShObject *i = longrangeiter_index(it);
  ShObject *n = op2(it->len, i, SH_BINOP_SUB);
  sh_decref(i);
  return n;
}

static ShMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static ShMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_range_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .dealloc = sh_object_free,
    .iter = sh_iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

ShType sh_type_longrange_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = sh_iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

static ShNumberMethods range_as_number = {
    .bool_ = range_bool,
};

static ShSequenceMethods range_as_sequence = {
    .length = range_length,
    .item = range_item,
    .contains = range_contains,
};

static ShMappingMethods range_as_mapping = {
    .length = range_length,
    .subscript = range_subscript,
};

static ShMethodDef range_methods[] = {
    {"count", range_count, SH_METH_O,
     "rangeobject.count(value) -> integer -- return number of "
     "occurrences of value"},
    {"index", range_index, SH_METH_O, NULL},
    {"__reversed__", range_reversed, SH_METH_NOARGS, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL}};

static ShMemberDef range_members[] = {
    {"start", SH_MEMBER_OBJECT, offsetof(ShRange, start), SH_MEMBER_READONLY, NULL},
    {"stop", SH_MEMBER_OBJECT, offsetof(ShRange, stop), SH_MEMBER_READONLY, NULL},
    {"step", SH_MEMBER_OBJECT, offsetof(ShRange, step), SH_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}};

ShType sh_type_range = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "range",
    .basicsize = sizeof(ShRange),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
           "object that produces a sequence of integers from start (inclusive)\nto stop "
           "(exclusive) by step.",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .as_number = &range_as_number,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .methods = range_methods,
    .members = range_members,
};
