/* Quiescent-state-based reclamation: blocks retired and references dropped
   late, released once every attached thread has passed a quiescent point. */
#include <mimalloc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "qsbr.h"

/* the VM's (vm/framestack.c) */
void sh_frame_promote_loans(ShThreadState *ts);

/* A global sequence counts grace periods; each thread records the value it
   last saw at a quiescent point (its eval breaker, attaching; a detached
   thread counts as quiescent). An entry pushed with goal s is released once
   every attached thread has seen s. */
static _Atomic uint64_t write_seq = 1;

typedef struct Retired {
  void *p; /* a block to free, with DECREF_TAG an object to decref, with
              CHAIN_TAG the first of a chain of dead objects' blocks */
  uint64_t seq;
} Retired;
#define DECREF_TAG ((uintptr_t)1)
#define CHAIN_TAG ((uintptr_t)2)
#define TAGS (DECREF_TAG | CHAIN_TAG)

/* Objects freed while threads run come one at a time, often by the
   hundred thousand (a big list dropped): one entry each made the pending
   list the biggest thing such a thread wrote. They are chained instead,
   through the word past the header (as the block caches link them; the
   header stays an object's for racing try-increfs), and retired a chain
   at a time. The first block also holds the chain's length. */
#define CHAIN_MAX 4096

static ShObject **chain_next(ShObject *o) {
  return (ShObject **)(o + 1);
}
static intptr_t *chain_len(ShObject *o) {
  return (intptr_t *)(chain_next(o) + 1);
}

/* How many blocks an entry frees: what the scans below are paced by. */
static intptr_t weight(const Retired *r) {
  uintptr_t p = (uintptr_t)r->p;
  return p & CHAIN_TAG ? *chain_len((ShObject *)(p & ~TAGS)) : 1;
}

/* Frees a block or, for CHAIN_TAG, every block of a chain. */
static void release(void *p) {
  if (!((uintptr_t)p & CHAIN_TAG)) {
    sh_mem_free(p);
    return;
  }
  for (ShObject *o = (ShObject *)((uintptr_t)p & ~TAGS), *next; o; o = next) {
    next = *chain_next(o);
    sh_mem_free(o);
  }
}

/* Past this many pending entries, every thread is asked to pass a
   quiescent point soon. */
#define ASK_OTHERS_AT 1024

static void min_seen(ShThreadState *ts, void *arg) {
  uint64_t *min = arg;
  if (atomic_load(&ts->status) != SH_THREAD_ATTACHED) return; /* quiescent */
  uint64_t seen = atomic_load_explicit(&ts->qsbr_seen, memory_order_acquire);
  if (seen < *min) *min = seen;
}

static uint64_t min_seen_all(void) {
  uint64_t min = UINT64_MAX;
  sh_thread_states_peek(min_seen, &min);
  return min;
}

static void ask(ShThreadState *ts, void *arg) {
  (void)arg;
  sh_thread_request_breaker(ts);
}

/* Makes `goal` reachable: quiescent points record the global sequence. */
static void advance_to(uint64_t goal) {
  uint64_t now = atomic_load(&write_seq);
  while (now < goal && !atomic_compare_exchange_weak(&write_seq, &now, goal)) {
  }
}

/* Threads with late decrefs pending: when none, nobody looks for whom to
   wake. */
static _Atomic intptr_t threads_with_decrefs;

static void set_decrefs(ShThreadState *ts, intptr_t n) {
  intptr_t old = atomic_load_explicit(&ts->qsbr_decrefs, memory_order_relaxed);
  atomic_store_explicit(&ts->qsbr_decrefs, n, memory_order_relaxed);
  if (!old != !n) atomic_fetch_add(&threads_with_decrefs, n ? 1 : -1);
}

/* A thread whose late decrefs became releasable runs them at its next safe
   point: whoever completes a grace period wakes it. */
static void wake_if_ready(ShThreadState *ts, void *arg) {
  uint64_t min = *(uint64_t *)arg;
  if (atomic_load_explicit(&ts->qsbr_decrefs, memory_order_relaxed) > 0 &&
      atomic_load_explicit(&ts->qsbr_goal, memory_order_relaxed) <= min)
    sh_thread_request_breaker(ts);
}

/* Releases what every thread has passed. Decrefs may run Python code
   (__del__, weakref callbacks), so they wait for a safe point of the eval
   loop (`decrefs`); blocks are freed from anywhere. What is released is
   taken off the list first, because releasing can push more entries. */
static void wake_ready(uint64_t min) {
  if (atomic_load_explicit(&threads_with_decrefs, memory_order_relaxed))
    sh_thread_states_peek(wake_if_ready, &min);
}

