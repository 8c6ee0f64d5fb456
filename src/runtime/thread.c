/* Thread states: creation, the registry of live ones, and the guard that
   turns runaway C recursion into RecursionError. */
#define _GNU_SOURCE
#include <mimalloc.h>
#include <pthread.h>
#include <stdlib.h>

#include "thread.h"
#include "error.h"
#include "../objects/exception.h"

_Thread_local ShThreadState *sh_tstate;
int sh_recursion_limit = 1000;

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static ShThreadState *registry;

/* Leave this much C stack for the unwinding code itself. */
#define C_STACK_MARGIN (256 * 1024)

static char *stack_limit_of_this_thread(void) {
  pthread_attr_t attr;
  void *addr;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return NULL;
  pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  return (char *)addr + C_STACK_MARGIN;
}

ShThreadState *sh_thread_state_new(void) {
  ShThreadState *ts = calloc(1, sizeof *ts);
  if (!ts) return NULL;
  ts->id = sh_thread_id();
  ts->heap_tracked = mi_heap_new();
  ts->heap_untracked = mi_heap_new();
  ts->heap_raw = mi_heap_new();
  ts->c_stack_limit = stack_limit_of_this_thread();
  pthread_mutex_lock(&registry_lock);
  ts->next = registry;
  registry = ts;
  pthread_mutex_unlock(&registry_lock);
  sh_tstate = ts;
  return ts;
}

int sh_thread_state_with(uintptr_t id, int (*fn)(ShThreadState *, void *), void *arg) {
  pthread_mutex_lock(&registry_lock);
  int r = -1;
  for (ShThreadState *ts = registry; ts; ts = ts->next)
    if (ts->id == id) {
      r = fn(ts, arg);
      break;
    }
  pthread_mutex_unlock(&registry_lock);
  return r;
}

int sh_thread_states_foreach(int (*fn)(ShThreadState *, void *), void *arg) {
  pthread_mutex_lock(&registry_lock);
  int r = 0;
  for (ShThreadState *ts = registry; ts && r >= 0; ts = ts->next) r = fn(ts, arg);
  pthread_mutex_unlock(&registry_lock);
  return r;
}

void sh_thread_state_delete(ShThreadState *ts) {
  sh_refcount_merge_queued(ts);
  for (int i = 0; i < SH_FREELIST_COUNT; i++)
    while (ts->freelist[i]) {
      ShObject *o = ts->freelist[i];
      ts->freelist[i] = *(ShObject **)(o + 1);
      mi_free(o);
    }
  pthread_mutex_lock(&registry_lock);
  for (ShThreadState **p = &registry; *p; p = &(*p)->next)
    if (*p == ts) {
      *p = ts->next;
      break;
    }
  pthread_mutex_unlock(&registry_lock);
  if (sh_tstate == ts) sh_tstate = NULL;
  free(ts->merge_queue);
  free(ts);
}

int sh_enter_recursive_call(const char *where) {
  ShThreadState *ts = sh_thread_state();
  char here;
  if (++ts->c_recursion_depth > sh_recursion_limit + 50 ||
      (ts->c_stack_limit && &here < ts->c_stack_limit)) {
    ts->c_recursion_depth--;
    sh_err_format(&sh_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
  }
  return 0;
}

void sh_leave_recursive_call(void) { sh_thread_state()->c_recursion_depth--; }
