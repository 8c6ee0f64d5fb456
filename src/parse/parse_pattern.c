/* match statements: the subject, case blocks and the pattern grammar of
   Python 3.11, producing ShAstPattern nodes. */
#include <string.h>

#include "parse_internal.h"

static ShAstPattern *pattern(Parser *p);
static ShAstPattern *closed_pattern(Parser *p);

static ShAstPattern *new_pattern(Parser *p, ShPatternKind kind, int start) {
  ShAstPattern *pt = sh_p_alloc(p, sizeof(ShAstPattern));
  if (!pt) return NULL;
  pt->kind = kind;
  pt->pos = sh_p_pos_from(p, start);
  return pt;
}

static int is_wildcard(ShToken *t) {
  return sh_p_is_name(t, "_");
}

/* ---- literals ---- */

static int is_imaginary(ShToken *t) {
  char c = t->start[t->len - 1];
  return c == 'j' || c == 'J';
}

static ShAstExpr *number_expr(Parser *p, int want_real, int want_imag) {
  ShToken *t = sh_p_cur(p);
  if (t->type != SH_TOK_NUMBER) {
    sh_p_invalid_syntax(p);
    return NULL;
  }
  sh_p_next(p);
  ShAstExpr *e = sh_p_number(p, t);
  if (!e) return NULL;
  if (want_real && is_imaginary(t)) {
    sh_p_error_range(p, SH_SYNERR_SYNTAX, e->pos, "real number required in complex literal");
    return NULL;
  }
  if (want_imag && !is_imaginary(t)) {
    sh_p_error_range(p, SH_SYNERR_SYNTAX, e->pos, "imaginary number required in complex literal");
    return NULL;
  }
  return e;
}

/* signed_number, or complex_number (real +/- imaginary) */
static ShAstExpr *number_literal(Parser *p) {
  int s = p->pos;
  int neg = sh_p_at(p, SH_TOK_MINUS);
  int complex_follows = 0;
  {
    /* look past the (signed) number for + or - */
    int k = neg ? 2 : 1;
    int t = sh_p_peek(p, k);
    complex_follows = t == SH_TOK_PLUS || t == SH_TOK_MINUS;
  }
  if (neg) sh_p_next(p);
  ShAstExpr *num = number_expr(p, complex_follows, 0);
  if (!num) return NULL;
  if (neg) {
    ShAstExpr *u = sh_p_new_expr(p, SH_EXPR_UNARYOP, s);
    if (!u) return NULL;
    u->v.unaryop.op = SH_UOP_USUB;
    u->v.unaryop.operand = num;
    num = u;
  }
  if (!complex_follows) return num;
  ShOperator op = sh_p_at(p, SH_TOK_PLUS) ? SH_OP_ADD : SH_OP_SUB;
  sh_p_next(p);
  ShAstExpr *imag = number_expr(p, 0, 1);
  if (!imag) return NULL;
  ShAstExpr *b = sh_p_new_expr(p, SH_EXPR_BINOP, s);
  if (!b) return NULL;
  b->v.binop.left = num;
  b->v.binop.op = op;
  b->v.binop.right = imag;
  return b;
}

/* name_or_attr: NAME ('.' NAME)* as Load expressions */
static ShAstExpr *name_or_attr(Parser *p) {
  int s = p->pos;
  ShToken *t = sh_p_next(p);
  ShAstExpr *e = sh_p_name_expr(p, t, SH_CTX_LOAD);
  while (e && sh_p_at(p, SH_TOK_DOT)) {
    sh_p_next(p);
    ShToken *n = sh_p_cur(p);
    if (n->type != SH_TOK_NAME) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    sh_p_next(p);
    ShAstExpr *a = sh_p_new_expr(p, SH_EXPR_ATTRIBUTE, s);
    if (!a) return NULL;
    a->v.attribute.value = e;
    a->v.attribute.attr = sh_p_ident(p, n);
    a->v.attribute.ctx = SH_CTX_LOAD;
    e = a;
  }
  return e;
}

