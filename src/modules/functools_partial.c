/* functools.partial in C (module _functools): calls go straight through the
   vectorcall convention, and threads may call one partial while another
   replaces its state with __setstate__. */
#include <stddef.h>
#include <string.h>
#include "../shoal.h"
#include "../objects/container_util.h"
#include "../runtime/field.h"
#include "functools_internal.h"

/* func, args and keywords live together in one tuple, `state`, which
   __setstate__ replaces whole (a field threads replace, runtime/field.h):
   a call counts the tuple once and so holds all three, and never pairs the
   func of one state with the args of another. The tuple is ours alone;
   `keywords` is handed out (p.keywords is the dict itself, as in CPython,
   and Python code may change it), so it is only read through the dict's
   own thread-safe API. */
typedef struct {
  ShObject ob;
  ShObject *state; /* (func, args tuple, keywords dict); NULL once cleared */
  ShObject *dict;
  ShObject *weakrefs;
} Partial;

#define PART(o) ((Partial *)(o))
enum { S_FUNC, S_ARGS, S_KW };

static ShType partial_type;
static ShObject *partial_call(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames);

static ShObject *state_get(ShObject *self) {
  ShObject *st = sh_field_get_ref(self, &PART(self)->state);
  if (!st) sh_err_set_string(&sh_exc_RuntimeError, "the partial object was cleared");
  return st;
}

/* A dict of the call's keywords, or a new empty one. */
static ShObject *kwargs_dict(ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *d = sh_dict_new();
  if (!d || !kwnames) return d;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(kwnames); i++)
    if (sh_dict_set_item(d, SH_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0) {
      sh_decref(d);
      return NULL;
    }
  return d;
}

/* Another partial whose call is ours and which has no __dict__ is unwrapped,
   as CPython does: partial(partial(f, 1), 2) is partial(f, 1, 2). */
static ShObject *partial_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (nargs < 1) {
    sh_err_set_string(&sh_exc_TypeError, "type 'partial' takes at least one argument");
    return NULL;
  }
  ShObject *func = args[0];
  if (!sh_callable(func)) {
    sh_err_set_string(&sh_exc_TypeError, "the first argument must be callable");
    return NULL;
  }
  ShObject *inner = NULL;
  if (SH_TYPE(func)->call == partial_call &&
      !__atomic_load_n(&PART(func)->dict, __ATOMIC_ACQUIRE)) {
    inner = sh_field_get_ref(func, &PART(func)->state);
    if (inner) func = SH_TUPLE_GET(inner, S_FUNC);
  }
  ShObject *pargs = NULL, *kw = NULL, *st = NULL;
  if (inner) {
    ShObject *iargs = SH_TUPLE_GET(inner, S_ARGS);
    intptr_t ni = SH_TUPLE_SIZE(iargs);
    pargs = sh_tuple_new(ni + (intptr_t)nargs - 1);
    if (!pargs) goto done;
    for (intptr_t i = 0; i < ni; i++)
      SH_TUPLE_ITEMS(pargs)[i] = sh_newref(SH_TUPLE_GET(iargs, i));
    for (size_t i = 1; i < nargs; i++)
      SH_TUPLE_ITEMS(pargs)[ni + (intptr_t)i - 1] = sh_newref(args[i]);
    kw = sh_dict_copy(SH_TUPLE_GET(inner, S_KW));
    if (!kw) goto done;
    for (intptr_t i = 0; kwnames && i < SH_TUPLE_SIZE(kwnames); i++)
      if (sh_dict_set_item(kw, SH_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0) goto done;
  } else {
    pargs = sh_tuple_from_array(args + 1, (intptr_t)nargs - 1);
    if (!pargs) goto done;
    kw = kwargs_dict(args, nargs, kwnames);
    if (!kw) goto done;
  }
  st = sh_tuple_pack(3, func, pargs, kw);
done:
  sh_xdecref(inner);
  sh_xdecref(pargs);
  sh_xdecref(kw);
  if (!st) return NULL;
  Partial *p = (Partial *)sh_object_alloc(type, 0);
  if (!p) {
    sh_decref(st);
    return NULL;
  }
  p->state = st;
  return SH_OBJ(p);
}

