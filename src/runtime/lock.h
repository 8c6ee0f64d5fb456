/* The one-byte per-object mutex of mutable containers (DESIGN.md 5).
   Never run Python code or reach a safe point while holding one. */
#ifndef SHOAL_LOCK_H
#define SHOAL_LOCK_H

#include "object.h"
#include "thread.h"

/* The mutex byte: LOCKED while held; HAS_PARKED while threads may be parked
   on it in the parking lot (runtime/parking_lot.h), which sends an unlock
   to the slow path that wakes one. */
#define SH_MUTEX_LOCKED 1
#define SH_MUTEX_HAS_PARKED 2

void sh_mutex_lock_slow(_Atomic uint8_t *m);
void sh_mutex_unlock_slow(_Atomic uint8_t *m);

static inline void sh_mutex_lock(_Atomic uint8_t *m) {
  uint8_t expected = 0;
  if (!atomic_compare_exchange_weak_explicit(m, &expected, 1, memory_order_acquire,
                                             memory_order_relaxed))
    sh_mutex_lock_slow(m);
}
static inline void sh_mutex_unlock(_Atomic uint8_t *m) {
  uint8_t expected = 1;
  if (!atomic_compare_exchange_strong_explicit(m, &expected, 0, memory_order_release,
                                               memory_order_relaxed))
    sh_mutex_unlock_slow(m);
}
/* Takes the mutex only if it is free at once. */
static inline bool sh_mutex_trylock(_Atomic uint8_t *m) {
  uint8_t expected = 0;
  return atomic_compare_exchange_strong_explicit(m, &expected, SH_MUTEX_LOCKED,
                                                 memory_order_acquire, memory_order_relaxed);
}
/* While only one thread has ever run (sh_multithreaded false) the object
   mutex is not taken: no other thread can touch the object, and a second
   one can only be started by Python code, which never runs under the
   mutex. The unlock then finds the byte clear and does nothing. */
static inline void sh_object_lock(ShObject *o) {
  if (!sh_multithreaded()) return;
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) != sh_thread_id())
    SH_SHARE_STAT(o, SH_SHARE_LOCK);
  sh_mutex_lock(&o->mutex);
}
static inline void sh_object_unlock(ShObject *o) {
  if (atomic_load_explicit(&o->mutex, memory_order_relaxed) != 0) sh_mutex_unlock(&o->mutex);
}

#endif
