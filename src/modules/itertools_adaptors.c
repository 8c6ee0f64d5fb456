/* itertools iterators that adapt other iterators (chain, islice, cycle, repeat,
   starmap, accumulate, pairwise, zip_longest), in C so that threads may share them. */
#include "../shoal.h"
#include "../objects/container_util.h"
#include "../runtime/field.h"
#include "itertools_internal.h"

/* Threads may call next() on one shared object. The rules every type here
   follows (docs/threads.md, "Iterators and generators shared by threads"):
   - a field set at creation and never replaced (a function, the source
     iterator of a forwarder) is read plainly: the object holds it while
     the caller holds the object;
   - a field that next() or __setstate__ replaces or empties (chain's
     current iterator, cycle's saved list, accumulate's total, ...) is a
     field threads replace (runtime/field.h): read with sh_field_get_ref,
     which gives a reference of our own for the Python code that follows,
     and written under the object's mutex (sh_itertools_replace_if,
     sh_field_swap);
   - counters and flags are atomics, or change together under the mutex;
   - the mutex is never held while Python code may run: state is read or
     claimed under it, the call comes after.
   With one thread every type does what CPython 3.11's does, call for
   call; with several, items may interleave between threads but none is
   handed out twice by the adaptor itself nor lost by it. */

ShObject *sh_itertools_next(ShObject *it) {
  sh_unaryfunc next = SH_TYPE(it)->iternext;
  if (!next) return sh_err_format(&sh_exc_TypeError, "'%T' object is not an iterator", it);
  return next(it);
}

bool sh_itertools_ended(void) {
  if (!sh_err_occurred()) return true;
  if (!sh_err_matches(&sh_exc_StopIteration)) return false;
  sh_err_clear();
  return true;
}

bool sh_itertools_replace_if(ShObject *owner, ShObject **field, ShObject *expect, ShObject *v) {
  sh_object_lock(owner);
  bool same = __atomic_load_n(field, __ATOMIC_RELAXED) == expect;
  if (same) __atomic_store_n(field, v, __ATOMIC_RELEASE);
  sh_object_unlock(owner);
  if (same) sh_xdecref(expect);
  return same;
}

int sh_itertools_visit_field(ShObject *owner, ShObject **field, sh_visitproc visit, void *arg) {
  sh_object_lock(owner);
  ShObject *v = *field;
  int r = v ? visit(v, arg) : 0;
  sh_object_unlock(owner);
  return r;
}

int sh_itertools_no_kwargs(ShType *type, ShType *base, const char *name, ShObject *kwnames) {
  /* CPython refuses them for the type itself and for subclasses without an
     __init__ of their own (one that has may take keywords) */
  if (type != base && type->init != base->init) return 0;
  return sh_args_no_kwargs(name, kwnames);
}

int sh_itertools_check_positional(const char *name, size_t nargs, size_t n) {
  if (nargs == n) return 0;
  sh_err_format(&sh_exc_TypeError, "%s expected %zu argument%s, got %zu", name, n,
                n == 1 ? "" : "s", nargs);
  return -1;
}

static ShObject *find_keyword(ShObject *const *args, size_t nargs, ShObject *kwnames,
                              const char *name) {
  for (intptr_t k = 0; k < SH_TUPLE_SIZE(kwnames); k++)
    if (sh_str_equal_cstr(SH_TUPLE_GET(kwnames, k), name)) return args[nargs + (size_t)k];
  return NULL;
}

int sh_itertools_parse(const char *fname, ShObject *const *args, size_t nargs, ShObject *kwnames,
                       const char *const *names, int nparams, int maxpos, int minpos,
                       ShObject **out) {
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  if (nargs + nkw > (size_t)nparams) {
    sh_err_format(&sh_exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)", fname,
                  nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
    return -1;
  }
  if (nargs > (size_t)maxpos) {
    sh_err_format(&sh_exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                  minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    return -1;
  }
  size_t left = nkw;
  for (int i = 0; i < nparams; i++) {
    out[i] = (size_t)i < nargs ? args[i] : NULL;
    if (out[i]) continue;
    if (left) out[i] = find_keyword(args, nargs, kwnames, names[i]);
    if (out[i]) {
      left--;
    } else if (i < minpos) {
      sh_err_format(&sh_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                    names[i], i + 1);
      return -1;
    }
  }
  if (!left) return 0;
  for (size_t i = 0; i < nargs; i++)
    if (find_keyword(args, nargs, kwnames, names[i])) {
      sh_err_format(&sh_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                    fname, names[i], i + 1);
      return -1;
    }
  for (size_t k = 0; k < nkw; k++) {
    ShObject *kw = SH_TUPLE_GET(kwnames, (intptr_t)k);
    bool known = false;
    for (int i = 0; i < nparams && !known; i++)
      known = sh_str_equal_cstr(kw, names[i]);
    if (!known) {
      sh_err_format(&sh_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw, fname);
      return -1;
    }
  }
  return 0;
}

int sh_itertools_add_type(ShObject *m, ShType *type, _Atomic bool *ready) {
  if (!atomic_load(ready)) {
    if (sh_type_ready(type) < 0) return -1;
    atomic_store(ready, true);
  }
  return sh_module_add_object(m, sh_type_name(type), sh_newref(SH_OBJ(type)));
}

ShObject *sh_itertools_reduce2(ShObject *self, ShObject *a, ShObject *b) {
  ShObject *args = sh_tuple_pack(2, a, b);
  ShObject *r = args ? sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args) : NULL;
  sh_xdecref(args);
  return r;
}

static int visit_x(ShObject *o, sh_visitproc visit, void *arg) {
  return o ? visit(o, arg) : 0;
}

static ShObject *class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

/* (a, b) from two references of the caller's, which it hands over. */
static ShObject *pair_steal(ShObject *a, ShObject *b) {
  ShObject *t = sh_tuple_new(2);
  if (!t) {
    sh_decref(a);
    sh_decref(b);
    return NULL;
  }
  SH_TUPLE_ITEMS(t)[0] = a;
  SH_TUPLE_ITEMS(t)[1] = b;
  return t;
}

/* ---------------------------------------------------------------- chain */

/* `source` yields the iterables, `active` is the iterator of the current
   one; both fields threads replace, emptied when used up (as CPython
   does, since every reader holds its own reference). Two threads that
   find no active iterator may each open the next iterable; the one that
   cannot install its iterator (another got there first) parks it in
   `pending`, a stack under the mutex that next() drains before the
   source, so that no iterable is lost, only taken out of order. */
