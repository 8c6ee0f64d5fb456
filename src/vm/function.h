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
static inline ShObject *sh_cell_swap(ShObject *cell, ShObject *v) {
  return sh_field_swap(cell, &((ShCell *)cell)->ref, v);
}
/* The call slot of functions: runs the code on a new frame. */
ShObject *sh_function_call(ShObject *func, ShObject *const *args, size_t nargs, ShObject *kwnames);

#endif
