/* Coroutines, async generators (ShGenerators run by generator.c) and their
   awaitables; the helpers of await, async for and async with. */
#include <stdio.h>
#include <stdlib.h>

#include "coroutine.h"
#include "generator.h"
#include "../shoal.h"

/* Interned on first use: the ids table has no async names. */
static ShObject *name_await, *name_aiter, *name_anext;

static ShObject *id(ShObject **slot, const char *s) {
  if (!*slot) *slot = sh_str_intern_cstr(s);
  return *slot;
}
#define ID_AWAIT id(&name_await, "__await__")
#define ID_AITER id(&name_aiter, "__aiter__")
#define ID_ANEXT id(&name_anext, "__anext__")

static int visit_x(ShObject *o, sh_visitproc visit, void *arg) {
  return o ? visit(o, arg) : 0;
}

/* The frame is suspended in YIELD_FROM (an await), not at a YIELD. */
static bool awaiting(ShGenerator *g) {
  return g->frame && g->frame->state == SH_FRAME_SUSPENDED &&
         g->frame->resume_reg == SH_RESUME_INTO_SENT;
}

/* ------------------------------------------------------------ coroutine */

typedef struct {
  ShObject ob;
  ShObject *coro;
} CoroWrapper;

static ShObject *coro_await(ShObject *self) {
  CoroWrapper *w = (CoroWrapper *)sh_object_alloc(&sh_type_coroutine_wrapper, 0);
  if (!w) return NULL;
  w->coro = sh_newref(self);
  return SH_OBJ(w);
}

static ShObject *coro_repr(ShObject *o) {
  return sh_str_from_format("<coroutine object %U at %p>", ((ShGenerator *)o)->qualname, (void *)o);
}

static ShObject *get_none(ShObject *o, void *c) {
  SH_RETURN_NONE;
}

static ShGetSetDef coro_getset[] = {
    {"cr_running", sh_gen_get_running, NULL, NULL, NULL},
    {"cr_code", sh_gen_get_code, NULL, NULL, NULL},
    {"cr_frame", sh_gen_get_frame, NULL, NULL, NULL},
    {"cr_await", sh_gen_get_yieldfrom, NULL, NULL, NULL},
    {"cr_suspended", sh_gen_get_suspended, NULL, NULL, NULL},
    {"cr_origin", get_none, NULL, NULL, NULL},
    {"__name__", sh_gen_get_name, sh_gen_set_name, NULL, NULL},
    {"__qualname__", sh_gen_get_qualname, sh_gen_set_qualname, NULL, NULL},
    {NULL},
};

static ShMethodDef coro_methods[] = {
    {"send", sh_gen_send, SH_METH_O, NULL},
    {"throw", sh_gen_throw, SH_METH_FAST, NULL},
    {"close", sh_gen_close, SH_METH_NOARGS, NULL},
    {"__await__", coro_await, SH_METH_NOARGS, NULL},
    {NULL},
};

/* Not iterable: `await` reaches its frame through GET_AWAITABLE. */
ShType sh_type_coroutine = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "coroutine",
    .basicsize = sizeof(ShGenerator),
    .flags = SH_TPFLAGS_GC,
    .dealloc = sh_gen_dealloc,
    .traverse = sh_gen_traverse,
    .repr = coro_repr,
    .methods = coro_methods,
    .getset = coro_getset,
};

/* coroutine.__await__(): an iterator over the coroutine's steps. */

static void wrapper_dealloc(ShObject *o) {
  SH_CLEAR(((CoroWrapper *)o)->coro);
  sh_object_free(o);
}

static int wrapper_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  return visit_x(((CoroWrapper *)o)->coro, visit, arg);
}

static ShObject *wrapper_iter(ShObject *o) {
  return sh_newref(o);
}
static ShObject *wrapper_next(ShObject *o) {
  return sh_gen_iternext(((CoroWrapper *)o)->coro);
}
static ShObject *wrapper_send(ShObject *o, ShObject *v) {
  return sh_gen_send(((CoroWrapper *)o)->coro, v);
}
static ShObject *wrapper_throw(ShObject *o, ShObject *const *args, size_t nargs) {
  return sh_gen_throw(((CoroWrapper *)o)->coro, args, nargs);
}
static ShObject *wrapper_close(ShObject *o) {
  return sh_gen_close(((CoroWrapper *)o)->coro);
}