typedef struct Pending {
  struct Pending *next;
  ShObject *it;
} Pending;

typedef struct {
  ShObject ob;
  ShObject *source;
  ShObject *active;
  Pending *pending;
} Chain;

#define CHAIN(o) ((Chain *)(o))

static ShType chain_type;

static ShObject *chain_make(ShType *type, ShObject *source) {
  if (!source) return NULL;
  Chain *c = (Chain *)sh_object_alloc(type, 0);
  if (!c) {
    sh_decref(source);
    return NULL;
  }
  c->source = source;
  return SH_OBJ(c);
}

static ShObject *chain_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_itertools_no_kwargs(type, &chain_type, "chain", kwnames) < 0) return NULL;
  ShObject *t = sh_tuple_from_array(args, (intptr_t)nargs);
  if (!t) return NULL;
  ShObject *source = sh_object_iter(t);
  sh_decref(t);
  return chain_make(type, source);
}

static ShObject *chain_from_iterable(ShObject *cls, ShObject *iterable) {
  return chain_make((ShType *)cls, sh_object_iter(iterable));
}

static int park(ShObject *self, ShObject *it) {
  Pending *p = sh_mem_alloc(sizeof *p);
  if (!p) {
    sh_decref(it);
    sh_err_no_memory();
    return -1;
  }
  p->it = it;
  sh_object_lock(self);
  p->next = CHAIN(self)->pending;
  __atomic_store_n(&CHAIN(self)->pending, p, __ATOMIC_RELAXED);
  sh_object_unlock(self);
  return 0;
}

/* Makes a parked iterator the active one: 1 when there was one (installed
   or parked again because another thread installed one meanwhile), 0 when
   none, -1 on error. */
static int resume_parked(ShObject *self) {
  Chain *c = CHAIN(self);
  if (!__atomic_load_n(&c->pending, __ATOMIC_RELAXED)) return 0;
  sh_object_lock(self);
  Pending *p = c->pending;
  if (p) __atomic_store_n(&c->pending, p->next, __ATOMIC_RELAXED);
  sh_object_unlock(self);
  if (!p) return 0;
  ShObject *it = p->it;
  sh_mem_free(p);
  if (sh_itertools_replace_if(self, &c->active, NULL, it)) return 1;
  return park(self, it) < 0 ? -1 : 1;
}

static ShObject *chain_next(ShObject *self) {
  Chain *c = CHAIN(self);
  for (;;) {
    ShObject *active = sh_field_get_ref(self, &c->active);
    if (active) {
      ShObject *item = sh_itertools_next(active);
      if (item || !sh_itertools_ended()) {
        sh_decref(active);
        return item;
      }
      sh_itertools_replace_if(self, &c->active, active, NULL);
      sh_decref(active);
      continue;
    }
    int r = resume_parked(self);
    if (r < 0) return NULL;
    if (r) continue;
    ShObject *source = sh_field_get_ref(self, &c->source);
    if (!source) return NULL;
    ShObject *iterable = sh_iter_next(source);
    ShObject *it = iterable ? sh_object_iter(iterable) : NULL;
    sh_xdecref(iterable);
    if (!it) {
      /* used up, raised, or an iterable that is not one: CPython lets go
         of the source in every case */
      sh_itertools_replace_if(self, &c->source, source, NULL);
      sh_decref(source);
      if (!sh_err_occurred() && __atomic_load_n(&c->pending, __ATOMIC_RELAXED)) continue;
      return NULL;
    }
    sh_decref(source);
    if (!sh_itertools_replace_if(self, &c->active, NULL, it) && park(self, it) < 0) return NULL;
  }
}

/* (type, (), (source, active)), (type, (), (source,)) or (type, ()) once
   used up, as CPython 3.11; iterators parked by racing threads are left
   out. */
static ShObject *chain_reduce(ShObject *self) {
  Chain *c = CHAIN(self);
  ShObject *source = sh_field_get_ref(self, &c->source);
  ShObject *active = source ? sh_field_get_ref(self, &c->active) : NULL;
  ShObject *empty = sh_tuple_new(0), *r;
  if (!source)
    r = sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), empty);
  else {
    ShObject *state = active ? sh_tuple_pack(2, source, active) : sh_tuple_pack(1, source);
    r = state ? sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), empty, state) : NULL;
    sh_xdecref(state);
  }
  sh_decref(empty);
  sh_xdecref(source);
  sh_xdecref(active);
  return r;
}

int sh_itertools_check_state(ShObject *state, intptr_t min, intptr_t max) {
  if (!SH_TUPLE_CHECK(state)) {
    sh_err_set_string(&sh_exc_TypeError, "state is not a tuple");
    return -1;
  }
  intptr_t n = SH_TUPLE_SIZE(state);
  if (n >= min && n <= max) return 0;
  if (min == max)
    sh_err_format(&sh_exc_TypeError, "function takes exactly %zd arguments (%zd given)", min, n);
  else
    sh_err_format(&sh_exc_TypeError, "function takes at %s %zd argument%s (%zd given)",
                  n < min ? "least" : "most", n < min ? min : max,
                  (n < min ? min : max) == 1 ? "" : "s", n);
  return -1;
}

static ShObject *chain_setstate(ShObject *self, ShObject *state) {
  if (sh_itertools_check_state(state, 1, 2) < 0) return NULL;
  intptr_t n = SH_TUPLE_SIZE(state);
  ShObject *source = SH_TUPLE_GET(state, 0), *active = n > 1 ? SH_TUPLE_GET(state, 1) : NULL;
  if (!sh_iter_check(source) || (active && !sh_iter_check(active))) {
    sh_err_set_string(&sh_exc_TypeError, "Arguments must be iterators.");
    return NULL;
  }
  sh_xdecref(sh_field_swap(self, &CHAIN(self)->source, sh_newref(source)));
  sh_xdecref(sh_field_swap(self, &CHAIN(self)->active, sh_xnewref(active)));
  return sh_newref(SH_NONE);
}

static void chain_dealloc(ShObject *self) {
  Chain *c = CHAIN(self);
  sh_xdecref(c->source);
  sh_xdecref(c->active);
  for (Pending *p = c->pending, *next; p; p = next) {
    next = p->next;
    sh_decref(p->it);
    sh_mem_free(p);
  }
  sh_object_free(self);
}

