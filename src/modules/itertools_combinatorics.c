/* itertools combinatoric iterators (product, permutations, combinations,
   combinations_with_replacement) in C, so that threads may share them. */
#include <string.h>

#include "../shoal.h"
#include "../objects/container_util.h"
#include "itertools_internal.h"

/* The four share one layout. Their inputs are tuples made at construction
   and never changed, so the whole state is index arrays: a thread takes the
   object's mutex, advances the indices and fills the result tuple (only
   increfs of items the pool keeps alive, no Python code), and threads
   sharing one iterator get every tuple exactly once. The result tuple is
   allocated before locking and never reused: CPython recycles it when its
   count says nobody else holds it, which biased counts cannot tell
   another thread.

   `started` is CPython's "result exists" (the indices describe the tuple
   last handed out), `stopped` its end flag; both and the arrays are only
   changed under the mutex. `stopped` is also read before locking, so that
   an iterator that will never produce anything does not allocate its
   result tuple (r may be huge when r > n; the arrays are not allocated
   then either, where CPython allocates them and raises MemoryError for an
   absurd r such as combinations('ab', 10**12): here that is just empty). */
typedef struct {
  ShObject ob;
  ShObject *pool;    /* tuple of items; product: tuple of pool tuples */
  intptr_t *indices; /* r entries (permutations: n) */
  intptr_t *cycles;  /* permutations only: r entries */
  intptr_t n, r;     /* pool size and result size (product: number of pools) */
  bool started;
  _Atomic bool stopped; /* also read without the mutex, as a hint */
} Combo;

#define CO(o) ((Combo *)(o))

/* ------------------------------------------------------------ helpers */

static intptr_t *alloc_indices(intptr_t count) {
  if ((size_t)count > SIZE_MAX / sizeof(intptr_t)) {
    sh_err_no_memory();
    return NULL;
  }
  intptr_t *p = sh_mem_calloc((size_t)count, sizeof(intptr_t));
  if (!p) sh_err_no_memory();
  return p;
}

/* A new instance owning pool (stolen) with room for `nidx` indices and
   `ncyc` cycles; the caller fills them in. */
static Combo *combo_alloc(ShType *type, ShObject *pool, intptr_t n, intptr_t r, intptr_t nidx,
                          intptr_t ncyc) {
  intptr_t *indices = NULL, *cycles = NULL;
  if (nidx > 0 && !(indices = alloc_indices(nidx))) goto fail;
  if (ncyc > 0 && !(cycles = alloc_indices(ncyc))) goto fail;
  Combo *c = (Combo *)sh_object_alloc(type, 0);
  if (!c) goto fail;
  c->pool = pool;
  c->indices = indices;
  c->cycles = cycles;
  c->n = n;
  c->r = r;
  return c;
fail:
  sh_mem_free(indices);
  sh_mem_free(cycles);
  sh_decref(pool);
  return NULL;
}

static void combo_dealloc(ShObject *self) {
  Combo *c = CO(self);
  sh_xdecref(c->pool);
  sh_mem_free(c->indices);
  sh_mem_free(c->cycles);
  sh_object_free(self);
}

/* The pool never changes after construction: no lock needed. */
static int combo_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  return CO(self)->pool ? visit(CO(self)->pool, arg) : 0;
}

/* The r argument of combinations(): an index, converted before the
   iterable as CPython's argument parser does. -1 with an error set. */
static int r_argument(ShObject *o, intptr_t *r) {
  *r = sh_number_as_ssize_arg(o);
  return *r == -1 && sh_err_occurred() ? -1 : 0;
}

/* An index of a __setstate__ tuple: ints only (no __index__), as
   CPython's PyLong_AsSsize_t. */
static int state_index(ShObject *o, intptr_t *out) {
  if (!SH_INT_CHECK(o)) {
    sh_err_set_string(&sh_exc_TypeError, "an integer is required");
    return -1;
  }
  *out = sh_int_as_ssize(o);
  return *out == -1 && sh_err_occurred() ? -1 : 0;
}

static ShObject *invalid_arguments(void) {
  sh_err_set_string(&sh_exc_ValueError, "invalid arguments");
  return NULL;
}

