/* Module locks (vm/import_lock.c): a thread importing a module that another
   thread is still executing waits for it. */
#ifndef SHOAL_IMPORT_LOCK_H
#define SHOAL_IMPORT_LOCK_H

/* Before loading `name` (absent from sys.modules): 1 when this thread now
   owns its import (pair with sh_import_lock_release), 0 when it waited for
   another thread's import of it (look in sys.modules again), 2 when this
   thread is importing it already or waiting would deadlock (load without
   owning, as CPython does). */
int sh_import_lock_claim(const char *name);
void sh_import_lock_release(const char *name);
/* `name` was found in sys.modules: waits while another thread is still
   executing it (unless that would deadlock). */
void sh_import_lock_wait(const char *name);

#endif
