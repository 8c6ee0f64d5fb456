/* The slower halves of instructions: name lookups in namespaces, unpacking,
   raising, with-blocks, f-string pieces, function creation and calls. */
#include <string.h>

#include "ops.h"
#include "cache.h"
#include "opcodes.h"
#include "function.h"
#include "generator.h"
#include "../shoal.h"
#include "../objects/container_util.h"
#include "../objects/type_internal.h"

/* ---------------------------------------------------------------- names */

static void raise_with_name(ShType *type, ShObject *name, const char *fmt) {
  sh_err_format(type, fmt, name);
  ShObject *exc = sh_err_occurred();
  if (exc && sh_type_check(exc, &sh_exc_NameError)) {
    ShNameError *ne = (ShNameError *)exc;
    SH_SETREF(ne->name, sh_newref(name));
  }
}

void sh_op_name_error(ShObject *name) {
  raise_with_name(&sh_exc_NameError, name, "name '%U' is not defined");
}

void sh_op_unbound_local(ShCode *co, uint32_t reg) {
  raise_with_name(&sh_exc_UnboundLocalError, SH_TUPLE_GET(co->varnames, reg),
                  "cannot access local variable '%U' where it is not associated with a value");
}

void sh_op_unbound_deref(ShCode *co, uint32_t reg) {
  uint32_t i = reg - co->nlocals;
  if (i < co->ncells)
    raise_with_name(&sh_exc_UnboundLocalError, SH_TUPLE_GET(co->cellvars, i),
                    "cannot access local variable '%U' where it is not associated with a value");
  else
    raise_with_name(&sh_exc_NameError, SH_TUPLE_GET(co->freevars, i - co->ncells),
                    "cannot access free variable '%U' where it is not associated with a value in "
                    "enclosing scope");
}

int sh_op_lookup_locals(ShFrame *f, ShObject *name, ShObject **v) {
  *v = NULL;
  if (!f->locals) return 0;
  if (SH_DICT_CHECK_EXACT(f->locals)) return sh_dict_get_ref(f->locals, name, v);
  *v = sh_object_getitem(f->locals, name);
  if (*v) return 1;
  if (!sh_err_matches(&sh_exc_KeyError)) return -1;
  sh_err_clear();
  return 0;
}

ShObject *sh_op_load_name(ShFrame *f, ShObject *name) {
  ShObject *v;
  int r = sh_op_lookup_locals(f, name, &v);
  if (r == 0 && f->locals != f->globals) r = sh_dict_get_ref(f->globals, name, &v);
  if (r == 0) r = sh_dict_get_ref(f->builtins, name, &v);
  if (r == 0) sh_op_name_error(name);
  return r > 0 ? v : NULL;
}

int sh_op_store_name(ShFrame *f, ShObject *name, ShObject *v) {
  if (!f->locals) {
    sh_err_format(&sh_exc_SystemError, "no locals found when storing %R", name);
    return -1;
  }
  if (SH_DICT_CHECK_EXACT(f->locals)) return sh_dict_set_item(f->locals, name, v);
  return sh_object_setitem(f->locals, name, v);
}

int sh_op_delete_name(ShFrame *f, ShObject *name) {
  if (SH_DICT_CHECK_EXACT(f->locals)) {
    int r = sh_dict_pop(f->locals, name, NULL);
    if (r == 0) sh_op_name_error(name);
    return r > 0 ? 0 : -1;
  }
  if (sh_object_delitem(f->locals, name) == 0) return 0;
  if (sh_err_matches(&sh_exc_KeyError)) {
    sh_err_clear();
    sh_op_name_error(name);
  }
  return -1;
}

/* ------------------------------------------------------------ unpacking */

/* What CPython calls iterable for its "not iterable" messages: an __iter__
   slot or a sequence __getitem__. */
static bool looks_iterable(ShObject *o) {
  ShType *t = SH_TYPE(o);
  return t->iter || (t->as_sequence && t->as_sequence->item);
}

/* The items of seq as an owned list, with the unpacking error for a
   non-iterable. */
static ShObject *items_of(ShObject *seq) {
  ShObject *it = sh_object_iter(seq);
  if (!it) {
    if (sh_err_matches(&sh_exc_TypeError) && !looks_iterable(seq)) {
      sh_err_clear();
      sh_err_format(&sh_exc_TypeError, "cannot unpack non-iterable %T object", seq);
    }
    return NULL;
  }
  ShObject *list = sh_sequence_list(it);
  sh_decref(it);
  return list;
}