/* The collector calls this with the world stopped; gc.get_referents may
   while other threads run, when the mutex keeps the fields from being
   replaced and dropped under the visitor. */
static int chain_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  Chain *c = CHAIN(self);
  sh_object_lock(self);
  int r = visit_x(c->source, visit, arg);
  if (!r) r = visit_x(c->active, visit, arg);
  for (Pending *p = c->pending; p && !r; p = p->next)
    r = visit(p->it, arg);
  sh_object_unlock(self);
  return r;
}

static ShMethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, SH_METH_O | SH_METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {"__reduce__", chain_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", chain_setstate, SH_METH_O, "Set state information for unpickling."},
    {"__class_getitem__", class_getitem, SH_METH_O | SH_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}};

static ShType chain_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.chain",
    .basicsize = sizeof(Chain),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "chain(*iterables) --> chain object\n"
           "\n"
           "Return a chain object whose .__next__() method returns elements from the\n"
           "first iterable until it is exhausted, then elements from the next\n"
           "iterable, until all of the iterables are exhausted.",
    .dealloc = chain_dealloc,
    .iter = sh_iter_self,
    .iternext = chain_next,
    .traverse = chain_traverse,
    .new_ = chain_new,
    .methods = chain_methods,
};

/* --------------------------------------------------------------- islice */

/* `cnt` (items taken from `it`) and `next` (the position of the next item
   to hand out) change together under the mutex: each step claims one
   position there, as one turn of CPython's loop would use it (skip, hand
   out, or stop), and takes the item from `it` after unlocking. So threads
   sharing an islice take exactly the items CPython takes, in all, and the
   stop is never overrun. `it` is emptied (a field threads replace) once
   the slice or the iterator ends, or the iterator raises. */
typedef struct {
  ShObject ob;
  ShObject *it;
  intptr_t next;
  intptr_t stop; /* -1: none */
  intptr_t step;
  intptr_t cnt;
} ISlice;

#define ISLICE(o) ((ISlice *)(o))

static ShType islice_type;

/* CPython's PyNumber_AsSsize_t(o, OverflowError) with the error dropped:
   -1 for anything that is not an index that fits. */
static intptr_t as_index_or_minus1(ShObject *o) {
  intptr_t v = sh_number_as_ssize(o, &sh_exc_OverflowError);
  if (v == -1 && sh_err_occurred()) sh_err_clear();
  return v;
}

static ShObject *islice_stop_error(void) {
  sh_err_set_string(&sh_exc_ValueError, "Stop argument for islice() must be None or an integer: "
                                        "0 <= x <= sys.maxsize.");
  return NULL;
}

static ShObject *islice_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_itertools_no_kwargs(type, &islice_type, "islice", kwnames) < 0) return NULL;
  if (sh_args_check_count("islice", nargs, 2, 4) < 0) return NULL;
  intptr_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (args[1] != SH_NONE && (stop = as_index_or_minus1(args[1])) == -1)
      return islice_stop_error();
  } else {
    if (args[1] != SH_NONE) start = as_index_or_minus1(args[1]);
    if (args[2] != SH_NONE && (stop = as_index_or_minus1(args[2])) == -1)
      return islice_stop_error();
  }
  if (start < 0 || stop < -1) {
    sh_err_set_string(&sh_exc_ValueError,
                      "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    return NULL;
  }
  if (nargs == 4 && args[3] != SH_NONE) step = as_index_or_minus1(args[3]);
  if (step < 1) {
    sh_err_set_string(&sh_exc_ValueError, "Step for islice() must be a positive integer or None.");
    return NULL;
  }
  ShObject *it = sh_object_iter(args[0]);
  if (!it) return NULL;
  ISlice *s = (ISlice *)sh_object_alloc(type, 0);
  if (!s) {
    sh_decref(it);
    return NULL;
  }
  s->it = it;
  s->next = start;
  s->stop = stop;
  s->step = step;
  return SH_OBJ(s);
}

enum { CLAIM_SKIP, CLAIM_TAKE, CLAIM_END };

static int islice_claim(ShObject *self) {
  ISlice *s = ISLICE(self);
  int r;
  sh_object_lock(self);
  intptr_t cnt = s->cnt, next = s->next, stop = s->stop;
  if (cnt < next) {
    s->cnt = cnt + 1;
    r = CLAIM_SKIP;
  } else if (stop != -1 && cnt >= stop) {
    r = CLAIM_END;
  } else {
    s->cnt = cnt + 1;
    intptr_t after;
    /* CPython's: past the stop, or wrapped around, the stop is next */
    if (__builtin_add_overflow(next, s->step, &after) || (stop != -1 && after > stop)) after = stop;
    s->next = after;
    r = CLAIM_TAKE;
  }
  sh_object_unlock(self);
  return r;
}

static ShObject *islice_next(ShObject *self) {
  ISlice *s = ISLICE(self);
  ShObject *it = sh_field_get_ref(self, &s->it);
  if (!it) return NULL;
  int claim;
  while ((claim = islice_claim(self)) != CLAIM_END) {
    /* a StopIteration of the iterator's own passes through, as in CPython */
    ShObject *item = sh_itertools_next(it);
    if (!item) break;
    if (claim == CLAIM_TAKE) {
      sh_decref(it);
      return item;
    }
    sh_decref(item);
  }
  sh_itertools_replace_if(self, &s->it, it, NULL);
  sh_decref(it);
  return NULL;
}

/* (type, (it, next, stop, step), cnt), or (type, (iter([]), 0), 0) once
   over, as CPython 3.11. */
static ShObject *islice_reduce(ShObject *self) {
  ISlice *s = ISLICE(self);
  ShObject *type = SH_OBJ(SH_TYPE(self));
  ShObject *it = sh_field_get_ref(self, &s->it);
  if (!it) {
    ShObject *empty = sh_list_new(0);
    ShObject *eit = empty ? sh_object_iter(empty) : NULL;
    sh_xdecref(empty);
    if (!eit) return NULL;
    ShObject *zero = sh_int_from_i64(0);
    ShObject *args = sh_tuple_pack(2, eit, zero);
    ShObject *r = args ? sh_tuple_pack(3, type, args, zero) : NULL;
    sh_xdecref(args);
    sh_decref(eit);
    return r;
  }
  sh_object_lock(self);
  intptr_t next = s->next, cnt = s->cnt;
  sh_object_unlock(self);
  ShObject *onext = sh_int_from_i64(next), *ocnt = sh_int_from_i64(cnt);
  ShObject *ostep = sh_int_from_i64(s->step);
  ShObject *ostop = s->stop == -1 ? sh_newref(SH_NONE) : sh_int_from_i64(s->stop);
  ShObject *args = NULL, *r = NULL;
  if (onext && ocnt && ostep && ostop) args = sh_tuple_pack(4, it, onext, ostop, ostep);
  if (args) r = sh_tuple_pack(3, type, args, ocnt);
  sh_xdecref(args);
  sh_xdecref(onext);
  sh_xdecref(ocnt);
  sh_xdecref(ostep);
  sh_xdecref(ostop);
  sh_decref(it);
  return r;
}

