/* The current exception of a thread, and how C code raises and inspects it.
   Exception objects themselves are in objects/exception.h. */
#ifndef SHOAL_ERROR_H
#define SHOAL_ERROR_H

#include "object.h"
#include "thread.h"

/* Raise: sets the thread's current exception (replacing any). */
void sh_err_set_object(ShType *exc_type, ShObject *value); /* value: arg or instance */
void sh_err_set_string(ShType *exc_type, const char *msg);
/* printf-like; beyond the C conversions (%s %d %i %u %ld %lu %zd %zu %x %c %p %%)
   it knows: %R repr(obj), %S str(obj), %U a str object, %T the type name of
   an object (as `type(obj).__name__`), %N the name of a type object (ShType*). */
ShObject *sh_err_format(ShType *exc_type, const char *fmt, ...);
/* Raises the instance (type taken from it), keeping its traceback. */
void sh_err_raise(ShObject *exc);
/* MemoryError; always returns NULL. */
ShObject *sh_err_no_memory(void);
/* TypeError "bad argument type for built-in operation"; returns NULL. */
ShObject *sh_err_bad_internal_call(void);
/* Sets OSError subclass from errno (FileNotFoundError...), with filename (may be NULL). */
ShObject *sh_err_from_errno(ShObject *filename);

/* Inspect: the current exception (borrowed) or NULL. */
static inline ShObject *sh_err_occurred(void) {
  return sh_thread_state()->exc;
}
bool sh_err_matches(ShType *exc_type); /* current exception is an instance of it */
bool sh_exc_matches(ShObject *exc, ShObject *type_or_tuple);
/* Take: returns the current exception (new reference) and clears it. */
ShObject *sh_err_fetch(void);
void sh_err_clear(void);
/* Puts back an exception taken with sh_err_fetch (steals; NULL clears). */
void sh_err_restore(ShObject *exc);

/* Prints the exception with its traceback to sys.stderr as CPython does. */
void sh_err_print(ShObject *exc);
/* Reports an exception that cannot propagate ("Exception ignored in: ...");
   steals exc. */
void sh_err_write_unraisable(ShObject *exc, ShObject *context);
/* The same with CPython's "{err_msg}: {obj!r}" first line (steals exc). */
void sh_err_write_unraisable_msg(ShObject *exc, const char *err_msg, ShObject *obj);

#endif
