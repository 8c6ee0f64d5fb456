/* _thread.lock and _thread.RLock: a flag (or owner and count) under a
   pthread mutex, with a condition variable for waiters. Waiters detach. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <time.h>

#include "../shoal.h"
#include "../vm/eval.h"
#include "thread_lock.h"

typedef struct ShLock {
  ShObject ob;
  pthread_mutex_t mutex;
  pthread_cond_t released;
  bool locked;
  uint64_t owner; /* RLock only */
  intptr_t count; /* RLock only */
} ShLock;

static uint64_t current_ident(void) {
  return (uint64_t)pthread_self();
}

#define NS_PER_SEC 1000000000LL
/* The default timeout, -1 second, means "no limit"; any other negative one
   is refused. */
#define UNSET_TIMEOUT_NS (-NS_PER_SEC)

/* A timeout object as whole nanoseconds, the way CPython reads lock
   timeouts: a float (NaN refused) or an integer through __index__ (so a
   Fraction or an object with only __float__ is a TypeError), rounded away
   from zero, within a signed 64-bit count. A NaN once reached the deadline
   arithmetic unchecked (an undefined conversion): acquire(timeout=nan) on a
   held lock never returned. */
static int timeout_to_ns(ShObject *obj, int64_t *ns) {
  if (SH_FLOAT_CHECK(obj)) {
    double d = SH_FLOAT_VALUE(obj);
    if (isnan(d)) {
      sh_err_set_string(&sh_exc_ValueError, "Invalid value NaN (not a number)");
      return -1;
    }
    d *= 1e9;
    d = d < 0 ? floor(d) : ceil(d);
    /* 2**63 is exact as a double; the range is [-2**63, 2**63) */
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      sh_err_set_string(&sh_exc_OverflowError, "timestamp out of range for platform time_t");
      return -1;
    }
    *ns = (int64_t)d;
    return 0;
  }
  ShObject *i = sh_number_index(obj);
  if (!i) return -1;
  bool overflow = false;
  int64_t secs = sh_int_as_i64(i, &overflow);
  sh_decref(i);
  if (overflow || secs > INT64_MAX / NS_PER_SEC || secs < INT64_MIN / NS_PER_SEC) {
    sh_err_set_string(&sh_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return -1;
  }
  *ns = secs * NS_PER_SEC;
  return 0;
}

/* acquire(blocking=True, timeout=-1) arguments as a deadline: returns 0
   with *forever or *deadline set, *nonblocking for a plain try. */
static int parse_acquire_args(ShObject *const *args, size_t nargs, ShObject *kwnames,
                              bool *nonblocking, bool *forever, struct timespec *deadline) {
  ShObject *blocking_obj = NULL, *timeout_obj = NULL;
  if (sh_args_parse("acquire", args, nargs, kwnames, "|blocking,timeout", &blocking_obj,
                    &timeout_obj) < 0)
    return -1;
  int blocking = blocking_obj ? sh_object_is_true(blocking_obj) : 1;
  if (blocking < 0) return -1;
  int64_t ns = UNSET_TIMEOUT_NS;
  if (timeout_obj && timeout_to_ns(timeout_obj, &ns) < 0) return -1;
  if (!blocking && ns != UNSET_TIMEOUT_NS) {
    sh_err_set_string(&sh_exc_ValueError, "can't specify a timeout for a non-blocking call");
    return -1;
  }
  if (ns < 0 && ns != UNSET_TIMEOUT_NS) {
    sh_err_set_string(&sh_exc_ValueError, "timeout value must be positive");
    return -1;
  }
  /* the limit is in whole microseconds (rounded up), as CPython's */
  if (blocking && ns != UNSET_TIMEOUT_NS &&
      ns / 1000 + (ns % 1000 != 0) > (int64_t)(SH_LOCK_TIMEOUT_MAX_US)) {
    sh_err_set_string(&sh_exc_OverflowError, "timeout value is too large");
    return -1;
  }
  *nonblocking = !blocking;
  *forever = blocking && ns == UNSET_TIMEOUT_NS;
  if (!*forever) {
    if (!blocking) ns = 0;
    clock_gettime(CLOCK_REALTIME, deadline);
    deadline->tv_sec += (time_t)(ns / NS_PER_SEC);
    deadline->tv_nsec += (long)(ns % NS_PER_SEC);
    if (deadline->tv_nsec >= 1000000000L) {
      deadline->tv_sec++;
      deadline->tv_nsec -= 1000000000L;
    }
  }
  return 0;
}

/* How long the main thread sleeps at a time while it waits, so that
   Ctrl-C (which only sets a flag) interrupts the wait soon. */
#define SIGNAL_POLL_NS 50000000L

