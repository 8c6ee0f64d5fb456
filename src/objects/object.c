/* The `object` type and the generic attribute protocol every object uses:
   descriptors, the instance __dict__, method lookup without binding. */
#include <stdio.h>
#include <string.h>
#include "type_internal.h"
#include "../runtime/qsbr.h"

/* ------------------------------------------------- AttributeError */

void sh_err_set_attribute_fields(ShObject *o, ShObject *name) {
  ShObject *exc = sh_err_occurred();
  if (!exc || !sh_type_check(exc, &sh_exc_AttributeError)) return;
  ShAttributeError *ae = (ShAttributeError *)exc;
  if (!ae->name) ae->name = sh_newref(name);
  if (!ae->obj) ae->obj = sh_newref(o);
}

void sh_err_no_attribute(ShObject *o, ShObject *name) {
  sh_err_format(&sh_exc_AttributeError, "'%.50s' object has no attribute '%U'",
                sh_type_name(SH_TYPE(o)), name);
  sh_err_set_attribute_fields(o, name);
}

static int check_name(ShObject *name) {
  if (SH_STR_CHECK(name)) return 0;
  sh_err_format(&sh_exc_TypeError, "attribute name must be string, not '%.200s'",
                sh_type_name(SH_TYPE(name)));
  return -1;
}

/* ------------------------------------------------- instance __dict__ */

ShObject **sh_object_dict_ptr(ShObject *o) {
  ShType *tp = SH_TYPE(o);
  intptr_t off = tp->dictoffset;
  if (off == 0) return NULL;
  if (off < 0) {
    /* The slot trails the variable-size items: the last aligned pointer
       inside the allocation (the type's basicsize reserves room for it
       plus alignment padding). */
    intptr_t n;
    if (tp->flags & SH_TPFLAGS_STR_SUBCLASS) /* str allocates (length + 1) * kind units */
      n = (SH_STR_LEN(o) + 1) * SH_STR_KIND(o);
    else
      n = ((ShVarObject *)o)->size;
    if (n < 0) n = -n;
    intptr_t size = tp->basicsize + n * tp->itemsize;
    off = (size - (intptr_t)sizeof(void *)) & ~((intptr_t)sizeof(void *) - 1);
  }
  return (ShObject **)((char *)o + off);
}

static ShObject *load_dict(ShObject **slot) {
  return atomic_load_explicit((_Atomic(ShObject *) *)slot, memory_order_acquire);
}

ShObject **sh_object_dict_slot(ShObject *o) {
  ShObject **slot = sh_object_dict_ptr(o);
  if (!slot) return NULL;
  if (!load_dict(slot)) {
    ShObject *d = sh_dict_new();
    if (!d) return NULL;
    ShObject *expected = NULL;
    if (!atomic_compare_exchange_strong((_Atomic(ShObject *) *)slot, &expected, d)) sh_decref(d);
  }
  return slot;
}

ShObject *sh_object_get_dict(ShObject *o) {
  ShObject **slot = sh_object_dict_slot(o);
  if (!slot) {
    sh_err_clear();
    return NULL;
  }
  return sh_xnewref(load_dict(slot));
}

/* Weak so that the runtime may provide its own: drops the instance dict
   (if any) and frees. */
__attribute__((weak)) void sh_object_generic_dealloc(ShObject *o) {
  ShObject **dp = sh_object_dict_ptr(o);
  if (dp) SH_CLEAR(*dp);
  sh_object_free(o);
}

/* ----------------------------------------------- generic getattr */

ShObject *sh_object_generic_getattr(ShObject *o, ShObject *name) {
  if (check_name(name) < 0) return NULL;
  ShType *tp = SH_TYPE(o);
  ShObject *descr = sh_type_lookup_ref(tp, name);
  sh_descrgetfunc f = NULL;
  if (descr) {
    f = SH_TYPE(descr)->descr_get;
    if (f && SH_TYPE(descr)->descr_set) {
      ShObject *r = f(descr, o, SH_OBJ(tp));
      sh_decref(descr);
      return r;
    }
  }
  ShObject **slot = sh_object_dict_ptr(o);
  if (slot) {
    ShObject *dict = load_dict(slot);
    if (dict) {
      ShObject *v;
      int r = sh_dict_get_ref(dict, name, &v);
      if (r != 0) {
        sh_xdecref(descr);
        return r > 0 ? v : NULL;
      }
    }
  }
  if (f) {
    ShObject *r = f(descr, o, SH_OBJ(tp));
    sh_decref(descr);
    return r;
  }
  if (descr) return descr;
  sh_err_no_attribute(o, name);
  return NULL;
}

