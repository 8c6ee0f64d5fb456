/* The builtin iterator types: enumerate, zip, map, filter, reversed, the
   sequence iterator, iter(callable, sentinel); and sh_init_containers(). */
#include "../shoal.h"
#include "container_util.h"
#include "../runtime/field.h"

static int visit_x(ShObject *o, sh_visitproc visit, void *arg) {
  return o ? visit(o, arg) : 0;
}

/* ------------------------------------------------------------ enumerate */

/* Threads may share an enumerate (two of them may get the same count, as
   in CPython): `index` is read and written with relaxed atomics; it stops
   at INT64_MAX, from where `big_index` counts. That one is replaced by a
   new int on each step: a field threads replace (runtime/field.h). */
typedef struct {
  ShObject ob;
  ShObject *iter;
  int64_t index;
  ShObject *big_index; /* used instead of index once it left int64 */
} Enumerate;

static ShObject *enumerate_new(ShType *type, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  ShObject *iterable, *start = NULL;
  if (sh_args_parse("enumerate", args, nargs, kwnames, "iterable,|start", &iterable, &start) < 0)
    return NULL;
  ShObject *sidx = NULL;
  if (start) {
    sidx = sh_number_index(start);
    if (!sidx) return NULL;
  }
  ShObject *it = sh_object_iter(iterable);
  if (!it) {
    sh_xdecref(sidx);
    return NULL;
  }
  Enumerate *e = (Enumerate *)sh_object_alloc(type, 0);
  if (!e) {
    sh_decref(it);
    sh_xdecref(sidx);
    return NULL;
  }
  e->iter = it;
  if (sidx) {
    if (SH_INT_IS_SMALL(sidx) && SH_INT_SMALL_VALUE(sidx) < INT64_MAX) {
      e->index = SH_INT_SMALL_VALUE(sidx);
    } else {
      e->index = INT64_MAX;
      e->big_index = sh_newref(sidx);
    }
    sh_decref(sidx);
  }
  return SH_OBJ(e);
}

static void enumerate_dealloc(ShObject *o) {
  Enumerate *e = (Enumerate *)o;
  sh_xdecref(e->iter);
  sh_xdecref(e->big_index);
  sh_object_free(o);
}

static int enumerate_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  Enumerate *e = (Enumerate *)o;
  int r = visit_x(e->iter, visit, arg);
  return r ? r : visit_x(e->big_index, visit, arg);
}

/* The count of this step (a new reference), advancing it. */
static ShObject *enumerate_count(Enumerate *e) {
  int64_t i = __atomic_load_n(&e->index, __ATOMIC_RELAXED);
  if (i < INT64_MAX) {
    __atomic_store_n(&e->index, i + 1, __ATOMIC_RELAXED);
    return sh_int_from_i64(i);
  }
  ShObject *o = SH_OBJ(e);
  ShObject *idx = sh_field_get_ref(o, &e->big_index);
  if (!idx && !(idx = sh_int_from_i64(INT64_MAX))) return NULL;
  ShObject *n = sh_number_binary(idx, sh_int_from_i64(1), SH_BINOP_ADD);
  if (!n) {
    sh_decref(idx);
    return NULL;
  }
  sh_xdecref(sh_field_swap(o, &e->big_index, n));
  return idx;
}

static ShObject *enumerate_next(ShObject *o) {
  Enumerate *e = (Enumerate *)o;
  ShObject *item = sh_iter_next(e->iter);
  if (!item) return NULL;
  ShObject *idx = enumerate_count(e);
  if (!idx) {
    sh_decref(item);
    return NULL;
  }
  ShObject *t = sh_tuple_new(2);
  if (!t) {
    sh_decref(idx);
    sh_decref(item);
    return NULL;
  }
  SH_TUPLE_ITEMS(t)[0] = idx;
  SH_TUPLE_ITEMS(t)[1] = item;
  return t;
}

static ShObject *class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

