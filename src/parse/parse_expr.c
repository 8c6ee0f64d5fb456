/* Expression grammar of Python 3.11: precedence levels from lambda and
   conditional expressions down to atoms, displays, calls and slices. */
#include <string.h>

#include "parse_internal.h"

static ShAstExpr *atom(Parser *p);
static ShAstExpr *factor(Parser *p);
static ShAstExpr *lambdef(Parser *p);

int sh_p_starts_expression(int type) {
  switch (type) {
  case SH_TOK_NAME:
  case SH_TOK_NUMBER:
  case SH_TOK_STRING:
  case SH_TOK_LPAR:
  case SH_TOK_LSQB:
  case SH_TOK_LBRACE:
  case SH_TOK_MINUS:
  case SH_TOK_PLUS:
  case SH_TOK_TILDE:
  case SH_TOK_NOT:
  case SH_TOK_LAMBDA:
  case SH_TOK_AWAIT:
  case SH_TOK_NONE:
  case SH_TOK_TRUE:
  case SH_TOK_FALSE:
  case SH_TOK_ELLIPSIS: return 1;
  default: return 0;
  }
}

static ShAstExpr *new_starred(Parser *p, ShAstExpr *value, int start) {
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_STARRED, start);
  if (!e) return NULL;
  e->v.starred.value = value;
  e->v.starred.ctx = SH_CTX_LOAD;
  return e;
}

static ShAstExpr *new_tuple(Parser *p, ShVec *elts, int start) {
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_TUPLE, start);
  if (!e) return NULL;
  e->v.tuple.elts = sh_vec_seq(p, elts);
  e->v.tuple.ctx = SH_CTX_LOAD;
  return e;
}

/* ---- helpers for error messages ---- */

int sh_p_bitwise_or_spans(Parser *p, int start, int end) {
  ShSpec sp;
  sh_p_spec_begin(p, &sp);
  p->pos = start;
  p->no_invalid++;
  ShAstExpr *e = sh_p_bitwise_or(p);
  p->no_invalid--;
  int ok = e && !p->error && p->pos == end;
  sh_p_spec_end(p, &sp, 0);
  return ok;
}

int sh_p_starts_with_display(Parser *p, ShAstExpr *e, int start) {
  ShToken *t = &p->toks[start];
  if (t->type == SH_TOK_TRUE || t->type == SH_TOK_FALSE || t->type == SH_TOK_NONE) return 1;
  /* descend to the leftmost atom that starts at the same token */
  for (;;) {
    ShAstExpr *c = NULL;
    switch (e->kind) {
    case SH_EXPR_CALL: c = e->v.call.func; break;
    case SH_EXPR_ATTRIBUTE: c = e->v.attribute.value; break;
    case SH_EXPR_SUBSCRIPT: c = e->v.subscript.value; break;
    case SH_EXPR_BINOP: c = e->v.binop.left; break;
    default: break;
    }
    if (!c) break;
    e = c;
  }
  if (e->pos.lineno != t->lineno || e->pos.col_offset != t->col)
    return 0; /* a parenthesized group: not a display */
  return e->kind == SH_EXPR_LIST || e->kind == SH_EXPR_TUPLE || e->kind == SH_EXPR_GENERATOREXP;
}

/* CPython 3.11 tests soft keywords by comparing only the name's length
   of characters, so any prefix of "match", "case" or "_" counts */
static int is_soft_keyword(ShToken *t) {
  static const char *const kw[] = {"_", "case", "match"};
  if (t->type != SH_TOK_NAME) return 0;
  for (int i = 0; i < 3; i++)
    if ((size_t)t->len <= strlen(kw[i]) && memcmp(kw[i], t->start, (size_t)t->len) == 0) return 1;
  return 0;
}

