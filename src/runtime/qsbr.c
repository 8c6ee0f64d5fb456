/* Deferred freeing of replaced container storage. A global sequence counts
   retirements; each thread records the sequence it last saw at a quiescent
   point (its eval breaker, detaching); a block retired at s is freed once
   every attached thread has seen s. */
#include <stdlib.h>

#include "qsbr.h"

static _Atomic uint64_t write_seq = 1;

typedef struct Retired {
  void *p;
  uint64_t seq;
} Retired;

/* Past this many pending blocks, other threads are asked to pass a
   quiescent point soon. */
#define ASK_OTHERS_AT 1024

static void min_seen(ShThreadState *ts, void *arg) {
  uint64_t *min = arg;
  if (atomic_load(&ts->status) != SH_THREAD_ATTACHED) return; /* quiescent */
  uint64_t seen = atomic_load_explicit(&ts->qsbr_seen, memory_order_acquire);
  if (seen < *min) *min = seen;
}

static void ask(ShThreadState *ts, void *arg) {
  (void)arg;
  sh_thread_request_breaker(ts);
}

static void free_safe(ShThreadState *ts) {
  if (!ts->qsbr_len) return;
  /* make the pending goals reachable */
  uint64_t newest = ts->qsbr_pending[ts->qsbr_len - 1].seq;
  uint64_t now = atomic_load(&write_seq);
  if (newest > now) atomic_compare_exchange_strong(&write_seq, &now, newest);
  uint64_t min = UINT64_MAX;
  sh_thread_states_peek(min_seen, &min);
  intptr_t kept = 0;
  Retired *r = ts->qsbr_pending;
  for (intptr_t i = 0; i < ts->qsbr_len; i++) {
    if (r[i].seq <= min)
      sh_mem_free(r[i].p);
    else
      r[kept++] = r[i];
  }
  ts->qsbr_len = kept;
}

void sh_qsbr_retire(void *p) {
  if (!p) return;
  ShThreadState *ts = sh_thread_state();
  if (!sh_multithreaded() || !ts) {
    sh_mem_free(p);
    return;
  }
  /* The goal is the next sequence; the shared counter itself is advanced
     only when this thread scans (every ASK_OTHERS_AT retirements), so
     retiring costs no contended write. */
  uint64_t seq = atomic_load_explicit(&write_seq, memory_order_acquire) + 1;
  if (ts->qsbr_len == ts->qsbr_cap) {
    intptr_t cap = ts->qsbr_cap ? ts->qsbr_cap * 2 : 32;
    Retired *n = realloc(ts->qsbr_pending, (size_t)cap * sizeof *n);
    if (!n) abort(); /* freeing early could crash a reader: never do it */
    ts->qsbr_pending = n;
    ts->qsbr_cap = cap;
  }
  Retired *r = ts->qsbr_pending;
  r[ts->qsbr_len].p = p;
  r[ts->qsbr_len].seq = seq;
  ts->qsbr_len++;

  /* Scanning takes the registry lock and walks the pending list: do it
     when the list has doubled since the last scan (amortised O(1)). */
  if (ts->qsbr_len >= ASK_OTHERS_AT && ts->qsbr_len >= 2 * ts->qsbr_since_scan) {
    free_safe(ts);
    ts->qsbr_since_scan = ts->qsbr_len;
    if (ts->qsbr_len >= ASK_OTHERS_AT) sh_thread_states_peek(ask, NULL);
  }
}

void sh_qsbr_retire_for(ShObject *container, void *p) {
  if (atomic_load_explicit(&container->tid, memory_order_relaxed) == sh_thread_id() &&
      atomic_load_explicit(&container->ref_shared, memory_order_relaxed) == 0) {
    sh_mem_free(p);
    return;
  }
  sh_qsbr_retire(p);
}

void sh_qsbr_quiescent(ShThreadState *ts) {
  atomic_store_explicit(&ts->qsbr_seen, atomic_load(&write_seq), memory_order_release);
  free_safe(ts);
  ts->qsbr_since_scan = ts->qsbr_len;
}

void sh_qsbr_drain(ShThreadState *ts) {
  for (intptr_t i = 0; i < ts->qsbr_len; i++) sh_mem_free(ts->qsbr_pending[i].p);
  ts->qsbr_len = 0;
}
