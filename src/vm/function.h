/* Python functions, bound methods and closure cells. */
#ifndef SHOAL_FUNCTION_H
#define SHOAL_FUNCTION_H

#include "code.h"
#include "../runtime/lock.h"

typedef struct ShFunction {
  ShObject ob;
  ShCode *code;
  ShObject *globals, *builtins;
  ShObject *name, *qualname, *module, *doc;
  ShObject *defaults;    /* tuple or NULL */
  ShObject *kwdefaults;  /* dict or NULL */
  ShObject *closure;     /* tuple of cells or NULL */
  ShObject *annotations; /* dict or NULL */
  ShObject *dict;        /* __dict__ or NULL */
} ShFunction;

typedef struct ShMethod {
  ShObject ob;
  ShObject *func, *self;
} ShMethod;

typedef struct ShCell {
  ShObject ob;
  ShObject *ref; /* NULL when empty */
} ShCell;

ShObject *sh_function_new(ShCode *code, ShObject *globals, ShObject *qualname);
ShObject *sh_method_new(ShObject *func, ShObject *self);
ShObject *sh_cell_new(ShObject *value); /* value may be NULL */

/* Closures of several threads may share a cell, one storing while another
   loads: a load counts the value with try-incref and re-checks the cell
   (as a list read does), falling back to the cell's mutex, which stores
   take. */
ShObject *sh_cell_get_shared(ShObject *cell, ShObject *v);
/* The cell's value with a new reference, or NULL when empty. */
static inline ShObject *sh_cell_get_ref(ShObject *cell) {
  ShObject *v = __atomic_load_n(&((ShCell *)cell)->ref, __ATOMIC_ACQUIRE);
  if (!v) return NULL;
  if (!sh_multithreaded()) return sh_newref(v);
  return sh_cell_get_shared(cell, v);
}
/* Stores v (stolen; NULL empties the cell) and returns the old value,
   whose reference passes to the caller. */
static inline ShObject *sh_cell_swap(ShObject *cell, ShObject *v) {
  ShCell *c = (ShCell *)cell;
  sh_object_lock(cell);
  ShObject *old = c->ref;
  __atomic_store_n(&c->ref, v, __ATOMIC_RELEASE);
  sh_object_unlock(cell);
  return old;
}
/* The call slot of functions: runs the code on a new frame. */
ShObject *sh_function_call(ShObject *func, ShObject *const *args, size_t nargs, ShObject *kwnames);

#endif