static ShMethodDef enumerate_methods[] = {
    {"__class_getitem__", class_getitem, SH_METH_O | SH_METH_CLASS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_enumerate = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .doc = "Return an enumerate object.",
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .iter = sh_iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .methods = enumerate_methods,
};

/* ------------------------------------------------------------------ zip */

typedef struct {
  ShObject ob;
  ShObject *iters; /* tuple */
  bool strict;
} Zip;

/* Builds a tuple of iter(x) for each argument. */
static ShObject *iter_all(ShObject *const *args, size_t n) {
  ShObject *t = sh_tuple_new((intptr_t)n);
  if (!t) return NULL;
  for (size_t i = 0; i < n; i++) {
    ShObject *it = sh_object_iter(args[i]);
    if (!it) {
      for (size_t j = i; j < n; j++)
        SH_TUPLE_ITEMS(t)[j] = sh_newref(SH_NONE);
      sh_decref(t);
      return NULL;
    }
    SH_TUPLE_ITEMS(t)[i] = it;
  }
  return t;
}

static ShObject *zip_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  bool strict = false;
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(kwnames); i++) {
      ShObject *name = SH_TUPLE_GET(kwnames, i);
      if (!sh_str_equal_cstr(name, "strict"))
        return sh_err_format(&sh_exc_TypeError, "zip() got an unexpected keyword argument '%U'",
                             name);
      int r = sh_object_is_true(args[nargs + (size_t)i]);
      if (r < 0) return NULL;
      strict = r;
    }
  }
  ShObject *iters = iter_all(args, nargs);
  if (!iters) return NULL;
  Zip *z = (Zip *)sh_object_alloc(type, 0);
  if (!z) {
    sh_decref(iters);
    return NULL;
  }
  z->iters = iters;
  z->strict = strict;
  return SH_OBJ(z);
}

static void zip_dealloc(ShObject *o) {
  sh_xdecref(((Zip *)o)->iters);
  sh_object_free(o);
}

static int zip_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  return visit_x(((Zip *)o)->iters, visit, arg);
}

static ShObject *zip_next(ShObject *o) {
  Zip *z = (Zip *)o;
  intptr_t n = SH_TUPLE_SIZE(z->iters);
  if (n == 0) return NULL;
  ShObject *t = sh_tuple_new(n);
  if (!t) return NULL;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *item = sh_iter_next(SH_TUPLE_GET(z->iters, i));
    if (!item) {
      for (intptr_t j = i; j < n; j++)
        SH_TUPLE_ITEMS(t)[j] = sh_newref(SH_NONE);
      sh_decref(t);
      if (sh_err_occurred() || !z->strict) return NULL;
      if (i > 0) {
        if (i == 1)
          return sh_err_format(&sh_exc_ValueError, "zip() argument 2 is shorter than argument 1");
        return sh_err_format(&sh_exc_ValueError,
                             "zip() argument %zd is shorter than arguments 1-%zd", (ssize_t)i + 1,
                             (ssize_t)i);
      }
      for (intptr_t j = 1; j < n; j++) {
        ShObject *x = sh_iter_next(SH_TUPLE_GET(z->iters, j));
        if (x) {
          sh_decref(x);
          if (j == 1)
            return sh_err_format(&sh_exc_ValueError, "zip() argument 2 is longer than argument 1");
          return sh_err_format(&sh_exc_ValueError,
                               "zip() argument %zd is longer than arguments 1-%zd", (ssize_t)j + 1,
                               (ssize_t)j);
        }
        if (sh_err_occurred()) return NULL;
      }
      return NULL;
    }
    SH_TUPLE_ITEMS(t)[i] = item;
  }
  return t;
}

ShType sh_type_zip = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "zip",
    .basicsize = sizeof(Zip),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .iter = sh_iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ------------------------------------------------------------------ map */

typedef struct {
  ShObject ob;
  ShObject *func;
  ShObject *iters; /* tuple */
} Map;

static ShObject *map_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (type == &sh_type_map && sh_args_no_kwargs("map", kwnames) < 0) return NULL;
  if (nargs < 2) {
    sh_err_set_string(&sh_exc_TypeError, "map() must have at least two arguments.");
    return NULL;
  }
  ShObject *iters = iter_all(args + 1, nargs - 1);
  if (!iters) return NULL;
  Map *m = (Map *)sh_object_alloc(type, 0);
  if (!m) {
    sh_decref(iters);
    return NULL;
  }
  m->func = sh_newref(args[0]);
  m->iters = iters;
  return SH_OBJ(m);
}

