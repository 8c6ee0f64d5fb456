/* The atexit module: functions registered to run when the interpreter exits
   normally; main.c calls sh_atexit_run() after the non-daemon threads end. */
#include <stdlib.h>
#include "../shoal.h"
#include "../runtime/lock.h"
#include "modules.h"

/* One registration: func(*argv[:nargs], **dict(zip(kwnames, argv[nargs:]))).
   As in CPython, unregister leaves an empty slot (func NULL) and
   _ncallbacks() counts slots, holes included. */
typedef struct {
  ShObject *func;
  ShObject *argv; /* tuple: positional arguments, then keyword values */
  ShObject *kwnames;
  size_t nargs;
  uint64_t serial; /* names the slot's registration across list changes */
} Callback;

/* The list and its mutex: held only for moves of pointers and the array,
   never around a call, a comparison or a decref (each may run Python). */
static _Atomic uint8_t list_mutex;
static Callback *callbacks;
static size_t ncallbacks, capacity;
static uint64_t next_serial;

static void callback_clear(Callback *cb) {
  sh_xdecref(cb->func);
  sh_xdecref(cb->argv);
  sh_xdecref(cb->kwnames);
  cb->func = cb->argv = cb->kwnames = NULL;
}

/* Takes every slot out of the list (the caller drops them outside the
   mutex); *n gets their count. */
static Callback *take_all(size_t *n) {
  sh_mutex_lock(&list_mutex);
  Callback *all = callbacks;
  *n = ncallbacks;
  callbacks = NULL;
  ncallbacks = capacity = 0;
  sh_mutex_unlock(&list_mutex);
  return all;
}

static void drop_all(Callback *all, size_t n) {
  for (size_t i = 0; i < n; i++)
    callback_clear(&all[i]);
  free(all);
}

static ShObject *atexit_register(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  if (nargs == 0) {
    sh_err_format(&sh_exc_TypeError, "register() takes at least 1 argument (0 given)");
    return NULL;
  }
  if (!sh_callable(args[0])) {
    sh_err_set_string(&sh_exc_TypeError, "the first argument must be callable");
    return NULL;
  }
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  Callback cb = {.nargs = nargs - 1};
  cb.argv = sh_tuple_from_array(args + 1, (intptr_t)(nargs - 1 + nkw));
  if (!cb.argv) return NULL;
  cb.func = sh_newref(args[0]);
  cb.kwnames = nkw ? sh_newref(kwnames) : NULL;
  sh_mutex_lock(&list_mutex);
  if (ncallbacks == capacity) {
    size_t cap = capacity ? capacity * 2 : 16;
    Callback *grown = realloc(callbacks, cap * sizeof *grown);
    if (!grown) {
      sh_mutex_unlock(&list_mutex);
      callback_clear(&cb);
      return sh_err_no_memory();
    }
    callbacks = grown;
    capacity = cap;
  }
  cb.serial = next_serial++;
  callbacks[ncallbacks++] = cb;
  sh_mutex_unlock(&list_mutex);
  return sh_newref(args[0]);
}

/* Empties the slot holding registration `serial`, if it is still there;
   returns what it held (to be dropped outside the mutex). */
static Callback remove_serial(uint64_t serial) {
  Callback out = {0};
  sh_mutex_lock(&list_mutex);
  for (size_t i = 0; i < ncallbacks; i++)
    if (callbacks[i].func && callbacks[i].serial == serial) {
      out = callbacks[i];
      callbacks[i].func = callbacks[i].argv = callbacks[i].kwnames = NULL;
      break;
    }
  sh_mutex_unlock(&list_mutex);
  return out;
}

/* Compares func with each registered function, first to last, outside the
   mutex (== may run Python code); an error stops the search with the
   matches found before it removed, as in CPython. */
