/* Creating classes: type(name, bases, dict) and class statements. Metaclass
   choice, best base, __slots__ and instance layout, __set_name__,
   __init_subclass__, and the life cycle of instances of such classes. */
#include <string.h>
#include "type_internal.h"
#include "../modules/weakref.h"
#include "../runtime/qsbr.h"
#include "../vm/function.h" /* closure cells: __classcell__ */

/* ------------------------------------------------ instance life cycle */

static sh_destructor base_dealloc(ShType *t) {
  while (t && t->dealloc == sh_subtype_dealloc)
    t = t->base;
  return t ? t->dealloc : sh_object_generic_dealloc;
}

static void clear_slots(ShObject *o) {
  for (ShType *t = SH_TYPE(o); t && (t->flags & SH_TPFLAGS_HEAPTYPE); t = t->base) {
    if (!t->members) continue;
    for (ShMemberDef *m = t->members; m->name; m++) {
      ShObject **p = (ShObject **)((char *)o + m->offset);
      SH_CLEAR(*p);
    }
  }
}

/* Drops the temporary reference taken around __del__ without running the
   deallocation again. */
static void drop_temp_ref(ShObject *o) {
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) == sh_thread_id() &&
      atomic_load_explicit(&o->ref_local, memory_order_relaxed) > 0)
    atomic_fetch_sub_explicit(&o->ref_local, 1, memory_order_relaxed);
  else
    atomic_fetch_sub_explicit(&o->ref_shared, 1 << SH_SHARED_SHIFT, memory_order_relaxed);
}

void sh_subtype_dealloc(ShObject *o) {
  ShType *type = SH_TYPE(o);
  if (type->finalize &&
      !(atomic_load_explicit(&o->gc_bits, memory_order_relaxed) & SH_GC_FINALIZED)) {
    atomic_fetch_or_explicit(&o->gc_bits, SH_GC_FINALIZED, memory_order_relaxed);
    sh_incref(o);
    type->finalize(o);
    if (sh_refcount_total(o) > 1) {
      sh_decref(o); /* resurrected by __del__ */
      return;
    }
    drop_temp_ref(o);
    type = SH_TYPE(o);
  }
  if (atomic_load_explicit(&o->gc_bits, memory_order_relaxed) & SH_GC_WEAKREFS)
    sh_weakref_clear_dying(o);
  clear_slots(o);
  ShObject **dp = sh_object_dict_ptr(o);
  if (dp && (!type->base || !type->base->dictoffset || type->base->dictoffset != type->dictoffset))
    SH_CLEAR(*dp);
  base_dealloc(type)(o);
}

int sh_subtype_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShType *type = SH_TYPE(o);
  for (ShType *t = type; t && (t->flags & SH_TPFLAGS_HEAPTYPE); t = t->base) {
    if (!t->members) continue;
    for (ShMemberDef *m = t->members; m->name; m++) {
      ShObject *v = *(ShObject **)((char *)o + m->offset);
      if (v && visit(v, arg)) return 1;
    }
  }
  ShType *b = type;
  while (b && b->traverse == sh_subtype_traverse)
    b = b->base;
  ShObject **dp = sh_object_dict_ptr(o);
  if (dp && *dp && (!b || b->dictoffset != type->dictoffset) && visit(*dp, arg)) return 1;
  if (b && b->traverse) return b->traverse(o, visit, arg);
  return 0;
}

int sh_subtype_clear(ShObject *o) {
  ShType *type = SH_TYPE(o);
  clear_slots(o);
  ShType *b = type;
  while (b && b->clear == sh_subtype_clear)
    b = b->base;
  ShObject **dp = sh_object_dict_ptr(o);
  if (dp && (!b || b->dictoffset != type->dictoffset)) SH_CLEAR(*dp);
  if (b && b->clear) return b->clear(o);
  return 0;
}

/* ----------------------------------------- __dict__ and __weakref__ */

static ShObject *subtype_get_dict(ShObject *o, void *c) {
  (void)c;
  ShObject **slot = sh_object_dict_slot(o);
  if (!slot) {
    if (!sh_err_occurred())
      sh_err_set_string(&sh_exc_AttributeError, "This object has no __dict__");
    return NULL;
  }
  return sh_newref(__atomic_load_n(slot, __ATOMIC_ACQUIRE));
}