static void store_items(ShRef *out, ShObject *const *items, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    ShRef old = out[i];
    out[i] = sh_ref_steal(sh_newref(items[i]));
    sh_ref_close(old);
  }
}

/* Unpacking an exact tuple once threads run: its items as loans. */
static void store_loans(ShObject *t, ShRef *out, uint32_t n) {
  ShThreadState *ts = sh_thread_state();
  for (uint32_t i = 0; i < n; i++) {
    bool loaned;
    ShObject *v = sh_tuple_item_take(t, SH_TUPLE_ITEMS(t)[i], &loaned);
    if (loaned) ts->has_loans = true;
    ShRef old = out[i];
    out[i] = loaned ? sh_ref_loan(v) : sh_ref_steal(v);
    sh_ref_close(old);
  }
}

int sh_op_unpack(ShObject *seq, ShRef *out, uint32_t n) {
  if (SH_TYPE(seq) == &sh_type_tuple && SH_TUPLE_SIZE(seq) == n && sh_multithreaded() &&
      sh_thread_state()) {
    store_loans(seq, out, n);
    return 0;
  }
  if (SH_TUPLE_CHECK_EXACT(seq) && SH_TUPLE_SIZE(seq) == n) {
    store_items(out, SH_TUPLE_ITEMS(seq), n);
    return 0;
  }
  if (SH_LIST_CHECK_EXACT(seq) && sh_list_size(seq) == (intptr_t)n && n <= 16 &&
      !sh_multithreaded()) {
    /* all counted before any old register value dies (a __del__ could
       change the list) */
    ShObject *items[16];
    for (uint32_t i = 0; i < n; i++)
      items[i] = sh_newref(sh_list_peek(seq, i));
    for (uint32_t i = 0; i < n; i++) {
      ShRef old = out[i];
      out[i] = sh_ref_steal(items[i]);
      sh_ref_close(old);
    }
    return 0;
  }
  if (SH_LIST_CHECK_EXACT(seq) && sh_list_size(seq) == (intptr_t)n) {
    /* a snapshot, so a concurrent resize cannot tear the unpacking */
    ShObject *t = sh_list_as_tuple(seq);
    if (!t) return -1;
    if (SH_TUPLE_SIZE(t) == n) {
      store_items(out, SH_TUPLE_ITEMS(t), n);
      sh_decref(t);
      return 0;
    }
    sh_decref(t);
  }
  ShObject *list = items_of(seq);
  if (!list) return -1;
  intptr_t got = sh_list_size(list);
  int r = 0;
  if (got < (intptr_t)n) {
    sh_err_format(&sh_exc_ValueError, "not enough values to unpack (expected %u, got %zd)", n, got);
    r = -1;
  } else if (got > (intptr_t)n) {
    sh_err_format(&sh_exc_ValueError, "too many values to unpack (expected %u)", n);
    r = -1;
  } else {
    ShObject *t = sh_list_as_tuple(list);
    if (!t)
      r = -1;
    else {
      store_items(out, SH_TUPLE_ITEMS(t), n);
      sh_decref(t);
    }
  }
  sh_decref(list);
  return r;
}

int sh_op_unpack_ex(ShObject *seq, ShRef *out, uint32_t before, uint32_t after) {
  ShObject *list = items_of(seq);
  if (!list) return -1;
  intptr_t got = sh_list_size(list);
  if (got < (intptr_t)(before + after)) {
    sh_err_format(&sh_exc_ValueError, "not enough values to unpack (expected at least %u, got %zd)",
                  before + after, got);
    sh_decref(list);
    return -1;
  }
  ShObject *t = sh_list_as_tuple(list);
  sh_decref(list);
  if (!t) return -1;
  ShObject *const *items = SH_TUPLE_ITEMS(t);
  ShObject *middle = sh_list_from_array(items + before, got - before - after);
  if (!middle) {
    sh_decref(t);
    return -1;
  }
  store_items(out, items, before);
  ShRef old = out[before];
  out[before] = sh_ref_steal(middle);
  sh_ref_close(old);
  store_items(out + before + 1, items + got - after, after);
  sh_decref(t);
  return 0;
}

/* ---------------------------------------------------- strings, builders */

