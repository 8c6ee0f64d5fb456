/* Descriptors made from C tables: builtin functions and methods, method,
   classmethod, getset, member and slot-wrapper descriptors, method-wrappers. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "type_internal.h"
#include "../runtime/field.h"

/* ---------------------------------------------------------- helpers */

static ShObject *strf(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if ((size_t)n >= sizeof buf) n = sizeof buf - 1;
  return sh_str_from_utf8(buf, (size_t)n);
}

static sh_hash_t hash_pointer(const void *p) {
  uintptr_t y = (uintptr_t)p;
  y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
  sh_hash_t h = (sh_hash_t)y;
  return h == -1 ? -2 : h;
}

static ShObject *doc_or_none(const char *doc) {
  if (!doc) SH_RETURN_NONE;
  /* Builtin docstrings may start with a "name(sig)\n--\n\n" signature block. */
  const char *sep = strstr(doc, "\n--\n\n");
  if (sep) doc = sep + 5;
  return sh_str_from_utf8(doc, strlen(doc));
}

/* Common head of every descriptor: the owning type and the name. */
typedef struct ShDescr {
  ShObject ob;
  ShType *type;
  ShObject *name;
} ShDescr;

typedef struct ShMethodDescr {
  ShDescr d;
  ShMethodDef *def;
} ShMethodDescr;

typedef struct ShGetSetDescr {
  ShDescr d;
  ShGetSetDef *def;
} ShGetSetDescr;

typedef struct ShMemberDescr {
  ShDescr d;
  ShMemberDef *def;
} ShMemberDescr;

static ShObject *descr_alloc(ShType *descrtype, ShType *type, const char *name, size_t size) {
  (void)size;
  ShDescr *d = (ShDescr *)sh_object_alloc(descrtype, 0);
  if (!d) return NULL;
  d->type = (ShType *)sh_newref(SH_OBJ(type));
  d->name = sh_str_intern_cstr(name);
  if (!d->name) {
    sh_decref(SH_OBJ(d));
    return NULL;
  }
  return SH_OBJ(d);
}

static void descr_dealloc(ShObject *o) {
  ShDescr *d = (ShDescr *)o;
  SH_CLEAR(d->type);
  SH_CLEAR(d->name);
  sh_object_free(o);
}

static int descr_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShDescr *d = (ShDescr *)o;
  if (d->type && visit(SH_OBJ(d->type), arg)) return 1;
  return 0;
}

static const char *dname(ShObject *descr) {
  const char *s = sh_str_utf8(((ShDescr *)descr)->name);
  return s ? s : "?";
}

/* obj must be an instance of the descriptor's type. */
static int descr_check(ShObject *descr, ShObject *obj) {
  ShDescr *d = (ShDescr *)descr;
  if (SH_TYPE(obj) == d->type || sh_type_check(obj, d->type)) return 0;
  sh_err_format(&sh_exc_TypeError,
                "descriptor '%s' for '%.100s' objects doesn't apply to a '%.100s' object",
                dname(descr), sh_type_name(d->type), sh_type_name(SH_TYPE(obj)));
  return -1;
}

static ShObject *descr_get_name(ShObject *o, void *c) {
  (void)c;
  return sh_newref(((ShDescr *)o)->name);
}
static ShObject *descr_get_objclass(ShObject *o, void *c) {
  (void)c;
  return sh_newref(SH_OBJ(((ShDescr *)o)->type));
}
static ShObject *descr_get_qualname(ShObject *o, void *c) {
  (void)c;
  ShObject *tq = sh_type_qualname(((ShDescr *)o)->type);
  if (!tq) return NULL;
  ShObject *r = sh_str_from_format("%U.%U", tq, ((ShDescr *)o)->name);
  sh_decref(tq);
  return r;
}
static ShObject *descr_reduce(ShObject *self) {
  ShObject *getattr = NULL;
  if (sh_dict_get_str_ref(sh_builtins_dict(), "getattr", &getattr) <= 0)
    return sh_err_format(&sh_exc_TypeError, "cannot pickle descriptor");
  ShObject *args = sh_tuple_pack(2, SH_OBJ(((ShDescr *)self)->type), ((ShDescr *)self)->name);
  ShObject *r = args ? sh_tuple_pack(2, getattr, args) : NULL;
  sh_xdecref(args);
  sh_decref(getattr);
  return r;
}

