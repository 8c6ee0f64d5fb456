/* The slow paths of biased reference counting: merging the owner's count
   into the shared one, and decrefs by threads that do not own the object. */
#include <pthread.h>
#include <stdlib.h>

#include "object.h"
#include "thread.h"
#include "lock.h"
#include "../modules/weakref.h"

_Thread_local char sh_thread_marker;

/* Weak references die first; instances of classes clear theirs after
   __del__, in sh_subtype_dealloc. */
void sh_object_dealloc(ShObject *o) {
  if ((atomic_load_explicit(&o->gc_bits, memory_order_relaxed) & SH_GC_WEAKREFS) &&
      !(o->type->flags & SH_TPFLAGS_HEAPTYPE))
    sh_weakref_clear_dying(o);
  o->type->dealloc(o);
}

/* Deferred objects, until the collector takes their extra reference back,
   are counted by other threads in tables of their own
   (refcount_deferred.c): nothing but the collector frees them, and it adds
   the tables up first. */
static inline bool counted_per_thread(ShObject *o) {
  return sh_is_deferred(o) &&
         !(atomic_load_explicit(&o->ref_shared, memory_order_relaxed) & SH_SHARED_DEFERRED_DROPPED);
}

/* The owner's last local reference went away: give up ownership and fold
   the count into ref_shared. Frees the object if nobody else holds it. An
   object already queued for merging is freed by the queue's owner instead,
   since the queue still points at it. */
void sh_refcount_merge_zero(ShObject *o) {
  intptr_t old = atomic_load_explicit(&o->ref_shared, memory_order_acquire);
  /* No other thread counted a reference or published it: the total is 0,
     nobody holds a reference to incref from, and a racing try-incref
     refuses a word of 0, so no merge is needed. */
  /* A deferred object's word can read 0 with references alive: the
     collector's drain adds decrements of references this owner counted
     locally, and other threads' tables may hold counts since. Only the
     collector frees it (frames borrow it uncounted). */
  if (old == 0 && !counted_per_thread(o)) {
    sh_object_dealloc(o);
    return;
  }
  intptr_t new_;
  do {
    new_ = old | SH_SHARED_MERGED;
  } while (!atomic_compare_exchange_weak_explicit(&o->ref_shared, &old, new_, memory_order_acq_rel,
                                                  memory_order_relaxed));
  atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
  /* a deferred object's word lacks what other threads' tables hold, so it
     may read 0 while they hold references: the collector decides */
  if ((new_ >> SH_SHARED_SHIFT) == 0 && !(new_ & SH_SHARED_QUEUED) && !counted_per_thread(o))
    sh_object_dealloc(o);
}

/* Gives up ownership: folds the owner's local count into ref_shared and
   clears the owner. A QUEUED bit stays: the queue still points at the
   object, and whoever takes it off the queue frees it if it is dead. Only
   the owner (or a thread releasing all it owns) may. Returns the new
   shared word. */
static intptr_t fold_local(ShObject *o) {
  uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
  intptr_t old = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
  intptr_t new_;
  do {
    new_ = (old + ((intptr_t)local << SH_SHARED_SHIFT)) | SH_SHARED_MERGED;
  } while (!atomic_compare_exchange_weak_explicit(&o->ref_shared, &old, new_, memory_order_acq_rel,
                                                  memory_order_relaxed));
  atomic_store_explicit(&o->ref_local, 0, memory_order_relaxed);
  atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
  return new_;
}

void sh_refcount_give_up_ownership(ShObject *o) {
  intptr_t now = fold_local(o);
  if ((now >> SH_SHARED_SHIFT) == 0 && !(now & SH_SHARED_QUEUED) && !counted_per_thread(o))
    sh_object_dealloc(o);
}

/* Takes one object off a merge queue: merge it if still owned, then drop
   the QUEUED mark, freeing it when nobody holds it. */
static void unqueue(ShObject *o) {
  if (!(atomic_load_explicit(&o->ref_shared, memory_order_acquire) & SH_SHARED_MERGED))
    fold_local(o);
  intptr_t old =
      atomic_fetch_and_explicit(&o->ref_shared, ~(intptr_t)SH_SHARED_QUEUED, memory_order_acq_rel);
  if ((old >> SH_SHARED_SHIFT) == 0 && !counted_per_thread(o)) sh_object_dealloc(o);
}

static int push_to_queue(ShThreadState *ts, void *arg) {
  sh_mutex_lock(&ts->merge_lock);
  if (ts->merge_len == ts->merge_cap) {
    intptr_t cap = ts->merge_cap ? ts->merge_cap * 2 : 64;
    ShObject **q = realloc(ts->merge_queue, (size_t)cap * sizeof *q);
    if (!q) abort(); /* losing a merge would leak or double free */
    ts->merge_queue = q;
    ts->merge_cap = cap;
  }
  ts->merge_queue[ts->merge_len++] = arg;
  atomic_store_explicit(&ts->merge_pending, 1, memory_order_release);
  sh_thread_request_breaker(ts);
  sh_mutex_unlock(&ts->merge_lock);
  return 0;
}

static void queue_for_owner(ShObject *o) {
  uintptr_t owner = atomic_load_explicit(&o->tid, memory_order_relaxed);
  if (sh_thread_state_with(owner, push_to_queue, o) == 0) return;
  /* The owner is gone and left the object owned: nobody else can race. */
  unqueue(o);
}