static ShObject *islice_setstate(ShObject *self, ShObject *state) {
  if (!SH_INT_CHECK(state)) {
    sh_err_set_string(&sh_exc_TypeError, "an integer is required");
    return NULL;
  }
  intptr_t cnt = sh_number_as_ssize_arg(state);
  if (cnt == -1 && sh_err_occurred()) return NULL;
  sh_object_lock(self);
  ISLICE(self)->cnt = cnt;
  sh_object_unlock(self);
  return sh_newref(SH_NONE);
}

static void islice_dealloc(ShObject *self) {
  sh_xdecref(ISLICE(self)->it);
  sh_object_free(self);
}

static int islice_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  return sh_itertools_visit_field(self, &ISLICE(self)->it, visit, arg);
}

static ShMethodDef islice_methods[] = {
    {"__reduce__", islice_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", islice_setstate, SH_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

static ShType islice_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.islice",
    .basicsize = sizeof(ISlice),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "islice(iterable, stop) --> islice object\n"
           "islice(iterable, start, stop[, step]) --> islice object\n"
           "\n"
           "Return an iterator whose next() method returns selected values from an\n"
           "iterable.  If start is specified, will skip all preceding elements;\n"
           "otherwise, start defaults to zero.  Step defaults to one.  If\n"
           "specified as another value, step determines how many values are\n"
           "skipped between successive calls.  Works like a slice() on a list\n"
           "but returns an iterator.",
    .dealloc = islice_dealloc,
    .iter = sh_iter_self,
    .iternext = islice_next,
    .traverse = islice_traverse,
    .new_ = islice_new,
    .methods = islice_methods,
};

/* ---------------------------------------------------------------- cycle */

/* The first pass takes items from `it` and appends them to `saved` (a
   list, whose appends are thread-safe), then `it` is emptied and the
   items come from `saved` at `index`, a position claimed by CAS, so that
   threads sharing a cycle go round it together without handing out a
   position twice. `it` and `saved` are fields threads replace (emptied at
   the end of the pass; replaced by __setstate__). */
typedef struct {
  ShObject ob;
  ShObject *it;
  ShObject *saved;
  intptr_t index;
  bool firstpass; /* set by __setstate__: the items are saved already */
} Cycle;

#define CYCLE(o) ((Cycle *)(o))

static ShType cycle_type;

static ShObject *cycle_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_itertools_no_kwargs(type, &cycle_type, "cycle", kwnames) < 0 ||
      sh_itertools_check_positional("cycle", nargs, 1) < 0)
    return NULL;
  ShObject *it = sh_object_iter(args[0]);
  if (!it) return NULL;
  ShObject *saved = sh_list_new(0);
  Cycle *c = saved ? (Cycle *)sh_object_alloc(type, 0) : NULL;
  if (!c) {
    sh_decref(it);
    sh_xdecref(saved);
    return NULL;
  }
  c->it = it;
  c->saved = saved;
  return SH_OBJ(c);
}

/* The position to hand out in a saved list of n > 0 items, moving on. */
static intptr_t cycle_claim(Cycle *c, intptr_t n) {
  intptr_t i = __atomic_load_n(&c->index, __ATOMIC_RELAXED);
  for (;;) {
    intptr_t at = i < n ? i : 0; /* the list shrank (a caller changed it) */
    intptr_t after = at + 1 < n ? at + 1 : 0;
    if (!sh_multithreaded()) {
      __atomic_store_n(&c->index, after, __ATOMIC_RELAXED);
      return at;
    }
    if (__atomic_compare_exchange_n(&c->index, &i, after, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
      return at;
  }
}

static ShObject *cycle_next(ShObject *self) {
  Cycle *c = CYCLE(self);
  ShObject *it = sh_field_get_ref(self, &c->it);
  if (it) {
    ShObject *item = sh_iter_next(it);
    if (item) {
      sh_decref(it);
      if (__atomic_load_n(&c->firstpass, __ATOMIC_RELAXED)) return item;
      ShObject *saved = sh_field_get_ref(self, &c->saved);
      int r = sh_list_append(saved, item);
      sh_decref(saved);
      if (r < 0) SH_CLEAR(item);
      return item;
    }
    if (sh_err_occurred()) {
      sh_decref(it);
      return NULL;
    }
    sh_itertools_replace_if(self, &c->it, it, NULL);
    sh_decref(it);
  }
  ShObject *saved = sh_field_get_ref(self, &c->saved);
  intptr_t n = sh_list_size(saved);
  ShObject *item = n ? sh_list_get_item(saved, cycle_claim(c, n)) : NULL;
  sh_decref(saved);
  return item;
}

/* CPython 3.11: (type, (it,), (saved, firstpass)) during the first pass,
   then (type, (iter(saved) moved on to index,), (saved, True)). */
static ShObject *cycle_reduce(ShObject *self) {
  Cycle *c = CYCLE(self);
  ShObject *it = sh_field_get_ref(self, &c->it);
  ShObject *saved = sh_field_get_ref(self, &c->saved);
  bool firstpass = true;
  if (it) {
    firstpass = __atomic_load_n(&c->firstpass, __ATOMIC_RELAXED);
  } else {
    it = sh_object_iter(saved);
    /* a list iterator at `index`, by stepping it there */
    for (intptr_t i = __atomic_load_n(&c->index, __ATOMIC_RELAXED); it && i > 0; i--)
      sh_xdecref(sh_iter_next(it));
    if (it && sh_err_occurred()) SH_CLEAR(it);
  }
  ShObject *r = NULL;
  if (it) {
    ShObject *args = sh_tuple_pack(1, it);
    ShObject *state = sh_tuple_pack(2, saved, sh_bool_from(firstpass));
    if (args && state) r = sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), args, state);
    sh_xdecref(args);
    sh_xdecref(state);
  }
  sh_xdecref(it);
  sh_decref(saved);
  return r;
}

