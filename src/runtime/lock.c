/* Slow path of the one-byte object mutex: spin briefly, then yield.
   A parking lot replaces the yield loop when threads arrive (issue 3). */
#include <sched.h>

#include "lock.h"

void sh_mutex_lock_slow(_Atomic uint8_t *m) {
  for (int spins = 0;; spins++) {
    uint8_t expected = 0;
    if (atomic_load_explicit(m, memory_order_relaxed) == 0 &&
        atomic_compare_exchange_weak_explicit(m, &expected, 1, memory_order_acquire,
                                              memory_order_relaxed))
      return;
    if (spins > 64) sched_yield();
  }
}

void sh_mutex_unlock_slow(_Atomic uint8_t *m) {
  atomic_store_explicit(m, 0, memory_order_release);
}
