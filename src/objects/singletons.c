/* None, NotImplemented and Ellipsis: their types and the three immortal
   instances. Calling a type returns its singleton. */
#include "../shoal.h"

static sh_hash_t pointer_hash(ShObject *o) {
  /* rotate out the alignment bits, as identity hashes do */
  uintptr_t p = (uintptr_t)o;
  sh_hash_t h = (sh_hash_t)((p >> 4) | (p << (8 * sizeof(uintptr_t) - 4)));
  return h == -1 ? -2 : h;
}

static int no_args(ShType *type, size_t nargs, ShObject *kwnames) {
  if (nargs || (kwnames && SH_TUPLE_SIZE(kwnames))) {
    sh_err_format(&sh_exc_TypeError, "%s takes no arguments", type->name);
    return -1;
  }
  return 0;
}

/* ------------------------------------------------------------------ None */

static ShObject *none_repr(ShObject *o) {
  return sh_str_intern_cstr("None");
}
static int none_bool(ShObject *o) {
  return 0;
}
static ShObject *none_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (no_args(type, nargs, kwnames) < 0) return NULL;
  return SH_NONE;
}
static ShNumberMethods none_as_number = {.bool_ = none_bool};

ShType sh_type_none = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "NoneType",
    .basicsize = sizeof(ShObject),
    .repr = none_repr,
    .hash = pointer_hash,
    .new_ = none_new,
    .as_number = &none_as_number,
};
ShObject sh_none_object = SH_OBJECT_HEAD_INIT(&sh_type_none);

/* -------------------------------------------------------- NotImplemented */

static ShObject *notimpl_repr(ShObject *o) {
  return sh_str_intern_cstr("NotImplemented");
}
static ShObject *notimpl_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (no_args(type, nargs, kwnames) < 0) return NULL;
  return SH_NOTIMPLEMENTED;
}
static ShObject *notimpl_reduce(ShObject *self) {
  return sh_str_intern_cstr("NotImplemented");
}
static ShMethodDef notimpl_methods[] = {
    {"__reduce__", (void *)notimpl_reduce, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

ShType sh_type_notimplemented = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "NotImplementedType",
    .basicsize = sizeof(ShObject),
    .repr = notimpl_repr,
    .hash = pointer_hash,
    .new_ = notimpl_new,
    .methods = notimpl_methods,
};
ShObject sh_notimplemented_object = SH_OBJECT_HEAD_INIT(&sh_type_notimplemented);

/* -------------------------------------------------------------- Ellipsis */

static ShObject *ellipsis_repr(ShObject *o) {
  return sh_str_intern_cstr("Ellipsis");
}
static ShObject *ellipsis_new(ShType *type, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  if (no_args(type, nargs, kwnames) < 0) return NULL;
  return SH_ELLIPSIS;
}
static ShObject *ellipsis_reduce(ShObject *self) {
  return sh_str_intern_cstr("Ellipsis");
}
static ShMethodDef ellipsis_methods[] = {
    {"__reduce__", (void *)ellipsis_reduce, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

ShType sh_type_ellipsis = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "ellipsis",
    .basicsize = sizeof(ShObject),
    .repr = ellipsis_repr,
    .hash = pointer_hash,
    .new_ = ellipsis_new,
    .methods = ellipsis_methods,
};
ShObject sh_ellipsis_object = SH_OBJECT_HEAD_INIT(&sh_type_ellipsis);

/* Called from sh_init_exceptions(). */
int sh_singletons_init(void) {
  if (sh_type_ready(&sh_type_none) < 0) return -1;
  if (sh_type_ready(&sh_type_notimplemented) < 0) return -1;
  if (sh_type_ready(&sh_type_ellipsis) < 0) return -1;
  return 0;
}
