/* Per-thread interpreter state: the current exception, the frame stack,
   the recursion guard. One per OS thread that runs Python code. */
#ifndef SHOAL_THREAD_H
#define SHOAL_THREAD_H

#include "object.h"

struct ShFrame;

/* A thread state is ATTACHED while it may touch Python objects, DETACHED
   around blocking calls (and while a pooled OS thread waits for work), and
   SUSPENDED while it waits out a stop-the-world. */
enum { SH_THREAD_DETACHED, SH_THREAD_ATTACHED, SH_THREAD_SUSPENDED };

/* A net change of a deferred object's count made by one thread
   (refcount_deferred.c). */
typedef struct ShDeferredCount {
  ShObject *obj;
  intptr_t delta;
} ShDeferredCount;

typedef struct ShThreadState {
  uintptr_t id; /* == sh_thread_id() of its thread */
  _Atomic int status;
  _Atomic int eval_breaker; /* non-zero: run sh_eval_breaker_run at the next safe point */
  bool is_main;
  ShObject *exc;         /* the exception being raised, or NULL */
  ShObject *handled_exc; /* innermost exception being handled (sys.exc_info) */
  struct ShFrame *frame; /* innermost running Python frame */
  int recursion_depth;   /* Python-level call depth */
  int c_recursion_depth; /* nested C-level calls (repr, compare, ...) */
  char *c_stack_limit;   /* below this address: RecursionError */
  void *heap_tracked, *heap_untracked, *heap_raw; /* mimalloc heaps */
  /* recently freed blocks of the hottest exact types (see alloc.h) */
  ShObject *freelist[SH_FREELIST_COUNT];
  int freelist_len[SH_FREELIST_COUNT];
  /* QSBR: the write sequence seen at the last quiescent point, and the
     blocks this thread retired that are not yet safe to free */
  _Atomic uint64_t qsbr_seen;
  intptr_t qsbr_weight;     /* blocks pending (a chain counts its blocks) */
  intptr_t qsbr_since_scan; /* qsbr_weight when free_safe last ran */
  ShObject *qsbr_chain;     /* objects freed since the last retirement (qsbr.c) */
  intptr_t qsbr_chain_len;
  intptr_t gc_allocations; /* tracked allocations not yet added to the gc's count */
  struct Retired *qsbr_pending;
  intptr_t qsbr_len, qsbr_cap;
  bool has_loans;               /* a frame register may hold a loan (DESIGN 5a) */
  bool counted_running;         /* counted in sh_threads_running */
  uintptr_t import_waiting_for; /* thread whose import this one waits for (import_lock.c) */
  /* late decrefs among them, and the goal of the oldest (others read both
     to wake this thread when its grace period is over) */
  _Atomic intptr_t qsbr_decrefs;
  _Atomic uint64_t qsbr_goal;
  /* objects other threads queued for this (owning) thread to merge */
  _Atomic uint8_t merge_lock;
  _Atomic int merge_pending;
  ShObject **merge_queue;
  intptr_t merge_len, merge_cap;
  /* counts this thread took on deferred objects it does not own */
  ShDeferredCount *deferred_counts;
  size_t deferred_len, deferred_cap;
  struct ShThreadState *next;
} ShThreadState;

extern _Thread_local ShThreadState *sh_tstate;

/* refcount_deferred.c: a thread that does not own deferred object o counts
   n references to it in its own table (false: no table, count it in the
   shared word). Drained into the shared counts by the collector with the
   world stopped; the thread flushes its increments alone (before it ends,
   or when the table grows large), never its decrements. */
bool sh_deferred_count_add(ShObject *o, intptr_t n);
void sh_deferred_counts_drain(ShThreadState *ts);
void sh_deferred_counts_flush(ShThreadState *ts);
void sh_deferred_counts_free(ShThreadState *ts);
static inline ShThreadState *sh_thread_state(void) {
  return sh_tstate;
}

extern int sh_recursion_limit; /* sys.getrecursionlimit() */

/* Guards recursive C code (repr of nested containers, comparisons): returns
   -1 with RecursionError "maximum recursion depth exceeded<where>" when the
   C stack or the depth limit is reached. Pair with sh_leave_recursive_call. */
int sh_recursion_error(ShThreadState *ts, const char *where); /* raises, returns -1 */
static inline int sh_enter_recursive_call(const char *where) {
  ShThreadState *ts = sh_thread_state();
  char here;
  if (++ts->c_recursion_depth > sh_recursion_limit + 50 ||
      (ts->c_stack_limit && &here < ts->c_stack_limit))
    return sh_recursion_error(ts, where);
  return 0;
}
static inline void sh_leave_recursive_call(void) {
  sh_thread_state()->c_recursion_depth--;
}

ShThreadState *sh_thread_state_new(void); /* for the calling OS thread, attached */
extern ShThreadState *sh_main_thread_state;

/* Non-zero once a second thread has run Python code: containers then take
   their thread-safe (locked) read paths. It never goes back to zero. */
extern _Atomic int sh_threads_started;
/* Threads that may be running Python code: attached (or suspended) and
   not finished (sh_qsbr_done). Only these can hold loans. */
extern _Atomic int sh_threads_running;
void sh_thread_count_running(struct ShThreadState *ts, bool on);
static inline bool sh_multithreaded(void) {
  return atomic_load_explicit(&sh_threads_started, memory_order_relaxed) != 0;
}

/* PYTHONGIL=1 / -X gil=1: one global lock, held while attached, for
   comparison and for code that relies on one. Set before start-up. */
extern bool sh_gil_enabled;

/* At a safe point under the GIL: lets a waiting thread run. */
void sh_gil_yield_if_wanted(ShThreadState *ts);

/* Around a blocking call that touches no Python object. */
void sh_thread_detach(ShThreadState *ts);
void sh_thread_attach(ShThreadState *ts); /* waits out a stop-the-world */
#define SH_BEGIN_BLOCKING()                                                                        \
  {                                                                                                \
    ShThreadState *blocking_ts_ = sh_thread_state();                                               \
    sh_thread_detach(blocking_ts_);
#define SH_END_BLOCKING()                                                                          \
  sh_thread_attach(blocking_ts_);                                                                  \
  }

/* Stops every other thread at a safe point (or keeps it detached); the
   caller must be attached. Pairs with sh_start_the_world. */
void sh_stop_the_world(void);
void sh_start_the_world(void);
/* At a safe point: waits while a stop-the-world is in progress. */
void sh_thread_suspend_if_requested(ShThreadState *ts);
void sh_thread_request_breaker(ShThreadState *ts);
/* A thread whose Python code ended gives up every object it still owns. */
void sh_thread_release_ownership(ShThreadState *ts);
/* The live thread state with this id, or NULL; the registry lock is held
   while `fn` runs on it. Returns fn's result, or -1 when not found. */
int sh_thread_state_with(uintptr_t id, int (*fn)(ShThreadState *, void *), void *arg);
/* Calls fn on every live thread state (registry lock held); stops at the
   first negative result and returns it. */
int sh_thread_states_foreach(int (*fn)(ShThreadState *, void *), void *arg);
/* The same without the registry lock, for readers that only look (QSBR). */
void sh_thread_states_peek(void (*fn)(ShThreadState *, void *), void *arg);
/* The owner's side of biased counting: merges what others queued. */
void sh_refcount_merge_queued(ShThreadState *ts);
void sh_thread_state_delete(ShThreadState *ts);

#endif