static bool before(const struct timespec *a, const struct timespec *b) {
  return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* Waits (detached) until `ready` holds or the deadline passes. The mutex
   is held on entry and on return. 1: `ready` holds; 0: timed out (or
   nonblocking); -1: the main thread got Ctrl-C (KeyboardInterrupt set), for
   an `interruptible` wait, as CPython's lock waits are. */
static int wait_until(ShLock *l, bool (*ready)(ShLock *), bool nonblocking, bool forever,
                      const struct timespec *deadline, bool interruptible) {
  ShThreadState *ts = sh_thread_state();
  bool poll = interruptible && ts && ts->is_main;
  bool timed_out = false;
  while (!ready(l)) {
    if (nonblocking || timed_out) return 0;
    if (poll && sh_signal_interrupted() < 0) return -1;
    sh_thread_detach(ts);
    if (poll) {
      struct timespec slice;
      clock_gettime(CLOCK_REALTIME, &slice);
      slice.tv_nsec += SIGNAL_POLL_NS;
      if (slice.tv_nsec >= 1000000000L) {
        slice.tv_sec++;
        slice.tv_nsec -= 1000000000L;
      }
      bool last = !forever && !before(&slice, deadline);
      int rc = pthread_cond_timedwait(&l->released, &l->mutex, last ? deadline : &slice);
      timed_out = last && rc == ETIMEDOUT;
    } else if (forever) {
      pthread_cond_wait(&l->released, &l->mutex);
    } else {
      timed_out = pthread_cond_timedwait(&l->released, &l->mutex, deadline) == ETIMEDOUT;
    }
    /* Attaching may wait out a stop-the-world: not while holding the mutex. */
    pthread_mutex_unlock(&l->mutex);
    sh_thread_attach(ts);
    pthread_mutex_lock(&l->mutex);
  }
  return 1;
}

static ShObject *lock_alloc(ShType *type) {
  ShLock *l = (ShLock *)sh_object_alloc(type, 0);
  if (!l) return NULL;
  pthread_mutex_init(&l->mutex, NULL);
  pthread_cond_init(&l->released, NULL);
  return SH_OBJ(l);
}

static void lock_dealloc(ShObject *o) {
  ShLock *l = (ShLock *)o;
  pthread_mutex_destroy(&l->mutex);
  pthread_cond_destroy(&l->released);
  sh_object_free(o);
}

/* ----------------------------------------------------------- plain lock */

ShObject *sh_lock_new(void) {
  return lock_alloc(&sh_type_lock);
}

static bool is_free(ShLock *l) {
  return !l->locked;
}

bool sh_lock_acquire_now(ShObject *o) {
  ShLock *l = (ShLock *)o;
  pthread_mutex_lock(&l->mutex);
  bool ok = !l->locked;
  l->locked = true;
  pthread_mutex_unlock(&l->mutex);
  return ok;
}

void sh_lock_release_if_held(ShObject *o) {
  ShLock *l = (ShLock *)o;
  pthread_mutex_lock(&l->mutex);
  l->locked = false;
  pthread_cond_signal(&l->released);
  pthread_mutex_unlock(&l->mutex);
}

static ShObject *lock_acquire(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  bool nonblocking, forever;
  struct timespec deadline;
  if (parse_acquire_args(args, nargs, kwnames, &nonblocking, &forever, &deadline) < 0) return NULL;
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  int ok = wait_until(l, is_free, nonblocking, forever, &deadline, true);
  if (ok > 0) l->locked = true;
  pthread_mutex_unlock(&l->mutex);
  return ok < 0 ? NULL : sh_bool_from(ok);
}

static ShObject *lock_release(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  bool was = l->locked;
  l->locked = false;
  if (was) pthread_cond_signal(&l->released);
  pthread_mutex_unlock(&l->mutex);
  if (!was) return sh_err_format(&sh_exc_RuntimeError, "release unlocked lock");
  SH_RETURN_NONE;
}

static ShObject *lock_locked(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  bool locked = l->locked;
  pthread_mutex_unlock(&l->mutex);
  return sh_bool_from(locked);
}

static ShObject *lock_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  return lock_release(self);
}

static ShObject *lock_enter(ShObject *self) {
  return lock_acquire(self, NULL, 0, NULL);
}

/* The state is read under the mutex: a repr may run while another thread
   acquires or releases the lock. */
static ShObject *lock_repr(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  bool locked = l->locked;
  pthread_mutex_unlock(&l->mutex);
  return sh_str_from_format("<%s %s object at %p>", locked ? "locked" : "unlocked",
                            SH_TYPE(self)->name, (void *)self);
}

static ShObject *lock_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kw) {
  if (sh_args_no_kwargs("lock", kw) < 0 || sh_args_check_count("lock", nargs, 0, 0) < 0)
    return NULL;
  return lock_alloc(type);
}

static ShMethodDef lock_methods[] = {
    {"acquire", lock_acquire, SH_METH_FASTKW, NULL},
    {"acquire_lock", lock_acquire, SH_METH_FASTKW, NULL},
    {"release", lock_release, SH_METH_NOARGS, NULL},
    {"release_lock", lock_release, SH_METH_NOARGS, NULL},
    {"locked", lock_locked, SH_METH_NOARGS, NULL},
    {"locked_lock", lock_locked, SH_METH_NOARGS, NULL},
    {"__enter__", lock_enter, SH_METH_NOARGS, NULL},
    {"__exit__", lock_exit, SH_METH_FAST, NULL},
    {NULL},
};

