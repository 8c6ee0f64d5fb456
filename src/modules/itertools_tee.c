/* itertools.tee with its _tee iterators and _tee_dataobject links, in C
   so that threads may share the copies of one tee, or one tee object. */
#include "../shoal.h"
#include "../objects/container_util.h"
#include "../runtime/parking_lot.h"
#include "../vm/eval.h"
#include "itertools_internal.h"

/* The values read from the source are kept in a chain of links of
   LINKCELLS values each; every _tee object points at a link and an index
   in it, and the links behind the slowest copy die with their last
   reader.

   A link's values[0..numread) are written once, before numread is raised
   (release), and never change while the link lives: readers load numread
   (acquire) and take the value without a lock, the link they hold keeping
   it alive. The next value is read from the source by one thread at a
   time, the one that claimed `running` (its thread id) with a CAS, without
   any lock held since the source runs Python code. The same thread finding
   `running` its own is re-entering the tee from the source (CPython's
   RuntimeError); another thread waits, detached, parked on `running`,
   until the reader is done, and then takes the value it read: so copies
   of one tee used by different threads all see the same sequence, every
   source value read once. `nextlink` is installed once, under the link's
   mutex, and read without it afterwards.

   A _tee object's (link, index) pair is changed under its mutex. next()
   copies it, reads the value without the mutex, and moves the index on
   only if the pair is still the one it copied; otherwise another thread
   sharing this tee object took that value first and it tries the next
   one. So threads sharing one _tee get each value once. */
#define LINKCELLS 57

typedef struct TeeData {
  ShObject ob;
  ShObject *it; /* the source; NULL once cleared by the collector */
  _Atomic int numread;
  _Atomic(ShObject *) nextlink;
  _Atomic uintptr_t running; /* thread id of the one reading the source, or 0 */
  _Atomic int waiters;       /* threads may be parked on `running` */
  ShObject *values[LINKCELLS];
} TeeData;

typedef struct {
  ShObject ob;
  ShObject *data; /* a TeeData; with index, under the mutex */
  int index;
  ShObject *weakrefs; /* list head for modules/weakref.c */
} Tee;

#define TD(o) ((TeeData *)(o))
#define TEE(o) ((Tee *)(o))

static ShType teedata_type, tee_type;

/* ------------------------------------------------- dropping long chains */

/* A link's dealloc drops its successor, whose dealloc drops the next...:
   a chain of a million links would recurse a million deep. The first
   drop on a thread runs the others from a list instead, each dealloc
   only adding its successor to it. */
static _Thread_local struct {
  ShObject **items;
  size_t n, cap;
  bool active;
} pending;

static void drop_link(ShObject *link) {
  if (!link) return;
  if (pending.active) {
    if (pending.n == pending.cap) {
      size_t cap = pending.cap ? 2 * pending.cap : 64;
      ShObject **items = sh_mem_realloc(pending.items, cap * sizeof *items);
      if (!items) {
        sh_decref(link); /* recursing is still better than leaking */
        return;
      }
      pending.items = items;
      pending.cap = cap;
    }
    pending.items[pending.n++] = link;
    return;
  }
  pending.active = true;
  sh_decref(link);
  while (pending.n)
    sh_decref(pending.items[--pending.n]);
  pending.active = false;
  sh_mem_free(pending.items);
  pending.items = NULL;
  pending.cap = 0;
}

/* ----------------------------------------------------- _tee_dataobject */

static TeeData *teedata_make(ShObject *it) {
  TeeData *d = (TeeData *)sh_object_alloc(&teedata_type, 0);
  if (d) d->it = sh_newref(it);
  return d;
}

/* The reader is done: wake the threads waiting for it. The seq_cst pair
   (store running, read waiters) against the waiter's (set waiters, read
   running) means that either the waiter sees running clear and does not
   sleep, or the reader sees the waiter and wakes it. Before a second
   thread has run nobody can wait (a reader that starts one from the
   source sees that itself). */