/* ---- compound patterns ---- */

static ShAstPattern *star_pattern(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* '*' */
  ShToken *n = sh_p_cur(p);
  if (n->type != SH_TOK_NAME) {
    sh_p_invalid_syntax(p);
    return NULL;
  }
  sh_p_next(p);
  ShAstPattern *pt = new_pattern(p, SH_PAT_STAR, s);
  if (pt && !is_wildcard(n)) pt->v.star.name = sh_p_ident(p, n);
  return pt;
}

static ShAstPattern *maybe_star_pattern(Parser *p) {
  if (sh_p_at(p, SH_TOK_STAR)) return star_pattern(p);
  return pattern(p);
}

/* items up to `closer` after the opening bracket (already consumed);
   the first may be given */
static int sequence_items(Parser *p, ShVec *items, ShAstPattern *first, int closer) {
  if (first) {
    sh_vec_push(p, items, first);
    if (!sh_p_accept(p, SH_TOK_COMMA)) return 0;
  }
  while (!sh_p_at(p, closer)) {
    ShAstPattern *pt = maybe_star_pattern(p);
    if (!pt) return -1;
    sh_vec_push(p, items, pt);
    if (!sh_p_accept(p, SH_TOK_COMMA)) break;
  }
  return 0;
}

static ShAstPattern *group_or_sequence(Parser *p) {
  int s = p->pos;
  int paren = sh_p_at(p, SH_TOK_LPAR);
  int closer = paren ? SH_TOK_RPAR : SH_TOK_RSQB;
  sh_p_next(p);
  ShVec items = {0};
  if (paren && !sh_p_at(p, SH_TOK_RPAR)) {
    ShAstPattern *first = maybe_star_pattern(p);
    if (!first) return NULL;
    if (sh_p_at(p, SH_TOK_RPAR) && first->kind != SH_PAT_STAR) {
      sh_p_next(p);
      return first; /* a group */
    }
    if (!sh_p_at(p, SH_TOK_COMMA)) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    if (sequence_items(p, &items, first, closer) < 0) return NULL;
  } else if (sequence_items(p, &items, NULL, closer) < 0) {
    return NULL;
  }
  if (sh_p_expect(p, closer) < 0) return NULL;
  ShAstPattern *pt = new_pattern(p, SH_PAT_SEQUENCE, s);
  if (pt) pt->v.sequence.patterns = sh_vec_seq(p, &items);
  return pt;
}