static ShObject *cycle_setstate(ShObject *self, ShObject *state) {
  if (sh_itertools_check_state(state, 2, 2) < 0) return NULL;
  ShObject *saved = SH_TUPLE_GET(state, 0);
  if (!SH_LIST_CHECK(saved))
    return sh_err_format(&sh_exc_TypeError, "argument 1 must be list, not %T", saved);
  intptr_t firstpass = sh_number_as_ssize_arg(SH_TUPLE_GET(state, 1));
  if (firstpass == -1 && sh_err_occurred()) return NULL;
  Cycle *c = CYCLE(self);
  sh_xdecref(sh_field_swap(self, &c->saved, sh_newref(saved)));
  __atomic_store_n(&c->firstpass, firstpass != 0, __ATOMIC_RELAXED);
  __atomic_store_n(&c->index, 0, __ATOMIC_RELAXED);
  return sh_newref(SH_NONE);
}

static void cycle_dealloc(ShObject *self) {
  sh_xdecref(CYCLE(self)->it);
  sh_xdecref(CYCLE(self)->saved);
  sh_object_free(self);
}

static int cycle_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  int r = sh_itertools_visit_field(self, &CYCLE(self)->it, visit, arg);
  return r ? r : sh_itertools_visit_field(self, &CYCLE(self)->saved, visit, arg);
}

static ShMethodDef cycle_methods[] = {
    {"__reduce__", cycle_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", cycle_setstate, SH_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

static ShType cycle_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.cycle",
    .basicsize = sizeof(Cycle),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence "
           "indefinitely.",
    .dealloc = cycle_dealloc,
    .iter = sh_iter_self,
    .iternext = cycle_next,
    .traverse = cycle_traverse,
    .new_ = cycle_new,
    .methods = cycle_methods,
};

/* --------------------------------------------------------------- repeat */

/* `cnt` is the number of times left (-1: endless), taken down by CAS (a
   plain store before a second thread has run): threads sharing a repeat
   get the object exactly `times` times in all. */
typedef struct {
  ShObject ob;
  ShObject *element;
  intptr_t cnt;
} Repeat;

#define REPEAT(o) ((Repeat *)(o))

static ShObject *repeat_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  static const char *const names[] = {"object", "times"};
  ShObject *a[2];
  if (sh_itertools_parse("repeat", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return NULL;
  intptr_t cnt = -1;
  if (a[1]) {
    cnt = sh_number_as_ssize_arg(a[1]);
    if (cnt == -1 && sh_err_occurred()) return NULL;
    if (cnt < 0) cnt = 0;
  }
  Repeat *r = (Repeat *)sh_object_alloc(type, 0);
  if (!r) return NULL;
  r->element = sh_newref(a[0]);
  r->cnt = cnt;
  return SH_OBJ(r);
}

static ShObject *repeat_next(ShObject *self) {
  Repeat *r = REPEAT(self);
  intptr_t cnt = __atomic_load_n(&r->cnt, __ATOMIC_RELAXED);
  for (;;) {
    if (cnt == 0) return NULL;
    if (cnt < 0) break;
    if (!sh_multithreaded()) {
      __atomic_store_n(&r->cnt, cnt - 1, __ATOMIC_RELAXED);
      break;
    }
    if (__atomic_compare_exchange_n(&r->cnt, &cnt, cnt - 1, true, __ATOMIC_RELAXED,
                                    __ATOMIC_RELAXED))
      break;
  }
  return sh_newref(r->element);
}

static ShObject *repeat_repr(ShObject *self) {
  Repeat *r = REPEAT(self);
  intptr_t cnt = __atomic_load_n(&r->cnt, __ATOMIC_RELAXED);
  const char *name = sh_type_name(SH_TYPE(self));
  if (cnt == -1) return sh_str_from_format("%s(%R)", name, r->element);
  return sh_str_from_format("%s(%R, %zd)", name, r->element, cnt);
}

static ShObject *repeat_length_hint(ShObject *self) {
  intptr_t cnt = __atomic_load_n(&REPEAT(self)->cnt, __ATOMIC_RELAXED);
  if (cnt == -1) {
    sh_err_set_string(&sh_exc_TypeError, "len() of unsized object");
    return NULL;
  }
  return sh_int_from_i64(cnt);
}

static ShObject *repeat_reduce(ShObject *self) {
  Repeat *r = REPEAT(self);
  intptr_t cnt = __atomic_load_n(&r->cnt, __ATOMIC_RELAXED);
  ShObject *args;
  if (cnt >= 0) {
    ShObject *n = sh_int_from_i64(cnt);
    args = n ? sh_tuple_pack(2, r->element, n) : NULL;
    sh_xdecref(n);
  } else {
    args = sh_tuple_pack(1, r->element);
  }
  ShObject *res = args ? sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args) : NULL;
  sh_xdecref(args);
  return res;
}

static void repeat_dealloc(ShObject *self) {
  sh_decref(REPEAT(self)->element);
  sh_object_free(self);
}

static int repeat_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  return visit(REPEAT(self)->element, arg);
}

static ShMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, SH_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", repeat_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static ShType repeat_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.repeat",
    .basicsize = sizeof(Repeat),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
           "for the specified number of times.  If not specified, returns the object\n"
           "endlessly.",
    .dealloc = repeat_dealloc,
    .repr = repeat_repr,
    .iter = sh_iter_self,
    .iternext = repeat_next,
    .traverse = repeat_traverse,
    .new_ = repeat_new,
    .methods = repeat_methods,
};

/* -------------------------------------------------------------- starmap */

/* Nothing changes after creation: threads share it as they share map. */
typedef struct {
  ShObject ob;
  ShObject *func;
  ShObject *it;
} Starmap;

#define STARMAP(o) ((Starmap *)(o))

static ShType starmap_type;

static ShObject *starmap_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_itertools_no_kwargs(type, &starmap_type, "starmap", kwnames) < 0 ||
      sh_itertools_check_positional("starmap", nargs, 2) < 0)
    return NULL;
  ShObject *it = sh_object_iter(args[1]);
  if (!it) return NULL;
  Starmap *s = (Starmap *)sh_object_alloc(type, 0);
  if (!s) {
    sh_decref(it);
    return NULL;
  }
  s->func = sh_newref(args[0]);
  s->it = it;
  return SH_OBJ(s);
}

