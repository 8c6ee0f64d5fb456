/* itertools.groupby and its _grouper in C, so that threads may share one
   groupby (or its groups) without crashing. */
#include "../shoal.h"
#include "../objects/container_util.h"
#include "itertools_internal.h"

/* A groupby keeps the item last read from the source (currvalue), its key
   (currkey) and the key of the group handed out last (tgtkey). Reading the
   source, calling the key function and comparing keys run Python code, so
   they never run under the mutex: a thread copies the fields it needs
   (counted) under the mutex, works on the copies, and installs results
   under the mutex again, dropping what they replace after unlocking.
   currkey and currvalue are set and cleared together (both NULL or both
   set). Threads sharing one groupby may see groups split or items go to
   another thread's group, as CPython's can when the source or the key
   function lets another thread run; nothing is freed under a reader.

   A _grouper is good while its groupby has not moved on: CPython compares
   the parent's pointer to the current grouper, here each grouper takes a
   number from the parent's counter `gen`, which groupby.__next__ also
   bumps first, so an old grouper stops even if the new one fails. */
typedef struct {
  ShObject ob;
  ShObject *it;                           /* the source; NULL once cleared by the collector */
  ShObject *keyfunc;                      /* None or a callable; NULL once cleared */
  ShObject *tgtkey, *currkey, *currvalue; /* under the mutex */
  _Atomic uint64_t gen;
} GroupBy;

typedef struct {
  ShObject ob;
  ShObject *parent; /* a groupby */
  ShObject *tgtkey;
  uint64_t gen;
} Grouper;

#define GB(o) ((GroupBy *)(o))
#define GR(o) ((Grouper *)(o))

static ShType groupby_type, grouper_type;

/* ------------------------------------------------------------ groupby */

static ShObject *groupby_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  static const char *const names[] = {"iterable", "key"};
  ShObject *vals[2];
  if (sh_itertools_parse("groupby", args, nargs, kwnames, names, 2, 2, 1, vals) < 0) return NULL;
  ShObject *it = sh_object_iter(vals[0]);
  if (!it) return NULL;
  GroupBy *g = (GroupBy *)sh_object_alloc(type, 0);
  if (!g) {
    sh_decref(it);
    return NULL;
  }
  g->it = it;
  g->keyfunc = sh_newref(vals[1] ? vals[1] : SH_NONE);
  return SH_OBJ(g);
}

/* Reads the next item and its key into currvalue/currkey. -1 at the end
   of the source (no exception) or on an error. */
static int step(GroupBy *g) {
  if (!g->it) return -1;
  ShObject *value = sh_iter_next(g->it);
  if (!value) return -1;
  ShObject *key;
  if (!g->keyfunc || g->keyfunc == SH_NONE) {
    key = sh_newref(value);
  } else if (!(key = sh_call1(g->keyfunc, value))) {
    sh_decref(value);
    return -1;
  }
  sh_object_lock(SH_OBJ(g));
  ShObject *oldkey = g->currkey, *oldvalue = g->currvalue;
  g->currkey = key;
  g->currvalue = value;
  sh_object_unlock(SH_OBJ(g));
  sh_xdecref(oldkey);
  sh_xdecref(oldvalue);
  return 0;
}

static ShObject *grouper_create(GroupBy *g, ShObject *tgtkey) {
  Grouper *gr = (Grouper *)sh_object_alloc(&grouper_type, 0);
  if (!gr) return NULL;
  gr->parent = sh_newref(SH_OBJ(g));
  gr->tgtkey = sh_newref(tgtkey);
  gr->gen = atomic_fetch_add_explicit(&g->gen, 1, memory_order_relaxed) + 1;
  return SH_OBJ(gr);
}

/* Skips what is left of the current group (the first item whose key
   differs from tgtkey), then hands out (key, grouper). */
static ShObject *groupby_next(ShObject *self) {
  GroupBy *g = GB(self);
  atomic_fetch_add_explicit(&g->gen, 1, memory_order_relaxed);
  ShObject *tgt, *cur;
  for (;;) {
    sh_object_lock(self);
    tgt = sh_xnewref(g->tgtkey);
    cur = sh_xnewref(g->currkey);
    sh_object_unlock(self);
    if (cur) {
      if (!tgt) break;
      int eq = sh_object_richcompare_bool(tgt, cur, SH_EQ);
      if (eq < 0) {
        sh_decref(tgt);
        sh_decref(cur);
        return NULL;
      }
      if (eq == 0) break;
    }
    sh_xdecref(tgt);
    sh_xdecref(cur);
    if (step(g) < 0) return NULL;
  }
  sh_xdecref(tgt);
  sh_object_lock(self);
  ShObject *old = g->tgtkey;
  g->tgtkey = sh_newref(cur);
  sh_object_unlock(self);
  sh_xdecref(old);
  ShObject *grouper = grouper_create(g, cur);
  ShObject *r = grouper ? sh_tuple_pack(2, cur, grouper) : NULL;
  sh_xdecref(grouper);
  sh_decref(cur);
  return r;
}

