/* collections.deque (module _collections): a ring buffer of references
   behind the object's one-byte mutex, so that every operation is atomic. */
#include <string.h>

#include "../shoal.h"
#include "../objects/container_util.h"
#include "collections_deque.h"

/* Every operation, readers included, holds the deque's mutex for its whole
   critical section; only len() reads an atomic without it. No Python code
   runs under the mutex: comparisons with items of arbitrary types, reprs and
   the decref of removed items come after unlocking. `state` changes with
   every change that moves items (setting an item or reverse() do not, as in
   CPython), which is how iterators and count/index/remove/`in` notice that
   the deque changed under them. The ring has no lock-free readers, so a
   replaced ring is freed at once. */
typedef struct ShDeque {
  ShObject ob;
  ShObject **ring;    /* cap slots; cap is 0 or a power of two */
  intptr_t cap, head; /* head: ring slot of the leftmost item */
  _Atomic intptr_t len;
  intptr_t maxlen; /* -1: unbounded */
  _Atomic uint64_t state;
  ShObject *weakrefs; /* list head for modules/weakref.c */
} ShDeque;

#define DQ(o) ((ShDeque *)(o))
#define MIN_CAP 8
#define MUTATED "deque mutated during iteration"

static inline intptr_t len_of(ShDeque *d) {
  return atomic_load_explicit(&d->len, memory_order_relaxed);
}
static inline void set_len(ShDeque *d, intptr_t n) {
  atomic_store_explicit(&d->len, n, memory_order_relaxed);
}
static inline uint64_t state_of(ShDeque *d) {
  return atomic_load_explicit(&d->state, memory_order_relaxed);
}
/* Lock held, so a load and a store suffice. */
static inline void bump(ShDeque *d) {
  atomic_store_explicit(&d->state, state_of(d) + 1, memory_order_relaxed);
}
static inline ShObject **at(ShDeque *d, intptr_t i) {
  return &d->ring[(d->head + i) & (d->cap - 1)];
}
/* Until a second thread has been started nobody else can reach the deque,
   and the flag is set before that thread starts (never cleared, never by
   anything inside a critical section): lock and unlock agree on it. */
static inline void lock(ShDeque *d) {
  if (sh_multithreaded()) sh_object_lock(SH_OBJ(d));
}
static inline void unlock(ShDeque *d) {
  if (sh_multithreaded()) sh_object_unlock(SH_OBJ(d));
}

/* ------------------------------------------------ ring (lock held) */

/* Moves the items into a fresh ring of newcap (>= len) slots. */
static bool resize_locked(ShDeque *d, intptr_t newcap) {
  ShObject **ring = sh_mem_alloc((size_t)newcap * sizeof(ShObject *));
  if (!ring) return false;
  intptr_t n = len_of(d);
  for (intptr_t i = 0; i < n; i++)
    ring[i] = *at(d, i);
  sh_mem_free(d->ring);
  d->ring = ring;
  d->cap = newcap;
  d->head = 0;
  return true;
}

static bool reserve_locked(ShDeque *d, intptr_t need) {
  if (need <= d->cap) return true;
  intptr_t cap = d->cap ? d->cap : MIN_CAP;
  while (cap < need) {
    if (cap > INTPTR_MAX / 4 / (intptr_t)sizeof(ShObject *)) return false;
    cap *= 2;
  }
  return resize_locked(d, cap);
}

/* A ring at most a quarter full gives half back, so that a queue that once
   held a burst does not keep its memory; failing to shrink is harmless. */
static void shrink_locked(ShDeque *d) {
  if (d->cap > MIN_CAP && len_of(d) * 4 <= d->cap) resize_locked(d, d->cap / 2);
}

/* Adds item (stolen) at one end; a full deque drops one item from the other
   end (maxlen 0: the new item itself) into *dropped, for the caller to
   decref after unlocking. false: out of memory, item not taken. */
static bool push_locked(ShDeque *d, ShObject *item, bool left, ShObject **dropped) {
  intptr_t n = len_of(d);
  *dropped = NULL;
  bump(d);
  if (d->maxlen == 0) {
    *dropped = item;
    return true;
  }
  if (d->maxlen > 0 && n >= d->maxlen) {
    *dropped = left ? *at(d, n - 1) : *at(d, 0);
    if (!left) d->head = (d->head + 1) & (d->cap - 1);
    n--;
  } else if (!reserve_locked(d, n + 1)) {
    return false;
  }
  if (left) {
    d->head = (d->head - 1) & (d->cap - 1);
    *at(d, 0) = item;
  } else {
    *at(d, n) = item;
  }
  set_len(d, n + 1);
  return true;
}

