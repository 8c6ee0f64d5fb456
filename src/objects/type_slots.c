/* The dunder <-> C slot table: wrappers that expose C slots as `__add__`
   and friends, the generic slots of classes defined in Python, and fixup. */
#include <string.h>
#include "type_internal.h"

/* ------------------------------------------------------------ helpers */

static inline void *slot_at(void *base, size_t off) {
  return *(void **)((char *)base + off);
}

/* Looks up name on type(self) and calls it with (self, args...). */
static ShObject *call_found(ShObject *f, ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  ShObject *res;
  if (SH_TYPE(f) == &sh_type_function || sh_is_method_like(f)) {
    size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
    ShObject *stack[8];
    ShObject **buf = stack;
    if (nargs + nkw + 1 > 8) {
      buf = sh_mem_alloc((nargs + nkw + 1) * sizeof(ShObject *));
      if (!buf) return sh_err_no_memory();
    }
    buf[0] = self;
    if (nargs + nkw) memcpy(buf + 1, args, (nargs + nkw) * sizeof(ShObject *));
    res = sh_call(f, buf, nargs + 1, kwnames);
    if (buf != stack) sh_mem_free(buf);
    return res;
  }
  sh_descrgetfunc get = SH_TYPE(f)->descr_get;
  if (!get) return sh_call(f, args, nargs, kwnames);
  ShObject *bound = get(f, self, SH_OBJ(SH_TYPE(self)));
  if (!bound) return NULL;
  res = sh_call(bound, args, nargs, kwnames);
  sh_decref(bound);
  return res;
}

/* A dunder found on the type, with a reference unless it is deferred (a
   method defined in a class body: the collector keeps it alive while a
   frame uses it), so that threads calling the same method do not share
   a count. Pair with drop_ref. */
static ShObject *lookup_ref(ShType *type, ShObject *name) {
  ShObject *f = sh_type_lookup(type, name);
  if (!f || sh_is_deferred(f)) return f;
  /* borrowed, it might die meanwhile if another thread replaced it */
  f = sh_type_lookup_ref(type, name);
  if (f && sh_is_deferred(f)) sh_decref(f); /* a new one, deferred: as above */
  return f;
}

static void drop_ref(ShObject *f) {
  if (f && !sh_is_deferred(f)) sh_decref(f);
}

ShObject *sh_call_special(ShObject *self, ShObject *name, ShObject *const *args, size_t nargs,
                          bool *found) {
  ShObject *f = lookup_ref(SH_TYPE(self), name);
  if (found) *found = f != NULL;
  if (!f) return NULL;
  ShObject *res = call_found(f, self, args, nargs, NULL);
  drop_ref(f);
  return res;
}

static ShObject *call_special_kw(ShObject *self, ShObject *name, ShObject *const *args,
                                 size_t nargs, ShObject *kwnames) {
  ShObject *f = lookup_ref(SH_TYPE(self), name);
  if (!f) {
    sh_err_no_attribute(self, name);
    return NULL;
  }
  ShObject *res = call_found(f, self, args, nargs, kwnames);
  drop_ref(f);
  return res;
}

/* Calls the dunder or raises AttributeError when it is missing. */
static ShObject *call_method(ShObject *self, ShObject *name, ShObject *const *args, size_t nargs) {
  bool found;
  ShObject *r = sh_call_special(self, name, args, nargs, &found);
  if (!found) sh_err_no_attribute(self, name);
  return r;
}

/* Calls the dunder, giving NotImplemented when it is missing. */
static ShObject *call_maybe(ShObject *self, ShObject *name, ShObject *const *args, size_t nargs) {
  bool found;
  ShObject *r = sh_call_special(self, name, args, nargs, &found);
  if (!found) return SH_NOTIMPLEMENTED;
  return r;
}

/* ----------------------------------------------- generic heap slots */

static ShObject *slot_tp_repr(ShObject *self) {
  bool found;
  ShObject *r = sh_call_special(self, SH_ID(__repr__), NULL, 0, &found);
  if (!found) return sh_object_default_repr(self);
  return r;
}

static ShObject *slot_tp_str(ShObject *self) {
  bool found;
  ShObject *r = sh_call_special(self, SH_ID(__str__), NULL, 0, &found);
  if (!found) return sh_object_repr(self);
  return r;
}

static sh_hash_t slot_tp_hash(ShObject *self) {
  ShObject *f = lookup_ref(SH_TYPE(self), SH_ID(__hash__));
  if (!f || f == SH_NONE) {
    if (f) drop_ref(f);
    return sh_hash_not_implemented(self);
  }
  ShObject *r = call_found(f, self, NULL, 0, NULL);
  drop_ref(f);
  if (!r) return -1;
  if (!SH_INT_CHECK(r)) {
    sh_decref(r);
    sh_err_set_string(&sh_exc_TypeError, "__hash__ method should return an integer");
    return -1;
  }
  sh_hash_t h;
  if (SH_INT_IS_SMALL(r)) {
    h = (sh_hash_t)SH_INT_SMALL_VALUE(r);
    if (h == -1) h = -2;
  } else {
    h = sh_int_hash(r);
  }
  sh_decref(r);
  return h;
}

