/* Python functions, bound methods and closure cells. */
#ifndef SHOAL_FUNCTION_H
#define SHOAL_FUNCTION_H

#include "code.h"
#include "../runtime/field.h"

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

/* Closures of several threads may share a cell: its value is a field
   other threads replace (runtime/field.h). */
static inline ShObject *sh_cell_get_ref(ShObject *cell) {
  return sh_field_get_ref(cell, &((ShCell *)cell)->ref);
}
/* Stores v (stolen, may be NULL) and drops the old value as a container
   drops an item (after a grace period once the cell has lent it out).
   Returns whether the cell held a value. */
bool sh_cell_set_shared(ShObject *cell, ShObject *v);
static inline bool sh_cell_set(ShObject *cell, ShObject *v) {
  if (sh_multithreaded()) return sh_cell_set_shared(cell, v);
  ShCell *c = (ShCell *)cell;
  ShObject *old = c->ref;
  __atomic_store_n(&c->ref, v, __ATOMIC_RELEASE);
  if (!old) return false;
  sh_decref(old);
  return true;
}
/* LOAD_DEREF: the value (NULL when empty), lent (*loaned) when threads
   run and it or the cell is another thread's, as list and dict items are
   (DESIGN 5a): N threads reading one closure variable then write nothing
   they share. */
ShObject *sh_cell_take_shared(ShObject *cell, bool *loaned);
static inline ShObject *sh_cell_take(ShObject *cell, bool *loaned) {
  *loaned = false;
  if (sh_multithreaded()) return sh_cell_take_shared(cell, loaned);
  ShObject *v = __atomic_load_n(&((ShCell *)cell)->ref, __ATOMIC_ACQUIRE);
  return v ? sh_newref(v) : NULL;
}
/* The call slot of functions: runs the code on a new frame. */
ShObject *sh_function_call(ShObject *func, ShObject *const *args, size_t nargs, ShObject *kwnames);

#endif