/* ----------------------------------------------------- calling C defs */

/* The name shown in argument-count messages: "len", "list.append". The
   owner is the class whose method table holds def (NULL: type of self). */
static void display_name(ShMethodDef *def, ShObject *self, ShType *owner, char *buf, size_t size) {
  if (!owner) {
    if (!self || SH_TYPE(self) == &sh_type_module || (def->flags & SH_METH_STATIC)) {
      snprintf(buf, size, "%s", def->name);
      return;
    }
    owner = ((def->flags & SH_METH_CLASS) && SH_TYPE_CHECK(self)) ? (ShType *)self : SH_TYPE(self);
  }
  ShObject *q = sh_type_qualname(owner);
  const char *qs = q ? sh_str_utf8(q) : NULL;
  if (!qs) sh_err_clear();
  snprintf(buf, size, "%s.%s", qs ? qs : sh_type_name(owner), def->name);
  sh_xdecref(q);
}

static ShObject *methoddef_call(ShMethodDef *def, ShObject *self, ShType *owner,
                                ShObject *const *args, size_t nargs, ShObject *kwnames) {
  int kind = def->flags & (SH_METH_NOARGS | SH_METH_O | SH_METH_FAST | SH_METH_FASTKW);
  char name[200];
  if (kind != SH_METH_FASTKW && kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    display_name(def, self, owner, name, sizeof name);
    return sh_err_format(&sh_exc_TypeError, "%s() takes no keyword arguments", name);
  }
  switch (kind) {
  case SH_METH_NOARGS:
    if (nargs != 0) {
      display_name(def, self, owner, name, sizeof name);
      return sh_err_format(&sh_exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
    }
    return ((ShObject * (*)(ShObject *)) def->func)(self);
  case SH_METH_O:
    if (nargs != 1) {
      display_name(def, self, owner, name, sizeof name);
      return sh_err_format(&sh_exc_TypeError, "%s() takes exactly one argument (%zu given)", name,
                           nargs);
    }
    return ((ShObject * (*)(ShObject *, ShObject *)) def->func)(self, args[0]);
  case SH_METH_FAST:
    return ((ShObject * (*)(ShObject *, ShObject *const *, size_t)) def->func)(self, args, nargs);
  case SH_METH_FASTKW:
    return ((ShObject * (*)(ShObject *, ShObject *const *, size_t, ShObject *))
                def->func)(self, args, nargs, kwnames);
  default: return sh_err_format(&sh_exc_SystemError, "bad call flags for %s", def->name);
  }
}

ShObject *sh_methoddef_call(ShMethodDef *def, ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  return methoddef_call(def, self, NULL, args, nargs, kwnames);
}

/* ------------------------------------------ builtin_function_or_method */

ShObject *sh_cfunction_new(ShMethodDef *def, ShObject *self, ShObject *module) {
  ShCFunction *f = (ShCFunction *)sh_object_alloc(&sh_type_cfunction, 0);
  if (!f) return NULL;
  f->def = def;
  f->self = sh_xnewref(self);
  f->module = sh_xnewref(module);
  return SH_OBJ(f);
}

static void cfunction_dealloc(ShObject *o) {
  ShCFunction *f = (ShCFunction *)o;
  SH_CLEAR(f->self);
  SH_CLEAR(f->module);
  sh_object_free(o);
}

static int cfunction_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShCFunction *f = (ShCFunction *)o;
  if (f->self && visit(f->self, arg)) return 1;
  if (f->module && visit(f->module, arg)) return 1;
  return 0;
}

static ShObject *cfunction_call(ShObject *o, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  ShCFunction *f = (ShCFunction *)o;
  return sh_methoddef_call(f->def, f->self, args, nargs, kwnames);
}

static bool cfunction_is_function(ShCFunction *f) {
  return !f->self || SH_TYPE(f->self) == &sh_type_module;
}

static ShObject *cfunction_repr(ShObject *o) {
  ShCFunction *f = (ShCFunction *)o;
  if (cfunction_is_function(f)) return strf("<built-in function %s>", f->def->name);
  if (SH_TYPE_CHECK(f->self))
    return strf("<built-in method %s of type object at %p>", f->def->name, (void *)f->self);
  return strf("<built-in method %s of %s object at %p>", f->def->name,
              sh_type_name(SH_TYPE(f->self)), (void *)f->self);
}

