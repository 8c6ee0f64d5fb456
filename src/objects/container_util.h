/* Private helpers shared by the container files (tuple, list, dict, set,
   range, slice, iterobject); not part of the public object API. */
#ifndef SHOAL_CONTAINER_UTIL_H
#define SHOAL_CONTAINER_UTIL_H

#include "../shoal.h"
#include "../runtime/qsbr.h"

/* True when o has __index__ (usable as a sequence index). */
static inline bool sh_is_index(ShObject *o) {
  return SH_INT_CHECK(o) || (SH_TYPE(o)->as_number && SH_TYPE(o)->as_number->index);
}

/* tuple.c */
extern ShType sh_type_tuple_iterator;
sh_hash_t sh_tuple_hash_items(ShObject *const *items, intptr_t n);
/* Lexicographic rich comparison of two item arrays (tuple, list). */
ShObject *sh_seq_richcompare(ShObject *const *a, intptr_t na, ShObject *const *b, intptr_t nb,
                             int op);
ShObject *sh_tuple_from_iterable(ShObject *iterable);
ShObject *sh_iter_self(ShObject *o); /* the iter slot of iterators */

/* tuple_alias.c: list[int] and friends (a minimal types.GenericAlias). */
extern ShType sh_type_generic_alias;
ShObject *sh_generic_alias_new(ShObject *origin, ShObject *args);

/* slice.c: an index argument clamped to intptr_t (None: untouched, returns
   0), as the start/stop arguments of index() methods. -1 on error. */
int sh_slice_index_clamped(ShObject *o, intptr_t *out);
/* The same without None ("slice indices must be integers or have an
   __index__ method"): list.index and tuple.index start/stop. */
int sh_slice_index_not_none(ShObject *o, intptr_t *out);
/* Adjusts negative start/stop against length n, as list.index does. */
static inline void sh_clamp_range(intptr_t n, intptr_t *start, intptr_t *stop) {
  if (*start < 0) {
    *start += n;
    if (*start < 0) *start = 0;
  }
  if (*stop < 0) {
    *stop += n;
    if (*stop < 0) *stop = 0;
  }
}

/* loan.c: uncounted reads from shared containers (DESIGN 5a). Once several
   threads run, the eval loop reads items of exact lists and dicts as loans
   (uncounted references kept in a register until the thread's next
   quiescent point) when the item or the container belongs to another
   thread, so that threads reading shared data never write its counts. The
   container is marked LOANED first; from then on it drops its references
   to items only after a grace period. */
void sh_container_mark_loaned(ShObject *c);
static inline bool sh_container_is_loaned(ShObject *c) {
  return (atomic_load_explicit(&c->gc_bits, memory_order_acquire) & SH_GC_LOANED) != 0;
}
/* Sets free a replaced table at once when they look unshared (this
   thread's, never counted by another: sh_qsbr_retire_for), which an
   uncounted holder would defeat: they are never loaned out themselves.
   v is not counted yet and may be freed meanwhile (its container not yet
   LOANED drops it at once): its type is loaded once, and a cleared one
   (sh_block_mark_freed) answers false, so the caller's try-incref and
   re-check of the slot decide. Reading it twice crashed on NULL. */
static inline bool sh_loanable(ShObject *v) {
  ShType *t = __atomic_load_n(&v->type, __ATOMIC_RELAXED);
  if (!t || t == &sh_type_set || t == &sh_type_frozenset) return false;
  return !(t->flags & SH_TPFLAGS_HEAPTYPE) ||
         !(sh_type_is_subtype(t, &sh_type_set) || sh_type_is_subtype(t, &sh_type_frozenset));
}
/* Whether a lock-free lookup may compare the str k, a key it loaded from
   an entry without counting it, in place (no try-incref). Only when
   nobody can free k meanwhile: k is immortal, or this thread's (only its
   owner frees an owned object, through its own decref or merge queue,
   neither of which runs during the comparison). Another thread's key may
   be removed and freed right then: its type cleared, its first payload
   words overwritten by a free-list or QSBR chain link, its block reused;
   comparing it crashed (SH_STR_DATA reloads the type). An immortal k may
   be a block freed and reused as one since the load: the caller checks
   that the entry still holds k. */
static inline bool sh_str_key_in_place(ShObject *k) {
  if (sh_multithreaded() && atomic_load_explicit(&k->tid, memory_order_relaxed) != sh_thread_id() &&
      !sh_is_immortal(k))
    return false;
  return __atomic_load_n(&k->type, __ATOMIC_RELAXED) == &sh_type_str;
}
/* How a lock-free reader of container c takes the item v it loaded. */
enum { SH_TAKE_COUNT, SH_TAKE_LOAN, SH_TAKE_MARK /* mark c LOANED, then read again */ };
static inline int sh_take_how(ShObject *c, ShObject *v, bool loans) {
  if (!loans || !sh_loanable(v) || sh_is_immortal(v)) return SH_TAKE_COUNT;
  uintptr_t me = sh_thread_id();
  /* this thread's own item in its own container: a local count is cheap */
  if (atomic_load_explicit(&v->tid, memory_order_relaxed) == me &&
      atomic_load_explicit(&c->tid, memory_order_relaxed) == me)
    return SH_TAKE_COUNT;
  if (sh_container_is_loaned(c)) return SH_TAKE_LOAN;
  /* The only thread running (the others blocked or finished), in its own
     container: marking it would send this thread's own drops through
     grace periods; a count contends with nobody. Another thread's
     container is marked all the same: counting its items would cost two
     atomic writes per read (a worker reading data the main thread made
     while main waits in join). */
  if (atomic_load_explicit(&c->tid, memory_order_relaxed) == me &&
      atomic_load_explicit(&sh_threads_running, memory_order_relaxed) <= 1)
    return SH_TAKE_COUNT;
  return SH_TAKE_MARK;
}
/* The first half of a lock-free read of item v of container c: counts v
   (try-incref) or settles on a loan, as sh_take_how says. Returns how, or
   -1 when the read must start over (c was just marked, or v is visibly
   dead). The caller then re-checks that the slot still holds v, and on
   failure calls sh_take_undo. */
