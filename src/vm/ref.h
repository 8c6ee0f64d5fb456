/* Tagged references held in frame registers. The low bit set means the
   register does not own a count (a constant, a deferred object, a borrowed
   argument): loading it costs nothing and dropping it does nothing. */
#ifndef SHOAL_REF_H
#define SHOAL_REF_H

#include "../runtime/object.h"
#include "opcodes.h"

typedef uintptr_t ShRef;
#define SH_REF_NULL ((ShRef)0)
#define SH_REF_BORROWED_BIT ((ShRef)1)
/* With the borrowed bit: a loan (DESIGN 5a), a value read without counting
   from a container that drops its items only after a grace period. It is
   valid until this thread's next quiescent point, before which the thread
   turns its loans into counted references (sh_frame_promote_loans). */
#define SH_REF_LOAN_BITS ((ShRef)3)

static inline ShObject *sh_ref_obj(ShRef r) {
  return (ShObject *)(r & ~SH_REF_LOAN_BITS);
}
static inline ShRef sh_ref_steal(ShObject *o) {
  return (ShRef)o;
} /* owns o's count */
static inline ShRef sh_ref_borrow(ShObject *o) {
  return (ShRef)o | SH_REF_BORROWED_BIT;
}
static inline ShRef sh_ref_loan(ShObject *o) {
  return (ShRef)o | SH_REF_LOAN_BITS;
}
static inline bool sh_ref_is_loan(ShRef r) {
  return (r & SH_REF_LOAN_BITS) == SH_REF_LOAN_BITS;
}
static inline bool sh_ref_is_borrowed(ShRef r) {
  return (r & SH_REF_BORROWED_BIT) != 0;
}
static inline void sh_ref_close(ShRef r) {
  if (r && !(r & SH_REF_BORROWED_BIT)) sh_decref((ShObject *)r);
}
/* A second register's worth of the same reference. */
static inline ShRef sh_ref_dup(ShRef r) {
  if (!(r & SH_REF_BORROWED_BIT) && r) sh_incref((ShObject *)r);
  return r;
}
/* An owned ShObject* out of a register (for return values, heap stores). */
static inline ShObject *sh_ref_new_object(ShRef r) {
  return sh_newref(sh_ref_obj(r));
}

#endif
