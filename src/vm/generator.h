/* Generator objects and the `yield from` delegation they share with the
   eval loop. */
#ifndef SHOAL_GENERATOR_H
#define SHOAL_GENERATOR_H

#include "coroutine.h"
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

/* The machinery below is shared by generators, coroutines and async
   generators (coroutine.c), which all are ShGenerators. */

/* Objects YIELD_FROM resumes directly rather than through next()/send(). */
#define SH_GEN_RESUMABLE(o) (SH_TYPE(o) == &sh_type_generator || SH_TYPE(o) == &sh_type_coroutine)

/* Runs g's frame once with `value` sent in (NULL = None), or raising the
   current exception in it (throwing): the yielded value (*done false), the
   returned value (*done true), or NULL with an exception set. */
ShObject *sh_gen_resume(ShGenerator *g, ShObject *value, bool throwing, bool *done);
/* Raises exc in g, offering it first to the iterator g delegates to. */
ShObject *sh_gen_throw_into(ShGenerator *g, ShObject *exc, bool *done);
/* The iterator g's frame is suspended in YIELD_FROM on (borrowed), or NULL. */
ShObject *sh_gen_delegate(ShGenerator *g);
/* The exception that throw(type[, value[, tb]]) / throw(exc) raises;
   `fname` names the method in the argument count message. */
ShObject *sh_gen_exception_from_args(const char *fname, ShObject *const *args, size_t nargs);
/* Sets StopIteration(value) (no argument for None); steals value; NULL. */
ShObject *sh_gen_stop_with(ShObject *value);

/* Methods, slots and attributes of the generator type, reused. */
ShObject *sh_gen_iternext(ShObject *self);
ShObject *sh_gen_send(ShObject *self, ShObject *value);
ShObject *sh_gen_throw(ShObject *self, ShObject *const *args, size_t nargs);
ShObject *sh_gen_close(ShObject *self);
void sh_gen_dealloc(ShObject *o);
int sh_gen_traverse(ShObject *o, sh_visitproc visit, void *arg);
ShObject *sh_gen_get_running(ShObject *o, void *c);
ShObject *sh_gen_get_code(ShObject *o, void *c);
ShObject *sh_gen_get_frame(ShObject *o, void *c);
ShObject *sh_gen_get_suspended(ShObject *o, void *c);
ShObject *sh_gen_get_yieldfrom(ShObject *o, void *c);
ShObject *sh_gen_get_name(ShObject *o, void *c);
ShObject *sh_gen_get_qualname(ShObject *o, void *c);
int sh_gen_set_name(ShObject *o, ShObject *v, void *c);
int sh_gen_set_qualname(ShObject *o, ShObject *v, void *c);

#endif
