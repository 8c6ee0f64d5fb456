/* try/except/else/finally, try/except*, with, raise and assert over the zero-cost
   handler table. A finally body is compiled once per way out of the try:
   fall-through, each return/break/continue (via sh_cg_fblock_exit) and the
   exception path, where it runs between PUSH_EXC_INFO and RERAISE. */
#include "cinternal.h"

/* `name = None; del name`: what ends an `except ... as name` clause. */
static void clear_name(ShCompiler *C, const char *name) {
  uint32_t t = sh_cg_temp(C);
  SH_EMIT(C, LOAD_CONST, t, sh_cg_const_none(C));
  sh_cg_store_name(C, name, t);
  sh_cg_delete_name(C, name);
  sh_cg_free_to(C, t);
}

void sh_cg_fblock_exit(ShCompiler *C, ShCgFBlock *fb) {
  switch (fb->kind) {
  case SH_FB_LOOP:
    if (fb->iter_reg != NO_REG) /* CPython drops the iterator at once */
      SH_EMIT(C, DELETE_FAST, fb->iter_reg);
    break;
  case SH_FB_TRY_EXCEPT: break;
  case SH_FB_FINALLY_TRY: sh_cg_stmts(C, fb->finalbody); break;
  case SH_FB_FINALLY_END: SH_EMIT(C, POP_EXC_INFO, fb->save_reg); break;
  case SH_FB_WITH:
  case SH_FB_ASYNC_WITH: {
    uint32_t t = sh_cg_temp(C);
    SH_EMIT(C, WITH_EXIT, t, fb->exit_reg, NO_REG);
    if (fb->kind == SH_FB_ASYNC_WITH) sh_cg_await_reg(C, t, t, 2);
    sh_cg_free_to(C, t);
    break;
  }
  case SH_FB_HANDLER_CLEANUP:
    SH_EMIT(C, POP_EXC_INFO, fb->save_reg);
    if (fb->name) clear_name(C, fb->name);
    break;
  case SH_FB_EXCEPT_STAR: break; /* refused before unwinding starts */
  }
}

/* The landing code of a cleanup handler: restore the handled exception
   and let the new one go on. */
static void cleanup_landing(ShCompiler *C, ShCgHandler *h, uint32_t save) {
  sh_cg_place(C, h->target);
  SH_EMIT(C, POP_EXC_INFO, save);
  SH_EMIT(C, RERAISE, h->exc_reg);
}

/* ------------------------------------------------------------ except */

/* One clause; `cleanup` covers it (and is reopened afterwards). */
static void except_clause(ShCompiler *C, ShAstExceptHandler *h, uint32_t exc, uint32_t save,
                          ShCgHandler *cleanup, int l_end) {
  int l_next = sh_cg_new_label(C);
  uint32_t mark = C->u->top;
  if (h->type) {
    uint32_t t = sh_cg_expr(C, h->type);
    uint32_t m = sh_cg_temp(C);
    SH_EMIT(C, EXC_MATCH, m, exc, t);
    SH_EMIT(C, JUMP_IF_FALSE, m, (uint32_t)l_next);
    sh_cg_free_to(C, mark);
  }
  ShCgHandler *named = NULL;
  if (h->name) {
    sh_cg_store_name(C, h->name, exc);
    named = sh_cg_handler_new(C, sh_cg_new_label(C), sh_cg_temp(C));
  }
  ShCgFBlock *fb = sh_cg_push_fblock(C, SH_FB_HANDLER_CLEANUP);
  fb->h1 = named ? named : cleanup;
  fb->h2 = named ? cleanup : NULL;
  fb->save_reg = save;
  fb->name = h->name;
  sh_cg_handler_open(C, named);
  sh_cg_stmts(C, h->body);
  sh_cg_handler_close(C, named);
  sh_cg_pop_fblock(C);
  if (C->u->reachable) {
    sh_cg_handler_close(C, cleanup);
    SH_EMIT(C, POP_EXC_INFO, save);
    if (h->name) clear_name(C, h->name);
    SH_EMIT(C, JUMP, (uint32_t)l_end);
    sh_cg_handler_open(C, cleanup);
  }
  if (named) {
    sh_cg_handler_finish(C, named);
    sh_cg_place(C, named->target);
    clear_name(C, h->name);
    SH_EMIT(C, RERAISE, named->exc_reg);
  }
  sh_cg_free_to(C, mark);
  sh_cg_place(C, l_next);
}

