/* The shared-read half of object fields that threads replace (field.h):
   try-incref and re-check, then the owner's mutex. */
#include "field.h"
#include "qsbr.h"
#include "../objects/dict.h"

ShObject *sh_field_get_shared(ShObject *owner, ShObject **field, ShObject *v) {
  for (int attempt = 0; v && attempt < 4; attempt++) {
    if (sh_try_incref(v)) {
      if (__atomic_load_n(field, __ATOMIC_ACQUIRE) == v) return v;
      sh_refcount_undo_try(v);
    }
    v = __atomic_load_n(field, __ATOMIC_ACQUIRE);
  }
  /* refused (dead, or another thread's and never published) or raced
     each time: under the mutex the field holds its value alive */
  sh_object_lock(owner);
  v = __atomic_load_n(field, __ATOMIC_ACQUIRE);
  if (v) sh_take_locked(v);
  sh_object_unlock(owner);
  return v;
}

ShObject *sh_field_lazy_dict(ShObject **field) {
  ShObject *d = __atomic_load_n(field, __ATOMIC_ACQUIRE), *expected = NULL;
  if (d) return sh_newref(d);
  if (!(d = sh_dict_new())) return NULL;
  if (__atomic_compare_exchange_n(field, &expected, d, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return sh_newref(d);
  sh_decref(d);
  return sh_newref(expected);
}

void sh_field_replace_late(ShObject **field, ShObject *v) {
  ShObject *old = __atomic_exchange_n(field, sh_xnewref(v), __ATOMIC_ACQ_REL);
  if (old) sh_qsbr_decref_later(old);
}
