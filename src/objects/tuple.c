/* tuple: immutable arrays of references, the empty-tuple singleton, the
   xxHash-style tuple hash of CPython 3.11, and tuple_iterator. */
#include "../shoal.h"
#include "container_util.h"

static ShTuple empty_tuple = {.ob = {.ob = SH_OBJECT_HEAD_INIT(&sh_type_tuple), .size = 0}};

ShObject *sh_tuple_new(intptr_t n) {
  if (n == 0) return SH_OBJ(&empty_tuple);
  if (n < 0) return sh_err_bad_internal_call();
  ShTuple *t = (ShTuple *)sh_object_alloc(&sh_type_tuple, n);
  if (!t) return NULL;
  t->ob.size = n;
  return SH_OBJ(t);
}

ShObject *sh_tuple_from_array(ShObject *const *items, intptr_t n) {
  ShObject *t = sh_tuple_new(n);
  if (!t) return NULL;
  for (intptr_t i = 0; i < n; i++)
    SH_TUPLE_ITEMS(t)[i] = sh_newref(items[i]);
  return t;
}

ShObject *sh_tuple_pack(intptr_t n, ...) {
  ShObject *t = sh_tuple_new(n);
  if (!t) return NULL;
  va_list ap;
  va_start(ap, n);
  for (intptr_t i = 0; i < n; i++)
    SH_TUPLE_ITEMS(t)[i] = sh_newref(va_arg(ap, ShObject *));
  va_end(ap);
  return t;
}

ShObject *sh_tuple_slice(ShObject *t, intptr_t start, intptr_t stop) {
  intptr_t n = SH_TUPLE_SIZE(t);
  if (start < 0) start = 0;
  if (stop > n) stop = n;
  if (stop < start) stop = start;
  if (start == 0 && stop == n && SH_TUPLE_CHECK_EXACT(t)) return sh_newref(t);
  return sh_tuple_from_array(SH_TUPLE_ITEMS(t) + start, stop - start);
}

static void tuple_dealloc(ShObject *o) {
  if (sh_container_defer_dealloc(o)) return; /* items may be on loan */
  intptr_t n = SH_TUPLE_SIZE(o);
  for (intptr_t i = 0; i < n; i++)
    sh_xdecref(SH_TUPLE_ITEMS(o)[i]);
  sh_object_free(o);
}

static int tuple_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  intptr_t n = SH_TUPLE_SIZE(o);
  for (intptr_t i = 0; i < n; i++) {
    ShObject *x = SH_TUPLE_ITEMS(o)[i];
    if (x) {
      int r = visit(x, arg);
      if (r) return r;
    }
  }
  return 0;
}

static ShObject *tuple_repr(ShObject *o) {
  intptr_t n = SH_TUPLE_SIZE(o);
  if (n == 0) return sh_str_from_cstr("()");
  int r = sh_repr_enter(o);
  if (r < 0) return NULL;
  if (r > 0) return sh_str_from_cstr("(...)");
  ShStrBuilder sb;
  sh_sb_init(&sb);
  if (sh_sb_append_cstr(&sb, "(") < 0) goto fail;
  for (intptr_t i = 0; i < n; i++) {
    if (i > 0 && sh_sb_append_cstr(&sb, ", ") < 0) goto fail;
    if (sh_sb_append_repr(&sb, SH_TUPLE_ITEMS(o)[i]) < 0) goto fail;
  }
  if (sh_sb_append_cstr(&sb, n == 1 ? ",)" : ")") < 0) goto fail;
  sh_repr_leave(o);
  return sh_sb_finish(&sb);
fail:
  sh_repr_leave(o);
  sh_sb_discard(&sb);
  return NULL;
}

