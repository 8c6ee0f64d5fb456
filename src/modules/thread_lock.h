/* Lock objects of the _thread module: the plain lock and the re-entrant
   one. Waiting detaches the thread, so a blocked thread holds up no one. */
#ifndef SHOAL_THREAD_LOCK_H
#define SHOAL_THREAD_LOCK_H

#include "../runtime/object.h"

#define SH_LOCK_TIMEOUT_MAX 9223372036.0 /* seconds, as CPython's on Linux */
/* the longest timeout acquire() accepts, in microseconds */
#define SH_LOCK_TIMEOUT_MAX_US (INT64_MAX / 1000)

extern ShType sh_type_lock, sh_type_rlock;
ShObject *sh_lock_new(void);
bool sh_lock_acquire_now(ShObject *lock); /* non-blocking */
void sh_lock_release_if_held(ShObject *lock);

#endif
