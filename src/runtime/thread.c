/* Thread states: creation, the registry of live ones, and the guard that
   turns runaway C recursion into RecursionError. */
#define _GNU_SOURCE
#include <mimalloc.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "thread.h"
#include "error.h"
#include "qsbr.h"
#include "parking_lot.h"
#include "../objects/exception.h"

/* the VM's (vm/framestack.c): loans must become counted references before
   the thread passes a quiescent point */
void sh_frame_promote_loans(ShThreadState *ts);

_Thread_local ShThreadState *sh_tstate;
ShThreadState *sh_main_thread_state;
_Atomic int sh_threads_started;
_Atomic int sh_threads_running;
bool sh_gil_enabled;

/* The optional global lock. Attached threads hold it; a thread waiting for
   it asks every running thread to let go at its next safe point. */
static pthread_mutex_t gil = PTHREAD_MUTEX_INITIALIZER;
static _Atomic int gil_waiters;

static void gil_take(void);
static void gil_drop(void) {
  pthread_mutex_unlock(&gil);
}
int sh_recursion_limit = 1000;

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static ShThreadState *_Atomic registry;

/* Leave this much C stack for the unwinding code itself. */
#define C_STACK_MARGIN (256 * 1024)

static char *stack_limit_of_this_thread(void) {
  pthread_attr_t attr;
  void *addr;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return NULL;
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  return (char *)addr + C_STACK_MARGIN;
}

void sh_thread_count_running(ShThreadState *ts, bool on) {
  if (ts->counted_running == on) return;
  ts->counted_running = on;
  atomic_fetch_add(&sh_threads_running, on ? 1 : -1);
}

ShThreadState *sh_thread_state_new(void) {
  /* Cache-line aligned and padded: each thread writes its own state all
     the time (frame, free lists), and must not slow down its neighbour's. */
  size_t size = (sizeof(ShThreadState) + 63) & ~(size_t)63;
  ShThreadState *ts = aligned_alloc(64, size);
  if (!ts) return NULL;
  memset(ts, 0, size);
  ts->id = sh_thread_id();
  ts->heap_tracked = mi_heap_new();
  ts->heap_untracked = mi_heap_new();
  ts->heap_raw = mi_heap_new();
  ts->c_stack_limit = stack_limit_of_this_thread();
  atomic_store(&ts->status, SH_THREAD_DETACHED);
  if (!sh_main_thread_state) {
    sh_main_thread_state = ts;
    ts->is_main = true;
  }
  pthread_mutex_lock(&registry_lock);
  ts->next = atomic_load(&registry);
  atomic_store_explicit(&registry, ts, memory_order_release);
  pthread_mutex_unlock(&registry_lock);
  sh_tstate = ts;
  /* Registered detached, then attached like any thread coming back: a
     stop-the-world in progress (a collection) scanned the registry
     without it and must not find it running Python code meanwhile. The
     attach also marks it quiescent: it has read nothing retired before. */
  sh_thread_attach(ts);
  return ts;
}

int sh_thread_state_with(uintptr_t id, int (*fn)(ShThreadState *, void *), void *arg) {
  pthread_mutex_lock(&registry_lock);
  int r = -1;
  for (ShThreadState *ts = registry; ts; ts = ts->next)
    if (ts->id == id) {
      r = fn(ts, arg);
      break;
    }
  pthread_mutex_unlock(&registry_lock);
  return r;
}

/* Thread states are never freed while threads run (pooled OS threads keep
   theirs), and a new one is published with a release store after its
   fields are set: readers that only look may walk without the lock. */
void sh_thread_states_peek(void (*fn)(ShThreadState *, void *), void *arg) {
  for (ShThreadState *ts = atomic_load_explicit(&registry, memory_order_acquire); ts; ts = ts->next)
    fn(ts, arg);
}

int sh_thread_states_foreach(int (*fn)(ShThreadState *, void *), void *arg) {
  pthread_mutex_lock(&registry_lock);
  int r = 0;
  for (ShThreadState *ts = registry; ts && r >= 0; ts = ts->next)
    r = fn(ts, arg);
  pthread_mutex_unlock(&registry_lock);
  return r;
}

