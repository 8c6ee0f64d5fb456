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

/* Callbacks to run: weak reference, callback pairs, each counted. */
#define SH_WEAKREF_INLINE_CALLBACKS 8
typedef struct ShWeakrefCallbacks {
  ShObject **items;
  size_t n, cap; /* pairs */
  ShObject *inline_items[2 * SH_WEAKREF_INLINE_CALLBACKS];
} ShWeakrefCallbacks;
void sh_weakref_callbacks_init(ShWeakrefCallbacks *l);

/* The collector's step before finalizers, with the world stopped: clears
   the weak references to garbage object o (pinned, so not dying yet) and
   adds to l the callbacks of those that are not garbage themselves
   (marked SH_GC_UNREACHABLE). Clearing them before any thread runs again
   is what keeps garbage unreachable: a thread dereferencing one after the
   restart would revive an object the collector then clears and frees.
   Runs no Python code. */
void sh_weakref_detach_garbage(ShObject *o, ShWeakrefCallbacks *l);
/* Runs the callbacks in l (the world going) and empties it. */
void sh_weakref_run_callbacks(ShWeakrefCallbacks *l);

extern ShType sh_type_weakref, sh_type_weakproxy, sh_type_weakcallableproxy;

#endif
