/* Object and raw memory allocation through mimalloc, with one heap per
   thread and kind (tracked objects, untracked objects, raw memory). */
#include <mimalloc.h>
#include <string.h>

#include "object.h"
#include "error.h"
#include "thread.h"
#include "gc.h"
#include "qsbr.h"
#include "freelist.h"

static mi_heap_t *heap_for(int kind) {
  ShThreadState *ts = sh_thread_state();
  if (!ts) return mi_heap_get_default();
  void *h = kind == 0 ? ts->heap_tracked : kind == 1 ? ts->heap_untracked : ts->heap_raw;
  return h ? (mi_heap_t *)h : mi_heap_get_default();
}

/* Block caches. While threads run, a freed object cannot go back to
   mimalloc at once: a lock-free reader may still try-incref it, and reuse
   as other memory (or a zeroing allocation) could wipe that increment
   while the reader's re-check of its slot still succeeds. QSBR delays the
   free, at the cost of cold memory and a grace period per object. Instead
   small blocks go to a per-thread cache by heap kind and size class and
   are reused as objects only, keeping ref_shared's count: a racing
   reader's increment then lands on a live header and is undone or, if its
   slot holds the new object, counts it. Classes: 48 to 256 bytes by 16
   (a block must hold the header and the list link). */
#define BLOCK_MIN_CLASS 3
#define BLOCK_MAX_CLASS 16
#define BLOCK_CACHE_MAX 256

static int block_list(bool tracked, size_t cls) {
  return SH_FREELIST_BLOCKS + (tracked ? 0 : 14) + (int)(cls - BLOCK_MIN_CLASS);
}

/* A block of this thread's heaps? Only those may be cached: an object
   this thread made in another thread's heap would escape the heap walk
   that gives up what a finishing thread owns (sh_thread_release_ownership).
   An object still owned by this thread came from its heap or its caches. */
static bool own_block(ShThreadState *ts, ShObject *o, bool tracked) {
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) == ts->id) return true;
  return mi_heap_contains_block(tracked ? ts->heap_tracked : ts->heap_untracked, o);
}

/* Puts a freed block (already marked) on list `which` unless it is full
   or the block is not this thread's to cache. */
static inline __attribute__((always_inline)) bool push_block(ShThreadState *ts, int which,
                                                             ShObject *o, int max) {
  if (!ts || ts->freelist_len[which] >= max) return false;
  if (sh_multithreaded() &&
      !own_block(ts, o, which >= SH_FREELIST_BLOCKS && which < SH_FREELIST_BLOCKS + 14))
    return false;
  sh_block_link(ts, which, o);
  return true;
}

/* Zeroes size bytes (a multiple of 8 up to 256, else any) by inline
   stores, a constant-size memset per word count: most objects are a few
   words, for which a memset call costs more than the stores. */
static inline void zero_words(void *p, size_t size) {
  switch (size & 7 ? 0 : size >> 3) {
#define ZERO_WORDS(n)                                                                              \
  case n: __builtin_memset(p, 0, (n)*8); break;
    ZERO_WORDS(1)
    ZERO_WORDS(2)
    ZERO_WORDS(3)
    ZERO_WORDS(4)
    ZERO_WORDS(5)
    ZERO_WORDS(6)
    ZERO_WORDS(7) ZERO_WORDS(8) ZERO_WORDS(9) ZERO_WORDS(10) ZERO_WORDS(11) ZERO_WORDS(12)
        ZERO_WORDS(13) ZERO_WORDS(14) ZERO_WORDS(15) ZERO_WORDS(16)
#undef ZERO_WORDS
            default : memset(p, 0, size);
  }
}