ShObject *sh_op_build_string(ShRef *parts, uint32_t n) {
  ShStrBuilder sb;
  sh_sb_init(&sb);
  for (uint32_t i = 0; i < n; i++)
    if (sh_sb_append_str(&sb, sh_ref_obj(parts[i])) < 0) {
      sh_sb_discard(&sb);
      return NULL;
    }
  return sh_sb_finish(&sb);
}

ShObject *sh_op_format_value(ShObject *v, uint32_t conversion, ShObject *spec) {
  ShObject *converted;
  switch (conversion) {
  case 1: converted = sh_object_str(v); break;
  case 2: converted = sh_object_repr(v); break;
  case 3: converted = sh_object_ascii(v); break;
  default: converted = sh_newref(v);
  }
  if (!converted) return NULL;
  if (!spec && SH_STR_CHECK_EXACT(converted)) return converted;
  ShObject *r = sh_object_format(converted, spec);
  sh_decref(converted);
  return r;
}

int sh_op_list_extend(ShObject *list, ShObject *iterable) {
  if (sh_list_extend(list, iterable) == 0) return 0;
  if (sh_err_matches(&sh_exc_TypeError) && !looks_iterable(iterable)) {
    sh_err_clear();
    sh_err_format(&sh_exc_TypeError, "Value after * must be an iterable, not %T", iterable);
  }
  return -1;
}

/* As CPython's ** unpacking: a dict, or anything with keys() (whose
   __getitem__ is then used, with its own errors). */
static bool is_mapping(ShObject *o) {
  return SH_DICT_CHECK(o) || sh_type_lookup(SH_TYPE(o), SH_ID(keys));
}

int sh_op_dict_update(ShObject *dict, ShObject *other) {
  if (!is_mapping(other)) {
    sh_err_format(&sh_exc_TypeError, "'%T' object is not a mapping", other);
    return -1;
  }
  return sh_dict_merge(dict, other, 1);
}

/* "__main__.f()" as CPython names a callee in call errors. */
static ShObject *callee_name(ShObject *callee) {
  ShObject *qualname = sh_object_getattr(callee, SH_ID(__qualname__));
  if (!qualname) {
    sh_err_clear();
    return sh_str_from_format("%T object", callee);
  }
  ShObject *module = sh_object_getattr(callee, SH_ID(__module__));
  ShObject *r;
  if (module && SH_STR_CHECK(module) && !sh_str_equal_cstr(module, "builtins"))
    r = sh_str_from_format("%U.%U()", module, qualname);
  else
    r = sh_str_from_format("%U()", qualname);
  if (!module) sh_err_clear();
  sh_xdecref(module);
  sh_decref(qualname);
  return r;
}

int sh_op_dict_merge(ShObject *dict, ShObject *other, ShObject *callee) {
  if (!is_mapping(other)) {
    ShObject *name = callee_name(callee);
    if (name) {
      sh_err_format(&sh_exc_TypeError, "%U argument after ** must be a mapping, not %T", name,
                    other);
      sh_decref(name);
    }
    return -1;
  }
  if (sh_dict_merge(dict, other, 2) == 0) return 0;
  if (sh_err_matches(&sh_exc_KeyError)) {
    ShObject *exc = sh_err_fetch();
    ShObject *args = ((ShBaseException *)exc)->args;
    ShObject *name = callee_name(callee);
    if (name && args && SH_TUPLE_SIZE(args) == 1)
      sh_err_format(&sh_exc_TypeError, "%U got multiple values for keyword argument '%S'", name,
                    SH_TUPLE_GET(args, 0));
    sh_xdecref(name);
    sh_decref(exc);
  }
  return -1;
}

/* ----------------------------------------------------- attribute caches */

/* Records what LOAD_ATTR can skip for this type: an ordinary instance
   attribute (no class attribute of that name: straight to the instance
   dict), or a data descriptor (property, __slots__ member) to call. */
