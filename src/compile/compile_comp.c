/* Comprehensions and generator expressions: each is a function of its own
   taking the outermost iterator as its one parameter `.0`, called on the
   spot; list/set/dict comprehensions return the container they fill,
   generator expressions yield each element. An asynchronous one (async
   for, or await inside) is a coroutine that the caller awaits, or an
   async generator for a generator expression. */
#include "cinternal.h"

static void element(ShCompiler *C, ShAstExpr *e, uint32_t res) {
  uint32_t mark = C->u->top;
  switch (e->kind) {
  case SH_EXPR_LISTCOMP: SH_EMIT(C, LIST_APPEND, res, sh_cg_expr(C, e->v.comp.elt)); break;
  case SH_EXPR_SETCOMP: SH_EMIT(C, SET_ADD, res, sh_cg_expr(C, e->v.comp.elt)); break;
  case SH_EXPR_DICTCOMP: {
    uint32_t k = sh_cg_expr(C, e->v.comp.key);
    uint32_t v = sh_cg_expr(C, e->v.comp.value);
    SH_EMIT(C, MAP_ADD, res, k, v);
    break;
  }
  default: {
    ShAstPos saved = sh_cg_set_pos(C, e->v.comp.elt->pos);
    SH_EMIT(C, YIELD, NO_REG, sh_cg_expr_temp(C, e->v.comp.elt)); /* YIELD consumes it */
    sh_cg_set_pos(C, saved);
    break;
  }
  }
  sh_cg_free_to(C, mark);
}

static void get_iter(ShCompiler *C, bool is_async, uint32_t dst, uint32_t src) {
  if (is_async)
    SH_EMIT(C, GET_AITER, dst, src);
  else
    SH_EMIT(C, GET_ITER, dst, src);
}

/* Loop i of the comprehension, with the loops inside it. */
static void generator_loop(ShCompiler *C, ShAstExpr *e, int i, uint32_t res) {
  ShAstSeq *gens = e->v.comp.generators;
  ShAstComprehension *g = SH_SEQ_GET(gens, i);
  uint32_t mark = C->u->top;
  uint32_t it = 0; /* `.0`, the outermost iterator */
  if (i > 0) {
    it = sh_cg_temp(C);
    get_iter(C, g->is_async, it, sh_cg_expr(C, g->iter));
    sh_cg_free_to(C, it + 1);
  }
  int l_top = sh_cg_new_label(C), l_end = sh_cg_new_label(C);
  ShCgHandler *h = NULL; /* async: StopAsyncIteration ends the loop */
  if (g->is_async) h = sh_cg_handler_new(C, sh_cg_new_label(C), sh_cg_temp(C));
  sh_cg_place(C, l_top);
  ShAstExpr *target = g->target;
  uint32_t reg = target->kind == SH_EXPR_NAME ? sh_cg_fast_reg(C, target->v.name.id) : NO_REG;
  if (reg != NO_REG) sh_cg_forbidden_name(C, target->v.name.id, SH_CTX_STORE, target->pos);
  uint32_t v = reg != NO_REG ? reg : sh_cg_temp(C);
  if (h) {
    sh_cg_handler_open(C, h);
    uint32_t aw = sh_cg_temp(C);
    SH_EMIT(C, GET_ANEXT, aw, it);
    SH_EMIT(C, YIELD_FROM, v, aw);
    sh_cg_handler_close(C, h);
    sh_cg_free_to(C, aw);
  } else {
    SH_EMIT(C, FOR_ITER, v, it, (uint32_t)l_end);
  }
  if (reg != NO_REG) {
    sh_cg_mark_bound(C, reg);
  } else {
    sh_cg_store_temp_target(C, target, v);
    sh_cg_free_to(C, v);
  }
  for (int j = 0; j < SH_SEQ_LEN(g->ifs); j++)
    sh_cg_jump_if(C, SH_SEQ_GET(g->ifs, j), false, l_top);
  if (i + 1 < SH_SEQ_LEN(gens))
    generator_loop(C, e, i + 1, res);
  else
    element(C, e, res);
  SH_EMIT(C, JUMP, (uint32_t)l_top);
  if (h) {
    sh_cg_handler_finish(C, h);
    sh_cg_place(C, h->target);
    SH_EMIT(C, END_ASYNC_FOR, h->exc_reg);
  }
  sh_cg_place(C, l_end);
  sh_cg_free_to(C, mark);
}

static ShCode *comprehension_body(ShCompiler *C, ShAstExpr *e, const char ***freevars,
                                  uint32_t *nfree) {
  static const char *const names[] = {[SH_EXPR_LISTCOMP] = "<listcomp>",
                                      [SH_EXPR_SETCOMP] = "<setcomp>",
                                      [SH_EXPR_DICTCOMP] = "<dictcomp>",
                                      [SH_EXPR_GENERATOREXP] = "<genexpr>"};
  sh_cg_enter_unit(C, SH_UNIT_COMPREHENSION, e, names[e->kind], e->pos.lineno);
  C->u->argcount = 1;
  uint32_t res = NO_REG;
  if (e->kind != SH_EXPR_GENERATOREXP) {
    res = sh_cg_temp(C);
    if (e->kind == SH_EXPR_LISTCOMP)
      SH_EMIT(C, BUILD_LIST, res, res, 0);
    else if (e->kind == SH_EXPR_SETCOMP)
      SH_EMIT(C, BUILD_SET, res, res, 0);
    else
      SH_EMIT(C, BUILD_MAP, res, res, 0);
  }
  generator_loop(C, e, 0, res);
  if (res == NO_REG) {
    res = sh_cg_temp(C);
    SH_EMIT(C, LOAD_CONST, res, sh_cg_const_none(C));
  }
  SH_EMIT(C, RETURN, res);
  return sh_cg_leave_unit(C, freevars, nfree);
}

void sh_cg_comprehension(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  bool awaited = sh_symtable_block(C->st, e)->coroutine && e->kind != SH_EXPR_GENERATOREXP;
  if (awaited && !sh_cg_in_async_def(C) && C->u->kind != SH_UNIT_COMPREHENSION)
    sh_cg_error(C, e->pos, "asynchronous comprehension outside of an asynchronous function");
  ShAstComprehension *outer = SH_SEQ_GET(e->v.comp.generators, 0);
  uint32_t it = sh_cg_temp(C);
  get_iter(C, outer->is_async, it, sh_cg_expr(C, outer->iter));
  sh_cg_free_to(C, it + 1);
  const char **freevars;
  uint32_t nfree;
  ShCode *code = comprehension_body(C, e, &freevars, &nfree);
  uint32_t f = sh_cg_temp(C);
  sh_cg_make_function(C, code, freevars, nfree, f, 0, C->u->top);
  if (awaited) {
    SH_EMIT(C, CALL, f, f, it, 1);
    sh_cg_await_reg(C, dst, f, 0);
  } else {
    SH_EMIT(C, CALL, dst, f, it, 1);
  }
}