int sh_p_forgot_comma(Parser *p, int a_start, ShAstExpr *a) {
  ShToken *first = &p->toks[a_start];
  ShSpec sp;
  (void)a;
  /* CPython's invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction
     expression, inside brackets */
  if (!(first->type == SH_TOK_NAME &&
        (p->toks[a_start + 1].type == SH_TOK_STRING || is_soft_keyword(first)))) {
    sh_p_spec_begin(p, &sp);
    p->no_invalid++;
    ShAstExpr *b = sh_p_expression(p);
    p->no_invalid--;
    if (b && !p->error && p->toks[p->pos - 1].level > 0) {
      ShAstPos pos = sh_p_pos_tokens(p, a_start, a_start);
      pos.end_lineno = b->pos.end_lineno;
      pos.end_col_offset = b->pos.end_col_offset;
      return sh_p_error_range(p, SH_SYNERR_SYNTAX, pos,
                              "invalid syntax. Perhaps you forgot a comma?");
    }
    sh_p_spec_end(p, &sp, 0);
  }
  /* CPython's invalid_legacy_expression: NAME !'(' star_expressions, which
     reparses what follows the name with all its error checks */
  if (first->type == SH_TOK_NAME && p->toks[a_start + 1].type != SH_TOK_LPAR && p->depth < 200) {
    sh_p_spec_begin(p, &sp);
    p->pos = a_start + 1;
    ShAstExpr *rest = sh_p_star_expressions(p);
    if (sh_p_spec_end(p, &sp, 1) < 0) return -1;
    int legacy = sh_p_is_name(first, "print") || sh_p_is_name(first, "exec");
    if (rest && legacy) {
      ShAstPos pos = sh_p_pos_tokens(p, a_start, a_start);
      pos.end_lineno = rest->pos.end_lineno;
      pos.end_col_offset = rest->pos.end_col_offset;
      return sh_p_error_range(p, SH_SYNERR_SYNTAX, pos,
                              "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                              first->len, first->start, first->len, first->start);
    }
  }
  return 0;
}

/* After an expression `e` (from token start) in a named_expression
   context, at '=': CPython's suggestions of '==' or ':='. */
static int assignment_in_expression(Parser *p, ShAstExpr *e, int start) {
  int eq = p->pos;
  if (!sh_p_bitwise_or_spans(p, start, eq)) return 0;
  ShSpec sp;
  sh_p_spec_begin(p, &sp);
  sh_p_next(p);
  p->no_invalid++;
  ShAstExpr *b = sh_p_bitwise_or(p);
  p->no_invalid--;
  int ok = b && !p->error && !sh_p_at(p, SH_TOK_EQUAL) && !sh_p_at(p, SH_TOK_COLONEQUAL);
  sh_p_spec_end(p, &sp, 0);
  if (!ok) return 0;
  if (e->kind == SH_EXPR_NAME && eq == start + 1) {
    ShAstPos pos = e->pos;
    pos.end_lineno = b->pos.end_lineno;
    pos.end_col_offset = b->pos.end_col_offset;
    return sh_p_error_range(p, SH_SYNERR_SYNTAX, pos,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  if (sh_p_starts_with_display(p, e, start)) return 0;
  return sh_p_error_range(p, SH_SYNERR_SYNTAX, e->pos,
                          "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          sh_p_expr_name(e));
}

/* ---- binary operators ---- */

static int binop_at_level(int level, int type, ShOperator *op) {
  switch (level) {
  case 0:
    if (type == SH_TOK_VBAR) {
      *op = SH_OP_BITOR;
      return 1;
    }
    return 0;
  case 1:
    if (type == SH_TOK_CIRCUMFLEX) {
      *op = SH_OP_BITXOR;
      return 1;
    }
    return 0;
  case 2:
    if (type == SH_TOK_AMPER) {
      *op = SH_OP_BITAND;
      return 1;
    }
    return 0;
  case 3:
    if (type == SH_TOK_LEFTSHIFT) {
      *op = SH_OP_LSHIFT;
      return 1;
    }
    if (type == SH_TOK_RIGHTSHIFT) {
      *op = SH_OP_RSHIFT;
      return 1;
    }
    return 0;
  case 4:
    if (type == SH_TOK_PLUS) {
      *op = SH_OP_ADD;
      return 1;
    }
    if (type == SH_TOK_MINUS) {
      *op = SH_OP_SUB;
      return 1;
    }
    return 0;
  case 5:
    switch (type) {
    case SH_TOK_STAR: *op = SH_OP_MULT; return 1;
    case SH_TOK_SLASH: *op = SH_OP_DIV; return 1;
    case SH_TOK_DOUBLESLASH: *op = SH_OP_FLOORDIV; return 1;
    case SH_TOK_PERCENT: *op = SH_OP_MOD; return 1;
    case SH_TOK_AT: *op = SH_OP_MATMULT; return 1;
    }
    return 0;
  }
  return 0;
}

static ShAstExpr *binop_level(Parser *p, int level) {
  if (level == 6) return factor(p);
  int start = p->pos;
  ShAstExpr *left = binop_level(p, level + 1);
  if (!left) return NULL;
  ShOperator op;
  while (binop_at_level(level, sh_p_cur(p)->type, &op)) {
    int op_pos = p->pos;
    sh_p_next(p);
    ShAstExpr *right = binop_level(p, level + 1);
    if (!right) {
      if (p->no_invalid && p->error_generic) {
        /* PEG semantics while speculating: the operator is not taken */
        p->error = 0;
        p->pos = op_pos;
        return left;
      }
      return NULL;
    }
    ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_BINOP, start);
    if (!e) return NULL;
    e->v.binop.left = left;
    e->v.binop.op = op;
    e->v.binop.right = right;
    left = e;
  }
  return left;
}

ShAstExpr *sh_p_bitwise_or(Parser *p) {
  if (sh_p_enter(p) < 0) return NULL;
  ShAstExpr *e = binop_level(p, 0);
  sh_p_leave(p);
  return e;
}

/* ---- primary: atoms with trailers ---- */

static ShAstExpr *slice_item(Parser *p) {
  int s = p->pos;
  ShAstExpr *lower = NULL, *upper = NULL, *step = NULL;
  if (!sh_p_at(p, SH_TOK_COLON)) {
    ShAstExpr *e = sh_p_named_expression(p);
    if (!e || !sh_p_at(p, SH_TOK_COLON)) return e;
    lower = e;
  }
  sh_p_next(p); /* ':' */
  if (sh_p_starts_expression(sh_p_cur(p)->type)) {
    if (!(upper = sh_p_expression(p))) return NULL;
  }
  if (sh_p_accept(p, SH_TOK_COLON)) {
    if (sh_p_starts_expression(sh_p_cur(p)->type)) {
      if (!(step = sh_p_expression(p))) return NULL;
    }
  }
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_SLICE, s);
  if (!e) return NULL;
  e->v.slice.lower = lower;
  e->v.slice.upper = upper;
  e->v.slice.step = step;
  return e;
}

static ShAstExpr *slice_or_starred(Parser *p) {
  if (sh_p_at(p, SH_TOK_STAR)) {
    int s = p->pos;
    sh_p_next(p);
    ShAstExpr *v = sh_p_expression(p);
    return v ? new_starred(p, v, s) : NULL;
  }
  return slice_item(p);
}

static ShAstExpr *slices(Parser *p) {
  int s = p->pos;
  ShAstExpr *first = slice_or_starred(p);
  if (!first) return NULL;
  if (!sh_p_at(p, SH_TOK_COMMA) && first->kind != SH_EXPR_STARRED) return first;
  ShVec elts = {0};
  sh_vec_push(p, &elts, first);
  while (sh_p_accept(p, SH_TOK_COMMA)) {
    if (sh_p_at(p, SH_TOK_RSQB)) break;
    ShAstExpr *e = slice_or_starred(p);
    if (!e) return NULL;
    sh_vec_push(p, &elts, e);
  }
  return new_tuple(p, &elts, s);
}

static ShAstExpr *primary(Parser *p) {
  int start = p->pos;
  ShAstExpr *e = atom(p);
  if (!e) return NULL;
  for (;;) {
    int t = sh_p_cur(p)->type;
    if (t == SH_TOK_DOT) {
      sh_p_next(p);
      ShToken *name = sh_p_cur(p);
      if (name->type != SH_TOK_NAME) {
        sh_p_invalid_syntax(p);
        return NULL;
      }
      sh_p_next(p);
      ShAstExpr *a = sh_p_new_expr(p, SH_EXPR_ATTRIBUTE, start);
      if (!a) return NULL;
      a->v.attribute.value = e;
      a->v.attribute.attr = sh_p_ident(p, name);
      a->v.attribute.ctx = SH_CTX_LOAD;
      e = a;
    } else if (t == SH_TOK_LPAR) {
      ShAstSeq *args, *kw;
      int trailer = p->pos;
      if (sh_p_call_args(p, &args, &kw, 1) < 0) {
        if (p->error_generic) {
          /* as a PEG parser: the trailer is not taken, the caller fails
             at it (the furthest token seen stays) */
          p->error = 0;
          p->pos = trailer;
          return e;
        }
        return NULL;
      }
      ShAstExpr *c = sh_p_new_expr(p, SH_EXPR_CALL, start);
      if (!c) return NULL;
      c->v.call.func = e;
      c->v.call.args = args;
      c->v.call.keywords = kw;
      e = c;
    } else if (t == SH_TOK_LSQB) {
      int trailer = p->pos;
      sh_p_next(p);
      ShAstExpr *sl = slices(p);
      if (!sl || sh_p_expect(p, SH_TOK_RSQB) < 0) {
        if (p->error_generic) {
          p->error = 0;
          p->pos = trailer;
          return e;
        }
        return NULL;
      }
      ShAstExpr *sub = sh_p_new_expr(p, SH_EXPR_SUBSCRIPT, start);
      if (!sub) return NULL;
      sub->v.subscript.value = e;
      sub->v.subscript.slice = sl;
      sub->v.subscript.ctx = SH_CTX_LOAD;
      e = sub;
    } else {
      return e;
    }
  }
}

static ShAstExpr *await_primary(Parser *p) {
  if (sh_p_at(p, SH_TOK_AWAIT)) {
    int s = p->pos;
    sh_p_next(p);
    ShAstExpr *v = primary(p);
    if (!v) return NULL;
    ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_AWAIT, s);
    if (e) e->v.await_.value = v;
    return e;
  }
  return primary(p);
}

static ShAstExpr *power(Parser *p) {
  int s = p->pos;
  ShAstExpr *left = await_primary(p);
  if (!left) return NULL;
  if (!sh_p_accept(p, SH_TOK_DOUBLESTAR)) return left;
  ShAstExpr *right = factor(p);
  if (!right) return NULL;
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_BINOP, s);
  if (!e) return NULL;
  e->v.binop.left = left;
  e->v.binop.op = SH_OP_POW;
  e->v.binop.right = right;
  return e;
}