/* A tuple of the first `count` entries of `values`, copied under the
   mutex beforehand by the caller. */
static ShObject *index_tuple(const intptr_t *values, intptr_t count) {
  ShObject *t = sh_tuple_new(count);
  for (intptr_t i = 0; t && i < count; i++) {
    ShObject *v = sh_int_from_i64(values[i]);
    if (!v)
      SH_CLEAR(t);
    else
      SH_TUPLE_ITEMS(t)[i] = v;
  }
  return t;
}

/* What __reduce__ needs, read in one critical section: the flags and,
   while the iterator runs, a copy of the arrays into idx and cyc
   (allocated by the caller beforehand, nidx and ncyc entries). */
typedef struct {
  bool started, stopped;
} Snapshot;

static Snapshot snapshot(ShObject *self, intptr_t *idx, intptr_t nidx, intptr_t *cyc,
                         intptr_t ncyc) {
  Combo *c = CO(self);
  sh_object_lock(self);
  Snapshot s = {c->started, atomic_load_explicit(&c->stopped, memory_order_relaxed)};
  if (s.started && !s.stopped) {
    if (nidx && c->indices) memcpy(idx, c->indices, (size_t)nidx * sizeof(intptr_t));
    if (ncyc && c->cycles) memcpy(cyc, c->cycles, (size_t)ncyc * sizeof(intptr_t));
  }
  sh_object_unlock(self);
  return s;
}

/* (type, (pool, r)) before the first step, (type, ((), r)) once it ended
   after starting (`emptied`), else (type, (pool, r), state): the shape
   shared by permutations and the combinations. */
static ShObject *reduce_pool_r(ShObject *self, bool emptied, ShObject *state) {
  Combo *c = CO(self);
  ShObject *r = sh_int_from_i64(c->r);
  if (!r) return NULL;
  ShObject *args = sh_tuple_pack(2, emptied ? sh_tuple_new(0) : c->pool, r);
  sh_decref(r);
  if (!args) return NULL;
  ShObject *res = state ? sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), args, state)
                        : sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args);
  sh_decref(args);
  return res;
}

static ShObject *sizeof_words(ShObject *self, intptr_t words) {
  return sh_int_from_i64(SH_TYPE(self)->basicsize + words * (intptr_t)sizeof(intptr_t));
}

/* One step of an iterator: `step` advances the indices under the mutex
   and returns false at the end; `fill` then copies the items they name
   into the tuple. */
static ShObject *combo_next(ShObject *self, bool (*step)(Combo *),
                            void (*fill)(Combo *, ShObject *)) {
  Combo *c = CO(self);
  if (atomic_load_explicit(&c->stopped, memory_order_relaxed)) return NULL;
  ShObject *t = sh_tuple_new(c->r);
  if (!t) return NULL;
  sh_object_lock(self);
  bool ok = !atomic_load_explicit(&c->stopped, memory_order_relaxed) && step(c);
  if (ok)
    fill(c, t);
  else
    atomic_store_explicit(&c->stopped, true, memory_order_relaxed);
  sh_object_unlock(self);
  if (!ok) {
    sh_decref(t);
    return NULL;
  }
  return t;
}

/* Items pool[indices[i]] for i < r (combinations, permutations). */
static void fill_from_pool(Combo *c, ShObject *t) {
  ShObject *const *items = SH_TUPLE_ITEMS(c->pool);
  for (intptr_t i = 0; i < c->r; i++)
    SH_TUPLE_ITEMS(t)[i] = sh_newref(items[c->indices[i]]);
}

/* ------------------------------------------------------------ product */

static void product_fill(Combo *c, ShObject *t) {
  for (intptr_t i = 0; i < c->r; i++) {
    ShObject *pool = SH_TUPLE_GET(c->pool, i);
    SH_TUPLE_ITEMS(t)[i] = sh_newref(SH_TUPLE_GET(pool, c->indices[i]));
  }
}

/* The rightmost index moves fastest, rolling over into its left
   neighbour, like an odometer. */