static void end_reading(TeeData *d) {
  if (!sh_multithreaded()) {
    atomic_store_explicit(&d->running, 0, memory_order_relaxed);
    return;
  }
  atomic_store(&d->running, 0);
  if (atomic_load(&d->waiters) && atomic_exchange(&d->waiters, 0))
    sh_parking_lot_unpark_all(&d->running, 0);
}

static bool still_reading(const void *addr, void *arg) {
  TeeData *d = arg;
  atomic_store(&d->waiters, 1);
  return atomic_load(&d->running) != 0;
}

/* Waits (detached, so that a stop-the-world goes on) while another thread
   reads the source; returns to look again at least every 50 ms, so that
   Ctrl-C reaches the main thread. -1 with KeyboardInterrupt. */
static int wait_for_reader(TeeData *d) {
  if (sh_signal_interrupted() < 0) return -1;
  ShThreadState *ts = sh_thread_state();
  sh_thread_detach(ts);
  sh_parking_lot_park(&d->running, still_reading, d, 50 * 1000 * 1000, 0);
  sh_thread_attach(ts);
  return 0;
}

/* Value i of the link (new reference), reading the source as far as
   needed. NULL at the end of the source (no exception) or on an error. */
static ShObject *teedata_get(TeeData *d, int i) {
  uintptr_t me = sh_thread_id();
  for (;;) {
    int n = atomic_load_explicit(&d->numread, memory_order_acquire);
    if (i < n) return sh_newref(d->values[i]);
    uintptr_t holder = 0;
    bool claimed;
    if (sh_multithreaded()) {
      claimed = atomic_compare_exchange_strong(&d->running, &holder, me);
    } else { /* alone: nobody else can claim it (see sh_object_lock) */
      holder = atomic_load_explicit(&d->running, memory_order_relaxed);
      claimed = !holder;
      if (claimed) atomic_store_explicit(&d->running, me, memory_order_relaxed);
    }
    if (!claimed) {
      if (holder == me) {
        sh_err_set_string(&sh_exc_RuntimeError, "cannot re-enter the tee iterator");
        return NULL;
      }
      if (wait_for_reader(d) < 0) return NULL;
      continue;
    }
    /* another reader may have finished between our load and the claim */
    n = atomic_load_explicit(&d->numread, memory_order_acquire);
    if (i >= n) {
      ShObject *v = d->it ? sh_iter_next(d->it) : NULL;
      if (!v) {
        end_reading(d);
        return NULL;
      }
      d->values[n] = v;
      atomic_store_explicit(&d->numread, n + 1, memory_order_release);
    }
    end_reading(d);
  }
}

/* The link after d (new reference), made on first use. */
static TeeData *teedata_jump(TeeData *d) {
  ShObject *next = atomic_load_explicit(&d->nextlink, memory_order_acquire);
  if (next) return (TeeData *)sh_newref(next);
  if (!d->it) return NULL;
  TeeData *fresh = teedata_make(d->it);
  if (!fresh) return NULL;
  sh_object_lock(SH_OBJ(d));
  next = atomic_load_explicit(&d->nextlink, memory_order_relaxed);
  if (!next) {
    next = SH_OBJ(fresh);
    fresh = NULL;
    atomic_store_explicit(&d->nextlink, next, memory_order_release);
  }
  sh_incref(next);
  sh_object_unlock(SH_OBJ(d));
  if (fresh) sh_decref(SH_OBJ(fresh));
  return TD(next);
}

/* teedataobject(iterable, values, next): `iterable` is kept as it is (no
   iter()), as CPython does. */
