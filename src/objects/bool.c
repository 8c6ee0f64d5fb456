/* bool: int's final subclass with the two immortal instances True and
   False; &, | and ^ between bools stay bools. */
#include "int_internal.h"

ShInt sh_true_object = {.ob = SH_OBJECT_HEAD_INIT(&sh_type_bool), .small = 1};
ShInt sh_false_object = {.ob = SH_OBJECT_HEAD_INIT(&sh_type_bool), .small = 0};

static ShObject *bool_repr(ShObject *o) {
  return sh_str_intern_cstr(SH_INT_SMALL_VALUE(o) ? "True" : "False");
}

static ShObject *bool_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)type;
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0)
    return sh_err_format(&sh_exc_TypeError, "bool() takes no keyword arguments");
  if (nargs > 1)
    return sh_err_format(&sh_exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return SH_FALSE;
  int t = sh_object_is_true(args[0]);
  if (t < 0) return NULL;
  return sh_bool_from(t);
}

#define BOOL_BINOP(name, op, slot)                                                                 \
  static ShObject *name(ShObject *a, ShObject *b) {                                                \
    if (SH_TYPE(a) == &sh_type_bool && SH_TYPE(b) == &sh_type_bool)                                \
      return sh_bool_from((SH_INT_SMALL_VALUE(a) op SH_INT_SMALL_VALUE(b)) != 0);                  \
    return sh_int_as_number.slot(a, b);                                                            \
  }
BOOL_BINOP(bool_and, &, and_)
BOOL_BINOP(bool_or, |, or_)
BOOL_BINOP(bool_xor, ^, xor_)

static ShNumberMethods bool_as_number;

ShType sh_type_bool = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "bool",
    .basicsize = sizeof(ShInt),
    .flags = SH_TPFLAGS_INT_SUBCLASS | SH_TPFLAGS_IMMUTABLE,
    .doc = "Returns True when the argument is true, False otherwise.",
    .repr = bool_repr,
    .as_number = &bool_as_number,
    .base = &sh_type_int,
    .new_ = bool_new,
};

int sh_bool_ready(void) {
  bool_as_number = sh_int_as_number;
  bool_as_number.and_ = bool_and;
  bool_as_number.or_ = bool_or;
  bool_as_number.xor_ = bool_xor;
  return sh_type_ready(&sh_type_bool);
}