/* ------------------------------------------------------------- calling */

#define SMALL_STACK 8

/* The partial's positional arguments, then the call's, then the call's
   keyword values, on one stack: no tuple is built. */
static ShObject *call_positional(ShObject *func, ShObject *pargs, ShObject *const *args,
                                 size_t nargs, ShObject *kwnames) {
  size_t np = (size_t)SH_TUPLE_SIZE(pargs);
  if (np == 0) return sh_call(func, args, nargs, kwnames);
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0, total = np + nargs + nkw;
  ShObject *small[SMALL_STACK];
  ShObject **stack = total <= SMALL_STACK ? small : sh_mem_alloc(total * sizeof(ShObject *));
  if (!stack) return sh_err_no_memory();
  /* plain loops: a few pointers, where memcpy's call costs more */
  ShObject *const *items = SH_TUPLE_ITEMS(pargs);
  for (size_t i = 0; i < np; i++)
    stack[i] = items[i];
  for (size_t i = 0; i < nargs + nkw; i++)
    stack[np + i] = args[i];
  ShObject *r = sh_call(func, stack, np + nargs, kwnames);
  if (stack != small) sh_mem_free(stack);
  return r;
}

/* With keywords of its own: the partial's keywords in their order, a value
   the call passes for the same name replacing theirs, then the call's
   other keywords (the order of {**keywords, **call_keywords}). The
   keywords dict is read entry by entry through sh_dict_next_ref, which
   counts what it hands out, since Python code may change it meanwhile. */
static ShObject *call_keywords(ShObject *func, ShObject *pargs, ShObject *kw, ShObject *const *args,
                               size_t nargs, ShObject *kwnames) {
  size_t np = (size_t)SH_TUPLE_SIZE(pargs), nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  size_t cap = (size_t)sh_dict_size(kw) + 4, m = 0;
  ShObject **pairs = sh_mem_alloc(2 * cap * sizeof(ShObject *)); /* key, value, ... */
  ShObject **stack = NULL, *names = NULL, *r = NULL;
  bool *used = NULL;
  if (!pairs) return sh_err_no_memory();
  intptr_t pos = 0;
  ShObject *k, *v;
  while (sh_dict_next_ref(kw, &pos, &k, &v, NULL) == 1) {
    if (m == cap) {
      ShObject **grown = sh_mem_realloc(pairs, 4 * cap * sizeof(ShObject *));
      if (!grown) {
        sh_decref(k);
        sh_decref(v);
        sh_err_no_memory();
        goto done;
      }
      pairs = grown;
      cap *= 2;
    }
    pairs[2 * m] = k;
    pairs[2 * m + 1] = v;
    m++;
    if (!SH_STR_CHECK(k)) {
      sh_err_set_string(&sh_exc_TypeError, "keywords must be strings");
      goto done;
    }
  }
  stack = sh_mem_alloc((np + nargs + m + nkw) * sizeof(ShObject *));
  used = sh_mem_calloc(nkw + 1, sizeof(bool));
  if (!stack || !used) {
    sh_err_no_memory();
    goto done;
  }
  size_t nnames = m;
  for (size_t i = 0; i < m; i++) {
    ShObject *value = pairs[2 * i + 1];
    for (size_t j = 0; j < nkw; j++)
      if (!used[j] && sh_str_equal(pairs[2 * i], SH_TUPLE_GET(kwnames, (intptr_t)j))) {
        used[j] = true;
        value = args[nargs + j];
        break;
      }
    stack[np + nargs + i] = value;
  }
  for (size_t j = 0; j < nkw; j++)
    if (!used[j]) nnames++;
  if (!(names = sh_tuple_new((intptr_t)nnames))) goto done;
  for (size_t i = 0; i < m; i++)
    SH_TUPLE_ITEMS(names)[i] = sh_newref(pairs[2 * i]);
  for (size_t j = 0, i = m; j < nkw; j++)
    if (!used[j]) {
      SH_TUPLE_ITEMS(names)[i] = sh_newref(SH_TUPLE_GET(kwnames, (intptr_t)j));
      stack[np + nargs + i++] = args[nargs + j];
    }
  memcpy(stack, SH_TUPLE_ITEMS(pargs), np * sizeof(ShObject *));
  if (nargs) memcpy(stack + np, args, nargs * sizeof(ShObject *));
  r = sh_call(func, stack, np + nargs, names);
done:
  for (size_t i = 0; i < 2 * m; i++)
    sh_decref(pairs[i]);
  sh_mem_free(pairs);
  sh_mem_free(stack);
  sh_mem_free(used);
  sh_xdecref(names);
  return r;
}