int sh_object_generic_setattr(ShObject *o, ShObject *name, ShObject *value) {
  if (check_name(name) < 0) return -1;
  ShType *tp = SH_TYPE(o);
  ShObject *descr = sh_type_lookup_ref(tp, name);
  if (descr) {
    sh_descrsetfunc f = SH_TYPE(descr)->descr_set;
    if (f) {
      int r = f(descr, o, value);
      sh_decref(descr);
      return r;
    }
  }
  ShObject **slot = sh_object_dict_ptr(o);
  if (!slot) {
    if (descr)
      sh_err_format(&sh_exc_AttributeError, "'%.100s' object attribute '%U' is read-only",
                    sh_type_name(tp), name);
    else
      sh_err_no_attribute(o, name);
    sh_xdecref(descr);
    return -1;
  }
  sh_xdecref(descr); /* not a data descriptor: the instance dict decides */
  if (value) {
    if (!sh_object_dict_slot(o)) return -1;
    ShObject *dict = load_dict(slot);
    sh_incref(dict);
    int r = sh_dict_set_item(dict, name, value);
    sh_decref(dict);
    return r;
  }
  ShObject *dict = load_dict(slot);
  if (dict) {
    sh_incref(dict);
    int r = sh_dict_pop(dict, name, NULL);
    sh_decref(dict);
    if (r < 0) return -1;
    if (r > 0) return 0;
  }
  sh_err_no_attribute(o, name);
  return -1;
}

ShObject *sh_object_get_method(ShObject *obj, ShObject *name, bool *is_unbound) {
  return sh_object_get_method_ref(obj, name, is_unbound, NULL);
}

ShObject *sh_object_get_method_ref(ShObject *obj, ShObject *name, bool *is_unbound,
                                   bool *borrowed) {
  ShType *tp = SH_TYPE(obj);
  *is_unbound = false;
  if (borrowed) *borrowed = false;
  if (tp->getattro != sh_object_generic_getattr || !SH_STR_CHECK(name))
    return sh_object_getattr(obj, name);
  ShObject *descr = sh_type_lookup(tp, name);
  sh_descrgetfunc f = NULL;
  bool meth = false;
  /* A deferred method is only freed by the collector, which treats the
     caller's frame as a root: it needs no reference while we look. */
  bool counted = descr && !(borrowed && sh_is_deferred(descr));
  /* anything else is counted as sh_type_lookup_ref does */
  if (counted && !(descr = sh_type_lookup_ref(tp, name))) counted = false;
  if (descr) {
    if (SH_TYPE(descr) == &sh_type_function || sh_is_method_like(descr)) {
      meth = true;
    } else {
      f = SH_TYPE(descr)->descr_get;
      if (f && SH_TYPE(descr)->descr_set) {
        ShObject *r = f(descr, obj, SH_OBJ(tp));
        if (counted) sh_decref(descr);
        return r;
      }
    }
  }
  ShObject **slot = sh_object_dict_ptr(obj);
  if (slot) {
    ShObject *dict = load_dict(slot);
    if (dict) {
      ShObject *v;
      int r = sh_dict_get_ref(dict, name, &v);
      if (r != 0) {
        if (counted) sh_decref(descr);
        return r > 0 ? v : NULL;
      }
    }
  }
  if (meth) {
    *is_unbound = true;
    if (!counted) *borrowed = true;
    return descr;
  }
  if (!counted && descr) sh_incref(descr); /* not a method: a real reference */
  if (f) {
    ShObject *r = f(descr, obj, SH_OBJ(tp));
    sh_decref(descr);
    return r;
  }
  if (descr) return descr;
  sh_err_no_attribute(obj, name);
  return NULL;
}

/* ------------------------------------------------------ new / init */

static bool has_excess(size_t nargs, ShObject *kwnames) {
  return nargs > 0 || (kwnames && SH_TUPLE_SIZE(kwnames) > 0);
}