/* CPython 3.11's tuple hash: an xxHash-like accumulation of item hashes. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

sh_hash_t sh_tuple_hash_items(ShObject *const *items, intptr_t n) {
  uint64_t acc = XXPRIME_5;
  for (intptr_t i = 0; i < n; i++) {
    sh_hash_t h = sh_object_hash(items[i]);
    if (h == -1) return -1;
    acc += (uint64_t)h * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
  }
  acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (sh_hash_t)acc;
}

static sh_hash_t tuple_hash(ShObject *o) {
  return sh_tuple_hash_items(SH_TUPLE_ITEMS(o), SH_TUPLE_SIZE(o));
}

/* Lexicographic comparison shared by tuple and list (arrays snapshot). */
ShObject *sh_seq_richcompare(ShObject *const *a, intptr_t na, ShObject *const *b, intptr_t nb,
                             int op) {
  intptr_t i;
  for (i = 0; i < na && i < nb; i++) {
    int r = sh_object_richcompare_bool(a[i], b[i], SH_EQ);
    if (r < 0) return NULL;
    if (!r) break;
  }
  if (i >= na || i >= nb) {
    bool res;
    switch (op) {
    case SH_LT: res = na < nb; break;
    case SH_LE: res = na <= nb; break;
    case SH_EQ: res = na == nb; break;
    case SH_NE: res = na != nb; break;
    case SH_GT: res = na > nb; break;
    default: res = na >= nb; break;
    }
    return sh_bool_from(res);
  }
  if (op == SH_EQ) return SH_FALSE;
  if (op == SH_NE) return SH_TRUE;
  return sh_object_richcompare(a[i], b[i], op);
}

static ShObject *tuple_richcompare(ShObject *a, ShObject *b, int op) {
  if (!SH_TUPLE_CHECK(a) || !SH_TUPLE_CHECK(b)) return SH_NOTIMPLEMENTED;
  return sh_seq_richcompare(SH_TUPLE_ITEMS(a), SH_TUPLE_SIZE(a), SH_TUPLE_ITEMS(b),
                            SH_TUPLE_SIZE(b), op);
}

static intptr_t tuple_length(ShObject *o) {
  return SH_TUPLE_SIZE(o);
}

static ShObject *tuple_item(ShObject *o, intptr_t i) {
  intptr_t n = SH_TUPLE_SIZE(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_err_set_string(&sh_exc_IndexError, "tuple index out of range");
    return NULL;
  }
  return sh_newref(SH_TUPLE_ITEMS(o)[i]);
}

static ShObject *tuple_subscript(ShObject *o, ShObject *key) {
  if (sh_is_index(key)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return tuple_item(o, i);
  }
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t start, stop, step;
    intptr_t n = sh_slice_unpack(key, SH_TUPLE_SIZE(o), &start, &stop, &step);
    if (n < 0) return NULL;
    if (step == 1) return sh_tuple_slice(o, start, start + n);
    ShObject *t = sh_tuple_new(n);
    if (!t) return NULL;
    for (intptr_t k = 0, j = start; k < n; k++, j += step)
      SH_TUPLE_ITEMS(t)[k] = sh_newref(SH_TUPLE_ITEMS(o)[j]);
    return t;
  }
  return sh_err_format(&sh_exc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

static ShObject *tuple_concat(ShObject *a, ShObject *b) {
  if (!SH_TUPLE_CHECK(b))
    return sh_err_format(&sh_exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
  if (SH_TUPLE_SIZE(b) == 0 && SH_TUPLE_CHECK_EXACT(a)) return sh_newref(a);
  if (SH_TUPLE_SIZE(a) == 0 && SH_TUPLE_CHECK_EXACT(b)) return sh_newref(b);
  intptr_t na = SH_TUPLE_SIZE(a), nb = SH_TUPLE_SIZE(b);
  ShObject *t = sh_tuple_new(na + nb);
  if (!t) return NULL;
  for (intptr_t i = 0; i < na; i++)
    SH_TUPLE_ITEMS(t)[i] = sh_newref(SH_TUPLE_ITEMS(a)[i]);
  for (intptr_t i = 0; i < nb; i++)
    SH_TUPLE_ITEMS(t)[na + i] = sh_newref(SH_TUPLE_ITEMS(b)[i]);
  return t;
}

static ShObject *tuple_repeat(ShObject *a, intptr_t n) {
  intptr_t size = SH_TUPLE_SIZE(a);
  if (n < 0) n = 0;
  if (size == 0 || n == 1) {
    if (SH_TUPLE_CHECK_EXACT(a)) return sh_newref(a);
    if (size == 0) return sh_tuple_new(0);
  }
  if (n > 0 && size > INTPTR_MAX / (intptr_t)sizeof(ShObject *) / n) return sh_err_no_memory();
  ShObject *t = sh_tuple_new(size * n);
  if (!t) return NULL;
  ShObject **dst = SH_TUPLE_ITEMS(t);
  for (intptr_t k = 0; k < n; k++)
    for (intptr_t i = 0; i < size; i++)
      *dst++ = sh_newref(SH_TUPLE_ITEMS(a)[i]);
  return t;
}

static int tuple_contains(ShObject *o, ShObject *x) {
  intptr_t n = SH_TUPLE_SIZE(o);
  for (intptr_t i = 0; i < n; i++) {
    int r = sh_object_richcompare_bool(SH_TUPLE_ITEMS(o)[i], x, SH_EQ);
    if (r != 0) return r;
  }
  return 0;
}

static ShObject *tuple_index(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("index", nargs, 1, 3) < 0) return NULL;
  intptr_t n = SH_TUPLE_SIZE(self), start = 0, stop = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_not_none(args[1], &start) < 0) return NULL;
  if (nargs > 2 && sh_slice_index_not_none(args[2], &stop) < 0) return NULL;
  sh_clamp_range(n, &start, &stop);
  for (intptr_t i = start; i < stop && i < SH_TUPLE_SIZE(self); i++) {
    int r = sh_object_richcompare_bool(SH_TUPLE_ITEMS(self)[i], args[0], SH_EQ);
    if (r < 0) return NULL;
    if (r) return sh_int_from_i64(i);
  }
  sh_err_set_string(&sh_exc_ValueError, "tuple.index(x): x not in tuple");
  return NULL;
}