/* The part try/except and try/except* share: the body under a handler
   that catches into `exc`, the else clause, then the handler's entry,
   which saves the exception being handled in `save`. */
static void try_body(ShCompiler *C, ShAstStmt *s, uint32_t exc, uint32_t save, int l_end) {
  ShCgHandler *body = sh_cg_handler_new(C, sh_cg_new_label(C), exc);
  sh_cg_push_fblock(C, SH_FB_TRY_EXCEPT)->h1 = body;
  sh_cg_handler_open(C, body);
  sh_cg_stmts(C, s->v.try_.body);
  sh_cg_handler_close(C, body);
  sh_cg_pop_fblock(C);
  sh_cg_handler_finish(C, body);
  sh_cg_stmts(C, s->v.try_.orelse);
  if (C->u->reachable) SH_EMIT(C, JUMP, (uint32_t)l_end);

  sh_cg_place(C, body->target);
  SH_EMIT(C, PUSH_EXC_INFO, save, exc);
}

static void try_except(ShCompiler *C, ShAstStmt *s) {
  ShAstSeq *handlers = s->v.try_.handlers;
  uint32_t exc = sh_cg_temp(C), save = sh_cg_temp(C);
  int l_end = sh_cg_new_label(C);
  try_body(C, s, exc, save, l_end);
  ShCgHandler *cleanup = sh_cg_handler_new(C, sh_cg_new_label(C), sh_cg_temp(C));
  sh_cg_handler_open(C, cleanup);
  int n = SH_SEQ_LEN(handlers);
  for (int i = 0; i < n; i++) {
    ShAstExceptHandler *h = SH_SEQ_GET(handlers, i);
    ShAstPos saved = sh_cg_set_pos(C, h->pos);
    if (!h->type && i < n - 1) sh_cg_error(C, h->pos, "default 'except:' must be last");
    except_clause(C, h, exc, save, cleanup, l_end);
    sh_cg_set_pos(C, saved);
  }
  sh_cg_handler_close(C, cleanup);
  SH_EMIT(C, POP_EXC_INFO, save);
  SH_EMIT(C, RERAISE, exc);
  cleanup_landing(C, cleanup, save);
  sh_cg_handler_finish(C, cleanup);
  sh_cg_place(C, l_end);
}

/* ------------------------------------------------------------ except* */

/* try/except*: the exception `exc` is split clause by clause, keeping what
   is left in `exc`; what the clauses raise and the final rest are listed
   in `res`, from which RERAISE_STAR builds what propagates:

    PUSH_EXC_INFO save, exc; MOVE orig, exc; BUILD_LIST res
    EXC_GROUP_MATCH m, exc, <type>, next     (m is now the handled exception)
    <name> = m; <clause body>                (covered by H -> raised)
    name = None; del name; JUMP next
  raised:
    LIST_APPEND res, e; name = None; del name
  next: ...
    LIST_APPEND res, exc; POP_EXC_INFO save; RERAISE_STAR orig, res; JUMP end */