static ShObject *abstract_error(ShType *type) {
  ShObject *am = NULL;
  if (sh_dict_get_ref(type->dict, sh_str_intern_cstr("__abstractmethods__"), &am) <= 0) {
    sh_err_clear();
    return sh_err_format(&sh_exc_TypeError, "Can't instantiate abstract class %s", type->name);
  }
  ShObject *list = sh_sequence_list(am);
  sh_decref(am);
  if (!list) return NULL;
  if (sh_list_sort(list, NULL, false) < 0) {
    sh_decref(list);
    return NULL;
  }
  ShObject *sep = sh_str_from_cstr(", ");
  ShObject *joined = sep ? sh_str_join(sep, list) : NULL;
  intptr_t n = sh_list_size(list);
  sh_xdecref(sep);
  sh_decref(list);
  if (!joined) return NULL;
  sh_err_format(&sh_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                type->name, n > 1 ? "s" : "", joined);
  sh_decref(joined);
  return NULL;
}

ShObject *sh_object_new_impl(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  if (has_excess(nargs, kwnames)) {
    if (type->new_ != sh_object_new_impl)
      return sh_err_format(&sh_exc_TypeError,
                           "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == sh_object_init_impl)
      return sh_err_format(&sh_exc_TypeError, "%s() takes no arguments", type->name);
  }
  if (type->flags & SH_TPFLAGS_ABSTRACT) return abstract_error(type);
  return sh_object_alloc(type, 0);
}

int sh_object_init_impl(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  ShType *type = SH_TYPE(self);
  if (has_excess(nargs, kwnames)) {
    if (type->init != sh_object_init_impl) {
      sh_err_set_string(
          &sh_exc_TypeError,
          "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == sh_object_new_impl) {
      sh_err_format(&sh_exc_TypeError,
                    "%s.__init__() takes exactly one argument (the instance to initialize)",
                    type->name);
      return -1;
    }
  }
  return 0;
}

/* ------------------------------------------------- repr, hash, eq */

ShObject *sh_object_default_repr(ShObject *o) {
  ShType *tp = SH_TYPE(o);
  ShObject *mod = sh_type_module_name(tp);
  if (!mod) sh_err_clear();
  ShObject *qual = sh_type_qualname(tp);
  if (!qual) {
    sh_xdecref(mod);
    return NULL;
  }
  char addr[32];
  snprintf(addr, sizeof addr, "%p", (void *)o);
  ShObject *r;
  if (mod && SH_STR_CHECK(mod) && !sh_str_equal_cstr(mod, "builtins"))
    r = sh_str_from_format("<%U.%U object at %s>", mod, qual, addr);
  else
    r = sh_str_from_format("<%s object at %s>", tp->name, addr);
  sh_xdecref(mod);
  sh_decref(qual);
  return r;
}

static ShObject *object_str(ShObject *o) {
  return sh_object_repr(o);
}

sh_hash_t sh_object_default_hash(ShObject *o) {
  uintptr_t y = (uintptr_t)o;
  y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
  sh_hash_t h = (sh_hash_t)y;
  return h == -1 ? -2 : h;
}

ShObject *sh_object_default_richcompare(ShObject *a, ShObject *b, int op) {
  switch (op) {
  case SH_EQ: return a == b ? SH_TRUE : SH_NOTIMPLEMENTED;
  case SH_NE: {
    sh_richcmpfunc f = SH_TYPE(a)->richcompare;
    if (!f) return SH_NOTIMPLEMENTED;
    ShObject *r = f(a, b, SH_EQ);
    if (!r || r == SH_NOTIMPLEMENTED) return r;
    int t = sh_object_is_true(r);
    sh_decref(r);
    if (t < 0) return NULL;
    return sh_bool_from(!t);
  }
  default: return SH_NOTIMPLEMENTED;
  }
}

/* --------------------------------------------------------- __class__ */

static ShObject *object_get_class(ShObject *o, void *c) {
  (void)c;
  return sh_newref(SH_OBJ(SH_TYPE(o)));
}

/* The nearest base whose instance layout differs from its own base's. */
static ShType *solid_base(ShType *t) {
  while (t->base && t->base->basicsize == t->basicsize && t->base->itemsize == t->itemsize &&
         t->base->dictoffset == t->dictoffset)
    t = t->base;
  return t;
}

static bool same_slots(ShType *a, ShType *b) {
  ShObject *sa = a->ht_slots, *sb = b->ht_slots;
  if (!sa && !sb) return true;
  if (!sa || !sb) return false;
  return sh_object_richcompare_bool(sa, sb, SH_EQ) == 1;
}

static bool compatible_layout(ShType *oldto, ShType *newto) {
  if (newto->basicsize != oldto->basicsize || newto->itemsize != oldto->itemsize ||
      newto->dictoffset != oldto->dictoffset || newto->weaklistoffset != oldto->weaklistoffset ||
      (newto->flags & SH_TPFLAGS_GC) != (oldto->flags & SH_TPFLAGS_GC))
    return false;
  ShType *a = oldto, *b = newto;
  while ((a->flags & SH_TPFLAGS_HEAPTYPE) && same_slots(a, a->base))
    a = a->base;
  while ((b->flags & SH_TPFLAGS_HEAPTYPE) && same_slots(b, b->base))
    b = b->base;
  if (a != b && (a->base != b->base || !same_slots(a, b))) return false;
  return solid_base(oldto) == solid_base(newto) || a == b || a->base == b->base;
}

static int object_set_class(ShObject *o, ShObject *value, void *c) {
  (void)c;
  if (!value) {
    sh_err_set_string(&sh_exc_TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!SH_TYPE_CHECK(value)) {
    sh_err_format(&sh_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                  sh_type_name(SH_TYPE(value)));
    return -1;
  }
  ShType *newto = (ShType *)value, *oldto = SH_TYPE(o);
  if (!(newto->flags & SH_TPFLAGS_HEAPTYPE) || !(oldto->flags & SH_TPFLAGS_HEAPTYPE)) {
    if (!(SH_TYPE_CHECK(o) == false && sh_type_is_subtype(newto, &sh_type_module) &&
          sh_type_is_subtype(oldto, &sh_type_module))) {
      sh_err_set_string(
          &sh_exc_TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
      return -1;
    }
  }
  if (!compatible_layout(oldto, newto)) {
    sh_err_format(&sh_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                  sh_type_name(newto), sh_type_name(oldto));
    return -1;
  }
  /* as at allocation and free: an instance counts its class unless the
     class is deferred (then the collector keeps it while instances live) */
  if (SH_INSTANCE_COUNTS_TYPE(newto)) sh_incref(value);
  ShType *old = atomic_exchange((_Atomic(ShType *) *)&o->type, newto);
  /* other threads may still use the old class they loaded (a plain load
     that sees either class): its count goes after a grace period */
  if (SH_INSTANCE_COUNTS_TYPE(old)) sh_qsbr_decref_later(SH_OBJ(old));
  return 0;
}

static ShGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* ---------------------------------------------------------- methods */

static ShObject *object_format(ShObject *self, ShObject *spec) {
  if (!SH_STR_CHECK(spec))
    return sh_err_format(&sh_exc_TypeError, "__format__() argument must be str, not %s",
                         sh_type_name(SH_TYPE(spec)));
  if (SH_STR_LEN(spec) > 0)
    return sh_err_format(&sh_exc_TypeError, "unsupported format string passed to %s.__format__",
                         sh_type_name(SH_TYPE(self)));
  return sh_object_str(self);
}

static ShObject *object_sizeof(ShObject *self) {
  ShType *tp = SH_TYPE(self);
  intptr_t size = tp->basicsize;
  if (tp->itemsize) {
    intptr_t n = ((ShVarObject *)self)->size;
    if (n < 0) n = -n;
    size += n * tp->itemsize;
  }
  return sh_int_from_i64(size);
}

static int merge_class_dict(ShObject *dict, ShObject *cls) {
  ShObject *d = NULL;
  int r = sh_object_lookup_attr(cls, SH_ID(__dict__), &d);
  if (r < 0) return -1;
  if (d) {
    int u = sh_dict_update(dict, d);
    sh_decref(d);
    if (u < 0) return -1;
  }
  ShObject *bases = NULL;
  r = sh_object_lookup_attr(cls, SH_ID(__bases__), &bases);
  if (r < 0) return -1;
  if (!bases) return 0;
  int res = 0;
  if (SH_TUPLE_CHECK(bases)) {
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(bases) && res == 0; i++)
      res = merge_class_dict(dict, SH_TUPLE_GET(bases, i));
  }
  sh_decref(bases);
  return res;
}

static ShObject *object_dir(ShObject *self) {
  ShObject *d = NULL;
  if (sh_object_lookup_attr(self, SH_ID(__dict__), &d) < 0) return NULL;
  ShObject *dict;
  if (d && SH_DICT_CHECK(d))
    dict = sh_dict_copy(d);
  else
    dict = sh_dict_new();
  sh_xdecref(d);
  if (!dict) return NULL;
  ShObject *cls = NULL;
  if (sh_object_lookup_attr(self, SH_ID(__class__), &cls) < 0) {
    sh_decref(dict);
    return NULL;
  }
  if (cls && merge_class_dict(dict, cls) < 0) {
    sh_decref(cls);
    sh_decref(dict);
    return NULL;
  }
  sh_xdecref(cls);
  ShObject *r = sh_dict_keys_list(dict);
  sh_decref(dict);
  return r;
}

static ShObject *object_init_subclass(ShObject *cls) {
  (void)cls;
  SH_RETURN_NONE;
}

static ShObject *object_subclasshook(ShObject *cls, ShObject *const *args, size_t nargs) {
  (void)cls;
  (void)args;
  (void)nargs;
  return SH_NOTIMPLEMENTED;
}

static ShObject *object_getstate(ShObject *self) {
  ShObject **slot = sh_object_dict_ptr(self);
  ShObject *d = slot ? load_dict(slot) : NULL;
  if (!d || sh_dict_size(d) == 0) SH_RETURN_NONE;
  return sh_dict_copy(d);
}

static ShObject *copyreg_attr(const char *name) {
  ShObject *mod = sh_import_module("copyreg");
  if (!mod) return NULL;
  ShObject *f = sh_object_getattr_str(mod, name);
  sh_decref(mod);
  return f;
}

static ShObject *reduce_newobj(ShObject *self) {
  ShObject *newobj = copyreg_attr("__newobj__");
  if (!newobj) return NULL;
  ShObject *args = sh_tuple_pack(1, SH_OBJ(SH_TYPE(self)));
  ShObject *state = args ? sh_call_method(self, sh_str_intern_cstr("__getstate__"), NULL, 0) : NULL;
  ShObject *r = NULL;
  if (state) r = sh_tuple_pack(5, newobj, args, state, SH_NONE, SH_NONE);
  sh_xdecref(state);
  sh_xdecref(args);
  sh_decref(newobj);
  return r;
}

static ShObject *object_reduce_common(ShObject *self, int proto) {
  if (proto >= 2) return reduce_newobj(self);
  ShObject *f = copyreg_attr("_reduce_ex");
  if (!f) return NULL;
  ShObject *p = sh_int_from_i64(proto);
  ShObject *r = p ? sh_call2(f, self, p) : NULL;
  sh_xdecref(p);
  sh_decref(f);
  return r;
}

static ShObject *object_reduce(ShObject *self) {
  return object_reduce_common(self, 0);
}

static ShObject *object_reduce_ex(ShObject *self, ShObject *proto) {
  ShObject *reduce = NULL;
  if (sh_object_lookup_attr(self, sh_str_intern_cstr("__reduce__"), &reduce) < 0) return NULL;
  if (reduce) {
    ShObject *cls_reduce = sh_type_lookup(SH_TYPE(self), sh_str_intern_cstr("__reduce__"));
    ShObject *obj_reduce = sh_type_lookup(&sh_type_object, sh_str_intern_cstr("__reduce__"));
    if (cls_reduce && cls_reduce != obj_reduce) {
      ShObject *r = sh_call0(reduce);
      sh_decref(reduce);
      return r;
    }
    sh_decref(reduce);
  }
  intptr_t p = sh_number_as_ssize(proto, NULL);
  if (p == -1 && sh_err_occurred()) return NULL;
  return object_reduce_common(self, (int)p);
}

static ShMethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, SH_METH_O, "Helper for pickle."},
    {"__reduce__", object_reduce, SH_METH_NOARGS, "Helper for pickle."},
    {"__getstate__", object_getstate, SH_METH_NOARGS, "Helper for pickle."},
    {"__subclasshook__", object_subclasshook, SH_METH_CLASS | SH_METH_FAST,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", object_init_subclass, SH_METH_CLASS | SH_METH_NOARGS,
     "This method is called when a class is subclassed."},
    {"__format__", object_format, SH_METH_O, "Default object formatter."},
    {"__sizeof__", object_sizeof, SH_METH_NOARGS, "Size of object in memory, in bytes."},
    {"__dir__", object_dir, SH_METH_NOARGS, "Default dir() implementation."},
    {NULL, NULL, 0, NULL}};

ShType sh_type_object = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "object",
    .basicsize = sizeof(ShObject),
    .flags = SH_TPFLAGS_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .dealloc = sh_object_generic_dealloc,
    .repr = sh_object_default_repr,
    .str = object_str,
    .hash = sh_object_default_hash,
    .richcompare = sh_object_default_richcompare,
    .getattro = sh_object_generic_getattr,
    .setattro = sh_object_generic_setattr,
    .init = sh_object_init_impl,
    .new_ = sh_object_new_impl,
    .methods = object_methods,
    .getset = object_getset,
};
