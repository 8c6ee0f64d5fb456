/* The parking lot: threads that must wait for something at an address
   sleep on a queue keyed by that address until another thread unparks them. */
#ifndef SHOAL_PARKING_LOT_H
#define SHOAL_PARKING_LOT_H

#include <stdbool.h>
#include <stdint.h>

/* Inside a spin loop: tells the CPU so (saves power, frees the sibling
   hyper-thread, avoids a memory-order flush when the loop ends). */
static inline void sh_cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield" ::: "memory");
#endif
}

/* What sh_parking_lot_park returns when it did not sleep until unparked;
   an unparked thread gets the (non-negative) token its unparker chose. */
enum { SH_PARK_INVALID = -1, SH_PARK_TIMEOUT = -2 };

/* Fairness is owed to a waiter that has waited longer than this, and is
   granted at most once per this interval per queue (see ShUnparkResult). */
#define SH_PARKING_FAIR_NS 1000000

typedef struct {
  bool unparked;     /* a waiter was taken off the queue */
  bool more_waiters; /* others still wait on the same address */
  /* The one unparked has waited longer than SH_PARKING_FAIR_NS, and no
     unpark from this queue was fair for as long: the unparker should hand
     over what the waiter waits for rather than let it race again. Rationed
     because a hand-over leaves the resource idle until the woken thread
     runs; under heavy contention most waiters are old. */
  bool be_fair;
} ShUnparkResult;

/* CLOCK_MONOTONIC in nanoseconds, the clock of waiting_since_ns below. */
int64_t sh_parking_lot_now_ns(void);

/* Parks the calling thread on `addr`. Under the queue's lock, `validate`
   (may be NULL) decides whether to wait at all: when it returns false,
   returns SH_PARK_INVALID at once. Otherwise sleeps until an unpark on
   `addr` picks this thread (returns the unparker's token, >= 0) or
   `timeout_ns` (< 0: no limit) passes (SH_PARK_TIMEOUT). `waiting_since_ns`
   is when the caller began waiting (0: now): a caller that parks again
   after losing a race keeps its age for be_fair. Allocates nothing.
   It does not detach the thread state: callers wait only for holders that
   never block or reach a safe point. */
int sh_parking_lot_park(const void *addr, bool (*validate)(const void *addr, void *arg), void *arg,
                        int64_t timeout_ns, int64_t waiting_since_ns);

/* Wakes the longest-waiting thread parked on `addr`, if any. `callback`
   (may be NULL) runs under the queue's lock before the wake, so no thread
   can park on or be unparked from `addr` meanwhile; its return value (>= 0)
   is the token the woken thread's park returns. Returns whether a thread
   was woken. */
bool sh_parking_lot_unpark_one(const void *addr,
                               int (*callback)(const void *addr, const ShUnparkResult *r,
                                               void *arg),
                               void *arg);

/* Wakes every thread parked on `addr` (their park returns `token`); returns
   how many. */
int sh_parking_lot_unpark_all(const void *addr, int token);

#endif
