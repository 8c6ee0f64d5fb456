/* The run-time halves of match statements (sequence/mapping tests, keys,
   class patterns) and of except* (splitting a group by a clause's type,
   putting together what is left to re-raise), with CPython 3.11's rules. */
#include "ops_match.h"

#include "../objects/type_internal.h"
#include "../modules/collections_deque.h"
#include "../shoal.h"

/* ------------------------------------------------------------ match */

/* collections.abc.<name> (a new reference), imported when needed. */
static ShObject *abc_class(const char *name) {
  ShObject *mod;
  int r = sh_dict_get_str_ref(sh_import_get_modules(), "collections.abc", &mod);
  if (r < 0) return NULL;
  if (r == 0 && !(mod = sh_import_module("collections.abc"))) return NULL;
  ShObject *cls = sh_object_getattr_str(mod, name);
  sh_decref(mod);
  return cls;
}

static int isinstance_abc(ShObject *o, const char *name) {
  ShObject *cls = abc_class(name);
  if (!cls) return -1;
  int r = sh_object_isinstance(o, cls);
  sh_decref(cls);
  return r;
}

#define SEQUENCE_FLAGS (SH_TPFLAGS_LIST_SUBCLASS | SH_TPFLAGS_TUPLE_SUBCLASS)
#define NOT_SEQUENCE_FLAGS                                                                         \
  (SH_TPFLAGS_STR_SUBCLASS | SH_TPFLAGS_BYTES_SUBCLASS | SH_TPFLAGS_DICT_SUBCLASS)

/* CPython marks sequences and mappings with type flags: the builtin ones
   carry them, classes inherit them from their first base or get them by
   deriving from (or registering with) collections.abc.Sequence/Mapping;
   str, bytes and bytearray never have them. Built-in types decide here,
   classes by isinstance. */
int sh_op_match_sequence(ShObject *o) {
  ShType *t = SH_TYPE(o);
  if (t->flags & SEQUENCE_FLAGS) return 1;
  if ((t->flags & NOT_SEQUENCE_FLAGS) || sh_type_check(o, &sh_type_bytearray)) return 0;
  if (t == &sh_type_range || t == &sh_type_memoryview || t == &sh_type_deque) return 1;
  if (!(t->flags & SH_TPFLAGS_HEAPTYPE)) return 0;
  return isinstance_abc(o, "Sequence");
}

int sh_op_match_mapping(ShObject *o) {
  ShType *t = SH_TYPE(o);
  if (t->flags & SH_TPFLAGS_DICT_SUBCLASS) return 1;
  if (t == &sh_type_mappingproxy) return 1;
  if (t->flags & (SEQUENCE_FLAGS | SH_TPFLAGS_STR_SUBCLASS | SH_TPFLAGS_BYTES_SUBCLASS)) return 0;
  if (!(t->flags & SH_TPFLAGS_HEAPTYPE)) return 0;
  return isinstance_abc(o, "Mapping");
}

ShObject *sh_op_get_len(ShObject *o) {
  intptr_t n = sh_object_length(o);
  return n < 0 ? NULL : sh_int_from_i64(n);
}

static void store(ShRef *out, ShObject *v) { /* steals v */
  ShRef old = *out;
  *out = sh_ref_steal(v);
  sh_ref_close(old);
}

/* map.get(key, sentinel) for each key: with the two-argument get, a
   defaultdict's __missing__ never runs. */
