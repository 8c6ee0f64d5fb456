/* The object protocols: what `a + b`, `a[i]`, `len(a)`, `a.x`, `f(x)` mean
   for any object, dispatching through the type's slots. */
#ifndef SHOAL_ABSTRACT_H
#define SHOAL_ABSTRACT_H

#include "../runtime/object.h"
#include "../runtime/error.h"

ShObject *sh_object_repr(ShObject *o);
ShObject *sh_object_str(ShObject *o);
ShObject *sh_object_ascii(ShObject *o);
ShObject *sh_object_format(ShObject *o, ShObject *spec); /* spec NULL = "" */
sh_hash_t sh_object_hash(ShObject *o);                   /* -1 on error */
sh_hash_t sh_hash_not_implemented(ShObject *o);          /* TypeError unhashable type: 'X' */
ShObject *sh_object_richcompare(ShObject *a, ShObject *b, int op);
int sh_object_richcompare_bool(ShObject *a, ShObject *b, int op); /* identity implies EQ */
/* Comparison `op` (SH_LT...) of two machine values. */
static inline bool sh_compare_i64(int64_t x, int64_t y, int op) {
  switch (op) {
  case SH_LT: return x < y;
  case SH_LE: return x <= y;
  case SH_EQ: return x == y;
  case SH_NE: return x != y;
  case SH_GT: return x > y;
  default: return x >= y;
  }
}
static inline bool sh_compare_double(double x, double y, int op) {
  switch (op) {
  case SH_LT: return x < y;
  case SH_LE: return x <= y;
  case SH_EQ: return x == y;
  case SH_NE: return x != y;
  case SH_GT: return x > y;
  default: return x >= y;
  }
}
int sh_object_is_true(ShObject *o); /* -1 on error */
int sh_object_not(ShObject *o);
ShObject *sh_object_type(ShObject *o);

ShObject *sh_object_getattr(ShObject *o, ShObject *name);
ShObject *sh_object_getattr_str(ShObject *o, const char *name);
/* 1 found (*result new ref), 0 AttributeError swallowed (*result NULL), -1 other error */
int sh_object_lookup_attr(ShObject *o, ShObject *name, ShObject **result);
int sh_object_setattr(ShObject *o, ShObject *name, ShObject *value);
int sh_object_setattr_str(ShObject *o, const char *name, ShObject *value);
int sh_object_delattr(ShObject *o, ShObject *name);
int sh_object_hasattr(ShObject *o, ShObject *name);
/* Looks name up on type(o) only (special method lookup), binding it to o. */
ShObject *sh_object_lookup_special(ShObject *o, ShObject *name); /* NULL, no error, if absent */

ShObject *sh_object_getitem(ShObject *o, ShObject *key);
int sh_object_setitem(ShObject *o, ShObject *key, ShObject *value);
int sh_object_delitem(ShObject *o, ShObject *key);
intptr_t sh_object_length(ShObject *o); /* -1 on error */
intptr_t sh_object_length_hint(ShObject *o, intptr_t dflt);
int sh_sequence_contains(ShObject *container, ShObject *item); /* `item in container` */

ShObject *sh_call(ShObject *callable, ShObject *const *args, size_t nargs, ShObject *kwnames);
/* What a C call returned, made consistent: a SystemError when it returned
   NULL without an exception or a result with one set. */
ShObject *sh_call_check_result_slow(ShObject *callable, ShObject *r);
static inline ShObject *sh_call_check_result(ShObject *callable, ShObject *r) {
  return r && !sh_err_occurred() ? r : sh_call_check_result_slow(callable, r);
}
ShObject *sh_call0(ShObject *callable);
ShObject *sh_call1(ShObject *callable, ShObject *arg);
ShObject *sh_call2(ShObject *callable, ShObject *a, ShObject *b);
/* args: a tuple; kwargs: a dict or NULL */
ShObject *sh_call_tuple_dict(ShObject *callable, ShObject *args, ShObject *kwargs);
/* obj.name(*args) */
ShObject *sh_call_method(ShObject *obj, ShObject *name, ShObject *const *args, size_t nargs);
bool sh_callable(ShObject *o);

ShObject *sh_object_iter(ShObject *o);
/* Next item (new ref), or NULL: exhausted when sh_err_occurred() is NULL
   (a StopIteration raised by __next__ is swallowed into that). */
ShObject *sh_iter_next(ShObject *it);
bool sh_iter_check(ShObject *o);
/* list(iterable), tuple(iterable) */
ShObject *sh_sequence_list(ShObject *iterable);
ShObject *sh_sequence_tuple(ShObject *iterable);

/* Binary and unary operators. The binary ones try a's slot, then b's
   (b's first when type(b) is a proper subclass of type(a) overriding it),
   raising "unsupported operand type(s) for +: 'int' and 'str'". */
typedef enum {
  SH_BINOP_ADD,
  SH_BINOP_SUB,
  SH_BINOP_MUL,
  SH_BINOP_TRUEDIV,
  SH_BINOP_FLOORDIV,
  SH_BINOP_MOD,
  SH_BINOP_POW,
  SH_BINOP_MATMUL,
  SH_BINOP_LSHIFT,
  SH_BINOP_RSHIFT,
  SH_BINOP_AND,
  SH_BINOP_OR,
  SH_BINOP_XOR,
  SH_BINOP_DIVMOD,
  SH_BINOP_COUNT
} ShBinaryOp;
ShObject *sh_number_binary(ShObject *a, ShObject *b, ShBinaryOp op);
/* a op= b: tries the in-place slot first, then the binary one. */
ShObject *sh_number_inplace(ShObject *a, ShObject *b, ShBinaryOp op);
ShObject *sh_number_power(ShObject *a, ShObject *b, ShObject *mod); /* mod may be None */
ShObject *sh_number_negative(ShObject *o);
ShObject *sh_number_positive(ShObject *o);
ShObject *sh_number_invert(ShObject *o);
ShObject *sh_number_absolute(ShObject *o);
ShObject *sh_number_index(ShObject *o);     /* __index__, exact int result */
ShObject *sh_number_long(ShObject *o);      /* int(o) */
ShObject *sh_number_float(ShObject *o);     /* float(o) */
const char *sh_binop_symbol(ShBinaryOp op); /* "+", "//", "divmod()", ... */
/* o.__index__() as a C integer; on overflow raises exc_type (NULL: clamp). */
intptr_t sh_number_as_ssize(ShObject *o, ShType *exc_type);
/* A Py_ssize_t argument of a builtin method, as CPython's argument
   converter: __index__, then OverflowError "Python int too large to convert
   to C ssize_t" (sh_number_as_ssize's message is the one of sequence
   repetition and friends). -1 with an exception on error. */
intptr_t sh_number_as_ssize_arg(ShObject *o);

int sh_object_isinstance(ShObject *o, ShObject *cls_or_tuple); /* -1 on error */
int sh_object_issubclass(ShObject *derived, ShObject *cls_or_tuple);
/* The checks without the __instancecheck__/__subclasscheck__ hooks: what
   type.__instancecheck__ / type.__subclasscheck__ should call. */
int sh_object_real_isinstance(ShObject *o, ShObject *cls);
int sh_object_real_issubclass(ShObject *derived, ShObject *cls);
ShObject *sh_object_dir(ShObject *o); /* sorted list; o NULL = current scope */

/* Guards repr of self-containing containers: 1 when o is already being
   repr'd on this thread (print "[...]"), 0 after marking it, -1 on error. */
int sh_repr_enter(ShObject *o);
void sh_repr_leave(ShObject *o);

#endif
