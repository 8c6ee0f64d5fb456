/* Loans: uncounted reads of items from lists and dicts that other threads
   own (DESIGN 5a), and the container side that makes them safe. */
#include "container_util.h"

/* Under the container's lock, so that every writer either ran before (and
   the reader, which marks before reading, sees its change) or runs after
   and sees the mark, and so drops items only after a grace period. */
void sh_container_mark_loaned(ShObject *c) {
  sh_object_lock(c);
  atomic_fetch_or_explicit(&c->gc_bits, SH_GC_LOANED, memory_order_release);
  sh_object_unlock(c);
}

/* Nobody can take a new loan from a dead container (loans of the
   container itself would have kept it alive), but loans taken before its
   death may still be in registers: its items are dropped after a grace
   period. The count is rebuilt in its merged form (no owner) by atomic
   adds, since a lock-free reader may be trying to count it meanwhile. */
bool sh_container_defer_dealloc(ShObject *c) {
  if (!sh_container_is_loaned(c)) return false;
  atomic_fetch_and_explicit(&c->gc_bits, (uint8_t)~SH_GC_LOANED, memory_order_relaxed);
  atomic_store_explicit(&c->ref_local, 0, memory_order_relaxed);
  atomic_store_explicit(&c->tid, 0, memory_order_relaxed);
  atomic_fetch_add_explicit(&c->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_relaxed);
  atomic_fetch_or_explicit(&c->ref_shared, SH_SHARED_MERGED, memory_order_release);
  sh_qsbr_decref_later(c);
  return true;
}