static int subtype_set_dict(ShObject *o, ShObject *v, void *c) {
  (void)c;
  ShObject **slot = sh_object_dict_ptr(o);
  if (!slot) {
    sh_err_set_string(&sh_exc_AttributeError, "This object has no __dict__");
    return -1;
  }
  if (v && !SH_DICT_CHECK(v)) {
    sh_err_format(&sh_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  sh_type_name(SH_TYPE(v)));
    return -1;
  }
  ShObject *old = atomic_exchange((_Atomic(ShObject *) *)slot, sh_xnewref(v));
  /* other threads use the dict they loaded without counting it (attribute
     reads): it dies after a grace period */
  if (old) sh_qsbr_decref_later(old);
  return 0;
}

static ShObject *subtype_get_weakref(ShObject *o, void *c) {
  (void)c;
  ShType *t = SH_TYPE(o);
  if (!t->weaklistoffset) SH_RETURN_NONE;
  ShObject *w = *(ShObject **)((char *)o + t->weaklistoffset);
  return sh_newref(w ? w : SH_NONE);
}

static ShGetSetDef subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict,
                                          "dictionary for instance variables (if defined)", NULL};
static ShGetSetDef subtype_weakref_getset = {"__weakref__", subtype_get_weakref, NULL,
                                             "list of weak references to the object (if defined)",
                                             NULL};

/* ------------------------------------------------------- layout */

static bool extra_ivars(ShType *type, ShType *base) {
  intptr_t t_size = type->basicsize, b_size = base->basicsize;
  if (type->itemsize || base->itemsize) return t_size != b_size || type->itemsize != base->itemsize;
  if ((type->flags & SH_TPFLAGS_HEAPTYPE) && type->weaklistoffset && !base->weaklistoffset &&
      type->weaklistoffset + (intptr_t)sizeof(ShObject *) == t_size)
    t_size -= sizeof(ShObject *);
  if ((type->flags & SH_TPFLAGS_HEAPTYPE) && type->dictoffset && !base->dictoffset &&
      type->dictoffset + (intptr_t)sizeof(ShObject *) == t_size)
    t_size -= sizeof(ShObject *);
  return t_size != b_size;
}

static ShType *solid_base(ShType *type) {
  ShType *base = type->base ? solid_base(type->base) : &sh_type_object;
  return extra_ivars(type, base) ? type : base;
}

static ShType *best_base(ShObject *bases) {
  ShType *base = NULL, *winner = NULL;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(bases); i++) {
    ShObject *b = SH_TUPLE_GET(bases, i);
    if (!SH_TYPE_CHECK(b)) {
      sh_err_set_string(&sh_exc_TypeError, "bases must be types");
      return NULL;
    }
    ShType *bt = (ShType *)b;
    if (!(bt->flags & SH_TPFLAGS_BASETYPE)) {
      sh_err_format(&sh_exc_TypeError, "type '%.100s' is not an acceptable base type", bt->name);
      return NULL;
    }
    ShType *cand = solid_base(bt);
    if (!winner) {
      winner = cand;
      base = bt;
    } else if (sh_type_is_subtype(winner, cand)) {
      /* keep */
    } else if (sh_type_is_subtype(cand, winner)) {
      winner = cand;
      base = bt;
    } else {
      sh_err_set_string(&sh_exc_TypeError, "multiple bases have instance lay-out conflict");
      return NULL;
    }
  }
  return base;
}

/* str keeps its characters at the instance type's basicsize, so a
   subclass may add fields before them. */
static bool items_follow_basicsize(ShType *base) {
  return (base->flags & SH_TPFLAGS_STR_SUBCLASS) != 0;
}

/* Classes whose C instances are variable-sized in CPython cannot take
   slots or weak references even where ours are fixed-size. */
static bool varsize_like(ShType *base) {
  return (base->itemsize != 0 && !items_follow_basicsize(base)) ||
         (base->flags &
          (SH_TPFLAGS_INT_SUBCLASS | SH_TPFLAGS_TUPLE_SUBCLASS | SH_TPFLAGS_BYTES_SUBCLASS));
}

