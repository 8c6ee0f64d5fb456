/* The slow paths of biased reference counting: merging the owner's count
   into the shared one, and decrefs by threads that do not own the object. */
#include <pthread.h>

#include "object.h"
#include "thread.h"

_Thread_local char sh_thread_marker;

void sh_object_dealloc(ShObject *o) { o->type->dealloc(o); }

/* The owner's last local reference went away: give up ownership and fold
   the count into ref_shared. Frees the object if nobody else holds it. An
   object already queued for merging is freed by the queue's owner instead,
   since the queue still points at it. */
void sh_refcount_merge_zero(ShObject *o) {
  intptr_t old = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
  intptr_t new_;
  do {
    new_ = old | SH_SHARED_MERGED;
  } while (!atomic_compare_exchange_weak_explicit(&o->ref_shared, &old, new_,
                                                  memory_order_acq_rel, memory_order_relaxed));
  atomic_store_explicit(&o->tid, 0, memory_order_relaxed);
  if ((new_ >> SH_SHARED_SHIFT) == 0 && !(new_ & SH_SHARED_QUEUED)) sh_object_dealloc(o);
}

/* Objects whose shared count went negative while their owner still held
   local references; the owner merges them at its next safe point. */
typedef struct MergeQueue {
  ShObject **items;
  intptr_t len, cap;
} MergeQueue;

static pthread_mutex_t merge_lock = PTHREAD_MUTEX_INITIALIZER;

static void queue_for_owner(ShObject *o) {
  /* Until threads exist (issue 3) every owned object belongs to the main
     thread, which is the only caller; merging at once is then exact. */
  pthread_mutex_lock(&merge_lock);
  intptr_t old = atomic_load_explicit(&o->ref_shared, memory_order_relaxed);
  intptr_t merged;
  do {
    merged = (old | SH_SHARED_MERGED) & ~(intptr_t)SH_SHARED_QUEUED;
  } while (!atomic_compare_exchange_weak_explicit(&o->ref_shared, &old, merged,
                                                  memory_order_acq_rel, memory_order_relaxed));
  pthread_mutex_unlock(&merge_lock);
}

void sh_refcount_decref_shared(ShObject *o) {
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
  } while (!atomic_compare_exchange_weak_explicit(&o->ref_shared, &old, new_,
                                                  memory_order_acq_rel, memory_order_relaxed));
  if (queue)
    queue_for_owner(o);
  else if ((new_ & SH_SHARED_MERGED) && (new_ >> SH_SHARED_SHIFT) == 0)
    sh_object_dealloc(o);
}

intptr_t sh_refcount_total(ShObject *o) {
  uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
  if (local == SH_REF_IMMORTAL) return (intptr_t)1 << 32;
  return (intptr_t)local + (atomic_load_explicit(&o->ref_shared, memory_order_relaxed) >>
                            SH_SHARED_SHIFT);
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
  intptr_t old = atomic_fetch_sub_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT,
                                           memory_order_acq_rel);
  return ((old - (1 << SH_SHARED_SHIFT)) >> SH_SHARED_SHIFT) == 0;
}
