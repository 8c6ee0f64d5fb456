/* Raising and inspecting the current exception of a thread, with the
   implicit chaining (__context__) that every raise performs. */
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "error.h"
#include "thread.h"
#include "../objects/exception.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/tuple.h"
#include "../objects/typeobject.h"
#include "../objects/singletons.h"

/* The exception being handled becomes the __context__ of a new one, unless
   that would make the context chain loop back to it. */
static void chain_to_handled(ShObject *exc) {
  ShObject *handled = sh_thread_state()->handled_exc;
  if (!handled || handled == SH_NONE || handled == exc) return;
  for (ShObject *o = handled; o;) {
    ShObject *next = sh_exc_get_context(o);
    if (next == exc) {
      sh_exc_set_context(o, NULL);
      break;
    }
    o = next;
  }
  sh_exc_set_context(exc, sh_newref(handled));
}

void sh_err_raise(ShObject *exc) {
  chain_to_handled(exc);
  ShThreadState *ts = sh_thread_state();
  SH_SETREF(ts->exc, sh_newref(exc));
}

void sh_err_set_object(ShType *exc_type, ShObject *value) {
  ShObject *exc;
  if (value && sh_type_check(value, exc_type)) {
    exc = sh_newref(value);
  } else {
    exc = value ? sh_exc_new(exc_type, &value, 1) : sh_exc_new(exc_type, NULL, 0);
    if (!exc) return; /* the constructor's own exception stands */
  }
  sh_err_raise(exc);
  sh_decref(exc);
}

void sh_err_set_string(ShType *exc_type, const char *msg) {
  ShObject *s = sh_str_from_cstr(msg);
  if (!s) return;
  sh_err_set_object(exc_type, s);
  sh_decref(s);
}

ShObject *sh_err_format(ShType *exc_type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  ShObject *msg = sh_str_from_vformat(fmt, ap);
  va_end(ap);
  if (msg) {
    sh_err_set_object(exc_type, msg);
    sh_decref(msg);
  }
  return NULL;
}

ShObject *sh_err_no_memory(void) {
  /* Building a message could itself fail: raise the bare class. */
  sh_err_set_object(&sh_exc_MemoryError, NULL);
  return NULL;
}

ShObject *sh_err_bad_internal_call(void) {
  sh_err_set_string(&sh_exc_SystemError, "bad argument to internal function");
  return NULL;
}

ShObject *sh_err_from_errno(ShObject *filename) {
  int e = errno;
  ShObject *args[3];
  args[0] = sh_int_from_i64(e);
  args[1] = sh_str_from_cstr(strerror(e));
  args[2] = filename;
  if (args[0] && args[1]) {
    ShObject *exc = sh_exc_new(&sh_exc_OSError, args, filename ? 3 : 2);
    if (exc) {
      sh_err_raise(exc);
      sh_decref(exc);
    }
  }
  sh_xdecref(args[0]);
  sh_xdecref(args[1]);
  return NULL;
}

bool sh_exc_matches(ShObject *exc, ShObject *type_or_tuple) {
  if (SH_TUPLE_CHECK(type_or_tuple)) {
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(type_or_tuple); i++)
      if (sh_exc_matches(exc, SH_TUPLE_GET(type_or_tuple, i))) return true;
    return false;
  }
  if (!SH_TYPE_CHECK(type_or_tuple)) return false;
  return sh_type_check(exc, (ShType *)type_or_tuple);
}

bool sh_err_matches(ShType *exc_type) {
  ShObject *exc = sh_thread_state()->exc;
  return exc && sh_type_check(exc, exc_type);
}

ShObject *sh_err_fetch(void) {
  ShThreadState *ts = sh_thread_state();
  ShObject *exc = ts->exc;
  ts->exc = NULL;
  return exc;
}

void sh_err_clear(void) {
  SH_CLEAR(sh_thread_state()->exc);
}

void sh_err_restore(ShObject *exc) {
  SH_SETREF(sh_thread_state()->exc, exc);
}