static ShObject *slot_tp_call(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  return call_special_kw(self, SH_ID(__call__), args, nargs, kwnames);
}

static bool is_generic_getattribute(ShObject *f) {
  if (SH_TYPE(f) != &sh_type_wrapper_descriptor) return false;
  return ((ShWrapperDescr *)f)->wrapped == (void *)sh_object_generic_getattr;
}

static ShObject *slot_tp_getattr_hook(ShObject *self, ShObject *name) {
  ShType *tp = SH_TYPE(self);
  ShObject *getattr = lookup_ref(tp, SH_ID(__getattr__));
  ShObject *getattribute = lookup_ref(tp, SH_ID(__getattribute__));
  ShObject *res;
  if (!getattribute || is_generic_getattribute(getattribute))
    res = sh_object_generic_getattr(self, name);
  else if (SH_TYPE(getattribute) == &sh_type_wrapper_descriptor &&
           ((ShWrapperDescr *)getattribute)->sd->sub == SH_SUB_TYPE &&
           ((ShWrapperDescr *)getattribute)->sd->offset == offsetof(ShType, getattro) &&
           ((ShWrapperDescr *)getattribute)->wrapped != (void *)slot_tp_getattr_hook)
    res = ((sh_getattrofunc)((ShWrapperDescr *)getattribute)->wrapped)(self, name);
  else
    res = call_found(getattribute, self, &name, 1, NULL);
  if (getattribute) drop_ref(getattribute);
  if (!res && getattr && sh_err_matches(&sh_exc_AttributeError)) {
    sh_err_clear();
    res = call_found(getattr, self, &name, 1, NULL);
  }
  if (getattr) drop_ref(getattr);
  return res;
}

static int slot_tp_setattro(ShObject *self, ShObject *name, ShObject *value) {
  ShObject *r;
  if (value) {
    ShObject *args[2] = {name, value};
    r = call_method(self, SH_ID(__setattr__), args, 2);
  } else {
    r = call_method(self, SH_ID(__delattr__), &name, 1);
  }
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

static ShObject *const *cmp_names(void) {
  static ShObject *names[6];
  if (!names[0]) {
    names[SH_LT] = SH_ID(__lt__);
    names[SH_LE] = SH_ID(__le__);
    names[SH_EQ] = SH_ID(__eq__);
    names[SH_NE] = SH_ID(__ne__);
    names[SH_GT] = SH_ID(__gt__);
    names[SH_GE] = SH_ID(__ge__);
  }
  return names;
}

static ShObject *slot_tp_richcompare(ShObject *self, ShObject *other, int op) {
  ShObject *f = lookup_ref(SH_TYPE(self), cmp_names()[op]);
  if (!f) return SH_NOTIMPLEMENTED;
  if (f == SH_NONE) {
    drop_ref(f);
    return SH_NOTIMPLEMENTED;
  }
  ShObject *r = call_found(f, self, &other, 1, NULL);
  drop_ref(f);
  return r;
}

static ShObject *slot_tp_iter(ShObject *self) {
  ShObject *f = lookup_ref(SH_TYPE(self), SH_ID(__iter__));
  if (!f || f == SH_NONE) {
    if (f) drop_ref(f);
    return sh_err_format(&sh_exc_TypeError, "'%.200s' object is not iterable",
                         sh_type_name(SH_TYPE(self)));
  }
  ShObject *r = call_found(f, self, NULL, 0, NULL);
  drop_ref(f);
  return r;
}

static ShObject *slot_tp_iternext(ShObject *self) {
  return call_method(self, SH_ID(__next__), NULL, 0);
}

static ShObject *slot_tp_descr_get(ShObject *self, ShObject *obj, ShObject *type) {
  ShObject *f = lookup_ref(SH_TYPE(self), SH_ID(__get__));
  if (!f) return sh_newref(self);
  ShObject *args[2] = {obj ? obj : SH_NONE, type ? type : SH_NONE};
  ShObject *r = call_found(f, self, args, 2, NULL);
  drop_ref(f);
  return r;
}

static int slot_tp_descr_set(ShObject *self, ShObject *obj, ShObject *value) {
  ShObject *r;
  if (value) {
    ShObject *args[2] = {obj, value};
    r = call_method(self, SH_ID(__set__), args, 2);
  } else {
    r = call_method(self, SH_ID(__delete__), &obj, 1);
  }
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

static int slot_tp_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *r = call_special_kw(self, SH_ID(__init__), args, nargs, kwnames);
  if (!r) return -1;
  if (r != SH_NONE) {
    sh_err_format(&sh_exc_TypeError, "__init__() should return None, not '%.200s'",
                  sh_type_name(SH_TYPE(r)));
    sh_decref(r);
    return -1;
  }
  return 0;
}

static ShObject *slot_tp_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *f = sh_object_getattr(SH_OBJ(type), SH_ID(__new__));
  if (!f) return NULL;
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  ShObject *stack[8];
  ShObject **buf = stack;
  if (nargs + nkw + 1 > 8) {
    buf = sh_mem_alloc((nargs + nkw + 1) * sizeof(ShObject *));
    if (!buf) {
      sh_decref(f);
      return sh_err_no_memory();
    }
  }
  buf[0] = SH_OBJ(type);
  if (nargs + nkw) memcpy(buf + 1, args, (nargs + nkw) * sizeof(ShObject *));
  ShObject *r = sh_call(f, buf, nargs + 1, kwnames);
  if (buf != stack) sh_mem_free(buf);
  sh_decref(f);
  return r;
}

