/* Generator objects and the `yield from` delegation they share with the
   eval loop. */
#ifndef SHOAL_GENERATOR_H
#define SHOAL_GENERATOR_H

#include "frame.h"

/* resume_reg value of a frame suspended in YIELD_FROM: the value sent in
   is kept in frame->sent for the instruction to forward. */
#define SH_RESUME_INTO_SENT 0xFFFFFFFEu

typedef struct ShGenerator {
  ShObject ob;
  ShFrame *frame; /* NULL once finished */
  ShObject *name, *qualname;
  ShObject *exc_state; /* the exception its frame is handling while suspended */
  bool running;
} ShGenerator;

/* Sends `value` (NULL = None / next()) into iterator `it` for YIELD_FROM:
   returns the yielded value (*done false) or the final value (*done true),
   or NULL with an exception set. */
ShObject *sh_gen_delegate_send(ShObject *it, ShObject *value, bool *done);

#endif