void sh_thread_state_delete(ShThreadState *ts) {
  sh_refcount_merge_queued(ts);
  for (int i = 0; i < SH_FREELIST_COUNT; i++)
    while (ts->freelist[i]) {
      ShObject *o = ts->freelist[i];
      ts->freelist[i] = *(ShObject **)(o + 1);
      mi_free(o);
    }
  pthread_mutex_lock(&registry_lock);
  for (ShThreadState **p = (ShThreadState **)&registry; *p; p = &(*p)->next)
    if (*p == ts) {
      *p = ts->next;
      break;
    }
  pthread_mutex_unlock(&registry_lock);
  if (sh_tstate == ts) sh_tstate = NULL;
  sh_qsbr_drain(ts);
  free(ts->qsbr_pending);
  free(ts->merge_queue);
  sh_deferred_counts_free(ts);
  free(ts);
}

int sh_recursion_error(ShThreadState *ts, const char *where) {
  ts->c_recursion_depth--;
  sh_err_format(&sh_exc_RecursionError, "maximum recursion depth exceeded%s", where);
  return -1;
}

/* ------------------------------------------------------ stop the world */

static pthread_mutex_t stw_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t stw_resume = PTHREAD_COND_INITIALIZER;  /* world restarted */
static pthread_cond_t stw_changed = PTHREAD_COND_INITIALIZER; /* a thread stopped */
static _Atomic int stw_requested;
static ShThreadState *stw_requester;

void sh_thread_request_breaker(ShThreadState *ts) {
  atomic_store_explicit(&ts->eval_breaker, 1, memory_order_relaxed);
}

/* status and stw_requested are seq_cst: a thread attaching and a requester
   stopping the world each see the other's write (Dekker style). */
void sh_thread_detach(ShThreadState *ts) {
  sh_frame_promote_loans(ts);
  atomic_store_explicit(&ts->qsbr_seen, UINT64_MAX, memory_order_release);
  atomic_store(&ts->status, SH_THREAD_DETACHED);
  sh_thread_count_running(ts, false);
  sh_qsbr_left();
  if (sh_gil_enabled) gil_drop();
  if (atomic_load(&stw_requested)) {
    pthread_mutex_lock(&stw_mutex);
    pthread_cond_broadcast(&stw_changed);
    pthread_mutex_unlock(&stw_mutex);
  }
}

void sh_thread_attach(ShThreadState *ts) {
  if (sh_gil_enabled) gil_take();
  for (;;) {
    if (!atomic_load(&stw_requested)) {
      atomic_store(&ts->status, SH_THREAD_ATTACHED);
      sh_thread_count_running(ts, true);
      if (!atomic_load(&stw_requested)) {
        sh_qsbr_quiescent(ts, false);
        return;
      }
      sh_thread_detach(ts); /* lost the race with a requester: step back */
    }
    pthread_mutex_lock(&stw_mutex);
    while (atomic_load(&stw_requested))
      pthread_cond_wait(&stw_resume, &stw_mutex);
    pthread_mutex_unlock(&stw_mutex);
  }
}

void sh_thread_suspend_if_requested(ShThreadState *ts) {
  if (!atomic_load(&stw_requested)) return;
  pthread_mutex_lock(&stw_mutex);
  if (atomic_load(&stw_requested) && stw_requester != ts) {
    atomic_store(&ts->status, SH_THREAD_SUSPENDED);
    pthread_cond_broadcast(&stw_changed);
    while (atomic_load(&stw_requested))
      pthread_cond_wait(&stw_resume, &stw_mutex);
    atomic_store(&ts->status, SH_THREAD_ATTACHED);
  }
  pthread_mutex_unlock(&stw_mutex);
}

static int others_attached(ShThreadState *me) {
  int n = 0;
  pthread_mutex_lock(&registry_lock);
  for (ShThreadState *ts = registry; ts; ts = ts->next)
    if (ts != me && atomic_load(&ts->status) == SH_THREAD_ATTACHED) {
      sh_thread_request_breaker(ts);
      n++;
    }
  pthread_mutex_unlock(&registry_lock);
  return n;
}