bool sh_new_is_generic(sh_newfunc f) {
  return f == slot_tp_new;
}

static void slot_tp_finalize(ShObject *self) {
  ShObject *saved = sh_err_fetch();
  ShObject *f = lookup_ref(SH_TYPE(self), SH_ID(__del__));
  if (f) {
    ShObject *r = call_found(f, self, NULL, 0, NULL);
    if (r)
      sh_decref(r);
    else {
      ShObject *exc = sh_err_fetch();
      sh_err_write_unraisable(exc, f);
      sh_xdecref(exc);
    }
    drop_ref(f);
  }
  sh_err_restore(saved);
}

/* len(): index-convertible result, >= 0, fits a C ssize. */
static intptr_t slot_sq_length(ShObject *self) {
  ShObject *r = call_method(self, SH_ID(__len__), NULL, 0);
  if (!r) return -1;
  ShObject *i = sh_number_index(r);
  sh_decref(r);
  if (!i) return -1;
  if (sh_int_sign(i) < 0) {
    sh_decref(i);
    sh_err_set_string(&sh_exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  intptr_t n = sh_number_as_ssize(i, &sh_exc_OverflowError);
  sh_decref(i);
  return n;
}

static ShObject *slot_sq_item(ShObject *self, intptr_t i) {
  ShObject *idx = sh_int_from_i64(i);
  if (!idx) return NULL;
  ShObject *r = call_method(self, SH_ID(__getitem__), &idx, 1);
  sh_decref(idx);
  return r;
}

static int slot_mp_ass_subscript(ShObject *self, ShObject *key, ShObject *value) {
  ShObject *r;
  if (value) {
    ShObject *args[2] = {key, value};
    r = call_method(self, SH_ID(__setitem__), args, 2);
  } else {
    r = call_method(self, SH_ID(__delitem__), &key, 1);
  }
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

static int slot_sq_ass_item(ShObject *self, intptr_t i, ShObject *value) {
  ShObject *idx = sh_int_from_i64(i);
  if (!idx) return -1;
  int r = slot_mp_ass_subscript(self, idx, value);
  sh_decref(idx);
  return r;
}

static ShObject *slot_mp_subscript(ShObject *self, ShObject *key) {
  return call_method(self, SH_ID(__getitem__), &key, 1);
}

static int slot_sq_contains(ShObject *self, ShObject *value) {
  ShObject *f = lookup_ref(SH_TYPE(self), SH_ID(__contains__));
  if (f == SH_NONE) {
    drop_ref(f);
    sh_err_format(&sh_exc_TypeError, "'%.200s' object is not a container",
                  sh_type_name(SH_TYPE(self)));
    return -1;
  }
  if (!f) {
    /* Fall back to iteration, as `in` does for plain iterables. */
    ShObject *it = sh_object_iter(self);
    if (!it) return -1;
    for (;;) {
      ShObject *item = sh_iter_next(it);
      if (!item) {
        sh_decref(it);
        return sh_err_occurred() ? -1 : 0;
      }
      int eq = sh_object_richcompare_bool(item, value, SH_EQ);
      sh_decref(item);
      if (eq != 0) {
        sh_decref(it);
        return eq;
      }
    }
  }
  ShObject *r = call_found(f, self, &value, 1, NULL);
  drop_ref(f);
  if (!r) return -1;
  int t = sh_object_is_true(r);
  sh_decref(r);
  return t;
}

static int slot_nb_bool(ShObject *self) {
  bool found;
  ShObject *r = sh_call_special(self, SH_ID(__bool__), NULL, 0, &found);
  if (found) {
    if (!r) return -1;
    if (r == SH_TRUE || r == SH_FALSE) return r == SH_TRUE;
    sh_err_format(&sh_exc_TypeError, "__bool__ should return bool, returned %.200s",
                  sh_type_name(SH_TYPE(r)));
    sh_decref(r);
    return -1;
  }
  if (sh_type_lookup(SH_TYPE(self), SH_ID(__len__))) {
    intptr_t n = slot_sq_length(self);
    return n < 0 ? -1 : n != 0;
  }
  return 1;
}

#define SLOT_UNARY(fname, id)                                                                      \
  static ShObject *fname(ShObject *self) {                                                         \
    return call_method(self, SH_ID(id), NULL, 0);                                                  \
  }
SLOT_UNARY(slot_nb_negative, __neg__)
SLOT_UNARY(slot_nb_positive, __pos__)
SLOT_UNARY(slot_nb_absolute, __abs__)
SLOT_UNARY(slot_nb_invert, __invert__)
SLOT_UNARY(slot_nb_int, __int__)
SLOT_UNARY(slot_nb_float, __float__)
SLOT_UNARY(slot_nb_index, __index__)

/* Python-level binary operator dispatch for a class defining __op__ and/or
   __rop__ (the operands arrive in source order, either may be ours). */
static bool rop_overloaded(ShType *ts, ShType *to, ShObject *rop) {
  return sh_type_lookup(ts, rop) != sh_type_lookup(to, rop);
}

static ShObject *binop_dispatch(ShObject *self, ShObject *other, size_t off, void *thisfunc,
                                ShObject *op, ShObject *rop) {
  ShType *ts = SH_TYPE(self), *to = SH_TYPE(other);
  bool do_other = ts != to && to->as_number && slot_at(to->as_number, off) == thisfunc;
  if (ts->as_number && slot_at(ts->as_number, off) == thisfunc) {
    ShObject *r;
    if (do_other && sh_type_is_subtype(to, ts)) {
      if (rop_overloaded(ts, to, rop)) {
        r = call_maybe(other, rop, &self, 1);
        if (r != SH_NOTIMPLEMENTED) return r;
        do_other = false;
      }
    }
    r = call_maybe(self, op, &other, 1);
    if (r != SH_NOTIMPLEMENTED || to == ts) return r;
  }
  if (do_other) return call_maybe(other, rop, &self, 1);
  return SH_NOTIMPLEMENTED;
}

#define SLOT_BINARY(fname, field, op, rop)                                                         \
  static ShObject *fname(ShObject *a, ShObject *b) {                                               \
    return binop_dispatch(a, b, offsetof(ShNumberMethods, field), (void *)fname, SH_ID(op),        \
                          SH_ID(rop));                                                             \
  }
SLOT_BINARY(slot_nb_add, add, __add__, __radd__)
SLOT_BINARY(slot_nb_subtract, subtract, __sub__, __rsub__)
SLOT_BINARY(slot_nb_multiply, multiply, __mul__, __rmul__)
SLOT_BINARY(slot_nb_remainder, remainder, __mod__, __rmod__)
SLOT_BINARY(slot_nb_divmod, divmod, __divmod__, __rdivmod__)
SLOT_BINARY(slot_nb_lshift, lshift, __lshift__, __rlshift__)
SLOT_BINARY(slot_nb_rshift, rshift, __rshift__, __rrshift__)
SLOT_BINARY(slot_nb_and, and_, __and__, __rand__)
SLOT_BINARY(slot_nb_xor, xor_, __xor__, __rxor__)
SLOT_BINARY(slot_nb_or, or_, __or__, __ror__)
SLOT_BINARY(slot_nb_floor_divide, floor_divide, __floordiv__, __rfloordiv__)
SLOT_BINARY(slot_nb_true_divide, true_divide, __truediv__, __rtruediv__)
SLOT_BINARY(slot_nb_matrix_multiply, matrix_multiply, __matmul__, __rmatmul__)

static ShObject *slot_nb_power_binary(ShObject *a, ShObject *b);
static ShObject *slot_nb_power(ShObject *self, ShObject *other, ShObject *mod) {
  if (!mod || mod == SH_NONE) return slot_nb_power_binary(self, other);
  /* Three-argument pow() only tries the left operand's __pow__. */
  ShType *ts = SH_TYPE(self);
  if (ts->as_number && ts->as_number->power == slot_nb_power) {
    ShObject *args[2] = {other, mod};
    return call_maybe(self, SH_ID(__pow__), args, 2);
  }
  return SH_NOTIMPLEMENTED;
}
static ShObject *slot_nb_power_binary(ShObject *self, ShObject *other) {
  return binop_dispatch(self, other, offsetof(ShNumberMethods, power), (void *)slot_nb_power,
                        SH_ID(__pow__), SH_ID(__rpow__));
}

#define SLOT_INPLACE(fname, id)                                                                    \
  static ShObject *fname(ShObject *self, ShObject *other) {                                        \
    return call_maybe(self, SH_ID(id), &other, 1);                                                 \
  }
SLOT_INPLACE(slot_nb_inplace_add, __iadd__)
SLOT_INPLACE(slot_nb_inplace_subtract, __isub__)
SLOT_INPLACE(slot_nb_inplace_multiply, __imul__)
SLOT_INPLACE(slot_nb_inplace_remainder, __imod__)
SLOT_INPLACE(slot_nb_inplace_lshift, __ilshift__)
SLOT_INPLACE(slot_nb_inplace_rshift, __irshift__)
SLOT_INPLACE(slot_nb_inplace_and, __iand__)
SLOT_INPLACE(slot_nb_inplace_xor, __ixor__)
SLOT_INPLACE(slot_nb_inplace_or, __ior__)
SLOT_INPLACE(slot_nb_inplace_floor_divide, __ifloordiv__)
SLOT_INPLACE(slot_nb_inplace_true_divide, __itruediv__)
SLOT_INPLACE(slot_nb_inplace_matrix_multiply, __imatmul__)
static ShObject *slot_nb_inplace_power(ShObject *self, ShObject *other, ShObject *mod) {
  (void)mod;
  return call_maybe(self, SH_ID(__ipow__), &other, 1);
}

/* ---------------------------------------------------------- wrappers */

static int check_args(ShObject *kwnames, const char *name, size_t nargs, size_t want) {
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    sh_err_format(&sh_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
    return -1;
  }
  if (nargs != want) {
    sh_err_format(&sh_exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
                  nargs);
    return -1;
  }
  return 0;
}
#define CHECK(n)                                                                                   \
  do {                                                                                             \
    if (check_args(kwnames, wrapper_name, nargs, (n)) < 0) return NULL;                            \
  } while (0)

/* The wrapper name is only needed for messages; the descriptor passes it
   through a thread-local set just before the call. */
static _Thread_local const char *wrapper_name = "";
ShObject *sh_slot_wrapper_call(ShSlotDef *sd, ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames, void *wrapped) {
  const char *saved = wrapper_name;
  wrapper_name = sd->name;
  ShObject *r = sd->wrapper(self, args, nargs, kwnames, wrapped);
  wrapper_name = saved;
  return r;
}

static ShObject *wrap_unary(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                            void *f) {
  (void)args;
  CHECK(0);
  return ((sh_unaryfunc)f)(self);
}
static ShObject *wrap_binary_l(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames, void *f) {
  CHECK(1);
  return ((sh_binaryfunc)f)(self, args[0]);
}
static ShObject *wrap_binary_r(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames, void *f) {
  CHECK(1);
  return ((sh_binaryfunc)f)(args[0], self);
}
static int check_range(ShObject *kwnames, size_t nargs, size_t lo, size_t hi) {
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    sh_err_format(&sh_exc_TypeError, "wrapper %s() takes no keyword arguments", wrapper_name);
    return -1;
  }
  if (nargs < lo) {
    sh_err_format(&sh_exc_TypeError, " expected at least %zu argument%s, got %zu", lo,
                  lo == 1 ? "" : "s", nargs);
    return -1;
  }
  if (nargs > hi) {
    sh_err_format(&sh_exc_TypeError, " expected at most %zu argument%s, got %zu", hi,
                  hi == 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}
static ShObject *wrap_ternary(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames, void *f) {
  if (check_range(kwnames, nargs, 1, 2) < 0) return NULL;
  return ((sh_ternaryfunc)f)(self, args[0], nargs > 1 ? args[1] : SH_NONE);
}
static ShObject *wrap_ternary_r(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames, void *f) {
  if (check_range(kwnames, nargs, 1, 2) < 0) return NULL;
  return ((sh_ternaryfunc)f)(args[0], self, nargs > 1 ? args[1] : SH_NONE);
}
static ShObject *wrap_inquiry(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames, void *f) {
  (void)args;
  CHECK(0);
  int r = ((sh_inquiry)f)(self);
  if (r < 0) return NULL;
  return sh_bool_from(r);
}
static ShObject *wrap_len(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                          void *f) {
  (void)args;
  CHECK(0);
  intptr_t r = ((sh_lenfunc)f)(self);
  if (r < 0) return NULL;
  return sh_int_from_i64(r);
}
static ShObject *wrap_indexarg(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames, void *f) {
  CHECK(1);
  intptr_t i = sh_number_as_ssize(args[0], &sh_exc_OverflowError);
  if (i == -1 && sh_err_occurred()) return NULL;
  return ((sh_ssizeargfunc)f)(self, i);
}
static ShObject *wrap_sq_item(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames, void *f) {
  CHECK(1);
  intptr_t i = sh_number_as_ssize(args[0], &sh_exc_IndexError);
  if (i == -1 && sh_err_occurred()) return NULL;
  return ((sh_ssizeargfunc)f)(self, i);
}
static ShObject *wrap_sq_setitem(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames, void *f) {
  CHECK(2);
  intptr_t i = sh_number_as_ssize(args[0], &sh_exc_IndexError);
  if (i == -1 && sh_err_occurred()) return NULL;
  if (((sh_ssizeobjargproc)f)(self, i, args[1]) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_sq_delitem(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames, void *f) {
  CHECK(1);
  intptr_t i = sh_number_as_ssize(args[0], &sh_exc_IndexError);
  if (i == -1 && sh_err_occurred()) return NULL;
  if (((sh_ssizeobjargproc)f)(self, i, NULL) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_objobj(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                             void *f) {
  CHECK(1);
  int r = ((sh_objobjproc)f)(self, args[0]);
  if (r < 0) return NULL;
  return sh_bool_from(r);
}
static ShObject *wrap_objobjarg(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames, void *f) {
  CHECK(2);
  if (((sh_objobjargproc)f)(self, args[0], args[1]) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_delitem(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames, void *f) {
  CHECK(1);
  if (((sh_objobjargproc)f)(self, args[0], NULL) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_setattr(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames, void *f) {
  CHECK(2);
  if (((sh_setattrofunc)f)(self, args[0], args[1]) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_delattr(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames, void *f) {
  CHECK(1);
  if (((sh_setattrofunc)f)(self, args[0], NULL) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_hash(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                           void *f) {
  (void)args;
  CHECK(0);
  sh_hash_t h = ((sh_hashfunc)f)(self);
  if (h == -1 && sh_err_occurred()) return NULL;
  return sh_int_from_i64(h);
}
static ShObject *wrap_call(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                           void *f) {
  return ((sh_vectorcallfunc)f)(self, args, nargs, kwnames);
}
static ShObject *wrap_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                           void *f) {
  if (((sh_initfunc)f)(self, args, nargs, kwnames) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_next(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                           void *f) {
  (void)args;
  CHECK(0);
  ShObject *r = ((sh_unaryfunc)f)(self);
  if (!r && !sh_err_occurred()) {
    ShObject *exc = sh_exc_new(&sh_exc_StopIteration, NULL, 0);
    if (exc) {
      sh_err_raise(exc);
      sh_decref(exc);
    }
  }
  return r;
}
static ShObject *wrap_del(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                          void *f) {
  (void)args;
  CHECK(0);
  ((sh_destructor)f)(self);
  if (sh_err_occurred()) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_descr_get(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames, void *f) {
  if (check_range(kwnames, nargs, 1, 2) < 0) return NULL;
  ShObject *obj = args[0] == SH_NONE ? NULL : args[0];
  ShObject *type = nargs > 1 && args[1] != SH_NONE ? args[1] : NULL;
  if (!obj && !type) {
    sh_err_set_string(&sh_exc_TypeError, "__get__(None, None) is invalid");
    return NULL;
  }
  return ((sh_descrgetfunc)f)(self, obj, type);
}
static ShObject *wrap_descr_set(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames, void *f) {
  CHECK(2);
  if (((sh_descrsetfunc)f)(self, args[0], args[1]) < 0) return NULL;
  SH_RETURN_NONE;
}
static ShObject *wrap_descr_delete(ShObject *self, ShObject *const *args, size_t nargs,
                                   ShObject *kwnames, void *f) {
  CHECK(1);
  if (((sh_descrsetfunc)f)(self, args[0], NULL) < 0) return NULL;
  SH_RETURN_NONE;
}
#define WRAP_CMP(fname, op)                                                                        \
  static ShObject *fname(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,   \
                         void *f) {                                                                \
    CHECK(1);                                                                                      \
    return ((sh_richcmpfunc)f)(self, args[0], op);                                                 \
  }
WRAP_CMP(wrap_lt, SH_LT)
WRAP_CMP(wrap_le, SH_LE)
WRAP_CMP(wrap_eq, SH_EQ)
WRAP_CMP(wrap_ne, SH_NE)
WRAP_CMP(wrap_gt, SH_GT)
WRAP_CMP(wrap_ge, SH_GE)

/* ------------------------------------------------------------- table */

#define TP(name, field, gen, wrap, doc)                                                            \
  { name, SH_SUB_TYPE, offsetof(ShType, field), (void *)(gen), wrap, doc, NULL }
#define NB(name, field, gen, wrap, doc)                                                            \
  { name, SH_SUB_NUMBER, offsetof(ShNumberMethods, field), (void *)(gen), wrap, doc, NULL }
#define SQ(name, field, gen, wrap, doc)                                                            \
  { name, SH_SUB_SEQUENCE, offsetof(ShSequenceMethods, field), (void *)(gen), wrap, doc, NULL }
#define MP(name, field, gen, wrap, doc)                                                            \
  { name, SH_SUB_MAPPING, offsetof(ShMappingMethods, field), (void *)(gen), wrap, doc, NULL }
#define BIN(name, rname, field, gen, sym)                                                          \
  NB(name, field, gen, wrap_binary_l, "Return self" sym "value."),                                 \
      NB(rname, field, gen, wrap_binary_r, "Return value" sym "self.")

ShSlotDef sh_slotdefs[] = {
    TP("__getattribute__", getattro, slot_tp_getattr_hook, wrap_binary_l,
       "Return getattr(self, name)."),
    TP("__getattr__", getattro, slot_tp_getattr_hook, NULL, NULL),
    TP("__setattr__", setattro, slot_tp_setattro, wrap_setattr,
       "Implement setattr(self, name, value)."),
    TP("__delattr__", setattro, slot_tp_setattro, wrap_delattr, "Implement delattr(self, name)."),
    TP("__repr__", repr, slot_tp_repr, wrap_unary, "Return repr(self)."),
    TP("__hash__", hash, slot_tp_hash, wrap_hash, "Return hash(self)."),
    TP("__call__", call, slot_tp_call, wrap_call, "Call self as a function."),
    TP("__str__", str, slot_tp_str, wrap_unary, "Return str(self)."),
    TP("__lt__", richcompare, slot_tp_richcompare, wrap_lt, "Return self<value."),
    TP("__le__", richcompare, slot_tp_richcompare, wrap_le, "Return self<=value."),
    TP("__eq__", richcompare, slot_tp_richcompare, wrap_eq, "Return self==value."),
    TP("__ne__", richcompare, slot_tp_richcompare, wrap_ne, "Return self!=value."),
    TP("__gt__", richcompare, slot_tp_richcompare, wrap_gt, "Return self>value."),
    TP("__ge__", richcompare, slot_tp_richcompare, wrap_ge, "Return self>=value."),
    TP("__iter__", iter, slot_tp_iter, wrap_unary, "Implement iter(self)."),
    TP("__next__", iternext, slot_tp_iternext, wrap_next, "Implement next(self)."),
    TP("__get__", descr_get, slot_tp_descr_get, wrap_descr_get,
       "Return an attribute of instance, which is of type owner."),
    TP("__set__", descr_set, slot_tp_descr_set, wrap_descr_set,
       "Set an attribute of instance to value."),
    TP("__delete__", descr_set, slot_tp_descr_set, wrap_descr_delete,
       "Delete an attribute of instance."),
    TP("__init__", init, slot_tp_init, wrap_init,
       "Initialize self.  See help(type(self)) for accurate signature."),
    TP("__new__", new_, slot_tp_new, NULL, NULL),
    TP("__del__", finalize, slot_tp_finalize, wrap_del,
       "Called when the instance is about to be destroyed."),

    BIN("__add__", "__radd__", add, slot_nb_add, "+"),
    BIN("__sub__", "__rsub__", subtract, slot_nb_subtract, "-"),
    BIN("__mul__", "__rmul__", multiply, slot_nb_multiply, "*"),
    BIN("__mod__", "__rmod__", remainder, slot_nb_remainder, "%"),
    NB("__divmod__", divmod, slot_nb_divmod, wrap_binary_l, "Return divmod(self, value)."),
    NB("__rdivmod__", divmod, slot_nb_divmod, wrap_binary_r, "Return divmod(value, self)."),
    NB("__pow__", power, slot_nb_power, wrap_ternary, "Return pow(self, value, mod)."),
    NB("__rpow__", power, slot_nb_power, wrap_ternary_r, "Return pow(value, self, mod)."),
    NB("__neg__", negative, slot_nb_negative, wrap_unary, "-self"),
    NB("__pos__", positive, slot_nb_positive, wrap_unary, "+self"),
    NB("__abs__", absolute, slot_nb_absolute, wrap_unary, "abs(self)"),
    NB("__bool__", bool_, slot_nb_bool, wrap_inquiry, "True if self else False"),
    NB("__invert__", invert, slot_nb_invert, wrap_unary, "~self"),
    BIN("__lshift__", "__rlshift__", lshift, slot_nb_lshift, "<<"),
    BIN("__rshift__", "__rrshift__", rshift, slot_nb_rshift, ">>"),
    BIN("__and__", "__rand__", and_, slot_nb_and, "&"),
    BIN("__xor__", "__rxor__", xor_, slot_nb_xor, "^"),
    BIN("__or__", "__ror__", or_, slot_nb_or, "|"),
    NB("__int__", int_, slot_nb_int, wrap_unary, "int(self)"),
    NB("__float__", float_, slot_nb_float, wrap_unary, "float(self)"),
    NB("__iadd__", inplace_add, slot_nb_inplace_add, wrap_binary_l, "Return self+=value."),
    NB("__isub__", inplace_subtract, slot_nb_inplace_subtract, wrap_binary_l,
       "Return self-=value."),
    NB("__imul__", inplace_multiply, slot_nb_inplace_multiply, wrap_binary_l,
       "Return self*=value."),
    NB("__imod__", inplace_remainder, slot_nb_inplace_remainder, wrap_binary_l,
       "Return self%=value."),
    NB("__ipow__", inplace_power, slot_nb_inplace_power, wrap_ternary, "Return self**=value."),
    NB("__ilshift__", inplace_lshift, slot_nb_inplace_lshift, wrap_binary_l,
       "Return self<<=value."),
    NB("__irshift__", inplace_rshift, slot_nb_inplace_rshift, wrap_binary_l,
       "Return self>>=value."),
    NB("__iand__", inplace_and, slot_nb_inplace_and, wrap_binary_l, "Return self&=value."),
    NB("__ixor__", inplace_xor, slot_nb_inplace_xor, wrap_binary_l, "Return self^=value."),
    NB("__ior__", inplace_or, slot_nb_inplace_or, wrap_binary_l, "Return self|=value."),
    BIN("__floordiv__", "__rfloordiv__", floor_divide, slot_nb_floor_divide, "//"),
    BIN("__truediv__", "__rtruediv__", true_divide, slot_nb_true_divide, "/"),
    NB("__ifloordiv__", inplace_floor_divide, slot_nb_inplace_floor_divide, wrap_binary_l,
       "Return self//=value."),
    NB("__itruediv__", inplace_true_divide, slot_nb_inplace_true_divide, wrap_binary_l,
       "Return self/=value."),
    NB("__index__", index, slot_nb_index, wrap_unary,
       "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", "__rmatmul__", matrix_multiply, slot_nb_matrix_multiply, "@"),
    NB("__imatmul__", inplace_matrix_multiply, slot_nb_inplace_matrix_multiply, wrap_binary_l,
       "Return self@=value."),

    MP("__len__", length, slot_sq_length, wrap_len, "Return len(self)."),
    MP("__getitem__", subscript, slot_mp_subscript, wrap_binary_l, "Return self[key]."),
    MP("__setitem__", ass_subscript, slot_mp_ass_subscript, wrap_objobjarg,
       "Set self[key] to value."),
    MP("__delitem__", ass_subscript, slot_mp_ass_subscript, wrap_delitem, "Delete self[key]."),

    SQ("__len__", length, slot_sq_length, wrap_len, "Return len(self)."),
    SQ("__add__", concat, NULL, wrap_binary_l, "Return self+value."),
    SQ("__mul__", repeat, NULL, wrap_indexarg, "Return self*value."),
    SQ("__rmul__", repeat, NULL, wrap_indexarg, "Return value*self."),
    SQ("__getitem__", item, slot_sq_item, wrap_sq_item, "Return self[key]."),
    SQ("__setitem__", ass_item, slot_sq_ass_item, wrap_sq_setitem, "Set self[key] to value."),
    SQ("__delitem__", ass_item, slot_sq_ass_item, wrap_sq_delitem, "Delete self[key]."),
    SQ("__contains__", contains, slot_sq_contains, wrap_objobj, "Return key in self."),
    SQ("__iadd__", inplace_concat, NULL, wrap_binary_l, "Implement self+=value."),
    SQ("__imul__", inplace_repeat, NULL, wrap_indexarg, "Implement self*=value."),
    {NULL, 0, 0, NULL, NULL, NULL, NULL}};

int sh_slotdefs_init(void) {
  for (ShSlotDef *sd = sh_slotdefs; sd->name; sd++) {
    sd->id = sh_str_intern_cstr(sd->name);
    if (!sd->id) return -1;
  }
  return 0;
}

void **sh_slot_ptr(ShType *type, const ShSlotDef *sd) {
  char *base;
  switch (sd->sub) {
  case SH_SUB_TYPE: base = (char *)type; break;
  case SH_SUB_NUMBER: base = (char *)type->as_number; break;
  case SH_SUB_SEQUENCE: base = (char *)type->as_sequence; break;
  default: base = (char *)type->as_mapping; break;
  }
  if (!base) return NULL;
  return (void **)(base + sd->offset);
}

/* ------------------------------------------------------------- fixup */

/* Decides the value of the slot that `first` (and every later entry for the
   same slot) feeds: the C function itself when the class inherits it
   untouched through a wrapper, else the generic dunder-calling one. */
static void update_one_slot(ShType *type, ShSlotDef *first) {
  void **ptr = sh_slot_ptr(type, first);
  if (!ptr) return;
  void *specific = NULL, *generic = NULL;
  bool use_generic = false;
  for (ShSlotDef *sd = first; sd->name; sd++) {
    if (sd->sub != first->sub || sd->offset != first->offset) continue;
    ShObject *descr = sh_type_lookup(type, sd->id);
    if (!descr) continue;
    if (SH_TYPE(descr) == &sh_type_wrapper_descriptor) {
      ShWrapperDescr *w = (ShWrapperDescr *)descr;
      if (w->sd->sub == sd->sub && w->sd->offset == sd->offset && w->sd->wrapper == sd->wrapper &&
          sh_type_is_subtype(type, w->type)) {
        if (specific && specific != w->wrapped) use_generic = true;
        specific = w->wrapped;
        if (!generic) generic = sd->generic;
        continue;
      }
      use_generic = true;
      if (sd->generic) generic = sd->generic;
    } else if (SH_TYPE(descr) == &sh_type_cfunction && sd->sub == SH_SUB_TYPE &&
               sd->offset == offsetof(ShType, new_) && ((ShCFunction *)descr)->self &&
               SH_TYPE_CHECK(((ShCFunction *)descr)->self) && sh_descr_is_tp_new(descr)) {
      ShType *owner = (ShType *)((ShCFunction *)descr)->self;
      specific = (void *)owner->new_;
    } else if (descr == SH_NONE && sd->sub == SH_SUB_TYPE && sd->offset == offsetof(ShType, hash)) {
      specific = (void *)sh_hash_not_implemented;
    } else {
      use_generic = true;
      if (sd->generic) generic = sd->generic;
    }
  }
  void *v = (specific && !use_generic) ? specific : generic;
  *ptr = v;
}

void sh_type_fixup_slots(ShType *type) {
  for (ShSlotDef *sd = sh_slotdefs; sd->name; sd++) {
    /* handle each distinct slot once, at its first entry */
    bool seen = false;
    for (ShSlotDef *p = sh_slotdefs; p != sd; p++)
      if (p->sub == sd->sub && p->offset == sd->offset) {
        seen = true;
        break;
      }
    if (!seen) update_one_slot(type, sd);
  }
}

static int update_slot_rec(ShType *type, void *arg) {
  ShObject *name = arg;
  if (!(type->flags & SH_TPFLAGS_HEAPTYPE)) return 0;
  /* A subclass that defines the name itself is unaffected. */
  for (ShSlotDef *sd = sh_slotdefs; sd->name; sd++) {
    if (sd->id != name && !sh_str_equal(sd->id, name)) continue;
    ShSlotDef *first = sd;
    for (ShSlotDef *p = sh_slotdefs; p != sd; p++)
      if (p->sub == sd->sub && p->offset == sd->offset) {
        first = p;
        break;
      }
    update_one_slot(type, first);
  }
  return sh_type_foreach_subclass(type, update_slot_rec, arg);
}

void sh_type_update_slot(ShType *type, ShObject *name) {
  bool any = false;
  for (ShSlotDef *sd = sh_slotdefs; sd->name; sd++)
    if (sd->id == name || sh_str_equal(sd->id, name)) any = true;
  if (!any) return;
  update_slot_rec(type, name);
}
