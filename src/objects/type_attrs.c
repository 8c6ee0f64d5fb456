/* The `type` type: its attributes (__name__, __mro__, __dict__...), calling
   a class, attribute lookup on classes, isinstance/issubclass hooks. */
#include <stdio.h>
#include <string.h>
#include "type_internal.h"
#include "../runtime/qsbr.h"

/* ------------------------------------------------------------ names */

const char *sh_type_name(ShType *type) {
  if (type->flags & SH_TPFLAGS_HEAPTYPE) return type->name;
  const char *dot = strrchr(type->name, '.');
  return dot ? dot + 1 : type->name;
}

ShObject *sh_type_qualname(ShType *type) {
  if ((type->flags & SH_TPFLAGS_HEAPTYPE) && type->ht_qualname) return sh_newref(type->ht_qualname);
  return sh_str_from_cstr(sh_type_name(type));
}

ShObject *sh_type_module_name(ShType *type) {
  if (type->flags & SH_TPFLAGS_HEAPTYPE) {
    ShObject *m = NULL;
    int r = type->dict ? sh_dict_get_ref(type->dict, SH_ID(__module__), &m) : 0;
    if (r < 0) return NULL;
    if (r == 0) {
      sh_err_set_object(&sh_exc_AttributeError, SH_ID(__module__));
      return NULL;
    }
    return m;
  }
  const char *dot = strrchr(type->name, '.');
  if (dot) return sh_str_from_utf8(type->name, (size_t)(dot - type->name));
  return sh_str_from_cstr("builtins");
}

/* ------------------------------------------------------ mappingproxy */

typedef struct ShMappingProxy {
  ShObject ob;
  ShObject *mapping;
} ShMappingProxy;

ShObject *sh_mappingproxy_new(ShObject *mapping) {
  ShMappingProxy *p = (ShMappingProxy *)sh_object_alloc(&sh_type_mappingproxy, 0);
  if (!p) return NULL;
  p->mapping = sh_newref(mapping);
  return SH_OBJ(p);
}

#define PM(o) (((ShMappingProxy *)(o))->mapping)

static void mp_dealloc(ShObject *o) {
  SH_CLEAR(PM(o));
  sh_object_free(o);
}
static int mp_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  return PM(o) && visit(PM(o), arg);
}
static ShObject *mp_repr(ShObject *o) {
  return sh_str_from_format("mappingproxy(%R)", PM(o));
}
static ShObject *mp_str(ShObject *o) {
  return sh_object_str(PM(o));
}
static intptr_t mp_len(ShObject *o) {
  return sh_object_length(PM(o));
}
static ShObject *mp_getitem(ShObject *o, ShObject *k) {
  return sh_object_getitem(PM(o), k);
}
static int mp_contains(ShObject *o, ShObject *k) {
  if (SH_DICT_CHECK(PM(o))) return sh_dict_contains(PM(o), k);
  return sh_sequence_contains(PM(o), k);
}
static ShObject *mp_iter(ShObject *o) {
  return sh_object_iter(PM(o));
}
static ShObject *mp_richcompare(ShObject *a, ShObject *b, int op) {
  return sh_object_richcompare(PM(a), b, op);
}
static ShObject *mp_call0(ShObject *o, const char *name) {
  return sh_call_method(PM(o), sh_str_intern_cstr(name), NULL, 0);
}
static ShObject *mp_keys(ShObject *o) {
  return mp_call0(o, "keys");
}
static ShObject *mp_values(ShObject *o) {
  return mp_call0(o, "values");
}
static ShObject *mp_items(ShObject *o) {
  return mp_call0(o, "items");
}
static ShObject *mp_copy(ShObject *o) {
  return mp_call0(o, "copy");
}
static ShObject *mp_reversed(ShObject *o) {
  return mp_call0(o, "__reversed__");
}
static ShObject *mp_get(ShObject *o, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("get", nargs, 1, 2) < 0) return NULL;
  return sh_call_method(PM(o), SH_ID(get), args, nargs);
}
static ShObject *mp_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)type;
  ShObject *mapping;
  if (sh_args_parse("mappingproxy", args, nargs, kwnames, "mapping", &mapping) < 0) return NULL;
  if (!SH_TYPE(mapping)->as_mapping || !SH_TYPE(mapping)->as_mapping->subscript ||
      SH_LIST_CHECK(mapping) || SH_TUPLE_CHECK(mapping))
    return sh_err_format(&sh_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                         sh_type_name(SH_TYPE(mapping)));
  return sh_mappingproxy_new(mapping);
}