static ShObject *starmap_next(ShObject *self) {
  Starmap *s = STARMAP(self);
  ShObject *args = sh_itertools_next(s->it);
  if (!args) return NULL;
  if (!SH_TUPLE_CHECK_EXACT(args)) {
    ShObject *t = sh_sequence_tuple(args);
    sh_decref(args);
    if (!t) return NULL;
    args = t;
  }
  ShObject *r = sh_call(s->func, SH_TUPLE_ITEMS(args), (size_t)SH_TUPLE_SIZE(args), NULL);
  sh_decref(args);
  return r;
}

static ShObject *starmap_reduce(ShObject *self) {
  return sh_itertools_reduce2(self, STARMAP(self)->func, STARMAP(self)->it);
}

static void starmap_dealloc(ShObject *self) {
  sh_decref(STARMAP(self)->func);
  sh_decref(STARMAP(self)->it);
  sh_object_free(self);
}

static int starmap_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  int r = visit(STARMAP(self)->func, arg);
  return r ? r : visit(STARMAP(self)->it, arg);
}

static ShMethodDef starmap_methods[] = {
    {"__reduce__", starmap_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static ShType starmap_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.starmap",
    .basicsize = sizeof(Starmap),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return an iterator whose values are returned from the function evaluated with an "
           "argument tuple taken from the given sequence.",
    .dealloc = starmap_dealloc,
    .iter = sh_iter_self,
    .iternext = starmap_next,
    .traverse = starmap_traverse,
    .new_ = starmap_new,
    .methods = starmap_methods,
};

/* ----------------------------------------------------------- accumulate */

/* `total` (the last value handed out) is a field threads replace: a step
   loads it, computes total + item (or func(total, item)) without any lock
   and installs the result only if the field still holds the total it
   loaded; otherwise another thread's step came first, and the item is
   added to that thread's total instead. So every item of a shared
   accumulate goes into the running total exactly once (func may be
   called more than once for an item then). `initial`, NULL when None or
   handed out, is handed out by the thread that empties it, which makes
   it the total in the same critical section. */
typedef struct {
  ShObject ob;
  ShObject *it;
  ShObject *binop; /* NULL: + */
  ShObject *total;
  ShObject *initial;
} Accumulate;

#define ACCUMULATE(o) ((Accumulate *)(o))

static ShObject *accumulate_new(ShType *type, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  static const char *const names[] = {"iterable", "func", "initial"};
  ShObject *a[3];
  if (sh_itertools_parse("accumulate", args, nargs, kwnames, names, 3, 2, 1, a) < 0) return NULL;
  ShObject *it = sh_object_iter(a[0]);
  if (!it) return NULL;
  Accumulate *acc = (Accumulate *)sh_object_alloc(type, 0);
  if (!acc) {
    sh_decref(it);
    return NULL;
  }
  acc->it = it;
  if (a[1] && a[1] != SH_NONE) acc->binop = sh_newref(a[1]);
  if (a[2] && a[2] != SH_NONE) acc->initial = sh_newref(a[2]);
  return SH_OBJ(acc);
}

/* The initial value, made the total, if this thread is the one to hand it
   out (a new reference), else NULL. */
static ShObject *take_initial(ShObject *self) {
  Accumulate *acc = ACCUMULATE(self);
  if (!__atomic_load_n(&acc->initial, __ATOMIC_ACQUIRE)) return NULL;
  sh_object_lock(self);
  ShObject *initial = acc->initial, *old = NULL;
  if (initial) {
    old = acc->total;
    __atomic_store_n(&acc->initial, NULL, __ATOMIC_RELAXED);
    sh_incref(initial); /* the caller's; the field's reference moves to total */
    __atomic_store_n(&acc->total, initial, __ATOMIC_RELEASE);
  }
  sh_object_unlock(self);
  sh_xdecref(old);
  return initial;
}

static ShObject *accumulate_next(ShObject *self) {
  Accumulate *acc = ACCUMULATE(self);
  ShObject *initial = take_initial(self);
  if (initial) return initial;
  ShObject *item = sh_itertools_next(acc->it);
  if (!item) return NULL;
  for (;;) {
    ShObject *total = sh_field_get_ref(self, &acc->total);
    ShObject *next;
    if (!total)
      next = sh_newref(item);
    else if (acc->binop)
      next = sh_call2(acc->binop, total, item);
    else
      next = sh_number_binary(total, item, SH_BINOP_ADD);
    if (!next) {
      sh_xdecref(total);
      sh_decref(item);
      return NULL;
    }
    sh_incref(next); /* the field's */
    if (sh_itertools_replace_if(self, &acc->total, total, next)) {
      sh_xdecref(total);
      sh_decref(item);
      return next;
    }
    sh_decref(next);
    sh_decref(next);
    sh_xdecref(total);
  }
}

/* type(...) called with args: chain((x,), it) and the like. */
static ShObject *call2(ShObject *type, ShObject *a, ShObject *b) {
  ShObject *args[2] = {a, b};
  return sh_call(type, args, 2, NULL);
}

/* CPython 3.11: with the initial value still to come, (type, (chain((initial,),
   it), func), None); with a total of None, (islice, (type(chain((None,), it),
   func), 1, None)); else (type, (it, func), total). */
static ShObject *accumulate_reduce(ShObject *self) {
  Accumulate *acc = ACCUMULATE(self);
  ShObject *type = SH_OBJ(SH_TYPE(self)), *func = acc->binop ? acc->binop : SH_NONE;
  ShObject *initial = sh_field_get_ref(self, &acc->initial);
  ShObject *total = initial ? NULL : sh_field_get_ref(self, &acc->total);
  ShObject *r = NULL, *first = initial ? initial : total;
  if (first && (initial || total == SH_NONE)) {
    ShObject *one = sh_tuple_pack(1, first);
    ShObject *ch = one ? call2(SH_OBJ(&chain_type), one, acc->it) : NULL;
    sh_xdecref(one);
    if (ch && initial) {
      ShObject *args = sh_tuple_pack(2, ch, func);
      if (args) r = sh_tuple_pack(3, type, args, SH_NONE);
      sh_xdecref(args);
    } else if (ch) {
      ShObject *inner = call2(type, ch, func);
      if (inner) {
        ShObject *args = sh_tuple_pack(3, inner, sh_int_from_i64(1), SH_NONE);
        if (args) r = sh_tuple_pack(2, SH_OBJ(&islice_type), args);
        sh_xdecref(args);
        sh_decref(inner);
      }
    }
    sh_xdecref(ch);
  } else {
    ShObject *args = sh_tuple_pack(2, acc->it, func);
    if (args) r = sh_tuple_pack(3, type, args, total ? total : SH_NONE);
    sh_xdecref(args);
  }
  sh_xdecref(initial);
  sh_xdecref(total);
  return r;
}

static ShObject *accumulate_setstate(ShObject *self, ShObject *state) {
  sh_xdecref(sh_field_swap(self, &ACCUMULATE(self)->total, sh_newref(state)));
  return sh_newref(SH_NONE);
}

static void accumulate_dealloc(ShObject *self) {
  Accumulate *acc = ACCUMULATE(self);
  sh_decref(acc->it);
  sh_xdecref(acc->binop);
  sh_xdecref(acc->total);
  sh_xdecref(acc->initial);
  sh_object_free(self);
}

static int accumulate_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  Accumulate *acc = ACCUMULATE(self);
  int r = visit(acc->it, arg);
  if (!r) r = visit_x(acc->binop, visit, arg);
  if (!r) r = sh_itertools_visit_field(self, &acc->total, visit, arg);
  return r ? r : sh_itertools_visit_field(self, &acc->initial, visit, arg);
}