static void try_star_except(ShCompiler *C, ShAstStmt *s) {
  ShAstSeq *handlers = s->v.try_.handlers;
  uint32_t exc = sh_cg_temp(C), save = sh_cg_temp(C);
  int l_end = sh_cg_new_label(C);
  try_body(C, s, exc, save, l_end);
  uint32_t orig = sh_cg_temp(C), res = sh_cg_temp(C);
  ShCgHandler *cleanup = sh_cg_handler_new(C, sh_cg_new_label(C), sh_cg_temp(C));
  sh_cg_handler_open(C, cleanup);
  SH_EMIT(C, MOVE, orig, exc);
  SH_EMIT(C, BUILD_LIST, res, res, 0);
  for (int i = 0; i < SH_SEQ_LEN(handlers); i++) {
    ShAstExceptHandler *h = SH_SEQ_GET(handlers, i);
    ShAstPos saved = sh_cg_set_pos(C, h->pos);
    uint32_t mark = C->u->top;
    int l_next = sh_cg_new_label(C);
    uint32_t t = sh_cg_expr(C, h->type);
    uint32_t m = sh_cg_temp(C);
    sh_cg_set_pos(C, h->pos);
    SH_EMIT(C, EXC_GROUP_MATCH, m, exc, t, (uint32_t)l_next);
    if (h->name) sh_cg_store_name(C, h->name, m);
    ShCgHandler *raised = sh_cg_handler_new(C, sh_cg_new_label(C), sh_cg_temp(C));
    sh_cg_push_fblock(C, SH_FB_EXCEPT_STAR);
    sh_cg_handler_open(C, raised);
    sh_cg_stmts(C, h->body);
    sh_cg_handler_close(C, raised);
    sh_cg_pop_fblock(C);
    if (C->u->reachable) {
      if (h->name) clear_name(C, h->name);
      SH_EMIT(C, JUMP, (uint32_t)l_next);
    }
    sh_cg_handler_finish(C, raised);
    sh_cg_place(C, raised->target);
    SH_EMIT(C, LIST_APPEND, res, raised->exc_reg);
    if (h->name) clear_name(C, h->name);
    sh_cg_free_to(C, mark);
    sh_cg_place(C, l_next);
    sh_cg_set_pos(C, saved);
  }
  SH_EMIT(C, LIST_APPEND, res, exc);
  sh_cg_handler_close(C, cleanup);
  SH_EMIT(C, POP_EXC_INFO, save);
  SH_EMIT(C, RERAISE_STAR, orig, res);
  SH_EMIT(C, JUMP, (uint32_t)l_end);
  cleanup_landing(C, cleanup, save);
  sh_cg_handler_finish(C, cleanup);
  sh_cg_place(C, l_end);
}

static void try_handlers(ShCompiler *C, ShAstStmt *s) {
  if (s->kind == SH_STMT_TRYSTAR)
    try_star_except(C, s);
  else
    try_except(C, s);
}

/* ------------------------------------------------------------ finally */

static void try_finally(ShCompiler *C, ShAstStmt *s) {
  ShAstSeq *finalbody = s->v.try_.finalbody;
  uint32_t exc = sh_cg_temp(C), save = sh_cg_temp(C);
  int l_end = sh_cg_new_label(C);
  ShCgHandler *h = sh_cg_handler_new(C, sh_cg_new_label(C), exc);
  ShCgFBlock *fb = sh_cg_push_fblock(C, SH_FB_FINALLY_TRY);
  fb->h1 = h;
  fb->finalbody = finalbody;
  sh_cg_handler_open(C, h);
  if (SH_SEQ_LEN(s->v.try_.handlers))
    try_handlers(C, s);
  else
    sh_cg_stmts(C, s->v.try_.body);
  sh_cg_handler_close(C, h);
  sh_cg_pop_fblock(C);
  sh_cg_handler_finish(C, h);
  sh_cg_stmts(C, finalbody);
  if (C->u->reachable) SH_EMIT(C, JUMP, (uint32_t)l_end);

  sh_cg_place(C, h->target);
  SH_EMIT(C, PUSH_EXC_INFO, save, exc);
  ShCgHandler *cleanup = sh_cg_handler_new(C, sh_cg_new_label(C), sh_cg_temp(C));
  fb = sh_cg_push_fblock(C, SH_FB_FINALLY_END);
  fb->h1 = cleanup;
  fb->save_reg = save;
  sh_cg_handler_open(C, cleanup);
  sh_cg_stmts(C, finalbody);
  sh_cg_handler_close(C, cleanup);
  sh_cg_pop_fblock(C);
  if (C->u->reachable) {
    SH_EMIT(C, POP_EXC_INFO, save);
    SH_EMIT(C, RERAISE, exc);
  }
  cleanup_landing(C, cleanup, save);
  sh_cg_handler_finish(C, cleanup);
  sh_cg_place(C, l_end);
}

void sh_cg_try(ShCompiler *C, ShAstStmt *s) {
  if (SH_SEQ_LEN(s->v.try_.finalbody))
    try_finally(C, s);
  else
    try_handlers(C, s);
}

/* ------------------------------------------------------------ with */

