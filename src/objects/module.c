/* module objects: a namespace dict with a name, attribute access through
   the dict (and a module-level __getattr__), CPython's reprs. */
#include "../shoal.h"

static void module_dealloc(ShObject *o) {
  ShModule *m = (ShModule *)o;
  SH_CLEAR(m->dict);
  SH_CLEAR(m->name);
  sh_object_free(o);
}

static int module_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShModule *m = (ShModule *)o;
  if (m->dict && visit(m->dict, arg)) return 1;
  return 0;
}

ShObject *sh_module_new_object(ShObject *name) {
  ShModule *m = (ShModule *)sh_object_alloc(&sh_type_module, 0);
  if (!m) return NULL;
  sh_set_deferred(SH_OBJ(m));
  m->name = sh_newref(name);
  m->dict = sh_dict_new();
  if (!m->dict || sh_dict_set_item(m->dict, SH_ID(__name__), name) < 0 ||
      sh_dict_set_item(m->dict, SH_ID(__doc__), SH_NONE) < 0 ||
      sh_dict_set_item(m->dict, SH_ID(__package__), SH_NONE) < 0 ||
      sh_dict_set_item(m->dict, SH_ID(__loader__), SH_NONE) < 0 ||
      sh_dict_set_item(m->dict, SH_ID(__spec__), SH_NONE) < 0) {
    sh_decref(SH_OBJ(m));
    return NULL;
  }
  return SH_OBJ(m);
}

ShObject *sh_module_new(const char *name) {
  ShObject *s = sh_str_from_cstr(name);
  if (!s) return NULL;
  ShObject *m = sh_module_new_object(s);
  sh_decref(s);
  return m;
}

int sh_module_add_functions(ShObject *module, ShMethodDef *defs) {
  ShModule *m = (ShModule *)module;
  for (; defs->name; defs++) {
    ShObject *f = sh_cfunction_new(defs, module, m->name);
    if (!f) return -1;
    int r = sh_dict_set_str(m->dict, defs->name, f);
    sh_decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

int sh_module_add_object(ShObject *module, const char *name, ShObject *steal) {
  if (!steal) return -1;
  int r = sh_dict_set_str(SH_MODULE_DICT(module), name, steal);
  sh_decref(steal);
  return r;
}

int sh_module_add_int(ShObject *module, const char *name, int64_t value) {
  return sh_module_add_object(module, name, sh_int_from_i64(value));
}

int sh_module_add_string(ShObject *module, const char *name, const char *value) {
  return sh_module_add_object(module, name, sh_str_from_cstr(value));
}

ShObject *sh_module_getattro(ShObject *o, ShObject *name) {
  ShObject *r = sh_object_generic_getattr(o, name);
  if (r || !sh_err_matches(&sh_exc_AttributeError)) return r;
  ShModule *m = (ShModule *)o;
  ShObject *getattr_hook;
  if (sh_dict_get_ref(m->dict, SH_ID(__getattr__), &getattr_hook) > 0) {
    sh_err_clear();
    r = sh_call1(getattr_hook, name);
    sh_decref(getattr_hook);
    return r;
  }
  sh_err_clear();
  return sh_err_format(&sh_exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static ShObject *module_repr(ShObject *o) {
  ShModule *m = (ShModule *)o;
  ShObject *file;
  if (sh_dict_get_ref(m->dict, SH_ID(__file__), &file) > 0) {
    ShObject *r = sh_str_from_format("<module %R from %R>", m->name, file);
    sh_decref(file);
    return r;
  }
  return sh_str_from_format("<module %R (built-in)>", m->name);
}

/* dir(module): a module-level __dir__ function decides (PEP 562). */
static ShObject *module_dir(ShObject *self) {
  ShObject *hook;
  int r = sh_dict_get_ref(((ShModule *)self)->dict, SH_ID(__dir__), &hook);
  if (r < 0) return NULL;
  if (r > 0) {
    ShObject *names = sh_call0(hook);
    sh_decref(hook);
    return names;
  }
  ShObject *keys = sh_dict_keys_list(((ShModule *)self)->dict);
  if (keys && sh_list_sort(keys, NULL, false) < 0) SH_CLEAR(keys);
  return keys;
}

static int module_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *name, *doc;
  if (sh_args_parse("module", args, nargs, kwnames, "name|doc", &name, &doc) < 0) return -1;
  ShModule *m = (ShModule *)self;
  if (!m->dict && !(m->dict = sh_dict_new())) return -1;
  SH_SETREF(m->name, sh_newref(name));
  /* The same five entries CPython's module.__init__ writes. */
  if (sh_dict_set_item(m->dict, SH_ID(__name__), name) < 0 ||
      sh_dict_set_item(m->dict, SH_ID(__doc__), doc ? doc : SH_NONE) < 0 ||
      sh_dict_set_item(m->dict, SH_ID(__package__), SH_NONE) < 0 ||
      sh_dict_set_item(m->dict, SH_ID(__loader__), SH_NONE) < 0)
    return -1;
  return sh_dict_set_item(m->dict, SH_ID(__spec__), SH_NONE);
}

static ShObject *module_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kw) {
  ShModule *m = (ShModule *)sh_object_alloc(type, 0);
  if (m && !(m->dict = sh_dict_new())) SH_CLEAR(m);
  return SH_OBJ(m);
}

static ShMethodDef module_methods[] = {
    {"__dir__", module_dir, SH_METH_NOARGS, NULL},
    {NULL},
};

static ShMemberDef module_members[] = {
    {"__dict__", SH_MEMBER_OBJECT, offsetof(ShModule, dict), SH_MEMBER_READONLY, NULL},
    {NULL},
};

ShType sh_type_module = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "module",
    .basicsize = sizeof(ShModule),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .repr = module_repr,
    .getattro = sh_module_getattro,
    .setattro = sh_object_generic_setattr,
    .methods = module_methods,
    .members = module_members,
    .dictoffset = offsetof(ShModule, dict),
    .new_ = module_new,
    .init = module_init,
};