static bool product_step(Combo *c) {
  if (!c->started) {
    c->started = true;
    for (intptr_t i = 0; i < c->r; i++)
      if (SH_TUPLE_SIZE(SH_TUPLE_GET(c->pool, i)) == 0) return false;
    return true;
  }
  for (intptr_t i = c->r - 1; i >= 0; i--) {
    if (++c->indices[i] < SH_TUPLE_SIZE(SH_TUPLE_GET(c->pool, i))) return true;
    c->indices[i] = 0;
  }
  return false;
}

static ShObject *product_next(ShObject *self) {
  return combo_next(self, product_step, product_fill);
}

static ShObject *product_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  intptr_t repeat = 1;
  intptr_t nkw = kwnames ? SH_TUPLE_SIZE(kwnames) : 0;
  if (nkw > 0) {
    ShObject *rep = NULL;
    if (nkw > 1)
      return sh_err_format(&sh_exc_TypeError,
                           "product() takes at most 1 keyword argument (%zd given)", nkw);
    if (sh_args_parse("product", args + nargs, 0, kwnames, "|repeat", &rep) < 0) return NULL;
    repeat = sh_number_as_ssize_arg(rep);
    if (repeat == -1 && sh_err_occurred()) return NULL;
    if (repeat < 0) {
      sh_err_set_string(&sh_exc_ValueError, "repeat argument cannot be negative");
      return NULL;
    }
  }
  /* repeat=0 ignores the arguments altogether, iterables or not */
  intptr_t nin = repeat == 0 ? 0 : (intptr_t)nargs;
  if (nin > 0 && (size_t)nin > (size_t)INTPTR_MAX / sizeof(intptr_t) / (size_t)repeat) {
    sh_err_set_string(&sh_exc_OverflowError, "repeat argument too large");
    return NULL;
  }
  intptr_t npools = nin * repeat;
  ShObject *pools = sh_tuple_new(npools);
  if (!pools) return NULL;
  for (intptr_t i = 0; i < nin; i++) {
    ShObject *pool = sh_sequence_tuple(args[i]);
    if (!pool) {
      sh_decref(pools);
      return NULL;
    }
    SH_TUPLE_ITEMS(pools)[i] = pool;
  }
  for (intptr_t i = nin; i < npools; i++)
    SH_TUPLE_ITEMS(pools)[i] = sh_newref(SH_TUPLE_GET(pools, i - nin));
  return SH_OBJ(combo_alloc(type, pools, npools, npools, npools, 0));
}

/* (type, pools) before the first step, (type, ((),)) at the end, else
   (type, pools, indices). */
static ShObject *product_reduce(ShObject *self) {
  Combo *c = CO(self);
  intptr_t *idx = c->r ? alloc_indices(c->r) : NULL;
  if (c->r && !idx) return NULL;
  Snapshot s = snapshot(self, idx, c->r, NULL, 0);
  ShObject *res;
  if (s.stopped) {
    ShObject *empty = sh_tuple_pack(1, SH_OBJ(sh_tuple_new(0)));
    res = empty ? sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), empty) : NULL;
    sh_xdecref(empty);
  } else if (!s.started) {
    res = sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), c->pool);
  } else {
    ShObject *state = index_tuple(idx, c->r);
    res = state ? sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), c->pool, state) : NULL;
    sh_xdecref(state);
  }
  sh_mem_free(idx);
  return res;
}

/* Indices clamped into their pools; an empty pool ends the iterator. */
static ShObject *product_setstate(ShObject *self, ShObject *state) {
  Combo *c = CO(self);
  if (!SH_TUPLE_CHECK(state) || SH_TUPLE_SIZE(state) != c->r) return invalid_arguments();
  intptr_t *idx = c->r ? alloc_indices(c->r) : NULL;
  if (c->r && !idx) return NULL;
  bool empty = false;
  for (intptr_t i = 0; i < c->r; i++) {
    if (state_index(SH_TUPLE_GET(state, i), &idx[i]) < 0) {
      sh_mem_free(idx);
      return NULL;
    }
    intptr_t size = SH_TUPLE_SIZE(SH_TUPLE_GET(c->pool, i));
    if (size == 0) {
      empty = true;
      break;
    }
    idx[i] = idx[i] < 0 ? 0 : idx[i] > size - 1 ? size - 1 : idx[i];
  }
  sh_object_lock(self);
  if (empty) {
    atomic_store_explicit(&c->stopped, true, memory_order_relaxed);
  } else {
    if (c->r) memcpy(c->indices, idx, (size_t)c->r * sizeof(intptr_t));
    c->started = true;
  }
  sh_object_unlock(self);
  sh_mem_free(idx);
  SH_RETURN_NONE;
}