int sh_op_match_keys(ShObject *map, ShObject *keys, ShRef *out) {
  intptr_t n = SH_TUPLE_SIZE(keys);
  if (n == 0) return 1;
  ShObject *get = sh_object_getattr(map, SH_ID(get));
  if (!get) return -1;
  ShObject *seen = sh_set_new(NULL);
  ShObject *dummy = seen ? sh_call(SH_OBJ(&sh_type_object), NULL, 0, NULL) : NULL;
  ShObject *values = dummy ? sh_tuple_new(n) : NULL;
  int r = values ? 1 : -1;
  intptr_t got = 0;
  for (intptr_t i = 0; r == 1 && i < n; i++) {
    ShObject *key = SH_TUPLE_GET(keys, i);
    int dup = sh_set_contains(seen, key);
    if (dup == 0) dup = sh_set_add(seen, key);
    if (dup != 0) {
      if (dup > 0)
        sh_err_format(&sh_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
      r = -1;
      break;
    }
    ShObject *args[2] = {key, dummy};
    ShObject *v = sh_call(get, args, 2, NULL);
    if (!v) {
      r = -1;
    } else if (v == dummy) {
      sh_decref(v);
      r = 0;
    } else {
      SH_TUPLE_ITEMS(values)[got++] = v;
    }
  }
  if (r == 1)
    for (intptr_t i = 0; i < n; i++)
      store(out + i, sh_newref(SH_TUPLE_GET(values, i)));
  if (values) {
    for (intptr_t i = got; i < n; i++)
      SH_TUPLE_ITEMS(values)[i] = sh_newref(SH_NONE);
    sh_decref(values);
  }
  sh_xdecref(dummy);
  sh_xdecref(seen);
  sh_decref(get);
  return r;
}

/* `**rest`: a dict of the mapping's items, less the keys matched. */
ShObject *sh_op_dict_without_keys(ShObject *map, ShObject *keys) {
  ShObject *d = sh_dict_new();
  if (!d) return NULL;
  if (sh_dict_merge(d, map, 1) < 0) goto fail;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(keys); i++)
    if (sh_dict_del_item(d, SH_TUPLE_GET(keys, i)) < 0) goto fail;
  return d;
fail:
  sh_decref(d);
  return NULL;
}

/* Instances of these (and of their subclasses) match a single positional
   sub-pattern themselves, unless the class defines __match_args__. */
static bool matches_self(ShType *t) {
  ShType *const builtins[] = {&sh_type_bool,  &sh_type_bytearray, &sh_type_bytes, &sh_type_dict,
                              &sh_type_float, &sh_type_frozenset, &sh_type_int,   &sh_type_list,
                              &sh_type_set,   &sh_type_str,       &sh_type_tuple};
  for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
    if (t == builtins[i] || sh_type_is_subtype(t, builtins[i])) return true;
  return false;
}

/* The attribute for one sub-pattern: 1 found (*v), 0 missing, -1 error. */
static int class_attr(ShObject *subject, ShType *type, ShObject *name, ShObject *seen,
                      ShObject **v) {
  int dup = sh_set_contains(seen, name);
  if (dup == 0) dup = sh_set_add(seen, name);
  if (dup != 0) {
    if (dup > 0)
      sh_err_format(&sh_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                    type->name, name);
    return -1;
  }
  *v = sh_object_getattr(subject, name);
  if (*v) return 1;
  if (!sh_err_matches(&sh_exc_AttributeError)) return -1;
  sh_err_clear();
  return 0;
}

int sh_op_match_class(ShObject *subject, ShObject *cls, uint32_t nargs, ShObject *kwnames,
                      ShRef *out) {
  if (!SH_TYPE_CHECK(cls)) {
    sh_err_set_string(&sh_exc_TypeError, "called match pattern must be a type");
    return -1;
  }
  ShType *type = (ShType *)cls;
  int r = sh_object_isinstance(subject, cls);
  if (r <= 0) return r;
  intptr_t nkw = SH_TUPLE_SIZE(kwnames), total = (intptr_t)nargs + nkw;
  ShObject *seen = sh_set_new(NULL);
  ShObject *attrs = seen ? sh_tuple_new(total) : NULL;
  ShObject *match_args = NULL;
  intptr_t got = 0;
  r = attrs ? 1 : -1;
  if (r == 1 && nargs) {
    bool match_self = false;
    match_args = sh_object_getattr_str(cls, "__match_args__");
    if (match_args) {
      if (!SH_TUPLE_CHECK_EXACT(match_args)) {
        sh_err_format(&sh_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                      SH_TYPE(match_args)->name);
        r = -1;
      }
    } else if (sh_err_matches(&sh_exc_AttributeError)) {
      sh_err_clear();
      match_args = sh_tuple_new(0);
      match_self = matches_self(type);
      if (!match_args) r = -1;
    } else {
      r = -1;
    }
    intptr_t allowed = r < 0 ? 0 : match_self ? 1 : SH_TUPLE_SIZE(match_args);
    if (r == 1 && allowed < (intptr_t)nargs) {
      sh_err_format(&sh_exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%u given)",
                    type->name, allowed, allowed == 1 ? "" : "s", nargs);
      r = -1;
    }
    if (r == 1 && match_self) {
      SH_TUPLE_ITEMS(attrs)[got++] = sh_newref(subject);
    } else {
      for (uint32_t i = 0; r == 1 && i < nargs; i++) {
        ShObject *name = SH_TUPLE_GET(match_args, i);
        if (!SH_STR_CHECK_EXACT(name)) {
          sh_err_format(&sh_exc_TypeError, "__match_args__ elements must be strings (got %s)",
                        SH_TYPE(name)->name);
          r = -1;
          break;
        }
        ShObject *v = NULL;
        r = class_attr(subject, type, name, seen, &v);
        if (r == 1) SH_TUPLE_ITEMS(attrs)[got++] = v;
      }
    }
  }
  for (intptr_t i = 0; r == 1 && i < nkw; i++) {
    ShObject *v = NULL;
    r = class_attr(subject, type, SH_TUPLE_GET(kwnames, i), seen, &v);
    if (r == 1) SH_TUPLE_ITEMS(attrs)[got++] = v;
  }
  if (r == 1)
    for (intptr_t i = 0; i < total; i++)
      store(out + i, sh_newref(SH_TUPLE_GET(attrs, i)));
  if (attrs) {
    for (intptr_t i = got; i < total; i++)
      SH_TUPLE_ITEMS(attrs)[i] = sh_newref(SH_NONE);
    sh_decref(attrs);
  }
  sh_xdecref(match_args);
  sh_xdecref(seen);
  return r;
}

