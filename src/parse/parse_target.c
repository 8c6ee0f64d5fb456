/* Assignment, deletion and loop targets: parsing them as expressions,
   checking they are valid targets, and setting Store/Del contexts. */
#include "parse_internal.h"

const char *sh_p_expr_name(ShAstExpr *e) {
  switch (e->kind) {
  case SH_EXPR_ATTRIBUTE: return "attribute";
  case SH_EXPR_SUBSCRIPT: return "subscript";
  case SH_EXPR_STARRED: return "starred";
  case SH_EXPR_NAME: return "name";
  case SH_EXPR_LIST: return "list";
  case SH_EXPR_TUPLE: return "tuple";
  case SH_EXPR_LAMBDA: return "lambda";
  case SH_EXPR_CALL: return "function call";
  case SH_EXPR_BOOLOP:
  case SH_EXPR_BINOP:
  case SH_EXPR_UNARYOP: return "expression";
  case SH_EXPR_GENERATOREXP: return "generator expression";
  case SH_EXPR_YIELD:
  case SH_EXPR_YIELDFROM: return "yield expression";
  case SH_EXPR_AWAIT: return "await expression";
  case SH_EXPR_LISTCOMP: return "list comprehension";
  case SH_EXPR_SETCOMP: return "set comprehension";
  case SH_EXPR_DICTCOMP: return "dict comprehension";
  case SH_EXPR_DICT: return "dict literal";
  case SH_EXPR_SET: return "set display";
  case SH_EXPR_JOINEDSTR:
  case SH_EXPR_FORMATTEDVALUE: return "f-string expression";
  case SH_EXPR_CONSTANT:
    switch (e->v.constant.kind) {
    case SH_CONST_NONE: return "None";
    case SH_CONST_TRUE: return "True";
    case SH_CONST_FALSE: return "False";
    case SH_CONST_ELLIPSIS: return "ellipsis";
    default: return "literal";
    }
  case SH_EXPR_COMPARE: return "comparison";
  case SH_EXPR_IFEXP: return "conditional expression";
  case SH_EXPR_NAMEDEXPR: return "named expression";
  case SH_EXPR_SLICE: return "slice";
  }
  return "expression";
}

ShAstExpr *sh_p_invalid_target(ShAstExpr *e, ShTargetKind kind) {
  switch (e->kind) {
  case SH_EXPR_NAME:
  case SH_EXPR_ATTRIBUTE:
  case SH_EXPR_SUBSCRIPT: return NULL;
  case SH_EXPR_STARRED:
    if (kind == SH_TARGET_DEL) return e;
    return sh_p_invalid_target(e->v.starred.value, kind);
  case SH_EXPR_TUPLE:
  case SH_EXPR_LIST: {
    ShAstSeq *elts = e->kind == SH_EXPR_TUPLE ? e->v.tuple.elts : e->v.list.elts;
    for (int i = 0; i < SH_SEQ_LEN(elts); i++) {
      ShAstExpr *bad = sh_p_invalid_target(SH_SEQ_GET(elts, i), kind);
      if (bad) return bad;
    }
    return NULL;
  }
  case SH_EXPR_COMPARE:
    /* `for x in y in z`: CPython blames the part before the first `in` */
    if (kind == SH_TARGET_FOR && e->v.compare.ops[0] == SH_CMP_IN)
      return sh_p_invalid_target(e->v.compare.left, kind);
    return e;
  default: return e;
  }
}

static void apply_ctx(ShAstExpr *e, ShExprContext ctx) {
  switch (e->kind) {
  case SH_EXPR_NAME: e->v.name.ctx = ctx; break;
  case SH_EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
  case SH_EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
  case SH_EXPR_STARRED:
    e->v.starred.ctx = ctx;
    apply_ctx(e->v.starred.value, ctx);
    break;
  case SH_EXPR_TUPLE:
    e->v.tuple.ctx = ctx;
    for (int i = 0; i < SH_SEQ_LEN(e->v.tuple.elts); i++)
      apply_ctx(SH_SEQ_GET(e->v.tuple.elts, i), ctx);
    break;
  case SH_EXPR_LIST:
    e->v.list.ctx = ctx;
    for (int i = 0; i < SH_SEQ_LEN(e->v.list.elts); i++)
      apply_ctx(SH_SEQ_GET(e->v.list.elts, i), ctx);
    break;
  default: break;
  }
}

int sh_p_set_context(Parser *p, ShAstExpr *e, ShExprContext ctx, ShTargetKind kind) {
  ShAstExpr *bad = sh_p_invalid_target(e, kind);
  if (bad) {
    return sh_p_error_range(p, SH_SYNERR_SYNTAX, bad->pos,
                            kind == SH_TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                            sh_p_expr_name(bad));
  }
  apply_ctx(e, ctx);
  return 0;
}

ShAstExpr *sh_p_target_item(Parser *p);
static ShAstExpr *target_item(Parser *p) {
  return sh_p_target_item(p);
}

ShAstExpr *sh_p_target_item(Parser *p) {
  if (sh_p_at(p, SH_TOK_STAR)) {
    int s = p->pos;
    sh_p_next(p);
    ShAstExpr *v = sh_p_bitwise_or(p);
    if (!v) return NULL;
    ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_STARRED, s);
    if (!e) return NULL;
    e->v.starred.value = v;
    return e;
  }
  return sh_p_bitwise_or(p);
}

ShAstExpr *sh_p_star_targets(Parser *p, ShTargetKind kind) {
  int s = p->pos, item_start = s;
  ShAstExpr *first = target_item(p), *last = first;
  if (!first) return NULL;
  ShAstExpr *result = first;
  if (sh_p_at(p, SH_TOK_COMMA)) {
    ShVec elts = {0};
    sh_vec_push(p, &elts, first);
    while (sh_p_accept(p, SH_TOK_COMMA)) {
      int t = sh_p_cur(p)->type;
      if (!sh_p_starts_expression(t) && t != SH_TOK_STAR) break;
      item_start = p->pos;
      ShAstExpr *e = last = target_item(p);
      if (!e) return NULL;
      sh_vec_push(p, &elts, e);
    }
    result = sh_p_new_expr(p, SH_EXPR_TUPLE, s);
    if (!result) return NULL;
    result->v.tuple.elts = sh_vec_seq(p, &elts);
  }
  if (kind == SH_TARGET_FOR && !p->no_invalid && sh_p_starts_expression(sh_p_cur(p)->type) &&
      sh_p_forgot_comma(p, item_start, last) < 0)
    return NULL;
  if (sh_p_set_context(p, result, SH_CTX_STORE, kind) < 0) return NULL;
  if (result->kind == SH_EXPR_STARRED)
    sh_p_defer_error(p, result->pos, "starred assignment target must be in a list or tuple");
  return result;
}

ShAstSeq *sh_p_del_targets(Parser *p) {
  ShVec targets = {0};
  for (;;) {
    ShAstExpr *e = target_item(p);
    if (!e || sh_p_set_context(p, e, SH_CTX_DEL, SH_TARGET_DEL) < 0) return NULL;
    sh_vec_push(p, &targets, e);
    if (!sh_p_accept(p, SH_TOK_COMMA)) break;
    if (!sh_p_starts_expression(sh_p_cur(p)->type) && !sh_p_at(p, SH_TOK_STAR)) break;
  }
  return sh_vec_seq(p, &targets);
}