static ShObject *product_sizeof(ShObject *self) {
  return sizeof_words(self, CO(self)->r);
}

/* ------------------------------------------------------- combinations */

/* The rightmost index not yet at its maximum (i + n - r) moves up one,
   and every index to its right follows it. */
static bool combinations_step(Combo *c) {
  if (!c->started) {
    c->started = true;
    return true;
  }
  intptr_t n = c->n, r = c->r, i = r - 1;
  while (i >= 0 && c->indices[i] == i + n - r)
    i--;
  if (i < 0) return false;
  c->indices[i]++;
  for (intptr_t j = i + 1; j < r; j++)
    c->indices[j] = c->indices[j - 1] + 1;
  return true;
}

static ShObject *combinations_next(ShObject *self) {
  return combo_next(self, combinations_step, fill_from_pool);
}

/* combinations(iterable, r) and combinations_with_replacement: the
   pool and r (converted before the iterable, as CPython's clinic does). */
static int pool_and_r(const char *fname, ShObject *const *args, size_t nargs, ShObject *kwnames,
                      ShObject **pool, intptr_t *r) {
  static const char *const names[] = {"iterable", "r"};
  ShObject *vals[2];
  if (sh_itertools_parse(fname, args, nargs, kwnames, names, 2, 2, 2, vals) < 0 ||
      r_argument(vals[1], r) < 0 || !(*pool = sh_sequence_tuple(vals[0])))
    return -1;
  if (*r < 0) {
    sh_err_set_string(&sh_exc_ValueError, "r must be non-negative");
    SH_CLEAR(*pool);
    return -1;
  }
  return 0;
}

static ShObject *combinations_new(ShType *type, ShObject *const *args, size_t nargs,
                                  ShObject *kwnames) {
  ShObject *pool;
  intptr_t r;
  if (pool_and_r("combinations", args, nargs, kwnames, &pool, &r) < 0) return NULL;
  intptr_t n = SH_TUPLE_SIZE(pool);
  Combo *c = combo_alloc(type, pool, n, r, r > n ? 0 : r, 0);
  if (!c) return NULL;
  for (intptr_t i = 0; i < r && r <= n; i++)
    c->indices[i] = i;
  atomic_init(&c->stopped, r > n);
  return SH_OBJ(c);
}

static ShObject *combinations_reduce(ShObject *self) {
  Combo *c = CO(self);
  bool arrays = c->indices != NULL;
  intptr_t *idx = arrays && c->r ? alloc_indices(c->r) : NULL;
  if (arrays && c->r && !idx) return NULL;
  Snapshot s = snapshot(self, idx, arrays ? c->r : 0, NULL, 0);
  ShObject *state = NULL;
  if (s.started && !s.stopped && !(state = index_tuple(idx, c->r))) {
    sh_mem_free(idx);
    return NULL;
  }
  sh_mem_free(idx);
  ShObject *res = reduce_pool_r(self, s.started && s.stopped, state);
  sh_xdecref(state);
  return res;
}

/* Sets indices (clamped to their range) from a tuple of r ints; `max` gives
   index i's largest value. */
static ShObject *set_indices(ShObject *self, ShObject *state, intptr_t (*max)(Combo *, intptr_t)) {
  Combo *c = CO(self);
  if (!SH_TUPLE_CHECK(state) || SH_TUPLE_SIZE(state) != c->r) return invalid_arguments();
  intptr_t *idx = c->r ? alloc_indices(c->r) : NULL;
  if (c->r && !idx) return NULL;
  for (intptr_t i = 0; i < c->r; i++) {
    if (state_index(SH_TUPLE_GET(state, i), &idx[i]) < 0) {
      sh_mem_free(idx);
      return NULL;
    }
    intptr_t m = max(c, i);
    if (idx[i] > m) idx[i] = m;
    if (idx[i] < 0) idx[i] = 0;
  }
  /* without arrays (r > n, or cwr over nothing: stopped for good) there
     is nothing to name; CPython reads past its pool there */
  sh_object_lock(self);
  if (c->indices) memcpy(c->indices, idx, (size_t)c->r * sizeof(intptr_t));
  c->started = true;
  sh_object_unlock(self);
  sh_mem_free(idx);
  SH_RETURN_NONE;
}