static ShObject *tuple_count(ShObject *self, ShObject *x) {
  intptr_t c = 0, n = SH_TUPLE_SIZE(self);
  for (intptr_t i = 0; i < n; i++) {
    int r = sh_object_richcompare_bool(SH_TUPLE_ITEMS(self)[i], x, SH_EQ);
    if (r < 0) return NULL;
    c += r;
  }
  return sh_int_from_i64(c);
}

static ShObject *tuple_getnewargs(ShObject *self) {
  ShObject *copy = sh_tuple_from_array(SH_TUPLE_ITEMS(self), SH_TUPLE_SIZE(self));
  if (!copy) return NULL;
  ShObject *r = sh_tuple_pack(1, copy);
  sh_decref(copy);
  return r;
}

/* tuple(iterable=(), /) honouring subclasses */
static ShObject *tuple_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (type == &sh_type_tuple && sh_args_no_kwargs("tuple", kwnames) < 0) return NULL;
  if (sh_args_check_count("tuple", nargs, 0, 1) < 0) return NULL;
  ShObject *base;
  if (nargs == 0)
    base = sh_tuple_new(0);
  else if (SH_TUPLE_CHECK_EXACT(args[0]))
    base = sh_newref(args[0]);
  else
    base = sh_tuple_from_iterable(args[0]);
  if (!base || type == &sh_type_tuple) return base;
  intptr_t n = SH_TUPLE_SIZE(base);
  ShTuple *t = (ShTuple *)sh_object_alloc(type, n);
  if (!t) {
    sh_decref(base);
    return NULL;
  }
  t->ob.size = n;
  for (intptr_t i = 0; i < n; i++)
    t->items[i] = sh_newref(SH_TUPLE_ITEMS(base)[i]);
  sh_decref(base);
  return SH_OBJ(t);
}

ShObject *sh_tuple_from_iterable(ShObject *iterable) {
  if (SH_TUPLE_CHECK_EXACT(iterable)) return sh_newref(iterable);
  if (SH_LIST_CHECK(iterable)) return sh_list_as_tuple(iterable);
  ShObject *l = sh_list_new(0);
  if (!l) return NULL;
  if (sh_list_extend(l, iterable) < 0) {
    sh_decref(l);
    return NULL;
  }
  ShObject *t = sh_list_as_tuple(l);
  sh_decref(l);
  return t;
}