static bool is_identifier(ShObject *s) {
  intptr_t n = SH_STR_LEN(s);
  if (n == 0) return false;
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = SH_STR_CHAR(s, i);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

/* Private names in __slots__ are mangled like attribute names in the body. */
static ShObject *mangle(ShObject *clsname, ShObject *name) {
  intptr_t n = SH_STR_LEN(name);
  if (n < 3 || SH_STR_CHAR(name, 0) != '_' || SH_STR_CHAR(name, 1) != '_') return sh_newref(name);
  if (SH_STR_CHAR(name, n - 1) == '_' && SH_STR_CHAR(name, n - 2) == '_') return sh_newref(name);
  intptr_t cn = SH_STR_LEN(clsname), start = 0;
  while (start < cn && SH_STR_CHAR(clsname, start) == '_')
    start++;
  if (start == cn) return sh_newref(name);
  ShObject *stripped = sh_str_substring(clsname, start, cn);
  if (!stripped) return NULL;
  ShObject *r = sh_str_from_format("_%U%U", stripped, name);
  sh_decref(stripped);
  return r;
}

/* ------------------------------------------------------ metaclass */

static ShType *calculate_metaclass(ShType *meta, ShObject *bases) {
  ShType *winner = meta;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(bases); i++) {
    ShType *t = SH_TYPE(SH_TUPLE_GET(bases, i));
    if (sh_type_is_subtype(winner, t)) continue;
    if (sh_type_is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    sh_err_set_string(&sh_exc_TypeError,
                      "metaclass conflict: the metaclass of a derived class must be a "
                      "(non-strict) subclass of the metaclasses of all its bases");
    return NULL;
  }
  return winner;
}

/* ------------------------------------------------------ creation */

static int set_names(ShType *type) {
  ShObject *items = sh_dict_items_list(type->dict);
  if (!items) return -1;
  int res = 0;
  ShObject *set_name = SH_ID(__set_name__);
  for (intptr_t i = 0; i < sh_list_size(items) && res == 0; i++) {
    ShObject *pair = sh_list_get_item(items, i);
    if (!pair) {
      res = -1;
      break;
    }
    ShObject *k = SH_TUPLE_GET(pair, 0), *v = SH_TUPLE_GET(pair, 1);
    ShObject *args[2] = {SH_OBJ(type), k};
    bool found;
    ShObject *r = sh_call_special(v, set_name, args, 2, &found);
    if (found && !r) {
      ShObject *cause = sh_err_fetch();
      sh_err_format(&sh_exc_RuntimeError,
                    "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                    sh_type_name(SH_TYPE(v)), k, type->name);
      ShObject *exc = sh_err_fetch();
      if (exc) {
        sh_exc_set_cause(exc, cause);
        sh_err_restore(exc);
      } else {
        sh_xdecref(cause);
      }
      res = -1;
    }
    sh_xdecref(r);
    sh_decref(pair);
  }
  sh_decref(items);
  return res;
}

static int init_subclass(ShType *type, ShObject *kwds) {
  /* already a subclass of its bases: a __bases__ assignment up the tree
     may replace its MRO now (the old one goes after a grace period) */
  ShObject *mro = __atomic_load_n(&type->mro, __ATOMIC_ACQUIRE);
  ShObject *f = NULL;
  for (intptr_t i = 1; i < SH_TUPLE_SIZE(mro) && !f; i++) {
    ShType *t = (ShType *)SH_TUPLE_GET(mro, i);
    if (!t->dict) continue;
    ShObject *v;
    int r = sh_dict_get_ref(t->dict, SH_ID(__init_subclass__), &v);
    if (r < 0) return -1;
    if (r > 0) f = v;
  }
  if (!f) return 0;
  ShObject *bound;
  if (SH_TYPE(f)->descr_get) {
    bound = SH_TYPE(f)->descr_get(f, NULL, SH_OBJ(type));
    sh_decref(f);
    if (!bound) return -1;
  } else {
    bound = f;
  }
  ShObject *r = sh_call_tuple_dict(bound, sh_tuple_new(0), kwds);
  sh_decref(bound);
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

static int wrap_in_dict(ShObject *dict, ShObject *name, ShObject *(*wrap)(ShObject *)) {
  ShObject *v;
  int r = sh_dict_get_ref(dict, name, &v);
  if (r <= 0) return r;
  if (SH_TYPE(v) == &sh_type_function) {
    ShObject *w = wrap(v);
    sh_decref(v);
    if (!w) return -1;
    r = sh_dict_set_item(dict, name, w);
    sh_decref(w);
    return r;
  }
  sh_decref(v);
  return 0;
}

/* Fills the __slots__ part of the layout. *nslots_out names; tuple of the
   sorted mangled names in *slots_out (NULL when the class has no __slots__). */
static int process_slots(ShObject *dict, ShObject *name, ShType *base, ShObject *bases,
                         ShObject **slots_out, bool *add_dict, bool *add_weak) {
  ShObject *slots;
  *slots_out = NULL;
  int r = sh_dict_get_ref(dict, SH_ID(__slots__), &slots);
  if (r < 0) return -1;
  if (r == 0) {
    *add_dict = base->dictoffset == 0;
    *add_weak = base->weaklistoffset == 0 && !varsize_like(base);
    return 0;
  }
  ShObject *tuple;
  if (SH_STR_CHECK(slots))
    tuple = sh_tuple_pack(1, slots);
  else
    tuple = sh_sequence_tuple(slots);
  sh_decref(slots);
  if (!tuple) return -1;
  intptr_t n = SH_TUPLE_SIZE(tuple);
  bool want_dict = false, want_weak = false;
  ShObject *list = sh_list_new(0);
  if (!list) goto fail;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *s = SH_TUPLE_GET(tuple, i);
    if (!SH_STR_CHECK(s)) {
      sh_err_format(&sh_exc_TypeError, "__slots__ items must be strings, not '%.200s'",
                    sh_type_name(SH_TYPE(s)));
      goto fail;
    }
    if (!is_identifier(s)) {
      sh_err_set_string(&sh_exc_TypeError, "__slots__ must be identifiers");
      goto fail;
    }
    if (sh_str_equal(s, SH_ID(__dict__))) {
      if (base->dictoffset || want_dict) {
        sh_err_set_string(&sh_exc_TypeError, "__dict__ slot disallowed: we already got one");
        goto fail;
      }
      want_dict = true;
      continue;
    }
    if (sh_str_equal(s, SH_ID(__weakref__))) {
      if (base->weaklistoffset || want_weak || varsize_like(base)) {
        sh_err_set_string(&sh_exc_TypeError,
                          "__weakref__ slot disallowed: either we already got one, or "
                          "__itemsize__ != 0");
        goto fail;
      }
      want_weak = true;
      continue;
    }
    ShObject *m = mangle(name, s);
    if (!m) goto fail;
    sh_str_intern_in_place(&m);
    int has = sh_dict_contains(dict, m);
    if (has) {
      if (has > 0)
        sh_err_format(&sh_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
      sh_decref(m);
      goto fail;
    }
    r = sh_list_append(list, m);
    sh_decref(m);
    if (r < 0) goto fail;
  }
  if (sh_list_size(list) > 0 && varsize_like(base)) {
    sh_err_format(&sh_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                  base->name);
    goto fail;
  }
  if (sh_list_sort(list, NULL, false) < 0) goto fail;
  /* Secondary bases may bring a __dict__ or weak references. */
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(bases); i++) {
    ShType *b = (ShType *)SH_TUPLE_GET(bases, i);
    if (b == base) continue;
    if (b->dictoffset && !base->dictoffset) want_dict = true;
    if (b->weaklistoffset && !base->weaklistoffset && !varsize_like(base)) want_weak = true;
  }
  *add_dict = want_dict;
  *add_weak = want_weak;
  *slots_out = sh_list_as_tuple(list);
  sh_decref(list);
  sh_decref(tuple);
  return *slots_out ? 0 : -1;
fail:
  sh_xdecref(list);
  sh_decref(tuple);
  return -1;
}

static int add_getset(ShType *type, ShGetSetDef *def) {
  ShObject *d = sh_descr_new_getset(type, def);
  if (!d) return -1;
  int r = sh_dict_set_item(type->dict, sh_str_intern_cstr(def->name), d);
  sh_decref(d);
  return r;
}

static int set_module_and_qualname(ShType *type, ShObject *name) {
  ShObject *dict = type->dict;
  int has = sh_dict_contains(dict, SH_ID(__module__));
  if (has < 0) return -1;
  if (!has) {
    ShObject *globals = sh_frame_globals();
    if (globals) {
      ShObject *modname = NULL;
      int r = sh_dict_get_ref(globals, SH_ID(__name__), &modname);
      sh_decref(globals);
      if (r < 0) return -1;
      if (r > 0) {
        r = sh_dict_set_item(dict, SH_ID(__module__), modname);
        sh_decref(modname);
        if (r < 0) return -1;
      }
    }
  }
  ShObject *qual = NULL;
  int r = sh_dict_get_ref(dict, SH_ID(__qualname__), &qual);
  if (r < 0) return -1;
  if (r > 0) {
    if (!SH_STR_CHECK(qual)) {
      sh_err_format(&sh_exc_TypeError, "type __qualname__ must be a str, not %s",
                    sh_type_name(SH_TYPE(qual)));
      sh_decref(qual);
      return -1;
    }
    type->ht_qualname = qual;
    if (sh_dict_pop(dict, SH_ID(__qualname__), NULL) < 0) return -1;
  } else {
    type->ht_qualname = sh_newref(name);
  }
  return 0;
}

static int set_classcell(ShType *type) {
  ShObject *cell = NULL;
  int r = sh_dict_get_ref(type->dict, SH_ID(__classcell__), &cell);
  if (r <= 0) return r;
  if (SH_TYPE(cell) != &sh_type_cell) {
    sh_err_format(&sh_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                  SH_OBJ(SH_TYPE(cell)));
    sh_decref(cell);
    return -1;
  }
  sh_cell_set(cell, sh_newref(SH_OBJ(type)));
  sh_decref(cell);
  return sh_dict_pop(type->dict, SH_ID(__classcell__), NULL) < 0 ? -1 : 0;
}

static ShObject *compute_mro(ShType *type, ShType *meta) {
  if (meta != &sh_type_type) {
    ShObject *f = sh_type_lookup(meta, SH_ID(mro));
    ShObject *def = sh_type_lookup(&sh_type_type, SH_ID(mro));
    if (f && f != def) {
      bool found;
      ShObject *r = sh_call_special(SH_OBJ(type), SH_ID(mro), NULL, 0, &found);
      if (!r) return NULL;
      ShObject *t = sh_sequence_tuple(r);
      sh_decref(r);
      if (!t) return NULL;
      for (intptr_t i = 0; i < SH_TUPLE_SIZE(t); i++)
        if (!SH_TYPE_CHECK(SH_TUPLE_GET(t, i))) {
          sh_err_format(&sh_exc_TypeError, "mro() returned a non-class ('%s')",
                        sh_type_name(SH_TYPE(SH_TUPLE_GET(t, i))));
          sh_decref(t);
          return NULL;
        }
      return t;
    }
  }
  return sh_type_mro_default(type);
}

static ShObject *new_class(ShType *meta, ShObject *name, ShObject *bases, ShObject *ns,
                           ShObject *kwds) {
  ShType *base = NULL;
  ShType *type = NULL;
  ShObject *slots = NULL;
  bool add_dict = false, add_weak = false;
  ShObject *dict = NULL;

  intptr_t nb = SH_TUPLE_SIZE(bases);
  if (nb == 0) {
    bases = sh_tuple_pack(1, SH_OBJ(&sh_type_object));
    if (!bases) return NULL;
  } else {
    sh_incref(bases);
    for (intptr_t i = 0; i < nb; i++) {
      ShObject *b = SH_TUPLE_GET(bases, i);
      if (!SH_TYPE_CHECK(b)) {
        if (sh_type_lookup(SH_TYPE(b), SH_ID(__mro_entries__)))
          sh_err_set_string(&sh_exc_TypeError,
                            "type() doesn't support MRO entry resolution; use types.new_class()");
        else
          sh_err_set_string(&sh_exc_TypeError, "bases must be types");
        goto fail;
      }
      for (intptr_t j = 0; j < i; j++)
        if (SH_TUPLE_GET(bases, j) == b) {
          sh_err_format(&sh_exc_TypeError, "duplicate base class %s", sh_type_name((ShType *)b));
          goto fail;
        }
    }
  }
  base = best_base(bases);
  if (!base) goto fail;

  dict = sh_dict_new();
  if (!dict || sh_dict_update(dict, ns) < 0) goto fail;
  if (process_slots(dict, name, base, bases, &slots, &add_dict, &add_weak) < 0) goto fail;

  intptr_t namelen;
  const char *cname = sh_str_utf8_and_size(name, &namelen);
  if (!cname) goto fail;
  if ((intptr_t)strlen(cname) != namelen) {
    sh_err_set_string(&sh_exc_ValueError, "type name must not contain null characters");
    goto fail;
  }

  type = (ShType *)sh_object_alloc(meta, 0);
  if (!type) goto fail;
  type->name = sh_mem_strdup(cname);
  if (!type->name) {
    sh_err_no_memory();
    goto fail;
  }
  type->flags = SH_TPFLAGS_HEAPTYPE | SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC;
  type->ht_name = sh_newref(name);
  type->dict = dict;
  dict = NULL;
  type->bases = bases;
  bases = NULL;
  type->base = (ShType *)sh_newref(SH_OBJ(base));
  type->as_number = &type->ht_number;
  type->as_sequence = &type->ht_sequence;
  type->as_mapping = &type->ht_mapping;
  type->ht_slots = slots;
  slots = NULL;
  if (set_module_and_qualname(type, name) < 0) goto fail;
  if (wrap_in_dict(type->dict, SH_ID(__new__), sh_staticmethod_new) < 0 ||
      wrap_in_dict(type->dict, SH_ID(__init_subclass__), sh_classmethod_new) < 0 ||
      wrap_in_dict(type->dict, SH_ID(__class_getitem__), sh_classmethod_new) < 0)
    goto fail;

  /* Layout: base part, slots, then __dict__, then __weakref__. */
  intptr_t off = base->basicsize;
  intptr_t nslots = type->ht_slots ? SH_TUPLE_SIZE(type->ht_slots) : 0;
  type->itemsize = base->itemsize;
  if (nslots > 0) {
    type->members = sh_mem_calloc(nslots + 1, sizeof(ShMemberDef));
    if (!type->members) {
      sh_err_no_memory();
      goto fail;
    }
    for (intptr_t i = 0; i < nslots; i++) {
      ShObject *sname = SH_TUPLE_GET(type->ht_slots, i);
      const char *s = sh_str_utf8(sname);
      ShMemberDef *m = &type->members[i];
      m->name = s ? sh_mem_strdup(s) : NULL;
      if (!m->name) {
        if (!sh_err_occurred()) sh_err_no_memory();
        goto fail;
      }
      m->type = SH_MEMBER_OBJECT_EX;
      m->offset = off;
      off += sizeof(ShObject *);
      ShObject *d = sh_descr_new_member(type, m);
      if (!d) goto fail;
      int r = sh_dict_set_item(type->dict, sname, d);
      sh_decref(d);
      if (r < 0) goto fail;
    }
  }
  /* Keep the slots tuple as the user wrote it for __slots__ (CPython keeps
     the dict entry untouched); ht_slots holds the sorted mangled names. */
  if (add_dict) {
    if (base->itemsize && !items_follow_basicsize(base)) {
      /* After the items; see sh_object_dict_ptr. */
      type->dictoffset = -(intptr_t)sizeof(ShObject *);
      off += 2 * sizeof(ShObject *) - 1;
    } else {
      type->dictoffset = off;
      off += sizeof(ShObject *);
    }
  } else {
    type->dictoffset = base->dictoffset;
  }
  if (add_weak) {
    type->weaklistoffset = off;
    off += sizeof(ShObject *);
  } else {
    type->weaklistoffset = base->weaklistoffset;
  }
  type->basicsize = off;
  if (add_dict && add_getset(type, &subtype_dict_getset) < 0) goto fail;
  if (add_weak && add_getset(type, &subtype_weakref_getset) < 0) goto fail;
  int has_doc = sh_dict_contains(type->dict, SH_ID(__doc__));
  if (has_doc < 0 || (!has_doc && sh_dict_set_item(type->dict, SH_ID(__doc__), SH_NONE) < 0))
    goto fail;
  int has_eq = sh_dict_contains(type->dict, SH_ID(__eq__));
  int has_hash = sh_dict_contains(type->dict, SH_ID(__hash__));
  if (has_eq < 0 || has_hash < 0) goto fail;
  if (has_eq && !has_hash && sh_dict_set_item(type->dict, SH_ID(__hash__), SH_NONE) < 0) goto fail;

  type->mro = compute_mro(type, meta);
  if (!type->mro) goto fail;
  for (intptr_t i = 1; i < SH_TUPLE_SIZE(type->mro); i++)
    sh_type_inherit_slots(type, (ShType *)SH_TUPLE_GET(type->mro, i));
  type->new_ = base->new_;
  type->dealloc = sh_subtype_dealloc;
  type->traverse = sh_subtype_traverse;
  type->clear = sh_subtype_clear;
  if (!type->getattro) type->getattro = sh_object_generic_getattr;
  if (!type->setattro) type->setattro = sh_object_generic_setattr;
  if (sh_type_is_subtype(type, &sh_type_type)) type->flags |= SH_TPFLAGS_TYPE_SUBCLASS;
  sh_type_fixup_slots(type);
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(type->bases); i++)
    if (sh_type_add_subclass((ShType *)SH_TUPLE_GET(type->bases, i), type) < 0) goto fail;
  type->flags |= SH_TPFLAGS_READY;
  sh_type_modified(type);

  if (set_classcell(type) < 0) goto fail;
  if (set_names(type) < 0) goto fail;
  if (init_subclass(type, kwds) < 0) goto fail;
  return SH_OBJ(type);

fail:
  sh_xdecref(bases);
  sh_xdecref(dict);
  sh_xdecref(slots);
  sh_xdecref(SH_OBJ(type));
  return NULL;
}

static ShObject *kwnames_to_dict(ShObject *const *values, ShObject *kwnames) {
  ShObject *d = sh_dict_new();
  if (!d) return NULL;
  intptr_t n = kwnames ? SH_TUPLE_SIZE(kwnames) : 0;
  for (intptr_t i = 0; i < n; i++)
    if (sh_dict_set_item(d, SH_TUPLE_GET(kwnames, i), values[i]) < 0) {
      sh_decref(d);
      return NULL;
    }
  return d;
}

static ShObject *type_new_common(ShType *meta, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames, ShObject *kwds) {
  ShObject *name = args[0], *bases = args[1], *ns = args[2];
  if (!SH_STR_CHECK(name))
    return sh_err_format(&sh_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                         sh_type_name(SH_TYPE(name)));
  if (!SH_TUPLE_CHECK(bases))
    return sh_err_format(&sh_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                         sh_type_name(SH_TYPE(bases)));
  if (!SH_DICT_CHECK(ns))
    return sh_err_format(&sh_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                         sh_type_name(SH_TYPE(ns)));
  ShType *winner = calculate_metaclass(meta, bases);
  if (!winner) return NULL;
  if (winner != meta && winner->new_ != sh_type_type.new_) {
    if (args) return winner->new_(winner, args, nargs, kwnames);
  }
  return new_class(winner, name, bases, ns, kwds);
}

ShObject *sh_type_new_impl(ShType *meta, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  (void)nkw;
  if (nargs != 3)
    return sh_err_format(&sh_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)",
                         nargs);
  ShObject *kwds = kwnames_to_dict(args + nargs, kwnames);
  if (!kwds) return NULL;
  ShObject *r = type_new_common(meta, args, nargs, kwnames, kwds);
  sh_decref(kwds);
  return r;
}

