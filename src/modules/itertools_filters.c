/* itertools iterators that hand out some items of another iterator and
   drop the others (compress, filterfalse, takewhile, dropwhile), in C. */
#include "../shoal.h"
#include "../objects/container_util.h"
#include "itertools_internal.h"

/* Threads share them as they share filter: the function and the iterators
   never change after creation, and the one flag takewhile and dropwhile
   keep (set once the predicate first fails) is a relaxed atomic. Threads
   racing past that point may each see the flag unset, as in free-threaded
   CPython: takewhile may then hand out an item after the first false one
   in another thread, dropwhile may drop one more item. */

/* ------------------------------------------------------------- compress */

typedef struct {
  ShObject ob;
  ShObject *data;
  ShObject *selectors;
} Compress;

#define COMPRESS(o) ((Compress *)(o))

static ShObject *compress_new(ShType *type, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  static const char *const names[] = {"data", "selectors"};
  ShObject *a[2];
  if (sh_itertools_parse("compress", args, nargs, kwnames, names, 2, 2, 2, a) < 0) return NULL;
  ShObject *data = sh_object_iter(a[0]);
  if (!data) return NULL;
  ShObject *selectors = sh_object_iter(a[1]);
  Compress *c = selectors ? (Compress *)sh_object_alloc(type, 0) : NULL;
  if (!c) {
    sh_decref(data);
    sh_xdecref(selectors);
    return NULL;
  }
  c->data = data;
  c->selectors = selectors;
  return SH_OBJ(c);
}

static ShObject *compress_next(ShObject *self) {
  Compress *c = COMPRESS(self);
  for (;;) {
    /* the datum first, then its selector, as CPython */
    ShObject *datum = sh_itertools_next(c->data);
    if (!datum) return NULL;
    ShObject *selector = sh_itertools_next(c->selectors);
    if (!selector) {
      sh_decref(datum);
      return NULL;
    }
    int ok = sh_object_is_true(selector);
    sh_decref(selector);
    if (ok > 0) return datum;
    sh_decref(datum);
    if (ok < 0) return NULL;
  }
}

static ShObject *compress_reduce(ShObject *self) {
  return sh_itertools_reduce2(self, COMPRESS(self)->data, COMPRESS(self)->selectors);
}

static void compress_dealloc(ShObject *self) {
  sh_decref(COMPRESS(self)->data);
  sh_decref(COMPRESS(self)->selectors);
  sh_object_free(self);
}

static int compress_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  int r = visit(COMPRESS(self)->data, arg);
  return r ? r : visit(COMPRESS(self)->selectors, arg);
}

static ShMethodDef compress_methods[] = {
    {"__reduce__", compress_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static ShType compress_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.compress",
    .basicsize = sizeof(Compress),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return data elements corresponding to true selector elements.\n"
           "\n"
           "Forms a shorter iterator from selected data elements using the selectors to\n"
           "choose the data elements.",
    .dealloc = compress_dealloc,
    .iter = sh_iter_self,
    .iternext = compress_next,
    .traverse = compress_traverse,
    .new_ = compress_new,
    .methods = compress_methods,
};

/* ------------------------------------- filterfalse, takewhile, dropwhile */

/* The three share one layout: a function, an iterator, and the flag of
   takewhile (stop) and dropwhile (start). */
typedef struct {
  ShObject ob;
  ShObject *func;
  ShObject *it;
  bool flag;
} Pred;

#define PRED(o) ((Pred *)(o))

static ShObject *pred_make(ShType *type, ShType *base, const char *name, ShObject *const *args,
                           size_t nargs, ShObject *kwnames) {
  if (sh_itertools_no_kwargs(type, base, name, kwnames) < 0 ||
      sh_itertools_check_positional(name, nargs, 2) < 0)
    return NULL;
  ShObject *it = sh_object_iter(args[1]);
  if (!it) return NULL;
  Pred *p = (Pred *)sh_object_alloc(type, 0);
  if (!p) {
    sh_decref(it);
    return NULL;
  }
  p->func = sh_newref(args[0]);
  p->it = it;
  return SH_OBJ(p);
}

static bool get_flag(ShObject *self) {
  return __atomic_load_n(&PRED(self)->flag, __ATOMIC_RELAXED);
}

static void set_flag(ShObject *self, bool v) {
  __atomic_store_n(&PRED(self)->flag, v, __ATOMIC_RELAXED);
}

/* func(item) as a truth value: 1, 0, -1 on error. */
static int test(ShObject *func, ShObject *item) {
  ShObject *r = sh_call1(func, item);
  if (!r) return -1;
  int ok = sh_object_is_true(r);
  sh_decref(r);
  return ok;
}

static ShObject *pred_reduce(ShObject *self) {
  return sh_itertools_reduce2(self, PRED(self)->func, PRED(self)->it);
}

/* (type, (func, it), flag), the flag as an int (CPython's C long). */
static ShObject *pred_reduce_flag(ShObject *self) {
  ShObject *r = pred_reduce(self);
  if (!r) return NULL;
  ShObject *full =
      sh_tuple_pack(3, SH_TUPLE_GET(r, 0), SH_TUPLE_GET(r, 1), sh_int_from_i64(get_flag(self)));
  sh_decref(r);
  return full;
}

static ShObject *pred_setstate(ShObject *self, ShObject *state) {
  int v = sh_object_is_true(state);
  if (v < 0) return NULL;
  set_flag(self, v);
  return sh_newref(SH_NONE);
}

static void pred_dealloc(ShObject *self) {
  sh_decref(PRED(self)->func);
  sh_decref(PRED(self)->it);
  sh_object_free(self);
}

static int pred_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  int r = visit(PRED(self)->func, arg);
  return r ? r : visit(PRED(self)->it, arg);
}

