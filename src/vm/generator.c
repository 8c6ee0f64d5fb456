/* Generators: a heap frame resumed by send/throw/next, suspended at YIELD,
   with `yield from` delegation to a sub-iterator. Coroutines and async
   generators (coroutine.c) are made and resumed by the same code. */
#include <stdio.h>

#include "generator.h"
#include "function.h"
#include "opcodes.h"
#include "eval.h"
#include "../shoal.h"

ShObject *sh_generator_new(ShFrame *h) {
  uint32_t flags = h->code->flags;
  ShType *type = flags & SH_CO_COROUTINE         ? &sh_type_coroutine
                 : flags & SH_CO_ASYNC_GENERATOR ? &sh_type_async_generator
                                                 : &sh_type_generator;
  ShGenerator *g = (ShGenerator *)sh_object_alloc(type, 0);
  if (!g) {
    sh_frame_pop(sh_thread_state(), h);
    return NULL;
  }
  g->frame = h;
  h->gen = SH_OBJ(g);
  h->is_entry = 1;
  ShFunction *fn = (ShFunction *)h->func;
  g->name = sh_newref(fn ? fn->name : h->code->name);
  g->qualname = sh_newref(fn ? fn->qualname : h->code->qualname);
  return SH_OBJ(g);
}

static void finish(ShGenerator *g) {
  ShFrame *f = g->frame;
  g->frame = NULL;
  if (f) sh_frame_pop(sh_thread_state(), f);
}

/* "generator", "coroutine" or "async generator", for the messages. */
static const char *kind_of(ShGenerator *g) {
  if (SH_TYPE(g) == &sh_type_coroutine) return "coroutine";
  if (SH_TYPE(g) == &sh_type_async_generator) return "async generator";
  return "generator";
}

static ShObject *resume_claimed(ShGenerator *g, ShObject *value, bool throwing, bool *done);

/* Runs the frame once, delivering `value` (not throwing) or raising the
   current exception inside it (throwing). Two threads may resume one
   generator at once: the running flag is claimed atomically, and held
   until the frame is suspended again or finished. */
ShObject *sh_gen_resume(ShGenerator *g, ShObject *value, bool throwing, bool *done) {
  *done = false;
  bool idle = false;
  if (!__atomic_compare_exchange_n(&g->running, &idle, true, false, __ATOMIC_ACQUIRE,
                                   __ATOMIC_RELAXED))
    return sh_err_format(&sh_exc_ValueError, "%s already executing", kind_of(g));
  ShObject *r = resume_claimed(g, value, throwing, done);
  __atomic_store_n(&g->running, false, __ATOMIC_RELEASE);
  return r;
}

static ShObject *resume_claimed(ShGenerator *g, ShObject *value, bool throwing, bool *done) {
  ShFrame *f = g->frame;
  if (!f) {
    if (SH_TYPE(g) == &sh_type_coroutine)
      return sh_err_format(&sh_exc_RuntimeError, "cannot reuse already awaited coroutine");
    if (throwing) return NULL;
    *done = true;
    return sh_newref(SH_NONE);
  }
  bool started = f->state == SH_FRAME_SUSPENDED;
  if (!started && !throwing && value && value != SH_NONE) {
    return sh_err_format(&sh_exc_TypeError, "can't send non-None value to a just-started %s",
                         kind_of(g));
  }
  if (!started && throwing) {
    /* Thrown into a generator that never ran: it ends without running. */
    finish(g);
    return NULL;
  }
  if (throwing) {
    f->throwing = 1;
  } else if (started) {
    ShObject *v = sh_newref(value ? value : SH_NONE);
    if (f->resume_reg == SH_RESUME_INTO_SENT)
      SH_SETREF(f->sent, v);
    else if (f->resume_reg != SH_NO_REG) {
      ShRef old = f->regs[f->resume_reg];
      f->regs[f->resume_reg] = sh_ref_steal(v);
      sh_ref_close(old);
    } else
      sh_decref(v);
  }
  /* A generator has its own "exception being handled" (sys.exc_info()),
     swapped in while it runs; without one it sees its caller's. */
  ShThreadState *ts = sh_thread_state();
  ShObject *caller_exc = ts->handled_exc;
  if (g->exc_state) {
    ts->handled_exc = g->exc_state;
    g->exc_state = NULL;
  }
  ShObject *r = sh_eval_frame(ts, f);
  if (ts->handled_exc != caller_exc) {
    SH_SETREF(g->exc_state, ts->handled_exc);
    ts->handled_exc = caller_exc;
  }
  if (f->state == SH_FRAME_SUSPENDED) return r;
  finish(g);
  if (r) {
    *done = true;
    return r;
  }
  bool stop_async =
      SH_TYPE(g) == &sh_type_async_generator && sh_err_matches(&sh_exc_StopAsyncIteration);
  if (stop_async || sh_err_matches(&sh_exc_StopIteration)) {
    ShObject *cause = sh_err_fetch();
    char msg[64];
    snprintf(msg, sizeof msg, "%s raised %s", kind_of(g),
             stop_async ? "StopAsyncIteration" : "StopIteration");
    ShObject *exc = sh_exc_new_str(&sh_exc_RuntimeError, msg);
    if (exc) {
      sh_exc_set_cause(exc, cause);
      sh_err_restore(exc);
    } else {
      sh_decref(cause);
    }
  }
  return NULL;
}

