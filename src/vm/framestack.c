/* The per-thread frame stack: register windows bump-allocated from chunks,
   so a Python call costs no malloc. Generator frames are copied out. */
#include <string.h>

#include "frame.h"
#include "function.h"
#include "../shoal.h"

#define CHUNK_BYTES (256 * 1024)

typedef struct Chunk {
  struct Chunk *prev;
  char *top, *end;
  char data[];
} Chunk;

/* One stack per thread: the chunk in use; older chunks are kept below. */
static _Thread_local Chunk *current_chunk;

static size_t frame_bytes(ShCode *code) {
  return (sizeof(ShFrame) + code->nregs * sizeof(ShRef) + 15) & ~(size_t)15;
}

/* Room for a frame of code on the stack, header set, registers NOT zeroed. */
static ShFrame *frame_alloc(ShThreadState *ts, ShCode *code) {
  if (ts->recursion_depth >= sh_recursion_limit) {
    sh_err_set_string(&sh_exc_RecursionError, "maximum recursion depth exceeded");
    return NULL;
  }
  size_t need = frame_bytes(code);
  Chunk *c = current_chunk;
  if (!c || (size_t)(c->end - c->top) < need) {
    size_t size = need + sizeof(Chunk) > CHUNK_BYTES ? need + sizeof(Chunk) : CHUNK_BYTES;
    Chunk *n = sh_mem_alloc(size);
    if (!n) {
      sh_err_no_memory();
      return NULL;
    }
    n->prev = c;
    n->top = n->data;
    n->end = (char *)n + size;
    current_chunk = c = n;
  }
  ShFrame *f = (ShFrame *)c->top;
  c->top += need;
  /* field by field: a compound literal becomes a memset call */
  f->code = code;
  f->func = f->globals = f->builtins = f->locals = NULL;
  f->back = NULL;
  f->pc = f->cur_pc = f->result_reg = 0;
  f->resume_reg = SH_NO_REG;
  f->is_entry = f->state = f->on_heap = f->throwing = f->func_borrowed = 0;
  f->borrows = 1;
  f->gen = f->sent = f->locals_dict = f->frame_obj = NULL;
  f->nregs = code->nregs;
  ts->recursion_depth++;
  return f;
}

ShFrame *sh_frame_push(ShThreadState *ts, ShCode *code) {
  ShFrame *f = frame_alloc(ts, code);
  if (f) memset(f->regs, 0, code->nregs * sizeof(ShRef));
  return f;
}

void sh_frame_clear(ShFrame *f) {
  if (f->frame_obj) sh_frame_object_detach(f); /* reads the registers */
  ShRef *regs = f->regs;
  for (uint32_t i = 0, n = f->nregs; i < n; i++) {
    ShRef r = regs[i];
    if (!r) continue;
    regs[i] = SH_REF_NULL;
    sh_ref_close(r);
  }
  if (!f->borrows) {
    SH_CLEAR(f->globals);
    SH_CLEAR(f->builtins);
    SH_CLEAR(f->code);
  }
  f->globals = f->builtins = NULL;
  f->code = NULL;
  if (f->func_borrowed)
    f->func = NULL;
  else
    SH_CLEAR(f->func);
  /* usually all NULL: skip the stores */
  if (f->locals) SH_CLEAR(f->locals);
  if (f->sent) SH_CLEAR(f->sent);
  if (f->locals_dict) SH_CLEAR(f->locals_dict);
}

void sh_frame_pop(ShThreadState *ts, ShFrame *f) {
  sh_frame_clear(f);
  if (f->on_heap) {
    sh_mem_free(f);
    return;
  }
  ts->recursion_depth--;
  Chunk *c = current_chunk;
  c->top = (char *)f;
  /* An emptied chunk goes back unless it is the last one. */
  if (c->top == c->data && c->prev) {
    current_chunk = c->prev;
    sh_mem_free(c);
  }
}

ShFrame *sh_frame_copy_to_heap(ShFrame *f) {
  size_t need = frame_bytes(f->code);
  ShFrame *h = sh_mem_alloc(need);
  if (!h) {
    sh_err_no_memory();
    return NULL;
  }
  memcpy(h, f, need);
  h->on_heap = 1;
  if (h->frame_obj) sh_frame_object_detach(h); /* a heap frame has none */
  sh_frame_own_references(h);
  /* The stack copy gives its references to the heap copy. */
  sh_thread_state()->recursion_depth--;
  Chunk *c = current_chunk;
  c->top = (char *)f;
  if (c->top == c->data && c->prev) {
    current_chunk = c->prev;
    sh_mem_free(c);
  }
  return h;
}