/* (type, (it, keyfunc)) and, once a group was handed out, the state
   (currkey, currvalue, tgtkey). */
static ShObject *groupby_reduce(ShObject *self) {
  GroupBy *g = GB(self);
  sh_object_lock(self);
  ShObject *tgt = sh_xnewref(g->tgtkey), *key = sh_xnewref(g->currkey),
           *value = sh_xnewref(g->currvalue);
  sh_object_unlock(self);
  ShObject *r = NULL;
  ShObject *args = sh_tuple_pack(2, g->it ? g->it : SH_NONE, g->keyfunc ? g->keyfunc : SH_NONE);
  if (args && tgt && key && value) {
    ShObject *state = sh_tuple_pack(3, key, value, tgt);
    if (state) r = sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), args, state);
    sh_xdecref(state);
  } else if (args) {
    r = sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args);
  }
  sh_xdecref(args);
  sh_xdecref(tgt);
  sh_xdecref(key);
  sh_xdecref(value);
  return r;
}

static ShObject *groupby_setstate(ShObject *self, ShObject *state) {
  GroupBy *g = GB(self);
  if (sh_itertools_check_state(state, 3, 3) < 0) return NULL;
  ShObject *key = sh_newref(SH_TUPLE_GET(state, 0)), *value = sh_newref(SH_TUPLE_GET(state, 1)),
           *tgt = sh_newref(SH_TUPLE_GET(state, 2));
  sh_object_lock(self);
  ShObject *oldkey = g->currkey, *oldvalue = g->currvalue, *oldtgt = g->tgtkey;
  g->currkey = key;
  g->currvalue = value;
  g->tgtkey = tgt;
  sh_object_unlock(self);
  sh_xdecref(oldkey);
  sh_xdecref(oldvalue);
  sh_xdecref(oldtgt);
  SH_RETURN_NONE;
}

/* With the world stopped (the collector), or from gc.get_referents while
   other threads run: the mutex keeps the fields from being dropped under
   the visitor, which runs no Python code. */
static int groupby_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  GroupBy *g = GB(self);
  ShObject *fixed[2] = {g->it, g->keyfunc};
  for (int i = 0; i < 2; i++)
    if (fixed[i]) {
      int r = visit(fixed[i], arg);
      if (r) return r;
    }
  int r = 0;
  sh_object_lock(self);
  ShObject *fields[3] = {g->tgtkey, g->currkey, g->currvalue};
  for (int i = 0; i < 3 && !r; i++)
    if (fields[i]) r = visit(fields[i], arg);
  sh_object_unlock(self);
  return r;
}

/* Only for garbage (no thread can be using it), to break cycles. */
static int groupby_clear(ShObject *self) {
  GroupBy *g = GB(self);
  sh_object_lock(self);
  ShObject *drop[5] = {g->it, g->keyfunc, g->tgtkey, g->currkey, g->currvalue};
  g->it = g->keyfunc = g->tgtkey = g->currkey = g->currvalue = NULL;
  sh_object_unlock(self);
  for (int i = 0; i < 5; i++)
    sh_xdecref(drop[i]);
  return 0;
}

static void groupby_dealloc(ShObject *self) {
  GroupBy *g = GB(self);
  sh_xdecref(g->it);
  sh_xdecref(g->keyfunc);
  sh_xdecref(g->tgtkey);
  sh_xdecref(g->currkey);
  sh_xdecref(g->currvalue);
  sh_object_free(self);
}

/* ------------------------------------------------------------ _grouper */

static bool grouper_current(Grouper *gr) {
  return atomic_load_explicit(&GB(gr->parent)->gen, memory_order_relaxed) == gr->gen;
}

/* The next item while its key equals the group's. The item is claimed
   under the mutex only if currkey is still the key compared (a counted
   reference, so an equal pointer is the same object); when another thread
   took or replaced it meanwhile, look again. */