static ShAstExpr *factor(Parser *p) {
  int t = sh_p_cur(p)->type;
  ShUnaryOp op;
  if (t == SH_TOK_PLUS)
    op = SH_UOP_UADD;
  else if (t == SH_TOK_MINUS)
    op = SH_UOP_USUB;
  else if (t == SH_TOK_TILDE)
    op = SH_UOP_INVERT;
  else
    return power(p);
  int s = p->pos;
  if (sh_p_enter(p) < 0) return NULL;
  sh_p_next(p);
  ShAstExpr *operand = factor(p);
  sh_p_leave(p);
  if (!operand) return NULL;
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_UNARYOP, s);
  if (!e) return NULL;
  e->v.unaryop.op = op;
  e->v.unaryop.operand = operand;
  return e;
}

/* ---- comparisons and boolean operators ---- */

static ShAstExpr *comparison(Parser *p) {
  int s = p->pos;
  ShAstExpr *left = sh_p_bitwise_or(p);
  if (!left) return NULL;
  ShVec ops = {0}, comps = {0};
  for (;;) {
    int t = sh_p_cur(p)->type;
    ShCmpOp op;
    switch (t) {
    case SH_TOK_EQEQUAL: op = SH_CMP_EQ; break;
    case SH_TOK_NOTEQUAL: op = SH_CMP_NOTEQ; break;
    case SH_TOK_LESS: op = SH_CMP_LT; break;
    case SH_TOK_LESSEQUAL: op = SH_CMP_LTE; break;
    case SH_TOK_GREATER: op = SH_CMP_GT; break;
    case SH_TOK_GREATEREQUAL: op = SH_CMP_GTE; break;
    case SH_TOK_IN: op = SH_CMP_IN; break;
    case SH_TOK_IS: op = SH_CMP_IS; break;
    case SH_TOK_NOT:
      if (sh_p_peek(p, 1) != SH_TOK_IN) goto done;
      op = SH_CMP_NOTIN;
      sh_p_next(p);
      break;
    default: goto done;
    }
    sh_p_next(p);
    if (op == SH_CMP_IS && sh_p_accept(p, SH_TOK_NOT)) op = SH_CMP_ISNOT;
    ShAstExpr *right = sh_p_bitwise_or(p);
    if (!right) return NULL;
    sh_vec_push(p, &ops, (void *)(intptr_t)op);
    sh_vec_push(p, &comps, right);
  }
done:
  if (ops.n == 0) return left;
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_COMPARE, s);
  if (!e) return NULL;
  e->v.compare.left = left;
  e->v.compare.nops = ops.n;
  e->v.compare.ops = sh_p_alloc(p, (size_t)ops.n * sizeof(ShCmpOp));
  if (!e->v.compare.ops) return NULL;
  for (int i = 0; i < ops.n; i++)
    e->v.compare.ops[i] = (ShCmpOp)(intptr_t)ops.items[i];
  e->v.compare.comparators = sh_vec_seq(p, &comps);
  return e;
}

static ShAstExpr *inversion(Parser *p) {
  if (!sh_p_at(p, SH_TOK_NOT)) return comparison(p);
  int s = p->pos;
  if (sh_p_enter(p) < 0) return NULL;
  sh_p_next(p);
  ShAstExpr *operand = inversion(p);
  sh_p_leave(p);
  if (!operand) return NULL;
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_UNARYOP, s);
  if (!e) return NULL;
  e->v.unaryop.op = SH_UOP_NOT;
  e->v.unaryop.operand = operand;
  return e;
}

static ShAstExpr *boolop(Parser *p, int is_or) {
  int s = p->pos;
  int tok = is_or ? SH_TOK_OR : SH_TOK_AND;
  ShAstExpr *first = is_or ? boolop(p, 0) : inversion(p);
  if (!first || !sh_p_at(p, tok)) return first;
  ShVec vals = {0};
  sh_vec_push(p, &vals, first);
  while (sh_p_accept(p, tok)) {
    ShAstExpr *e = is_or ? boolop(p, 0) : inversion(p);
    if (!e) return NULL;
    sh_vec_push(p, &vals, e);
  }
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_BOOLOP, s);
  if (!e) return NULL;
  e->v.boolop.op = is_or ? SH_BOOL_OR : SH_BOOL_AND;
  e->v.boolop.values = sh_vec_seq(p, &vals);
  return e;
}