static ShObject *teedata_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_args_no_kwargs("teedataobject", kwnames) < 0 ||
      sh_args_check_count("teedataobject", nargs, 3, 3) < 0)
    return NULL;
  ShObject *it = args[0], *values = args[1], *next = args[2];
  if (!SH_LIST_CHECK(values))
    return sh_err_format(&sh_exc_TypeError, "teedataobject() argument 2 must be list, not %T",
                         values);
  ShObject *items = sh_list_as_tuple(values); /* a snapshot, whatever other threads do */
  if (!items) return NULL;
  intptr_t len = SH_TUPLE_SIZE(items);
  bool ok = len < LINKCELLS
                ? next == SH_NONE
                : len == LINKCELLS && (next == SH_NONE || SH_TYPE(next) == &teedata_type);
  TeeData *d = ok ? teedata_make(it) : NULL;
  if (d) {
    for (intptr_t i = 0; i < len; i++)
      d->values[i] = sh_newref(SH_TUPLE_GET(items, i));
    atomic_store_explicit(&d->numread, (int)len, memory_order_relaxed);
    if (next != SH_NONE) atomic_store_explicit(&d->nextlink, sh_newref(next), memory_order_relaxed);
  }
  sh_decref(items);
  if (!ok) sh_err_set_string(&sh_exc_ValueError, "Invalid arguments");
  return SH_OBJ(d);
}

/* (type, (it, [values read], nextlink or None)) */
static ShObject *teedata_reduce(ShObject *self) {
  TeeData *d = TD(self);
  int n = atomic_load_explicit(&d->numread, memory_order_acquire);
  ShObject *values = sh_list_from_array(d->values, n);
  if (!values) return NULL;
  ShObject *next = atomic_load_explicit(&d->nextlink, memory_order_acquire);
  ShObject *args = sh_tuple_pack(3, d->it ? d->it : SH_NONE, values, next ? next : SH_NONE);
  sh_decref(values);
  ShObject *r = args ? sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args) : NULL;
  sh_xdecref(args);
  return r;
}

/* No lock: the values below numread and nextlink, once set, stay until
   the link dies. */
static int teedata_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  TeeData *d = TD(self);
  int r = d->it ? visit(d->it, arg) : 0;
  int n = atomic_load_explicit(&d->numread, memory_order_acquire);
  for (int i = 0; i < n && !r; i++)
    r = visit(d->values[i], arg);
  ShObject *next = atomic_load_explicit(&d->nextlink, memory_order_acquire);
  return r || !next ? r : visit(next, arg);
}

/* Empties the link: for the collector's garbage and for dealloc. */
static void teedata_empty(TeeData *d) {
  int n = atomic_exchange_explicit(&d->numread, 0, memory_order_relaxed);
  ShObject *next = atomic_exchange_explicit(&d->nextlink, NULL, memory_order_relaxed);
  ShObject *it = d->it;
  d->it = NULL;
  for (int i = 0; i < n; i++)
    sh_decref(d->values[i]);
  sh_xdecref(it);
  drop_link(next);
}

static int teedata_clear(ShObject *self) {
  teedata_empty(TD(self));
  return 0;
}

static void teedata_dealloc(ShObject *self) {
  teedata_empty(TD(self));
  sh_object_free(self);
}

/* ---------------------------------------------------------------- _tee */

static ShObject *tee_make(ShObject *data, int index) {
  Tee *t = (Tee *)sh_object_alloc(&tee_type, 0);
  if (!t) return NULL;
  t->data = sh_newref(data);
  t->index = index;
  return SH_OBJ(t);
}

/* The tee's link (new reference) and index, read together. */
static ShObject *tee_position(ShObject *self, int *index) {
  Tee *t = TEE(self);
  sh_object_lock(self);
  ShObject *d = sh_xnewref(t->data);
  *index = t->index;
  sh_object_unlock(self);
  return d;
}

static ShObject *tee_copy(ShObject *self) {
  int index;
  ShObject *d = tee_position(self, &index);
  if (!d) return sh_err_format(&sh_exc_ValueError, "tee object was cleared");
  ShObject *r = tee_make(d, index);
  sh_decref(d);
  return r;
}

/* A tee of iterable; an iterator that is a tee is copied instead of
   wrapped. */
static ShObject *tee_from_iterable(ShObject *iterable) {
  ShObject *it = sh_object_iter(iterable);
  if (!it) return NULL;
  ShObject *r;
  if (SH_TYPE(it) == &tee_type) {
    r = tee_copy(it);
  } else {
    TeeData *d = teedata_make(it);
    r = d ? tee_make(SH_OBJ(d), 0) : NULL;
    sh_xdecref(SH_OBJ(d));
  }
  sh_decref(it);
  return r;
}