static ShMethodDef pred_methods[] = {
    {"__reduce__", pred_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static ShMethodDef pred_flag_methods[] = {
    {"__reduce__", pred_reduce_flag, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", pred_setstate, SH_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

/* filterfalse */

static ShType filterfalse_type;

static ShObject *filterfalse_new(ShType *type, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  return pred_make(type, &filterfalse_type, "filterfalse", args, nargs, kwnames);
}

static ShObject *filterfalse_next(ShObject *self) {
  Pred *p = PRED(self);
  bool truth = p->func == SH_NONE || p->func == SH_OBJ(&sh_type_bool);
  for (;;) {
    ShObject *item = sh_itertools_next(p->it);
    if (!item) return NULL;
    int ok = truth ? sh_object_is_true(item) : test(p->func, item);
    if (ok == 0) return item;
    sh_decref(item);
    if (ok < 0) return NULL;
  }
}

static ShType filterfalse_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.filterfalse",
    .basicsize = sizeof(Pred),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return those items of iterable for which function(item) is false.\n"
           "\n"
           "If function is None, return the items that are false.",
    .dealloc = pred_dealloc,
    .iter = sh_iter_self,
    .iternext = filterfalse_next,
    .traverse = pred_traverse,
    .new_ = filterfalse_new,
    .methods = pred_methods,
};

/* takewhile: the flag is `stop` */

static ShType takewhile_type;

static ShObject *takewhile_new(ShType *type, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  return pred_make(type, &takewhile_type, "takewhile", args, nargs, kwnames);
}

static ShObject *takewhile_next(ShObject *self) {
  Pred *p = PRED(self);
  if (get_flag(self)) return NULL;
  ShObject *item = sh_itertools_next(p->it);
  if (!item) return NULL;
  int ok = test(p->func, item);
  if (ok > 0) return item;
  sh_decref(item);
  if (ok == 0) set_flag(self, true);
  return NULL;
}

static ShType takewhile_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.takewhile",
    .basicsize = sizeof(Pred),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return successive entries from an iterable as long as the predicate evaluates to "
           "true for each entry.",
    .dealloc = pred_dealloc,
    .iter = sh_iter_self,
    .iternext = takewhile_next,
    .traverse = pred_traverse,
    .new_ = takewhile_new,
    .methods = pred_flag_methods,
};

/* dropwhile: the flag is `start` */

static ShType dropwhile_type;

static ShObject *dropwhile_new(ShType *type, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  return pred_make(type, &dropwhile_type, "dropwhile", args, nargs, kwnames);
}

static ShObject *dropwhile_next(ShObject *self) {
  Pred *p = PRED(self);
  for (;;) {
    ShObject *item = sh_itertools_next(p->it);
    if (!item) return NULL;
    if (get_flag(self)) return item;
    int ok = test(p->func, item);
    if (ok == 0) {
      set_flag(self, true);
      return item;
    }
    sh_decref(item);
    if (ok < 0) return NULL;
  }
}

static ShType dropwhile_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.dropwhile",
    .basicsize = sizeof(Pred),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Drop items from the iterable while predicate(item) is true.\n"
           "\n"
           "Afterwards, return every element until the iterable is exhausted.",
    .dealloc = pred_dealloc,
    .iter = sh_iter_self,
    .iternext = dropwhile_next,
    .traverse = pred_traverse,
    .new_ = dropwhile_new,
    .methods = pred_flag_methods,
};

int sh_itertools_add_filters(ShObject *m) {
  static ShType *const types[] = {&compress_type, &filterfalse_type, &takewhile_type,
                                  &dropwhile_type};
  static _Atomic bool ready[sizeof types / sizeof *types];
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (sh_itertools_add_type(m, types[i], &ready[i]) < 0) return -1;
  return 0;
}
