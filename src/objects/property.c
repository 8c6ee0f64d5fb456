/* property: a data descriptor built from getter/setter/deleter callables,
   with the .getter()/.setter()/.deleter() copying decorators. */
#include <stddef.h>
#include "type_internal.h"

typedef struct ShProperty {
  ShObject ob;
  ShObject *fget, *fset, *fdel, *doc, *name;
  bool getter_doc; /* doc was taken from fget.__doc__ */
} ShProperty;

static ShObject *prop_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return sh_object_alloc(type, 0);
}

static ShObject *none_to_null(ShObject *o) {
  return (o && o != SH_NONE) ? sh_newref(o) : NULL;
}

static int prop_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShProperty *p = (ShProperty *)self;
  ShObject *fget = NULL, *fset = NULL, *fdel = NULL, *doc = NULL;
  if (sh_args_parse("property", args, nargs, kwnames, "|fget,fset,fdel,doc", &fget, &fset, &fdel,
                    &doc) < 0)
    return -1;
  SH_SETREF(p->fget, none_to_null(fget));
  SH_SETREF(p->fset, none_to_null(fset));
  SH_SETREF(p->fdel, none_to_null(fdel));
  SH_SETREF(p->doc, none_to_null(doc));
  p->getter_doc = false;
  if (!p->doc && p->fget) {
    ShObject *d = NULL;
    if (sh_object_lookup_attr(p->fget, SH_ID(__doc__), &d) < 0) return -1;
    if (d && d != SH_NONE) {
      SH_SETREF(p->doc, d);
      p->getter_doc = true;
    } else {
      sh_xdecref(d);
    }
  }
  /* A subclass's class-level __doc__ would hide the member: keep the doc
     in the instance dict, as CPython does. */
  if (SH_TYPE(self) != &sh_type_property && p->doc) {
    ShObject *dict = sh_object_get_dict(self);
    if (dict) {
      int r = sh_dict_set_item(dict, SH_ID(__doc__), p->doc);
      sh_decref(dict);
      if (r < 0) return -1;
    }
  }
  return 0;
}

static void prop_dealloc(ShObject *o) {
  ShProperty *p = (ShProperty *)o;
  SH_CLEAR(p->fget);
  SH_CLEAR(p->fset);
  SH_CLEAR(p->fdel);
  SH_CLEAR(p->doc);
  SH_CLEAR(p->name);
  sh_object_free(o);
}

static int prop_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShProperty *p = (ShProperty *)o;
  ShObject *f[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
  for (int i = 0; i < 5; i++)
    if (f[i] && visit(f[i], arg)) return 1;
  return 0;
}

static int prop_clear(ShObject *o) {
  ShProperty *p = (ShProperty *)o;
  SH_CLEAR(p->fget);
  SH_CLEAR(p->fset);
  SH_CLEAR(p->fdel);
  SH_CLEAR(p->doc);
  return 0;
}

static ShObject *prop_missing(ShProperty *p, ShObject *obj, const char *what) {
  if (p->name)
    return sh_err_format(&sh_exc_AttributeError, "property %R of '%s' object has no %s", p->name,
                         sh_type_name(SH_TYPE(obj)), what);
  return sh_err_format(&sh_exc_AttributeError, "property of '%s' object has no %s",
                       sh_type_name(SH_TYPE(obj)), what);
}

static ShObject *prop_get(ShObject *self, ShObject *obj, ShObject *type) {
  (void)type;
  ShProperty *p = (ShProperty *)self;
  if (!obj || obj == SH_NONE) return sh_newref(self);
  if (!p->fget) return prop_missing(p, obj, "getter");
  return sh_call1(p->fget, obj);
}

static int prop_set(ShObject *self, ShObject *obj, ShObject *value) {
  ShProperty *p = (ShProperty *)self;
  ShObject *f = value ? p->fset : p->fdel;
  if (!f) {
    prop_missing(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  ShObject *r = value ? sh_call2(f, obj, value) : sh_call1(f, obj);
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

/* type(self)(fget, fset, fdel, doc) with one accessor replaced. */
static ShObject *prop_copy(ShObject *self, ShObject *get, ShObject *set, ShObject *del) {
  ShProperty *p = (ShProperty *)self;
  if (!get) get = p->fget;
  if (!set) set = p->fset;
  if (!del) del = p->fdel;
  ShObject *doc = (p->getter_doc && get != p->fget) || !p->doc ? SH_NONE : p->doc;
  ShObject *args[4] = {get ? get : SH_NONE, set ? set : SH_NONE, del ? del : SH_NONE, doc};
  ShObject *np = sh_call(SH_OBJ(SH_TYPE(self)), args, 4, NULL);
  if (np && sh_type_check(np, &sh_type_property)) {
    SH_SETREF(((ShProperty *)np)->name, sh_xnewref(p->name));
  }
  return np;
}

static ShObject *prop_getter(ShObject *self, ShObject *f) {
  return prop_copy(self, f, NULL, NULL);
}
static ShObject *prop_setter(ShObject *self, ShObject *f) {
  return prop_copy(self, NULL, f, NULL);
}
static ShObject *prop_deleter(ShObject *self, ShObject *f) {
  return prop_copy(self, NULL, NULL, f);
}

static ShObject *prop_set_name(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs != 2)
    return sh_err_format(&sh_exc_TypeError,
                         "__set_name__() takes 2 positional arguments but %zu were given", nargs);
  SH_SETREF(((ShProperty *)self)->name, sh_newref(args[1]));
  SH_RETURN_NONE;
}

static ShObject *prop_get_isabstract(ShObject *self, void *c) {
  (void)c;
  ShProperty *p = (ShProperty *)self;
  ShObject *fs[3] = {p->fget, p->fset, p->fdel};
  ShObject *name = sh_str_intern_cstr("__isabstractmethod__");
  for (int i = 0; i < 3; i++) {
    if (!fs[i]) continue;
    ShObject *v = NULL;
    if (sh_object_lookup_attr(fs[i], name, &v) < 0) return NULL;
    if (!v) continue;
    int t = sh_object_is_true(v);
    sh_decref(v);
    if (t < 0) return NULL;
    if (t) return SH_TRUE;
  }
  return SH_FALSE;
}

static ShMethodDef prop_methods[] = {
    {"getter", prop_getter, SH_METH_O,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", prop_setter, SH_METH_O,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", prop_deleter, SH_METH_O,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", prop_set_name, SH_METH_FAST, "Method to set name of a property."},
    {NULL, NULL, 0, NULL}};

static ShMemberDef prop_members[] = {
    {"fget", SH_MEMBER_OBJECT, offsetof(ShProperty, fget), SH_MEMBER_READONLY, NULL},
    {"fset", SH_MEMBER_OBJECT, offsetof(ShProperty, fset), SH_MEMBER_READONLY, NULL},
    {"fdel", SH_MEMBER_OBJECT, offsetof(ShProperty, fdel), SH_MEMBER_READONLY, NULL},
    {"__doc__", SH_MEMBER_OBJECT, offsetof(ShProperty, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL}};

static ShGetSetDef prop_getset[] = {{"__isabstractmethod__", prop_get_isabstract, NULL, NULL, NULL},
                                    {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_property = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "property",
    .basicsize = sizeof(ShProperty),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE,
    .doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n"
           "  fset\n    function to be used for setting an attribute value\n"
           "  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring",
    .dealloc = prop_dealloc,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .new_ = prop_new,
    .init = prop_init,
    .methods = prop_methods,
    .members = prop_members,
    .getset = prop_getset,
};