/* `async with` awaits what __aenter__ and __aexit__ return. */
static void with_item(ShCompiler *C, ShAstStmt *s, int i) {
  bool is_async = s->kind == SH_STMT_ASYNCWITH;
  ShAstWithItem *item = SH_SEQ_GET(s->v.with.items, i);
  uint32_t ctx = sh_cg_expr(C, item->context_expr);
  uint32_t exit = sh_cg_temp(C); /* and exit + 1: the context manager, for an unbound __exit__ */
  sh_cg_temp(C);
  uint32_t val = sh_cg_temp(C);
  if (is_async) {
    SH_EMIT(C, ASYNC_WITH_ENTER, exit, val, ctx);
    sh_cg_await_reg(C, val, val, 1);
  } else {
    SH_EMIT(C, WITH_ENTER, exit, val, ctx);
  }
  uint32_t exc = sh_cg_temp(C), save = sh_cg_temp(C);
  int l_end = sh_cg_new_label(C);
  ShCgHandler *h = sh_cg_handler_new(C, sh_cg_new_label(C), exc);
  ShCgFBlock *fb = sh_cg_push_fblock(C, is_async ? SH_FB_ASYNC_WITH : SH_FB_WITH);
  fb->h1 = h;
  fb->exit_reg = exit;
  sh_cg_handler_open(C, h);
  if (item->optional_vars) sh_cg_store_target(C, item->optional_vars, val);
  if (i + 1 < SH_SEQ_LEN(s->v.with.items))
    with_item(C, s, i + 1);
  else
    sh_cg_stmts(C, s->v.with.body);
  sh_cg_handler_close(C, h);
  sh_cg_pop_fblock(C);
  sh_cg_handler_finish(C, h);
  uint32_t res = sh_cg_temp(C);
  if (C->u->reachable) {
    SH_EMIT(C, WITH_EXIT, res, exit, NO_REG);
    if (is_async) sh_cg_await_reg(C, res, res, 2);
    SH_EMIT(C, JUMP, (uint32_t)l_end);
  }

  sh_cg_place(C, h->target);
  SH_EMIT(C, PUSH_EXC_INFO, save, exc);
  ShCgHandler *cleanup = sh_cg_handler_new(C, sh_cg_new_label(C), sh_cg_temp(C));
  int l_suppress = sh_cg_new_label(C);
  sh_cg_handler_open(C, cleanup);
  SH_EMIT(C, WITH_EXIT, res, exit, exc);
  if (is_async) sh_cg_await_reg(C, res, res, 2);
  SH_EMIT(C, JUMP_IF_TRUE, res, (uint32_t)l_suppress);
  sh_cg_handler_close(C, cleanup);
  SH_EMIT(C, POP_EXC_INFO, save);
  SH_EMIT(C, RERAISE, exc);
  sh_cg_place(C, l_suppress);
  SH_EMIT(C, POP_EXC_INFO, save);
  SH_EMIT(C, JUMP, (uint32_t)l_end);
  cleanup_landing(C, cleanup, save);
  sh_cg_handler_finish(C, cleanup);
  sh_cg_place(C, l_end);
}

void sh_cg_with(ShCompiler *C, ShAstStmt *s) {
  if (s->kind == SH_STMT_ASYNCWITH && !sh_cg_in_async_def(C))
    sh_cg_error(C, s->pos, "'async with' outside async function");
  with_item(C, s, 0);
}

/* ------------------------------------------------------------ raise, assert */

void sh_cg_raise(ShCompiler *C, ShAstStmt *s) {
  uint32_t exc = s->v.raise.exc ? sh_cg_expr(C, s->v.raise.exc) : NO_REG;
  uint32_t cause = s->v.raise.cause ? sh_cg_expr(C, s->v.raise.cause) : NO_REG;
  SH_EMIT(C, RAISE, exc, cause);
}

void sh_cg_assert(ShCompiler *C, ShAstStmt *s) {
  int l_ok = sh_cg_new_label(C);
  sh_cg_jump_if(C, s->v.assert_.test, true, l_ok);
  uint32_t t = sh_cg_temp(C);
  SH_EMIT(C, LOAD_ASSERTION_ERROR, t);
  if (s->v.assert_.msg) {
    uint32_t m = sh_cg_temp(C);
    sh_cg_expr_to(C, s->v.assert_.msg, m);
    SH_EMIT(C, CALL, t, t, m, 1);
  }
  sh_cg_set_pos(C, s->v.assert_.test->pos); /* tracebacks point at the test */
  SH_EMIT(C, RAISE, t, NO_REG);
  sh_cg_place(C, l_ok);
}
