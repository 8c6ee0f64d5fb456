/* The parking lot: a fixed hash table of buckets, each a small futex lock
   and a FIFO of waiters whose records live on the waiting threads' stacks. */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "parking_lot.h"

/* A waiter, on its own thread's stack for as long as it is parked. `next`,
   `addr` and `since_ns` are read and written only under its bucket's lock;
   `token` is written by the unparker before it sets `woken` (release) and
   read by the waiter after it sees `woken` (acquire). */
typedef struct Waiter {
  struct Waiter *next;
  const void *addr;
  int64_t since_ns; /* when it began waiting (CLOCK_MONOTONIC) */
  int token;
  _Atomic uint32_t woken; /* the futex word the waiter sleeps on */
} Waiter;

/* Few threads are ever parked at once; more buckets only make collisions
   (two addresses sharing a queue, never wrong, only slower) rarer. */
#define BUCKET_BITS 8
#define BUCKET_COUNT (1u << BUCKET_BITS)

typedef struct {
  /* 0 free, 1 held, 2 held and someone may sleep on it */
  _Alignas(64) _Atomic uint32_t lock;
  Waiter *head, *tail;
  int64_t fair_after_ns; /* no fair unpark before this time */
} Bucket;

static Bucket buckets[BUCKET_COUNT];

/* A forked child has one thread: records queued by the parent's other
   threads point into stacks nobody runs on, and a bucket lock one of them
   held would never be released. Start the child with an empty lot. */
static void empty_in_child(void) {
  for (unsigned i = 0; i < BUCKET_COUNT; i++) {
    atomic_store_explicit(&buckets[i].lock, 0, memory_order_relaxed);
    buckets[i].head = buckets[i].tail = NULL;
    buckets[i].fair_after_ns = 0;
  }
}

__attribute__((constructor)) static void register_fork_handler(void) {
  pthread_atfork(NULL, NULL, empty_in_child);
}

static Bucket *bucket_of(const void *addr) {
  /* Fibonacci hashing: neighbouring addresses land far apart. */
  uint64_t h = (uint64_t)(uintptr_t)addr * UINT64_C(0x9E3779B97F4A7C15);
  return &buckets[h >> (64 - BUCKET_BITS)];
}

int64_t sh_parking_lot_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Sleeps while *word == expected (the kernel re-checks atomically), at most
   `rel` when not NULL. Returns early on a wake, a signal, or spuriously. */
static void futex_wait(_Atomic uint32_t *word, uint32_t expected, const struct timespec *rel) {
  syscall(SYS_futex, (uint32_t *)word, FUTEX_WAIT_PRIVATE, expected, rel, NULL, 0);
}

/* Only the address reaches the kernel, which never dereferences it for a
   wake: waking a word whose owner has already returned is harmless (at
   worst a spurious wake of whatever sleeps there next, and every sleeper
   here re-checks its word). */
