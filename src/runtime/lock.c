/* Slow paths of the one-byte object mutex: retry briefly, then park on the
   mutex's address in the parking lot until an unlock wakes us. */
#include <sched.h>

#include "lock.h"
#include "parking_lot.h"

/* Why a parked waiter cannot deadlock with stop-the-world (thread.c):
   a thread parked here stays ATTACHED, so sh_stop_the_world waits for it.
   It waits only for the holder's unlock, and a holder never blocks, never
   runs Python code and never reaches a safe point (eval breaker,
   sh_thread_attach, sh_thread_suspend_if_requested, sh_stop_the_world)
   while it holds a mutex, so it cannot itself be waiting for that stop:
   it unlocks after a bounded amount of work, the waiter takes the lock,
   finishes its own short critical section and reaches its next safe
   point, where it suspends. The same argument covers the optional GIL: a
   holder keeps the GIL until its next safe point, so with the GIL on the
   mutex is never contended between Python threads. A requester that has
   stopped the world finds every mutex free, since no suspended or
   detached thread holds one. */

/* Tries before parking, each after a sched_yield: a holder keeps the lock
   for tens of nanoseconds, a park and wake costs microseconds. Yielding
   rather than spinning on a pause instruction matters under contention:
   it lets a preempted holder run when threads outnumber cores, and while
   the waiter is in the kernel the holder keeps the lock's cache line and
   takes the lock again several times in a row. With pause-spinning every
   acquisition moved the line between cores and 2 to 8 threads appending
   to one list ran up to twice as slow (docs/threads.md). */
#define SPIN_LIMIT 40

/* Park tokens from the unlocker. */
enum { TOKEN_RETRY = 0, TOKEN_HANDOFF = 1 };

/* Under the bucket lock: park only while the byte still says held with
   parked waiters, so the unlock that clears it must find us queued. */
static bool still_held_with_parked(const void *addr, void *arg) {
  (void)arg;
  return atomic_load_explicit((_Atomic uint8_t *)addr, memory_order_relaxed) ==
         (SH_MUTEX_LOCKED | SH_MUTEX_HAS_PARKED);
}

void sh_mutex_lock_slow(_Atomic uint8_t *m) {
  int spins = 0;
  int64_t waiting_since = 0; /* kept across parks, for fairness */
  uint8_t v = atomic_load_explicit(m, memory_order_relaxed);
  for (;;) {
    if (!(v & SH_MUTEX_LOCKED)) {
      /* Barging: take it even when others are parked (HAS_PARKED stays, so
         our unlock wakes one of them). */
      if (atomic_compare_exchange_weak_explicit(m, &v, v | SH_MUTEX_LOCKED, memory_order_acquire,
                                                memory_order_relaxed))
        return;
      continue;
    }
    /* Once others are parked, queue behind them instead of spinning: the
       unlock will wake one, and more spinners only add contention. */
    if (spins < SPIN_LIMIT && !(v & SH_MUTEX_HAS_PARKED)) {
      spins++;
      sched_yield();
      v = atomic_load_explicit(m, memory_order_relaxed);
      continue;
    }
    if (!(v & SH_MUTEX_HAS_PARKED) &&
        !atomic_compare_exchange_weak_explicit(m, &v, v | SH_MUTEX_HAS_PARKED, memory_order_relaxed,
                                               memory_order_relaxed))
      continue;
    if (!waiting_since) waiting_since = sh_parking_lot_now_ns();
    /* Returns at once (INVALID) if the byte changed since we looked. */
    if (sh_parking_lot_park(m, still_held_with_parked, NULL, -1, waiting_since) == TOKEN_HANDOFF) {
      /* The unlocker left LOCKED set for us; its release store of our
         wake word, which park read with acquire, orders its critical
         section before ours. */
      return;
    }
    v = atomic_load_explicit(m, memory_order_relaxed);
  }
}

/* Runs under the bucket lock, with nobody able to park on or be woken from
   this mutex meanwhile, so HAS_PARKED can be cleared exactly when the queue
   has emptied. The byte is LOCKED|HAS_PARKED here: we hold it, the fast
   unlock failed, and only this callback clears HAS_PARKED. */
static int unlock_in_lot(const void *addr, const ShUnparkResult *r, void *arg) {
  (void)arg;
  _Atomic uint8_t *m = (_Atomic uint8_t *)addr;
  uint8_t parked = r->more_waiters ? SH_MUTEX_HAS_PARKED : 0;
  if (r->unparked && r->be_fair) {
    /* The woken thread has waited over a millisecond while others barged
       in: hand the lock over instead of letting it race again. */
    atomic_store_explicit(m, SH_MUTEX_LOCKED | parked, memory_order_relaxed);
    return TOKEN_HANDOFF;
  }
  atomic_store_explicit(m, parked, memory_order_release);
  return TOKEN_RETRY;
}

void sh_mutex_unlock_slow(_Atomic uint8_t *m) {
  sh_parking_lot_unpark_one((const void *)m, unlock_in_lot, NULL);
}