static ShMethodDef wrapper_methods[] = {
    {"send", wrapper_send, SH_METH_O, NULL},
    {"throw", wrapper_throw, SH_METH_FAST, NULL},
    {"close", wrapper_close, SH_METH_NOARGS, NULL},
    {NULL},
};

ShType sh_type_coroutine_wrapper = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .flags = SH_TPFLAGS_GC,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .iter = wrapper_iter,
    .iternext = wrapper_next,
    .methods = wrapper_methods,
};

/* ------------------------------------------------------- async generator */

typedef struct {
  ShGenerator gen;
  bool running_async; /* an asend/athrow awaitable is driving it */
  bool closed;        /* finished, or aclose() started */
} AsyncGen;

enum { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED };

/* What one step of the async generator means to the awaitable driving it:
   a value yielded by an await inside passes through (returned); its own
   `yield v` completes the awaitable with StopIteration(v); its end is
   StopAsyncIteration. `r` and `done` are sh_gen_resume's result. */
static ShObject *unwrap(AsyncGen *ag, ShObject *r, bool done) {
  if (r && done) { /* returned (always None) */
    sh_decref(r);
    r = NULL;
    sh_err_set_object(&sh_exc_StopAsyncIteration, NULL);
  }
  if (!r) {
    if (!sh_err_occurred()) sh_err_set_object(&sh_exc_StopAsyncIteration, NULL);
    if (sh_err_matches(&sh_exc_StopAsyncIteration) || sh_err_matches(&sh_exc_GeneratorExit))
      ag->closed = true;
    ag->running_async = false;
    return NULL;
  }
  if (awaiting(&ag->gen)) return r;
  ag->running_async = false;
  return sh_gen_stop_with(r);
}

typedef struct {
  ShObject ob;
  AsyncGen *gen;
  ShObject *sendval; /* asend(v)'s v; NULL for __anext__ */
  int state;
} ASend;

typedef struct {
  ShObject ob;
  AsyncGen *gen;
  ShObject *args; /* athrow()'s arguments; NULL for aclose() */
  int state;
} AThrow;

static ShObject *asend_new(AsyncGen *ag, ShObject *sendval) {
  ASend *a = (ASend *)sh_object_alloc(&sh_type_async_generator_asend, 0);
  if (!a) return NULL;
  a->gen = (AsyncGen *)sh_newref(SH_OBJ(ag));
  a->sendval = sendval ? sh_newref(sendval) : NULL;
  return SH_OBJ(a);
}

static ShObject *athrow_new(AsyncGen *ag, ShObject *args) {
  AThrow *t = (AThrow *)sh_object_alloc(&sh_type_async_generator_athrow, 0);
  if (!t) return NULL;
  t->gen = (AsyncGen *)sh_newref(SH_OBJ(ag));
  t->args = args;
  return SH_OBJ(t);
}

static ShObject *agen_aiter(ShObject *self) {
  return sh_newref(self);
}
static ShObject *agen_anext(ShObject *self) {
  return asend_new((AsyncGen *)self, NULL);
}
static ShObject *agen_asend(ShObject *self, ShObject *v) {
  return asend_new((AsyncGen *)self, v);
}
static ShObject *agen_aclose(ShObject *self) {
  return athrow_new((AsyncGen *)self, NULL);
}

/* The arguments are checked when the awaitable runs, as in CPython. */
static ShObject *agen_athrow(ShObject *self, ShObject *const *args, size_t nargs) {
  ShObject *t = sh_tuple_from_array(args, (intptr_t)nargs);
  if (!t) return NULL;
  ShObject *r = athrow_new((AsyncGen *)self, t);
  if (!r) sh_decref(t);
  return r;
}

static ShObject *agen_repr(ShObject *o) {
  return sh_str_from_format("<async_generator object %U at %p>", ((ShGenerator *)o)->qualname,
                            (void *)o);
}

