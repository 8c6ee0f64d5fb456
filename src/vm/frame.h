/* Frames: a code object's registers and where it is, on the thread's
   frame stack (or inside a generator while suspended). */
#ifndef SHOAL_FRAME_H
#define SHOAL_FRAME_H

#include "code.h"
#include "ref.h"
#include "../runtime/thread.h"

enum { SH_FRAME_RUNNING, SH_FRAME_SUSPENDED, SH_FRAME_DONE };

typedef struct ShFrame {
  /* code, globals and builtins are owned unless `borrows`: a function's
     frame borrows them from its func, which it owns and which cannot change
     them (__code__ and __globals__ are read-only). */
  ShCode *code;
  ShObject *func;                        /* owned, NULL for module/exec code */
  ShObject *globals, *builtins, *locals; /* locals: owned, NULL in function frames */
  struct ShFrame *back;
  uint32_t pc;         /* instruction to run next */
  uint32_t cur_pc;     /* start of the instruction running (for lines, handlers) */
  uint32_t result_reg; /* where a Python callee's return value lands */
  uint32_t resume_reg; /* generator: where the sent value goes on resume */
  uint8_t is_entry;    /* returning from it leaves sh_eval_frame */
  uint8_t state;
  uint8_t on_heap;       /* owned by a generator, not on the frame stack */
  uint8_t throwing;      /* resume by raising the current exception at cur_pc */
  uint8_t borrows;       /* code, globals, builtins belong to func */
  uint8_t func_borrowed; /* func is deferred and not counted by this frame */
  ShObject *gen;         /* borrowed: the generator owning this frame */
  ShObject *sent;        /* generator: value or exception brought in by send/throw */
  ShObject *locals_dict; /* function frames: what locals() returned, kept updated */
  ShObject *frame_obj;   /* stack frames: the frame object made for it (owned) */
  uint32_t nregs;
  ShRef regs[];
} ShFrame;

/* Frame stack of the current thread. */
/* A frame for code with zeroed registers; code is borrowed (set `borrows`
   or take references before anything can drop them). */
ShFrame *sh_frame_push(ShThreadState *ts, ShCode *code);
/* The frame of a call to Python function func, arguments bound. */
ShFrame *sh_frame_push_function(ShThreadState *ts, ShObject *func, ShObject *const *args,
                                size_t nargs, ShObject *kwnames);
/* The frame of the eval loop's common call: func's code takes exactly
   self (when not NULL) and the nargs argument registers, which the callee
   borrows (the caller keeps them until the call returns), and has no
   cells (sh_frame_takes_exact checks). NULL with RecursionError set. */
ShFrame *sh_frame_push_exact(ShThreadState *ts, ShObject *func, ShObject *self, const ShRef *args,
                             size_t nargs);
void sh_frame_pop(ShThreadState *ts, ShFrame *f); /* clears registers, frees */
void sh_frame_clear(ShFrame *f);                  /* drops everything it holds */
ShFrame *sh_frame_copy_to_heap(ShFrame *f);       /* for generators */

/* Runs f (already set up) until it returns, yields or raises. */
ShObject *sh_eval_frame(ShThreadState *ts, ShFrame *f);

/* Fills f's parameter registers from a call, with CPython's messages for
   every mismatch. Arguments are borrowed; registers take owned refs. */
int sh_bind_arguments(ShFrame *f, ShObject *func, ShObject *const *args, size_t nargs,
                      ShObject *kwnames);
/* Turns the borrowed references a frame holds (registers, func) into
   counted ones: for frames that outlive their call (generators). */
void sh_frame_own_references(ShFrame *f);
/* Turns every loan in this thread's frames into a counted reference: the
   thread is about to pass a quiescent point (eval breaker, detaching,
   stopping the world), after which loans are no longer protected. */
void sh_frame_promote_loans(ShThreadState *ts);
/* The cycle collector's roots on the stacks: every object a frame of this
   thread borrows without counting (world stopped). */
void sh_frame_visit_borrowed(ShThreadState *ts, int (*visit)(ShObject *, void *), void *arg);

/* Creates the cells and copies the closure into a fresh frame. */
int sh_frame_init_cells(ShFrame *f, ShObject *closure);

/* locals() of a frame: its mapping, or a dict of its bound variables. */
ShObject *sh_frame_locals_of(ShFrame *f);

/* A frame object for a live frame (sys._getframe, f_back: `mine`, f is on
   this thread's chain; gi_frame). A stack frame keeps its one frame
   object, which reads the frame live until it ends; a generator's frame
   gets a snapshot each time. */
ShObject *sh_frame_object_new(ShFrame *f, bool mine);
/* A stack frame with a frame object is ending: the object keeps its last
   line and locals and its caller's frame object (f_back). */
void sh_frame_object_detach(ShFrame *f);

/* Traceback entries and printing (traceback.c). */
int sh_traceback_add(ShObject *exc, ShFrame *f);
int sh_frame_line(ShFrame *f);

/* Generators (generator.c) */
ShObject *sh_generator_new(ShFrame *heap_frame);
/* Resumes gen with `value` (or raising `exc` in it). Returns the yielded
   value with *done = false, or the return value with *done = true, or
   NULL with an exception set. */
ShObject *sh_generator_send(ShObject *gen, ShObject *value, bool *done);

#endif