static intptr_t combinations_max(Combo *c, intptr_t i) {
  return i + c->n - c->r;
}

static ShObject *combinations_setstate(ShObject *self, ShObject *state) {
  return set_indices(self, state, combinations_max);
}

static ShObject *combinations_sizeof(ShObject *self) {
  return sizeof_words(self, CO(self)->r);
}

/* ------------------------------------------ combinations_with_replacement */

/* The rightmost index below n - 1 moves up one and every index to its
   right takes the same value. */
static bool cwr_step(Combo *c) {
  if (!c->started) {
    c->started = true;
    return true;
  }
  intptr_t i = c->r - 1;
  while (i >= 0 && c->indices[i] == c->n - 1)
    i--;
  if (i < 0) return false;
  intptr_t v = c->indices[i] + 1;
  for (; i < c->r; i++)
    c->indices[i] = v;
  return true;
}

static ShObject *cwr_next(ShObject *self) {
  return combo_next(self, cwr_step, fill_from_pool);
}

static ShObject *cwr_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *pool;
  intptr_t r;
  if (pool_and_r("combinations_with_replacement", args, nargs, kwnames, &pool, &r) < 0) return NULL;
  intptr_t n = SH_TUPLE_SIZE(pool);
  bool nothing = n == 0 && r > 0;
  Combo *c = combo_alloc(type, pool, n, r, nothing ? 0 : r, 0);
  if (!c) return NULL;
  atomic_init(&c->stopped, nothing);
  return SH_OBJ(c);
}

static intptr_t cwr_max(Combo *c, intptr_t i) {
  return c->n - 1;
}

static ShObject *cwr_setstate(ShObject *self, ShObject *state) {
  return set_indices(self, state, cwr_max);
}

/* ------------------------------------------------------- permutations */

/* CPython's cycles: cycles[i] counts the swaps left at position i before
   indices[i:] rotates back to where it started and position i - 1 moves. */
static bool permutations_step(Combo *c) {
  if (!c->started) {
    c->started = true;
    return true;
  }
  intptr_t n = c->n, r = c->r;
  if (n == 0) return false;
  intptr_t *idx = c->indices, *cyc = c->cycles;
  for (intptr_t i = r - 1; i >= 0; i--) {
    if (--cyc[i] == 0) {
      intptr_t first = idx[i];
      memmove(idx + i, idx + i + 1, (size_t)(n - 1 - i) * sizeof(intptr_t));
      idx[n - 1] = first;
      cyc[i] = n - i;
    } else {
      intptr_t j = n - cyc[i], tmp = idx[i];
      idx[i] = idx[j];
      idx[j] = tmp;
      return true;
    }
  }
  return false;
}

static ShObject *permutations_next(ShObject *self) {
  return combo_next(self, permutations_step, fill_from_pool);
}

static ShObject *permutations_new(ShType *type, ShObject *const *args, size_t nargs,
                                  ShObject *kwnames) {
  static const char *const names[] = {"iterable", "r"};
  ShObject *vals[2];
  if (sh_itertools_parse("permutations", args, nargs, kwnames, names, 2, 2, 1, vals) < 0)
    return NULL;
  ShObject *pool = sh_sequence_tuple(vals[0]), *robj = vals[1];
  if (!pool) return NULL;
  intptr_t n = SH_TUPLE_SIZE(pool), r = n;
  if (robj && robj != SH_NONE) {
    if (!SH_INT_CHECK(robj)) {
      sh_err_set_string(&sh_exc_TypeError, "Expected int as r");
      sh_decref(pool);
      return NULL;
    }
    r = sh_int_as_ssize(robj);
    if (r == -1 && sh_err_occurred()) {
      sh_decref(pool);
      return NULL;
    }
  }
  if (r < 0) {
    sh_err_set_string(&sh_exc_ValueError, "r must be non-negative");
    sh_decref(pool);
    return NULL;
  }
  bool none = r > n;
  Combo *c = combo_alloc(type, pool, n, r, none ? 0 : n, none ? 0 : r);
  if (!c) return NULL;
  for (intptr_t i = 0; !none && i < n; i++)
    c->indices[i] = i;
  for (intptr_t i = 0; !none && i < r; i++)
    c->cycles[i] = n - i;
  atomic_init(&c->stopped, none);
  return SH_OBJ(c);
}