static void futex_wake(_Atomic uint32_t *word, int n) {
  syscall(SYS_futex, (uint32_t *)word, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

/* ------------------------------------------------------- bucket locks */

/* Held only for a few list operations (and a validate or unpark callback,
   which are just as short), so spin a little before sleeping. */
static void bucket_lock(Bucket *b) {
  uint32_t c = 0;
  if (atomic_compare_exchange_strong_explicit(&b->lock, &c, 1, memory_order_acquire,
                                              memory_order_relaxed))
    return;
  for (int i = 0; i < 64; i++) {
    sh_cpu_relax();
    c = atomic_load_explicit(&b->lock, memory_order_relaxed);
    if (c == 0 && atomic_compare_exchange_weak_explicit(&b->lock, &c, 1, memory_order_acquire,
                                                        memory_order_relaxed))
      return;
  }
  /* Taking it as 2 may over-report sleepers: the cost is one wasted wake. */
  while (atomic_exchange_explicit(&b->lock, 2, memory_order_acquire) != 0)
    futex_wait(&b->lock, 2, NULL);
}

static void bucket_unlock(Bucket *b) {
  if (atomic_exchange_explicit(&b->lock, 0, memory_order_release) == 2) futex_wake(&b->lock, 1);
}

/* ------------------------------------------------------------- queues */

static void enqueue(Bucket *b, Waiter *w) {
  w->next = NULL;
  if (b->tail)
    b->tail->next = w;
  else
    b->head = w;
  b->tail = w;
}

static void unlink_after(Bucket *b, Waiter *prev, Waiter *w) {
  if (prev)
    prev->next = w->next;
  else
    b->head = w->next;
  if (b->tail == w) b->tail = prev;
  w->next = NULL;
}

static bool remove_waiter(Bucket *b, Waiter *w) {
  Waiter *prev = NULL;
  for (Waiter *p = b->head; p; prev = p, p = p->next)
    if (p == w) {
      unlink_after(b, prev, w);
      return true;
    }
  return false;
}

/* ------------------------------------------------------ park / unpark */

int sh_parking_lot_park(const void *addr, bool (*validate)(const void *addr, void *arg), void *arg,
                        int64_t timeout_ns, int64_t waiting_since_ns) {
  Bucket *b = bucket_of(addr);
  int64_t start = sh_parking_lot_now_ns();
  Waiter w = {.addr = addr, .since_ns = waiting_since_ns > 0 ? waiting_since_ns : start};
  atomic_init(&w.woken, 0);
  bucket_lock(b);
  /* Checked under the lock every unparker of addr takes: a condition that
     holds here cannot be ended by an unpark we would miss. */
  if (validate && !validate(addr, arg)) {
    bucket_unlock(b);
    return SH_PARK_INVALID;
  }
  enqueue(b, &w);
  bucket_unlock(b);

  int64_t deadline = -1;
  if (timeout_ns >= 0) deadline = timeout_ns > INT64_MAX - start ? -1 : start + timeout_ns;
  bool timed_out = false;
  while (!atomic_load_explicit(&w.woken, memory_order_acquire)) {
    if (deadline < 0) {
      futex_wait(&w.woken, 0, NULL);
      continue;
    }
    int64_t left = deadline - sh_parking_lot_now_ns();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    struct timespec rel = {.tv_sec = left / 1000000000, .tv_nsec = left % 1000000000};
    futex_wait(&w.woken, 0, &rel);
  }
  if (timed_out) {
    bucket_lock(b);
    bool removed = remove_waiter(b, &w);
    bucket_unlock(b);
    if (removed) return SH_PARK_TIMEOUT;
    /* An unparker took us off the queue first; it set `woken` before it
       let go of the bucket lock, so the token is there to read. */
    (void)atomic_load_explicit(&w.woken, memory_order_acquire);
  }
  return w.token;
}

bool sh_parking_lot_unpark_one(const void *addr,
                               int (*callback)(const void *addr, const ShUnparkResult *r,
                                               void *arg),
                               void *arg) {
  Bucket *b = bucket_of(addr);
  ShUnparkResult r = {0};
  bucket_lock(b);
  Waiter *prev = NULL, *w = b->head;
  while (w && w->addr != addr) {
    prev = w;
    w = w->next;
  }
  if (w) {
    r.unparked = true;
    int64_t now = sh_parking_lot_now_ns();
    if (now - w->since_ns > SH_PARKING_FAIR_NS && now >= b->fair_after_ns) {
      r.be_fair = true;
      b->fair_after_ns = now + SH_PARKING_FAIR_NS;
    }
    for (Waiter *p = w->next; p && !r.more_waiters; p = p->next)
      r.more_waiters = p->addr == addr;
    unlink_after(b, prev, w);
  }
  int token = callback ? callback(addr, &r, arg) : 0;
  _Atomic uint32_t *word = NULL;
  if (w) {
    word = &w->woken;
    w->token = token;
    /* From here the waiter may return and its record vanish. */
    atomic_store_explicit(word, 1, memory_order_release);
  }
  bucket_unlock(b);
  if (word) futex_wake(word, 1);
  return word != NULL;
}

int sh_parking_lot_unpark_all(const void *addr, int token) {
  Bucket *b = bucket_of(addr);
  int n = 0;
  bucket_lock(b);
  Waiter *prev = NULL, *w = b->head;
  while (w) {
    Waiter *next = w->next;
    if (w->addr != addr) {
      prev = w;
    } else {
      unlink_after(b, prev, w);
      w->token = token;
      _Atomic uint32_t *word = &w->woken;
      atomic_store_explicit(word, 1, memory_order_release);
      /* Woken under the lock: there is nowhere to keep the words until
         after it without allocating. */
      futex_wake(word, 1);
      n++;
    }
    w = next;
  }
  bucket_unlock(b);
  return n;
}