static ShObject *remove_at_locked(ShDeque *d, intptr_t i) {
  intptr_t n = len_of(d);
  ShObject *x = *at(d, i);
  if (i < n / 2) {
    for (intptr_t j = i; j > 0; j--)
      *at(d, j) = *at(d, j - 1);
    d->head = (d->head + 1) & (d->cap - 1);
  } else {
    for (intptr_t j = i; j < n - 1; j++)
      *at(d, j) = *at(d, j + 1);
  }
  set_len(d, n - 1);
  bump(d);
  shrink_locked(d);
  return x;
}

/* Room for one more item must be reserved. */
static void insert_at_locked(ShDeque *d, intptr_t i, ShObject *x) {
  intptr_t n = len_of(d);
  if (i < n / 2) {
    d->head = (d->head - 1) & (d->cap - 1);
    for (intptr_t j = 0; j < i; j++)
      *at(d, j) = *at(d, j + 1);
  } else {
    for (intptr_t j = n; j > i; j--)
      *at(d, j) = *at(d, j - 1);
  }
  *at(d, i) = x;
  set_len(d, n + 1);
  bump(d);
}

/* Right by k (left when negative), moving the fewer items. */
static void rotate_locked(ShDeque *d, intptr_t k) {
  intptr_t n = len_of(d), mask = d->cap - 1;
  if (n <= 1) return;
  bump(d);
  k %= n;
  if (k < 0) k += n;
  if (n == d->cap) {
    d->head = (d->head - k) & mask;
  } else if (k <= n / 2) {
    for (; k > 0; k--) {
      ShObject *x = *at(d, n - 1);
      d->head = (d->head - 1) & mask;
      *at(d, 0) = x;
    }
  } else {
    for (k = n - k; k > 0; k--) {
      ShObject *x = *at(d, 0);
      d->head = (d->head + 1) & mask;
      *at(d, n - 1) = x;
    }
  }
}

/* ------------------------------------------------- building blocks */

static int push(ShDeque *d, ShObject *item_steal, bool left) {
  ShObject *dropped;
  lock(d);
  bool ok = push_locked(d, item_steal, left, &dropped);
  unlock(d);
  if (!ok) {
    sh_decref(item_steal);
    sh_err_no_memory();
    return -1;
  }
  sh_xdecref(dropped);
  return 0;
}

/* Adds n items (borrowed) at one end in one critical section. */
static int push_many(ShDeque *d, ShObject *const *items, intptr_t n, bool left) {
  if (n == 0) return 0;
  ShObject **dropped = NULL;
  intptr_t ndropped = 0;
  lock(d);
  intptr_t need = len_of(d) + n;
  if (d->maxlen >= 0) {
    if (need > d->maxlen) need = d->maxlen;
    dropped = sh_mem_alloc((size_t)n * sizeof(ShObject *));
  }
  if (!reserve_locked(d, need) || (d->maxlen >= 0 && !dropped)) {
    unlock(d);
    sh_mem_free(dropped);
    sh_err_no_memory();
    return -1;
  }
  for (intptr_t i = 0; i < n; i++) {
    ShObject *x;
    push_locked(d, sh_newref(items[i]), left, &x); /* cannot fail: reserved */
    if (x) dropped[ndropped++] = x;
  }
  unlock(d);
  for (intptr_t i = 0; i < ndropped; i++)
    sh_decref(dropped[i]);
  sh_mem_free(dropped);
  return 0;
}

/* The items as a new tuple (or list), and the maxlen, in one critical
   section. */
static ShObject *snapshot(ShDeque *d, bool as_list, intptr_t *maxlen) {
  lock(d);
  intptr_t n = len_of(d);
  ShObject *t = as_list ? sh_list_new(n) : sh_tuple_new(n);
  for (intptr_t i = 0; t && i < n; i++) {
    ShObject *x = sh_newref(*at(d, i));
    if (as_list)
      sh_list_init_item(t, i, x);
    else
      SH_TUPLE_ITEMS(t)[i] = x;
  }
  if (maxlen) *maxlen = d->maxlen;
  unlock(d);
  return t;
}

/* extend / extendleft. Lists, tuples and deques (the deque itself too) are
   copied first and added in one critical section; any other iterable is
   iterated without the lock and added item by item, each add atomic. */
static int extend_impl(ShDeque *d, ShObject *iterable, bool left) {
  ShObject *snap = NULL;
  if (SH_TYPE(iterable) == &sh_type_deque)
    snap = snapshot(DQ(iterable), false, NULL);
  else if (SH_TYPE(iterable) == &sh_type_tuple)
    snap = sh_newref(iterable);
  else if (SH_LIST_CHECK_EXACT(iterable))
    snap = sh_list_as_tuple(iterable);
  else if (iterable == SH_OBJ(d))
    snap = sh_sequence_tuple(iterable);
  else
    goto iterate;
  if (!snap) return -1;
  int r = push_many(d, SH_TUPLE_ITEMS(snap), SH_TUPLE_SIZE(snap), left);
  sh_decref(snap);
  return r;
iterate:;
  ShObject *it = sh_object_iter(iterable);
  if (!it) return -1;
  ShObject *x;
  while ((x = sh_iter_next(it)) != NULL) {
    if (push(d, x, left) < 0) {
      sh_decref(it);
      return -1;
    }
  }
  sh_decref(it);
  return sh_err_occurred() ? -1 : 0;
}

