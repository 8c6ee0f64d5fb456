/* The _thread module: Python threads on pooled OS threads (a finished
   thread's OS thread waits for the next start, keeping its heaps walkable),
   lock objects, thread identities. */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "../shoal.h"
#include "../runtime/qsbr.h"
#include "thread_lock.h"
#include "../vm/eval.h"

/* ------------------------------------------------------ the thread pool */

typedef struct Job {
  ShObject *func, *args, *kwargs; /* owned */
  ShObject *sentinel;             /* a lock released when the thread is gone, or NULL */
} Job;

typedef struct Worker {
  pthread_t pthread;
  pthread_mutex_t mutex;
  pthread_cond_t wake;
  Job *job; /* set by the starter, cleared by the worker */
  struct Worker *next_idle;
} Worker;

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static Worker *idle_workers;
static _Atomic intptr_t running_threads; /* _thread._count() */
static size_t stack_size_setting;        /* 0: the system default */

/* The thread's own sentinel (set by _set_sentinel before the job ends). */
static _Thread_local ShObject *thread_sentinel;

static void run_job(Job *job) {
  ShObject *r = sh_call_tuple_dict(job->func, job->args, job->kwargs);
  if (r) {
    sh_decref(r);
  } else if (sh_err_matches(&sh_exc_SystemExit)) {
    sh_err_clear();
  } else {
    sh_err_write_unraisable_msg(sh_err_fetch(), "Exception ignored in thread started by",
                                job->func);
  }
  SH_CLEAR(job->func);
  SH_CLEAR(job->args);
  SH_CLEAR(job->kwargs);
}

static void *worker_main(void *arg) {
  Worker *w = arg;
  /* Ctrl-C is for the main thread (CPython runs signal handlers there) */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  ShThreadState *ts = sh_thread_state_new();
  if (!ts) abort();
  for (;;) {
    Job *job = w->job;
    w->job = NULL;
    atomic_fetch_add(&sh_threads_started, 1);
    run_job(job);
    ShObject *sentinel = thread_sentinel ? thread_sentinel : job->sentinel;
    thread_sentinel = NULL;
    free(job);
    /* Whatever this thread still owns is handed over before the thread
       counts as gone, so no object waits on a thread that is parked. */
    sh_thread_release_ownership(ts);
    sh_qsbr_orphan(ts);
    /* before the sentinel wakes a joiner, which may expect what this
       thread dropped late to be gone */
    sh_qsbr_done(ts);
    atomic_fetch_sub(&running_threads, 1);
    if (sentinel) {
      sh_lock_release_if_held(sentinel);
      sh_decref(sentinel);
    }
    sh_thread_release_ownership(ts);
    sh_qsbr_orphan(ts);
    sh_thread_detach(ts);
    pthread_mutex_lock(&pool_lock);
    w->next_idle = idle_workers;
    idle_workers = w;
    pthread_mutex_unlock(&pool_lock);
    pthread_mutex_lock(&w->mutex);
    while (!w->job)
      pthread_cond_wait(&w->wake, &w->mutex);
    pthread_mutex_unlock(&w->mutex);
    sh_thread_attach(ts);
  }
  return NULL;
}

static int start_job(Job *job, pthread_t *ident) {
  pthread_mutex_lock(&pool_lock);
  Worker *w = idle_workers;
  if (w) idle_workers = w->next_idle;
  pthread_mutex_unlock(&pool_lock);
  atomic_fetch_add(&running_threads, 1);
  if (w) {
    pthread_mutex_lock(&w->mutex);
    w->job = job;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->mutex);
    *ident = w->pthread;
    return 0;
  }
  w = calloc(1, sizeof *w);
  if (!w) goto fail;
  pthread_mutex_init(&w->mutex, NULL);
  pthread_cond_init(&w->wake, NULL);
  w->job = job;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (stack_size_setting) pthread_attr_setstacksize(&attr, stack_size_setting);
  int err = pthread_create(&w->pthread, &attr, worker_main, w);
  pthread_attr_destroy(&attr);
  if (err == 0) {
    *ident = w->pthread;
    return 0;
  }
  free(w);
fail:
  atomic_fetch_sub(&running_threads, 1);
  sh_err_set_string(&sh_exc_RuntimeError, "can't start new thread");
  return -1;
}