static ShMappingMethods mp_as_mapping = {.length = mp_len, .subscript = mp_getitem};
static ShSequenceMethods mp_as_sequence = {.contains = mp_contains};
static ShMethodDef mp_methods[] = {{"get", mp_get, SH_METH_FAST, NULL},
                                   {"keys", mp_keys, SH_METH_NOARGS, NULL},
                                   {"values", mp_values, SH_METH_NOARGS, NULL},
                                   {"items", mp_items, SH_METH_NOARGS, NULL},
                                   {"copy", mp_copy, SH_METH_NOARGS, NULL},
                                   {"__reversed__", mp_reversed, SH_METH_NOARGS, NULL},
                                   {NULL, NULL, 0, NULL}};

ShType sh_type_mappingproxy = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "mappingproxy",
    .basicsize = sizeof(ShMappingProxy),
    .flags = SH_TPFLAGS_GC,
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .repr = mp_repr,
    .str = mp_str,
    .hash = sh_hash_not_implemented,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .as_mapping = &mp_as_mapping,
    .as_sequence = &mp_as_sequence,
    .methods = mp_methods,
    .new_ = mp_new,
};

/* ------------------------------------------------------- calling */

ShObject *sh_type_call(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShType *type = (ShType *)self;
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  if (type == &sh_type_type) {
    if (nargs == 1 && nkw == 0) return sh_newref(SH_OBJ(SH_TYPE(args[0])));
    if (nargs != 3) return sh_err_format(&sh_exc_TypeError, "type() takes 1 or 3 arguments");
  }
  if (!type->new_)
    return sh_err_format(&sh_exc_TypeError, "cannot create '%s' instances", type->name);
  ShObject *obj = type->new_(type, args, nargs, kwnames);
  if (!obj) return NULL;
  if (!sh_type_check(obj, type)) return obj;
  ShType *t = SH_TYPE(obj);
  if (t->init && t->init(obj, args, nargs, kwnames) < 0) {
    sh_decref(obj);
    return NULL;
  }
  return obj;
}