void sh_op_fill_attr_cache(ShAttrCache *cache, ShObject *obj, ShObject *name, int use) {
  ShType *type = SH_TYPE(obj);
  if (!SH_STR_CHECK_EXACT(name)) return;
  /* a module's getattr is the generic one until that fails */
  if (use == SH_ATTR_FOR_STORE
          ? type->setattro != sh_object_generic_setattr
          : type->getattro != sh_object_generic_getattr && type->getattro != sh_module_getattro)
    return;
  uint32_t version = atomic_load_explicit(&type->version, memory_order_acquire);
  if (version == 0) return;
  /* counted: another thread may replace it on the class meanwhile */
  ShObject *descr = sh_type_lookup_ref(type, name);
  intptr_t slot =
      descr && SH_TYPE(descr) == &sh_type_member_descriptor ? sh_member_slot_offset(descr) : -1;
  if (slot >= 0) {
    sh_attr_cache_set(cache, type, version, SH_ATTR_SLOT, (ShObject *)(uintptr_t)slot);
  } else if (use == SH_ATTR_FOR_STORE) {
    /* __set__ on the type (slots, properties) runs; else the value goes to
       the instance dict */
    if (descr && SH_TYPE(descr)->descr_set)
      sh_attr_cache_set(cache, type, version, SH_ATTR_DATA_DESCR, descr);
    else if (sh_object_dict_ptr(obj))
      sh_attr_cache_set(cache, type, version, SH_ATTR_INSTANCE_DICT, NULL);
  } else if (!descr) {
    if (sh_object_dict_ptr(obj))
      sh_attr_cache_set(cache, type, version, SH_ATTR_INSTANCE_DICT, NULL);
  } else if (SH_TYPE(descr)->descr_get && SH_TYPE(descr)->descr_set) {
    sh_attr_cache_set(cache, type, version, SH_ATTR_DATA_DESCR, descr);
  } else if (use == SH_ATTR_FOR_METHOD &&
             (SH_TYPE(descr) == &sh_type_function || sh_is_method_like(descr)) &&
             (sh_is_deferred(descr) || sh_is_immortal(descr))) {
    sh_attr_cache_set(cache, type, version, SH_ATTR_METHOD, descr);
  }
  sh_xdecref(descr);
}

/* ----------------------------------------------------- functions, calls */

ShObject *sh_op_make_function(ShFrame *f, ShCode *code, uint32_t flags, ShRef *extra) {
  ShFunction *fn = (ShFunction *)sh_function_new(code, f->globals, code->qualname);
  if (!fn) return NULL;
  if (flags & SH_MKFN_DEFAULTS) fn->defaults = sh_ref_new_object(*extra++);
  if (flags & SH_MKFN_KWDEFAULTS) fn->kwdefaults = sh_ref_new_object(*extra++);
  if (flags & SH_MKFN_ANNOTATIONS) fn->annotations = sh_ref_new_object(*extra++);
  if (flags & SH_MKFN_CLOSURE) fn->closure = sh_ref_new_object(*extra++);
  /* module-level functions and methods live long and are called from every
     thread; closures made inside functions come and go */
  if (!(f->code->flags & SH_CO_OPTIMIZED)) sh_set_deferred(SH_OBJ(fn));
  return SH_OBJ(fn);
}

ShObject *sh_op_call_ex(ShObject *callable, ShObject *args, ShObject *kwargs) {
  ShObject *tuple = SH_TUPLE_CHECK_EXACT(args) ? sh_newref(args) : NULL;
  if (!tuple) {
    if (!looks_iterable(args)) {
      ShObject *name = callee_name(callable);
      if (name) {
        sh_err_format(&sh_exc_TypeError, "%U argument after * must be an iterable, not %T", name,
                      args);
        sh_decref(name);
      }
      return NULL;
    }
    if (!(tuple = sh_sequence_tuple(args))) return NULL;
  }
  ShObject *r = sh_call_tuple_dict(callable, tuple, kwargs);
  sh_decref(tuple);
  return r;
}

ShObject *sh_op_get_yield_from_iter(ShObject *o) {
  if (SH_TYPE(o) == &sh_type_generator) return sh_newref(o);
  return sh_object_iter(o);
}

/* ----------------------------------------------------------- exceptions */

/* An exception class is called to make the instance; an instance is used
   as it is. NULL with TypeError otherwise. */
static ShObject *make_exception(ShObject *o, const char *what) {
  if (SH_EXC_CLASS_CHECK(o)) {
    ShObject *exc = sh_call0(o);
    if (exc && !SH_EXC_CHECK(exc)) {
      sh_err_format(&sh_exc_TypeError,
                    "calling %R should have returned an instance of BaseException, not %T", o, exc);
      SH_CLEAR(exc);
    }
    return exc;
  }
  if (SH_EXC_CHECK(o)) return sh_newref(o);
  sh_err_format(&sh_exc_TypeError, "%s", what);
  return NULL;
}

