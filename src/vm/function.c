/* function, method and cell objects: what `def` makes, what `obj.method`
   binds, and the boxes closures share. */
#include "function.h"
#include "frame.h"
#include "../shoal.h"
#include "../objects/container_util.h"
#include "../runtime/qsbr.h"
#include "../runtime/field.h"

/* ---------------------------------------------------------------- cells */

ShObject *sh_cell_new(ShObject *value) {
  ShCell *c = (ShCell *)sh_object_alloc(&sh_type_cell, 0);
  if (c) c->ref = sh_xnewref(value);
  return SH_OBJ(c);
}

bool sh_cell_set_shared(ShObject *cell, ShObject *v) {
  ShObject *old = sh_field_swap(cell, &((ShCell *)cell)->ref, v);
  sh_container_drop(cell, old);
  return old != NULL;
}

ShObject *sh_cell_take_shared(ShObject *cell, bool *loaned) {
  ShObject **slot = &((ShCell *)cell)->ref;
  /* as a lock-free list read: take, then check that the cell still holds
     it; after a few collisions with writers (or a refused count), the
     field's locked path */
  for (int attempt = 0; attempt < 4; attempt++) {
    ShObject *v = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (!v) return NULL;
    int how = sh_take_begin(cell, v, true);
    if (how < 0) continue;
    if (__atomic_load_n(slot, __ATOMIC_ACQUIRE) == v) {
      *loaned = how == SH_TAKE_LOAN;
      return v;
    }
    sh_take_undo(v, how);
  }
  return sh_cell_get_ref(cell);
}

/* A cell that lent its value out dies after a grace period (loans of the
   value may still be in registers). */
static void cell_dealloc(ShObject *o) {
  if (sh_container_defer_dealloc(o)) return;
  SH_CLEAR(((ShCell *)o)->ref);
  sh_object_free(o);
}

static int cell_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShObject *r = ((ShCell *)o)->ref;
  return r ? visit(r, arg) : 0;
}

static int cell_clear(ShObject *o) {
  sh_cell_set(o, NULL);
  return 0;
}

static ShObject *cell_repr(ShObject *o) {
  ShObject *r = sh_cell_get_ref(o);
  if (!r) return sh_str_from_format("<cell at %p: empty>", (void *)o);
  ShObject *s =
      sh_str_from_format("<cell at %p: %s object at %p>", (void *)o, r->type->name, (void *)r);
  sh_decref(r);
  return s;
}

static ShObject *cell_get_contents(ShObject *o, void *closure) {
  ShObject *r = sh_cell_get_ref(o);
  if (!r) return sh_err_format(&sh_exc_ValueError, "Cell is empty");
  return r;
}

static int cell_set_contents(ShObject *o, ShObject *v, void *closure) {
  sh_cell_set(o, sh_xnewref(v));
  return 0;
}

static ShGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL},
};

ShType sh_type_cell = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "cell",
    .basicsize = sizeof(ShCell),
    .flags = SH_TPFLAGS_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getset = cell_getset,
    .hash = sh_hash_not_implemented,
};

/* ------------------------------------------------------------ functions */

ShObject *sh_function_new(ShCode *code, ShObject *globals, ShObject *qualname) {
  ShFunction *fn = (ShFunction *)sh_object_alloc(&sh_type_function, 0);
  if (!fn) return NULL;
  /* closures and lambdas made in many threads from one code object */
  sh_defer_if_shared(SH_OBJ(code));
  sh_defer_if_shared(globals);
  fn->code = (ShCode *)sh_newref(SH_OBJ(code));
  fn->globals = sh_newref(globals);
  fn->name = sh_newref(code->name);
  fn->qualname = sh_newref(qualname ? qualname : code->name);
  ShObject *builtins = NULL;
  if (sh_dict_get_ref(globals, SH_ID(__builtins__), &builtins) > 0) {
    if (!SH_DICT_CHECK(builtins)) {
      ShObject *d = sh_object_getattr(builtins, SH_ID(__dict__));
      sh_decref(builtins);
      builtins = d;
      if (!d) sh_err_clear();
    }
  }
  fn->builtins = builtins ? builtins : sh_newref(sh_builtins_dict());
  sh_defer_if_shared(fn->builtins);
  ShObject *module = NULL;
  if (sh_dict_get_ref(globals, SH_ID(__name__), &module) <= 0) {
    sh_err_clear();
    module = NULL;
  }
  fn->module = module ? module : sh_newref(SH_NONE);
  if ((code->flags & SH_CO_HAS_DOCSTRING) && SH_TUPLE_SIZE(code->consts) > 0)
    fn->doc = sh_newref(SH_TUPLE_GET(code->consts, 0));
  else
    fn->doc = sh_newref(SH_NONE);
  return SH_OBJ(fn);
}

