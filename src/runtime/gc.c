/* The cycle collector (DESIGN.md 7): finds every tracked object by walking
   the threads' tracked mimalloc heaps, and frees unreachable cycles. */
#include <mimalloc.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "../modules/weakref.h"
#include "thread.h"
#include "error.h"

/* the VM's (vm/framestack.c) */
void sh_frame_visit_borrowed(ShThreadState *ts, int (*visit)(ShObject *, void *), void *arg);

/* ------------------------------------------------------------- state */

static _Atomic int gc_enabled = 1;
static _Atomic int gc_running;
static int thresholds[3] = {700, 10, 10};
static _Atomic intptr_t allocations; /* tracked allocations since the last run */
static intptr_t survivors;           /* tracked objects alive after the last run */
_Atomic int sh_gc_pending;

/* ------------------------------------------------------ the object table */

/* Every tracked object found in the heaps, with its count minus the
   references other tracked objects hold to it. Open addressing on the
   pointer; sized to at most half full. */
typedef struct Entry {
  ShObject *obj;
  intptr_t refs;
  bool reachable;
} Entry;

typedef struct Table {
  Entry *entries;
  size_t cap, len;
  ShObject **objs; /* in discovery order, for deterministic walks */
  size_t nobjs, objs_cap;
} Table;