static ShObject *permutations_reduce(ShObject *self) {
  Combo *c = CO(self);
  bool arrays = c->indices != NULL || c->cycles != NULL;
  intptr_t *idx = arrays && c->n ? alloc_indices(c->n) : NULL;
  intptr_t *cyc = arrays && c->r ? alloc_indices(c->r) : NULL;
  if ((arrays && c->n && !idx) || (arrays && c->r && !cyc)) {
    sh_mem_free(idx);
    sh_mem_free(cyc);
    return NULL;
  }
  Snapshot s = snapshot(self, idx, arrays ? c->n : 0, cyc, arrays ? c->r : 0);
  ShObject *state = NULL;
  if (s.started && !s.stopped) {
    ShObject *ti = index_tuple(idx, c->n);
    ShObject *tc = ti ? index_tuple(cyc, c->r) : NULL;
    state = tc ? sh_tuple_pack(2, ti, tc) : NULL;
    sh_xdecref(ti);
    sh_xdecref(tc);
  }
  sh_mem_free(idx);
  sh_mem_free(cyc);
  if (s.started && !s.stopped && !state) return NULL;
  ShObject *res = reduce_pool_r(self, s.started && s.stopped, state);
  sh_xdecref(state);
  return res;
}

/* state: (indices, cycles), each clamped into its range. */
static ShObject *permutations_setstate(ShObject *self, ShObject *state) {
  Combo *c = CO(self);
  if (sh_itertools_check_state(state, 2, 2) < 0) return NULL;
  for (int k = 0; k < 2; k++)
    if (!SH_TUPLE_CHECK(SH_TUPLE_GET(state, k)))
      return sh_err_format(&sh_exc_TypeError, "argument %d must be tuple, not %T", k + 1,
                           SH_TUPLE_GET(state, k));
  ShObject *ti = SH_TUPLE_GET(state, 0), *tc = SH_TUPLE_GET(state, 1);
  intptr_t n = c->n, r = c->r;
  if (SH_TUPLE_SIZE(ti) != n || SH_TUPLE_SIZE(tc) != r) return invalid_arguments();
  intptr_t *idx = alloc_indices(n + r);
  if (!idx) return NULL;
  intptr_t *cyc = idx + n;
  for (intptr_t i = 0; i < n; i++) {
    if (state_index(SH_TUPLE_GET(ti, i), &idx[i]) < 0) goto fail;
    idx[i] = idx[i] < 0 ? 0 : idx[i] > n - 1 ? n - 1 : idx[i];
  }
  for (intptr_t i = 0; i < r; i++) {
    if (state_index(SH_TUPLE_GET(tc, i), &cyc[i]) < 0) goto fail;
    cyc[i] = cyc[i] < 1 ? 1 : cyc[i] > n - i ? n - i : cyc[i];
  }
  /* r > n has no arrays (and stopped for good): nothing to set */
  sh_object_lock(self);
  if (c->indices) memcpy(c->indices, idx, (size_t)n * sizeof(intptr_t));
  if (c->cycles) memcpy(c->cycles, cyc, (size_t)r * sizeof(intptr_t));
  c->started = true;
  sh_object_unlock(self);
  sh_mem_free(idx);
  SH_RETURN_NONE;
fail:
  sh_mem_free(idx);
  return NULL;
}

static ShObject *permutations_sizeof(ShObject *self) {
  return sizeof_words(self, CO(self)->n + CO(self)->r);
}

/* -------------------------------------------------------------- types */

#define REDUCE_DOC "Return state information for pickling."
#define SETSTATE_DOC "Set state information for unpickling."
#define SIZEOF_DOC "Returns size in memory, in bytes."