static ShObject *atexit_unregister(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs != 1) {
    sh_err_format(&sh_exc_TypeError, "atexit.unregister() takes exactly one argument (%d given)",
                  (int)nargs);
    return NULL;
  }
  ShObject *func = args[0];
  sh_mutex_lock(&list_mutex);
  size_t n = ncallbacks;
  Callback *snap = n ? malloc(n * sizeof *snap) : NULL;
  size_t m = 0;
  if (snap)
    for (size_t i = 0; i < n; i++)
      if (callbacks[i].func) {
        snap[m].func = sh_newref(callbacks[i].func);
        snap[m++].serial = callbacks[i].serial;
      }
  sh_mutex_unlock(&list_mutex);
  if (n && !snap) return sh_err_no_memory();
  int err = 0;
  for (size_t i = 0; i < m; i++) {
    if (!err) {
      int eq = sh_object_richcompare_bool(snap[i].func, func, SH_EQ);
      if (eq < 0)
        err = 1;
      else if (eq) {
        Callback gone = remove_serial(snap[i].serial);
        callback_clear(&gone);
      }
    }
    sh_decref(snap[i].func);
  }
  free(snap);
  if (err) return NULL;
  SH_RETURN_NONE;
}

/* Calls the functions registered so far, last first, each fetched under the
   mutex when its turn comes (one unregistered meanwhile is skipped; ones
   registered meanwhile are not called); then empties the list. */
void sh_atexit_run(void) {
  sh_mutex_lock(&list_mutex);
  size_t i = ncallbacks;
  sh_mutex_unlock(&list_mutex);
  while (i-- > 0) {
    Callback cb = {0};
    sh_mutex_lock(&list_mutex);
    if (i < ncallbacks && callbacks[i].func) {
      cb = callbacks[i];
      sh_incref(cb.func);
      sh_incref(cb.argv);
      sh_xincref(cb.kwnames);
    }
    sh_mutex_unlock(&list_mutex);
    if (!cb.func) continue;
    ShObject *r = sh_call(cb.func, SH_TUPLE_ITEMS(cb.argv), cb.nargs, cb.kwnames);
    if (r)
      sh_decref(r);
    else
      sh_err_write_unraisable_msg(sh_err_fetch(), "Exception ignored in atexit callback", cb.func);
    callback_clear(&cb);
  }
  size_t n;
  Callback *all = take_all(&n);
  drop_all(all, n);
}

static ShObject *atexit_run_exitfuncs(ShObject *self) {
  sh_atexit_run();
  SH_RETURN_NONE;
}

static ShObject *atexit_clear(ShObject *self) {
  size_t n;
  Callback *all = take_all(&n);
  drop_all(all, n);
  SH_RETURN_NONE;
}

static ShObject *atexit_ncallbacks(ShObject *self) {
  sh_mutex_lock(&list_mutex);
  size_t n = ncallbacks;
  sh_mutex_unlock(&list_mutex);
  return sh_int_from_i64((int64_t)n);
}

static ShMethodDef atexit_functions[] = {
    {"register", (void *)atexit_register, SH_METH_FASTKW,
     "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal "
     "program termination\n\n    func - function to be called at exit\n    args - optional "
     "arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    "
     "func is returned to facilitate usage as a decorator."},
    {"unregister", (void *)atexit_unregister, SH_METH_FAST,
     "unregister(func) -> None\n\nUnregister an exit function which was previously registered "
     "using\natexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs", (void *)atexit_run_exitfuncs, SH_METH_NOARGS,
     "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an "
     "exception, it is logged with sys.unraisablehook."},
    {"_clear", (void *)atexit_clear, SH_METH_NOARGS,
     "_clear() -> None\n\nClear the list of previously registered exit functions."},
    {"_ncallbacks", (void *)atexit_ncallbacks, SH_METH_NOARGS,
     "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {NULL},
};

ShObject *sh_module_init_atexit(void) {
  ShObject *m = sh_module_new("atexit");
  if (!m || sh_module_add_functions(m, atexit_functions) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