static ShObject *cfunction_richcompare(ShObject *a, ShObject *b, int op) {
  if ((op != SH_EQ && op != SH_NE) || SH_TYPE(a) != &sh_type_cfunction ||
      SH_TYPE(b) != &sh_type_cfunction)
    return SH_NOTIMPLEMENTED;
  ShCFunction *x = (ShCFunction *)a, *y = (ShCFunction *)b;
  bool eq = x->def->func == y->def->func && x->self == y->self;
  return sh_bool_from(op == SH_EQ ? eq : !eq);
}

static sh_hash_t cfunction_hash(ShObject *o) {
  ShCFunction *f = (ShCFunction *)o;
  sh_hash_t h = hash_pointer(f->self) ^ hash_pointer(f->def->func);
  return h == -1 ? -2 : h;
}

static ShObject *cfunction_get_name(ShObject *o, void *c) {
  (void)c;
  return sh_str_from_cstr(((ShCFunction *)o)->def->name);
}
static ShObject *cfunction_get_qualname(ShObject *o, void *c) {
  (void)c;
  ShCFunction *f = (ShCFunction *)o;
  if (cfunction_is_function(f)) return sh_str_from_cstr(f->def->name);
  ShType *t = SH_TYPE_CHECK(f->self) ? (ShType *)f->self : SH_TYPE(f->self);
  ShObject *tq = sh_type_qualname(t);
  if (!tq) return NULL;
  ShObject *r = sh_str_from_format("%U.%s", tq, f->def->name);
  sh_decref(tq);
  return r;
}
static ShObject *cfunction_get_self(ShObject *o, void *c) {
  (void)c;
  ShCFunction *f = (ShCFunction *)o;
  return sh_newref(f->self ? f->self : SH_NONE);
}
static ShObject *cfunction_get_module(ShObject *o, void *c) {
  (void)c;
  ShCFunction *f = (ShCFunction *)o;
  if (f->module) return sh_newref(f->module);
  if (f->self && SH_TYPE(f->self) == &sh_type_module)
    return sh_newref(((ShModule *)f->self)->name ? ((ShModule *)f->self)->name : SH_NONE);
  SH_RETURN_NONE;
}
static int cfunction_set_module(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShCFunction *f = (ShCFunction *)o;
  SH_SETREF(f->module, sh_xnewref(v));
  return 0;
}
static ShObject *cfunction_get_doc(ShObject *o, void *c) {
  (void)c;
  return doc_or_none(((ShCFunction *)o)->def->doc);
}
static ShObject *get_none(ShObject *o, void *c) {
  (void)o;
  (void)c;
  SH_RETURN_NONE;
}
static ShObject *cfunction_reduce(ShObject *self) {
  ShCFunction *f = (ShCFunction *)self;
  if (cfunction_is_function(f)) return sh_str_from_cstr(f->def->name);
  ShObject *getattr = NULL;
  if (sh_dict_get_str_ref(sh_builtins_dict(), "getattr", &getattr) <= 0)
    return sh_err_format(&sh_exc_TypeError, "cannot pickle builtin method");
  ShObject *name = sh_str_from_cstr(f->def->name);
  ShObject *args = name ? sh_tuple_pack(2, f->self, name) : NULL;
  ShObject *r = args ? sh_tuple_pack(2, getattr, args) : NULL;
  sh_xdecref(name);
  sh_xdecref(args);
  sh_decref(getattr);
  return r;
}

static ShGetSetDef cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__module__", cfunction_get_module, cfunction_set_module, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {"__text_signature__", get_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};
static ShMethodDef cfunction_methods[] = {{"__reduce__", cfunction_reduce, SH_METH_NOARGS, NULL},
                                          {NULL, NULL, 0, NULL}};

ShType sh_type_cfunction = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(ShCFunction),
    .flags = SH_TPFLAGS_GC,
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .call = cfunction_call,
    .traverse = cfunction_traverse,
    .getset = cfunction_getset,
    .methods = cfunction_methods,
};

/* -------------------------------------- the builtin __new__ of types */