/* ------------------------------------------------------------ except* */

static bool is_group(ShObject *o) {
  return sh_type_check(o, &sh_exc_BaseExceptionGroup);
}

/* BaseExceptionGroup('', excs): ExceptionGroup when they all are Exceptions. */
static ShObject *new_group(ShObject *excs) {
  ShObject *msg = sh_str_from_cstr("");
  if (!msg) return NULL;
  ShObject *args[2] = {msg, excs};
  ShObject *g = sh_call(SH_OBJ(&sh_exc_BaseExceptionGroup), args, 2, NULL);
  sh_decref(msg);
  return g;
}

static int check_star_type(ShObject *type) {
  bool ok = SH_EXC_CLASS_CHECK(type),
       group = ok && sh_type_is_subtype((ShType *)type, &sh_exc_BaseExceptionGroup);
  if (SH_TUPLE_CHECK(type)) {
    ok = true;
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(type); i++) {
      ShObject *t = SH_TUPLE_GET(type, i);
      if (!SH_EXC_CLASS_CHECK(t))
        ok = false;
      else if (sh_type_is_subtype((ShType *)t, &sh_exc_BaseExceptionGroup))
        group = true;
    }
  }
  if (!ok) {
    sh_err_set_string(&sh_exc_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  if (group) {
    sh_err_set_string(&sh_exc_TypeError,
                      "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
  }
  return 0;
}

int sh_op_exc_group_match(ShObject *exc, ShObject *type, ShObject **match, ShObject **rest) {
  *match = *rest = NULL;
  if (check_star_type(type) < 0) return -1;
  if (exc == SH_NONE) return 0;
  if (sh_exc_matches(exc, type)) {
    if (is_group(exc)) {
      *match = sh_newref(exc);
    } else {
      /* a naked exception is wrapped */
      ShObject *excs = sh_tuple_pack(1, exc);
      if (!excs) return -1;
      *match = new_group(excs);
      sh_decref(excs);
      if (!*match) return -1;
    }
    *rest = sh_newref(SH_NONE);
    return 1;
  }
  if (!is_group(exc)) return 0;
  ShObject *pair = sh_call_method(exc, sh_str_intern_cstr("split"), &type, 1);
  if (!pair) return -1;
  if (!SH_TUPLE_CHECK(pair) || SH_TUPLE_SIZE(pair) != 2) {
    sh_decref(pair);
    sh_err_set_string(&sh_exc_TypeError, "split must return a 2-tuple");
    return -1;
  }
  if (SH_TUPLE_GET(pair, 0) == SH_NONE) {
    sh_decref(pair);
    return 0;
  }
  *match = sh_newref(SH_TUPLE_GET(pair, 0));
  *rest = sh_newref(SH_TUPLE_GET(pair, 1));
  sh_decref(pair);
  return 1;
}

/* A set of leaf exceptions, by identity. */
typedef struct {
  ShObject **v;
  size_t n, cap;
} Leaves;

static int leaves_add(Leaves *l, ShObject *exc) {
  if (exc == SH_NONE) return 0;
  if (is_group(exc)) {
    ShObject *excs = ((ShBaseExceptionGroup *)exc)->excs;
    for (intptr_t i = 0; excs && i < SH_TUPLE_SIZE(excs); i++)
      if (leaves_add(l, SH_TUPLE_GET(excs, i)) < 0) return -1;
    return 0;
  }
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 8;
    ShObject **v = sh_mem_realloc(l->v, cap * sizeof *v);
    if (!v) {
      sh_err_no_memory();
      return -1;
    }
    l->v = v;
    l->cap = cap;
  }
  l->v[l->n++] = exc;
  return 0;
}

static bool leaves_has(Leaves *l, ShObject *exc) {
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i] == exc) return true;
  return false;
}