ShObject *sh_object_alloc(ShType *type, intptr_t nitems) {
  size_t size = (size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize;
  bool tracked = (type->flags & SH_TPFLAGS_GC) != 0;
  size_t cls = (size + 15) >> 4;
  ShThreadState *ts = sh_thread_state();
  ShObject *o = NULL;
  if (ts && cls >= BLOCK_MIN_CLASS && cls <= BLOCK_MAX_CLASS &&
      (o = sh_block_pop(ts, block_list(tracked, cls)))) {
    /* the rest of the block's 16-byte class: whole words */
    zero_words(o + 1, (cls << 4) - sizeof(ShObject));
  } else {
    mi_heap_t *heap = heap_for(tracked ? 0 : 1);
    size_t words = (size + 7) & ~(size_t)7;
    if (words <= 128) {
      o = mi_heap_malloc_small(heap, words);
      if (o) zero_words(o, words);
    } else {
      o = mi_heap_zalloc(heap, size);
    }
    if (!o) return sh_err_no_memory();
    SH_TSAN_REUSED(o);
    atomic_store_explicit(&o->tid, sh_thread_id(), memory_order_relaxed);
    atomic_store_explicit(&o->ref_local, 1, memory_order_relaxed);
  }
  if (tracked) {
    atomic_store_explicit(&o->gc_bits, SH_GC_TRACKED, memory_order_relaxed);
    sh_gc_note_allocation();
  }
  __atomic_store_n(&o->type, type, __ATOMIC_RELAXED);
  /* a deferred class is kept alive by the collector, which marks the
     class of every live instance; no count to contend on */
  if (SH_INSTANCE_COUNTS_TYPE(type)) sh_incref(SH_OBJ(type));
  return o;
}

ShObject *sh_object_resize(ShObject *o, size_t newsize) {
  bool tracked = (o->type->flags & SH_TPFLAGS_GC) != 0;
  ShObject *n = mi_heap_realloc(heap_for(tracked ? 0 : 1), o, newsize);
  return n ? n : sh_err_no_memory();
}

void sh_object_free(ShObject *o) {
  ShType *type = o->type;
  if (atomic_load_explicit(&o->gc_bits, memory_order_relaxed) & SH_GC_TRACKED) sh_gc_note_free();
  sh_block_mark_freed(o);
  /* While threads run, see the block caches above. */
  SH_TSAN_FREED(o);
  ShThreadState *ts = sh_thread_state();
  if (sh_multithreaded() && !(ts && sh_qsbr_alone(ts))) {
    size_t cls = mi_usable_size(o) >> 4;
    if (cls > BLOCK_MAX_CLASS || cls < BLOCK_MIN_CLASS ||
        !push_block(ts, block_list(type->flags & SH_TPFLAGS_GC, cls), o, BLOCK_CACHE_MAX))
      sh_qsbr_retire_object(o);
  } else {
    mi_free(o);
  }
  if (SH_INSTANCE_COUNTS_TYPE(type)) sh_decref(SH_OBJ(type));
}

/* The blocks below move between threads too (a generator's frame freed by
   the thread that finished it, reused by another): the same happens-before
   edge as the object blocks, for ThreadSanitizer. */
void *sh_mem_alloc(size_t n) {
  void *p = mi_heap_malloc(heap_for(2), n ? n : 1);
  if (p) SH_TSAN_REUSED(p);
  return p;
}
void *sh_mem_calloc(size_t count, size_t size) {
  void *p = mi_heap_calloc(heap_for(2), count ? count : 1, size ? size : 1);
  if (p) SH_TSAN_REUSED(p);
  return p;
}
void *sh_mem_realloc(void *p, size_t n) {
  if (p) SH_TSAN_FREED(p);
  void *q = mi_heap_realloc(heap_for(2), p, n ? n : 1);
  if (q) SH_TSAN_REUSED(q);
  return q;
}
void sh_mem_free(void *p) {
  if (p) SH_TSAN_FREED(p);
  mi_free(p);
}
char *sh_mem_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = sh_mem_alloc(n);
  if (d) memcpy(d, s, n);
  return d;
}

/* Heap walks of other threads may look at a block while it moves through
   a free list: the header's type is written with relaxed atomics. */
void sh_freelist_free_slow(ShThreadState *ts, int which, ShObject *o) {
  if (!ts || ts->freelist_len[which] >= SH_FREELIST_MAX || !own_block(ts, o, false)) {
    sh_object_free(o);
    return;
  }
  sh_block_mark_freed(o);
  sh_block_link(ts, which, o);
}