static ShObject *partial_call(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *st = state_get(self);
  if (!st) return NULL;
  ShObject *func = SH_TUPLE_GET(st, S_FUNC), *pargs = SH_TUPLE_GET(st, S_ARGS);
  ShObject *kw = SH_TUPLE_GET(st, S_KW);
  ShObject *r = sh_dict_size(kw) == 0 ? call_positional(func, pargs, args, nargs, kwnames)
                                      : call_keywords(func, pargs, kw, args, nargs, kwnames);
  sh_decref(st);
  return r;
}

/* ---------------------------------------------------- repr and pickling */

/* functools.partial(<function f at 0x...>, 1, b=2); a subclass shows its
   own name; "..." when the partial is reached again while being shown. */
static ShObject *partial_repr(ShObject *self) {
  int rc = sh_repr_enter(self);
  if (rc != 0) return rc > 0 ? sh_str_from_cstr("...") : NULL;
  ShObject *r = NULL, *st = state_get(self), *list = sh_str_from_cstr("");
  if (!st || !list) goto done;
  ShObject *pargs = SH_TUPLE_GET(st, S_ARGS);
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(pargs); i++) {
    ShObject *next = sh_str_from_format("%U, %R", list, SH_TUPLE_GET(pargs, i));
    SH_SETREF(list, next);
    if (!list) goto done;
  }
  intptr_t pos = 0;
  ShObject *k, *v;
  while (sh_dict_next_ref(SH_TUPLE_GET(st, S_KW), &pos, &k, &v, NULL) == 1) {
    ShObject *next = sh_str_from_format("%U, %S=%R", list, k, v);
    sh_decref(k);
    sh_decref(v);
    SH_SETREF(list, next);
    if (!list) goto done;
  }
  r = sh_str_from_format("%s(%R%U)", SH_TYPE(self)->name, SH_TUPLE_GET(st, S_FUNC), list);
done:
  sh_xdecref(st);
  sh_xdecref(list);
  sh_repr_leave(self);
  return r;
}

/* (type(p), (func,), (func, args, keywords, __dict__ or None)) */
static ShObject *partial_reduce(ShObject *self) {
  ShObject *st = state_get(self);
  if (!st) return NULL;
  ShObject *func = SH_TUPLE_GET(st, S_FUNC);
  ShObject *d = sh_field_get_ref(self, &PART(self)->dict);
  ShObject *r = NULL, *cargs = sh_tuple_pack(1, func);
  ShObject *state =
      sh_tuple_pack(4, func, SH_TUPLE_GET(st, S_ARGS), SH_TUPLE_GET(st, S_KW), d ? d : SH_NONE);
  if (cargs && state) r = sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), cargs, state);
  sh_xdecref(cargs);
  sh_xdecref(state);
  sh_xdecref(d);
  sh_decref(st);
  return r;
}

static ShObject *invalid_state(void) {
  sh_err_set_string(&sh_exc_TypeError, "invalid partial state");
  return NULL;
}

/* CPython's checks: a 4-tuple (func, args, keywords, dict), func callable,
   args a tuple (a subclass is copied), keywords a dict or None (a subclass
   is copied). CPython stores any dict value it is given; shoal needs a
   dict or None there (attribute lookups read the slot as a dict). */