static void function_dealloc(ShObject *o) {
  ShFunction *fn = (ShFunction *)o;
  SH_CLEAR(fn->code);
  SH_CLEAR(fn->globals);
  SH_CLEAR(fn->builtins);
  SH_CLEAR(fn->name);
  SH_CLEAR(fn->qualname);
  SH_CLEAR(fn->module);
  SH_CLEAR(fn->doc);
  SH_CLEAR(fn->defaults);
  SH_CLEAR(fn->kwdefaults);
  SH_CLEAR(fn->closure);
  SH_CLEAR(fn->annotations);
  SH_CLEAR(fn->dict);
  sh_object_free(o);
}

static int function_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShFunction *fn = (ShFunction *)o;
  ShObject *fields[] = {SH_OBJ(fn->code), fn->globals, fn->module,      fn->doc, fn->defaults,
                        fn->kwdefaults,   fn->closure, fn->annotations, fn->dict};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (fields[i] && visit(fields[i], arg)) return 1;
  return 0;
}

/* Breaks cycles through a function (its globals, defaults, closure...);
   code and name stay so a cleared function can still be printed. */
static int function_clear(ShObject *o) {
  ShFunction *fn = (ShFunction *)o;
  SH_CLEAR(fn->module);
  SH_CLEAR(fn->defaults);
  SH_CLEAR(fn->kwdefaults);
  SH_CLEAR(fn->closure);
  SH_CLEAR(fn->annotations);
  SH_CLEAR(fn->dict);
  SH_SETREF(fn->doc, sh_newref(SH_NONE));
  return 0;
}

/* Calling from C: a fresh frame on the stack, run to completion (or made
   into a generator). The eval loop calls Python functions without this. */
ShObject *sh_function_call(ShObject *func, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShFunction *fn = (ShFunction *)func;
  ShThreadState *ts = sh_thread_state();
  ShFrame *f = sh_frame_push_function(ts, func, args, nargs, kwnames);
  if (!f) return NULL;
  if (fn->code->flags & SH_CO_RESUMABLE) {
    ShFrame *h = sh_frame_copy_to_heap(f);
    if (!h) return NULL;
    return sh_generator_new(h);
  }
  f->is_entry = 1;
  return sh_eval_frame(ts, f);
}

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None) */
static ShObject *function_tp_new(ShType *type, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  ShObject *code, *globals, *name = NULL, *defaults = NULL, *closure = NULL;
  if (sh_args_parse("function", args, nargs, kwnames, "code,globals|name,argdefs,closure", &code,
                    &globals, &name, &defaults, &closure) < 0)
    return NULL;
  if (SH_TYPE(code) != &sh_type_code)
    return sh_err_format(&sh_exc_TypeError, "function() argument 'code' must be code, not %T",
                         code);
  if (!SH_DICT_CHECK(globals))
    return sh_err_format(&sh_exc_TypeError, "function() argument 'globals' must be dict, not %T",
                         globals);
  if (name && name != SH_NONE && !SH_STR_CHECK(name))
    return sh_err_format(&sh_exc_TypeError, "arg 3 (name) must be None or string");
  if (defaults && defaults != SH_NONE && !SH_TUPLE_CHECK(defaults))
    return sh_err_format(&sh_exc_TypeError, "arg 4 (defaults) must be None or tuple");
  ShCode *co = (ShCode *)code;
  intptr_t nclosure =
      closure && closure != SH_NONE && SH_TUPLE_CHECK(closure) ? SH_TUPLE_SIZE(closure) : 0;
  if (closure && closure != SH_NONE && !SH_TUPLE_CHECK(closure))
    return sh_err_format(&sh_exc_TypeError, "arg 5 (closure) must be tuple");
  if ((intptr_t)co->nfree != nclosure)
    return sh_err_format(&sh_exc_ValueError, "%U requires closure of length %u, not %zd", co->name,
                         co->nfree, nclosure);
  ShFunction *fn = (ShFunction *)sh_function_new(co, globals, co->qualname);
  if (!fn) return NULL;
  if (name && name != SH_NONE) SH_SETREF(fn->name, sh_newref(name));
  if (defaults && defaults != SH_NONE) fn->defaults = sh_newref(defaults);
  if (nclosure) fn->closure = sh_newref(closure);
  return SH_OBJ(fn);
}

static ShObject *function_descr_get(ShObject *self, ShObject *obj, ShObject *type) {
  if (!obj || obj == SH_NONE) return sh_newref(self);
  return sh_method_new(self, obj);
}

static ShObject *function_repr(ShObject *o) {
  return sh_str_from_format("<function %U at %p>", ((ShFunction *)o)->qualname, (void *)o);
}

