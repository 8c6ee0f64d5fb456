/* The generic object protocol: repr/str/ascii/format, hashing, rich
   comparison, truth, attribute access and the repr recursion guard. */
#include "../shoal.h"
#include "type_internal.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ repr / str */

ShObject *sh_object_repr(ShObject *o) {
  if (o == NULL) return sh_str_from_cstr("<NULL>");
  ShType *t = SH_TYPE(o);
  if (t->repr == NULL) return sh_str_from_format("<%s object at %p>", t->name, (void *)o);
  if (sh_enter_recursive_call(" while getting the repr of an object") < 0) return NULL;
  ShObject *r = t->repr(o);
  sh_leave_recursive_call();
  if (r == NULL) return NULL;
  if (!SH_STR_CHECK(r)) {
    sh_err_format(&sh_exc_TypeError, "__repr__ returned non-string (type %T)", r);
    sh_decref(r);
    return NULL;
  }
  return r;
}

ShObject *sh_object_str(ShObject *o) {
  if (o == NULL) return sh_str_from_cstr("<NULL>");
  if (SH_STR_CHECK_EXACT(o)) return sh_newref(o);
  ShType *t = SH_TYPE(o);
  if (t->str == NULL) return sh_object_repr(o);
  if (sh_enter_recursive_call(" while getting the str of an object") < 0) return NULL;
  ShObject *r = t->str(o);
  sh_leave_recursive_call();
  if (r == NULL) return NULL;
  if (!SH_STR_CHECK(r)) {
    sh_err_format(&sh_exc_TypeError, "__str__ returned non-string (type %T)", r);
    sh_decref(r);
    return NULL;
  }
  return r;
}

/* repr(o) with every non-ASCII code point escaped as \xhh, \uhhhh or
   \Uhhhhhhhh. */
ShObject *sh_object_ascii(ShObject *o) {
  ShObject *r = sh_object_repr(o);
  if (r == NULL) return NULL;
  ShStr *s = (ShStr *)r;
  if (s->ascii) return r;
  ShStrBuilder sb;
  sh_sb_init(&sb);
  intptr_t n = SH_STR_LEN(r);
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = SH_STR_CHAR(r, i);
    char buf[16];
    int rc;
    if (c < 0x80) {
      buf[0] = (char)c;
      rc = sh_sb_append(&sb, buf, 1);
    } else {
      int len;
      if (c < 0x100)
        len = snprintf(buf, sizeof buf, "\\x%02x", c);
      else if (c < 0x10000)
        len = snprintf(buf, sizeof buf, "\\u%04x", c);
      else
        len = snprintf(buf, sizeof buf, "\\U%08x", c);
      rc = sh_sb_append(&sb, buf, (size_t)len);
    }
    if (rc < 0) {
      sh_sb_discard(&sb);
      sh_decref(r);
      return NULL;
    }
  }
  sh_decref(r);
  return sh_sb_finish(&sb);
}

ShObject *sh_object_format(ShObject *o, ShObject *spec) {
  if (spec != NULL && !SH_STR_CHECK(spec))
    return sh_err_format(&sh_exc_TypeError, "format() argument 2 must be str, not %T", spec);
  /* The built-in number and text types format directly: their __format__
     cannot be replaced, so the method lookup and call would change nothing
     (bool inherits int's). */
  ShType *t = SH_TYPE(o);
  if (t == &sh_type_str || t == &sh_type_int || t == &sh_type_float || t == &sh_type_bool) {
    if (spec == NULL || SH_STR_LEN(spec) == 0) {
      if (t == &sh_type_str) return sh_newref(o);
      if (t == &sh_type_int) return sh_int_to_decimal_string(o);
      return sh_object_str(o);
    }
    if (t == &sh_type_str) return sh_strm_dunder_format(o, spec);
    if (t == &sh_type_float) return sh_float_format(o, spec);
    return sh_int_format(o, spec);
  }
  ShObject *empty = NULL;
  if (spec == NULL) {
    empty = sh_str_from_cstr("");
    if (empty == NULL) return NULL;
    spec = empty;
  }
  ShObject *meth = sh_object_lookup_special(o, SH_ID(__format__));
  if (meth == NULL) {
    sh_xdecref(empty);
    if (sh_err_occurred()) return NULL;
    return sh_err_format(&sh_exc_TypeError, "Type %N doesn't define __format__", SH_TYPE(o));
  }
  ShObject *r = sh_call1(meth, spec);
  sh_decref(meth);
  sh_xdecref(empty);
  if (r != NULL && !SH_STR_CHECK(r)) {
    sh_err_format(&sh_exc_TypeError, "__format__ must return a str, not %T", r);
    SH_CLEAR(r);
  }
  return r;
}