void sh_refcount_merge_queued(ShThreadState *ts) {
  if (!atomic_load_explicit(&ts->merge_pending, memory_order_acquire)) return;
  sh_mutex_lock(&ts->merge_lock);
  ShObject **q = ts->merge_queue;
  intptr_t n = ts->merge_len;
  ts->merge_queue = NULL;
  ts->merge_len = ts->merge_cap = 0;
  atomic_store_explicit(&ts->merge_pending, 0, memory_order_relaxed);
  sh_mutex_unlock(&ts->merge_lock);
  for (intptr_t i = 0; i < n; i++)
    unqueue(q[i]);
  free(q);
}

void sh_refcount_incref_shared(ShObject *o) {
  if (counted_per_thread(o) && sh_deferred_count_add(o, 1)) return;
  SH_SHARE_STAT(o, SH_SHARE_INCREF);
  atomic_fetch_add_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_relaxed);
}

void sh_refcount_decref_shared(ShObject *o) {
  if (counted_per_thread(o) && sh_deferred_count_add(o, -1)) return;
  SH_SHARE_STAT(o, SH_SHARE_DECREF);
  intptr_t old = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
  intptr_t new_;
  bool queue;
  do {
    queue = false;
    new_ = old - (1 << SH_SHARED_SHIFT);
    if (new_ < 0 && !(old & (SH_SHARED_MERGED | SH_SHARED_QUEUED))) {
      new_ |= SH_SHARED_QUEUED;
      queue = true;
    }
  } while (!atomic_compare_exchange_weak_explicit(&o->ref_shared, &old, new_, memory_order_acq_rel,
                                                  memory_order_relaxed));
  /* A queued object is freed by whoever takes it off the queue, which
     still points at it. */
  if (queue)
    queue_for_owner(o);
  else if ((new_ & SH_SHARED_MERGED) && !(new_ & SH_SHARED_QUEUED) &&
           (new_ >> SH_SHARED_SHIFT) == 0)
    sh_object_dealloc(o);
}

bool sh_try_incref(ShObject *o) {
  uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
  if (local == SH_REF_IMMORTAL) return true;
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) == sh_thread_id()) {
    if (local == 0) return false;
    atomic_store_explicit(&o->ref_local, local + 1, memory_order_relaxed);
    return true;
  }
  if (counted_per_thread(o) && sh_deferred_count_add(o, 1)) return true;
  SH_SHARE_STAT(o, SH_SHARE_TRY_INCREF);
  intptr_t old = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
  do {
    /* 0: unpublished, maybe freed by its owner right now (merge_zero) */
    if (old == 0 || ((old & SH_SHARED_MERGED) && (old >> SH_SHARED_SHIFT) <= 0)) return false;
  } while (!atomic_compare_exchange_weak_explicit(&o->ref_shared, &old,
                                                  old + (1 << SH_SHARED_SHIFT),
                                                  memory_order_acq_rel, memory_order_relaxed));
  return true;
}

void sh_refcount_publish(ShObject *o) {
  /* the flag stays until o dies, so this atomic write happens once */
  if (!(atomic_load_explicit(&o->ref_shared, memory_order_relaxed) & SH_SHARED_PUBLISHED) &&
      !sh_is_immortal(o))
    atomic_fetch_or_explicit(&o->ref_shared, SH_SHARED_PUBLISHED, memory_order_relaxed);
}

void sh_refcount_undo_try(ShObject *o) {
  uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
  if (local == SH_REF_IMMORTAL) return;
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) == sh_thread_id() && local > 0)
    atomic_store_explicit(&o->ref_local, local - 1, memory_order_relaxed);
  else if (!counted_per_thread(o) || !sh_deferred_count_add(o, -1))
    atomic_fetch_sub_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_acq_rel);
}

void sh_set_deferred(ShObject *o) {
  if (sh_is_immortal(o) || sh_is_deferred(o)) return;
  /* the extra reference first, then the mark (exactly once per object) */
  atomic_fetch_add_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_relaxed);
  uint8_t old = atomic_fetch_or_explicit(&o->gc_bits, SH_GC_DEFERRED, memory_order_acq_rel);
  if (old & SH_GC_DEFERRED)
    atomic_fetch_sub_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_relaxed);
}

intptr_t sh_refcount_total(ShObject *o) {
  uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
  if (local == SH_REF_IMMORTAL) return (intptr_t)1 << 32;
  return (intptr_t)local +
         (atomic_load_explicit(&o->ref_shared, memory_order_relaxed) >> SH_SHARED_SHIFT);
}

void sh_set_immortal(ShObject *o) {
  atomic_store_explicit(&o->ref_local, SH_REF_IMMORTAL, memory_order_relaxed);
  atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
}

/* A dealloc'd object is merged (tid 0), so both steps go through the
   shared count; the decrement must not re-enter dealloc. */
void sh_refcount_resurrect(ShObject *o) {
  atomic_fetch_add_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_relaxed);
}

bool sh_refcount_resurrect_end(ShObject *o) {
  intptr_t old =
      atomic_fetch_sub_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_acq_rel);
  return ((old - (1 << SH_SHARED_SHIFT)) >> SH_SHARED_SHIFT) == 0;
}