int sh_frame_init_cells(ShFrame *f, ShObject *closure) {
  ShCode *co = f->code;
  for (uint32_t i = 0; i < co->ncells; i++) {
    ShObject *cell = sh_cell_new(NULL);
    if (!cell) return -1;
    f->regs[co->nlocals + i] = sh_ref_steal(cell);
  }
  /* borrowed: the function holds them in its closure (a tuple, never
     replaced) and the frame holds the function (or, deferred, the
     collector sees it through the frame): N threads calling one closure
     write nothing they share */
  for (uint32_t i = 0; i < co->nfree; i++)
    f->regs[co->nlocals + co->ncells + i] = sh_ref_borrow(SH_TUPLE_GET(closure, i));
  return 0;
}

/* A frame for a call of Python function func, registers not set. */
static inline ShFrame *function_frame(ShThreadState *ts, ShObject *func) {
  ShFunction *fn = (ShFunction *)func;
  ShFrame *f = frame_alloc(ts, fn->code);
  if (!f) return NULL;
  if (!sh_is_deferred(func) &&
      atomic_load_explicit(&func->tid, memory_order_relaxed) == sh_thread_id()) {
    f->func = sh_newref(func);
  } else {
    sh_defer_if_shared(func); /* a closure or callback other threads call */
    f->func = func;
    f->func_borrowed = sh_is_deferred(func);
    if (!f->func_borrowed) sh_incref(func);
  }
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  return f;
}

ShFrame *sh_frame_push_function(ShThreadState *ts, ShObject *func, ShObject *const *args,
                                size_t nargs, ShObject *kwnames) {
  ShFunction *fn = (ShFunction *)func;
  ShCode *co = fn->code;
  ShFrame *f = function_frame(ts, func);
  if (!f) return NULL;
  /* the common call: exactly the positional parameters, no cells */
  if (nargs == co->argcount && !kwnames && co->simple_call) {
    for (size_t i = 0; i < nargs; i++)
      f->regs[i] = sh_ref_borrow(args[i]);
    for (uint32_t i = (uint32_t)nargs; i < co->nregs; i++)
      f->regs[i] = SH_REF_NULL;
    return f;
  }
  memset(f->regs, 0, co->nregs * sizeof(ShRef));
  if (sh_bind_arguments(f, func, args, nargs, kwnames) < 0 ||
      (co->ncells + co->nfree && sh_frame_init_cells(f, fn->closure) < 0)) {
    sh_frame_pop(ts, f);
    return NULL;
  }
  return f;
}

ShFrame *sh_frame_push_exact(ShThreadState *ts, ShObject *func, ShObject *self, const ShRef *args,
                             size_t nargs) {
  ShFrame *f = function_frame(ts, func);
  if (!f) return NULL;
  ShRef *regs = f->regs;
  uint32_t i = 0;
  if (self) regs[i++] = sh_ref_borrow(self);
  for (size_t k = 0; k < nargs; k++)
    regs[i++] = sh_ref_borrow(sh_ref_obj(args[k]));
  for (; i < f->nregs; i++)
    regs[i] = SH_REF_NULL;
  return f;
}

void sh_frame_own_references(ShFrame *f) {
  for (uint32_t i = 0; i < f->nregs; i++) {
    ShRef r = f->regs[i];
    if (r && sh_ref_is_borrowed(r)) f->regs[i] = sh_ref_steal(sh_newref(sh_ref_obj(r)));
  }
  if (f->func_borrowed) {
    sh_incref(f->func);
    f->func_borrowed = 0;
  }
}

void sh_frame_promote_loans(ShThreadState *ts) {
  if (!ts->has_loans) return;
  ts->has_loans = false;
  for (ShFrame *f = ts->frame; f; f = f->back)
    for (uint32_t i = 0; i < f->nregs; i++)
      if (sh_ref_is_loan(f->regs[i])) f->regs[i] = sh_ref_steal(sh_newref(sh_ref_obj(f->regs[i])));
}

void sh_frame_visit_borrowed(ShThreadState *ts, int (*visit)(ShObject *, void *), void *arg) {
  for (ShFrame *f = ts->frame; f; f = f->back) {
    if (f->func_borrowed) visit(f->func, arg);
    for (uint32_t i = 0; i < f->nregs; i++) {
      ShRef r = f->regs[i];
      if (r && sh_ref_is_borrowed(r)) visit(sh_ref_obj(r), arg);
    }
  }
}