static void map_dealloc(ShObject *o) {
  sh_xdecref(((Map *)o)->func);
  sh_xdecref(((Map *)o)->iters);
  sh_object_free(o);
}

static int map_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  int r = visit_x(((Map *)o)->func, visit, arg);
  return r ? r : visit_x(((Map *)o)->iters, visit, arg);
}

static ShObject *map_next(ShObject *o) {
  Map *m = (Map *)o;
  intptr_t n = SH_TUPLE_SIZE(m->iters);
  ShObject *small[8], **items = n <= 8 ? small : sh_mem_alloc(sizeof(ShObject *) * (size_t)n);
  if (!items) return sh_err_no_memory();
  ShObject *res = NULL;
  intptr_t got = 0;
  for (; got < n; got++) {
    items[got] = sh_iter_next(SH_TUPLE_GET(m->iters, got));
    if (!items[got]) break;
  }
  if (got == n) res = sh_call(m->func, items, (size_t)n, NULL);
  for (intptr_t i = 0; i < got; i++)
    sh_decref(items[i]);
  if (items != small) sh_mem_free(items);
  return res;
}

ShType sh_type_map = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "map",
    .basicsize = sizeof(Map),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .iter = sh_iter_self,
    .iternext = map_next,
    .new_ = map_new,
};

/* --------------------------------------------------------------- filter */

typedef struct {
  ShObject ob;
  ShObject *func;
  ShObject *iter;
} Filter;

static ShObject *filter_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (type == &sh_type_filter && sh_args_no_kwargs("filter", kwnames) < 0) return NULL;
  if (sh_args_check_count("filter", nargs, 2, 2) < 0) return NULL;
  ShObject *it = sh_object_iter(args[1]);
  if (!it) return NULL;
  Filter *f = (Filter *)sh_object_alloc(type, 0);
  if (!f) {
    sh_decref(it);
    return NULL;
  }
  f->func = sh_newref(args[0]);
  f->iter = it;
  return SH_OBJ(f);
}

static void filter_dealloc(ShObject *o) {
  sh_xdecref(((Filter *)o)->func);
  sh_xdecref(((Filter *)o)->iter);
  sh_object_free(o);
}

static int filter_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  int r = visit_x(((Filter *)o)->func, visit, arg);
  return r ? r : visit_x(((Filter *)o)->iter, visit, arg);
}

static ShObject *filter_next(ShObject *o) {
  Filter *f = (Filter *)o;
  bool truth_only = f->func == SH_NONE || f->func == SH_OBJ(&sh_type_bool);
  for (;;) {
    ShObject *item = sh_iter_next(f->iter);
    if (!item) return NULL;
    int ok;
    if (truth_only) {
      ok = sh_object_is_true(item);
    } else {
      ShObject *r = sh_call1(f->func, item);
      ok = r ? sh_object_is_true(r) : -1;
      sh_xdecref(r);
    }
    if (ok > 0) return item;
    sh_decref(item);
    if (ok < 0) return NULL;
  }
}

ShType sh_type_filter = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .iter = sh_iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
};

/* ------------------------------------------- reversed and seq iterator */

/* Threads may share an iterator: as in the list iterator, `index` is read
   and written with relaxed atomics (two threads may get the same item, as
   in CPython), -1 once exhausted; `seq` is let go only by sh_iter_let_go,
   so that while the caller holds the iterator `seq` stays alive across the
   Python code that __getitem__ may run. */
typedef struct {
  ShObject ob;
  intptr_t index;
  ShObject *seq; /* NULL when exhausted and let go */
} SeqIter;

static inline intptr_t seqiter_index(SeqIter *it) {
  return __atomic_load_n(&it->index, __ATOMIC_RELAXED);
}
static inline void seqiter_set_index(SeqIter *it, intptr_t i) {
  __atomic_store_n(&it->index, i, __ATOMIC_RELAXED);
}

static ShObject *seqiter_end(SeqIter *it) {
  seqiter_set_index(it, -1);
  sh_iter_let_go(&it->seq);
  return NULL;
}