ShAstExpr *sh_p_disjunction(Parser *p) {
  return boolop(p, 1);
}

/* ---- expression, named_expression, star forms ---- */

static ShAstExpr *expression(Parser *p);

ShAstExpr *sh_p_expression(Parser *p) {
  int s = p->pos;
  if (p->no_invalid && !p->noinv_marks) p->noinv_marks = sh_p_alloc(p, (size_t)p->ntoks);
  if (!p->noinv_marks) return expression(p);
  int marked = p->noinv_marks[s];
  if (p->no_invalid) p->noinv_marks[s] = 1;
  p->no_invalid += marked;
  ShAstExpr *e = expression(p);
  p->no_invalid -= marked;
  return e;
}

static ShAstExpr *expression(Parser *p) {
  if (sh_p_at(p, SH_TOK_LAMBDA)) return lambdef(p);
  if (sh_p_enter(p) < 0) return NULL;
  int s = p->pos;
  ShAstExpr *body = sh_p_disjunction(p);
  if (body && !p->no_invalid && sh_p_starts_expression(sh_p_cur(p)->type) &&
      sh_p_forgot_comma(p, s, body) < 0) {
    sh_p_leave(p);
    return NULL;
  }
  if (body && sh_p_at(p, SH_TOK_IF)) {
    int if_pos = p->pos;
    sh_p_next(p);
    ShAstExpr *test = sh_p_disjunction(p);
    if (!test) {
      sh_p_leave(p);
      return NULL;
    }
    if (!sh_p_at(p, SH_TOK_ELSE) && p->no_invalid) {
      p->pos = if_pos; /* speculating: just the disjunction */
      sh_p_leave(p);
      return body;
    }
    if (!sh_p_at(p, SH_TOK_ELSE)) {
      sh_p_leave(p);
      if (!p->error && sh_p_at(p, SH_TOK_COLON)) {
        sh_p_invalid_syntax(p);
      } else if (!p->error) {
        ShAstPos pos = sh_p_pos_from(p, s);
        sh_p_error_range(p, SH_SYNERR_SYNTAX, pos, "expected 'else' after 'if' expression");
      }
      return NULL;
    }
    sh_p_next(p);
    ShAstExpr *orelse = sh_p_expression(p);
    if (!orelse) {
      sh_p_leave(p);
      return NULL;
    }
    ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_IFEXP, s);
    if (e) {
      e->v.ifexp.test = test;
      e->v.ifexp.body = body;
      e->v.ifexp.orelse = orelse;
    }
    body = e;
  }
  sh_p_leave(p);
  return body;
}

/* assignment_expression | expression !':=' */
static ShAstExpr *named_expression_plain(Parser *p) {
  ShToken *t = sh_p_cur(p);
  if (t->type == SH_TOK_NAME && sh_p_peek(p, 1) == SH_TOK_COLONEQUAL) {
    int s = p->pos;
    sh_p_next(p);
    sh_p_next(p);
    ShAstExpr *target = sh_p_name_expr(p, t, SH_CTX_STORE);
    ShAstExpr *value = sh_p_expression(p);
    if (!target || !value) return NULL;
    ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_NAMEDEXPR, s);
    if (!e) return NULL;
    e->v.namedexpr.target = target;
    e->v.namedexpr.value = value;
    return e;
  }
  ShAstExpr *e = sh_p_expression(p);
  if (e && sh_p_at(p, SH_TOK_COLONEQUAL)) {
    sh_p_error_range(p, SH_SYNERR_SYNTAX, e->pos, "cannot use assignment expressions with %s",
                     sh_p_expr_name(e));
    return NULL;
  }
  return e;
}

ShAstExpr *sh_p_named_expression(Parser *p) {
  int s = p->pos;
  ShAstExpr *e = named_expression_plain(p);
  if (e && sh_p_at(p, SH_TOK_EQUAL) && !p->no_invalid && assignment_in_expression(p, e, s) < 0)
    return NULL;
  return e;
}

ShAstExpr *sh_p_star_named_expression(Parser *p) {
  if (sh_p_at(p, SH_TOK_STAR)) {
    int s = p->pos;
    sh_p_next(p);
    ShAstExpr *v = sh_p_bitwise_or(p);
    return v ? new_starred(p, v, s) : NULL;
  }
  return sh_p_named_expression(p);
}

static ShAstExpr *star_expression(Parser *p) {
  if (sh_p_at(p, SH_TOK_STAR)) {
    int s = p->pos;
    sh_p_next(p);
    ShAstExpr *v = sh_p_bitwise_or(p);
    return v ? new_starred(p, v, s) : NULL;
  }
  return sh_p_expression(p);
}

/* item (',' item)* [','] with a tuple when there is a comma */
static ShAstExpr *expr_list(Parser *p, ShAstExpr *(*item)(Parser *)) {
  int s = p->pos;
  ShAstExpr *first = item(p);
  if (!first || !sh_p_at(p, SH_TOK_COMMA)) return first;
  ShVec elts = {0};
  sh_vec_push(p, &elts, first);
  while (sh_p_accept(p, SH_TOK_COMMA)) {
    int t = sh_p_cur(p)->type;
    if (!sh_p_starts_expression(t) && t != SH_TOK_STAR) break;
    ShAstExpr *e = item(p);
    if (!e) return NULL;
    sh_vec_push(p, &elts, e);
  }
  return new_tuple(p, &elts, s);
}

ShAstExpr *sh_p_star_expressions(Parser *p) {
  return expr_list(p, star_expression);
}
ShAstExpr *sh_p_expressions(Parser *p) {
  return expr_list(p, sh_p_expression);
}

