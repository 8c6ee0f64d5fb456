/* Per-thread counts of deferred objects: references that threads other
   than the owner take to them are counted in a table of the thread's own. */
#include <stdlib.h>

#include "object.h"
#include "thread.h"

/* Deferred objects (functions, classes, modules, code, globals) are only
   freed by the collector, which stops the world and adds every thread's
   table to the objects' shared counts before it reads any count. So
   between collections their exact count is never needed, and N threads
   taking and dropping references to one function or class need not all
   write its shared word (one cache line bouncing between every core).
   Each thread keeps net changes in an open-addressed table; entries are
   never removed, only drained (world stopped) or flushed (by the thread
   itself while the others run).

   A thread's net change may be negative (it dropped a reference another
   thread counted), and adding it to the shared word while other threads'
   tables still hold the matching increments would make the word read 0, or
   less, with references alive: the owner's merge_zero frees a word of 0
   without a CAS, and code that tests "mine and ref_shared == 0" (UNPACK_TEMP,
   sh_qsbr_retire_for) takes the object for private. So only a drain with
   the world stopped adds every table up at once; a flush adds only the
   increments, which keeps the word at least at the collector's extra
   reference, and leaves the decrements to the next collection. Even the
   stopped-world drain can leave the word at 0 (it adds decrements of
   references the owner counted locally), so those tests also refuse
   deferred objects (merge_zero, sh_object_is_unshared). */

/* A table this large is drained at once: a thread touching very many
   deferred objects between collections keeps the table small. */
#define MAX_ENTRIES 65536

static bool grow(ShThreadState *ts) {
  size_t cap = ts->deferred_cap ? ts->deferred_cap * 2 : 64;
  ShDeferredCount *t = calloc(cap, sizeof *t);
  if (!t) return false;
  for (size_t i = 0; i < ts->deferred_cap; i++) {
    ShDeferredCount *e = &ts->deferred_counts[i];
    if (!e->obj) continue;
    size_t j = ((uintptr_t)e->obj >> 5) & (cap - 1);
    while (t[j].obj)
      j = (j + 1) & (cap - 1);
    t[j] = *e;
  }
  free(ts->deferred_counts);
  ts->deferred_counts = t;
  ts->deferred_cap = cap;
  return true;
}

bool sh_deferred_count_add(ShObject *o, intptr_t n) {
  ShThreadState *ts = sh_thread_state();
  if (!ts) return false;
  if (ts->deferred_len * 2 >= ts->deferred_cap) {
    if (ts->deferred_len >= MAX_ENTRIES) sh_deferred_counts_flush(ts);
    if (ts->deferred_len * 2 >= ts->deferred_cap && !grow(ts)) return false;
  }
  size_t mask = ts->deferred_cap - 1, i = ((uintptr_t)o >> 5) & mask;
  for (;; i = (i + 1) & mask) {
    ShDeferredCount *e = &ts->deferred_counts[i];
    if (e->obj == o) {
      e->delta += n;
      return true;
    }
    if (!e->obj) {
      e->obj = o;
      e->delta = n;
      ts->deferred_len++;
      return true;
    }
  }
}

/* World stopped only (see above). An entry whose changes cancel out may
   name an object that died since (a try-incref of a stale pointer,
   undone): its memory is not touched. */
void sh_deferred_counts_drain(ShThreadState *ts) {
  for (size_t i = 0; i < ts->deferred_cap; i++) {
    ShDeferredCount *e = &ts->deferred_counts[i];
    if (e->obj && e->delta)
      atomic_fetch_add_explicit(&e->obj->ref_shared, e->delta * (1 << SH_SHARED_SHIFT),
                                memory_order_relaxed);
    e->obj = NULL;
    e->delta = 0;
  }
  ts->deferred_len = 0;
}

/* Moves the increments to the shared words and keeps the decrements (in a
   rebuilt table: removing entries from an open-addressed one in place
   would cut the probe chains). The kept entries name live objects: an
   object this thread counted down is referenced until the collector,
   which drains the table first, frees it. Without memory for the new
   table nothing moves, which is only less exact, never wrong. */
void sh_deferred_counts_flush(ShThreadState *ts) {
  if (!ts->deferred_cap) return;
  ShDeferredCount *t = calloc(ts->deferred_cap, sizeof *t);
  if (!t) return;
  size_t mask = ts->deferred_cap - 1, kept = 0;
  for (size_t i = 0; i < ts->deferred_cap; i++) {
    ShDeferredCount *e = &ts->deferred_counts[i];
    if (!e->obj || !e->delta) continue;
    if (e->delta > 0) {
      atomic_fetch_add_explicit(&e->obj->ref_shared, e->delta * (1 << SH_SHARED_SHIFT),
                                memory_order_relaxed);
      continue;
    }
    size_t j = ((uintptr_t)e->obj >> 5) & mask;
    while (t[j].obj)
      j = (j + 1) & mask;
    t[j] = *e;
    kept++;
  }
  free(ts->deferred_counts);
  ts->deferred_counts = t;
  ts->deferred_len = kept;
}

/* A state deleted while other threads run can only flush: its decrements
   are lost, which leaks the objects (the word stays too high) rather than
   freeing them early. */
void sh_deferred_counts_free(ShThreadState *ts) {
  sh_deferred_counts_flush(ts);
  free(ts->deferred_counts);
  ts->deferred_counts = NULL;
  ts->deferred_cap = 0;
}