static inline int sh_take_begin(ShObject *c, ShObject *v, bool loans) {
  int how = sh_take_how(c, v, loans);
  if (how == SH_TAKE_MARK) {
    sh_container_mark_loaned(c);
    return -1;
  }
  /* an immortal needs no count (nor an undo); the re-check still runs: v
     may be a block freed and reused since the load */
  if (how == SH_TAKE_COUNT && !sh_is_immortal(v) && !sh_try_incref(v)) return -1;
  return how;
}
/* An exhausted iterator lets go of its iterable at once, as CPython does,
   only while one thread has ever run. Otherwise another thread may be
   inside next() of the same iterator with the pointer it loaded, so the
   reference stays until the iterator dies (as in free-threaded CPython);
   the iterator marks its end another way (an index of -1). */
static inline void sh_iter_let_go(ShObject **slot) {
  if (sh_multithreaded()) return;
  ShObject *old = *slot;
  *slot = NULL;
  sh_xdecref(old);
}

static inline void sh_take_undo(ShObject *v, int how) {
  if (how == SH_TAKE_COUNT) sh_refcount_undo_try(v);
}

/* Item v of exact tuple t for the eval loop: a loan when sh_take_how
   allows (*loaned), else a new reference. A tuple never drops an item
   before it dies, and a LOANED tuple dies after a grace period, so marking
   it is enough; there is no writer to order against. */
static inline ShObject *sh_tuple_item_take(ShObject *t, ShObject *v, bool *loaned) {
  int how = sh_take_how(t, v, true);
  if (how == SH_TAKE_MARK) {
    sh_container_mark_loaned(t);
    how = SH_TAKE_LOAN;
  }
  *loaned = how == SH_TAKE_LOAN;
  if (!*loaned) sh_incref(v);
  return v;
}

/* The container lets go of its reference to item (removed, replaced). */
static inline void sh_container_drop(ShObject *c, ShObject *item) {
  if (!item) return;
  if (sh_container_is_loaned(c))
    sh_qsbr_decref_later(item);
  else
    sh_decref(item);
}
/* The container's reference to item passes to the caller (pop): returns a
   reference the caller owns, the container's own dropped as above. */
static inline ShObject *sh_container_hand_out(ShObject *c, ShObject *item) {
  if (sh_container_is_loaned(c)) {
    sh_incref(item);
    sh_qsbr_decref_later(item);
  }
  return item;
}
/* At the start of a loaned container's dealloc: brings it back with one
   reference that is dropped after a grace period, when the dealloc runs
   again (returns true: stop now). */
bool sh_container_defer_dealloc(ShObject *c);

/* list.c / list_sort.c */
extern ShType sh_type_list_iterator, sh_type_list_reverseiterator;
/* Stable sort of n keys (values moved alongside when non-NULL); -1 on error,
   with the arrays still holding a permutation of their items. */
int sh_sort_keys_values(ShObject **keys, ShObject **values, intptr_t n);

/* dict.c / dict_views.c */
extern ShType sh_type_dict_keyiterator, sh_type_dict_valueiterator, sh_type_dict_itemiterator,
    sh_type_dict_reversekeyiterator, sh_type_dict_reversevalueiterator,
    sh_type_dict_reverseitemiterator;
/* kind: 0 keys, 1 values, 2 items */
ShObject *sh_dict_iter_new(ShObject *d, int kind, bool reversed);
ShObject *sh_dict_view_new(ShObject *d, ShType *type);
/* Like sh_dict_next but with new references and safe against concurrent
   mutation (takes the lock for each step). Returns 1, 0 at the end. */
int sh_dict_next_ref(ShObject *d, intptr_t *pos, ShObject **key, ShObject **value, sh_hash_t *hash);
int sh_dict_contains_hashed(ShObject *d, ShObject *key, sh_hash_t hash);
int sh_dict_set_item_hashed(ShObject *d, ShObject *key, sh_hash_t hash, ShObject *value);
int sh_dict_init_types(void);

/* set.c */
extern ShType sh_type_set_iterator;
int sh_set_add_hashed(ShObject *set, ShObject *key, sh_hash_t hash);
int sh_set_contains_hashed(ShObject *set, ShObject *key, sh_hash_t hash);
/* In-place forms used by dict views: 0 or -1. */
int sh_set_difference_update1(ShObject *set, ShObject *other);
int sh_set_symmetric_difference_update1(ShObject *set, ShObject *other);
ShObject *sh_set_intersection1(ShObject *set, ShObject *other);
/* 1 when every item of iterable `a` is in container `b` (uses `in`). */
int sh_all_contained_in(ShObject *a, ShObject *b);

/* range.c / iterobject.c */
extern ShType sh_type_range_iterator, sh_type_longrange_iterator;
int sh_init_iterobjects(void);

#endif