/* When the world was last restarted. A thread stopping it again at once
   (gc.collect() in a loop) first lets the others run a while: they wake
   only after the restart, and would otherwise find the next stop already
   requested before they ran a single bytecode. */
static _Atomic int64_t stw_restarted_ns;
#define STW_GAP_NS 1000000

void sh_stop_the_world(void) {
  ShThreadState *me = sh_thread_state();
  int64_t since = sh_parking_lot_now_ns() - atomic_load(&stw_restarted_ns);
  if (since >= 0 && since < STW_GAP_NS &&
      atomic_load_explicit(&sh_threads_running, memory_order_relaxed) > 1) {
    struct timespec pause = {0, STW_GAP_NS - since};
    sh_thread_detach(me);
    nanosleep(&pause, NULL);
    sh_thread_attach(me);
  }
  sh_frame_promote_loans(me); /* the collector must find no loans */
  pthread_mutex_lock(&stw_mutex);
  while (atomic_load(&stw_requested)) {
    /* someone else is stopping the world: be stopped first */
    atomic_store(&me->status, SH_THREAD_SUSPENDED);
    pthread_cond_broadcast(&stw_changed);
    pthread_cond_wait(&stw_resume, &stw_mutex);
  }
  atomic_store(&me->status, SH_THREAD_ATTACHED);
  stw_requester = me;
  atomic_store(&stw_requested, 1);
  while (others_attached(me))
    pthread_cond_wait(&stw_changed, &stw_mutex);
  pthread_mutex_unlock(&stw_mutex);
}

void sh_start_the_world(void) {
  atomic_store(&stw_restarted_ns, sh_parking_lot_now_ns());
  pthread_mutex_lock(&stw_mutex);
  stw_requester = NULL;
  atomic_store(&stw_requested, 0);
  pthread_cond_broadcast(&stw_resume);
  pthread_mutex_unlock(&stw_mutex);
}

/* ------------------------------------------------ releasing ownership */

static bool release_block(const mi_heap_t *heap, const mi_heap_area_t *area, void *block,
                          size_t size, void *arg) {
  (void)heap, (void)area;
  if (!block || size < sizeof(ShObject)) return true;
  ShObject *o = block;
  uint8_t bits = atomic_load_explicit(&o->gc_bits, memory_order_relaxed);
  if (!__atomic_load_n(&o->type, __ATOMIC_RELAXED) || (bits & SH_GC_FREED)) return true;
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) != (uintptr_t)arg) return true;
  if (sh_is_immortal(o)) return true;
  sh_refcount_give_up_ownership(o);
  return true;
}

void sh_thread_release_ownership(ShThreadState *ts) {
  /* increments only: the decrements wait for the collector, which drains
     this table too (the state stays registered) */
  sh_deferred_counts_flush(ts);
  sh_refcount_merge_queued(ts);
  void *me = (void *)ts->id;
  if (ts->heap_tracked) mi_heap_visit_blocks(ts->heap_tracked, true, release_block, me);
  if (ts->heap_untracked) mi_heap_visit_blocks(ts->heap_untracked, true, release_block, me);
  sh_refcount_merge_queued(ts);
}

/* ---------------------------------------------------- the optional GIL */

static int ask_to_yield(ShThreadState *ts, void *arg) {
  (void)arg;
  sh_thread_request_breaker(ts);
  return 0;
}

static void gil_take(void) {
  if (pthread_mutex_trylock(&gil) == 0) return;
  atomic_fetch_add(&gil_waiters, 1);
  sh_thread_states_foreach(ask_to_yield, NULL);
  pthread_mutex_lock(&gil);
  atomic_fetch_sub(&gil_waiters, 1);
}

void sh_gil_yield_if_wanted(ShThreadState *ts) {
  if (!sh_gil_enabled || !atomic_load(&gil_waiters)) return;
  sh_thread_detach(ts);
  sched_yield();
  sh_thread_attach(ts);
}