static int type_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)self;
  (void)args;
  if (nargs == 1 && kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    sh_err_set_string(&sh_exc_TypeError, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (nargs != 1 && nargs != 3) {
    sh_err_set_string(&sh_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

/* ------------------------------------------------ attribute lookup */

ShObject *sh_type_getattro(ShObject *self, ShObject *name) {
  ShType *type = (ShType *)self;
  ShType *meta = SH_TYPE(self);
  if (!SH_STR_CHECK(name))
    return sh_err_format(&sh_exc_TypeError, "attribute name must be string, not '%.200s'",
                         sh_type_name(SH_TYPE(name)));
  ShObject *meta_attr = sh_type_lookup_ref(meta, name);
  sh_descrgetfunc meta_get = NULL;
  if (meta_attr) {
    meta_get = SH_TYPE(meta_attr)->descr_get;
    if (meta_get && SH_TYPE(meta_attr)->descr_set) {
      ShObject *r = meta_get(meta_attr, self, SH_OBJ(meta));
      sh_decref(meta_attr);
      return r;
    }
  }
  ShObject *attr = sh_type_lookup_ref(type, name);
  if (attr) {
    sh_xdecref(meta_attr);
    sh_descrgetfunc local_get = SH_TYPE(attr)->descr_get;
    if (local_get) {
      ShObject *r = local_get(attr, NULL, self);
      sh_decref(attr);
      return r;
    }
    return attr;
  }
  if (meta_get) {
    ShObject *r = meta_get(meta_attr, self, SH_OBJ(meta));
    sh_decref(meta_attr);
    return r;
  }
  if (meta_attr) return meta_attr;
  sh_err_format(&sh_exc_AttributeError, "type object '%.50s' has no attribute '%U'", type->name,
                name);
  sh_err_set_attribute_fields(self, name);
  return NULL;
}

int sh_type_dict_set(ShType *type, ShObject *name, ShObject *value) {
  /* The version moves before the old value can die, too: an inline cache
     that counts a descriptor it borrowed re-checks the version after (see
     take_cached_descr in vm/eval.c), and then knows the type still held
     it. The second move, after the change, drops what a cache filled in
     between with the old value. */
  sh_type_modified(type);
  int r;
  if (value) {
    r = sh_dict_set_item(type->dict, name, value);
  } else {
    r = sh_dict_pop(type->dict, name, NULL);
    if (r == 0) {
      sh_err_format(&sh_exc_AttributeError, "type object '%.50s' has no attribute '%U'", type->name,
                    name);
      r = -1;
    } else if (r > 0) {
      r = 0;
    }
  }
  if (r < 0) return -1;
  sh_type_modified(type);
  sh_type_update_slot(type, name);
  return 0;
}

int sh_type_setattro(ShObject *self, ShObject *name, ShObject *value) {
  ShType *type = (ShType *)self;
  if (!SH_STR_CHECK(name)) {
    sh_err_format(&sh_exc_TypeError, "attribute name must be string, not '%.200s'",
                  sh_type_name(SH_TYPE(name)));
    return -1;
  }
  if (type->flags & SH_TPFLAGS_IMMUTABLE) {
    sh_err_format(&sh_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                  type->name);
    return -1;
  }
  ShObject *meta_attr = sh_type_lookup_ref(SH_TYPE(self), name);
  if (meta_attr) {
    int r = 0;
    sh_descrsetfunc set = SH_TYPE(meta_attr)->descr_set;
    if (set) r = set(meta_attr, self, value);
    sh_decref(meta_attr);
    if (set) return r;
  }
  ShObject *key = name;
  sh_incref(key);
  if (SH_STR_CHECK_EXACT(key)) sh_str_intern_in_place(&key);
  int r = sh_type_dict_set(type, key, value);
  sh_decref(key);
  return r;
}

/* ------------------------------------------------------------ repr */

static ShObject *type_repr(ShObject *self) {
  ShType *type = (ShType *)self;
  ShObject *mod = sh_type_module_name(type);
  if (!mod) sh_err_clear();
  ShObject *qual = sh_type_qualname(type);
  if (!qual) {
    sh_xdecref(mod);
    return NULL;
  }
  ShObject *r;
  if (mod && SH_STR_CHECK(mod) && !sh_str_equal_cstr(mod, "builtins"))
    r = sh_str_from_format("<class '%U.%U'>", mod, qual);
  else
    r = sh_str_from_format("<class '%U'>", qual);
  sh_xdecref(mod);
  sh_decref(qual);
  return r;
}

/* ------------------------------------------------------- getset */

static int check_set_special(ShType *type, ShObject *value, const char *name) {
  if (type->flags & SH_TPFLAGS_IMMUTABLE) {
    sh_err_format(&sh_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                  type->name);
    return -1;
  }
  if (!value) {
    sh_err_format(&sh_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name,
                  type->name);
    return -1;
  }
  return 0;
}

static ShObject *type_get_name(ShObject *o, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if ((t->flags & SH_TPFLAGS_HEAPTYPE) && t->ht_name) return sh_newref(t->ht_name);
  return sh_str_from_cstr(sh_type_name(t));
}

static int type_set_name(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (check_set_special(t, v, "__name__") < 0) return -1;
  if (!SH_STR_CHECK(v)) {
    sh_err_format(&sh_exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                  sh_type_name(SH_TYPE(v)));
    return -1;
  }
  intptr_t len;
  const char *s = sh_str_utf8_and_size(v, &len);
  if (!s) return -1;
  if ((intptr_t)strlen(s) != len) {
    sh_err_set_string(&sh_exc_ValueError, "type name must not contain null characters");
    return -1;
  }
  char *copy = sh_mem_strdup(s);
  if (!copy) {
    sh_err_no_memory();
    return -1;
  }
  /* The old C name stays allocated: concurrent readers may hold it. */
  t->name = copy;
  SH_SETREF(t->ht_name, sh_newref(v));
  return 0;
}

static ShObject *type_get_qualname(ShObject *o, void *c) {
  (void)c;
  return sh_type_qualname((ShType *)o);
}

static int type_set_qualname(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (check_set_special(t, v, "__qualname__") < 0) return -1;
  if (!SH_STR_CHECK(v)) {
    sh_err_format(&sh_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                  sh_type_name(SH_TYPE(v)));
    return -1;
  }
  SH_SETREF(t->ht_qualname, sh_newref(v));
  return 0;
}

static ShObject *type_get_module(ShObject *o, void *c) {
  (void)c;
  return sh_type_module_name((ShType *)o);
}

static int type_set_module(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (check_set_special(t, v, "__module__") < 0) return -1;
  return sh_type_dict_set(t, SH_ID(__module__), v);
}

static ShObject *type_get_bases(ShObject *o, void *c) {
  (void)c;
  return sh_newref(__atomic_load_n(&((ShType *)o)->bases, __ATOMIC_ACQUIRE));
}

/* Serialises __bases__ assignments (see type_set_bases). */
static _Atomic uint8_t bases_lock;

/* Rebuilds the MRO of t and of every subclass from their bases (under
   bases_lock), as CPython does after a __bases__ assignment. Readers hold
   an MRO borrowed without passing a quiescent point, so a replaced one is
   dropped after a grace period. */
static int remake_mro(ShType *t, void *unused) {
  (void)unused;
  ShObject *mro = sh_type_mro_default(t);
  if (!mro) return -1;
  ShObject *old = __atomic_exchange_n(&t->mro, mro, __ATOMIC_ACQ_REL);
  if (old) sh_qsbr_decref_later(old);
  return sh_type_foreach_subclass(t, remake_mro, NULL);
}

/* Slots inherited along the new MROs (t and its subclasses). */
static int fixup_slots_rec(ShType *t, void *unused) {
  sh_type_fixup_slots(t);
  return sh_type_foreach_subclass(t, fixup_slots_rec, unused);
}

static int type_set_bases(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (check_set_special(t, v, "__bases__") < 0) return -1;
  if (!SH_TUPLE_CHECK(v)) {
    sh_err_format(&sh_exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name,
                  sh_type_name(SH_TYPE(v)));
    return -1;
  }
  if (SH_TUPLE_SIZE(v) == 0) {
    sh_err_format(&sh_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                  t->name);
    return -1;
  }
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(v); i++) {
    ShObject *b = SH_TUPLE_GET(v, i);
    if (!SH_TYPE_CHECK(b)) {
      sh_err_format(&sh_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                    sh_type_name(SH_TYPE(b)));
      return -1;
    }
  }
  /* One assignment at a time, so that the cycle test and the MROs rebuilt
     below see no other assignment halfway (two threads swapping two
     classes' bases could otherwise make a cycle). Nothing under it runs
     Python code or blocks. */
  sh_mutex_lock(&bases_lock);
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(v); i++)
    if (sh_type_is_subtype((ShType *)SH_TUPLE_GET(v, i), t)) {
      sh_mutex_unlock(&bases_lock);
      sh_err_set_string(&sh_exc_TypeError, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  ShObject *old_bases = t->bases;
  ShType *old_base = t->base;
  __atomic_store_n(&t->bases, sh_newref(v), __ATOMIC_RELEASE);
  __atomic_store_n(&t->base, (ShType *)SH_TUPLE_GET(v, 0), __ATOMIC_RELEASE);
  if (remake_mro(t, NULL) < 0) {
    /* a subclass's MRO may have failed after t's was replaced: rebuild
       them all from the old bases again */
    __atomic_store_n(&t->bases, old_bases, __ATOMIC_RELEASE);
    __atomic_store_n(&t->base, old_base, __ATOMIC_RELEASE);
    ShObject *exc = sh_err_fetch();
    if (remake_mro(t, NULL) < 0) sh_err_clear();
    sh_err_restore(exc);
    sh_mutex_unlock(&bases_lock);
    sh_decref(v);
    return -1;
  }
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(old_bases); i++)
    sh_type_remove_subclass((ShType *)SH_TUPLE_GET(old_bases, i), t);
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(v); i++)
    sh_type_add_subclass((ShType *)SH_TUPLE_GET(v, i), t);
  sh_type_modified(t);
  fixup_slots_rec(t, NULL);
  sh_mutex_unlock(&bases_lock);
  sh_qsbr_decref_later(old_bases);
  return 0;
}

static ShObject *type_get_base(ShObject *o, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  return sh_newref(t->base ? SH_OBJ(t->base) : SH_NONE);
}

static ShObject *type_get_mro(ShObject *o, void *c) {
  (void)c;
  ShObject *mro = __atomic_load_n(&((ShType *)o)->mro, __ATOMIC_ACQUIRE);
  return sh_newref(mro ? mro : SH_NONE);
}

static ShObject *type_get_dict(ShObject *o, void *c) {
  (void)c;
  return sh_mappingproxy_new(((ShType *)o)->dict);
}

static ShObject *type_get_doc(ShObject *o, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (!(t->flags & SH_TPFLAGS_HEAPTYPE) && t->doc) {
    const char *doc = t->doc;
    const char *sep = strstr(doc, "\n--\n\n");
    if (sep) doc = sep + 5;
    return sh_str_from_utf8(doc, strlen(doc));
  }
  ShObject *v = sh_type_lookup_ref(t, SH_ID(__doc__));
  if (!v) SH_RETURN_NONE;
  sh_descrgetfunc get = SH_TYPE(v)->descr_get;
  if (!get) return v;
  ShObject *r = get(v, NULL, o);
  sh_decref(v);
  return r;
}

static int type_set_doc(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (check_set_special(t, v, "__doc__") < 0) return -1;
  return sh_type_dict_set(t, SH_ID(__doc__), v);
}

static ShObject *abstractmethods_name(void) {
  static ShObject *n;
  if (!n) n = sh_str_intern_cstr("__abstractmethods__");
  return n;
}

static ShObject *type_get_abstract(ShObject *o, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  ShObject *v = NULL;
  if (t != &sh_type_type) {
    int r = sh_dict_get_ref(t->dict, abstractmethods_name(), &v);
    if (r < 0) return NULL;
  }
  if (!v) sh_err_set_object(&sh_exc_AttributeError, abstractmethods_name());
  return v;
}

static int type_set_abstract(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  int abstract = 0;
  if (v) {
    abstract = sh_object_is_true(v);
    if (abstract < 0) return -1;
  }
  if (sh_type_dict_set(t, abstractmethods_name(), v) < 0) return -1;
  if (abstract)
    t->flags |= SH_TPFLAGS_ABSTRACT;
  else
    t->flags &= ~SH_TPFLAGS_ABSTRACT;
  return 0;
}

static ShObject *type_get_annotations(ShObject *o, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (!(t->flags & SH_TPFLAGS_HEAPTYPE)) {
    sh_err_format(&sh_exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                  t->name);
    return NULL;
  }
  ShObject *v = NULL;
  int r = sh_dict_get_ref(t->dict, SH_ID(__annotations__), &v);
  if (r < 0) return NULL;
  if (r > 0) {
    sh_descrgetfunc get = SH_TYPE(v)->descr_get;
    if (get) {
      ShObject *res = get(v, NULL, o);
      sh_decref(v);
      return res;
    }
    return v;
  }
  v = sh_dict_new();
  if (!v) return NULL;
  if (sh_dict_set_item(t->dict, SH_ID(__annotations__), v) < 0) {
    sh_decref(v);
    return NULL;
  }
  sh_type_modified(t);
  return v;
}

static int type_set_annotations(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShType *t = (ShType *)o;
  if (t->flags & SH_TPFLAGS_IMMUTABLE) {
    sh_err_format(&sh_exc_TypeError,
                  "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
    return -1;
  }
  if (!v) {
    int r = sh_dict_pop(t->dict, SH_ID(__annotations__), NULL);
    if (r < 0) return -1;
    if (r == 0) {
      sh_err_set_object(&sh_exc_AttributeError, SH_ID(__annotations__));
      return -1;
    }
    sh_type_modified(t);
    return 0;
  }
  return sh_type_dict_set(t, SH_ID(__annotations__), v);
}

static ShObject *type_get_basicsize(ShObject *o, void *c) {
  (void)c;
  return sh_int_from_i64(((ShType *)o)->basicsize);
}
static ShObject *type_get_itemsize(ShObject *o, void *c) {
  (void)c;
  return sh_int_from_i64(((ShType *)o)->itemsize);
}
static ShObject *type_get_flags(ShObject *o, void *c) {
  (void)c;
  return sh_int_from_i64(((ShType *)o)->flags);
}
static ShObject *type_get_dictoffset(ShObject *o, void *c) {
  (void)c;
  return sh_int_from_i64(((ShType *)o)->dictoffset);
}
static ShObject *type_get_weakrefoffset(ShObject *o, void *c) {
  (void)c;
  return sh_int_from_i64(((ShType *)o)->weaklistoffset);
}
static ShObject *type_get_text_signature(ShObject *o, void *c) {
  (void)o;
  (void)c;
  SH_RETURN_NONE;
}

static ShGetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* ---------------------------------------------- isinstance support */

static int default_isinstance(ShObject *inst, ShObject *cls) {
  if (SH_TYPE_CHECK(cls)) {
    if (sh_type_check(inst, (ShType *)cls)) return 1;
    ShObject *c = NULL;
    if (sh_object_lookup_attr(inst, SH_ID(__class__), &c) < 0) return -1;
    int r = 0;
    if (c && c != SH_OBJ(SH_TYPE(inst)) && SH_TYPE_CHECK(c))
      r = sh_type_is_subtype((ShType *)c, (ShType *)cls);
    sh_xdecref(c);
    return r;
  }
  ShObject *bases = NULL;
  if (sh_object_lookup_attr(cls, SH_ID(__bases__), &bases) < 0) return -1;
  if (!bases || !SH_TUPLE_CHECK(bases)) {
    sh_xdecref(bases);
    sh_err_set_string(&sh_exc_TypeError,
                      "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  sh_decref(bases);
  ShObject *c = NULL;
  if (sh_object_lookup_attr(inst, SH_ID(__class__), &c) < 0) return -1;
  if (!c) return 0;
  int r = sh_object_issubclass(c, cls);
  sh_decref(c);
  return r;
}

/* issubclass through __bases__ for class-like objects that are not types. */
static int abstract_issubclass(ShObject *derived, ShObject *cls) {
  if (derived == cls) return 1;
  ShObject *bases = NULL;
  if (sh_object_lookup_attr(derived, SH_ID(__bases__), &bases) < 0) return -1;
  if (!bases || !SH_TUPLE_CHECK(bases)) {
    sh_xdecref(bases);
    return 0;
  }
  int r = 0;
  if (sh_enter_recursive_call(" in __subclasscheck__") < 0) {
    sh_decref(bases);
    return -1;
  }
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(bases) && r == 0; i++)
    r = abstract_issubclass(SH_TUPLE_GET(bases, i), cls);
  sh_leave_recursive_call();
  sh_decref(bases);
  return r;
}

static bool is_class_like(ShObject *o) {
  if (SH_TYPE_CHECK(o)) return true;
  ShObject *bases = NULL;
  if (sh_object_lookup_attr(o, SH_ID(__bases__), &bases) < 0) {
    sh_err_clear();
    return false;
  }
  bool ok = bases && SH_TUPLE_CHECK(bases);
  sh_xdecref(bases);
  return ok;
}

static int default_issubclass(ShObject *derived, ShObject *cls) {
  if (SH_TYPE_CHECK(cls) && SH_TYPE_CHECK(derived))
    return sh_type_is_subtype((ShType *)derived, (ShType *)cls);
  if (!is_class_like(derived)) {
    sh_err_set_string(&sh_exc_TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_class_like(cls)) {
    sh_err_set_string(&sh_exc_TypeError,
                      "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return abstract_issubclass(derived, cls);
}

/* Runs a metaclass's __instancecheck__/__subclasscheck__ when it has its
   own; 2 when it has none (use the default). */
static int call_check_hook(ShObject *cls, ShObject *name, ShObject *arg) {
  if (SH_TYPE(cls) == &sh_type_type) return 2;
  ShObject *f = sh_type_lookup_ref(SH_TYPE(cls), name);
  if (!f) return 2;
  bool inherited = f == sh_type_lookup(&sh_type_type, name);
  sh_decref(f);
  if (inherited) return 2;
  if (sh_enter_recursive_call(" in __instancecheck__") < 0) return -1;
  bool found;
  ShObject *r = sh_call_special(cls, name, &arg, 1, &found);
  sh_leave_recursive_call();
  if (!r) return -1;
  int t = sh_object_is_true(r);
  sh_decref(r);
  return t;
}

int sh_type_instancecheck(ShObject *cls, ShObject *inst) {
  if (SH_OBJ(SH_TYPE(inst)) == cls) return 1;
  int r = call_check_hook(cls, SH_ID(__instancecheck__), inst);
  if (r != 2) return r;
  return default_isinstance(inst, cls);
}

int sh_type_subclasscheck(ShObject *cls, ShObject *derived) {
  int r = call_check_hook(cls, SH_ID(__subclasscheck__), derived);
  if (r != 2) return r;
  return default_issubclass(derived, cls);
}

static ShObject *type_instancecheck(ShObject *self, ShObject *inst) {
  int r = default_isinstance(inst, self);
  if (r < 0) return NULL;
  return sh_bool_from(r);
}

static ShObject *type_subclasscheck(ShObject *self, ShObject *derived) {
  int r = default_issubclass(derived, self);
  if (r < 0) return NULL;
  return sh_bool_from(r);
}

/* ---------------------------------------------------------- methods */

static ShObject *type_mro_method(ShObject *self) {
  ShObject *t = sh_type_mro_default((ShType *)self);
  if (!t) return NULL;
  ShObject *l = sh_sequence_list(t);
  sh_decref(t);
  return l;
}

static int collect_sub(ShType *sub, void *arg) {
  return sh_list_append((ShObject *)arg, SH_OBJ(sub));
}

static ShObject *type_subclasses(ShObject *self) {
  ShObject *l = sh_list_new(0);
  if (!l) return NULL;
  if (sh_type_foreach_subclass((ShType *)self, collect_sub, l) < 0) {
    sh_decref(l);
    return NULL;
  }
  return l;
}

static ShObject *type_prepare(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  (void)self;
  (void)args;
  (void)nargs;
  (void)kwnames;
  return sh_dict_new();
}

static int merge_dicts(ShObject *dict, ShType *t) {
  if (sh_dict_update(dict, t->dict) < 0) return -1;
  /* counted: another thread may assign __bases__ meanwhile */
  ShObject *bases = sh_newref(__atomic_load_n(&t->bases, __ATOMIC_ACQUIRE));
  int r = 0;
  for (intptr_t i = 0; r == 0 && i < SH_TUPLE_SIZE(bases); i++)
    r = merge_dicts(dict, (ShType *)SH_TUPLE_GET(bases, i));
  sh_decref(bases);
  return r;
}

static ShObject *type_dir(ShObject *self) {
  ShObject *d = sh_dict_new();
  if (!d) return NULL;
  if (merge_dicts(d, (ShType *)self) < 0) {
    sh_decref(d);
    return NULL;
  }
  ShObject *r = sh_dict_keys_list(d);
  sh_decref(d);
  return r;
}

static ShObject *type_sizeof(ShObject *self) {
  (void)self;
  return sh_int_from_i64(sizeof(ShType));
}

static ShMethodDef type_methods[] = {
    {"mro", type_mro_method, SH_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, SH_METH_NOARGS, "Return a list of immediate subclasses."},
    {"__prepare__", type_prepare, SH_METH_CLASS | SH_METH_FASTKW,
     "Create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, SH_METH_O, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, SH_METH_O, "Check if a class is a subclass."},
    {"__dir__", type_dir, SH_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, SH_METH_NOARGS, "Return memory consumption of the type object."},
    {NULL, NULL, 0, NULL}};

/* ----------------------------------------------------- life cycle */

static void type_dealloc(ShObject *o) {
  ShType *t = (ShType *)o;
  if (t->bases && SH_TUPLE_CHECK(t->bases))
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(t->bases); i++)
      sh_type_remove_subclass((ShType *)SH_TUPLE_GET(t->bases, i), t);
  if (t->finalize == NULL) (void)0;
  SH_CLEAR(t->dict);
  SH_CLEAR(t->bases);
  SH_CLEAR(t->mro);
  SH_CLEAR(t->subclasses);
  SH_CLEAR(t->ht_name);
  SH_CLEAR(t->ht_qualname);
  SH_CLEAR(t->ht_module);
  SH_CLEAR(t->ht_slots);
  if (t->members) {
    for (ShMemberDef *m = t->members; m->name; m++)
      sh_mem_free((void *)m->name);
    sh_mem_free(t->members);
    t->members = NULL;
  }
  if (t->base) {
    ShType *b = t->base;
    t->base = NULL;
    sh_decref(SH_OBJ(b));
  }
  sh_object_free(o);
}

static int type_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShType *t = (ShType *)o;
  if (!(t->flags & SH_TPFLAGS_HEAPTYPE)) return 0;
  ShObject *fields[] = {t->dict,    t->bases,       t->mro,       SH_OBJ(t->base),
                        t->ht_name, t->ht_qualname, t->ht_module, t->ht_slots};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (fields[i] && visit(fields[i], arg)) return 1;
  return 0;
}

static int type_clear(ShObject *o) {
  ShType *t = (ShType *)o;
  if (!(t->flags & SH_TPFLAGS_HEAPTYPE)) return 0;
  if (t->dict) sh_dict_clear(t->dict);
  SH_CLEAR(t->mro);
  return 0;
}

static ShObject *type_new_slot(ShType *meta, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  return sh_type_new_impl(meta, args, nargs, kwnames);
}

static ShNumberMethods type_as_number = {.or_ = sh_type_or};

ShType sh_type_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "type",
    .basicsize = sizeof(ShType),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_BASETYPE | SH_TPFLAGS_TYPE_SUBCLASS,
    .doc = "type(object) -> the object's type\n"
           "type(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .call = sh_type_call,
    .getattro = sh_type_getattro,
    .setattro = sh_type_setattro,
    .traverse = type_traverse,
    .clear = type_clear,
    .new_ = type_new_slot,
    .init = type_init,
    .methods = type_methods,
    .getset = type_getset,
    .dictoffset = offsetof(ShType, dict),
    .as_number = &type_as_number,
};
