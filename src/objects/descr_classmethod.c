/* classmethod and staticmethod: wrappers that change how a callable binds
   when looked up on a class or instance (3.10+ semantics: wrapped
   attributes copied, staticmethod callable, __wrapped__). */
#include <stddef.h>
#include "type_internal.h"

typedef struct ShFuncWrapper {
  ShObject ob;
  ShObject *callable;
  ShObject *dict;
} ShFuncWrapper;

ShObject *sh_make_bound_method(ShObject *func, ShObject *self) {
  if (sh_method_new) return sh_method_new(func, self);
  return sh_call2(SH_OBJ(&sh_type_method), func, self);
}

static ShObject *fw_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return sh_object_alloc(type, 0);
}

/* Copies __module__, __name__, __qualname__, __doc__ and sets __wrapped__,
   as functools.update_wrapper would. */
static int copy_wrapped_attrs(ShFuncWrapper *w) {
  static const char *names[] = {"__module__", "__name__", "__qualname__", "__doc__", NULL};
  if (!w->dict) {
    w->dict = sh_dict_new();
    if (!w->dict) return -1;
  }
  for (int i = 0; names[i]; i++) {
    ShObject *v = NULL;
    ShObject *n = sh_str_intern_cstr(names[i]);
    if (sh_object_lookup_attr(w->callable, n, &v) < 0) return -1;
    if (!v) continue;
    int r = sh_dict_set_item(w->dict, n, v);
    sh_decref(v);
    if (r < 0) return -1;
  }
  return sh_dict_set_str(w->dict, "__wrapped__", w->callable);
}

static int fw_init_common(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                          const char *name) {
  ShFuncWrapper *w = (ShFuncWrapper *)self;
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    sh_err_format(&sh_exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
  }
  if (nargs != 1) {
    sh_err_format(&sh_exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    return -1;
  }
  SH_SETREF(w->callable, sh_newref(args[0]));
  return copy_wrapped_attrs(w);
}

static int cm_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return fw_init_common(self, args, nargs, kwnames, "classmethod");
}
static int sm_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return fw_init_common(self, args, nargs, kwnames, "staticmethod");
}

static void fw_dealloc(ShObject *o) {
  ShFuncWrapper *w = (ShFuncWrapper *)o;
  SH_CLEAR(w->callable);
  SH_CLEAR(w->dict);
  sh_object_free(o);
}

static int fw_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShFuncWrapper *w = (ShFuncWrapper *)o;
  if (w->callable && visit(w->callable, arg)) return 1;
  if (w->dict && visit(w->dict, arg)) return 1;
  return 0;
}

static int fw_clear(ShObject *o) {
  ShFuncWrapper *w = (ShFuncWrapper *)o;
  SH_CLEAR(w->callable);
  SH_CLEAR(w->dict);
  return 0;
}

static ShObject *cm_get(ShObject *self, ShObject *obj, ShObject *type) {
  ShFuncWrapper *w = (ShFuncWrapper *)self;
  if (!w->callable) return sh_err_format(&sh_exc_RuntimeError, "uninitialized classmethod object");
  if (!type) type = SH_OBJ(SH_TYPE(obj));
  sh_descrgetfunc get = SH_TYPE(w->callable)->descr_get;
  if (get) return get(w->callable, type, type);
  return sh_make_bound_method(w->callable, type);
}

static ShObject *sm_get(ShObject *self, ShObject *obj, ShObject *type) {
  (void)obj;
  (void)type;
  ShFuncWrapper *w = (ShFuncWrapper *)self;
  if (!w->callable) return sh_err_format(&sh_exc_RuntimeError, "uninitialized staticmethod object");
  return sh_newref(w->callable);
}

static ShObject *sm_call(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return sh_call(((ShFuncWrapper *)self)->callable, args, nargs, kwnames);
}

static ShObject *cm_repr(ShObject *self) {
  return sh_str_from_format("<classmethod(%R)>", ((ShFuncWrapper *)self)->callable);
}
static ShObject *sm_repr(ShObject *self) {
  return sh_str_from_format("<staticmethod(%R)>", ((ShFuncWrapper *)self)->callable);
}

static ShObject *fw_get_isabstract(ShObject *self, void *c) {
  (void)c;
  ShObject *v = NULL;
  if (sh_object_lookup_attr(((ShFuncWrapper *)self)->callable,
                            sh_str_intern_cstr("__isabstractmethod__"), &v) < 0)
    return NULL;
  if (!v) return SH_FALSE;
  int t = sh_object_is_true(v);
  sh_decref(v);
  if (t < 0) return NULL;
  return sh_bool_from(t);
}

static ShObject *fw_get_dict(ShObject *self, void *c) {
  (void)c;
  ShFuncWrapper *w = (ShFuncWrapper *)self;
  if (!w->dict) {
    ShObject *d = sh_dict_new();
    if (!d) return NULL;
    ShObject *expected = NULL;
    if (!atomic_compare_exchange_strong((_Atomic(ShObject *) *)&w->dict, &expected, d))
      sh_decref(d);
  }
  return sh_newref(w->dict);
}

static int fw_set_dict(ShObject *self, ShObject *v, void *c) {
  (void)c;
  if (!v || !SH_DICT_CHECK(v)) {
    sh_err_set_string(&sh_exc_TypeError, "__dict__ must be set to a dictionary");
    return -1;
  }
  SH_SETREF(((ShFuncWrapper *)self)->dict, sh_newref(v));
  return 0;
}

static ShMemberDef fw_members[] = {
    {"__func__", SH_MEMBER_OBJECT, offsetof(ShFuncWrapper, callable), SH_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}};

static ShGetSetDef fw_getset[] = {{"__isabstractmethod__", fw_get_isabstract, NULL, NULL, NULL},
                                  {"__dict__", fw_get_dict, fw_set_dict, NULL, NULL},
                                  {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_classmethod = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "classmethod",
    .basicsize = sizeof(ShFuncWrapper),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .dealloc = fw_dealloc,
    .traverse = fw_traverse,
    .clear = fw_clear,
    .repr = cm_repr,
    .descr_get = cm_get,
    .new_ = fw_new,
    .init = cm_init,
    .members = fw_members,
    .getset = fw_getset,
    .dictoffset = offsetof(ShFuncWrapper, dict),
};

ShType sh_type_staticmethod = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "staticmethod",
    .basicsize = sizeof(ShFuncWrapper),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .dealloc = fw_dealloc,
    .traverse = fw_traverse,
    .clear = fw_clear,
    .repr = sm_repr,
    .call = sm_call,
    .descr_get = sm_get,
    .new_ = fw_new,
    .init = sm_init,
    .members = fw_members,
    .getset = fw_getset,
    .dictoffset = offsetof(ShFuncWrapper, dict),
};

static ShObject *make(ShType *type, ShObject *callable) {
  ShObject *o = sh_object_alloc(type, 0);
  if (!o) return NULL;
  ShObject *args[1] = {callable};
  if (type->init(o, args, 1, NULL) < 0) {
    sh_decref(o);
    return NULL;
  }
  return o;
}

ShObject *sh_classmethod_new(ShObject *callable) {
  return make(&sh_type_classmethod, callable);
}
ShObject *sh_staticmethod_new(ShObject *callable) {
  return make(&sh_type_staticmethod, callable);
}