ShAstExpr *sh_p_yield_expr(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* 'yield' */
  if (sh_p_accept(p, SH_TOK_FROM)) {
    ShAstExpr *v = sh_p_expression(p);
    if (!v) return NULL;
    ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_YIELDFROM, s);
    if (e) e->v.yieldfrom.value = v;
    return e;
  }
  ShAstExpr *v = NULL;
  int t = sh_p_cur(p)->type;
  if (sh_p_starts_expression(t) || t == SH_TOK_STAR) {
    if (!(v = sh_p_star_expressions(p))) return NULL;
  }
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_YIELD, s);
  if (e) e->v.yield.value = v;
  return e;
}

/* ---- comprehensions ---- */

static int at_for(Parser *p) {
  int t = sh_p_cur(p)->type;
  return t == SH_TOK_FOR || (t == SH_TOK_ASYNC && sh_p_peek(p, 1) == SH_TOK_FOR);
}

ShAstSeq *sh_p_for_if_clauses(Parser *p) {
  ShVec gens = {0};
  while (at_for(p)) {
    ShAstComprehension *c = sh_p_alloc(p, sizeof(ShAstComprehension));
    if (!c) return NULL;
    c->is_async = sh_p_accept(p, SH_TOK_ASYNC);
    sh_p_next(p); /* 'for' */
    if (!(c->target = sh_p_star_targets(p, SH_TARGET_FOR))) return NULL;
    if (sh_p_expect(p, SH_TOK_IN) < 0) return NULL;
    if (!(c->iter = sh_p_disjunction(p))) return NULL;
    ShVec ifs = {0};
    while (sh_p_accept(p, SH_TOK_IF)) {
      ShAstExpr *cond = sh_p_disjunction(p);
      if (!cond) return NULL;
      sh_vec_push(p, &ifs, cond);
    }
    c->ifs = sh_vec_seq(p, &ifs);
    sh_vec_push(p, &gens, c);
  }
  return sh_vec_seq(p, &gens);
}

static ShAstExpr *comprehension(Parser *p, ShExprKind kind, ShAstExpr *elt, int start, int closer) {
  ShAstSeq *gens = sh_p_for_if_clauses(p);
  if (!gens || sh_p_expect(p, closer) < 0) return NULL;
  ShAstExpr *e = sh_p_new_expr(p, kind, start);
  if (!e) return NULL;
  e->v.comp.elt = elt;
  e->v.comp.generators = gens;
  return e;
}

/* the last node of a comprehension list, for error ranges */
static ShAstExpr *last_comprehension_item(ShAstSeq *gens) {
  ShAstComprehension *c = SH_SEQ_GET(gens, gens->n - 1);
  if (SH_SEQ_LEN(c->ifs)) return SH_SEQ_GET(c->ifs, c->ifs->n - 1);
  return c->iter;
}

static int starred_error(Parser *p, ShAstExpr *e) {
  return sh_p_error_range(p, SH_SYNERR_SYNTAX, e->pos,
                          "iterable unpacking cannot be used in comprehension");
}

/* ---- displays ---- */

static ShAstExpr *paren(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* '(' */
  if (sh_p_accept(p, SH_TOK_RPAR)) {
    ShVec none = {0};
    return new_tuple(p, &none, s);
  }
  if (sh_p_at(p, SH_TOK_YIELD)) {
    ShAstExpr *y = sh_p_yield_expr(p);
    if (!y || sh_p_expect(p, SH_TOK_RPAR) < 0) return NULL;
    return y;
  }
  if (sh_p_at(p, SH_TOK_DOUBLESTAR)) {
    int ds = p->pos;
    sh_p_next(p);
    ShAstExpr *v = sh_p_expression(p);
    if (v && sh_p_at(p, SH_TOK_RPAR)) {
      sh_p_error_range(p, SH_SYNERR_SYNTAX, sh_p_pos_from(p, ds),
                       "cannot use double starred expression here");
      return NULL;
    }
    sh_p_invalid_syntax(p);
    return NULL;
  }
  ShAstExpr *first = sh_p_star_named_expression(p);
  if (!first) return NULL;
  if (at_for(p)) {
    if (first->kind == SH_EXPR_STARRED) return starred_error(p, first), NULL;
    return comprehension(p, SH_EXPR_GENERATOREXP, first, s, SH_TOK_RPAR);
  }
  if (sh_p_accept(p, SH_TOK_RPAR)) {
    if (first->kind == SH_EXPR_STARRED) {
      sh_p_error_range(p, SH_SYNERR_SYNTAX, first->pos, "cannot use starred expression here");
      return NULL;
    }
    return first;
  }
  if (!sh_p_at(p, SH_TOK_COMMA)) {
    sh_p_invalid_syntax(p);
    return NULL;
  }
  ShVec elts = {0};
  sh_vec_push(p, &elts, first);
  while (sh_p_accept(p, SH_TOK_COMMA)) {
    if (sh_p_at(p, SH_TOK_RPAR)) break;
    ShAstExpr *e = sh_p_star_named_expression(p);
    if (!e) return NULL;
    sh_vec_push(p, &elts, e);
  }
  if (sh_p_expect(p, SH_TOK_RPAR) < 0) return NULL;
  return new_tuple(p, &elts, s);
}

static ShAstExpr *list_display(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* '[' */
  ShVec elts = {0};
  if (!sh_p_at(p, SH_TOK_RSQB)) {
    ShAstExpr *first = sh_p_star_named_expression(p);
    if (!first) return NULL;
    if (at_for(p)) {
      if (first->kind == SH_EXPR_STARRED) return starred_error(p, first), NULL;
      return comprehension(p, SH_EXPR_LISTCOMP, first, s, SH_TOK_RSQB);
    }
    sh_vec_push(p, &elts, first);
    while (sh_p_accept(p, SH_TOK_COMMA)) {
      if (sh_p_at(p, SH_TOK_RSQB)) break;
      ShAstExpr *e = sh_p_star_named_expression(p);
      if (!e) return NULL;
      sh_vec_push(p, &elts, e);
    }
  }
  if (sh_p_expect(p, SH_TOK_RSQB) < 0) return NULL;
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_LIST, s);
  if (!e) return NULL;
  e->v.list.elts = sh_vec_seq(p, &elts);
  e->v.list.ctx = SH_CTX_LOAD;
  return e;
}