static ShObject *agen_get_running(ShObject *o, void *c) {
  return sh_bool_from(((AsyncGen *)o)->running_async);
}

static ShGetSetDef agen_getset[] = {
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {"ag_code", sh_gen_get_code, NULL, NULL, NULL},
    {"ag_frame", sh_gen_get_frame, NULL, NULL, NULL},
    {"ag_await", sh_gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", sh_gen_get_name, sh_gen_set_name, NULL, NULL},
    {"__qualname__", sh_gen_get_qualname, sh_gen_set_qualname, NULL, NULL},
    {NULL},
};

static ShMethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, SH_METH_NOARGS, NULL},
    {"__anext__", agen_anext, SH_METH_NOARGS, NULL},
    {"asend", agen_asend, SH_METH_O, NULL},
    {"athrow", agen_athrow, SH_METH_FAST, NULL},
    {"aclose", agen_aclose, SH_METH_NOARGS, NULL},
    {NULL},
};

ShType sh_type_async_generator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "async_generator",
    .basicsize = sizeof(AsyncGen),
    .flags = SH_TPFLAGS_GC,
    .dealloc = sh_gen_dealloc,
    .traverse = sh_gen_traverse,
    .repr = agen_repr,
    .methods = agen_methods,
    .getset = agen_getset,
};

/* ------------------------------------ asend (also what __anext__ returns) */

static ShObject *asend_send(ShObject *self, ShObject *arg) {
  ASend *a = (ASend *)self;
  AsyncGen *ag = a->gen;
  if (a->state == AWAITABLE_CLOSED)
    return sh_err_format(&sh_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (a->state == AWAITABLE_INIT) {
    if (ag->running_async)
      return sh_err_format(&sh_exc_RuntimeError,
                           "anext(): asynchronous generator is already running");
    if (!arg || arg == SH_NONE) arg = a->sendval;
    a->state = AWAITABLE_ITER;
  }
  ag->running_async = true;
  bool done;
  ShObject *r = sh_gen_resume(&ag->gen, arg, false, &done);
  r = unwrap(ag, r, done);
  if (!r) a->state = AWAITABLE_CLOSED;
  return r;
}

static ShObject *asend_next(ShObject *self) {
  return asend_send(self, NULL);
}

static ShObject *asend_throw(ShObject *self, ShObject *const *args, size_t nargs) {
  ASend *a = (ASend *)self;
  if (a->state == AWAITABLE_CLOSED)
    return sh_err_format(&sh_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  bool done = false;
  ShObject *r = NULL, *exc = sh_gen_exception_from_args("throw", args, nargs);
  if (exc) {
    r = sh_gen_throw_into(&a->gen->gen, exc, &done);
    sh_decref(exc);
  }
  r = unwrap(a->gen, r, done);
  if (!r) a->state = AWAITABLE_CLOSED;
  return r;
}

static ShObject *awaitable_self(ShObject *self) {
  return sh_newref(self);
}

static ShObject *asend_close(ShObject *self) {
  ((ASend *)self)->state = AWAITABLE_CLOSED;
  SH_RETURN_NONE;
}

static void asend_dealloc(ShObject *o) {
  ASend *a = (ASend *)o;
  SH_CLEAR(a->gen);
  SH_CLEAR(a->sendval);
  sh_object_free(o);
}

static int asend_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ASend *a = (ASend *)o;
  if (visit_x(SH_OBJ(a->gen), visit, arg)) return 1;
  return visit_x(a->sendval, visit, arg);
}

static ShMethodDef asend_methods[] = {
    {"send", asend_send, SH_METH_O, NULL},
    {"throw", asend_throw, SH_METH_FAST, NULL},
    {"close", asend_close, SH_METH_NOARGS, NULL},
    {"__await__", awaitable_self, SH_METH_NOARGS, NULL},
    {NULL},
};

ShType sh_type_async_generator_asend = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "async_generator_asend",
    .basicsize = sizeof(ASend),
    .flags = SH_TPFLAGS_GC,
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .iter = awaitable_self,
    .iternext = asend_next,
    .methods = asend_methods,
};