static ShObject *tp_new_wrapper(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  ShType *type = (ShType *)self;
  /* CPython names the types by tp_name here (itertools.chain, not chain) */
  const char *tn = type->name;
  if (nargs < 1) return sh_err_format(&sh_exc_TypeError, "%s.__new__(): not enough arguments", tn);
  ShObject *arg0 = args[0];
  if (!SH_TYPE_CHECK(arg0))
    return sh_err_format(&sh_exc_TypeError, "%s.__new__(X): X is not a type object (%T)", tn,
                         arg0);
  ShType *sub = (ShType *)arg0;
  if (!sh_type_is_subtype(sub, type))
    return sh_err_format(&sh_exc_TypeError, "%s.__new__(%N): %N is not a subtype of %s", tn, sub,
                         sub, tn);
  /* The nearest base implemented in C must use this very __new__, or the
     object's C layout would not be initialised properly. */
  ShType *staticbase = sub;
  while (staticbase && sh_new_is_generic(staticbase->new_))
    staticbase = staticbase->base;
  if (staticbase && staticbase->new_ != type->new_)
    return sh_err_format(&sh_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", tn,
                         sh_type_name(sub), sh_type_name(staticbase));
  return type->new_(sub, args + 1, nargs - 1, kwnames);
}

static ShMethodDef tp_new_def = {"__new__", tp_new_wrapper, SH_METH_FASTKW,
                                 "Create and return a new object.  "
                                 "See help(type) for accurate signature."};

ShObject *sh_descr_new_tp_new(ShType *type) {
  return sh_cfunction_new(&tp_new_def, SH_OBJ(type), NULL);
}

bool sh_descr_is_tp_new(ShObject *cfunc) {
  return SH_TYPE(cfunc) == &sh_type_cfunction && ((ShCFunction *)cfunc)->def == &tp_new_def;
}

/* ------------------------------------------------- method descriptor */

ShObject *sh_descr_new_method(ShType *type, ShMethodDef *def) {
  ShType *dt =
      (def->flags & SH_METH_CLASS) ? &sh_type_classmethod_descriptor : &sh_type_method_descriptor;
  ShMethodDescr *d = (ShMethodDescr *)descr_alloc(dt, type, def->name, sizeof(ShMethodDescr));
  if (!d) return NULL;
  d->def = def;
  return SH_OBJ(d);
}

static ShObject *method_repr(ShObject *o) {
  return strf("<method '%s' of '%s' objects>", dname(o), sh_type_name(((ShDescr *)o)->type));
}

static ShObject *method_get(ShObject *o, ShObject *obj, ShObject *type) {
  (void)type;
  if (!obj) return sh_newref(o);
  if (descr_check(o, obj) < 0) return NULL;
  return sh_cfunction_new(((ShMethodDescr *)o)->def, obj, NULL);
}

static ShObject *method_call(ShObject *o, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShMethodDescr *d = (ShMethodDescr *)o;
  if (nargs < 1) {
    ShObject *q = descr_get_qualname(o, NULL);
    if (!q) return NULL;
    sh_err_format(&sh_exc_TypeError, "unbound method %U() needs an argument", q);
    sh_decref(q);
    return NULL;
  }
  if (descr_check(o, args[0]) < 0) return NULL;
  return methoddef_call(d->def, args[0], d->d.type, args + 1, nargs - 1, kwnames);
}

ShObject *sh_method_descr_call_self(ShObject *descr, ShObject *self, ShObject *const *args,
                                    size_t nargs, ShObject *kwnames) {
  ShMethodDescr *d = (ShMethodDescr *)descr;
  if (SH_TYPE(self) != d->d.type && descr_check(descr, self) < 0) return NULL;
  if (sh_enter_recursive_call(" while calling a Python object") < 0) return NULL;
  ShObject *r = methoddef_call(d->def, self, d->d.type, args, nargs, kwnames);
  sh_leave_recursive_call();
  return sh_call_check_result(descr, r);
}

static ShObject *method_get_doc(ShObject *o, void *c) {
  (void)c;
  return doc_or_none(((ShMethodDescr *)o)->def->doc);
}