static ShAstExpr *brace_display(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* '{' */
  ShVec keys = {0}, vals = {0};
  if (sh_p_accept(p, SH_TOK_RBRACE)) goto make_dict;
  if (sh_p_at(p, SH_TOK_DOUBLESTAR)) goto dict_items;
  ShAstExpr *first = sh_p_star_named_expression(p);
  if (!first) return NULL;
  if (sh_p_at(p, SH_TOK_COLON) && first->kind != SH_EXPR_STARRED) {
    sh_p_next(p);
    if (sh_p_at(p, SH_TOK_RBRACE) || sh_p_at(p, SH_TOK_COMMA)) {
      sh_p_error_at_token(p, &p->toks[p->pos - 1],
                          "expression expected after dictionary key and ':'");
      return NULL;
    }
    ShAstExpr *v = sh_p_expression(p);
    if (!v) return NULL;
    if (at_for(p)) {
      ShAstSeq *gens = sh_p_for_if_clauses(p);
      if (!gens || sh_p_expect(p, SH_TOK_RBRACE) < 0) return NULL;
      ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_DICTCOMP, s);
      if (!e) return NULL;
      e->v.comp.key = first;
      e->v.comp.value = v;
      e->v.comp.generators = gens;
      return e;
    }
    sh_vec_push(p, &keys, first);
    sh_vec_push(p, &vals, v);
    if (!sh_p_accept(p, SH_TOK_COMMA)) goto close_dict;
  dict_items:
    while (!sh_p_at(p, SH_TOK_RBRACE)) {
      int ds = p->pos;
      if (sh_p_accept(p, SH_TOK_DOUBLESTAR)) {
        ShAstExpr *v2 = sh_p_bitwise_or(p);
        if (!v2) return NULL;
        if (at_for(p)) {
          sh_p_error_range(p, SH_SYNERR_SYNTAX, sh_p_pos_from(p, ds),
                           "dict unpacking cannot be used in dict comprehension");
          return NULL;
        }
        sh_vec_push(p, &keys, NULL);
        sh_vec_push(p, &vals, v2);
      } else {
        /* a later key: CPython's memoized parse skips the comma hint */
        p->no_invalid++;
        ShAstExpr *k = sh_p_expression(p);
        p->no_invalid--;
        if (!k) return NULL;
        if (!sh_p_at(p, SH_TOK_COLON)) {
          sh_p_error_loc(p, SH_SYNERR_SYNTAX, k->pos.lineno, k->pos.end_col_offset - 1,
                         k->pos.end_lineno, -1, "':' expected after dictionary key");
          return NULL;
        }
        sh_p_next(p);
        if (sh_p_at(p, SH_TOK_RBRACE) || sh_p_at(p, SH_TOK_COMMA)) {
          ShToken *colon = &p->toks[p->pos - 1];
          sh_p_error_at_token(p, colon, "expression expected after dictionary key and ':'");
          return NULL;
        }
        ShAstExpr *v2 = sh_p_expression(p);
        if (!v2) return NULL;
        sh_vec_push(p, &keys, k);
        sh_vec_push(p, &vals, v2);
      }
      if (!sh_p_accept(p, SH_TOK_COMMA)) break;
    }
  close_dict:
    if (sh_p_expect(p, SH_TOK_RBRACE) < 0) return NULL;
  make_dict:;
    ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_DICT, s);
    if (!e) return NULL;
    e->v.dict.keys = sh_vec_seq(p, &keys);
    e->v.dict.values = sh_vec_seq(p, &vals);
    return e;
  }
  /* a set */
  if (at_for(p)) {
    if (first->kind == SH_EXPR_STARRED) return starred_error(p, first), NULL;
    return comprehension(p, SH_EXPR_SETCOMP, first, s, SH_TOK_RBRACE);
  }
  ShVec elts = {0};
  sh_vec_push(p, &elts, first);
  while (sh_p_accept(p, SH_TOK_COMMA)) {
    if (sh_p_at(p, SH_TOK_RBRACE)) break;
    ShAstExpr *e = sh_p_star_named_expression(p);
    if (!e) return NULL;
    sh_vec_push(p, &elts, e);
  }
  if (sh_p_expect(p, SH_TOK_RBRACE) < 0) return NULL;
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_SET, s);
  if (!e) return NULL;
  e->v.set.elts = sh_vec_seq(p, &elts);
  return e;
}

static ShAstExpr *constant(Parser *p, ShConstKind kind) {
  int s = p->pos;
  sh_p_next(p);
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_CONSTANT, s);
  if (e) e->v.constant.kind = kind;
  return e;
}

static ShAstExpr *atom(Parser *p) {
  ShToken *t = sh_p_cur(p);
  ShAstExpr *e;
  if (sh_p_enter(p) < 0) return NULL;
  switch (t->type) {
  case SH_TOK_NAME:
    sh_p_next(p);
    e = sh_p_name_expr(p, t, SH_CTX_LOAD);
    break;
  case SH_TOK_NUMBER:
    sh_p_next(p);
    e = sh_p_number(p, t);
    break;
  case SH_TOK_STRING: e = sh_p_strings(p); break;
  case SH_TOK_NONE: e = constant(p, SH_CONST_NONE); break;
  case SH_TOK_TRUE: e = constant(p, SH_CONST_TRUE); break;
  case SH_TOK_FALSE: e = constant(p, SH_CONST_FALSE); break;
  case SH_TOK_ELLIPSIS: e = constant(p, SH_CONST_ELLIPSIS); break;
  case SH_TOK_LPAR: e = paren(p); break;
  case SH_TOK_LSQB: e = list_display(p); break;
  case SH_TOK_LBRACE: e = brace_display(p); break;
  default: sh_p_invalid_syntax(p); e = NULL;
  }
  sh_p_leave(p);
  return e;
}

/* ---- calls ---- */

static ShAstKeyword *new_keyword(Parser *p, ShIdent arg, ShAstExpr *value, int start) {
  ShAstKeyword *k = sh_p_alloc(p, sizeof(ShAstKeyword));
  if (!k) return NULL;
  k->arg = arg;
  k->value = value;
  k->pos = sh_p_pos_from(p, start);
  return k;
}

