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

ShFrame *sh_frame_push(ShThreadState *ts, ShCode *code) {
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
  memset(f, 0, need);
  f->code = code;
  f->borrows = 1;
  f->nregs = code->nregs;
  f->resume_reg = SH_NO_REG;
  ts->recursion_depth++;
  return f;
}

void sh_frame_clear(ShFrame *f) {
  for (uint32_t i = 0; i < f->nregs; i++) {
    ShRef r = f->regs[i];
    f->regs[i] = SH_REF_NULL;
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
  for (uint32_t i = 0; i < co->nfree; i++)
    f->regs[co->nlocals + co->ncells + i] = sh_ref_steal(sh_newref(SH_TUPLE_GET(closure, i)));
  return 0;
}

ShFrame *sh_frame_push_function(ShThreadState *ts, ShObject *func, ShObject *const *args,
                                size_t nargs, ShObject *kwnames) {
  ShFunction *fn = (ShFunction *)func;
  ShFrame *f = sh_frame_push(ts, fn->code);
  if (!f) return NULL;
  if (sh_is_deferred(func)) {
    f->func = func;
    f->func_borrowed = 1;
  } else {
    f->func = sh_newref(func);
  }
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  if (sh_bind_arguments(f, func, args, nargs, kwnames) < 0 ||
      (fn->code->ncells + fn->code->nfree && sh_frame_init_cells(f, fn->closure) < 0)) {
    sh_frame_pop(ts, f);
    return NULL;
  }
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