/* ---------------------------------------------------- athrow and aclose */

/* aclose(): the generator's own yield after GeneratorExit is an error. */
static ShObject *ignored_exit(AThrow *t) {
  t->gen->running_async = false;
  t->state = AWAITABLE_CLOSED;
  return sh_err_format(&sh_exc_RuntimeError, "async generator ignored GeneratorExit");
}

/* aclose(): the generator ending (StopAsyncIteration / GeneratorExit)
   completes the awaitable normally. */
static ShObject *aclose_done(void) {
  if (sh_err_matches(&sh_exc_StopAsyncIteration) || sh_err_matches(&sh_exc_GeneratorExit)) {
    sh_err_clear();
    sh_err_set_object(&sh_exc_StopIteration, NULL);
  }
  return NULL;
}

/* One step of aclose() with sh_gen_resume/throw_into's result. */
static ShObject *aclose_step(AThrow *t, ShObject *r, bool done) {
  if (r && !done) {
    if (awaiting(&t->gen->gen)) return r;
    sh_decref(r);
    return ignored_exit(t);
  }
  if (r) { /* returned: the generator is over */
    sh_decref(r);
    sh_err_set_object(&sh_exc_StopAsyncIteration, NULL);
  }
  t->gen->running_async = false;
  t->state = AWAITABLE_CLOSED;
  return aclose_done();
}

static ShObject *athrow_send(ShObject *self, ShObject *arg) {
  AThrow *t = (AThrow *)self;
  AsyncGen *ag = t->gen;
  ShGenerator *g = &ag->gen;
  if (t->state == AWAITABLE_CLOSED)
    return sh_err_format(&sh_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (!g->frame) {
    t->state = AWAITABLE_CLOSED;
    sh_err_set_object(&sh_exc_StopIteration, NULL);
    return NULL;
  }
  bool done = false;
  ShObject *r;
  if (t->state == AWAITABLE_INIT) {
    if (ag->running_async) {
      t->state = AWAITABLE_CLOSED;
      return sh_err_format(&sh_exc_RuntimeError, "%s(): asynchronous generator is already running",
                           t->args ? "athrow" : "aclose");
    }
    if (ag->closed) {
      t->state = AWAITABLE_CLOSED;
      sh_err_set_object(&sh_exc_StopAsyncIteration, NULL);
      return NULL;
    }
    if (arg && arg != SH_NONE)
      return sh_err_format(&sh_exc_RuntimeError,
                           "can't send non-None value to a just-started coroutine");
    t->state = AWAITABLE_ITER;
    ag->running_async = true;
    ShObject *exc;
    if (!t->args) {
      ag->closed = true;
      exc = sh_exc_new(&sh_exc_GeneratorExit, NULL, 0);
    } else {
      exc = sh_gen_exception_from_args("athrow", SH_TUPLE_ITEMS(t->args),
                                       (size_t)SH_TUPLE_SIZE(t->args));
    }
    r = exc ? sh_gen_throw_into(g, exc, &done) : NULL;
    sh_xdecref(exc);
    if (!t->args) return aclose_step(t, r, done);
    r = unwrap(ag, r, done);
    if (!r) t->state = AWAITABLE_CLOSED;
    return r;
  }
  r = sh_gen_resume(g, arg, false, &done);
  if (t->args) return unwrap(ag, r, done);
  return aclose_step(t, r, done);
}

static ShObject *athrow_next(ShObject *self) {
  return athrow_send(self, SH_NONE);
}

static ShObject *athrow_throw(ShObject *self, ShObject *const *args, size_t nargs) {
  AThrow *t = (AThrow *)self;
  if (t->state == AWAITABLE_CLOSED)
    return sh_err_format(&sh_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  bool done = false;
  ShObject *r = NULL, *exc = sh_gen_exception_from_args("throw", args, nargs);
  if (exc) {
    r = sh_gen_throw_into(&t->gen->gen, exc, &done);
    sh_decref(exc);
  }
  if (t->args) return unwrap(t->gen, r, done);
  if (r && !done) {
    if (awaiting(&t->gen->gen)) return r;
    sh_decref(r);
    return ignored_exit(t);
  }
  if (r) {
    sh_decref(r);
    sh_err_set_object(&sh_exc_StopAsyncIteration, NULL);
  }
  return aclose_done();
}

static ShObject *athrow_close(ShObject *self) {
  ((AThrow *)self)->state = AWAITABLE_CLOSED;
  SH_RETURN_NONE;
}

static void athrow_dealloc(ShObject *o) {
  AThrow *t = (AThrow *)o;
  SH_CLEAR(t->gen);
  SH_CLEAR(t->args);
  sh_object_free(o);
}

static int athrow_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  AThrow *t = (AThrow *)o;
  if (visit_x(SH_OBJ(t->gen), visit, arg)) return 1;
  return visit_x(t->args, visit, arg);
}

static ShMethodDef athrow_methods[] = {
    {"send", athrow_send, SH_METH_O, NULL},
    {"throw", athrow_throw, SH_METH_FAST, NULL},
    {"close", athrow_close, SH_METH_NOARGS, NULL},
    {"__await__", awaitable_self, SH_METH_NOARGS, NULL},
    {NULL},
};

ShType sh_type_async_generator_athrow = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "async_generator_athrow",
    .basicsize = sizeof(AThrow),
    .flags = SH_TPFLAGS_GC,
    .dealloc = athrow_dealloc,
    .traverse = athrow_traverse,
    .iter = awaitable_self,
    .iternext = athrow_next,
    .methods = athrow_methods,
};