/* The iterator a frame suspended in YIELD_FROM delegates to, or NULL. */
ShObject *sh_gen_delegate(ShGenerator *g) {
  ShFrame *f = g->frame;
  if (!f || f->state != SH_FRAME_SUSPENDED || f->resume_reg != SH_RESUME_INTO_SENT) return NULL;
  uint32_t *ip = f->code->code + f->pc;
  return sh_ref_obj(f->regs[ip[2]]);
}

static ShObject *close_iterator(ShObject *it) {
  ShObject *meth;
  int r = sh_object_lookup_attr(it, SH_ID(close), &meth);
  if (r <= 0) return r < 0 ? NULL : sh_newref(SH_NONE);
  ShObject *v = sh_call0(meth);
  sh_decref(meth);
  return v;
}

/* Raises exc inside g (after offering it to a delegate iterator). */
ShObject *sh_gen_throw_into(ShGenerator *g, ShObject *exc, bool *done) {
  *done = false;
  ShObject *sub = sh_gen_delegate(g);
  if (sub) {
    ShObject *yielded = NULL;
    bool sub_done = false;
    if (sh_type_check(exc, &sh_exc_GeneratorExit)) {
      ShObject *v = close_iterator(sub);
      if (!v) goto raise_in_frame_current;
      sh_decref(v);
    } else {
      if (SH_GEN_RESUMABLE(sub)) {
        yielded = sh_gen_throw_into((ShGenerator *)sub, exc, &sub_done);
      } else {
        ShObject *meth;
        int r = sh_object_lookup_attr(sub, SH_ID(throw), &meth);
        if (r < 0) goto raise_in_frame_current;
        if (r > 0) {
          yielded = sh_call1(meth, exc);
          sh_decref(meth);
          if (!yielded && sh_err_matches(&sh_exc_StopIteration)) {
            ShObject *stop = sh_err_fetch();
            yielded = sh_stop_iteration_value(stop);
            sh_decref(stop);
            sub_done = true;
            if (!yielded) goto raise_in_frame_current;
          }
        }
      }
      if (yielded && !sub_done) return yielded; /* the delegate yielded: so do we */
      if (yielded) {
        /* The delegate finished: its value is YIELD_FROM's result. */
        ShFrame *f = g->frame;
        uint32_t *ip = f->code->code + f->pc;
        ShRef old = f->regs[ip[1]];
        f->regs[ip[1]] = sh_ref_steal(yielded);
        sh_ref_close(old);
        f->pc += sh_insn_length(*ip);
        f->resume_reg = SH_NO_REG;
        return sh_gen_resume(g, NULL, false, done);
      }
      if (sh_err_occurred()) goto raise_in_frame_current;
    }
  }
  sh_err_restore(sh_newref(exc));
raise_in_frame_current:
  /* cur_pc still names the YIELD / YIELD_FROM the frame is suspended at */
  return sh_gen_resume(g, NULL, true, done);
}

ShObject *sh_generator_send(ShObject *gen, ShObject *value, bool *done) {
  return sh_gen_resume((ShGenerator *)gen, value, false, done);
}

ShObject *sh_gen_delegate_send(ShObject *it, ShObject *value, bool *done) {
  *done = false;
  if (SH_GEN_RESUMABLE(it)) return sh_gen_resume((ShGenerator *)it, value, false, done);
  ShObject *r;
  if (!value || value == SH_NONE) {
    r = SH_TYPE(it)->iternext ? SH_TYPE(it)->iternext(it) : NULL;
    if (!SH_TYPE(it)->iternext)
      return sh_err_format(&sh_exc_TypeError, "'%T' object is not an iterator", it);
    if (r) return r;
    if (!sh_err_occurred()) {
      *done = true;
      return sh_newref(SH_NONE);
    }
  } else {
    r = sh_call_method(it, SH_ID(send), &value, 1);
    if (r) return r;
  }
  if (!sh_err_matches(&sh_exc_StopIteration)) return NULL;
  ShObject *stop = sh_err_fetch();
  r = sh_stop_iteration_value(stop);
  sh_decref(stop);
  *done = r != NULL;
  return r;
}

