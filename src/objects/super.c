/* super: attribute lookup that starts after a given class in the MRO of an
   object's type, including the zero-argument form of methods. */
#include <stddef.h>
#include "type_internal.h"

typedef struct ShSuper {
  ShObject ob;
  ShType *type;     /* the class super() was given (__thisclass__) */
  ShObject *obj;    /* the instance or class (__self__), may be NULL */
  ShType *obj_type; /* the type whose MRO is searched (__self_class__) */
} ShSuper;

static ShObject *super_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return sh_object_alloc(type, 0);
}

/* The type whose MRO super(type, obj) walks; NULL with TypeError. */
static ShType *supercheck(ShType *type, ShObject *obj) {
  if (SH_TYPE_CHECK(obj) && sh_type_is_subtype((ShType *)obj, type)) return (ShType *)obj;
  if (sh_type_is_subtype(SH_TYPE(obj), type)) return SH_TYPE(obj);
  ShObject *cls = NULL;
  if (sh_object_lookup_attr(obj, SH_ID(__class__), &cls) < 0) return NULL;
  if (cls && SH_TYPE_CHECK(cls) && cls != SH_OBJ(SH_TYPE(obj)) &&
      sh_type_is_subtype((ShType *)cls, type)) {
    sh_decref(cls); /* classes stay alive through obj */
    return (ShType *)cls;
  }
  sh_xdecref(cls);
  sh_err_set_string(&sh_exc_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type");
  return NULL;
}

static int super_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShSuper *su = (ShSuper *)self;
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    sh_err_set_string(&sh_exc_TypeError, "super() takes no keyword arguments");
    return -1;
  }
  if (nargs > 2) {
    sh_err_format(&sh_exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    return -1;
  }
  ShType *type = NULL;
  ShObject *obj = NULL;
  if (nargs == 0) {
    if (sh_frame_super_args(&type, &obj) < 0) return -1;
  } else {
    if (!SH_TYPE_CHECK(args[0])) {
      sh_err_format(&sh_exc_TypeError, "super() argument 1 must be a type, not %s",
                    sh_type_name(SH_TYPE(args[0])));
      return -1;
    }
    type = (ShType *)sh_newref(args[0]);
    obj = nargs > 1 && args[1] != SH_NONE ? sh_newref(args[1]) : NULL;
  }
  ShType *obj_type = NULL;
  if (obj) {
    obj_type = supercheck(type, obj);
    if (!obj_type) {
      sh_decref(SH_OBJ(type));
      sh_decref(obj);
      return -1;
    }
    sh_incref(SH_OBJ(obj_type));
  }
  SH_SETREF(su->type, type);
  SH_SETREF(su->obj, obj);
  SH_SETREF(su->obj_type, obj_type);
  return 0;
}

static void super_dealloc(ShObject *o) {
  ShSuper *su = (ShSuper *)o;
  SH_CLEAR(su->type);
  SH_CLEAR(su->obj);
  SH_CLEAR(su->obj_type);
  sh_object_free(o);
}

static int super_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShSuper *su = (ShSuper *)o;
  if (su->type && visit(SH_OBJ(su->type), arg)) return 1;
  if (su->obj && visit(su->obj, arg)) return 1;
  if (su->obj_type && visit(SH_OBJ(su->obj_type), arg)) return 1;
  return 0;
}

static ShObject *super_repr(ShObject *o) {
  ShSuper *su = (ShSuper *)o;
  const char *tn = su->type ? su->type->name : "NULL";
  if (su->obj_type)
    return sh_str_from_format("<super: <class '%s'>, <%s object>>", tn, su->obj_type->name);
  return sh_str_from_format("<super: <class '%s'>, NULL>", tn);
}

static ShObject *super_getattro(ShObject *self, ShObject *name) {
  ShSuper *su = (ShSuper *)self;
  ShType *start = su->obj_type;
  if (!start || !SH_STR_CHECK(name) || sh_str_equal(name, SH_ID(__class__)))
    return sh_object_generic_getattr(self, name);
  ShObject *mro = __atomic_load_n(&start->mro, __ATOMIC_ACQUIRE);
  if (!mro) return sh_object_generic_getattr(self, name);
  sh_incref(mro);
  intptr_t n = SH_TUPLE_SIZE(mro), i = 0;
  while (i < n && SH_TUPLE_GET(mro, i) != SH_OBJ(su->type))
    i++;
  for (i++; i < n; i++) {
    ShType *t = (ShType *)SH_TUPLE_GET(mro, i);
    if (!t->dict) continue;
    ShObject *res;
    int r = sh_dict_get_ref(t->dict, name, &res);
    if (r < 0) {
      sh_decref(mro);
      return NULL;
    }
    if (r == 0) continue;
    sh_decref(mro);
    sh_descrgetfunc f = SH_TYPE(res)->descr_get;
    if (f) {
      ShObject *bound = f(res, su->obj == SH_OBJ(start) ? NULL : su->obj, SH_OBJ(start));
      sh_decref(res);
      return bound;
    }
    return res;
  }
  sh_decref(mro);
  return sh_object_generic_getattr(self, name);
}

static ShObject *super_descr_get(ShObject *self, ShObject *obj, ShObject *type) {
  (void)type;
  ShSuper *su = (ShSuper *)self;
  if (!obj || obj == SH_NONE || su->obj) return sh_newref(self);
  return sh_call2(SH_OBJ(SH_TYPE(self)), SH_OBJ(su->type), obj);
}

static ShMemberDef super_members[] = {
    {"__thisclass__", SH_MEMBER_OBJECT, offsetof(ShSuper, type), SH_MEMBER_READONLY,
     "the class invoking super()"},
    {"__self__", SH_MEMBER_OBJECT, offsetof(ShSuper, obj), SH_MEMBER_READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", SH_MEMBER_OBJECT, offsetof(ShSuper, obj_type), SH_MEMBER_READONLY,
     "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, 0, NULL}};

ShType sh_type_super = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "super",
    .basicsize = sizeof(ShSuper),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .members = super_members,
};