static ShObject *partial_setstate(ShObject *self, ShObject *state) {
  if (!SH_TUPLE_CHECK(state) || SH_TUPLE_SIZE(state) != 4) return invalid_state();
  ShObject *func = SH_TUPLE_GET(state, 0), *fargs = SH_TUPLE_GET(state, 1);
  ShObject *kw = SH_TUPLE_GET(state, 2), *d = SH_TUPLE_GET(state, 3);
  if (!sh_callable(func) || !SH_TUPLE_CHECK(fargs) || (kw != SH_NONE && !SH_DICT_CHECK(kw)) ||
      (d != SH_NONE && !SH_DICT_CHECK(d)))
    return invalid_state();
  fargs = SH_TUPLE_CHECK_EXACT(fargs) ? sh_newref(fargs) : sh_sequence_tuple(fargs);
  if (!fargs) return NULL;
  if (kw == SH_NONE) {
    kw = sh_dict_new();
  } else if (SH_DICT_CHECK_EXACT(kw)) {
    kw = sh_newref(kw);
  } else {
    ShObject *copy = sh_dict_new();
    if (copy && sh_dict_merge(copy, kw, 1) < 0) SH_CLEAR(copy);
    kw = copy;
  }
  ShObject *st = kw ? sh_tuple_pack(3, func, fargs, kw) : NULL;
  sh_decref(fargs);
  sh_xdecref(kw);
  if (!st) return NULL;
  sh_xdecref(sh_field_swap(self, &PART(self)->state, st));
  sh_functools_replace_dict(self, offsetof(Partial, dict), d == SH_NONE ? NULL : d);
  return sh_newref(SH_NONE);
}

static ShObject *partial_class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

/* ----------------------------------------------------------- attributes */

static ShObject *get_state_item(ShObject *self, void *which) {
  ShObject *st = sh_field_get_ref(self, &PART(self)->state);
  if (!st) return sh_newref(SH_NONE);
  ShObject *v = sh_newref(SH_TUPLE_GET(st, (intptr_t)which));
  sh_decref(st);
  return v;
}

static int set_readonly(ShObject *self, ShObject *value, void *which) {
  (void)self;
  (void)value;
  (void)which;
  sh_err_set_string(&sh_exc_AttributeError, "readonly attribute");
  return -1;
}

static ShGetSetDef partial_getset[] = {
    {"func", get_state_item, set_readonly, "function object to use in future partial calls",
     (void *)S_FUNC},
    {"args", get_state_item, set_readonly, "tuple of arguments to future partial calls",
     (void *)S_ARGS},
    {"keywords", get_state_item, set_readonly,
     "dictionary of keyword arguments to future partial calls", (void *)S_KW},
    {"__dict__", sh_functools_get_dict, sh_functools_set_dict, NULL,
     (void *)offsetof(Partial, dict)},
    {NULL, NULL, NULL, NULL, NULL}};

static ShMethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, SH_METH_NOARGS, NULL},
    {"__setstate__", partial_setstate, SH_METH_O, NULL},
    {"__class_getitem__", partial_class_getitem, SH_METH_O | SH_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}};

/* ---------------------------------------------------------------- life */

static void partial_dealloc(ShObject *self) {
  Partial *p = PART(self);
  SH_CLEAR(p->state);
  SH_CLEAR(p->dict);
  sh_object_free(self);
}

/* The collector calls this with the world stopped; gc.get_referents while
   other threads run, when the mutex keeps the state from being replaced
   and dropped under the visitor. */
static int partial_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  Partial *p = PART(self);
  sh_object_lock(self);
  int r = p->state ? visit(p->state, arg) : 0;
  sh_object_unlock(self);
  if (r) return r;
  ShObject *d = __atomic_load_n(&p->dict, __ATOMIC_ACQUIRE);
  return d ? visit(d, arg) : 0;
}

static int partial_clear(ShObject *self) {
  sh_xdecref(sh_field_swap(self, &PART(self)->state, NULL));
  SH_CLEAR(PART(self)->dict);
  return 0;
}

static ShType partial_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "functools.partial",
    .basicsize = sizeof(Partial),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
    .dealloc = partial_dealloc,
    .repr = partial_repr,
    .call = partial_call,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .new_ = partial_new,
    .methods = partial_methods,
    .getset = partial_getset,
    .dictoffset = offsetof(Partial, dict),
    .weaklistoffset = offsetof(Partial, weakrefs),
};

int sh_functools_add_partial(ShObject *m) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&partial_type) < 0) return -1;
    atomic_store(&ready, true);
  }
  return sh_module_add_object(m, "partial", sh_newref(SH_OBJ(&partial_type)));
}