/* ------------------------------------------------ the instructions' helpers */

ShObject *sh_coro_get_awaitable(ShObject *o, uint32_t where) {
  if (SH_TYPE(o) == &sh_type_coroutine) {
    if (sh_gen_delegate((ShGenerator *)o))
      return sh_err_format(&sh_exc_RuntimeError, "coroutine is being awaited already");
    return sh_newref(o);
  }
  if (SH_TYPE(o) == &sh_type_async_generator_asend || SH_TYPE(o) == &sh_type_async_generator_athrow)
    return sh_newref(o);
  ShObject *meth = sh_object_lookup_special(o, ID_AWAIT);
  if (!meth) {
    if (sh_err_occurred()) return NULL;
    if (where == 1 || where == 2)
      return sh_err_format(&sh_exc_TypeError,
                           "'async with' received an object from %s that does not implement "
                           "__await__: %T",
                           where == 1 ? "__aenter__" : "__aexit__", o);
    return sh_err_format(&sh_exc_TypeError, "object %T can't be used in 'await' expression", o);
  }
  ShObject *it = sh_call0(meth);
  sh_decref(meth);
  if (!it) return NULL;
  if (SH_TYPE(it) == &sh_type_coroutine) {
    sh_decref(it);
    return sh_err_format(&sh_exc_TypeError, "__await__() returned a coroutine");
  }
  if (!SH_TYPE(it)->iternext) {
    sh_err_format(&sh_exc_TypeError, "__await__() returned non-iterator of type '%T'", it);
    sh_decref(it);
    return NULL;
  }
  return it;
}

ShObject *sh_coro_get_aiter(ShObject *o) {
  if (SH_TYPE(o) == &sh_type_async_generator) return sh_newref(o);
  ShObject *meth = sh_object_lookup_special(o, ID_AITER);
  if (!meth) {
    if (sh_err_occurred()) return NULL;
    return sh_err_format(&sh_exc_TypeError,
                         "'async for' requires an object with __aiter__ method, got %T", o);
  }
  ShObject *it = sh_call0(meth);
  sh_decref(meth);
  if (it && !sh_type_lookup(SH_TYPE(it), ID_ANEXT)) {
    sh_err_format(&sh_exc_TypeError,
                  "'async for' received an object from __aiter__ that does not implement "
                  "__anext__: %T",
                  it);
    SH_CLEAR(it);
  }
  return it;
}