static ShObject *tee_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_args_no_kwargs("_tee", kwnames) < 0) return NULL;
  if (nargs != 1)
    return sh_err_format(&sh_exc_TypeError, "_tee expected 1 argument, got %zu", nargs);
  return tee_from_iterable(args[0]);
}

/* Moves the tee from (d, index) to `to` at 0 if nobody moved it meanwhile;
   takes the reference to `to`. */
static void tee_advance_link(ShObject *self, ShObject *d, int index, ShObject *to) {
  Tee *t = TEE(self);
  ShObject *drop = to;
  sh_object_lock(self);
  if (t->data == d && t->index == index) {
    drop = t->data;
    t->data = to;
    t->index = 0;
  }
  sh_object_unlock(self);
  drop_link(drop);
}

static ShObject *tee_next(ShObject *self) {
  Tee *t = TEE(self);
  for (;;) {
    int index;
    ShObject *d = tee_position(self, &index);
    if (!d) return NULL;
    if (index >= LINKCELLS) {
      TeeData *next = teedata_jump(TD(d));
      if (next) tee_advance_link(self, d, index, SH_OBJ(next));
      drop_link(d);
      if (!next) return NULL;
      continue;
    }
    ShObject *v = teedata_get(TD(d), index);
    if (!v) {
      drop_link(d);
      return NULL;
    }
    sh_object_lock(self);
    bool mine = t->data == d && t->index == index;
    if (mine) t->index = index + 1;
    sh_object_unlock(self);
    drop_link(d);
    if (mine) return v;
    sh_decref(v);
  }
}

/* (type, ((),), (link, index)) */
static ShObject *tee_reduce(ShObject *self) {
  int index;
  ShObject *d = tee_position(self, &index);
  if (!d) return sh_err_format(&sh_exc_ValueError, "tee object was cleared");
  ShObject *i = sh_int_from_i64(index);
  ShObject *state = i ? sh_tuple_pack(2, d, i) : NULL;
  ShObject *empty = sh_tuple_pack(1, sh_tuple_new(0));
  ShObject *r = state && empty ? sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), empty, state) : NULL;
  sh_xdecref(empty);
  sh_xdecref(state);
  sh_xdecref(i);
  drop_link(d);
  return r;
}

/* A C int argument as CPython's "i" format converts it. */
static int int_argument(ShObject *o, int *out) {
  ShObject *v = sh_number_index(o);
  if (!v) return -1;
  bool overflow = false;
  int64_t x = sh_int_as_i64(v, &overflow);
  sh_decref(v);
  if (overflow) {
    sh_err_set_string(&sh_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
  }
  if (x > INT32_MAX || x < INT32_MIN) {
    sh_err_set_string(&sh_exc_OverflowError, x > 0 ? "signed integer is greater than maximum"
                                                   : "signed integer is less than minimum");
    return -1;
  }
  *out = (int)x;
  return 0;
}

static ShObject *tee_setstate(ShObject *self, ShObject *state) {
  Tee *t = TEE(self);
  if (sh_itertools_check_state(state, 2, 2) < 0) return NULL;
  ShObject *d = SH_TUPLE_GET(state, 0);
  if (SH_TYPE(d) != &teedata_type)
    return sh_err_format(&sh_exc_TypeError, "argument 1 must be itertools._tee_dataobject, not %T",
                         d);
  int index;
  if (int_argument(SH_TUPLE_GET(state, 1), &index) < 0) return NULL;
  if (index < 0 || index > LINKCELLS) {
    sh_err_set_string(&sh_exc_ValueError, "Index out of range");
    return NULL;
  }
  sh_incref(d);
  sh_object_lock(self);
  ShObject *old = t->data;
  t->data = d;
  t->index = index;
  sh_object_unlock(self);
  drop_link(old);
  SH_RETURN_NONE;
}

static int tee_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  sh_object_lock(self);
  int r = TEE(self)->data ? visit(TEE(self)->data, arg) : 0;
  sh_object_unlock(self);
  return r;
}