/* ---------------------------------------------------------------- hash */

sh_hash_t sh_hash_not_implemented(ShObject *o) {
  sh_err_format(&sh_exc_TypeError, "unhashable type: '%N'", SH_TYPE(o));
  return -1;
}

sh_hash_t sh_object_hash(ShObject *o) {
  ShType *t = SH_TYPE(o);
  if (t->hash == NULL) return sh_hash_not_implemented(o);
  return t->hash(o);
}

/* ----------------------------------------------------------- comparison */

static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {SH_GT, SH_GE, SH_EQ, SH_NE, SH_LT, SH_LE};

static ShObject *do_richcompare(ShObject *a, ShObject *b, int op) {
  ShType *ta = SH_TYPE(a), *tb = SH_TYPE(b);
  bool tried_b = false;
  ShObject *r;
  if (ta != tb && tb->richcompare != NULL && sh_type_is_subtype(tb, ta)) {
    tried_b = true;
    r = tb->richcompare(b, a, cmp_swapped[op]);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  if (ta->richcompare != NULL) {
    r = ta->richcompare(a, b, op);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  if (!tried_b && tb->richcompare != NULL) {
    r = tb->richcompare(b, a, cmp_swapped[op]);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  switch (op) {
  case SH_EQ: return sh_bool_from(a == b);
  case SH_NE: return sh_bool_from(a != b);
  default:
    return sh_err_format(&sh_exc_TypeError, "'%s' not supported between instances of '%N' and '%N'",
                         cmp_symbol[op], ta, tb);
  }
}

ShObject *sh_object_richcompare(ShObject *a, ShObject *b, int op) {
  if (op < SH_LT || op > SH_GE) return sh_err_bad_internal_call();
  if (sh_enter_recursive_call(" in comparison") < 0) return NULL;
  ShObject *r = do_richcompare(a, b, op);
  sh_leave_recursive_call();
  return r;
}

int sh_object_richcompare_bool(ShObject *a, ShObject *b, int op) {
  if (a == b) {
    if (op == SH_EQ) return 1;
    if (op == SH_NE) return 0;
  }
  /* the exact builtin types that tuples, sorts and containers compare
     most, without a result object */
  ShType *t = SH_TYPE(a);
  if (t == SH_TYPE(b)) {
    if (t == &sh_type_int && !SH_INT_BIG(a) && !SH_INT_BIG(b)) {
      return sh_compare_i64(SH_INT_SMALL_VALUE(a), SH_INT_SMALL_VALUE(b), op);
    }
    if (t == &sh_type_str) {
      if (op == SH_EQ) return sh_str_equal(a, b);
      if (op == SH_NE) return !sh_str_equal(a, b);
      return sh_compare_i64(sh_str_compare(a, b), 0, op);
    }
    if (t == &sh_type_float) return sh_compare_double(SH_FLOAT_VALUE(a), SH_FLOAT_VALUE(b), op);
  }
  ShObject *r = sh_object_richcompare(a, b, op);
  if (r == NULL) return -1;
  int res;
  if (r == SH_TRUE)
    res = 1;
  else if (r == SH_FALSE)
    res = 0;
  else
    res = sh_object_is_true(r);
  sh_decref(r);
  return res;
}

/* ---------------------------------------------------------------- truth */

int sh_object_is_true(ShObject *o) {
  if (o == SH_TRUE) return 1;
  if (o == SH_FALSE || o == SH_NONE) return 0;
  ShType *t = SH_TYPE(o);
  intptr_t n;
  if (t->as_number && t->as_number->bool_) return t->as_number->bool_(o);
  if (t->as_mapping && t->as_mapping->length)
    n = t->as_mapping->length(o);
  else if (t->as_sequence && t->as_sequence->length)
    n = t->as_sequence->length(o);
  else
    return 1;
  return n < 0 ? -1 : n > 0;
}

int sh_object_not(ShObject *o) {
  int r = sh_object_is_true(o);
  return r < 0 ? r : !r;
}

ShObject *sh_object_type(ShObject *o) {
  return sh_newref(SH_OBJ(SH_TYPE(o)));
}

/* ----------------------------------------------------------- attributes */

static int check_name(ShObject *name) {
  if (!SH_STR_CHECK(name)) {
    sh_err_format(&sh_exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
  }
  return 0;
}

ShObject *sh_object_getattr(ShObject *o, ShObject *name) {
  if (check_name(name) < 0) return NULL;
  ShType *t = SH_TYPE(o);
  ShObject *r;
  if (t->getattro)
    r = t->getattro(o, name);
  else
    r = sh_err_format(&sh_exc_AttributeError, "'%N' object has no attribute '%U'", t, name);
  /* Any AttributeError escaping a lookup (raised by __getattr__ or a
     module too) carries name and obj for the traceback's suggestions. */
  if (!r) sh_err_set_attribute_fields(o, name);
  return r;
}

ShObject *sh_object_getattr_str(ShObject *o, const char *name) {
  ShObject *n = sh_str_intern_cstr(name);
  if (n == NULL) return NULL;
  return sh_object_getattr(o, n);
}

int sh_object_lookup_attr(ShObject *o, ShObject *name, ShObject **result) {
  *result = sh_object_getattr(o, name);
  if (*result) return 1;
  if (sh_err_matches(&sh_exc_AttributeError)) {
    sh_err_clear();
    return 0;
  }
  return -1;
}

int sh_object_setattr(ShObject *o, ShObject *name, ShObject *value) {
  if (check_name(name) < 0) return -1;
  ShType *t = SH_TYPE(o);
  if (t->setattro) return t->setattro(o, name, value);
  const char *what = value ? "assign to" : "del";
  if (t->getattro == NULL)
    sh_err_format(&sh_exc_TypeError, "'%N' object has no attributes (%s .%U)", t, what, name);
  else
    sh_err_format(&sh_exc_TypeError, "'%N' object has only read-only attributes (%s .%U)", t, what,
                  name);
  return -1;
}

int sh_object_setattr_str(ShObject *o, const char *name, ShObject *value) {
  ShObject *n = sh_str_intern_cstr(name);
  if (n == NULL) return -1;
  return sh_object_setattr(o, n, value);
}

int sh_object_delattr(ShObject *o, ShObject *name) {
  return sh_object_setattr(o, name, NULL);
}

int sh_object_hasattr(ShObject *o, ShObject *name) {
  ShObject *r;
  int rc = sh_object_lookup_attr(o, name, &r);
  sh_xdecref(r);
  return rc;
}

ShObject *sh_object_lookup_special(ShObject *o, ShObject *name) {
  ShType *t = SH_TYPE(o);
  ShObject *attr = sh_type_lookup_ref(t, name);
  if (attr == NULL) return NULL;
  sh_descrgetfunc get = SH_TYPE(attr)->descr_get;
  if (get == NULL) return attr;
  ShObject *r = get(attr, o, SH_OBJ(t));
  sh_decref(attr);
  return r;
}

/* ------------------------------------------------- repr recursion guard */

/* Objects whose repr is in progress on this thread. Compared by address
   only, so no references are held. */
static _Thread_local ShObject **repr_stack;
static _Thread_local size_t repr_len, repr_cap;

int sh_repr_enter(ShObject *o) {
  for (size_t i = 0; i < repr_len; i++)
    if (repr_stack[i] == o) return 1;
  if (repr_len == repr_cap) {
    size_t cap = repr_cap ? repr_cap * 2 : 16;
    ShObject **p = sh_mem_realloc(repr_stack, cap * sizeof *p);
    if (p == NULL) {
      sh_err_no_memory();
      return -1;
    }
    repr_stack = p;
    repr_cap = cap;
  }
  repr_stack[repr_len++] = o;
  return 0;
}

void sh_repr_leave(ShObject *o) {
  /* Normally the last entry; search backwards to tolerate odd nesting. */
  for (size_t i = repr_len; i-- > 0;) {
    if (repr_stack[i] == o) {
      memmove(&repr_stack[i], &repr_stack[i + 1], (repr_len - i - 1) * sizeof *repr_stack);
      repr_len--;
      return;
    }
  }
}

/* ------------------------------------------------- isinstance/issubclass */

/* cls.__bases__ as a tuple (new ref), or NULL without error when cls has
   none (not a class at all). */
static ShObject *get_bases(ShObject *cls) {
  ShObject *bases;
  int rc = sh_object_lookup_attr(cls, SH_ID(__bases__), &bases);
  if (rc <= 0) return NULL;
  if (!SH_TUPLE_CHECK(bases)) {
    sh_decref(bases);
    return NULL;
  }
  return bases;
}

static int is_class_like(ShObject *cls) {
  if (SH_TYPE_CHECK(cls)) return 1;
  ShObject *bases = get_bases(cls);
  if (bases == NULL) return sh_err_occurred() ? -1 : 0;
  sh_decref(bases);
  return 1;
}

/* Walks __bases__ for classes that are not type objects. */
static int abstract_issubclass(ShObject *derived, ShObject *cls) {
  for (;;) {
    if (derived == cls) return 1;
    ShObject *bases = get_bases(derived);
    if (bases == NULL) return sh_err_occurred() ? -1 : 0;
    intptr_t n = SH_TUPLE_SIZE(bases);
    if (n == 0) {
      sh_decref(bases);
      return 0;
    }
    if (n == 1) { /* avoid recursion in the common single-inheritance case */
      derived = SH_TUPLE_GET(bases, 0);
      sh_decref(bases);
      continue;
    }
    if (sh_enter_recursive_call(" in __issubclass__") < 0) {
      sh_decref(bases);
      return -1;
    }
    int r = 0;
    for (intptr_t i = 0; i < n && r == 0; i++)
      r = abstract_issubclass(SH_TUPLE_GET(bases, i), cls);
    sh_leave_recursive_call();
    sh_decref(bases);
    return r;
  }
}

int sh_object_real_isinstance(ShObject *o, ShObject *cls) {
  ShObject *icls;
  if (SH_TYPE_CHECK(cls)) {
    if (sh_type_check(o, (ShType *)cls)) return 1;
    int rc = sh_object_lookup_attr(o, SH_ID(__class__), &icls);
    if (rc <= 0) return rc;
    int r = 0;
    if (icls != SH_OBJ(SH_TYPE(o)) && SH_TYPE_CHECK(icls))
      r = sh_type_is_subtype((ShType *)icls, (ShType *)cls);
    sh_decref(icls);
    return r;
  }
  int c = is_class_like(cls);
  if (c <= 0) {
    if (c == 0)
      sh_err_set_string(&sh_exc_TypeError,
                        "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  int rc = sh_object_lookup_attr(o, SH_ID(__class__), &icls);
  if (rc <= 0) return rc;
  int r = abstract_issubclass(icls, cls);
  sh_decref(icls);
  return r;
}

int sh_object_real_issubclass(ShObject *derived, ShObject *cls) {
  if (SH_TYPE_CHECK(cls) && SH_TYPE_CHECK(derived))
    return derived == cls || sh_type_is_subtype((ShType *)derived, (ShType *)cls);
  int c = is_class_like(derived);
  if (c <= 0) {
    if (c == 0) sh_err_set_string(&sh_exc_TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  c = is_class_like(cls);
  if (c <= 0) {
    if (c == 0)
      sh_err_set_string(&sh_exc_TypeError,
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return abstract_issubclass(derived, cls);
}

/* Shared by isinstance and issubclass: tuples, then the metaclass hook. */
static int check_class(ShObject *o, ShObject *cls, bool instance) {
  if (instance) {
    if (SH_OBJ(SH_TYPE(o)) == cls) return 1;
    if (SH_TYPE(cls) == &sh_type_type) return sh_object_real_isinstance(o, cls);
  } else if (SH_TYPE(cls) == &sh_type_type && SH_TYPE_CHECK(o)) {
    return o == cls || sh_type_is_subtype((ShType *)o, (ShType *)cls);
  }
  if (SH_TUPLE_CHECK(cls)) {
    if (sh_enter_recursive_call(instance ? " in __instancecheck__" : " in __subclasscheck__") < 0)
      return -1;
    int r = 0;
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(cls) && r == 0; i++)
      r = check_class(o, SH_TUPLE_GET(cls, i), instance);
    sh_leave_recursive_call();
    return r;
  }
  ShObject *checker =
      sh_object_lookup_special(cls, instance ? SH_ID(__instancecheck__) : SH_ID(__subclasscheck__));
  if (checker != NULL) {
    if (sh_enter_recursive_call(instance ? " in __instancecheck__" : " in __subclasscheck__") < 0) {
      sh_decref(checker);
      return -1;
    }
    ShObject *res = sh_call1(checker, o);
    sh_leave_recursive_call();
    sh_decref(checker);
    if (res == NULL) return -1;
    int r = sh_object_is_true(res);
    sh_decref(res);
    return r;
  }
  if (sh_err_occurred()) return -1;
  return instance ? sh_object_real_isinstance(o, cls) : sh_object_real_issubclass(o, cls);
}

int sh_object_isinstance(ShObject *o, ShObject *cls) {
  return check_class(o, cls, true);
}
int sh_object_issubclass(ShObject *derived, ShObject *cls) {
  return check_class(derived, cls, false);
}

/* ------------------------------------------------------------------ dir */

static int add_keys(ShObject *set, ShObject *dict) {
  if (dict == NULL || !SH_DICT_CHECK(dict)) return 0;
  ShObject *keys = sh_dict_keys_list(dict);
  if (keys == NULL) return -1;
  int rc = sh_set_update(set, keys);
  sh_decref(keys);
  return rc;
}

/* Used when the type provides no __dir__: instance dict, then the names of
   type(o)'s MRO (or o's own MRO when o is a class). */
static ShObject *dir_fallback(ShObject *o) {
  ShObject *set = sh_set_new(NULL);
  if (set == NULL) return NULL;
  ShObject *d = sh_object_get_dict(o);
  int rc = add_keys(set, d);
  sh_xdecref(d);
  ShType *t = SH_TYPE_CHECK(o) ? (ShType *)o : SH_TYPE(o);
  /* counted: another thread may assign __bases__ (a new MRO) meanwhile */
  ShObject *mro = sh_xnewref(__atomic_load_n(&t->mro, __ATOMIC_ACQUIRE));
  if (rc == 0 && SH_TYPE(o) != &sh_type_module && mro && SH_TUPLE_CHECK(mro)) {
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(mro) && rc == 0; i++)
      rc = add_keys(set, ((ShType *)SH_TUPLE_GET(mro, i))->dict);
  }
  sh_xdecref(mro);
  if (rc < 0) {
    sh_decref(set);
    return NULL;
  }
  return set;
}

ShObject *sh_object_dir(ShObject *o) {
  ShObject *names;
  if (o == NULL) {
    ShObject *locals = sh_frame_locals();
    if (locals == NULL) {
      if (sh_err_occurred()) return NULL;
      return sh_list_new(0);
    }
    if (SH_DICT_CHECK(locals)) {
      names = sh_dict_keys_list(locals);
    } else {
      ShObject *keys = sh_call_method(locals, SH_ID(keys), NULL, 0);
      names = keys ? sh_sequence_list(keys) : NULL;
      sh_xdecref(keys);
    }
    sh_decref(locals);
  } else {
    ShObject *meth = sh_object_lookup_special(o, SH_ID(__dir__));
    ShObject *r;
    if (meth != NULL) {
      r = sh_call0(meth);
      sh_decref(meth);
    } else {
      if (sh_err_occurred()) return NULL;
      r = dir_fallback(o);
    }
    if (r == NULL) return NULL;
    names = sh_sequence_list(r);
    sh_decref(r);
  }
  if (names == NULL) return NULL;
  if (sh_list_sort(names, NULL, false) < 0) {
    sh_decref(names);
    return NULL;
  }
  return names;
}