/* Empties the deque (and sets its maxlen unless KEEP_MAXLEN) in one
   critical section; the items are decref'd after unlocking. */
#define KEEP_MAXLEN (-2)
static void clear_items(ShDeque *d, intptr_t maxlen) {
  lock(d);
  intptr_t n = len_of(d), cap = d->cap, head = d->head;
  ShObject **ring = d->ring;
  if (maxlen != KEEP_MAXLEN) d->maxlen = maxlen;
  if (n == 0) {
    unlock(d);
    return;
  }
  d->ring = NULL;
  d->cap = d->head = 0;
  set_len(d, 0);
  bump(d);
  unlock(d);
  for (intptr_t i = 0; i < n; i++)
    sh_decref(ring[(head + i) & (cap - 1)]);
  sh_mem_free(ring);
}

static ShObject *new_deque(ShType *type, intptr_t maxlen) {
  ShDeque *d = (ShDeque *)sh_object_alloc(type, 0);
  if (d) d->maxlen = maxlen;
  return SH_OBJ(d);
}

/* Item i (new reference) if d still is in `state`, NULL past the end; -1
   with RuntimeError when d changed (the check CPython's iterators make). */
static int item_if_unchanged(ShDeque *d, uint64_t state, intptr_t i, ShObject **out) {
  lock(d);
  bool changed = state_of(d) != state;
  *out = !changed && i < len_of(d) ? sh_newref(*at(d, i)) : NULL;
  unlock(d);
  if (!changed) return 0;
  sh_err_set_string(&sh_exc_RuntimeError, MUTATED);
  return -1;
}

/* Types whose equality runs no Python code: comparing them is allowed
   under the lock. */
static bool plain_value(ShObject *o) {
  ShType *t = SH_TYPE(o);
  return t == &sh_type_int || t == &sh_type_str || t == &sh_type_float || t == &sh_type_bool ||
         o == SH_NONE;
}

enum { SCAN_COUNT, SCAN_INDEX, SCAN_REMOVE };
#define SCAN_ERROR (-2)
#define SCAN_RETRY (-3)

/* Compares each item of [start, stop) (adjusted as index() does) with v,
   item first. When both are plain values the comparison runs under the
   lock; otherwise the lock is released around it and a change of the deque
   meanwhile raises as CPython does (IndexError for remove). Returns the
   count (SCAN_COUNT), the index of the first equal item (SCAN_INDEX; for
   SCAN_REMOVE it is also removed) or -1, SCAN_ERROR with an exception, or
   SCAN_RETRY when another thread changed the deque between a matching
   comparison and the removal. */
static intptr_t scan(ShDeque *d, ShObject *v, intptr_t start, intptr_t stop, int mode) {
  bool plain_v = plain_value(v);
  intptr_t count = 0;
  lock(d);
  uint64_t s0 = state_of(d);
  intptr_t n = len_of(d);
  if (start < 0 && (start += n) < 0) start = 0;
  if (stop < 0 && (stop += n) < 0) stop = 0;
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  for (intptr_t i = start; i < stop; i++) {
    ShObject *x = *at(d, i);
    int cmp;
    if (plain_v && plain_value(x)) {
      cmp = sh_object_richcompare_bool(x, v, SH_EQ);
      if (cmp < 0) {
        unlock(d);
        return SCAN_ERROR;
      }
    } else {
      sh_incref(x);
      unlock(d);
      cmp = sh_object_richcompare_bool(x, v, SH_EQ);
      sh_decref(x);
      if (cmp < 0) return SCAN_ERROR;
      if (cmp > 0 && mode == SCAN_INDEX) return i;
      if (state_of(d) != s0) goto mutated;
      lock(d);
      if (state_of(d) != s0) {
        unlock(d);
        if (cmp > 0 && mode == SCAN_REMOVE) return SCAN_RETRY;
        goto mutated;
      }
    }
    if (cmp > 0) {
      if (mode == SCAN_COUNT) {
        count++;
        continue;
      }
      ShObject *removed = mode == SCAN_REMOVE ? remove_at_locked(d, i) : NULL;
      unlock(d);
      sh_xdecref(removed);
      return i;
    }
  }
  unlock(d);
  return mode == SCAN_COUNT ? count : -1;
mutated:
  sh_err_set_string(mode == SCAN_REMOVE ? &sh_exc_IndexError : &sh_exc_RuntimeError, MUTATED);
  return SCAN_ERROR;
}

/* ------------------------------------------------------------ methods */