/* ------------------------------------------------------- Python methods */

/* Exhaustion is a NULL without exception, unless the generator returned a
   value, which travels in a StopIteration as CPython does. */
ShObject *sh_gen_iternext(ShObject *self) {
  bool done;
  ShObject *r = sh_gen_resume((ShGenerator *)self, NULL, false, &done);
  if (r && done) {
    if (r != SH_NONE) return sh_gen_stop_with(r);
    sh_decref(r);
    return NULL;
  }
  return r;
}

ShObject *sh_gen_stop_with(ShObject *value) {
  if (value == SH_NONE) {
    sh_err_set_object(&sh_exc_StopIteration, NULL);
  } else {
    ShObject *exc = sh_exc_new(&sh_exc_StopIteration, &value, 1);
    if (exc) sh_err_restore(exc);
  }
  sh_decref(value);
  return NULL;
}

ShObject *sh_gen_send(ShObject *self, ShObject *value) {
  bool done;
  ShObject *r = sh_gen_resume((ShGenerator *)self, value, false, &done);
  return r && done ? sh_gen_stop_with(r) : r;
}

/* throw(value) or the deprecated throw(type[, value[, tb]]) */
ShObject *sh_gen_throw(ShObject *self, ShObject *const *args, size_t nargs) {
  ShObject *exc = sh_gen_exception_from_args("throw", args, nargs);
  if (!exc) return NULL;
  bool done;
  ShObject *r = sh_gen_throw_into((ShGenerator *)self, exc, &done);
  sh_decref(exc);
  return r && done ? sh_gen_stop_with(r) : r;
}

ShObject *sh_gen_exception_from_args(const char *fname, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count(fname, nargs, 1, 3) < 0) return NULL;
  ShObject *typ = args[0], *val = nargs > 1 ? args[1] : NULL, *exc;
  if (SH_EXC_CLASS_CHECK(typ)) {
    if (val && val != SH_NONE && sh_type_check(val, (ShType *)typ))
      exc = sh_newref(val);
    else if (val && val != SH_NONE && SH_TUPLE_CHECK(val))
      exc = sh_exc_new((ShType *)typ, SH_TUPLE_ITEMS(val), SH_TUPLE_SIZE(val));
    else
      exc = sh_exc_new((ShType *)typ, val && val != SH_NONE ? &val : NULL, val && val != SH_NONE);
    if (!exc) return NULL;
  } else if (SH_EXC_CHECK(typ)) {
    if (val && val != SH_NONE)
      return sh_err_format(&sh_exc_TypeError, "instance exception may not have a separate value");
    exc = sh_newref(typ);
  } else {
    return sh_err_format(
        &sh_exc_TypeError,
        "exceptions must be classes or instances deriving from BaseException, not %T", typ);
  }
  if (nargs > 2 && args[2] != SH_NONE) sh_exc_set_traceback(exc, args[2]);
  return exc;
}

ShObject *sh_gen_close(ShObject *self) {
  ShGenerator *g = (ShGenerator *)self;
  if (!g->frame) SH_RETURN_NONE;
  if (g->frame->state != SH_FRAME_SUSPENDED) {
    finish(g);
    SH_RETURN_NONE;
  }
  ShObject *exc = sh_exc_new(&sh_exc_GeneratorExit, NULL, 0);
  if (!exc) return NULL;
  bool done;
  ShObject *r = sh_gen_throw_into(g, exc, &done);
  sh_decref(exc);
  if (r) {
    sh_decref(r);
    if (done) SH_RETURN_NONE;
    return sh_err_format(&sh_exc_RuntimeError, "%s ignored GeneratorExit", kind_of(g));
  }
  if (sh_err_matches(&sh_exc_GeneratorExit) || sh_err_matches(&sh_exc_StopIteration)) {
    sh_err_clear();
    SH_RETURN_NONE;
  }
  return NULL;
}