/* After __getitem__ failed: IndexError and StopIteration are the end;
   another error propagates and leaves the iterator as it was. */
static ShObject *seqiter_get_failed(SeqIter *it) {
  if (!sh_err_matches(&sh_exc_IndexError) && !sh_err_matches(&sh_exc_StopIteration)) return NULL;
  sh_err_clear();
  return seqiter_end(it);
}

static ShObject *reversed_new(ShType *type, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  if (type == &sh_type_reversed && sh_args_no_kwargs("reversed", kwnames) < 0) return NULL;
  if (sh_args_check_count("reversed", nargs, 1, 1) < 0) return NULL;
  ShObject *seq = args[0];
  ShObject *meth = sh_type_lookup(SH_TYPE(seq), SH_ID(__reversed__));
  if (meth == SH_NONE)
    return sh_err_format(&sh_exc_TypeError, "'%T' object is not reversible", seq);
  if (meth) {
    ShObject *bound = sh_object_lookup_special(seq, SH_ID(__reversed__));
    if (!bound) {
      if (!sh_err_occurred())
        sh_err_format(&sh_exc_TypeError, "'%T' object is not reversible", seq);
      return NULL;
    }
    ShObject *r = sh_call0(bound);
    sh_decref(bound);
    return r;
  }
  if (SH_DICT_CHECK(seq) || !sh_type_lookup(SH_TYPE(seq), SH_ID(__getitem__)))
    return sh_err_format(&sh_exc_TypeError, "'%T' object is not reversible", seq);
  intptr_t n = sh_object_length(seq);
  if (n < 0) return NULL;
  SeqIter *it = (SeqIter *)sh_object_alloc(type, 0);
  if (!it) return NULL;
  it->seq = sh_newref(seq);
  it->index = n - 1;
  return SH_OBJ(it);
}

static void seqiter_dealloc(ShObject *o) {
  sh_xdecref(((SeqIter *)o)->seq);
  sh_object_free(o);
}

static int seqiter_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  return visit_x(((SeqIter *)o)->seq, visit, arg);
}

static ShObject *seq_get(ShObject *seq, intptr_t i) {
  ShSequenceMethods *sq = SH_TYPE(seq)->as_sequence;
  if (sq && sq->item && !(SH_TYPE(seq)->flags & SH_TPFLAGS_HEAPTYPE)) return sq->item(seq, i);
  ShObject *idx = sh_int_from_i64(i);
  if (!idx) return NULL;
  ShObject *r = sh_object_getitem(seq, idx);
  sh_decref(idx);
  return r;
}

/* seq[i] with seq counted meanwhile: __getitem__ may be Python code that
   exhausts this very iterator, letting go of seq, and a Python callee
   only borrows its arguments from the caller. */
static ShObject *seq_get_held(ShObject *seq, intptr_t i) {
  sh_incref(seq);
  ShObject *v = seq_get(seq, i);
  sh_decref(seq);
  return v;
}

/* seq[index], moving index by `step` (+1, -1); NULL at the end. */
static ShObject *seqiter_step(SeqIter *it, intptr_t step) {
  ShObject *seq = it->seq;
  if (!seq) return NULL;
  intptr_t i = seqiter_index(it);
  if (i < 0) return seqiter_end(it);
  ShObject *v = seq_get_held(seq, i);
  if (!v) return seqiter_get_failed(it);
  seqiter_set_index(it, i + step);
  return v;
}

static ShObject *reversed_next(ShObject *o) {
  return seqiter_step((SeqIter *)o, -1);
}

static ShObject *reversed_length_hint(ShObject *o) {
  SeqIter *it = (SeqIter *)o;
  ShObject *seq = it->seq;
  intptr_t i = seqiter_index(it);
  if (!seq || i < 0) return sh_int_from_i64(0);
  intptr_t n = sh_object_length(seq);
  if (n < 0) return NULL;
  return sh_int_from_i64(n < i + 1 ? 0 : i + 1);
}

static ShMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_reversed = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "reversed",
    .basicsize = sizeof(SeqIter),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = sh_iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
};