ShObject *sh_type_new_class(ShType *metatype, ShObject *name, ShObject *bases, ShObject *dict,
                            ShObject *kwds) {
  intptr_t nkw = kwds ? sh_dict_size(kwds) : 0;
  ShObject *empty = NULL;
  if (!kwds) {
    empty = sh_dict_new();
    if (!empty) return NULL;
    kwds = empty;
  }
  ShObject **argv = sh_mem_alloc((3 + nkw) * sizeof(ShObject *));
  ShObject *kwnames = nkw ? sh_tuple_new(nkw) : NULL;
  ShObject *r = NULL;
  if (!argv || (nkw && !kwnames)) {
    if (!argv) sh_err_no_memory();
    goto done;
  }
  argv[0] = name;
  argv[1] = bases;
  argv[2] = dict;
  intptr_t pos = 0, i = 0;
  ShObject *k, *v;
  while (i < nkw && sh_dict_next(kwds, &pos, &k, &v)) {
    SH_TUPLE_ITEMS(kwnames)[i] = sh_newref(k);
    argv[3 + i] = v;
    i++;
  }
  r = type_new_common(metatype, argv, 3, kwnames, kwds);
done:
  sh_mem_free(argv);
  sh_xdecref(kwnames);
  sh_xdecref(empty);
  return r;
}