void sh_op_raise(ShObject *exc_arg, ShObject *cause_arg) {
  ShObject *exc = make_exception(exc_arg, "exceptions must derive from BaseException");
  if (!exc) return;
  if (cause_arg) {
    ShObject *cause;
    if (cause_arg == SH_NONE)
      cause = NULL;
    else if (!(cause =
                   make_exception(cause_arg, "exception causes must derive from BaseException"))) {
      sh_decref(exc);
      return;
    }
    sh_exc_set_cause(exc, cause);
  }
  sh_err_raise(exc);
  sh_decref(exc);
}

void sh_op_reraise_handled(ShThreadState *ts) {
  ShObject *exc = ts->handled_exc;
  if (!exc || exc == SH_NONE) {
    sh_err_set_string(&sh_exc_RuntimeError, "No active exception to reraise");
    return;
  }
  sh_err_restore(sh_newref(exc));
}

int sh_op_exc_match(ShObject *exc, ShObject *type) {
  bool ok = SH_EXC_CLASS_CHECK(type);
  if (SH_TUPLE_CHECK(type)) {
    ok = true;
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(type); i++)
      if (!SH_EXC_CLASS_CHECK(SH_TUPLE_GET(type, i))) ok = false;
  }
  if (!ok) {
    sh_err_set_string(&sh_exc_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return sh_exc_matches(exc, type);
}

/* A special method looked up on the type, bound to o unless it just binds
   self (a function, a method descriptor: *unbound; the caller passes o),
   so that a with statement makes no bound methods, which would count o. */
static ShObject *lookup_special_maybe_unbound(ShObject *o, ShObject *name, bool *unbound) {
  ShType *t = SH_TYPE(o);
  ShObject *attr = sh_type_lookup_ref(t, name);
  *unbound = attr && sh_is_method_like(attr);
  if (!attr || *unbound || !SH_TYPE(attr)->descr_get) return attr;
  ShObject *bound = SH_TYPE(attr)->descr_get(attr, o, SH_OBJ(t));
  sh_decref(attr);
  return bound;
}

int sh_op_with_enter(ShObject *ctx, bool is_async, ShObject **exit_fn, bool *exit_unbound,
                     ShObject **result) {
  const char *protocol = is_async ? "asynchronous context manager" : "context manager";
  bool enter_unbound;
  ShObject *enter = lookup_special_maybe_unbound(
      ctx, is_async ? SH_ID(__aenter__) : SH_ID(__enter__), &enter_unbound);
  if (!enter) {
    if (!sh_err_occurred())
      sh_err_format(&sh_exc_TypeError, "'%T' object does not support the %s protocol", ctx,
                    protocol);
    return -1;
  }
  *exit_fn = lookup_special_maybe_unbound(ctx, is_async ? SH_ID(__aexit__) : SH_ID(__exit__),
                                          exit_unbound);
  if (!*exit_fn) {
    if (!sh_err_occurred())
      sh_err_format(&sh_exc_TypeError,
                    "'%T' object does not support the %s protocol (missed %s method)", ctx,
                    protocol, is_async ? "__aexit__" : "__exit__");
    sh_decref(enter);
    return -1;
  }
  *result = enter_unbound ? sh_call(enter, &ctx, 1, NULL) : sh_call0(enter);
  sh_decref(enter);
  if (!*result) {
    SH_CLEAR(*exit_fn);
    return -1;
  }
  return 0;
}

ShObject *sh_op_with_exit(ShObject *exit_fn, ShObject *self, ShObject *exc) {
  ShObject *args[4] = {self, SH_NONE, SH_NONE, SH_NONE};
  if (exc) {
    args[1] = SH_OBJ(SH_TYPE(exc));
    args[2] = exc;
    ShObject *tb = sh_exc_get_traceback(exc);
    args[3] = tb ? tb : SH_NONE;
  }
  return self ? sh_call(exit_fn, args, 4, NULL) : sh_call(exit_fn, args + 1, 3, NULL);
}

/* -------------------------------------------------------------- imports */

ShObject *sh_op_import_name(ShFrame *f, ShObject *name, ShObject *fromlist, int level) {
  ShObject *import_fn;
  int r = sh_dict_get_ref(f->builtins, SH_ID(__import__), &import_fn);
  if (r < 0) return NULL;
  if (r == 0) return sh_err_format(&sh_exc_ImportError, "__import__ not found");
  ShObject *result;
  /* The builtin __import__ is called directly; a replacement goes
     through a real call with CPython's argument order. */
  if (SH_TYPE(import_fn) == &sh_type_cfunction &&
      ((ShCFunction *)import_fn)->def->func == (void *)sh_builtin___import__) {
    result = sh_import_name(name, f->globals, fromlist, level);
  } else {
    ShObject *lvl = sh_int_from_i64(level);
    ShObject *args[5] = {name, f->globals, f->locals ? f->locals : SH_NONE, fromlist, lvl};
    result = lvl ? sh_call(import_fn, args, 5, NULL) : NULL;
    sh_xdecref(lvl);
  }
  sh_decref(import_fn);
  return result;
}

ShObject *sh_op_import_from(ShObject *module, ShObject *name) {
  ShObject *v;
  int r = sh_object_lookup_attr(module, name, &v);
  if (r != 0) return r > 0 ? v : NULL;
  /* A submodule being imported may be in sys.modules before it is bound
     as an attribute of its package (circular imports). */
  ShObject *pkgname = sh_object_getattr(module, SH_ID(__name__));
  if (!pkgname) sh_err_clear();
  if (pkgname && SH_STR_CHECK(pkgname)) {
    ShObject *full = sh_str_from_format("%U.%U", pkgname, name);
    if (full) {
      r = sh_dict_get_ref(sh_import_get_modules(), full, &v);
      sh_decref(full);
      if (r > 0) {
        sh_decref(pkgname);
        return v;
      }
    }
  }
  ShObject *file = NULL;
  if (sh_object_lookup_attr(module, SH_ID(__file__), &file) < 0) sh_err_clear();
  ShObject *shown = pkgname && SH_STR_CHECK(pkgname) ? pkgname : name;
  ShObject *msg =
      file && SH_STR_CHECK(file)
          ? sh_str_from_format("cannot import name '%U' from '%U' (%U)", name, shown, file)
          : sh_str_from_format("cannot import name '%U' from '%U' (unknown location)", name, shown);
  ShObject *exc = msg ? sh_exc_new(&sh_exc_ImportError, &msg, 1) : NULL;
  if (exc) {
    /* e.name is the module, e.path its file, as CPython sets them */
    ShImportError *ie = (ShImportError *)exc;
    SH_SETREF(ie->name, sh_newref(shown));
    if (file && SH_STR_CHECK(file)) SH_SETREF(ie->path, sh_newref(file));
    sh_err_raise(exc);
    sh_decref(exc);
  }
  sh_xdecref(msg);
  sh_xdecref(file);
  sh_xdecref(pkgname);
  return NULL;
}

int sh_op_import_star(ShFrame *f, ShObject *module) {
  ShObject *names;
  int r = sh_object_lookup_attr(module, SH_ID(__all__), &names);
  if (r < 0) return -1;
  bool skip_private = r == 0;
  if (r == 0) {
    ShObject *dict = sh_object_getattr(module, SH_ID(__dict__));
    if (!dict) return -1;
    names = sh_dict_keys_list(dict);
    sh_decref(dict);
    if (!names) return -1;
  }
  ShObject *it = sh_object_iter(names);
  sh_decref(names);
  if (!it) return -1;
  ShObject *name;
  int result = 0;
  while ((name = sh_iter_next(it))) {
    if (skip_private && SH_STR_CHECK(name) && SH_STR_LEN(name) > 0 && SH_STR_CHAR(name, 0) == '_') {
      sh_decref(name);
      continue;
    }
    ShObject *v = sh_object_getattr(module, name);
    if (!v || sh_op_store_name(f, name, v) < 0) result = -1;
    sh_xdecref(v);
    sh_decref(name);
    if (result < 0) break;
  }
  sh_decref(it);
  if (result == 0 && sh_err_occurred()) result = -1;
  return result;
}

int sh_op_setup_annotations(ShFrame *f) {
  ShObject *v;
  int r = sh_op_lookup_locals(f, SH_ID(__annotations__), &v);
  if (r != 0) {
    sh_xdecref(v);
    return r < 0 ? -1 : 0;
  }
  ShObject *d = sh_dict_new();
  if (!d) return -1;
  r = sh_op_store_name(f, SH_ID(__annotations__), d);
  sh_decref(d);
  return r;
}

int sh_op_print_expr(ShObject *v) {
  ShObject *hook = sh_sys_get("displayhook");
  if (!hook) {
    sh_err_set_string(&sh_exc_RuntimeError, "lost sys.displayhook");
    return -1;
  }
  ShObject *r = sh_call1(hook, v);
  if (!r) return -1;
  sh_decref(r);
  return 0;
}