static void free_safe(ShThreadState *ts, bool decrefs) {
  if (!ts->qsbr_len) return;
  advance_to(ts->qsbr_pending[ts->qsbr_len - 1].seq);
  uint64_t min = min_seen_all();
  Retired *r = ts->qsbr_pending;
  void *small[64];
  void **done = small;
  intptr_t ndone = 0, cap = 64, kept = 0, kept_decrefs = 0, kept_weight = 0;
  uint64_t goal = 0;
  for (intptr_t i = 0; i < ts->qsbr_len; i++) {
    bool is_decref = ((uintptr_t)r[i].p & DECREF_TAG) != 0;
    if (r[i].seq <= min && !is_decref) {
      release(r[i].p); /* frees nothing else */
      continue;
    }
    if (r[i].seq <= min && decrefs) {
      if (ndone == cap) {
        void **n = malloc((size_t)cap * 2 * sizeof *n);
        if (n) {
          memcpy(n, done, (size_t)ndone * sizeof *n);
          if (done != small) free(done);
          done = n;
          cap *= 2;
        }
      }
      if (ndone < cap) {
        done[ndone++] = (void *)((uintptr_t)r[i].p & ~DECREF_TAG);
        continue;
      }
    }
    if (is_decref && !kept_decrefs++) goal = r[i].seq;
    kept_weight += weight(&r[i]);
    r[kept++] = r[i];
  }
  ts->qsbr_len = kept;
  ts->qsbr_weight = kept_weight;
  atomic_store_explicit(&ts->qsbr_goal, goal, memory_order_relaxed);
  set_decrefs(ts, kept_decrefs);
  if (decrefs) {
    wake_ready(min);
    /* decrefs pushed since the last round wait for another one */
    if (kept_decrefs && ndone) {
      advance_to(goal);
      sh_thread_states_peek(ask, NULL);
    }
  }
  for (intptr_t i = 0; i < ndone; i++)
    sh_decref(done[i]);
  if (done != small) free(done);
}

static uint64_t push(ShThreadState *ts, void *p, intptr_t blocks) {
  /* The goal is the next sequence; the shared counter itself is advanced
     only when this thread scans or asks, so pushing costs no contended
     write. */
  uint64_t seq = atomic_load_explicit(&write_seq, memory_order_acquire) + 1;
  if (ts->qsbr_len == ts->qsbr_cap) {
    intptr_t cap = ts->qsbr_cap ? ts->qsbr_cap * 2 : 32;
    Retired *n = realloc(ts->qsbr_pending, (size_t)cap * sizeof *n);
    if (!n) abort(); /* releasing early could crash a reader: never do it */
    ts->qsbr_pending = n;
    ts->qsbr_cap = cap;
  }
  ts->qsbr_pending[ts->qsbr_len].p = p;
  ts->qsbr_pending[ts->qsbr_len].seq = seq;
  ts->qsbr_len++;
  ts->qsbr_weight += blocks;

  /* Scanning walks the thread states and the pending list: do it when
     what is pending has doubled since the last scan (amortised O(1)). */
  if (ts->qsbr_weight >= ASK_OTHERS_AT && ts->qsbr_weight >= 2 * ts->qsbr_since_scan) {
    free_safe(ts, false);
    ts->qsbr_since_scan = ts->qsbr_weight;
    /* everyone, this thread included (its decrefs wait for a safe point) */
    if (ts->qsbr_weight >= ASK_OTHERS_AT) sh_thread_states_peek(ask, NULL);
  }
  return seq;
}

/* Retires the chain of freed objects as one entry. */
static void flush_chain(ShThreadState *ts) {
  ShObject *first = ts->qsbr_chain;
  if (!first) return;
  *chain_len(first) = ts->qsbr_chain_len;
  ts->qsbr_chain = NULL;
  ts->qsbr_chain_len = 0;
  push(ts, (void *)((uintptr_t)first | CHAIN_TAG), *chain_len(first));
}

void sh_qsbr_retire_object(ShObject *o) {
  ShThreadState *ts = sh_thread_state();
  /* the block must hold the link and the length past the header */
  if (!ts || mi_usable_size(o) < sizeof(ShObject) + 2 * sizeof(intptr_t)) {
    sh_qsbr_retire(o);
    return;
  }
  *chain_next(o) = ts->qsbr_chain;
  ts->qsbr_chain = o;
  if (++ts->qsbr_chain_len >= CHAIN_MAX) flush_chain(ts);
}

/* No other thread attached (the others detached or finished): none is
   inside a lock-free read or holds a loan, and the fence orders what the
   caller removed before the look at the others, so one attaching now
   cannot find it any more. The grace period is over at once. */
bool sh_qsbr_alone(ShThreadState *ts) {
  int mine = ts->counted_running ? 1 : 0;
  if (atomic_load_explicit(&sh_threads_running, memory_order_relaxed) != mine) return false;
  atomic_thread_fence(memory_order_seq_cst);
  return atomic_load(&sh_threads_running) == mine;
}

void sh_qsbr_retire(void *p) {
  if (!p) return;
  ShThreadState *ts = sh_thread_state();
  if (!sh_multithreaded() || !ts || sh_qsbr_alone(ts)) {
    sh_mem_free(p);
    return;
  }
  push(ts, p, 1);
}

void sh_qsbr_retire_for(ShObject *container, void *p) {
  if (sh_object_is_unshared(container)) {
    sh_mem_free(p);
    return;
  }
  sh_qsbr_retire(p);
}

/* A late decref delays __del__ and weakref callbacks, so unlike blocks it
   starts a grace period at once: the first pending one asks every thread
   to pass a quiescent point. */