ShType sh_type_lock = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "_thread.lock",
    .basicsize = sizeof(ShLock),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
    .new_ = lock_new,
};

/* ------------------------------------------------------- re-entrant lock */

static bool rlock_free(ShLock *l) {
  return l->count == 0;
}

static ShObject *rlock_acquire(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  bool nonblocking, forever;
  struct timespec deadline;
  if (parse_acquire_args(args, nargs, kwnames, &nonblocking, &forever, &deadline) < 0) return NULL;
  ShLock *l = (ShLock *)self;
  uint64_t me = current_ident();
  pthread_mutex_lock(&l->mutex);
  int ok;
  if (l->count > 0 && l->owner == me) {
    l->count++;
    ok = 1;
  } else {
    ok = wait_until(l, rlock_free, nonblocking, forever, &deadline, true);
    if (ok > 0) {
      l->owner = me;
      l->count = 1;
    }
  }
  pthread_mutex_unlock(&l->mutex);
  return ok < 0 ? NULL : sh_bool_from(ok);
}

static ShObject *rlock_release(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  bool mine = l->count > 0 && l->owner == current_ident();
  if (mine && --l->count == 0) {
    l->owner = 0;
    pthread_cond_signal(&l->released);
  }
  pthread_mutex_unlock(&l->mutex);
  if (!mine) return sh_err_format(&sh_exc_RuntimeError, "cannot release un-acquired lock");
  SH_RETURN_NONE;
}

static ShObject *rlock_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  return rlock_release(self);
}

static ShObject *rlock_enter(ShObject *self) {
  return rlock_acquire(self, NULL, 0, NULL);
}

static ShObject *rlock_is_owned(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  bool mine = l->count > 0 && l->owner == current_ident();
  pthread_mutex_unlock(&l->mutex);
  return sh_bool_from(mine);
}

/* For Condition.wait: give the lock up entirely, remembering the state. */
static ShObject *rlock_release_save(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  if (l->count == 0) {
    pthread_mutex_unlock(&l->mutex);
    return sh_err_format(&sh_exc_RuntimeError, "cannot release un-acquired lock");
  }
  intptr_t count = l->count;
  uint64_t owner = l->owner;
  l->count = 0;
  l->owner = 0;
  pthread_cond_signal(&l->released);
  pthread_mutex_unlock(&l->mutex);
  ShObject *c = sh_int_from_i64(count), *o = sh_int_from_u64(owner);
  ShObject *r = c && o ? sh_tuple_pack(2, c, o) : NULL;
  sh_xdecref(c);
  sh_xdecref(o);
  return r;
}

static ShObject *rlock_acquire_restore(ShObject *self, ShObject *state) {
  if (!SH_TUPLE_CHECK(state) || SH_TUPLE_SIZE(state) != 2)
    return sh_err_format(&sh_exc_TypeError, "_acquire_restore() argument must be a 2-tuple");
  intptr_t count = sh_int_as_ssize(SH_TUPLE_GET(state, 0));
  if (count == -1 && sh_err_occurred()) return NULL;
  bool overflow;
  uint64_t owner = (uint64_t)sh_int_as_i64(SH_TUPLE_GET(state, 1), &overflow);
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  wait_until(l, rlock_free, false, true, NULL, false);
  l->owner = owner;
  l->count = count;
  pthread_mutex_unlock(&l->mutex);
  SH_RETURN_NONE;
}

static ShObject *rlock_recursion_count(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  intptr_t n = l->owner == current_ident() ? l->count : 0;
  pthread_mutex_unlock(&l->mutex);
  return sh_int_from_i64(n);
}

static ShObject *rlock_repr(ShObject *self) {
  ShLock *l = (ShLock *)self;
  pthread_mutex_lock(&l->mutex);
  intptr_t count = l->count;
  uint64_t owner = l->owner;
  pthread_mutex_unlock(&l->mutex);
  return sh_str_from_format("<%s %s object owner=%llu count=%zd at %p>",
                            count ? "locked" : "unlocked", SH_TYPE(self)->name,
                            (unsigned long long)owner, count, (void *)self);
}

static ShMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, SH_METH_FASTKW, NULL},
    {"release", rlock_release, SH_METH_NOARGS, NULL},
    {"__enter__", rlock_enter, SH_METH_NOARGS, NULL},
    {"__exit__", rlock_exit, SH_METH_FAST, NULL},
    {"_is_owned", rlock_is_owned, SH_METH_NOARGS, NULL},
    {"_release_save", rlock_release_save, SH_METH_NOARGS, NULL},
    {"_acquire_restore", rlock_acquire_restore, SH_METH_O, NULL},
    {"_recursion_count", rlock_recursion_count, SH_METH_NOARGS, NULL},
    {NULL},
};

ShType sh_type_rlock = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "_thread.RLock",
    .basicsize = sizeof(ShLock),
    .flags = SH_TPFLAGS_BASETYPE,
    .dealloc = lock_dealloc,
    .repr = rlock_repr,
    .methods = rlock_methods,
    .new_ = lock_new,
};