static ShObject *deque_append(ShObject *self, ShObject *x) {
  if (push(DQ(self), sh_newref(x), false) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *deque_appendleft(ShObject *self, ShObject *x) {
  if (push(DQ(self), sh_newref(x), true) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *pop_end(ShObject *self, bool left) {
  ShDeque *d = DQ(self);
  lock(d);
  intptr_t n = len_of(d);
  ShObject *x = NULL;
  if (n > 0) {
    x = left ? *at(d, 0) : *at(d, n - 1);
    if (left) d->head = (d->head + 1) & (d->cap - 1);
    set_len(d, n - 1);
    bump(d);
    shrink_locked(d);
  }
  unlock(d);
  if (!x) sh_err_set_string(&sh_exc_IndexError, "pop from an empty deque");
  return x;
}

static ShObject *deque_pop(ShObject *self) {
  return pop_end(self, false);
}
static ShObject *deque_popleft(ShObject *self) {
  return pop_end(self, true);
}

static ShObject *deque_extend(ShObject *self, ShObject *iterable) {
  if (extend_impl(DQ(self), iterable, false) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *deque_extendleft(ShObject *self, ShObject *iterable) {
  if (extend_impl(DQ(self), iterable, true) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *deque_clear(ShObject *self) {
  clear_items(DQ(self), KEEP_MAXLEN);
  SH_RETURN_NONE;
}

/* An exact deque copies itself; a subclass is called as type(d)(d) or
   type(d)(d, maxlen), as CPython does. */
static ShObject *deque_copy(ShObject *self) {
  intptr_t maxlen;
  if (SH_TYPE(self) == &sh_type_deque) {
    ShDeque *r = DQ(new_deque(&sh_type_deque, -1)), *d = DQ(self);
    if (!r) return NULL;
    lock(d);
    intptr_t n = len_of(d);
    r->maxlen = d->maxlen;
    if (n && reserve_locked(r, n)) {
      for (intptr_t i = 0; i < n; i++)
        r->ring[i] = sh_newref(*at(d, i));
      set_len(r, n);
    }
    unlock(d);
    if (len_of(r) == n) return SH_OBJ(r);
    sh_decref(SH_OBJ(r));
    return sh_err_no_memory();
  }
  lock(DQ(self));
  maxlen = DQ(self)->maxlen;
  unlock(DQ(self));
  ShObject *r;
  if (maxlen < 0) {
    r = sh_call1(SH_OBJ(SH_TYPE(self)), self);
  } else {
    ShObject *m = sh_int_from_i64(maxlen);
    r = m ? sh_call2(SH_OBJ(SH_TYPE(self)), self, m) : NULL;
    sh_xdecref(m);
  }
  if (r && !SH_DEQUE_CHECK(r)) {
    sh_err_format(&sh_exc_TypeError, "%s() must return a deque, not %s", SH_TYPE(self)->name,
                  SH_TYPE(r)->name);
    SH_CLEAR(r);
  }
  return r;
}

static ShObject *deque_count(ShObject *self, ShObject *v) {
  intptr_t r = scan(DQ(self), v, 0, INTPTR_MAX, SCAN_COUNT);
  return r == SCAN_ERROR ? NULL : sh_int_from_i64(r);
}

static ShObject *deque_index(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs < 1 || nargs > 3)
    return sh_err_format(&sh_exc_TypeError, "index() takes at %s %d argument%s (%zu given)",
                         nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s",
                         nargs);
  intptr_t start = 0, stop = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_not_none(args[1], &start) < 0) return NULL;
  if (nargs > 2 && sh_slice_index_not_none(args[2], &stop) < 0) return NULL;
  intptr_t r = scan(DQ(self), args[0], start, stop, SCAN_INDEX);
  if (r == SCAN_ERROR) return NULL;
  if (r < 0) return sh_err_format(&sh_exc_ValueError, "%R is not in deque", args[0]);
  return sh_int_from_i64(r);
}

static ShObject *deque_insert(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs != 2)
    return sh_err_format(&sh_exc_TypeError, "insert() takes exactly 2 arguments (%zu given)",
                         nargs);
  intptr_t i = sh_number_as_ssize_arg(args[0]);
  if (i == -1 && sh_err_occurred()) return NULL;
  ShDeque *d = DQ(self);
  lock(d);
  intptr_t n = len_of(d);
  if (d->maxlen == n) {
    unlock(d);
    sh_err_set_string(&sh_exc_IndexError, "deque already at its maximum size");
    return NULL;
  }
  if (!reserve_locked(d, n + 1)) {
    unlock(d);
    return sh_err_no_memory();
  }
  if (i < 0 && (i += n) < 0) i = 0;
  if (i > n) i = n;
  insert_at_locked(d, i, sh_newref(args[1]));
  unlock(d);
  SH_RETURN_NONE;
}

static ShObject *deque_remove(ShObject *self, ShObject *v) {
  intptr_t r;
  while ((r = scan(DQ(self), v, 0, INTPTR_MAX, SCAN_REMOVE)) == SCAN_RETRY) {
  }
  if (r == SCAN_ERROR) return NULL;
  if (r < 0) return sh_err_format(&sh_exc_ValueError, "%R is not in deque", v);
  SH_RETURN_NONE;
}

static ShObject *deque_reverse(ShObject *self) {
  ShDeque *d = DQ(self);
  lock(d);
  for (intptr_t a = 0, b = len_of(d) - 1; a < b; a++, b--) {
    ShObject *t = *at(d, a);
    *at(d, a) = *at(d, b);
    *at(d, b) = t;
  }
  unlock(d);
  SH_RETURN_NONE;
}

static ShObject *deque_rotate(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("deque.rotate", nargs, 0, 1) < 0) return NULL;
  intptr_t k = 1;
  if (nargs == 1) {
    k = sh_number_as_ssize_arg(args[0]);
    if (k == -1 && sh_err_occurred()) return NULL;
  }
  lock(DQ(self));
  rotate_locked(DQ(self), k);
  unlock(DQ(self));
  SH_RETURN_NONE;
}

/* (type(d), () or ((), maxlen), d.__getstate__(), iter(d)), as CPython. */
static ShObject *deque_reduce(ShObject *self) {
  lock(DQ(self));
  intptr_t maxlen = DQ(self)->maxlen;
  unlock(DQ(self));
  ShObject *args = NULL, *state = NULL, *it = NULL, *r = NULL;
  if (maxlen < 0) {
    args = sh_tuple_new(0);
  } else {
    ShObject *empty = sh_tuple_new(0), *m = sh_int_from_i64(maxlen);
    args = empty && m ? sh_tuple_pack(2, empty, m) : NULL;
    sh_xdecref(empty);
    sh_xdecref(m);
  }
  if (args) state = sh_call_method(self, sh_str_intern_cstr("__getstate__"), NULL, 0);
  if (state) it = sh_object_iter(self);
  if (it) r = sh_tuple_pack(4, SH_OBJ(SH_TYPE(self)), args, state, it);
  sh_xdecref(args);
  sh_xdecref(state);
  sh_xdecref(it);
  return r;
}

static ShObject *deque_sizeof(ShObject *self) {
  lock(DQ(self));
  intptr_t cap = DQ(self)->cap;
  unlock(DQ(self));
  return sh_int_from_i64((int64_t)(sizeof(ShDeque) + (size_t)cap * sizeof(ShObject *)));
}

static ShObject *deque_class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

static ShObject *deque_get_maxlen(ShObject *self, void *closure) {
  lock(DQ(self));
  intptr_t maxlen = DQ(self)->maxlen;
  unlock(DQ(self));
  if (maxlen < 0) SH_RETURN_NONE;
  return sh_int_from_i64(maxlen);
}

/* Read-only; a setter only to name the type as CPython does. */
static int deque_set_maxlen(ShObject *self, ShObject *value, void *closure) {
  sh_err_set_string(&sh_exc_AttributeError,
                    "attribute 'maxlen' of 'collections.deque' objects is not writable");
  return -1;
}

/* -------------------------------------------------------------- slots */

static intptr_t deque_length(ShObject *self) {
  return len_of(DQ(self));
}

static ShObject *deque_item(ShObject *self, intptr_t i) {
  ShDeque *d = DQ(self);
  lock(d);
  intptr_t n = len_of(d);
  if (i < 0) i += n;
  ShObject *x = i >= 0 && i < n ? sh_newref(*at(d, i)) : NULL;
  unlock(d);
  if (!x) sh_err_set_string(&sh_exc_IndexError, "deque index out of range");
  return x;
}

/* d[i] = value, or del d[i] when value is NULL. */
static int deque_ass_item(ShObject *self, intptr_t i, ShObject *value) {
  ShDeque *d = DQ(self);
  ShObject *old = NULL;
  lock(d);
  intptr_t n = len_of(d);
  if (i < 0) i += n;
  if (i >= 0 && i < n) {
    if (value) {
      old = *at(d, i);
      *at(d, i) = sh_newref(value);
    } else {
      old = remove_at_locked(d, i);
    }
  }
  unlock(d);
  if (!old) {
    sh_err_set_string(&sh_exc_IndexError, "deque index out of range");
    return -1;
  }
  sh_decref(old);
  return 0;
}

static int deque_contains(ShObject *self, ShObject *v) {
  intptr_t r = scan(DQ(self), v, 0, INTPTR_MAX, SCAN_INDEX);
  return r == SCAN_ERROR ? -1 : r >= 0;
}

static ShObject *deque_concat(ShObject *self, ShObject *other) {
  if (!SH_DEQUE_CHECK(other))
    return sh_err_format(&sh_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                         SH_TYPE(other)->name);
  ShObject *r = deque_copy(self);
  if (r && extend_impl(DQ(r), other, false) < 0) SH_CLEAR(r);
  return r;
}

static ShObject *deque_inplace_concat(ShObject *self, ShObject *other) {
  if (extend_impl(DQ(self), other, false) < 0) return NULL;
  return sh_newref(self);
}

/* d *= n: the items as they are now, added n - 1 more times (only as many
   times as can matter when maxlen bounds the result). */
static ShObject *deque_inplace_repeat(ShObject *self, intptr_t count) {
  ShDeque *d = DQ(self);
  if (count <= 0) {
    clear_items(d, KEEP_MAXLEN);
    return sh_newref(self);
  }
  if (count == 1) return sh_newref(self);
  intptr_t maxlen;
  ShObject *snap = snapshot(d, false, &maxlen);
  if (!snap) return NULL;
  intptr_t size = SH_TUPLE_SIZE(snap);
  if (size > 0 && maxlen >= 0 && count > maxlen / size + (maxlen % size != 0))
    count = maxlen / size + (maxlen % size != 0);
  if (size > 0 && count > INTPTR_MAX / size) {
    sh_decref(snap);
    return sh_err_no_memory();
  }
  if (size > 0) {
    intptr_t need = size * count;
    lock(d);
    bool ok = reserve_locked(d, maxlen >= 0 && need > maxlen ? maxlen : need);
    unlock(d);
    if (!ok) {
      sh_decref(snap);
      return sh_err_no_memory();
    }
  }
  for (intptr_t k = 1; k < count && size > 0; k++) {
    if (push_many(d, SH_TUPLE_ITEMS(snap), size, false) < 0) {
      sh_decref(snap);
      return NULL;
    }
  }
  sh_decref(snap);
  return sh_newref(self);
}

static ShObject *deque_repeat(ShObject *self, intptr_t count) {
  ShObject *r = deque_copy(self);
  if (!r) return NULL;
  ShObject *res = deque_inplace_repeat(r, count);
  sh_decref(r);
  return res;
}

/* As CPython compares two deques through their iterators: item by item,
   RuntimeError when either changes between steps. */
static ShObject *deque_richcompare(ShObject *a, ShObject *b, int op) {
  if (!SH_DEQUE_CHECK(a) || !SH_DEQUE_CHECK(b)) return SH_NOTIMPLEMENTED;
  ShDeque *da = DQ(a), *db = DQ(b);
  lock(da);
  intptr_t na = len_of(da);
  uint64_t sa = state_of(da);
  unlock(da);
  lock(db);
  intptr_t nb = len_of(db);
  uint64_t sb = state_of(db);
  unlock(db);
  if ((op == SH_EQ || op == SH_NE) && na != nb) return sh_bool_from(op == SH_NE);
  for (intptr_t i = 0;; i++) {
    ShObject *x, *y;
    if (item_if_unchanged(da, sa, i, &x) < 0) return NULL;
    if (item_if_unchanged(db, sb, i, &y) < 0) {
      sh_xdecref(x);
      return NULL;
    }
    if (!x || !y) {
      sh_xdecref(x);
      sh_xdecref(y);
      break;
    }
    int eq = sh_object_richcompare_bool(x, y, SH_EQ);
    ShObject *res = NULL;
    if (eq == 0)
      res = op == SH_EQ ? SH_FALSE : op == SH_NE ? SH_TRUE : sh_object_richcompare(x, y, op);
    sh_decref(x);
    sh_decref(y);
    if (eq <= 0) return res;
  }
  bool r;
  switch (op) {
  case SH_LT: r = na < nb; break;
  case SH_LE: r = na <= nb; break;
  case SH_EQ: r = na == nb; break;
  case SH_NE: r = na != nb; break;
  case SH_GT: r = na > nb; break;
  default: r = na >= nb; break;
  }
  return sh_bool_from(r);
}

static ShObject *deque_repr(ShObject *self) {
  int rec = sh_repr_enter(self);
  if (rec < 0) return NULL;
  if (rec > 0) return sh_str_from_cstr("[...]");
  intptr_t maxlen;
  ShObject *items = snapshot(DQ(self), true, &maxlen);
  ShObject *lr = items ? sh_object_repr(items) : NULL, *r = NULL;
  sh_xdecref(items);
  if (lr) {
    const char *name = sh_type_name(SH_TYPE(self));
    r = maxlen < 0 ? sh_str_from_format("%s(%U)", name, lr)
                   : sh_str_from_format("%s(%U, maxlen=%zd)", name, lr, (ssize_t)maxlen);
    sh_decref(lr);
  }
  sh_repr_leave(self);
  return r;
}

/* sh_hash_not_implemented names a type by its __name__, CPython's message by
   its full name; __hash__ is still None in the type's dict (module init). */
static sh_hash_t deque_hash(ShObject *self) {
  sh_err_format(&sh_exc_TypeError, "unhashable type: '%s'", SH_TYPE(self)->name);
  return -1;
}

static ShObject *deque_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return new_deque(type, -1);
}

static int deque_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *iterable = NULL, *maxlen_obj = NULL;
  if (nargs > 2) {
    sh_err_format(&sh_exc_TypeError, "deque() takes at most 2 arguments (%zu given)", nargs);
    return -1;
  }
  if (sh_args_parse("deque", args, nargs, kwnames, "|iterable,maxlen", &iterable, &maxlen_obj) < 0)
    return -1;
  intptr_t maxlen = -1;
  if (maxlen_obj && maxlen_obj != SH_NONE) {
    if (!SH_INT_CHECK(maxlen_obj)) {
      sh_err_set_string(&sh_exc_TypeError, "an integer is required");
      return -1;
    }
    maxlen = sh_int_as_ssize(maxlen_obj);
    if (maxlen == -1 && sh_err_occurred()) return -1;
    if (maxlen < 0) {
      sh_err_set_string(&sh_exc_ValueError, "maxlen must be non-negative");
      return -1;
    }
  }
  ShDeque *d = DQ(self);
  clear_items(d, maxlen);
  if (iterable) return extend_impl(d, iterable, false);
  return 0;
}

static void deque_dealloc(ShObject *self) {
  ShDeque *d = DQ(self);
  intptr_t n = len_of(d);
  for (intptr_t i = 0; i < n; i++)
    sh_decref(*at(d, i));
  sh_mem_free(d->ring);
  sh_object_free(self);
}

/* The collector calls this with the world stopped, when every deque's lock
   is free; gc.get_referents calls it while other threads run, and the lock
   keeps the ring from being replaced under it. Visitors run no Python code. */
static int deque_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  ShDeque *d = DQ(self);
  int r = 0;
  lock(d);
  intptr_t n = len_of(d);
  for (intptr_t i = 0; i < n && !r; i++)
    r = visit(*at(d, i), arg);
  unlock(d);
  return r;
}

static int deque_clear_slot(ShObject *self) {
  clear_items(DQ(self), KEEP_MAXLEN);
  return 0;
}

/* ---------------------------------------------------------- iterators */

typedef struct {
  ShObject ob;
  ShObject *deque;
  intptr_t index;   /* of the next item; changed under the deque's lock */
  intptr_t counter; /* items left */
  uint64_t state;   /* the deque's when the iterator was made */
} DequeIter;

#define DI(o) ((DequeIter *)(o))

static ShObject *iter_make(ShType *type, ShObject *deque) {
  DequeIter *it = (DequeIter *)sh_object_alloc(type, 0);
  if (!it) return NULL;
  ShDeque *d = DQ(deque);
  it->deque = sh_newref(deque);
  lock(d);
  it->counter = len_of(d);
  it->index = type == &sh_type_deque_reverse_iterator ? it->counter - 1 : 0;
  it->state = state_of(d);
  unlock(d);
  return SH_OBJ(it);
}

static ShObject *deque_iter(ShObject *self) {
  return iter_make(&sh_type_deque_iterator, self);
}

static ShObject *deque_reversed(ShObject *self) {
  return iter_make(&sh_type_deque_reverse_iterator, self);
}

static ShObject *iter_next(ShObject *self) {
  DequeIter *it = DI(self);
  ShDeque *d = DQ(it->deque);
  ShObject *x = NULL;
  lock(d);
  bool changed = state_of(d) != it->state;
  if (changed) {
    it->counter = 0;
  } else if (it->counter > 0) {
    x = sh_newref(*at(d, it->index));
    it->index += SH_TYPE(self) == &sh_type_deque_reverse_iterator ? -1 : 1;
    it->counter--;
  }
  unlock(d);
  if (changed) sh_err_set_string(&sh_exc_RuntimeError, MUTATED);
  return x;
}

static ShObject *iter_length_hint(ShObject *self) {
  DequeIter *it = DI(self);
  lock(DQ(it->deque));
  intptr_t n = it->counter;
  unlock(DQ(it->deque));
  return sh_int_from_i64(n);
}

/* (type(it), (deque, items already produced)), which the constructor
   below turns back into an iterator at the same place. */
static ShObject *iter_reduce(ShObject *self) {
  DequeIter *it = DI(self);
  lock(DQ(it->deque));
  intptr_t done = len_of(DQ(it->deque)) - it->counter;
  unlock(DQ(it->deque));
  ShObject *n = sh_int_from_i64(done);
  ShObject *args = n ? sh_tuple_pack(2, it->deque, n) : NULL;
  ShObject *r = args ? sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args) : NULL;
  sh_xdecref(n);
  sh_xdecref(args);
  return r;
}