static size_t slot_of(const Table *t, ShObject *o) {
  size_t h = ((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull;
  size_t mask = t->cap - 1;
  size_t i = h & mask;
  while (t->entries[i].obj && t->entries[i].obj != o)
    i = (i + 1) & mask;
  return i;
}

static Entry *lookup(const Table *t, ShObject *o) {
  if (!t->cap) return NULL;
  Entry *e = &t->entries[slot_of(t, o)];
  return e->obj ? e : NULL;
}

static bool grow(Table *t) {
  size_t cap = t->cap ? t->cap * 2 : 1024;
  Entry *old = t->entries;
  size_t oldcap = t->cap;
  t->entries = calloc(cap, sizeof(Entry));
  if (!t->entries) {
    t->entries = old;
    return false;
  }
  t->cap = cap;
  for (size_t i = 0; i < oldcap; i++)
    if (old[i].obj) t->entries[slot_of(t, old[i].obj)] = old[i];
  free(old);
  return true;
}

static bool add(Table *t, ShObject *o, intptr_t refs) {
  if ((t->len + 1) * 2 > t->cap && !grow(t)) return false;
  if (t->nobjs == t->objs_cap) {
    size_t cap = t->objs_cap ? t->objs_cap * 2 : 1024;
    ShObject **objs = realloc(t->objs, cap * sizeof *objs);
    if (!objs) return false;
    t->objs = objs;
    t->objs_cap = cap;
  }
  Entry *e = &t->entries[slot_of(t, o)];
  e->obj = o;
  e->refs = refs;
  e->reachable = false;
  t->len++;
  t->objs[t->nobjs++] = o;
  return true;
}

static void table_free(Table *t) {
  free(t->entries);
  free(t->objs);
  memset(t, 0, sizeof *t);
}

/* --------------------------------------------------------- finding them */

/* An object whose count is 0 is dying, not garbage: its dealloc is under
   way on some thread (clearing its weak references may run callbacks,
   and so a collection, before it is freed) or its merge queue frees it.
   Taking it as garbage (or counting it for gc.get_objects) would free it
   a second time. Its references to others stay counted meanwhile, which
   only keeps them alive until the next collection. */
static bool is_live_tracked(ShObject *o) {
  uint8_t bits = atomic_load_explicit(&o->gc_bits, memory_order_relaxed);
  return __atomic_load_n(&o->type, __ATOMIC_RELAXED) && (bits & SH_GC_TRACKED) &&
         !(bits & SH_GC_FREED) && sh_refcount_total(o) > 0;
}

/* A deferred object's extra reference is the collector's own, until it
   takes it back from garbage. */
static bool holds_deferred_reference(ShObject *o) {
  return sh_is_deferred(o) &&
         !(atomic_load_explicit(&o->ref_shared, memory_order_relaxed) & SH_SHARED_DEFERRED_DROPPED);
}

static bool visit_block(const mi_heap_t *heap, const mi_heap_area_t *area, void *block, size_t size,
                        void *arg) {
  (void)heap, (void)area;
  if (!block || size < sizeof(ShObject)) return true;
  ShObject *o = block;
  if (!is_live_tracked(o) || sh_is_immortal(o)) return true;
  return add(arg, o, sh_refcount_total(o) - (holds_deferred_reference(o) ? 1 : 0));
}

/* Counts of objects queued for merging are still exact totals (the
   negative shared part balances the owner's local part), so nothing needs
   merging first. */
static int visit_heaps(ShThreadState *ts, void *arg) {
  if (ts->heap_tracked && !mi_heap_visit_blocks(ts->heap_tracked, true, visit_block, arg))
    return -1;
  return 0;
}

/* Other threads count deferred objects in tables of their own; the counts
   must be whole before any is read. Every other thread is stopped or
   detached, and neither touches its table. */
static int drain_deferred_counts(ShThreadState *ts, void *arg) {
  (void)arg;
  sh_deferred_counts_drain(ts);
  return 0;
}

/* ------------------------------------------------------------ the phases */

typedef struct Walk {
  Table *table;
  ShObject **stack;
  size_t len, cap;
  bool failed;
} Walk;

/* Frames borrow deferred objects without counting: each such use makes
   the object a root. */
static int add_root(ShObject *o, void *arg) {
  Entry *e = o ? lookup(arg, o) : NULL;
  if (e) e->refs++;
  return 0;
}

static int visit_frame_roots(ShThreadState *ts, void *arg) {
  sh_frame_visit_borrowed(ts, add_root, arg);
  return 0;
}

static int subtract_ref(ShObject *o, void *arg) {
  Entry *e = o ? lookup(arg, o) : NULL;
  if (e) e->refs--;
  return 0;
}

static int mark_ref(ShObject *o, void *arg) {
  Walk *w = arg;
  Entry *e = o ? lookup(w->table, o) : NULL;
  if (!e || e->reachable) return 0;
  e->reachable = true;
  if (w->len == w->cap) {
    size_t cap = w->cap ? w->cap * 2 : 256;
    ShObject **s = realloc(w->stack, cap * sizeof *s);
    if (!s) {
      w->failed = true;
      return 0;
    }
    w->stack = s;
    w->cap = cap;
  }
  w->stack[w->len++] = o;
  return 0;
}

/* Marks what the roots (objects with references from outside the tracked
   set) reach. */
static bool mark_reachable(Table *t) {
  Walk w = {.table = t};
  for (size_t i = 0; i < t->nobjs; i++) {
    Entry *e = lookup(t, t->objs[i]);
    if (e->refs > 0 && !e->reachable) {
      e->reachable = true;
      w.len = 0;
      w.stack = w.stack ? w.stack : malloc(256 * sizeof *w.stack);
      w.cap = w.cap ? w.cap : 256;
      if (!w.stack) return false;
      w.stack[w.len++] = e->obj;
      while (w.len) {
        ShObject *o = w.stack[--w.len];
        if (o->type->traverse) o->type->traverse(o, mark_ref, &w);
        /* instances do not count their class (it may be deferred) */
        if (o->type->flags & SH_TPFLAGS_HEAPTYPE) mark_ref(SH_OBJ(o->type), &w);
      }
    }
  }
  free(w.stack);
  return !w.failed;
}

/* One pass over the heaps. Returns the number of objects freed, or -1 when
   finalizers ran (the caller runs another pass) or memory ran out. */
static intptr_t collect_once(bool *ran_finalizers) {
  Table t = {0};
  *ran_finalizers = false;
  /* The analysis needs every count to hold still: the world is stopped
     from the heap walk until the garbage is pinned. */
  sh_stop_the_world();
  sh_thread_states_foreach(drain_deferred_counts, NULL);
  if (sh_thread_states_foreach(visit_heaps, &t) < 0) {
    sh_start_the_world();
    table_free(&t);
    return -2;
  }
  for (size_t i = 0; i < t.nobjs; i++) {
    ShObject *o = t.objs[i];
    if (o->type->traverse) o->type->traverse(o, subtract_ref, &t);
  }
  sh_thread_states_foreach(visit_frame_roots, &t);
  if (!mark_reachable(&t)) {
    sh_start_the_world();
    table_free(&t);
    return -2;
  }
  size_t nunreachable = 0;
  for (size_t i = 0; i < t.nobjs; i++)
    if (!lookup(&t, t.objs[i])->reachable) t.objs[nunreachable++] = t.objs[i];
  survivors = (intptr_t)(t.nobjs - nunreachable);
  ShObject **garbage = t.objs;
  t.objs = NULL;
  table_free(&t);

  for (size_t i = 0; i < nunreachable; i++) {
    sh_incref(garbage[i]);
    atomic_fetch_or_explicit(&garbage[i]->gc_bits, SH_GC_UNREACHABLE, memory_order_relaxed);
  }
  /* classes go last, so that their instances die before them */
  size_t nclasses = 0;
  for (size_t i = 0; i < nunreachable; i++)
    if (!(garbage[i]->type->flags & SH_TPFLAGS_TYPE_SUBCLASS)) {
      ShObject *o = garbage[i];
      garbage[i] = garbage[nclasses];
      garbage[nclasses++] = o;
    }
  /* The pins of deferred garbage went to this thread's table; should the
     garbage be dropped below, its counts go to the shared word from then
     on, so the pins move there now, while a drain of the whole table is
     still safe (refcount_deferred.c: with the world running only
     increments may move). No thread can reach garbage to count it after. */
  sh_deferred_counts_drain(sh_thread_state());
  /* As CPython: weak references to garbage die before any finalizer runs,
     so __del__ never sees a live weak reference to a dying object, and
     before the world restarts: a thread dereferencing one afterwards would
     revive garbage that is cleared and freed below (its memory then used
     by that thread). The callbacks of weak references that survive run
     once the world goes again. */
  ShWeakrefCallbacks callbacks;
  sh_weakref_callbacks_init(&callbacks);
  for (size_t i = 0; i < nunreachable; i++)
    if (atomic_load_explicit(&garbage[i]->gc_bits, memory_order_relaxed) & SH_GC_WEAKREFS)
      sh_weakref_detach_garbage(garbage[i], &callbacks);
  sh_start_the_world();
  sh_weakref_run_callbacks(&callbacks);
  for (size_t i = 0; i < nunreachable; i++)
    atomic_fetch_and_explicit(&garbage[i]->gc_bits, (uint8_t)~SH_GC_UNREACHABLE,
                              memory_order_relaxed);
  /* Garbage is unreachable from every thread, so finalizers and clearing
     run with the world going again (they may take locks, block, ...).
     Finalizers (__del__) run once per object (PEP 442); they may resurrect
     what they touch, so a pass that ran any frees nothing. */
  for (size_t i = 0; i < nunreachable; i++) {
    ShObject *o = garbage[i];
    uint8_t bits = atomic_load_explicit(&o->gc_bits, memory_order_relaxed);
    if (o->type->finalize && !(bits & SH_GC_FINALIZED)) {
      atomic_fetch_or_explicit(&o->gc_bits, SH_GC_FINALIZED, memory_order_relaxed);
      o->type->finalize(o);
      if (sh_err_occurred()) sh_err_write_unraisable(sh_err_fetch(), o);
      *ran_finalizers = true;
    }
  }
  if (!*ran_finalizers) {
    /* Garbage: the collector gives back the deferred objects' extra
       reference; the mark stays, so that instances freed now (which never
       counted their deferred class) do not drop a count they lack. From
       then on their counts go to the shared word (the pins moved there
       before the world restarted). */
    for (size_t i = 0; i < nunreachable; i++) {
      ShObject *o = garbage[i];
      /* once: the object may outlive this collection (its owner merges
         its count later) and be garbage in the next */
      if (holds_deferred_reference(o))
        atomic_fetch_add_explicit(&o->ref_shared,
                                  SH_SHARED_DEFERRED_DROPPED - (1 << SH_SHARED_SHIFT),
                                  memory_order_relaxed);
    }
    for (size_t i = 0; i < nunreachable; i++) {
      ShObject *o = garbage[i];
      if (o->type->clear) o->type->clear(o);
      if (sh_err_occurred()) sh_err_write_unraisable(sh_err_fetch(), o);
    }
  }
  for (size_t i = 0; i < nunreachable; i++)
    sh_decref(garbage[i]);
  free(garbage);
  return *ran_finalizers ? -1 : (intptr_t)nunreachable;
}

intptr_t sh_gc_collect(void) {
  int expected = 0;
  if (!atomic_compare_exchange_strong(&gc_running, &expected, 1)) return 0;
  /* The world is stopped here once threads exist (issue 3); today the
     calling thread is the only one running Python code. */
  ShObject *saved = sh_err_fetch();
  sh_refcount_merge_queued(sh_thread_state());
  intptr_t total = 0;
  for (int pass = 0; pass < 3; pass++) {
    bool ran;
    intptr_t n = collect_once(&ran);
    if (n >= 0) {
      total += n;
      break;
    }
    if (n == -2) break;
  }
  sh_err_restore(saved);
  atomic_store(&allocations, 0);
  atomic_store(&sh_gc_pending, 0);
  atomic_store(&gc_running, 0);
  return total;
}

/* -------------------------------------------------- scheduling, settings */

/* Threads count their own allocations, less the tracked objects they free,
   and add them to the shared counter in batches: one contended atomic per
   allocation would not scale. Counting net allocations (as CPython's young
   generation does) means that objects freed by reference counting never
   trigger a collection: a thread allocating and dropping objects in a loop
   does not stop the world. */
#define ALLOCATION_BATCH 256

static void add_to_count(intptr_t batch) {
  intptr_t n = atomic_fetch_add_explicit(&allocations, batch, memory_order_relaxed) + batch;
  if (n < 0) {
    /* frees of objects older than the last collection: floor at zero */
    atomic_compare_exchange_strong_explicit(&allocations, &n, 0, memory_order_relaxed,
                                            memory_order_relaxed);
    return;
  }
  if (batch <= 0) return;
  /* A full-heap collection costs in proportion to the live objects, so
     wait for twice as many new ones as survived the last run (and at
     least 100 times the first threshold: there is no young generation). */
  intptr_t base = (intptr_t)thresholds[0] * 100, twice = 2 * survivors;
  intptr_t limit = base > twice ? base : twice;
  if (thresholds[0] > 0 && n > limit && atomic_load_explicit(&gc_enabled, memory_order_relaxed) &&
      !atomic_load_explicit(&sh_gc_pending, memory_order_relaxed)) {
    atomic_store_explicit(&sh_gc_pending, 1, memory_order_relaxed);
    ShThreadState *ts = sh_thread_state();
    if (ts) sh_thread_request_breaker(ts);
  }
}

void sh_gc_note_allocation(void) {
  ShThreadState *ts = sh_thread_state();
  if (!ts) {
    add_to_count(1);
    return;
  }
  if (++ts->gc_allocations < ALLOCATION_BATCH) return;
  intptr_t batch = ts->gc_allocations;
  ts->gc_allocations = 0;
  add_to_count(batch);
}

void sh_gc_note_free(void) {
  ShThreadState *ts = sh_thread_state();
  if (!ts || --ts->gc_allocations > -ALLOCATION_BATCH) return;
  intptr_t batch = ts->gc_allocations;
  ts->gc_allocations = 0;
  add_to_count(batch);
}

void sh_gc_enable(bool on) {
  atomic_store(&gc_enabled, on);
}
bool sh_gc_is_enabled(void) {
  return atomic_load(&gc_enabled);
}
intptr_t sh_gc_count(void) {
  return atomic_load(&allocations);
}
void sh_gc_get_thresholds(int out[3]) {
  memcpy(out, thresholds, sizeof thresholds);
}
void sh_gc_set_thresholds(const int in[3]) {
  memcpy(thresholds, in, sizeof thresholds);
}

typedef struct ListArg {
  int (*fn)(ShObject *, void *);
  void *arg;
  int result;
} ListArg;

static bool visit_each(const mi_heap_t *heap, const mi_heap_area_t *area, void *block, size_t size,
                       void *arg) {
  (void)heap, (void)area;
  ListArg *la = arg;
  if (!block || size < sizeof(ShObject)) return true;
  ShObject *o = block;
  if (!is_live_tracked(o)) return true;
  if (la->fn(o, la->arg) < 0) {
    la->result = -1;
    return false;
  }
  return true;
}

static int visit_heaps_each(ShThreadState *ts, void *arg) {
  if (ts->heap_tracked) mi_heap_visit_blocks(ts->heap_tracked, true, visit_each, arg);
  return ((ListArg *)arg)->result;
}

int sh_gc_foreach_tracked(int (*fn)(ShObject *, void *), void *arg) {
  ListArg la = {fn, arg, 0};
  /* A heap may only be walked while its thread allocates and frees
     nothing, and the objects' fields hold still only while nobody runs. */
  sh_stop_the_world();
  sh_thread_states_foreach(drain_deferred_counts, NULL); /* whole counts (is_live_tracked) */
  sh_thread_states_foreach(visit_heaps_each, &la);
  sh_start_the_world();
  return la.result;
}