static ShObject *thread_start_new_thread(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("start_new_thread", nargs, 2, 3) < 0) return NULL;
  ShObject *func = args[0], *fargs = args[1], *kwargs = nargs > 2 ? args[2] : NULL;
  if (!sh_callable(func)) return sh_err_format(&sh_exc_TypeError, "first arg must be callable");
  if (!SH_TUPLE_CHECK(fargs)) return sh_err_format(&sh_exc_TypeError, "2nd arg must be a tuple");
  if (kwargs && !SH_DICT_CHECK(kwargs))
    return sh_err_format(&sh_exc_TypeError, "optional 3rd arg must be a dictionary");
  Job *job = calloc(1, sizeof *job);
  if (!job) return sh_err_no_memory();
  job->func = sh_newref(func);
  job->args = sh_newref(fargs);
  job->kwargs = sh_xnewref(kwargs);
  /* From now on containers must assume concurrent readers. */
  atomic_fetch_add(&sh_threads_started, 1);
  pthread_t ident;
  if (start_job(job, &ident) < 0) {
    sh_decref(job->func);
    sh_decref(job->args);
    sh_xdecref(job->kwargs);
    free(job);
    return NULL;
  }
  return sh_int_from_u64((uint64_t)ident);
}

/* ------------------------------------------------------------ identity */

static ShObject *thread_get_ident(ShObject *self) {
  return sh_int_from_u64((uint64_t)pthread_self());
}

static ShObject *thread_get_native_id(ShObject *self) {
  return sh_int_from_i64((int64_t)syscall(SYS_gettid));
}

static ShObject *thread_count(ShObject *self) {
  return sh_int_from_i64(atomic_load(&running_threads));
}

static ShObject *thread_stack_size(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("stack_size", nargs, 0, 1) < 0) return NULL;
  size_t old = stack_size_setting;
  if (nargs) {
    intptr_t size = sh_int_as_ssize(args[0]);
    if (size == -1 && sh_err_occurred()) return NULL;
    if (size != 0 && size < 32768)
      return sh_err_format(&sh_exc_ValueError, "size not valid: %zd bytes", size);
    if (size < 0) return sh_err_format(&sh_exc_ValueError, "size must be 0 or a positive value");
    stack_size_setting = (size_t)size;
  }
  return sh_int_from_i64((int64_t)old);
}

static ShObject *thread_set_sentinel(ShObject *self) {
  ShObject *lock = sh_lock_new();
  if (!lock) return NULL;
  if (!sh_lock_acquire_now(lock)) {
    sh_decref(lock);
    return sh_err_format(&sh_exc_RuntimeError, "can't acquire the sentinel lock");
  }
  if (!sh_thread_state()->is_main) {
    sh_xdecref(thread_sentinel);
    thread_sentinel = sh_newref(lock);
  }
  return lock;
}

static ShObject *thread_daemon_threads_allowed(ShObject *self) {
  return sh_bool_from(true);
}

static ShObject *thread_interrupt_main(ShObject *self, ShObject *const *args, size_t nargs) {
  sh_pending_sigint = 1;
  if (sh_main_thread_state) sh_thread_request_breaker(sh_main_thread_state);
  SH_RETURN_NONE;
}

static ShObject *thread_exit(ShObject *self) {
  sh_err_set_object(&sh_exc_SystemExit, NULL);
  return NULL;
}

static ShObject *thread_allocate_lock(ShObject *self) {
  return sh_lock_new();
}

static ShMethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new_thread, SH_METH_FAST, NULL},
    {"start_new", thread_start_new_thread, SH_METH_FAST, NULL},
    {"allocate_lock", thread_allocate_lock, SH_METH_NOARGS, NULL},
    {"allocate", thread_allocate_lock, SH_METH_NOARGS, NULL},
    {"get_ident", thread_get_ident, SH_METH_NOARGS, NULL},
    {"get_native_id", thread_get_native_id, SH_METH_NOARGS, NULL},
    {"_count", thread_count, SH_METH_NOARGS, NULL},
    {"stack_size", thread_stack_size, SH_METH_FAST, NULL},
    {"_set_sentinel", thread_set_sentinel, SH_METH_NOARGS, NULL},
    {"daemon_threads_allowed", thread_daemon_threads_allowed, SH_METH_NOARGS, NULL},
    {"interrupt_main", thread_interrupt_main, SH_METH_FAST, NULL},
    {"exit", thread_exit, SH_METH_NOARGS, NULL},
    {"exit_thread", thread_exit, SH_METH_NOARGS, NULL},
    {NULL},
};

ShObject *sh_module_init__thread(void) {
  ShObject *m = sh_module_new("_thread");
  if (!m || sh_module_add_functions(m, thread_functions) < 0 ||
      sh_module_add_object(m, "LockType", sh_newref(SH_OBJ(&sh_type_lock))) < 0 ||
      sh_module_add_object(m, "RLock", sh_newref(SH_OBJ(&sh_type_rlock))) < 0 ||
      sh_module_add_object(m, "error", sh_newref(SH_OBJ(&sh_exc_RuntimeError))) < 0 ||
      sh_module_add_object(m, "TIMEOUT_MAX", sh_float_from_double(SH_LOCK_TIMEOUT_MAX)) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