void sh_gen_dealloc(ShObject *o) {
  ShGenerator *g = (ShGenerator *)o;
  if (g->frame && g->frame->state == SH_FRAME_SUSPENDED) {
    /* Run its finally blocks, as CPython does when a generator dies. */
    ShObject *saved = sh_err_fetch();
    sh_refcount_resurrect(o);
    ShObject *r = sh_gen_close(o);
    if (r)
      sh_decref(r);
    else
      sh_err_write_unraisable(sh_err_fetch(), o);
    bool dead = sh_refcount_resurrect_end(o);
    sh_err_restore(saved);
    if (!dead) return;
  } else if (g->frame && SH_TYPE(o) == &sh_type_coroutine) {
    sh_coro_warn_unawaited(o);
  }
  finish(g);
  SH_CLEAR(g->exc_state);
  SH_CLEAR(g->name);
  SH_CLEAR(g->qualname);
  sh_object_free(o);
}

int sh_gen_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShFrame *f = ((ShGenerator *)o)->frame;
  if (!f) return 0;
  for (uint32_t i = 0; i < f->nregs; i++) /* a borrowed register holds no count to visit */
    if (f->regs[i] && !sh_ref_is_borrowed(f->regs[i]) && visit(sh_ref_obj(f->regs[i]), arg))
      return 1;
  /* the function, through its closure, may lead back to the generator */
  if (f->func && !f->func_borrowed && visit(f->func, arg)) return 1;
  return f->locals_dict ? visit(f->locals_dict, arg) : 0;
}

static ShObject *gen_repr(ShObject *o) {
  return sh_str_from_format("<generator object %U at %p>", ((ShGenerator *)o)->qualname, (void *)o);
}

static ShObject *gen_iter(ShObject *o) {
  return sh_newref(o);
}

ShObject *sh_gen_get_running(ShObject *o, void *c) {
  return sh_bool_from(__atomic_load_n(&((ShGenerator *)o)->running, __ATOMIC_RELAXED));
}
ShObject *sh_gen_get_code(ShObject *o, void *c) {
  ShGenerator *g = (ShGenerator *)o;
  return g->frame ? sh_newref(SH_OBJ(g->frame->code)) : sh_newref(SH_NONE);
}
ShObject *sh_gen_get_frame(ShObject *o, void *c) {
  ShGenerator *g = (ShGenerator *)o;
  return g->frame ? sh_frame_object_new(g->frame, false) : sh_newref(SH_NONE);
}
ShObject *sh_gen_get_suspended(ShObject *o, void *c) {
  ShGenerator *g = (ShGenerator *)o;
  return sh_bool_from(g->frame && g->frame->state == SH_FRAME_SUSPENDED);
}
ShObject *sh_gen_get_yieldfrom(ShObject *o, void *c) {
  ShObject *d = sh_gen_delegate((ShGenerator *)o);
  return sh_newref(d ? d : SH_NONE);
}
ShObject *sh_gen_get_name(ShObject *o, void *c) {
  return sh_newref(((ShGenerator *)o)->name);
}
ShObject *sh_gen_get_qualname(ShObject *o, void *c) {
  return sh_newref(((ShGenerator *)o)->qualname);
}
int sh_gen_set_name(ShObject *o, ShObject *v, void *c) {
  if (!v || !SH_STR_CHECK(v)) {
    sh_err_set_string(&sh_exc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  SH_SETREF(((ShGenerator *)o)->name, sh_newref(v));
  return 0;
}
int sh_gen_set_qualname(ShObject *o, ShObject *v, void *c) {
  if (!v || !SH_STR_CHECK(v)) {
    sh_err_set_string(&sh_exc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  SH_SETREF(((ShGenerator *)o)->qualname, sh_newref(v));
  return 0;
}

static ShGetSetDef gen_getset[] = {
    {"gi_running", sh_gen_get_running, NULL, NULL, NULL},
    {"gi_code", sh_gen_get_code, NULL, NULL, NULL},
    {"gi_frame", sh_gen_get_frame, NULL, NULL, NULL},
    {"gi_suspended", sh_gen_get_suspended, NULL, NULL, NULL},
    {"gi_yieldfrom", sh_gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", sh_gen_get_name, sh_gen_set_name, NULL, NULL},
    {"__qualname__", sh_gen_get_qualname, sh_gen_set_qualname, NULL, NULL},
    {NULL},
};

static ShMethodDef gen_methods[] = {
    {"send", sh_gen_send, SH_METH_O, NULL},
    {"throw", sh_gen_throw, SH_METH_FAST, NULL},
    {"close", sh_gen_close, SH_METH_NOARGS, NULL},
    {NULL},
};

ShType sh_type_generator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "generator",
    .basicsize = sizeof(ShGenerator),
    .flags = SH_TPFLAGS_GC,
    .dealloc = sh_gen_dealloc,
    .traverse = sh_gen_traverse,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = sh_gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
};
