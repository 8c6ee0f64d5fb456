/* Object fields that other threads may replace while one loads them:
   closure cells, __slots__ members. */
#ifndef SHOAL_FIELD_H
#define SHOAL_FIELD_H

#include "object.h"
#include "lock.h"
#include "thread.h"

/* A load counts the value with try-incref and re-checks the field (as a
   list read does its slot), falling back to the owner's mutex, which
   every store takes; a replaced value is dropped at once, its memory kept
   readable by QSBR and the block caches meanwhile. */
ShObject *sh_field_get_shared(ShObject *owner, ShObject **field, ShObject *v);

/* The field's value with a new reference, or NULL when it is empty. */
static inline ShObject *sh_field_get_ref(ShObject *owner, ShObject **field) {
  ShObject *v = __atomic_load_n(field, __ATOMIC_ACQUIRE);
  if (!v) return NULL;
  if (!sh_multithreaded()) return sh_newref(v);
  return sh_field_get_shared(owner, field, v);
}

/* Stores v (stolen; NULL empties the field) and returns the old value,
   whose reference passes to the caller. */
static inline ShObject *sh_field_swap(ShObject *owner, ShObject **field, ShObject *v) {
  sh_object_lock(owner);
  ShObject *old = *field;
  __atomic_store_n(field, v, __ATOMIC_RELEASE);
  sh_object_unlock(owner);
  return old;
}

/* Fields Python code replaces whole (__dict__, __defaults__...), read by
   other threads without counting: the field's value with a new
   reference, a fresh dict installed by compare-and-swap when empty... */
ShObject *sh_field_lazy_dict(ShObject **field);
/* ...and a store whose old value is dropped after a grace period. */
void sh_field_replace_late(ShObject **field, ShObject *v);

#endif