static ShObject *get_code(ShObject *o, void *c) {
  return sh_newref(SH_OBJ(((ShFunction *)o)->code));
}
/* Frames borrow their function's code: a replaced code object may still
   run, so it is kept forever (replacing __code__ is rare). */
static int set_code(ShObject *o, ShObject *v, void *c) {
  if (!v || SH_TYPE(v) != &sh_type_code) {
    sh_err_set_string(&sh_exc_TypeError, "__code__ must be set to a code object");
    return -1;
  }
  ShFunction *fn = (ShFunction *)o;
  if ((((ShCode *)v)->nfree) != (fn->closure ? (uint32_t)SH_TUPLE_SIZE(fn->closure) : 0)) {
    sh_err_format(&sh_exc_ValueError, "%U() requires a code object with %zd free vars, not %u",
                  fn->name, fn->closure ? SH_TUPLE_SIZE(fn->closure) : (intptr_t)0,
                  ((ShCode *)v)->nfree);
    return -1;
  }
  sh_set_immortal(SH_OBJ(fn->code));
  fn->code = (ShCode *)sh_newref(v);
  return 0;
}
static ShObject *get_globals(ShObject *o, void *c) {
  return sh_newref(((ShFunction *)o)->globals);
}
static ShObject *get_builtins(ShObject *o, void *c) {
  return sh_newref(((ShFunction *)o)->builtins);
}
static ShObject *get_closure(ShObject *o, void *c) {
  ShObject *cl = ((ShFunction *)o)->closure;
  return sh_newref(cl ? cl : SH_NONE);
}

/* The writable attributes live at offsets; a NULL field reads as None
   (defaults, kwdefaults) or as a fresh dict (annotations, __dict__).
   Threads may read and replace them at once: a replaced value is dropped
   after a grace period (calls read the defaults without counting them),
   a fresh dict is installed by compare-and-swap. */