static ShAstPattern *mapping_pattern(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* '{' */
  ShVec keys = {0}, pats = {0};
  ShIdent rest = NULL;
  while (!sh_p_at(p, SH_TOK_RBRACE)) {
    if (sh_p_at(p, SH_TOK_DOUBLESTAR)) {
      sh_p_next(p);
      ShToken *n = sh_p_cur(p);
      if (n->type != SH_TOK_NAME || is_wildcard(n)) {
        sh_p_invalid_syntax(p);
        return NULL;
      }
      sh_p_next(p);
      rest = sh_p_ident(p, n);
      sh_p_accept(p, SH_TOK_COMMA);
      break;
    }
    ShToken *t = sh_p_cur(p);
    ShAstExpr *key;
    if (t->type == SH_TOK_NUMBER || t->type == SH_TOK_MINUS) {
      key = number_literal(p);
    } else if (t->type == SH_TOK_STRING) {
      key = sh_p_strings(p);
    } else if (t->type == SH_TOK_NONE || t->type == SH_TOK_TRUE || t->type == SH_TOK_FALSE) {
      int ks = p->pos;
      sh_p_next(p);
      key = sh_p_new_expr(p, SH_EXPR_CONSTANT, ks);
      if (key)
        key->v.constant.kind = t->type == SH_TOK_NONE   ? SH_CONST_NONE
                               : t->type == SH_TOK_TRUE ? SH_CONST_TRUE
                                                        : SH_CONST_FALSE;
    } else if (t->type == SH_TOK_NAME && sh_p_peek(p, 1) == SH_TOK_DOT) {
      key = name_or_attr(p);
    } else {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    if (!key || sh_p_expect(p, SH_TOK_COLON) < 0) return NULL;
    ShAstPattern *v = pattern(p);
    if (!v) return NULL;
    sh_vec_push(p, &keys, key);
    sh_vec_push(p, &pats, v);
    if (!sh_p_accept(p, SH_TOK_COMMA)) break;
  }
  if (sh_p_expect(p, SH_TOK_RBRACE) < 0) return NULL;
  ShAstPattern *pt = new_pattern(p, SH_PAT_MAPPING, s);
  if (!pt) return NULL;
  pt->v.mapping.keys = sh_vec_seq(p, &keys);
  pt->v.mapping.patterns = sh_vec_seq(p, &pats);
  pt->v.mapping.rest = rest;
  return pt;
}

static ShAstPattern *class_pattern(Parser *p, ShAstExpr *cls, int s) {
  sh_p_next(p); /* '(' */
  ShVec pats = {0}, attrs = {0}, kwpats = {0};
  ShAstPattern *first_kw = NULL;
  while (!sh_p_at(p, SH_TOK_RPAR)) {
    int ps = p->pos;
    if (sh_p_at(p, SH_TOK_NAME) && sh_p_peek(p, 1) == SH_TOK_EQUAL) {
      ShToken *n = sh_p_next(p);
      sh_p_next(p);
      ShAstPattern *v = pattern(p);
      if (!v) return NULL;
      if (!first_kw) first_kw = v;
      sh_vec_push(p, &attrs, (void *)sh_p_ident(p, n));
      sh_vec_push(p, &kwpats, v);
    } else {
      ShAstPattern *v = pattern(p);
      if (!v) return NULL;
      if (kwpats.n) {
        ShAstPos pos = sh_p_pos_from(p, ps);
        sh_p_error_range(p, SH_SYNERR_SYNTAX, pos, "positional patterns follow keyword patterns");
        return NULL;
      }
      sh_vec_push(p, &pats, v);
    }
    if (!sh_p_accept(p, SH_TOK_COMMA)) break;
  }
  if (sh_p_expect(p, SH_TOK_RPAR) < 0) return NULL;
  ShAstPattern *pt = new_pattern(p, SH_PAT_CLASS, s);
  if (!pt) return NULL;
  pt->v.class_.cls = cls;
  pt->v.class_.patterns = sh_vec_seq(p, &pats);
  pt->v.class_.kwd_attrs = sh_vec_seq(p, &attrs);
  pt->v.class_.kwd_patterns = sh_vec_seq(p, &kwpats);
  return pt;
}

static ShAstPattern *value_pattern(Parser *p, ShAstExpr *value, int s) {
  ShAstPattern *pt = new_pattern(p, SH_PAT_VALUE, s);
  if (pt) pt->v.value.value = value;
  return pt;
}

static ShAstPattern *closed_pattern(Parser *p) {
  int s = p->pos;
  ShToken *t = sh_p_cur(p);
  switch (t->type) {
  case SH_TOK_NUMBER:
  case SH_TOK_MINUS: {
    ShAstExpr *v = number_literal(p);
    return v ? value_pattern(p, v, s) : NULL;
  }
  case SH_TOK_STRING: {
    ShAstExpr *v = sh_p_strings(p);
    return v ? value_pattern(p, v, s) : NULL;
  }
  case SH_TOK_NONE:
  case SH_TOK_TRUE:
  case SH_TOK_FALSE: {
    sh_p_next(p);
    ShAstPattern *pt = new_pattern(p, SH_PAT_SINGLETON, s);
    if (pt)
      pt->v.singleton.value = t->type == SH_TOK_NONE   ? SH_CONST_NONE
                              : t->type == SH_TOK_TRUE ? SH_CONST_TRUE
                                                       : SH_CONST_FALSE;
    return pt;
  }
  case SH_TOK_LPAR:
  case SH_TOK_LSQB: return group_or_sequence(p);
  case SH_TOK_LBRACE: return mapping_pattern(p);
  case SH_TOK_NAME: {
    int next = sh_p_peek(p, 1);
    if (next == SH_TOK_DOT || next == SH_TOK_LPAR) {
      ShAstExpr *e = name_or_attr(p);
      if (!e) return NULL;
      if (sh_p_at(p, SH_TOK_LPAR)) return class_pattern(p, e, s);
      return value_pattern(p, e, s);
    }
    sh_p_next(p);
    ShAstPattern *pt = new_pattern(p, SH_PAT_AS, s);
    if (pt && !is_wildcard(t)) pt->v.as.name = sh_p_ident(p, t);
    return pt;
  }
  default: sh_p_invalid_syntax(p); return NULL;
  }
}

static ShAstPattern *or_pattern(Parser *p) {
  int s = p->pos;
  ShAstPattern *first = closed_pattern(p);
  if (!first || !sh_p_at(p, SH_TOK_VBAR)) return first;
  ShVec alts = {0};
  sh_vec_push(p, &alts, first);
  while (sh_p_accept(p, SH_TOK_VBAR)) {
    ShAstPattern *pt = closed_pattern(p);
    if (!pt) return NULL;
    sh_vec_push(p, &alts, pt);
  }
  ShAstPattern *pt = new_pattern(p, SH_PAT_OR, s);
  if (pt) pt->v.or_.patterns = sh_vec_seq(p, &alts);
  return pt;
}

static ShAstPattern *pattern(Parser *p) {
  int s = p->pos;
  if (sh_p_enter(p) < 0) return NULL;
  ShAstPattern *pt = or_pattern(p);
  sh_p_leave(p);
  if (!pt || !sh_p_at(p, SH_TOK_AS)) return pt;
  sh_p_next(p);
  ShToken *n = sh_p_cur(p);
  if (n->type != SH_TOK_NAME) {
    if (sh_p_starts_expression(n->type)) {
      int es = p->pos;
      p->no_invalid++;
      ShAstExpr *e = sh_p_expression(p);
      p->no_invalid--;
      if (e && !p->error) {
        sh_p_error_range(p, SH_SYNERR_SYNTAX, sh_p_pos_from(p, es), "invalid pattern target");
        return NULL;
      }
      p->error = 0;
    }
    sh_p_invalid_syntax(p);
    return NULL;
  }
  if (is_wildcard(n)) {
    sh_p_error_at_token(p, n, "cannot use '_' as a target");
    return NULL;
  }
  sh_p_next(p);
  ShAstPattern *as = new_pattern(p, SH_PAT_AS, s);
  if (!as) return NULL;
  as->v.as.pattern = pt;
  as->v.as.name = sh_p_ident(p, n);
  return as;
}

/* patterns: an open sequence (a, b) or one pattern */
static ShAstPattern *patterns(Parser *p) {
  int s = p->pos;
  ShAstPattern *first = maybe_star_pattern(p);
  if (!first) return NULL;
  if (!sh_p_at(p, SH_TOK_COMMA)) {
    if (first->kind == SH_PAT_STAR) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    return first;
  }
  ShVec items = {0};
  sh_vec_push(p, &items, first);
  while (sh_p_accept(p, SH_TOK_COMMA)) {
    if (sh_p_at(p, SH_TOK_COLON) || sh_p_at(p, SH_TOK_IF)) break;
    ShAstPattern *pt = maybe_star_pattern(p);
    if (!pt) return NULL;
    sh_vec_push(p, &items, pt);
  }
  ShAstPattern *pt = new_pattern(p, SH_PAT_SEQUENCE, s);
  if (pt) pt->v.sequence.patterns = sh_vec_seq(p, &items);
  return pt;
}

/* ---- the statement ---- */

static ShAstExpr *subject_expr(Parser *p) {
  int s = p->pos;
  ShAstExpr *first = sh_p_star_named_expression(p);
  if (!first || !sh_p_at(p, SH_TOK_COMMA)) {
    if (first && first->kind == SH_EXPR_STARRED) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    return first;
  }
  ShVec elts = {0};
  sh_vec_push(p, &elts, first);
  while (sh_p_accept(p, SH_TOK_COMMA)) {
    int t = sh_p_cur(p)->type;
    if (!sh_p_starts_expression(t) && t != SH_TOK_STAR) break;
    ShAstExpr *e = sh_p_star_named_expression(p);
    if (!e) return NULL;
    sh_vec_push(p, &elts, e);
  }
  ShAstExpr *tup = sh_p_new_expr(p, SH_EXPR_TUPLE, s);
  if (tup) {
    tup->v.tuple.elts = sh_vec_seq(p, &elts);
    tup->v.tuple.ctx = SH_CTX_LOAD;
  }
  return tup;
}

int sh_p_match_start(Parser *p) {
  ShSpec sp;
  sh_p_spec_begin(p, &sp);
  sh_p_next(p);
  int ok = 0, t = sh_p_cur(p)->type;
  if (sh_p_starts_expression(t) || t == SH_TOK_STAR) {
    p->no_invalid++;
    ShAstExpr *subject = subject_expr(p);
    p->no_invalid--;
    ok = subject && !p->error;
    t = sh_p_cur(p)->type;
  }
  sh_p_spec_end(p, &sp, 0);
  if (!ok) return 0;
  return t == SH_TOK_COLON;
}

ShAstStmt *sh_p_match_stmt(Parser *p) {
  int s = p->pos;
  ShToken *kw = sh_p_next(p); /* 'match' */
  ShAstExpr *subject = subject_expr(p);
  if (!subject) return NULL;
  if (!sh_p_at(p, SH_TOK_COLON)) {
    sh_p_error_last(p, "expected ':'");
    return NULL;
  }
  sh_p_next(p);
  if (sh_p_expect(p, SH_TOK_NEWLINE) < 0) return NULL;
  if (!sh_p_at(p, SH_TOK_INDENT)) {
    sh_p_error_last_kind(p, SH_SYNERR_INDENT,
                         "expected an indented block after 'match' statement on line %d",
                         kw->lineno);
    return NULL;
  }
  sh_p_next(p);
  ShVec cases = {0};
  do {
    ShToken *c = sh_p_cur(p);
    if (!sh_p_is_name(c, "case")) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    sh_p_next(p);
    ShAstMatchCase *mc = sh_p_alloc(p, sizeof(ShAstMatchCase));
    if (!mc || !(mc->pattern = patterns(p))) return NULL;
    if (sh_p_accept(p, SH_TOK_IF) && !(mc->guard = sh_p_named_expression(p))) return NULL;
    if (!sh_p_at(p, SH_TOK_COLON)) {
      if (sh_p_at(p, SH_TOK_NEWLINE))
        sh_p_error_last(p, "expected ':'");
      else
        sh_p_invalid_syntax(p);
      return NULL;
    }
    sh_p_next(p);
    if (!(mc->body = sh_p_block(p, "'case' statement", c->lineno))) return NULL;
    sh_vec_push(p, &cases, mc);
  } while (!sh_p_at(p, SH_TOK_DEDENT) && !sh_p_at(p, SH_TOK_ENDMARKER));
  if (sh_p_expect(p, SH_TOK_DEDENT) < 0) return NULL;
  ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_MATCH, s);
  if (!st) return NULL;
  st->v.match.subject = subject;
  st->v.match.cases = sh_vec_seq(p, &cases);
  return st;
}