void sh_qsbr_decref_later(ShObject *o) {
  ShThreadState *ts = sh_thread_state();
  if (!sh_multithreaded() || !ts) {
    sh_decref(o);
    return;
  }
  /* Alone, the grace period is over once this thread's own loans are
     counted: decref now, as CPython would. */
  if (sh_qsbr_alone(ts)) {
    sh_frame_promote_loans(ts);
    sh_decref(o);
    return;
  }
  uint64_t seq = push(ts, (void *)((uintptr_t)o | DECREF_TAG), 1);
  intptr_t n = atomic_load_explicit(&ts->qsbr_decrefs, memory_order_relaxed);
  if (n == 0) {
    atomic_store_explicit(&ts->qsbr_goal, seq, memory_order_relaxed);
    advance_to(seq);
    sh_thread_states_peek(ask, NULL);
  }
  set_decrefs(ts, n + 1);
}

/* Entries of threads whose Python code ended (their OS threads park in the
   pool and may never run again): adopted by the next thread at a safe
   point. */
static pthread_mutex_t orphan_lock = PTHREAD_MUTEX_INITIALIZER;
static Retired *orphans;
static intptr_t orphans_len, orphans_cap;
static _Atomic int have_orphans;

static void append_entries(ShThreadState *ts, const Retired *r, intptr_t n) {
  if (n == 0) return;
  if (ts->qsbr_len + n > ts->qsbr_cap) {
    intptr_t cap = ts->qsbr_len + n + 32;
    Retired *nr = realloc(ts->qsbr_pending, (size_t)cap * sizeof *nr);
    if (!nr) abort();
    ts->qsbr_pending = nr;
    ts->qsbr_cap = cap;
  }
  memcpy(ts->qsbr_pending + ts->qsbr_len, r, (size_t)n * sizeof *r);
  ts->qsbr_len += n;
  for (intptr_t i = 0; i < n; i++)
    ts->qsbr_weight += weight(&r[i]);
}

/* A thread that stops being attached completes grace periods others may
   be waiting for. */
void sh_qsbr_left(void) {
  if (atomic_load_explicit(&threads_with_decrefs, memory_order_relaxed)) wake_ready(min_seen_all());
}

void sh_qsbr_done(ShThreadState *ts) {
  atomic_store_explicit(&ts->qsbr_seen, UINT64_MAX, memory_order_release);
  sh_thread_count_running(ts, false);
  sh_qsbr_left();
}

void sh_qsbr_orphan(ShThreadState *ts) {
  flush_chain(ts);
  if (!ts->qsbr_len) return;
  pthread_mutex_lock(&orphan_lock);
  if (orphans_len + ts->qsbr_len > orphans_cap) {
    intptr_t cap = (orphans_len + ts->qsbr_len) * 2;
    Retired *n = realloc(orphans, (size_t)cap * sizeof *n);
    if (!n) abort();
    orphans = n;
    orphans_cap = cap;
  }
  memcpy(orphans + orphans_len, ts->qsbr_pending, (size_t)ts->qsbr_len * sizeof *orphans);
  orphans_len += ts->qsbr_len;
  atomic_store(&have_orphans, 1);
  pthread_mutex_unlock(&orphan_lock);
  ts->qsbr_len = ts->qsbr_weight = 0;
  ts->qsbr_since_scan = 0;
  set_decrefs(ts, 0);
  sh_thread_states_peek(ask, NULL);
}

static void adopt_orphans(ShThreadState *ts) {
  pthread_mutex_lock(&orphan_lock);
  append_entries(ts, orphans, orphans_len);
  orphans_len = 0;
  atomic_store(&have_orphans, 0);
  pthread_mutex_unlock(&orphan_lock);
}

void sh_qsbr_quiescent(ShThreadState *ts, bool safe_point) {
  atomic_store_explicit(&ts->qsbr_seen, atomic_load(&write_seq), memory_order_release);
  if (safe_point && atomic_load_explicit(&have_orphans, memory_order_relaxed)) adopt_orphans(ts);
  flush_chain(ts);
  free_safe(ts, safe_point);
  ts->qsbr_since_scan = ts->qsbr_weight;
  if (safe_point && !ts->qsbr_len && atomic_load(&threads_with_decrefs))
    wake_ready(min_seen_all()); /* nothing of its own, but it may complete others' grace */
}

void sh_qsbr_drain(ShThreadState *ts) {
  /* taken off first: a decref may push more onto the list */
  flush_chain(ts);
  while (ts->qsbr_len) {
    intptr_t n = ts->qsbr_len;
    Retired *r = ts->qsbr_pending;
    ts->qsbr_pending = NULL;
    ts->qsbr_len = ts->qsbr_cap = ts->qsbr_weight = 0;
    set_decrefs(ts, 0);
    for (intptr_t i = 0; i < n; i++) {
      uintptr_t p = (uintptr_t)r[i].p;
      if (p & DECREF_TAG)
        sh_decref((ShObject *)(p & ~DECREF_TAG));
      else
        release(r[i].p);
    }
    free(r);
    flush_chain(ts); /* what the decrefs freed */
  }
}
