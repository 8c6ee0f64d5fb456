/* Quiescent-state-based reclamation (DESIGN.md 5): memory a lock-free
   reader may still be looking at is freed only after every thread has
   passed a quiescent point since it was retired. */
#ifndef SHOAL_QSBR_H
#define SHOAL_QSBR_H

#include "thread.h"

/* Frees p (sh_mem memory) now when one thread runs, else once it is safe. */
void sh_qsbr_retire(void *p);
/* Frees a dead object's block (sh_object_free's) once it is safe. */
void sh_qsbr_retire_object(ShObject *o);
/* No other thread is attached: what this thread removed from shared
   structures can be freed at once (no grace period needed). */
bool sh_qsbr_alone(ShThreadState *ts);
/* The same for storage of `container`: freed at once when no other thread
   can be reading it (the container is this thread's and nobody else ever
   counted a reference to it). */
void sh_qsbr_retire_for(ShObject *container, void *p);
/* Drops one reference to o once every thread has passed a quiescent
   point: for a container whose items other threads may hold uncounted
   (loaned, DESIGN 5a) when it lets go of one. Now when one thread runs. */
void sh_qsbr_decref_later(ShObject *o);
/* The calling thread is at a quiescent point: it holds no pointer into
   shared container memory and no loaned reference. Frees what has become
   safe; at a safe point of the eval loop (`safe_point`) also drops the
   references whose grace period ended, which may run Python code. */
void sh_qsbr_quiescent(ShThreadState *ts, bool safe_point);
/* The calling thread just detached: wakes threads whose late decrefs it
   was the last to hold up. */
void sh_qsbr_left(void);
/* The calling thread's Python code ended: it reads no shared memory
   without a counted reference any more, so it holds up no grace period
   (until it next attaches). */
void sh_qsbr_done(ShThreadState *ts);
/* A thread whose Python code ended hands what it has pending to the next
   thread that passes a safe point. */
void sh_qsbr_orphan(ShThreadState *ts);
/* Frees everything this thread retired, whatever others do: only at
   thread end, when the world is stopped, or with one thread left. */
void sh_qsbr_drain(ShThreadState *ts);

#endif