static ShObject *iter_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_args_check_count(type->name, nargs, 1, 2) < 0) return NULL;
  if (!SH_DEQUE_CHECK(args[0]))
    return sh_err_format(&sh_exc_TypeError, "argument 1 must be collections.deque, not %s",
                         SH_TYPE(args[0])->name);
  intptr_t skip = 0;
  if (nargs == 2) {
    skip = sh_number_as_ssize_arg(args[1]);
    if (skip == -1 && sh_err_occurred()) return NULL;
  }
  ShObject *it = iter_make(type, args[0]);
  for (intptr_t i = 0; it && i < skip; i++) {
    ShObject *x = iter_next(it);
    if (!x) {
      if (sh_err_occurred()) SH_CLEAR(it);
      break;
    }
    sh_decref(x);
  }
  return it;
}

static void iter_dealloc(ShObject *self) {
  sh_decref(DI(self)->deque);
  sh_object_free(self);
}

static int iter_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  return visit(DI(self)->deque, arg);
}

static ShMethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, SH_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iter_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

ShType sh_type_deque_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .iter = sh_iter_self,
    .iternext = iter_next,
    .new_ = iter_new,
    .methods = iter_methods,
};

ShType sh_type_deque_reverse_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .iter = sh_iter_self,
    .iternext = iter_next,
    .new_ = iter_new,
    .methods = iter_methods,
};

