/* The cycle collector's interface: collecting, scheduling, the settings
   the gc module exposes. */
#ifndef SHOAL_GC_H
#define SHOAL_GC_H

#include "object.h"

/* Runs a full collection; returns the number of unreachable objects freed. */
intptr_t sh_gc_collect(void);
/* Called for every tracked allocation; sets sh_gc_pending (and the eval
   breaker) when a collection is due. */
void sh_gc_note_allocation(void);
/* A tracked object was freed: the count that triggers collections is net. */
void sh_gc_note_free(void);
extern _Atomic int sh_gc_pending;
void sh_gc_enable(bool on);
bool sh_gc_is_enabled(void);
intptr_t sh_gc_count(void);
void sh_gc_get_thresholds(int out[3]);
void sh_gc_set_thresholds(const int in[3]);
/* Calls fn on every live tracked object (gc.get_objects), with the world
   stopped: fn must not run Python code, block, take locks or allocate
   objects (it may count the object and note its address). */
int sh_gc_foreach_tracked(int (*fn)(ShObject *, void *), void *arg);

#endif