static ShMethodDef accumulate_methods[] = {
    {"__reduce__", accumulate_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", accumulate_setstate, SH_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

static ShType accumulate_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.accumulate",
    .basicsize = sizeof(Accumulate),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return series of accumulated sums (or other binary function results).",
    .dealloc = accumulate_dealloc,
    .iter = sh_iter_self,
    .iternext = accumulate_next,
    .traverse = accumulate_traverse,
    .new_ = accumulate_new,
    .methods = accumulate_methods,
};

/* ------------------------------------------------------------- pairwise */

/* `old` (the second item of the last pair) is a field threads replace. A
   step takes an item and pairs it with the `old` it loads, installing the
   item as the new `old` only if the field still holds that one; else it
   pairs it with the newer one. So the pairs of a shared pairwise always
   chain up, (a, b), (b, c), ..., each item but the first the second of
   one pair, in the order the threads installed them. `it` is emptied at
   the end (and `old` too, while only one thread has ever run). */
typedef struct {
  ShObject ob;
  ShObject *it;
  ShObject *old;
} Pairwise;

#define PAIRWISE(o) ((Pairwise *)(o))

static ShType pairwise_type;

static ShObject *pairwise_new(ShType *type, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  if (sh_itertools_no_kwargs(type, &pairwise_type, "pairwise", kwnames) < 0 ||
      sh_itertools_check_positional("pairwise", nargs, 1) < 0)
    return NULL;
  ShObject *it = sh_object_iter(args[0]);
  if (!it) return NULL;
  Pairwise *p = (Pairwise *)sh_object_alloc(type, 0);
  if (!p) {
    sh_decref(it);
    return NULL;
  }
  p->it = it;
  return SH_OBJ(p);
}

static ShObject *pairwise_next(ShObject *self) {
  Pairwise *p = PAIRWISE(self);
  ShObject *it = sh_field_get_ref(self, &p->it);
  if (!it) return NULL;
  ShObject *item = sh_itertools_next(it);
  while (item) {
    ShObject *old = sh_field_get_ref(self, &p->old);
    if (!old) {
      /* the first item: it waits in `old` for the next one */
      if (sh_itertools_replace_if(self, &p->old, NULL, item)) item = sh_itertools_next(it);
      continue;
    }
    sh_incref(item); /* the field's */
    if (sh_itertools_replace_if(self, &p->old, old, item)) {
      sh_decref(it);
      return pair_steal(old, item);
    }
    sh_decref(item);
    sh_decref(old);
  }
  /* ended or raised: CPython lets go of both. `old` only while one thread
     has run: another may still hold an item taken before the end, to be
     paired with it. */
  sh_itertools_replace_if(self, &p->it, it, NULL);
  if (!sh_multithreaded()) sh_xdecref(sh_field_swap(self, &p->old, NULL));
  sh_decref(it);
  return NULL;
}

static void pairwise_dealloc(ShObject *self) {
  sh_xdecref(PAIRWISE(self)->it);
  sh_xdecref(PAIRWISE(self)->old);
  sh_object_free(self);
}

static int pairwise_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  int r = sh_itertools_visit_field(self, &PAIRWISE(self)->it, visit, arg);
  return r ? r : sh_itertools_visit_field(self, &PAIRWISE(self)->old, visit, arg);
}

static ShType pairwise_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.pairwise",
    .basicsize = sizeof(Pairwise),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return an iterator of overlapping pairs taken from the input iterator.\n"
           "\n"
           "    s -> (s0,s1), (s1,s2), (s2, s3), ...",
    .dealloc = pairwise_dealloc,
    .iter = sh_iter_self,
    .iternext = pairwise_next,
    .traverse = pairwise_traverse,
    .new_ = pairwise_new,
};

/* ---------------------------------------------------------- zip_longest */

/* Each slot of `its` is a field threads replace, emptied when its
   iterator is exhausted, together with the count `numactive` (written
   under the mutex, read atomically), so that each iterator is counted off
   once. A tuple of fill values only (every iterator was found exhausted,
   by other threads meanwhile) is not handed out: that is the end.
   `fillvalue` is replaced by __setstate__. */
typedef struct {
  ShObject ob;
  intptr_t n;
  ShObject **its;
  intptr_t numactive;
  ShObject *fillvalue;
} ZipLongest;

#define ZIPLONGEST(o) ((ZipLongest *)(o))

static ShObject *zip_longest_new(ShType *type, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  ShObject *fill = SH_NONE;
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    if (SH_TUPLE_SIZE(kwnames) != 1 || !sh_str_equal_cstr(SH_TUPLE_GET(kwnames, 0), "fillvalue")) {
      sh_err_set_string(&sh_exc_TypeError, "zip_longest() got an unexpected keyword argument");
      return NULL;
    }
    fill = args[nargs];
  }
  ShObject **its = nargs ? sh_mem_calloc(nargs, sizeof *its) : NULL;
  if (nargs && !its) return sh_err_no_memory();
  for (size_t i = 0; i < nargs; i++)
    if (!(its[i] = sh_object_iter(args[i]))) {
      while (i)
        sh_decref(its[--i]);
      sh_mem_free(its);
      return NULL;
    }
  ZipLongest *z = (ZipLongest *)sh_object_alloc(type, 0);
  if (!z) {
    for (size_t i = 0; i < nargs; i++)
      sh_decref(its[i]);
    sh_mem_free(its);
    return NULL;
  }
  z->n = (intptr_t)nargs;
  z->its = its;
  z->numactive = (intptr_t)nargs;
  z->fillvalue = sh_newref(fill);
  return SH_OBJ(z);
}