static ShObject *grouper_next(ShObject *self) {
  Grouper *gr = GR(self);
  GroupBy *g = GB(gr->parent);
  for (;;) {
    if (!grouper_current(gr)) return NULL;
    sh_object_lock(SH_OBJ(g));
    bool have = g->currvalue != NULL;
    sh_object_unlock(SH_OBJ(g));
    if (!have && step(g) < 0) return NULL;
    sh_object_lock(SH_OBJ(g));
    ShObject *cur = sh_xnewref(g->currkey);
    sh_object_unlock(SH_OBJ(g));
    if (!cur) continue;
    int eq = sh_object_richcompare_bool(gr->tgtkey, cur, SH_EQ);
    if (eq <= 0) {
      sh_decref(cur);
      return NULL;
    }
    ShObject *value = NULL, *key = NULL;
    sh_object_lock(SH_OBJ(g));
    if (g->currkey == cur) {
      value = g->currvalue;
      key = g->currkey;
      g->currvalue = g->currkey = NULL;
    }
    sh_object_unlock(SH_OBJ(g));
    sh_decref(cur);
    if (value) {
      sh_decref(key);
      return value;
    }
  }
}

static ShObject *grouper_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_args_no_kwargs("_grouper", kwnames) < 0 ||
      sh_args_check_count("_grouper", nargs, 2, 2) < 0)
    return NULL;
  if (!sh_type_check(args[0], &groupby_type))
    return sh_err_format(&sh_exc_TypeError,
                         "_grouper() argument 1 must be itertools.groupby, not %T", args[0]);
  return grouper_create(GB(args[0]), args[1]);
}

/* A grouper that is no longer current pickles as an empty iterator. */
static ShObject *grouper_reduce(ShObject *self) {
  Grouper *gr = GR(self);
  if (!grouper_current(gr)) {
    ShObject *iter = NULL;
    if (sh_dict_get_ref(sh_builtins_dict(), sh_str_intern_cstr("iter"), &iter) <= 0) {
      if (!sh_err_occurred()) sh_err_set_string(&sh_exc_RuntimeError, "lost builtins.iter");
      return NULL;
    }
    ShObject *empty = sh_tuple_pack(1, sh_tuple_new(0));
    ShObject *r = empty ? sh_tuple_pack(2, iter, empty) : NULL;
    sh_xdecref(empty);
    sh_decref(iter);
    return r;
  }
  ShObject *args = sh_tuple_pack(2, gr->parent, gr->tgtkey);
  ShObject *r = args ? sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args) : NULL;
  sh_xdecref(args);
  return r;
}

static int grouper_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  Grouper *gr = GR(self);
  int r = gr->parent ? visit(gr->parent, arg) : 0;
  return r || !gr->tgtkey ? r : visit(gr->tgtkey, arg);
}

static void grouper_dealloc(ShObject *self) {
  sh_xdecref(GR(self)->parent);
  sh_xdecref(GR(self)->tgtkey);
  sh_object_free(self);
}

/* -------------------------------------------------------------- types */

static ShMethodDef groupby_methods[] = {
    {"__reduce__", groupby_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", groupby_setstate, SH_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

static ShMethodDef grouper_methods[] = {
    {"__reduce__", grouper_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static ShType groupby_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.groupby",
    .basicsize = sizeof(GroupBy),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "make an iterator that returns consecutive keys and groups from the iterable\n"
           "\n"
           "  iterable\n"
           "    Elements to divide into groups according to the key function.\n"
           "  key\n"
           "    A function for computing the group category for each element.\n"
           "    If the key function is not specified or is None, the element itself\n"
           "    is used for grouping.",
    .dealloc = groupby_dealloc,
    .iter = sh_iter_self,
    .iternext = groupby_next,
    .traverse = groupby_traverse,
    .clear = groupby_clear,
    .new_ = groupby_new,
    .methods = groupby_methods,
};

static ShType grouper_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools._grouper",
    .basicsize = sizeof(Grouper),
    .flags = SH_TPFLAGS_GC,
    .dealloc = grouper_dealloc,
    .iter = sh_iter_self,
    .iternext = grouper_next,
    .traverse = grouper_traverse,
    .new_ = grouper_new,
    .methods = grouper_methods,
};

int sh_itertools_add_groupby(ShObject *m) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&groupby_type) < 0 || sh_type_ready(&grouper_type) < 0) return -1;
    atomic_store(&ready, true);
  }
  if (sh_module_add_object(m, "groupby", sh_newref(SH_OBJ(&groupby_type))) < 0) return -1;
  return sh_module_add_object(m, "_grouper", sh_newref(SH_OBJ(&grouper_type)));
}