/* eg.derive(items) carrying eg's traceback, cause, context and notes, as
   split() makes its parts. */
static ShObject *derive(ShObject *eg, ShObject *items) {
  ShObject *r = sh_call_method(eg, sh_str_intern_cstr("derive"), &items, 1);
  if (!r) return NULL;
  if (!is_group(r)) {
    sh_decref(r);
    sh_err_set_string(&sh_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    return NULL;
  }
  ShBaseException *src = (ShBaseException *)eg, *dst = (ShBaseException *)r;
  sh_exc_set_traceback(r, src->traceback);
  SH_SETREF(dst->context, sh_xnewref(src->context));
  SH_SETREF(dst->cause, sh_xnewref(src->cause));
  dst->suppress_context = src->suppress_context;
  if (src->notes) {
    ShObject *copy =
        SH_LIST_CHECK(src->notes) ? sh_sequence_list(src->notes) : sh_newref(src->notes);
    if (!copy || sh_object_setattr_str(r, "__notes__", copy) < 0) {
      sh_xdecref(copy);
      sh_decref(r);
      return NULL;
    }
    sh_decref(copy);
  }
  return r;
}

/* The part of exc made of the leaves in keep (*out NULL when none). */
static int project(ShObject *exc, Leaves *keep, ShObject **out) {
  *out = NULL;
  if (!is_group(exc)) {
    if (leaves_has(keep, exc)) *out = sh_newref(exc);
    return 0;
  }
  ShObject *excs = ((ShBaseExceptionGroup *)exc)->excs;
  ShObject *kept = sh_list_new(0);
  if (!kept) return -1;
  int r = 0;
  for (intptr_t i = 0; r == 0 && excs && i < SH_TUPLE_SIZE(excs); i++) {
    ShObject *part;
    r = project(SH_TUPLE_GET(excs, i), keep, &part);
    if (r == 0 && part) {
      r = sh_list_append(kept, part);
      sh_decref(part);
    }
  }
  if (r == 0 && sh_list_size(kept) > 0 && !(*out = derive(exc, kept))) r = -1;
  sh_decref(kept);
  return r;
}

/* Re-raised (rather than raised anew) when it still carries the original's
   traceback, cause, context and notes. */
static bool same_metadata(ShObject *a, ShObject *b) {
  ShBaseException *x = (ShBaseException *)a, *y = (ShBaseException *)b;
  return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause &&
         x->context == y->context;
}

ShObject *sh_op_prep_reraise_star(ShObject *orig, ShObject *list) {
  ShObject *excs = sh_list_as_tuple(list);
  if (!excs) return NULL;
  intptr_t n = SH_TUPLE_SIZE(excs);
  ShObject *result = NULL;
  if (n == 0) {
    result = sh_newref(SH_NONE);
  } else if (!is_group(orig)) {
    /* a naked exception was wrapped: one clause ran at most */
    result = sh_newref(SH_TUPLE_GET(excs, 0));
  } else {
    Leaves keep = {0};
    ShObject *raised = sh_list_new(0);
    int r = raised ? 0 : -1;
    for (intptr_t i = 0; r == 0 && i < n; i++) {
      ShObject *e = SH_TUPLE_GET(excs, i);
      if (e == SH_NONE) continue;
      r = same_metadata(e, orig) ? leaves_add(&keep, e) : sh_list_append(raised, e);
    }
    ShObject *reraised = NULL;
    if (r == 0) r = project(orig, &keep, &reraised);
    if (r == 0) {
      if (sh_list_size(raised) == 0) {
        result = reraised ? sh_newref(reraised) : sh_newref(SH_NONE);
      } else if (!reraised || sh_list_append(raised, reraised) == 0) {
        result = sh_list_size(raised) > 1 ? new_group(raised) : sh_list_get_item(raised, 0);
      }
    }
    sh_xdecref(reraised);
    sh_xdecref(raised);
    sh_mem_free(keep.v);
  }
  sh_decref(excs);
  return result;
}