ShObject *sh_coro_get_anext(ShObject *aiter) {
  if (SH_TYPE(aiter) == &sh_type_async_generator) return asend_new((AsyncGen *)aiter, NULL);
  ShObject *meth = sh_object_lookup_special(aiter, ID_ANEXT);
  if (!meth) {
    if (sh_err_occurred()) return NULL;
    return sh_err_format(&sh_exc_TypeError,
                         "'async for' requires an iterator with __anext__ method, got %T", aiter);
  }
  ShObject *next = sh_call0(meth);
  sh_decref(meth);
  if (!next) return NULL;
  ShObject *aw = sh_coro_get_awaitable(next, 0);
  if (!aw && sh_err_matches(&sh_exc_TypeError)) {
    ShObject *cause = sh_err_fetch();
    sh_err_format(&sh_exc_TypeError, "'async for' received an invalid object from __anext__: %T",
                  next);
    ShObject *exc = sh_err_fetch();
    sh_exc_set_context(exc, sh_newref(cause));
    sh_exc_set_cause(exc, cause);
    sh_err_restore(exc);
  }
  sh_decref(next);
  return aw;
}

/* ------------------------------------------------------------- warning */

/* Where a warning was already shown: CPython's "default" action shows it
   once per location and message. */
static ShObject *warned;

/* Line `lineno` of a file with its surrounding blanks stripped, into buf;
   false when there is none. */
static bool stripped_line(const char *filename, int lineno, char *buf, size_t size) {
  if (!filename || filename[0] == '<' || lineno < 1) return false;
  FILE *fp = fopen(filename, "r");
  if (!fp) return false;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = -1;
  for (int i = 0; i < lineno; i++)
    if ((n = getline(&line, &cap, fp)) < 0) break;
  fclose(fp);
  bool ok = false;
  if (n >= 0) {
    char *s = line, *e = line + n;
    while (*s == ' ' || *s == '\t' || *s == '\f')
      s++;
    while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
      e--;
    if (e > s) {
      snprintf(buf, size, "%.*s", (int)(e - s), s);
      ok = true;
    }
  }
  free(line);
  return ok;
}

/* CPython warns through warnings.warn(stacklevel=2, source=coro): the
   location is the running frame's, and with no frame (interpreter exit)
   the C fallback prints "sys:1". */
void sh_coro_warn_unawaited(ShObject *coro) {
  ShObject *saved = sh_err_fetch();
  ShFrame *f = sh_thread_state()->frame;
  ShObject *text;
  if (f) {
    int lineno = sh_frame_line(f);
    const char *filename = sh_str_utf8(f->code->filename);
    ShObject *key = sh_str_from_format("%s:%d:%U", filename ? filename : "?", lineno,
                                       ((ShGenerator *)coro)->qualname);
    if (!key) goto out;
    if (!warned) warned = sh_set_new(NULL);
    int seen = warned ? sh_set_contains(warned, key) : -1;
    if (seen == 0) seen = sh_set_add(warned, key);
    sh_decref(key);
    if (seen != 0) goto out;
    char line[1024];
    bool has_line = stripped_line(filename, lineno, line, sizeof line);
    text = sh_str_from_format("%s:%d: RuntimeWarning: coroutine '%U' was never awaited\n%s%s%s"
                              "RuntimeWarning: Enable tracemalloc to get the object allocation "
                              "traceback\n",
                              filename ? filename : "?", lineno, ((ShGenerator *)coro)->qualname,
                              has_line ? "  " : "", has_line ? line : "", has_line ? "\n" : "");
  } else {
    text = sh_str_from_format("sys:1: RuntimeWarning: coroutine '%U' was never awaited\n",
                              ((ShGenerator *)coro)->qualname);
  }
  if (!text) goto out;
  ShObject *err = sh_sys_get("stderr");
  ShObject *r = err && err != SH_NONE ? sh_call_method(err, SH_ID(write), &text, 1) : NULL;
  if (r) {
    sh_decref(r);
    r = sh_call_method(err, SH_ID(flush), NULL, 0);
    sh_xdecref(r);
  } else {
    const char *s = sh_str_utf8(text);
    if (s) fputs(s, stderr);
  }
  sh_decref(text);
out:
  sh_err_clear();
  sh_err_restore(saved);
}