static int tee_clear(ShObject *self) {
  sh_object_lock(self);
  ShObject *d = TEE(self)->data;
  TEE(self)->data = NULL;
  sh_object_unlock(self);
  drop_link(d);
  return 0;
}

static void tee_dealloc(ShObject *self) {
  drop_link(TEE(self)->data);
  sh_object_free(self);
}

/* ---------------------------------------------------------------- tee() */

/* tee(iterable, n=2, /): n iterators over iterable. An iterator with a
   __copy__ method (a _tee, among others) is used itself as the first and
   copied for the others, as CPython does. */
static ShObject *tee_function(ShObject *module, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  if (sh_args_no_kwargs("itertools.tee", kwnames) < 0 ||
      sh_args_check_count("tee", nargs, 1, 2) < 0)
    return NULL;
  intptr_t n = 2;
  if (nargs == 2) {
    n = sh_number_as_ssize_arg(args[1]);
    if (n == -1 && sh_err_occurred()) return NULL;
  }
  if (n < 0) {
    sh_err_set_string(&sh_exc_ValueError, "n must be >= 0");
    return NULL;
  }
  ShObject *result = sh_tuple_new(n);
  if (!result || n == 0) return result;
  ShObject *it = sh_object_iter(args[0]), *copy = NULL;
  if (!it) goto fail;
  if (sh_object_lookup_attr(it, sh_str_intern_cstr("__copy__"), &copy) < 0) goto fail;
  if (!copy) {
    ShObject *first = tee_from_iterable(it);
    SH_SETREF(it, first);
    if (!it || !(copy = sh_object_getattr(it, sh_str_intern_cstr("__copy__")))) goto fail;
  }
  SH_TUPLE_ITEMS(result)[0] = it;
  it = NULL;
  for (intptr_t i = 1; i < n; i++)
    if (!(SH_TUPLE_ITEMS(result)[i] = sh_call0(copy))) goto fail;
  sh_decref(copy);
  return result;
fail:
  sh_xdecref(it);
  sh_xdecref(copy);
  sh_decref(result);
  return NULL;
}

/* -------------------------------------------------------------- types */

static ShMethodDef teedata_methods[] = {
    {"__reduce__", teedata_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static ShMethodDef tee_methods[] = {
    {"__copy__", tee_copy, SH_METH_NOARGS, "Returns an independent iterator."},
    {"__reduce__", tee_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", tee_setstate, SH_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL}};

static ShType teedata_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(TeeData),
    .flags = SH_TPFLAGS_GC,
    .doc = "teedataobject(iterable, values, next, /)\n--\n\n"
           "Data container common to multiple tee objects.",
    .dealloc = teedata_dealloc,
    .traverse = teedata_traverse,
    .clear = teedata_clear,
    .new_ = teedata_new,
    .methods = teedata_methods,
};

static ShType tee_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools._tee",
    .basicsize = sizeof(Tee),
    .flags = SH_TPFLAGS_GC,
    .doc = "Iterator wrapped to make it copyable.",
    .dealloc = tee_dealloc,
    .iter = sh_iter_self,
    .iternext = tee_next,
    .traverse = tee_traverse,
    .clear = tee_clear,
    .new_ = tee_new,
    .methods = tee_methods,
    .weaklistoffset = offsetof(Tee, weakrefs),
};

static ShMethodDef tee_functions[] = {
    {"tee", tee_function, SH_METH_FASTKW, "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, NULL}};

int sh_itertools_add_tee(ShObject *m) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&teedata_type) < 0 || sh_type_ready(&tee_type) < 0) return -1;
    atomic_store(&ready, true);
  }
  if (sh_module_add_object(m, "_tee", sh_newref(SH_OBJ(&tee_type))) < 0 ||
      sh_module_add_object(m, "_tee_dataobject", sh_newref(SH_OBJ(&teedata_type))) < 0)
    return -1;
  return sh_module_add_functions(m, tee_functions);
}
