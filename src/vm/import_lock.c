/* Module locks: a thread that imports a module another thread is still
   executing waits until it is done, as with CPython's per-module locks. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "import_lock.h"
#include "../runtime/thread.h"

/* Imports in progress, by full name. Entries and each thread's
   `import_waiting_for` are read and written under `lock`. Waiting threads
   are detached; they never take `lock` while attaching, since attaching
   may wait out a stop-the-world that an attached thread blocked on `lock`
   would hold up. */
typedef struct Importing {
  char *name;
  uintptr_t owner;
  struct Importing *next;
} Importing;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;
static Importing *importing;
static _Atomic int nimporting; /* lets imports skip the lock when none runs */

static Importing *find(const char *name) {
  for (Importing *e = importing; e; e = e->next)
    if (strcmp(e->name, name) == 0) return e;
  return NULL;
}

static int waiting_for(ShThreadState *ts, void *arg) {
  *(uintptr_t *)arg = ts->import_waiting_for;
  return 0;
}

/* Would waiting for `owner` close a cycle of threads each waiting for a
   module the next one is importing? (Then CPython hands out the partial
   module instead of deadlocking, and so do we.) */
static bool would_deadlock(uintptr_t owner) {
  uintptr_t me = sh_thread_id();
  for (int steps = 0; owner && steps < 64; steps++) {
    if (owner == me) return true;
    uintptr_t next = 0;
    if (sh_thread_state_with(owner, waiting_for, &next) < 0) return false;
    owner = next;
  }
  return false;
}

/* Waits (detached) until the entry for `name` is gone; lock held on entry
   and exit. Returns false without waiting when waiting is not possible. */
static bool wait_locked(const char *name) {
  Importing *e = find(name);
  ShThreadState *ts = sh_thread_state();
  if (!e || e->owner == sh_thread_id() || !ts || would_deadlock(e->owner)) return false;
  ts->import_waiting_for = e->owner;
  sh_thread_detach(ts);
  while (find(name))
    pthread_cond_wait(&done, &lock);
  ts->import_waiting_for = 0;
  pthread_mutex_unlock(&lock);
  sh_thread_attach(ts);
  pthread_mutex_lock(&lock);
  return true;
}

int sh_import_lock_claim(const char *name) {
  pthread_mutex_lock(&lock);
  if (wait_locked(name)) {
    pthread_mutex_unlock(&lock);
    return 0;
  }
  if (find(name)) { /* this thread's own import, or a deadlock avoided */
    pthread_mutex_unlock(&lock);
    return 2;
  }
  Importing *e = malloc(sizeof *e);
  char *copy = strdup(name);
  if (!e || !copy) {
    free(e);
    free(copy);
    pthread_mutex_unlock(&lock);
    return 2; /* no memory: import unguarded rather than fail */
  }
  e->name = copy;
  e->owner = sh_thread_id();
  e->next = importing;
  importing = e;
  atomic_fetch_add(&nimporting, 1);
  pthread_mutex_unlock(&lock);
  return 1;
}

void sh_import_lock_release(const char *name) {
  pthread_mutex_lock(&lock);
  for (Importing **p = &importing; *p; p = &(*p)->next)
    if (strcmp((*p)->name, name) == 0 && (*p)->owner == sh_thread_id()) {
      Importing *e = *p;
      *p = e->next;
      free(e->name);
      free(e);
      atomic_fetch_sub(&nimporting, 1);
      break;
    }
  pthread_cond_broadcast(&done);
  pthread_mutex_unlock(&lock);
}

void sh_import_lock_wait(const char *name) {
  if (!atomic_load(&nimporting)) return;
  pthread_mutex_lock(&lock);
  wait_locked(name);
  pthread_mutex_unlock(&lock);
}