static ShGetSetDef method_getset[] = {{"__doc__", method_get_doc, NULL, NULL, NULL},
                                      {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
                                      {"__name__", descr_get_name, NULL, NULL, NULL},
                                      {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
                                      {"__text_signature__", get_none, NULL, NULL, NULL},
                                      {NULL, NULL, NULL, NULL, NULL}};
static ShMethodDef descr_methods[] = {{"__reduce__", descr_reduce, SH_METH_NOARGS, NULL},
                                      {NULL, NULL, 0, NULL}};

ShType sh_type_method_descriptor = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "method_descriptor",
    .basicsize = sizeof(ShMethodDescr),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = method_repr,
    .call = method_call,
    .descr_get = method_get,
    .getset = method_getset,
    .methods = descr_methods,
};

/* ---------------------------------------- classmethod descriptor */

static ShObject *classmethod_descr_get(ShObject *o, ShObject *obj, ShObject *type) {
  ShDescr *d = (ShDescr *)o;
  if (!type) type = SH_OBJ(SH_TYPE(obj));
  if (!SH_TYPE_CHECK(type))
    return sh_err_format(&sh_exc_TypeError,
                         "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                         dname(o), sh_type_name(d->type), sh_type_name(SH_TYPE(type)));
  if (!sh_type_is_subtype((ShType *)type, d->type))
    return sh_err_format(&sh_exc_TypeError,
                         "descriptor '%s' requires a subtype of '%s' but received '%s'", dname(o),
                         sh_type_name(d->type), sh_type_name((ShType *)type));
  return sh_cfunction_new(((ShMethodDescr *)o)->def, type, NULL);
}

static ShObject *classmethod_descr_call(ShObject *o, ShObject *const *args, size_t nargs,
                                        ShObject *kwnames) {
  ShDescr *d = (ShDescr *)o;
  if (nargs < 1)
    return sh_err_format(&sh_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                         dname(o), sh_type_name(d->type));
  if (!SH_TYPE_CHECK(args[0]))
    return sh_err_format(&sh_exc_TypeError,
                         "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                         dname(o), sh_type_name(d->type), sh_type_name(SH_TYPE(args[0])));
  if (!sh_type_is_subtype((ShType *)args[0], d->type))
    return sh_err_format(&sh_exc_TypeError,
                         "descriptor '%s' requires a subtype of '%s' but received '%s'", dname(o),
                         sh_type_name(d->type), sh_type_name((ShType *)args[0]));
  return sh_methoddef_call(((ShMethodDescr *)o)->def, args[0], args + 1, nargs - 1, kwnames);
}

ShType sh_type_classmethod_descriptor = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(ShMethodDescr),
    .flags = SH_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = method_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getset = method_getset,
    .methods = descr_methods,
};

/* ------------------------------------------------- getset descriptor */

ShObject *sh_descr_new_getset(ShType *type, ShGetSetDef *def) {
  ShGetSetDescr *d =
      (ShGetSetDescr *)descr_alloc(&sh_type_getset_descriptor, type, def->name, sizeof *d);
  if (!d) return NULL;
  d->def = def;
  return SH_OBJ(d);
}

static ShObject *getset_repr(ShObject *o) {
  return strf("<attribute '%s' of '%s' objects>", dname(o), sh_type_name(((ShDescr *)o)->type));
}

static ShObject *getset_get(ShObject *o, ShObject *obj, ShObject *type) {
  (void)type;
  ShGetSetDescr *d = (ShGetSetDescr *)o;
  if (!obj) return sh_newref(o);
  if (descr_check(o, obj) < 0) return NULL;
  if (!d->def->get)
    return sh_err_format(&sh_exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                         dname(o), sh_type_name(d->d.type));
  return d->def->get(obj, d->def->closure);
}

static int getset_set(ShObject *o, ShObject *obj, ShObject *value) {
  ShGetSetDescr *d = (ShGetSetDescr *)o;
  if (descr_check(o, obj) < 0) return -1;
  if (!d->def->set) {
    sh_err_format(&sh_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                  dname(o), sh_type_name(d->d.type));
    return -1;
  }
  return d->def->set(obj, value, d->def->closure);
}

static ShObject *getset_get_doc(ShObject *o, void *c) {
  (void)c;
  return doc_or_none(((ShGetSetDescr *)o)->def->doc);
}

static ShGetSetDef getset_getset[] = {{"__doc__", getset_get_doc, NULL, NULL, NULL},
                                      {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
                                      {"__name__", descr_get_name, NULL, NULL, NULL},
                                      {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
                                      {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_getset_descriptor = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "getset_descriptor",
    .basicsize = sizeof(ShGetSetDescr),
    .flags = SH_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getset = getset_getset,
    .methods = descr_methods,
};

/* ------------------------------------------------- member descriptor */

ShObject *sh_descr_new_member(ShType *type, ShMemberDef *def) {
  ShMemberDescr *d =
      (ShMemberDescr *)descr_alloc(&sh_type_member_descriptor, type, def->name, sizeof *d);
  if (!d) return NULL;
  d->def = def;
  return SH_OBJ(d);
}

static ShObject *member_repr(ShObject *o) {
  return strf("<member '%s' of '%s' objects>", dname(o), sh_type_name(((ShDescr *)o)->type));
}

static ShObject *member_get(ShObject *o, ShObject *obj, ShObject *type) {
  (void)type;
  ShMemberDef *m = ((ShMemberDescr *)o)->def;
  if (!obj) return sh_newref(o);
  if (descr_check(o, obj) < 0) return NULL;
  char *addr = (char *)obj + m->offset;
  switch (m->type) {
  case SH_MEMBER_OBJECT:
  case SH_MEMBER_OBJECT_EX: {
    /* another thread may replace the slot meanwhile (runtime/field.h) */
    ShObject *v = sh_field_get_ref(obj, (ShObject **)addr);
    if (!v) {
      if (m->type == SH_MEMBER_OBJECT) SH_RETURN_NONE;
      sh_err_format(&sh_exc_AttributeError, "'%.50s' object has no attribute '%s'",
                    sh_type_name(SH_TYPE(obj)), m->name);
      sh_err_set_attribute_fields(obj, ((ShDescr *)o)->name);
      return NULL;
    }
    return v;
  }
  case SH_MEMBER_INT: return sh_int_from_i64(*(int *)addr);
  case SH_MEMBER_SSIZE: return sh_int_from_i64(*(intptr_t *)addr);
  case SH_MEMBER_DOUBLE: return sh_float_from_double(*(double *)addr);
  case SH_MEMBER_BOOL: return sh_bool_from(*(bool *)addr);
  }
  return sh_err_format(&sh_exc_SystemError, "bad memberdescr type for %s", m->name);
}

intptr_t sh_member_slot_offset(ShObject *descr) {
  ShMemberDef *m = ((ShMemberDescr *)descr)->def;
  if (m->type != SH_MEMBER_OBJECT_EX || (m->flags & SH_MEMBER_READONLY)) return -1;
  return m->offset;
}

static int member_set(ShObject *o, ShObject *obj, ShObject *value) {
  ShMemberDef *m = ((ShMemberDescr *)o)->def;
  if (descr_check(o, obj) < 0) return -1;
  if (m->flags & SH_MEMBER_READONLY) {
    sh_err_set_string(&sh_exc_AttributeError, "readonly attribute");
    return -1;
  }
  char *addr = (char *)obj + m->offset;
  switch (m->type) {
  case SH_MEMBER_OBJECT:
  case SH_MEMBER_OBJECT_EX: {
    ShObject *old = sh_field_swap(obj, (ShObject **)addr, sh_xnewref(value));
    if (!value && !old && m->type == SH_MEMBER_OBJECT_EX) {
      sh_err_set_object(&sh_exc_AttributeError, ((ShDescr *)o)->name);
      return -1;
    }
    sh_xdecref(old);
    return 0;
  }
  default: break;
  }
  if (!value) {
    sh_err_set_string(&sh_exc_TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  if (m->type == SH_MEMBER_DOUBLE) {
    double d = sh_float_as_double(value);
    if (d == -1.0 && sh_err_occurred()) return -1;
    *(double *)addr = d;
    return 0;
  }
  if (m->type == SH_MEMBER_BOOL) {
    if (value != SH_TRUE && value != SH_FALSE) {
      sh_err_set_string(&sh_exc_TypeError, "attribute value type must be bool");
      return -1;
    }
    *(bool *)addr = value == SH_TRUE;
    return 0;
  }
  if (!SH_INT_CHECK(value)) {
    sh_err_set_string(&sh_exc_TypeError, "an integer is required");
    return -1;
  }
  intptr_t v = sh_int_as_ssize(value);
  if (v == -1 && sh_err_occurred()) return -1;
  if (m->type == SH_MEMBER_INT)
    *(int *)addr = (int)v;
  else
    *(intptr_t *)addr = v;
  return 0;
}

static ShObject *member_get_doc(ShObject *o, void *c) {
  (void)c;
  return doc_or_none(((ShMemberDescr *)o)->def->doc);
}

static ShGetSetDef member_getset[] = {{"__doc__", member_get_doc, NULL, NULL, NULL},
                                      {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
                                      {"__name__", descr_get_name, NULL, NULL, NULL},
                                      {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
                                      {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_member_descriptor = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "member_descriptor",
    .basicsize = sizeof(ShMemberDescr),
    .flags = SH_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
    .methods = descr_methods,
};

/* ---------------------------------------------- wrapper descriptor */

ShObject *sh_descr_new_wrapper(ShType *type, ShSlotDef *sd, void *wrapped) {
  ShWrapperDescr *d = (ShWrapperDescr *)sh_object_alloc(&sh_type_wrapper_descriptor, 0);
  if (!d) return NULL;
  d->type = (ShType *)sh_newref(SH_OBJ(type));
  d->sd = sd;
  d->wrapped = wrapped;
  return SH_OBJ(d);
}

static void wrapper_dealloc(ShObject *o) {
  SH_CLEAR(((ShWrapperDescr *)o)->type);
  sh_object_free(o);
}

static int wrapper_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShWrapperDescr *d = (ShWrapperDescr *)o;
  return d->type && visit(SH_OBJ(d->type), arg);
}

static ShObject *wrapper_repr(ShObject *o) {
  ShWrapperDescr *d = (ShWrapperDescr *)o;
  return strf("<slot wrapper '%s' of '%s' objects>", d->sd->name, sh_type_name(d->type));
}

static int wrapper_check(ShWrapperDescr *d, ShObject *obj) {
  if (sh_type_check(obj, d->type)) return 0;
  sh_err_format(&sh_exc_TypeError,
                "descriptor '%s' for '%.100s' objects doesn't apply to a '%.100s' object",
                d->sd->name, sh_type_name(d->type), sh_type_name(SH_TYPE(obj)));
  return -1;
}

static ShObject *wrapper_get(ShObject *o, ShObject *obj, ShObject *type) {
  (void)type;
  ShWrapperDescr *d = (ShWrapperDescr *)o;
  if (!obj) return sh_newref(o);
  if (wrapper_check(d, obj) < 0) return NULL;
  ShMethodWrapper *w = (ShMethodWrapper *)sh_object_alloc(&sh_type_method_wrapper, 0);
  if (!w) return NULL;
  w->descr = (ShWrapperDescr *)sh_newref(o);
  w->self = sh_newref(obj);
  return SH_OBJ(w);
}

static ShObject *wrapper_call(ShObject *o, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShWrapperDescr *d = (ShWrapperDescr *)o;
  if (nargs < 1)
    return sh_err_format(&sh_exc_TypeError, "descriptor '%s' of '%N' object needs an argument",
                         d->sd->name, d->type);
  if (!sh_type_check(args[0], d->type))
    return sh_err_format(&sh_exc_TypeError,
                         "descriptor '%s' requires a '%N' object but received a '%T'", d->sd->name,
                         d->type, args[0]);
  return sh_slot_wrapper_call(d->sd, args[0], args + 1, nargs - 1, kwnames, d->wrapped);
}

static ShObject *wrapper_get_name(ShObject *o, void *c) {
  (void)c;
  return sh_newref(((ShWrapperDescr *)o)->sd->id);
}
static ShObject *wrapper_get_qualname(ShObject *o, void *c) {
  (void)c;
  ShWrapperDescr *d = (ShWrapperDescr *)o;
  ShObject *tq = sh_type_qualname(d->type);
  if (!tq) return NULL;
  ShObject *r = sh_str_from_format("%U.%s", tq, d->sd->name);
  sh_decref(tq);
  return r;
}
static ShObject *wrapper_get_objclass(ShObject *o, void *c) {
  (void)c;
  return sh_newref(SH_OBJ(((ShWrapperDescr *)o)->type));
}
static ShObject *wrapper_get_doc(ShObject *o, void *c) {
  (void)c;
  return doc_or_none(((ShWrapperDescr *)o)->sd->doc);
}

static ShGetSetDef wrapper_getset[] = {{"__doc__", wrapper_get_doc, NULL, NULL, NULL},
                                       {"__qualname__", wrapper_get_qualname, NULL, NULL, NULL},
                                       {"__name__", wrapper_get_name, NULL, NULL, NULL},
                                       {"__objclass__", wrapper_get_objclass, NULL, NULL, NULL},
                                       {"__text_signature__", get_none, NULL, NULL, NULL},
                                       {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_wrapper_descriptor = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(ShWrapperDescr),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .getset = wrapper_getset,
};

/* ---------------------------------------------------- method-wrapper */

static void mw_dealloc(ShObject *o) {
  ShMethodWrapper *w = (ShMethodWrapper *)o;
  SH_CLEAR(w->descr);
  SH_CLEAR(w->self);
  sh_object_free(o);
}

static int mw_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShMethodWrapper *w = (ShMethodWrapper *)o;
  if (w->descr && visit(SH_OBJ(w->descr), arg)) return 1;
  if (w->self && visit(w->self, arg)) return 1;
  return 0;
}

static ShObject *mw_repr(ShObject *o) {
  ShMethodWrapper *w = (ShMethodWrapper *)o;
  return strf("<method-wrapper '%s' of %s object at %p>", w->descr->sd->name,
              sh_type_name(SH_TYPE(w->self)), (void *)w->self);
}

static ShObject *mw_call(ShObject *o, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShMethodWrapper *w = (ShMethodWrapper *)o;
  return sh_slot_wrapper_call(w->descr->sd, w->self, args, nargs, kwnames, w->descr->wrapped);
}

static ShObject *mw_richcompare(ShObject *a, ShObject *b, int op) {
  if ((op != SH_EQ && op != SH_NE) || SH_TYPE(a) != &sh_type_method_wrapper ||
      SH_TYPE(b) != &sh_type_method_wrapper)
    return SH_NOTIMPLEMENTED;
  ShMethodWrapper *x = (ShMethodWrapper *)a, *y = (ShMethodWrapper *)b;
  bool eq = x->descr == y->descr && x->self == y->self;
  return sh_bool_from(op == SH_EQ ? eq : !eq);
}

static sh_hash_t mw_hash(ShObject *o) {
  ShMethodWrapper *w = (ShMethodWrapper *)o;
  sh_hash_t h = hash_pointer(w->self) ^ hash_pointer(w->descr);
  return h == -1 ? -2 : h;
}

static ShObject *mw_get_self(ShObject *o, void *c) {
  (void)c;
  return sh_newref(((ShMethodWrapper *)o)->self);
}
static ShObject *mw_get_name(ShObject *o, void *c) {
  (void)c;
  return wrapper_get_name(SH_OBJ(((ShMethodWrapper *)o)->descr), NULL);
}
static ShObject *mw_get_qualname(ShObject *o, void *c) {
  (void)c;
  return wrapper_get_qualname(SH_OBJ(((ShMethodWrapper *)o)->descr), NULL);
}
static ShObject *mw_get_objclass(ShObject *o, void *c) {
  (void)c;
  return wrapper_get_objclass(SH_OBJ(((ShMethodWrapper *)o)->descr), NULL);
}
static ShObject *mw_get_doc(ShObject *o, void *c) {
  (void)c;
  return wrapper_get_doc(SH_OBJ(((ShMethodWrapper *)o)->descr), NULL);
}

static ShGetSetDef mw_getset[] = {{"__self__", mw_get_self, NULL, NULL, NULL},
                                  {"__name__", mw_get_name, NULL, NULL, NULL},
                                  {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
                                  {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
                                  {"__doc__", mw_get_doc, NULL, NULL, NULL},
                                  {"__text_signature__", get_none, NULL, NULL, NULL},
                                  {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_method_wrapper = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "method-wrapper",
    .basicsize = sizeof(ShMethodWrapper),
    .flags = SH_TPFLAGS_GC,
    .dealloc = mw_dealloc,
    .traverse = mw_traverse,
    .repr = mw_repr,
    .hash = mw_hash,
    .richcompare = mw_richcompare,
    .call = mw_call,
    .getset = mw_getset,
};