static ShObject **field_at(ShObject *o, void *closure) {
  return (ShObject **)((char *)o + (intptr_t)closure);
}
static ShObject *get_field(ShObject *o, void *closure) {
  ShObject **slot = field_at(o, closure);
  if ((intptr_t)closure == (intptr_t)offsetof(ShFunction, annotations))
    return sh_field_lazy_dict(slot);
  ShObject *v = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  return sh_newref(v ? v : SH_NONE);
}
static int set_field(ShObject *o, ShObject *v, void *closure) {
  intptr_t off = (intptr_t)closure;
  if (off == (intptr_t)offsetof(ShFunction, name) ||
      off == (intptr_t)offsetof(ShFunction, qualname)) {
    if (!v || !SH_STR_CHECK(v)) {
      sh_err_format(&sh_exc_TypeError, "__%s__ must be set to a string object",
                    off == (intptr_t)offsetof(ShFunction, name) ? "name" : "qualname");
      return -1;
    }
  }
  if (v == SH_NONE && (off == (intptr_t)offsetof(ShFunction, defaults) ||
                       off == (intptr_t)offsetof(ShFunction, kwdefaults)))
    v = NULL;
  if (v && off == (intptr_t)offsetof(ShFunction, defaults) && !SH_TUPLE_CHECK(v)) {
    sh_err_set_string(&sh_exc_TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  if (v && off == (intptr_t)offsetof(ShFunction, kwdefaults) && !SH_DICT_CHECK(v)) {
    sh_err_set_string(&sh_exc_TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  sh_field_replace_late(field_at(o, closure), v);
  return 0;
}

static ShObject *get_dict(ShObject *o, void *c) {
  return sh_field_lazy_dict(&((ShFunction *)o)->dict);
}
static int set_dict(ShObject *o, ShObject *v, void *c) {
  if (!v) {
    sh_err_set_string(&sh_exc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!SH_DICT_CHECK(v)) {
    sh_err_format(&sh_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
    return -1;
  }
  sh_field_replace_late(&((ShFunction *)o)->dict, v);
  return 0;
}

#define FIELD(name, member)                                                                        \
  { name, get_field, set_field, NULL, (void *)offsetof(ShFunction, member) }
static ShGetSetDef function_getset[] = {
    {"__code__", get_code, set_code, NULL, NULL},
    {"__globals__", get_globals, NULL, NULL, NULL},
    {"__builtins__", get_builtins, NULL, NULL, NULL},
    {"__closure__", get_closure, NULL, NULL, NULL},
    {"__dict__", get_dict, set_dict, NULL, NULL},
    FIELD("__name__", name),
    FIELD("__qualname__", qualname),
    FIELD("__module__", module),
    FIELD("__doc__", doc),
    FIELD("__defaults__", defaults),
    FIELD("__kwdefaults__", kwdefaults),
    FIELD("__annotations__", annotations),
    {NULL},
};
#undef FIELD

ShType sh_type_function = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "function",
    .basicsize = sizeof(ShFunction),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
    .repr = function_repr,
    .call = sh_function_call,
    .new_ = function_tp_new,
    .descr_get = function_descr_get,
    .getset = function_getset,
    .getattro = sh_object_generic_getattr,
    .setattro = sh_object_generic_setattr,
    .dictoffset = offsetof(ShFunction, dict),
};

/* -------------------------------------------------------- bound methods */

ShObject *sh_method_new(ShObject *func, ShObject *self) {
  ShMethod *m = (ShMethod *)sh_object_alloc(&sh_type_method, 0);
  if (!m) return NULL;
  m->func = sh_newref(func);
  m->self = sh_newref(self);
  return SH_OBJ(m);
}

static void method_dealloc(ShObject *o) {
  ShMethod *m = (ShMethod *)o;
  SH_CLEAR(m->func);
  SH_CLEAR(m->self);
  sh_object_free(o);
}

static int method_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShMethod *m = (ShMethod *)o;
  if (visit(m->func, arg)) return 1;
  return visit(m->self, arg);
}

static ShObject *method_call(ShObject *o, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShMethod *m = (ShMethod *)o;
  size_t total = nargs + (kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0);
  ShObject *small[8];
  ShObject **argv = total + 1 <= 8 ? small : sh_mem_alloc((total + 1) * sizeof(ShObject *));
  if (!argv) return sh_err_no_memory();
  argv[0] = m->self;
  for (size_t i = 0; i < total; i++)
    argv[i + 1] = args[i];
  ShObject *r = sh_call(m->func, argv, nargs + 1, kwnames);
  if (argv != small) sh_mem_free(argv);
  return r;
}

static ShObject *method_repr(ShObject *o) {
  ShMethod *m = (ShMethod *)o;
  ShObject *name = sh_object_getattr(m->func, SH_ID(__qualname__));
  if (!name) {
    sh_err_clear();
    name = sh_object_getattr(m->func, SH_ID(__name__));
    if (!name) {
      sh_err_clear();
      name = sh_str_from_cstr("?");
    }
  }
  ShObject *r = sh_str_from_format("<bound method %U of %R>", name, m->self);
  sh_decref(name);
  return r;
}

static ShObject *method_richcompare(ShObject *a, ShObject *b, int op) {
  if ((op != SH_EQ && op != SH_NE) || SH_TYPE(b) != &sh_type_method)
    return sh_newref(SH_NOTIMPLEMENTED);
  ShMethod *x = (ShMethod *)a, *y = (ShMethod *)b;
  int eq = x->self == y->self;
  if (eq) {
    eq = sh_object_richcompare_bool(x->func, y->func, SH_EQ);
    if (eq < 0) return NULL;
  }
  return sh_newref(sh_bool_from(op == SH_EQ ? eq : !eq));
}

static sh_hash_t method_hash(ShObject *o) {
  ShMethod *m = (ShMethod *)o;
  sh_hash_t h = sh_object_hash(m->func);
  if (h == -1) return -1;
  h ^= (sh_hash_t)((uintptr_t)m->self >> 4);
  return h == -1 ? -2 : h;
}

/* Attributes not found on the method come from the function. */
static ShObject *method_getattro(ShObject *o, ShObject *name) {
  ShObject *r = sh_object_generic_getattr(o, name);
  if (r || !sh_err_matches(&sh_exc_AttributeError)) return r;
  sh_err_clear();
  return sh_object_getattr(((ShMethod *)o)->func, name);
}

/* types.MethodType(function, instance) */
static ShObject *method_tp_new(ShType *type, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  if (sh_args_no_kwargs("method", kwnames) < 0 || sh_args_check_count("method", nargs, 2, 2) < 0)
    return NULL;
  if (!sh_callable(args[0]))
    return sh_err_format(&sh_exc_TypeError, "first argument must be callable");
  if (args[1] == SH_NONE) return sh_err_format(&sh_exc_TypeError, "instance must not be None");
  return sh_method_new(args[0], args[1]);
}

static ShMemberDef method_members[] = {
    {"__func__", SH_MEMBER_OBJECT, offsetof(ShMethod, func), SH_MEMBER_READONLY, NULL},
    {"__self__", SH_MEMBER_OBJECT, offsetof(ShMethod, self), SH_MEMBER_READONLY, NULL},
    {NULL},
};

ShType sh_type_method = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "method",
    .basicsize = sizeof(ShMethod),
    .flags = SH_TPFLAGS_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .call = method_call,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattro = method_getattro,
    .members = method_members,
    .new_ = method_tp_new,
};
