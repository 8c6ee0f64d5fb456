/* Quiescent-state-based reclamation (DESIGN.md 5): memory a lock-free
   reader may still be looking at is freed only after every thread has
   passed a quiescent point since it was retired. */
#ifndef SHOAL_QSBR_H
#define SHOAL_QSBR_H

#include "thread.h"

/* Frees p (sh_mem memory) now when one thread runs, else once it is safe. */
void sh_qsbr_retire(void *p);
/* The same for storage of `container`: freed at once when no other thread
   can be reading it (the container is this thread's and nobody else ever
   counted a reference to it). */
void sh_qsbr_retire_for(ShObject *container, void *p);
/* The calling thread is at a quiescent point: it holds no pointer into
   shared container memory. Frees what has become safe. */
void sh_qsbr_quiescent(ShThreadState *ts);
/* Frees everything this thread retired, whatever others do: only at
   thread end, when the world is stopped, or with one thread left. */
void sh_qsbr_drain(ShThreadState *ts);

#endif
