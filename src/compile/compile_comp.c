/* Comprehensions and generator expressions: each is a function of its own
   taking the outermost iterator as its one parameter `.0`, called on the
   spot; list/set/dict comprehensions return the container they fill,
   generator expressions yield each element. */
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

/* Loop i of the comprehension, with the loops inside it. */
static void generator_loop(ShCompiler *C, ShAstExpr *e, int i, uint32_t res) {
  ShAstSeq *gens = e->v.comp.generators;
  ShAstComprehension *g = SH_SEQ_GET(gens, i);
  uint32_t mark = C->u->top;
  uint32_t it = 0; /* `.0`, the outermost iterator */
  if (i > 0) {
    it = sh_cg_temp(C);
    SH_EMIT(C, GET_ITER, it, sh_cg_expr(C, g->iter));
    sh_cg_free_to(C, it + 1);
  }
  int l_top = sh_cg_new_label(C), l_end = sh_cg_new_label(C);
  sh_cg_place(C, l_top);
  ShAstExpr *target = g->target;
  uint32_t reg = target->kind == SH_EXPR_NAME ? sh_cg_fast_reg(C, target->v.name.id) : NO_REG;
  if (reg != NO_REG) {
    sh_cg_forbidden_name(C, target->v.name.id, SH_CTX_STORE, target->pos);
    SH_EMIT(C, FOR_ITER, reg, it, (uint32_t)l_end);
    C->u->bound[reg] = 1;
  } else {
    uint32_t v = sh_cg_temp(C);
    SH_EMIT(C, FOR_ITER, v, it, (uint32_t)l_end);
    sh_cg_store_target(C, target, v);
    sh_cg_free_to(C, v);
  }
  for (int j = 0; j < SH_SEQ_LEN(g->ifs); j++)
    sh_cg_jump_if(C, SH_SEQ_GET(g->ifs, j), false, l_top);
  if (i + 1 < SH_SEQ_LEN(gens))
    generator_loop(C, e, i + 1, res);
  else
    element(C, e, res);
  SH_EMIT(C, JUMP, (uint32_t)l_top);
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
  ShAstComprehension *outer = SH_SEQ_GET(e->v.comp.generators, 0);
  uint32_t it = sh_cg_temp(C);
  SH_EMIT(C, GET_ITER, it, sh_cg_expr(C, outer->iter));
  sh_cg_free_to(C, it + 1);
  const char **freevars;
  uint32_t nfree;
  ShCode *code = comprehension_body(C, e, &freevars, &nfree);
  uint32_t f = sh_cg_temp(C);
  sh_cg_make_function(C, code, freevars, nfree, f, 0, C->u->top);
  SH_EMIT(C, CALL, dst, f, it, 1);
}
