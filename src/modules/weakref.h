/* Weak references: the hook deallocation calls to clear the weak references
   to a dying object (and run their callbacks). See modules/weakref.c. */
#ifndef SHOAL_WEAKREF_H
#define SHOAL_WEAKREF_H

#include "../runtime/object.h"

/* Called at the start of deallocation of an object marked SH_GC_WEAKREFS
   (after __del__ for instances of classes). Clears every weak reference to
   o and calls their callbacks. No weak reference can revive o meanwhile:
   making one publishes o, so o died through a merge that try-incref sees. */
void sh_weakref_clear_dying(ShObject *o);

/* The collector's step before finalizers: clears the weak references to
   garbage object o (pinned, so not dying yet) and runs the callbacks of
   those that are not garbage themselves (marked SH_GC_UNREACHABLE). */
void sh_weakref_clear_garbage(ShObject *o);

extern ShType sh_type_weakref, sh_type_weakproxy, sh_type_weakcallableproxy;

#endif