static ShObject *tuple_class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

/* ------------------------------------------------------- tuple_iterator */

/* Threads may share an iterator: as in the list iterator, `index` is read
   and written with relaxed atomics (two threads may get the same item, as
   in CPython), -1 once exhausted; `seq` is let go only by sh_iter_let_go. */
typedef struct {
  ShObject ob;
  intptr_t index;
  ShObject *seq; /* NULL when exhausted and let go */
} TupleIter;

static ShObject *tuple_iter(ShObject *o) {
  TupleIter *it = (TupleIter *)sh_object_alloc(&sh_type_tuple_iterator, 0);
  if (!it) return NULL;
  it->seq = sh_newref(o);
  return SH_OBJ(it);
}

static void tupleiter_dealloc(ShObject *o) {
  sh_xdecref(((TupleIter *)o)->seq);
  sh_object_free(o);
}

static int tupleiter_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShObject *s = ((TupleIter *)o)->seq;
  return s ? visit(s, arg) : 0;
}

static inline intptr_t iter_index(TupleIter *it) {
  return __atomic_load_n(&it->index, __ATOMIC_RELAXED);
}

/* The item at the iterator's index, counted, or a loan when `loaned` is
   given (seq is then an exact tuple). NULL at the end. */
static inline __attribute__((always_inline)) ShObject *tupleiter_step(TupleIter *it, bool *loaned) {
  ShObject *seq = it->seq;
  if (!seq) return NULL;
  intptr_t i = iter_index(it);
  if (i < 0 || i >= SH_TUPLE_SIZE(seq)) {
    __atomic_store_n(&it->index, -1, __ATOMIC_RELAXED);
    sh_iter_let_go(&it->seq);
    return NULL;
  }
  __atomic_store_n(&it->index, i + 1, __ATOMIC_RELAXED);
  ShObject *v = SH_TUPLE_ITEMS(seq)[i];
  return loaned ? sh_tuple_item_take(seq, v, loaned) : sh_newref(v);
}

static ShObject *tupleiter_next(ShObject *o) {
  return tupleiter_step((TupleIter *)o, NULL);
}

int sh_tuple_iter_next_loan(ShObject *o, ShObject **v, bool *loaned) {
  TupleIter *it = (TupleIter *)o;
  ShObject *seq = it->seq;
  if (SH_TYPE(o) != &sh_type_tuple_iterator || !seq || SH_TYPE(seq) != &sh_type_tuple) return -2;
  *v = tupleiter_step(it, loaned);
  return *v != NULL;
}

static ShObject *tupleiter_length_hint(ShObject *o) {
  TupleIter *it = (TupleIter *)o;
  intptr_t i = iter_index(it);
  return sh_int_from_i64(it->seq && i >= 0 ? SH_TUPLE_SIZE(it->seq) - i : 0);
}

ShObject *sh_iter_self(ShObject *o) {
  return sh_newref(o);
}

static ShMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_tuple_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .iter = sh_iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

static ShSequenceMethods tuple_as_sequence = {
    .length = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};

static ShMappingMethods tuple_as_mapping = {
    .length = tuple_length,
    .subscript = tuple_subscript,
};

static ShMethodDef tuple_methods[] = {
    {"index", tuple_index, SH_METH_FAST, NULL},
    {"count", tuple_count, SH_METH_O, NULL},
    {"__getnewargs__", tuple_getnewargs, SH_METH_NOARGS, NULL},
    {"__class_getitem__", tuple_class_getitem, SH_METH_O | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

ShType sh_type_tuple = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "tuple",
    .basicsize = sizeof(ShTuple),
    .itemsize = sizeof(ShObject *),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC | SH_TPFLAGS_TUPLE_SUBCLASS,
    .doc = "Built-in immutable sequence.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .traverse = tuple_traverse,
    .new_ = tuple_new,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .methods = tuple_methods,
};