static int genexp_unparenthesized(Parser *p, ShAstExpr *first, ShAstSeq *gens) {
  ShAstExpr *last = last_comprehension_item(gens);
  ShAstPos pos = first->pos;
  pos.end_lineno = last->pos.end_lineno;
  pos.end_col_offset = last->pos.end_col_offset;
  return sh_p_error_range(p, SH_SYNERR_SYNTAX, pos, "Generator expression must be parenthesized");
}

/* for-clauses in arguments that do not parse: where no generator could
   start, a plain syntax error points at the `for`; a specific one stands */
static int bad_clauses(Parser *p, ShSpec *sp, int restore) {
  if (!p->error_generic || !restore) return -1;
  sh_p_spec_end(p, sp, 0);
  return sh_p_invalid_syntax(p);
}

int sh_p_call_args(Parser *p, ShAstSeq **args_out, ShAstSeq **kw_out, int allow_genexp) {
  int lpar = p->pos;
  sh_p_next(p); /* '(' */
  ShVec args = {0}, kws = {0};
  int seen_kw = 0, seen_dstar = 0;
  while (!sh_p_at(p, SH_TOK_RPAR)) {
    int s = p->pos;
    ShToken *t = sh_p_cur(p);
    if (t->type == SH_TOK_STAR) {
      sh_p_next(p);
      if ((args.n || kws.n) && !sh_p_starts_expression(sh_p_cur(p)->type))
        return sh_p_error_at_token(
            p, t, "iterable argument unpacking follows keyword argument unpacking");
      ShAstExpr *v = sh_p_expression(p);
      if (!v) return -1;
      if (seen_dstar) {
        return sh_p_error_at_token(
            p, t, "iterable argument unpacking follows keyword argument unpacking");
      }
      ShAstExpr *star = new_starred(p, v, s);
      if (star && at_for(p) && (args.n || (allow_genexp && !kws.n))) {
        /* CPython: `f(*a for ...)` is a bad comprehension, `f(x, *a for ...)`
           an unparenthesized generator; otherwise plain invalid syntax */
        ShSpec sp;
        sh_p_spec_begin(p, &sp);
        ShAstSeq *gens = sh_p_for_if_clauses(p);
        if (!gens) return bad_clauses(p, &sp, 1);
        if (!args.n) return starred_error(p, star);
        return genexp_unparenthesized(p, star, gens);
      }
      sh_vec_push(p, &args, star);
    } else if (t->type == SH_TOK_DOUBLESTAR) {
      sh_p_next(p);
      ShAstExpr *v = sh_p_expression(p);
      if (!v) return -1;
      sh_vec_push(p, &kws, new_keyword(p, NULL, v, s));
      seen_dstar = 1;
    } else if (t->type == SH_TOK_NAME && sh_p_peek(p, 1) == SH_TOK_EQUAL) {
      sh_p_next(p);
      sh_p_next(p);
      ShAstExpr *v = sh_p_expression(p);
      if (!v) return -1;
      if (at_for(p)) {
        ShToken *eq = &p->toks[s + 1];
        ShAstPos pos = {t->lineno, t->col, eq->end_lineno, eq->end_col};
        return sh_p_error_range(p, SH_SYNERR_SYNTAX, pos,
                                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      sh_vec_push(p, &kws, new_keyword(p, sh_p_ident(p, t), v, s));
      seen_kw = 1;
    } else if ((t->type == SH_TOK_TRUE || t->type == SH_TOK_FALSE || t->type == SH_TOK_NONE) &&
               sh_p_peek(p, 1) == SH_TOK_EQUAL) {
      ShToken *eq = &p->toks[p->pos + 1];
      ShAstPos pos = {t->lineno, t->col, eq->end_lineno, eq->end_col};
      return sh_p_error_range(p, SH_SYNERR_SYNTAX, pos, "cannot assign to %.*s", t->len, t->start);
    } else {
      ShAstExpr *e = named_expression_plain(p);
      if (!e) return -1;
      if (at_for(p)) {
        ShSpec sp;
        sh_p_spec_begin(p, &sp);
        ShAstSeq *gens = sh_p_for_if_clauses(p);
        if (!gens) return bad_clauses(p, &sp, !allow_genexp || args.n || kws.n);
        if (allow_genexp && args.n == 0 && kws.n == 0 && sh_p_at(p, SH_TOK_RPAR)) {
          sh_p_next(p);
          ShAstExpr *g = sh_p_new_expr(p, SH_EXPR_GENERATOREXP, lpar);
          if (!g) return -1;
          g->v.comp.elt = e;
          g->v.comp.generators = gens;
          *args_out = sh_p_seq1(p, g);
          *kw_out = NULL;
          return 0;
        }
        /* a lone generator is only an error when something follows it;
           class bases never take one, so that stops at the `for` */
        if (!args.n && !kws.n && !sh_p_at(p, SH_TOK_COMMA)) {
          if (!allow_genexp) sh_p_spec_end(p, &sp, 0);
          return sh_p_invalid_syntax(p);
        }
        return genexp_unparenthesized(p, e, gens);
      }
      if (sh_p_at(p, SH_TOK_EQUAL)) {
        ShToken *eq = sh_p_cur(p);
        ShAstPos pos = e->pos;
        pos.end_lineno = eq->end_lineno;
        pos.end_col_offset = eq->end_col;
        return sh_p_error_range(p, SH_SYNERR_SYNTAX, pos,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (seen_kw || seen_dstar) {
        /* CPython reports this at the furthest token after reparsing the
           remaining arguments */
        const char *msg = seen_dstar ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument";
        while (sh_p_accept(p, SH_TOK_COMMA) && !sh_p_at(p, SH_TOK_RPAR)) {
          if (!sh_p_accept(p, SH_TOK_STAR)) sh_p_accept(p, SH_TOK_DOUBLESTAR);
          if (sh_p_at(p, SH_TOK_NAME) && sh_p_peek(p, 1) == SH_TOK_EQUAL) p->pos += 2;
          if (!named_expression_plain(p)) break;
        }
        if (p->error && !p->error_generic) return -1;
        p->error = 0;
        return sh_p_error_last(p, "%s", msg);
      }
      sh_vec_push(p, &args, e);
    }
    if (!sh_p_accept(p, SH_TOK_COMMA)) break;
  }
  if (sh_p_expect(p, SH_TOK_RPAR) < 0) return -1;
  *args_out = sh_vec_seq(p, &args);
  *kw_out = sh_vec_seq(p, &kws);
  return p->error ? -1 : 0;
}

/* ---- parameters ---- */

static ShAstArg *param(Parser *p, int is_lambda, int star_annotation) {
  ShToken *t = sh_p_cur(p);
  int s = p->pos;
  if (t->type != SH_TOK_NAME) {
    sh_p_invalid_syntax(p);
    return NULL;
  }
  sh_p_next(p);
  ShAstArg *a = sh_p_alloc(p, sizeof(ShAstArg));
  if (!a) return NULL;
  a->arg = sh_p_ident(p, t);
  if (!is_lambda && sh_p_accept(p, SH_TOK_COLON)) {
    a->annotation = star_annotation ? star_expression(p) : sh_p_expression(p);
    if (!a->annotation) return NULL;
  }
  a->pos = sh_p_pos_from(p, s);
  return a;
}

ShAstArguments *sh_p_params(Parser *p, int is_lambda) {
  int closer = is_lambda ? SH_TOK_COLON : SH_TOK_RPAR;
  ShAstArguments *a = sh_p_alloc(p, sizeof(ShAstArguments));
  if (!a) return NULL;
  ShVec posonly = {0}, args = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
  int seen_slash = 0, seen_star = 0, bare_star = -1;
  while (!sh_p_at(p, closer)) {
    ShToken *t = sh_p_cur(p);
    if (t->type == SH_TOK_LPAR && !seen_star && !defaults.n) {
      /* Python 2's tuple parameters: ( NAME (, NAME)* [,] ) */
      int k = 1;
      while (sh_p_peek(p, k) == SH_TOK_NAME) {
        k++;
        if (sh_p_peek(p, k) != SH_TOK_COMMA) break;
        k++;
      }
      if (k > 1 && sh_p_peek(p, k) == SH_TOK_RPAR) {
        ShAstPos pos = sh_p_pos_tokens(p, p->pos, p->pos + k);
        sh_p_error_range(p, SH_SYNERR_SYNTAX, pos,
                         is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                   : "Function parameters cannot be parenthesized");
        return NULL;
      }
    }
    if (t->type == SH_TOK_SLASH) {
      if (seen_slash) {
        sh_p_error_at_token(p, t, "/ may appear only once");
        return NULL;
      }
      if (seen_star) {
        sh_p_error_at_token(p, t, "/ must be ahead of *");
        return NULL;
      }
      if (args.n == 0) {
        if (sh_p_peek(p, 1) == SH_TOK_COMMA)
          sh_p_error_at_token(p, t, "at least one argument must precede /");
        else
          sh_p_error_at_token(p, t, "invalid syntax");
        return NULL;
      }
      sh_p_next(p);
      posonly = args;
      memset(&args, 0, sizeof args);
      seen_slash = 1;
    } else if (t->type == SH_TOK_STAR) {
      if (seen_star) {
        sh_p_error_at_token(p, t, "* argument may appear only once");
        return NULL;
      }
      sh_p_next(p);
      seen_star = 1;
      if (sh_p_at(p, SH_TOK_COMMA) || sh_p_at(p, closer)) {
        bare_star = (int)(t - p->toks);
      } else {
        if (!(a->vararg = param(p, is_lambda, 1))) return NULL;
        if (sh_p_at(p, SH_TOK_EQUAL)) {
          sh_p_error_at_token(p, sh_p_cur(p), "var-positional argument cannot have default value");
          return NULL;
        }
      }
    } else if (t->type == SH_TOK_DOUBLESTAR) {
      sh_p_next(p);
      if (!(a->kwarg = param(p, is_lambda, 0))) return NULL;
      if (sh_p_at(p, SH_TOK_EQUAL)) {
        sh_p_error_at_token(p, sh_p_cur(p), "var-keyword argument cannot have default value");
        return NULL;
      }
      if (sh_p_accept(p, SH_TOK_COMMA) && !sh_p_at(p, closer)) {
        sh_p_error_at_token(p, sh_p_cur(p), "arguments cannot follow var-keyword argument");
        return NULL;
      }
      break;
    } else {
      ShAstArg *arg = param(p, is_lambda, 0);
      if (!arg) return NULL;
      ShAstExpr *def = NULL;
      if (sh_p_accept(p, SH_TOK_EQUAL)) {
        if (!(def = sh_p_expression(p))) return NULL;
      }
      if (seen_star) {
        sh_vec_push(p, &kwonly, arg);
        sh_vec_push(p, &kwdefaults, def);
      } else {
        sh_vec_push(p, &args, arg);
        if (def) {
          sh_vec_push(p, &defaults, def);
        } else if (defaults.n) {
          if (!sh_p_at(p, SH_TOK_COMMA) && !sh_p_at(p, closer)) {
            sh_p_invalid_syntax(p);
            return NULL;
          }
          sh_p_error_range(p, SH_SYNERR_SYNTAX, arg->pos,
                           "non-default argument follows default argument");
          return NULL;
        }
      }
    }
    if (!sh_p_accept(p, SH_TOK_COMMA)) break;
  }
  if (bare_star >= 0 && kwonly.n == 0) {
    ShToken *st = &p->toks[bare_star];
    if (!sh_p_at(p, closer) && !p->error)
      sh_p_invalid_syntax(p);
    else
      sh_p_error_at_token(p, st, "named arguments must follow bare *");
    return NULL;
  }
  a->posonlyargs = sh_vec_seq(p, &posonly);
  a->args = sh_vec_seq(p, &args);
  a->defaults = sh_vec_seq(p, &defaults);
  a->kwonlyargs = sh_vec_seq(p, &kwonly);
  a->kw_defaults = sh_vec_seq(p, &kwdefaults);
  return p->error ? NULL : a;
}

static ShAstExpr *lambdef(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* 'lambda' */
  ShAstArguments *args = sh_p_params(p, 1);
  if (!args) return NULL;
  if (sh_p_expect(p, SH_TOK_COLON) < 0) return NULL;
  ShAstExpr *body = sh_p_expression(p);
  if (!body) return NULL;
  ShAstExpr *e = sh_p_new_expr(p, SH_EXPR_LAMBDA, s);
  if (!e) return NULL;
  e->v.lambda.args = args;
  e->v.lambda.body = body;
  return e;
}