/* --------------------------------------------------------------- type */

static ShSequenceMethods deque_as_sequence = {
    .length = deque_length,
    .concat = deque_concat,
    .repeat = deque_repeat,
    .item = deque_item,
    .ass_item = deque_ass_item,
    .contains = deque_contains,
    .inplace_concat = deque_inplace_concat,
    .inplace_repeat = deque_inplace_repeat,
};

static ShMethodDef deque_methods[] = {
    {"append", deque_append, SH_METH_O, "Add an element to the right side of the deque."},
    {"appendleft", deque_appendleft, SH_METH_O, "Add an element to the left side of the deque."},
    {"clear", deque_clear, SH_METH_NOARGS, "Remove all elements from the deque."},
    {"__copy__", deque_copy, SH_METH_NOARGS, "Return a shallow copy of a deque."},
    {"copy", deque_copy, SH_METH_NOARGS, "Return a shallow copy of a deque."},
    {"count", deque_count, SH_METH_O, "D.count(value) -- return number of occurrences of value"},
    {"extend", deque_extend, SH_METH_O,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", deque_extendleft, SH_METH_O,
     "Extend the left side of the deque with elements from the iterable"},
    {"index", deque_index, SH_METH_FAST,
     "D.index(value, [start, [stop]]) -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert", deque_insert, SH_METH_FAST, "D.insert(index, object) -- insert object before index"},
    {"pop", deque_pop, SH_METH_NOARGS, "Remove and return the rightmost element."},
    {"popleft", deque_popleft, SH_METH_NOARGS, "Remove and return the leftmost element."},
    {"__reduce__", deque_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {"remove", deque_remove, SH_METH_O, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", deque_reversed, SH_METH_NOARGS,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", deque_reverse, SH_METH_NOARGS, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", deque_rotate, SH_METH_FAST,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", deque_sizeof, SH_METH_NOARGS, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", deque_class_getitem, SH_METH_O | SH_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}};

static ShGetSetDef deque_getset[] = {{"maxlen", deque_get_maxlen, deque_set_maxlen,
                                      "maximum size of a deque or None if unbounded", NULL},
                                     {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_deque = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "collections.deque",
    .basicsize = sizeof(ShDeque),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for "
           "data accesses near its endpoints.",
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .hash = deque_hash,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .new_ = deque_new,
    .init = deque_init,
    .as_sequence = &deque_as_sequence,
    .methods = deque_methods,
    .getset = deque_getset,
    .weaklistoffset = offsetof(ShDeque, weakrefs),
};

/* ------------------------------------------------------------- module */

ShObject *sh_module_init__collections(void) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&sh_type_deque) < 0 || sh_type_ready(&sh_type_deque_iterator) < 0 ||
        sh_type_ready(&sh_type_deque_reverse_iterator) < 0 ||
        sh_dict_set_item(sh_type_deque.dict, SH_ID(__hash__), SH_NONE) < 0)
      return NULL;
    sh_type_modified(&sh_type_deque);
    atomic_store(&ready, true);
  }
  ShObject *m = sh_module_new("_collections");
  if (!m || sh_module_add_object(m, "deque", sh_newref(SH_OBJ(&sh_type_deque))) < 0 ||
      sh_module_add_object(m, "_deque_iterator", sh_newref(SH_OBJ(&sh_type_deque_iterator))) < 0 ||
      sh_module_add_object(m, "_deque_reverse_iterator",
                           sh_newref(SH_OBJ(&sh_type_deque_reverse_iterator))) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
