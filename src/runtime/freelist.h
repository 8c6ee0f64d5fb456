/* Per-thread free lists and block caches: the inline halves of taking a
   block and giving one back (runtime/alloc.c has the rest, and the why). */
#ifndef SHOAL_FREELIST_H
#define SHOAL_FREELIST_H

#include "object.h"
#include "thread.h"

/* mimalloc is not instrumented: tell ThreadSanitizer that freeing a block
   happens before its reuse by another thread. Keyed by the block's 32 MiB
   mimalloc segment, not its address: a page emptied and reused for
   another size class puts new blocks across the old ones' bounds (a block
   QSBR freed after reading its chain link, then the middle of a bigger
   object allocated there, was reported as a race). */
#if defined(__SANITIZE_THREAD__)
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
#define SH_TSAN_KEY(p) ((void *)((uintptr_t)(p) & ~(((uintptr_t)1 << 25) - 1)))
#define SH_TSAN_FREED(p) __tsan_release(SH_TSAN_KEY(p))
#define SH_TSAN_REUSED(p) __tsan_acquire(SH_TSAN_KEY(p))
#else
#define SH_TSAN_FREED(p) ((void)(p))
#define SH_TSAN_REUSED(p) ((void)(p))
#endif

/* Kept short: a long list would hold memory no other size can reuse. */
#define SH_FREELIST_MAX 128

/* Takes a block off list `which`, with the header of a new object owned by
   this thread (type and gc bits left to the caller), or NULL. */
static inline __attribute__((always_inline)) ShObject *sh_block_pop(ShThreadState *ts, int which) {
  ShObject *o = ts->freelist[which];
  if (!o) return NULL;
  ts->freelist[which] = *(ShObject **)(o + 1);
  ts->freelist_len[which]--;
  SH_TSAN_REUSED(o);
  atomic_store_explicit(&o->tid, sh_thread_id(), memory_order_relaxed);
  atomic_store_explicit(&o->mutex, 0, memory_order_relaxed);
  atomic_store_explicit(&o->gc_bits, 0, memory_order_relaxed);
  atomic_store_explicit(&o->ref_local, 1, memory_order_relaxed);
  /* Not zeroed (see alloc.c): only the flags of the old life go. */
  if (atomic_load_explicit(&o->ref_shared, memory_order_relaxed) &
      SH_SHARED_FLAGS) /* usually not: no atomic write then */
    atomic_fetch_and_explicit(&o->ref_shared, ~(intptr_t)SH_SHARED_FLAGS, memory_order_relaxed);
  o->aux = 0;
  return o;
}

/* A heap walk (collector, ownership release) must see a freed block as
   dead while it sits in a list or waits for QSBR. */
static inline void sh_block_mark_freed(ShObject *o) {
  atomic_store_explicit(&o->gc_bits, SH_GC_FREED, memory_order_relaxed);
  __atomic_store_n(&o->type, NULL, __ATOMIC_RELAXED);
}

static inline void sh_block_link(ShThreadState *ts, int which, ShObject *o) {
  *(ShObject **)(o + 1) = ts->freelist[which];
  ts->freelist[which] = o;
  ts->freelist_len[which]++;
}

/* The slow halves (alloc.c). */
void sh_freelist_free_slow(ShThreadState *ts, int which, ShObject *o);

/* An object of exact type `type` from free list `which`, or a fresh one. */
static inline ShObject *sh_freelist_alloc(int which, ShType *type) {
  ShThreadState *ts = sh_thread_state();
  ShObject *o = ts ? sh_block_pop(ts, which) : NULL;
  if (!o) return sh_object_alloc(type, 0);
  __atomic_store_n(&o->type, type, __ATOMIC_RELAXED);
  return o;
}

/* Gives a dead object of list `which`'s type back. */
static inline void sh_freelist_free(int which, ShObject *o) {
  ShThreadState *ts = sh_thread_state();
  /* an object this thread owns is a block of its own heaps (see alloc.c) */
  if (__builtin_expect(!ts || ts->freelist_len[which] >= SH_FREELIST_MAX ||
                           atomic_load_explicit(&o->tid, memory_order_relaxed) != ts->id,
                       0)) {
    sh_freelist_free_slow(ts, which, o);
    return;
  }
  sh_block_mark_freed(o);
  sh_block_link(ts, which, o);
}

#endif