/* Counts off slot i's iterator `it`, found exhausted: once, however many
   threads find it so (the one that finds the slot still holding it, under
   the mutex). Returns how many iterators are left, 0 for the end. The
   last one stays in its slot, as in CPython (__reduce__ shows it). */
static intptr_t zip_longest_retire(ShObject *self, intptr_t i, ShObject *it) {
  ZipLongest *z = ZIPLONGEST(self);
  ShObject *drop = NULL;
  sh_object_lock(self);
  intptr_t left = z->numactive;
  if (z->its[i] == it && left > 0) {
    if (--left > 0) {
      drop = it;
      __atomic_store_n(&z->its[i], NULL, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&z->numactive, left, __ATOMIC_RELAXED);
  }
  sh_object_unlock(self);
  sh_xdecref(drop);
  return left;
}

static void zip_longest_stop(ShObject *self) {
  sh_object_lock(self);
  __atomic_store_n(&ZIPLONGEST(self)->numactive, 0, __ATOMIC_RELAXED);
  sh_object_unlock(self);
}

/* The item from slot i (a new reference): from its iterator, or the fill
   value (*real false) once that is exhausted, or NULL at the end of the
   whole zip_longest (with an exception on error). A tuple that has a real
   item already (`any_real`) is finished with fill values instead: with
   one thread the end never comes then (the slot of that item is still
   active), but another thread may have ended it meanwhile, and the item
   would be lost. */
static ShObject *zip_longest_item(ShObject *self, intptr_t i, bool any_real, ShObject **fill,
                                  bool *real) {
  ZipLongest *z = ZIPLONGEST(self);
  ShObject *it = sh_field_get_ref(self, &z->its[i]);
  *real = it != NULL;
  if (it) {
    ShObject *item = sh_iter_next(it);
    if (item) {
      sh_decref(it);
      return item;
    }
    bool error = sh_err_occurred();
    intptr_t left = error ? 0 : zip_longest_retire(self, i, it);
    sh_decref(it);
    *real = false;
    if (left <= 0) zip_longest_stop(self);
    if (error || (left <= 0 && !any_real)) return NULL;
  }
  /* never empty: __setstate__ replaces it with another value */
  if (!*fill && !(*fill = sh_field_get_ref(self, &z->fillvalue))) *fill = sh_newref(SH_NONE);
  return sh_newref(*fill);
}

static ShObject *zip_longest_next(ShObject *self) {
  ZipLongest *z = ZIPLONGEST(self);
  intptr_t n = z->n;
  if (n == 0 || __atomic_load_n(&z->numactive, __ATOMIC_RELAXED) == 0) return NULL;
  ShObject *result = sh_tuple_new(n);
  if (!result) return NULL;
  ShObject *fill = NULL;
  bool any_real = false;
  for (intptr_t i = 0; i < n; i++) {
    bool real;
    ShObject *item = zip_longest_item(self, i, any_real, &fill, &real);
    if (!item) {
      for (intptr_t j = i; j < n; j++)
        SH_TUPLE_ITEMS(result)[j] = sh_newref(SH_NONE);
      SH_CLEAR(result);
      break;
    }
    any_real |= real;
    SH_TUPLE_ITEMS(result)[i] = item;
  }
  sh_xdecref(fill);
  if (result && !any_real) SH_CLEAR(result);
  return result;
}

/* CPython 3.11: (type, iterators with () for the exhausted ones, fillvalue). */
static ShObject *zip_longest_reduce(ShObject *self) {
  ZipLongest *z = ZIPLONGEST(self);
  ShObject *args = sh_tuple_new(z->n);
  if (!args) return NULL;
  for (intptr_t i = 0; i < z->n; i++) {
    ShObject *it = sh_field_get_ref(self, &z->its[i]);
    SH_TUPLE_ITEMS(args)[i] = it ? it : sh_tuple_new(0);
  }
  ShObject *fill = sh_field_get_ref(self, &z->fillvalue);
  ShObject *r = sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), args, fill);
  sh_decref(fill);
  sh_decref(args);
  return r;
}

static ShObject *zip_longest_setstate(ShObject *self, ShObject *state) {
  sh_xdecref(sh_field_swap(self, &ZIPLONGEST(self)->fillvalue, sh_newref(state)));
  return sh_newref(SH_NONE);
}

static void zip_longest_dealloc(ShObject *self) {
  ZipLongest *z = ZIPLONGEST(self);
  for (intptr_t i = 0; i < z->n; i++)
    sh_xdecref(z->its[i]);
  sh_mem_free(z->its);
  sh_xdecref(z->fillvalue);
  sh_object_free(self);
}

static int zip_longest_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  ZipLongest *z = ZIPLONGEST(self);
  sh_object_lock(self);
  int r = visit_x(z->fillvalue, visit, arg);
  for (intptr_t i = 0; i < z->n && !r; i++)
    r = visit_x(z->its[i], visit, arg);
  sh_object_unlock(self);
  return r;
}

static ShMethodDef zip_longest_methods[] = {
    {"__reduce__", zip_longest_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", zip_longest_setstate, SH_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

static ShType zip_longest_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.zip_longest",
    .basicsize = sizeof(ZipLongest),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n"
           "\n"
           "Return a zip_longest object whose .__next__() method returns a tuple where\n"
           "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
           "method continues until the longest iterable in the argument sequence\n"
           "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
           "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
           "defaults to None or can be specified by a keyword argument.\n",
    .dealloc = zip_longest_dealloc,
    .iter = sh_iter_self,
    .iternext = zip_longest_next,
    .traverse = zip_longest_traverse,
    .new_ = zip_longest_new,
    .methods = zip_longest_methods,
};

/* -------------------------------------------------------------- module */

int sh_itertools_add_adaptors(ShObject *m) {
  static ShType *const types[] = {&chain_type,    &islice_type,     &cycle_type,
                                  &repeat_type,   &starmap_type,    &accumulate_type,
                                  &pairwise_type, &zip_longest_type};
  static _Atomic bool ready[sizeof types / sizeof *types];
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (sh_itertools_add_type(m, types[i], &ready[i]) < 0) return -1;
  return sh_itertools_add_filters(m);
}