ShObject *sh_seqiter_new(ShObject *seq) {
  SeqIter *it = (SeqIter *)sh_object_alloc(&sh_type_seqiter, 0);
  if (!it) return NULL;
  it->seq = sh_newref(seq);
  return SH_OBJ(it);
}

static ShObject *seqiter_next(ShObject *o) {
  return seqiter_step((SeqIter *)o, 1);
}

static ShObject *seqiter_length_hint(ShObject *o) {
  SeqIter *it = (SeqIter *)o;
  ShObject *seq = it->seq;
  intptr_t i = seqiter_index(it);
  if (!seq || i < 0) return sh_int_from_i64(0);
  intptr_t n = sh_object_length(seq);
  if (n < 0) {
    /* no __len__: unknown */
    sh_err_clear();
    return sh_newref(SH_NOTIMPLEMENTED);
  }
  return sh_int_from_i64(n > i ? n - i : 0);
}

static ShMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_seqiter = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "iterator",
    .basicsize = sizeof(SeqIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = sh_iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ------------------------------------------------ iter(callable, stop) */

/* Threads may share an iterator: `done` (relaxed atomics) marks the end,
   and callable and sentinel are let go only by sh_iter_let_go, so that
   they stay alive across the call and the comparison while the caller
   holds the iterator. */
typedef struct {
  ShObject ob;
  ShObject *callable; /* NULL when exhausted and let go */
  ShObject *sentinel;
  bool done;
} CallIter;

ShObject *sh_calliter_new(ShObject *callable, ShObject *sentinel) {
  CallIter *it = (CallIter *)sh_object_alloc(&sh_type_calliter, 0);
  if (!it) return NULL;
  it->callable = sh_newref(callable);
  it->sentinel = sh_newref(sentinel);
  return SH_OBJ(it);
}

static void calliter_dealloc(ShObject *o) {
  sh_xdecref(((CallIter *)o)->callable);
  sh_xdecref(((CallIter *)o)->sentinel);
  sh_object_free(o);
}

static int calliter_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  int r = visit_x(((CallIter *)o)->callable, visit, arg);
  return r ? r : visit_x(((CallIter *)o)->sentinel, visit, arg);
}

static ShObject *calliter_end(CallIter *it) {
  __atomic_store_n(&it->done, true, __ATOMIC_RELAXED);
  sh_iter_let_go(&it->callable);
  sh_iter_let_go(&it->sentinel);
  return NULL;
}

static ShObject *calliter_next(ShObject *o) {
  CallIter *it = (CallIter *)o;
  ShObject *callable = it->callable;
  if (!callable || __atomic_load_n(&it->done, __ATOMIC_RELAXED)) return NULL;
  ShObject *v = sh_call0(callable);
  if (!v) {
    if (!sh_err_matches(&sh_exc_StopIteration)) return NULL;
    sh_err_clear();
    return calliter_end(it);
  }
  /* with one thread the call may have ended this iterator itself */
  ShObject *sentinel = it->sentinel;
  int eq = sentinel ? sh_object_richcompare_bool(sentinel, v, SH_EQ) : 1;
  if (eq == 0) return v;
  sh_decref(v);
  return eq > 0 ? calliter_end(it) : NULL;
}

ShType sh_type_calliter = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .iter = sh_iter_self,
    .iternext = calliter_next,
};

/* ------------------------------------------------------------- start-up */

int sh_init_containers(void) {
  ShType *types[] = {&sh_type_tuple,   &sh_type_tuple_iterator, &sh_type_generic_alias,
                     &sh_type_list,    &sh_type_list_iterator,  &sh_type_list_reverseiterator,
                     &sh_type_set,     &sh_type_frozenset,      &sh_type_set_iterator,
                     &sh_type_range,   &sh_type_range_iterator, &sh_type_longrange_iterator,
                     &sh_type_slice,   &sh_type_enumerate,      &sh_type_zip,
                     &sh_type_map,     &sh_type_filter,         &sh_type_reversed,
                     &sh_type_seqiter, &sh_type_calliter};
  if (sh_dict_init_types() < 0) return -1;
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (sh_type_ready(types[i]) < 0) return -1;
  return 0;
}