static ShMethodDef product_methods[] = {{"__reduce__", product_reduce, SH_METH_NOARGS, REDUCE_DOC},
                                        {"__setstate__", product_setstate, SH_METH_O, SETSTATE_DOC},
                                        {"__sizeof__", product_sizeof, SH_METH_NOARGS, SIZEOF_DOC},
                                        {NULL, NULL, 0, NULL}};

static ShMethodDef combinations_methods[] = {
    {"__reduce__", combinations_reduce, SH_METH_NOARGS, REDUCE_DOC},
    {"__setstate__", combinations_setstate, SH_METH_O, SETSTATE_DOC},
    {"__sizeof__", combinations_sizeof, SH_METH_NOARGS, SIZEOF_DOC},
    {NULL, NULL, 0, NULL}};

static ShMethodDef cwr_methods[] = {{"__reduce__", combinations_reduce, SH_METH_NOARGS, REDUCE_DOC},
                                    {"__setstate__", cwr_setstate, SH_METH_O, SETSTATE_DOC},
                                    {"__sizeof__", combinations_sizeof, SH_METH_NOARGS, SIZEOF_DOC},
                                    {NULL, NULL, 0, NULL}};

static ShMethodDef permutations_methods[] = {
    {"__reduce__", permutations_reduce, SH_METH_NOARGS, REDUCE_DOC},
    {"__setstate__", permutations_setstate, SH_METH_O, SETSTATE_DOC},
    {"__sizeof__", permutations_sizeof, SH_METH_NOARGS, SIZEOF_DOC},
    {NULL, NULL, 0, NULL}};

#define COMBO_TYPE(cname, pyname, prefix, docstr)                                                  \
  static ShType cname = {                                                                          \
      .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},                                               \
      .name = pyname,                                                                              \
      .basicsize = sizeof(Combo),                                                                  \
      .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,                                                \
      .doc = docstr,                                                                               \
      .dealloc = combo_dealloc,                                                                    \
      .iter = sh_iter_self,                                                                        \
      .iternext = prefix##_next,                                                                   \
      .traverse = combo_traverse,                                                                  \
      .new_ = prefix##_new,                                                                        \
      .methods = prefix##_methods,                                                                 \
  }

COMBO_TYPE(product_type, "itertools.product", product,
           "product(*iterables, repeat=1) --> product object\n"
           "\n"
           "Cartesian product of input iterables.  Equivalent to nested for-loops.\n"
           "\n"
           "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
           "The leftmost iterators are in the outermost for-loop, so the output tuples\n"
           "cycle in a manner similar to an odometer (with the rightmost element changing\n"
           "on every iteration).\n"
           "\n"
           "To compute the product of an iterable with itself, specify the number\n"
           "of repetitions with the optional repeat keyword argument. For example,\n"
           "product(A, repeat=4) means the same as product(A, A, A, A).\n"
           "\n"
           "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n"
           "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");

COMBO_TYPE(permutations_type, "itertools.permutations", permutations,
           "Return successive r-length permutations of elements in the iterable.\n"
           "\n"
           "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");

COMBO_TYPE(combinations_type, "itertools.combinations", combinations,
           "Return successive r-length combinations of elements in the iterable.\n"
           "\n"
           "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");

COMBO_TYPE(cwr_type, "itertools.combinations_with_replacement", cwr,
           "Return successive r-length combinations of elements in the iterable allowing "
           "individual elements to have successive repeats.\n"
           "\n"
           "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), "
           "('B','B'), ('B','C'), ('C','C')");

int sh_itertools_add_combinatorics(ShObject *m) {
  static ShType *const types[] = {&product_type, &permutations_type, &combinations_type, &cwr_type};
  static const char *const names[] = {"product", "permutations", "combinations",
                                      "combinations_with_replacement"};
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    for (size_t i = 0; i < 4; i++)
      if (sh_type_ready(types[i]) < 0) return -1;
    atomic_store(&ready, true);
  }
  for (size_t i = 0; i < 4; i++)
    if (sh_module_add_object(m, names[i], sh_newref(SH_OBJ(types[i]))) < 0) return -1;
  return 0;
}
