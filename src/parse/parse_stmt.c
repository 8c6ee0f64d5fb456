/* Statement grammar of Python 3.11: simple statements (assignments,
   imports, ...) and compound statements with their indented blocks. */
#include <string.h>

#include "parse_internal.h"

static int statement(Parser *p, ShVec *out);
static int simple_stmts(Parser *p, ShVec *out);

/* ---- blocks ---- */

/* ':' after a compound statement's header. `forced`: any other token is
   "expected ':'" (CPython's &&':'); otherwise only a NEWLINE is. */
static int expect_colon(Parser *p, int forced) {
  if (sh_p_accept(p, SH_TOK_COLON)) return 0;
  ShToken *t = sh_p_cur(p);
  if (forced || t->type == SH_TOK_NEWLINE) return sh_p_error_at_token(p, t, "expected ':'");
  return sh_p_invalid_syntax(p);
}

ShAstSeq *sh_p_block(Parser *p, const char *what, int line) {
  ShVec body = {0};
  if (sh_p_at(p, SH_TOK_NEWLINE)) {
    if (sh_p_peek(p, 1) != SH_TOK_INDENT) {
      sh_p_next(p);
      sh_p_cur(p);
      sh_p_error_last_kind(p, SH_SYNERR_INDENT, "expected an indented block after %s on line %d",
                           what, line);
      return NULL;
    }
    sh_p_next(p);
    sh_p_next(p);
    while (!sh_p_at(p, SH_TOK_DEDENT) && !sh_p_at(p, SH_TOK_ENDMARKER)) {
      if (statement(p, &body) < 0) return NULL;
    }
    if (sh_p_expect(p, SH_TOK_DEDENT) < 0) return NULL;
  } else if (simple_stmts(p, &body) < 0) {
    return NULL;
  }
  return sh_vec_seq(p, &body);
}

/* ---- simple statements ---- */

static int is_augassign(int type, ShOperator *op) {
  switch (type) {
  case SH_TOK_PLUSEQUAL: *op = SH_OP_ADD; return 1;
  case SH_TOK_MINEQUAL: *op = SH_OP_SUB; return 1;
  case SH_TOK_STAREQUAL: *op = SH_OP_MULT; return 1;
  case SH_TOK_ATEQUAL: *op = SH_OP_MATMULT; return 1;
  case SH_TOK_SLASHEQUAL: *op = SH_OP_DIV; return 1;
  case SH_TOK_PERCENTEQUAL: *op = SH_OP_MOD; return 1;
  case SH_TOK_AMPEREQUAL: *op = SH_OP_BITAND; return 1;
  case SH_TOK_VBAREQUAL: *op = SH_OP_BITOR; return 1;
  case SH_TOK_CIRCUMFLEXEQUAL: *op = SH_OP_BITXOR; return 1;
  case SH_TOK_LEFTSHIFTEQUAL: *op = SH_OP_LSHIFT; return 1;
  case SH_TOK_RIGHTSHIFTEQUAL: *op = SH_OP_RSHIFT; return 1;
  case SH_TOK_DOUBLESTAREQUAL: *op = SH_OP_POW; return 1;
  case SH_TOK_DOUBLESLASHEQUAL: *op = SH_OP_FLOORDIV; return 1;
  }
  return 0;
}

static ShAstExpr *yield_or_star_expressions(Parser *p) {
  if (sh_p_at(p, SH_TOK_YIELD)) return sh_p_yield_expr(p);
  return sh_p_star_expressions(p);
}

static int single_target_ok(ShAstExpr *e) {
  return e->kind == SH_EXPR_NAME || e->kind == SH_EXPR_ATTRIBUTE || e->kind == SH_EXPR_SUBSCRIPT;
}

/* CPython's invalid_assignment starts with
     star_named_expression ',' star_named_expressions* ...
   which reparses the statement with the named-expression checks ("Maybe
   you meant '=='..."). Returns -1 when that raises an error. */
static int invalid_assignment_prefix(Parser *p, int stmt_start) {
  ShSpec sp;
  sh_p_spec_begin(p, &sp);
  p->pos = stmt_start;
  if (sh_p_star_named_expression(p) && sh_p_accept(p, SH_TOK_COMMA)) {
    for (;;) {
      int t = sh_p_cur(p)->type;
      if (!sh_p_starts_expression(t) && t != SH_TOK_STAR) break;
      if (!sh_p_star_named_expression(p)) break;
      sh_p_accept(p, SH_TOK_COMMA);
    }
  }
  return sh_p_spec_end(p, &sp, 1);
}

/* At the '=' after assignment target t: CPython's messages for targets
   that cannot be assigned. */
static int check_target(Parser *p, ShAstExpr *t, int stmt_start) {
  ShAstExpr *bad = sh_p_invalid_target(t, SH_TARGET_STAR);
  if (!bad) return 0;
  if (invalid_assignment_prefix(p, stmt_start) < 0) return -1;
  if (t->kind == SH_EXPR_YIELD || t->kind == SH_EXPR_YIELDFROM)
    return sh_p_error_range(p, SH_SYNERR_SYNTAX, t->pos,
                            "assignment to yield expression not possible");
  return sh_p_error_range(p, SH_SYNERR_SYNTAX, bad->pos, "cannot assign to %s",
                          sh_p_expr_name(bad));
}

/* After an invalid annotation target and ':': CPython only complains about
   the target when an annotation follows; else it is "invalid syntax". */
static int annotation_follows(Parser *p) {
  ShSpec sp;
  sh_p_spec_begin(p, &sp);
  sh_p_next(p);
  p->no_invalid++;
  ShAstExpr *e = sh_p_expression(p);
  p->no_invalid--;
  int ok = e && !p->error;
  sh_p_spec_end(p, &sp, 0);
  return ok;
}

/* assignment, annotated assignment, augmented assignment or expression */
static ShAstStmt *expr_stmt(Parser *p) {
  int s = p->pos;
  ShAstExpr *first = yield_or_star_expressions(p);
  if (!first) {
    return NULL;
  }
  ShOperator op;
  int t = sh_p_cur(p)->type;
  if (t == SH_TOK_EQUAL) {
    ShVec targets = {0};
    ShAstExpr *value = first;
    while (sh_p_at(p, SH_TOK_EQUAL)) {
      if (check_target(p, value, s) < 0) return NULL;
      sh_vec_push(p, &targets, value);
      sh_p_next(p); /* '=' */
      if (!(value = yield_or_star_expressions(p))) return NULL;
    }
    for (int i = 0; i < targets.n; i++) {
      ShAstExpr *e = targets.items[i];
      sh_p_set_context(p, e, SH_CTX_STORE, SH_TARGET_STAR);
      if (e->kind == SH_EXPR_STARRED)
        sh_p_defer_error(p, e->pos, "starred assignment target must be in a list or tuple");
    }
    ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_ASSIGN, s);
    if (!st) return NULL;
    st->v.assign.targets = sh_vec_seq(p, &targets);
    st->v.assign.value = value;
    return st;
  }
  if (t == SH_TOK_COLON) {
    int bad =
        first->kind == SH_EXPR_TUPLE || first->kind == SH_EXPR_LIST || !single_target_ok(first);
    if (bad && !annotation_follows(p)) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    if (first->kind == SH_EXPR_TUPLE || first->kind == SH_EXPR_LIST) {
      ShToken *ft = &p->toks[s];
      ShAstExpr *at = first;
      if (first->kind == SH_EXPR_TUPLE && ft->type != SH_TOK_LPAR &&
          SH_SEQ_LEN(first->v.tuple.elts) > 0)
        at = SH_SEQ_GET(first->v.tuple.elts, 0);
      sh_p_error_range(p, SH_SYNERR_SYNTAX, at->pos, "only single target (not %s) can be annotated",
                       first->kind == SH_EXPR_TUPLE ? "tuple" : "list");
      return NULL;
    }
    if (!single_target_ok(first)) {
      sh_p_error_range(p, SH_SYNERR_SYNTAX, first->pos, "illegal target for annotation");
      return NULL;
    }
    sh_p_next(p);
    ShAstExpr *ann = sh_p_expression(p);
    if (!ann) return NULL;
    ShAstExpr *value = NULL;
    if (sh_p_accept(p, SH_TOK_EQUAL)) {
      if (!(value = yield_or_star_expressions(p))) return NULL;
    }
    sh_p_set_context(p, first, SH_CTX_STORE, SH_TARGET_STAR);
    ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_ANNASSIGN, s);
    if (!st) return NULL;
    st->v.annassign.target = first;
    st->v.annassign.annotation = ann;
    st->v.annassign.value = value;
    st->v.annassign.simple = first->kind == SH_EXPR_NAME && p->toks[s].type == SH_TOK_NAME;
    return st;
  }
  if (is_augassign(t, &op)) {
    if (!single_target_ok(first)) {
      sh_p_error_range(p, SH_SYNERR_SYNTAX, first->pos,
                       "'%s' is an illegal expression for augmented assignment",
                       sh_p_expr_name(first));
      return NULL;
    }
    sh_p_next(p);
    ShAstExpr *value = yield_or_star_expressions(p);
    if (!value) return NULL;
    sh_p_set_context(p, first, SH_CTX_STORE, SH_TARGET_STAR);
    ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_AUGASSIGN, s);
    if (!st) return NULL;
    st->v.augassign.target = first;
    st->v.augassign.op = op;
    st->v.augassign.value = value;
    return st;
  }
  if (t != SH_TOK_NEWLINE && t != SH_TOK_SEMI && t != SH_TOK_COLONEQUAL && !p->no_invalid &&
      invalid_assignment_prefix(p, s) < 0)
    return NULL; /* the statement fails here: CPython tries invalid_assignment */
  if (t == SH_TOK_COLONEQUAL) {
    if (first->kind == SH_EXPR_NAME && p->pos == s + 1)
      sh_p_invalid_syntax(p);
    else
      sh_p_error_range(p, SH_SYNERR_SYNTAX, first->pos, "cannot use assignment expressions with %s",
                       sh_p_expr_name(first));
    return NULL;
  }
  ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_EXPR, s);
  if (st) st->v.expr.value = first;
  return st;
}

static ShIdent dotted_name(Parser *p) {
  ShToken *t = sh_p_cur(p);
  if (t->type != SH_TOK_NAME) {
    sh_p_invalid_syntax(p);
    return NULL;
  }
  sh_p_next(p);
  if (!sh_p_at(p, SH_TOK_DOT)) return sh_p_ident(p, t);
  /* join the parts with single dots */
  size_t cap = (size_t)t->len + 1;
  int save = p->pos;
  while (sh_p_at(p, SH_TOK_DOT) && sh_p_peek(p, 1) == SH_TOK_NAME) {
    sh_p_next(p);
    cap += (size_t)sh_p_next(p)->len + 1;
  }
  p->pos = save;
  char *name = sh_p_alloc(p, cap);
  if (!name) return NULL;
  size_t n = (size_t)t->len;
  memcpy(name, t->start, n);
  while (sh_p_at(p, SH_TOK_DOT)) {
    sh_p_next(p);
    ShToken *part = sh_p_cur(p);
    if (part->type != SH_TOK_NAME) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    sh_p_next(p);
    name[n++] = '.';
    memcpy(name + n, part->start, (size_t)part->len);
    n += (size_t)part->len;
  }
  name[n] = 0;
  return name;
}

static ShAstAlias *alias(Parser *p, int dotted) {
  int s = p->pos;
  ShAstAlias *a = sh_p_alloc(p, sizeof(ShAstAlias));
  if (!a) return NULL;
  if (dotted) {
    if (!(a->name = dotted_name(p))) return NULL;
  } else {
    ShToken *t = sh_p_cur(p);
    if (t->type != SH_TOK_NAME) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    sh_p_next(p);
    a->name = sh_p_ident(p, t);
  }
  if (sh_p_accept(p, SH_TOK_AS)) {
    ShToken *t = sh_p_cur(p);
    if (t->type != SH_TOK_NAME) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    sh_p_next(p);
    a->asname = sh_p_ident(p, t);
  }
  a->pos = sh_p_pos_from(p, s);
  return a;
}

static ShAstStmt *import_stmt(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* 'import' */
  ShVec names = {0};
  do {
    ShAstAlias *a = alias(p, 1);
    if (!a) return NULL;
    sh_vec_push(p, &names, a);
  } while (sh_p_accept(p, SH_TOK_COMMA));
  ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_IMPORT, s);
  if (st) st->v.import.names = sh_vec_seq(p, &names);
  return st;
}

static ShAstStmt *from_stmt(Parser *p) {
  int s = p->pos;
  sh_p_next(p); /* 'from' */
  int level = 0;
  for (;;) {
    if (sh_p_accept(p, SH_TOK_DOT))
      level++;
    else if (sh_p_accept(p, SH_TOK_ELLIPSIS))
      level += 3;
    else
      break;
  }
  ShIdent module = NULL;
  if (!sh_p_at(p, SH_TOK_IMPORT) || level == 0) {
    if (!(module = dotted_name(p))) return NULL;
  }
  if (sh_p_expect(p, SH_TOK_IMPORT) < 0) return NULL;
  ShVec names = {0};
  if (sh_p_at(p, SH_TOK_STAR)) {
    int ss = p->pos;
    sh_p_next(p);
    ShAstAlias *a = sh_p_alloc(p, sizeof(ShAstAlias));
    if (!a) return NULL;
    a->name = "*";
    a->pos = sh_p_pos_from(p, ss);
    sh_vec_push(p, &names, a);
  } else if (sh_p_accept(p, SH_TOK_LPAR)) {
    do {
      if (sh_p_at(p, SH_TOK_RPAR) && names.n) break;
      ShAstAlias *a = alias(p, 0);
      if (!a) return NULL;
      sh_vec_push(p, &names, a);
    } while (sh_p_accept(p, SH_TOK_COMMA));
    if (sh_p_expect(p, SH_TOK_RPAR) < 0) return NULL;
  } else {
    for (;;) {
      ShAstAlias *a = alias(p, 0);
      if (!a) return NULL;
      sh_vec_push(p, &names, a);
      if (!sh_p_accept(p, SH_TOK_COMMA)) break;
      if (sh_p_at(p, SH_TOK_NEWLINE)) {
        sh_p_error_at_token(p, sh_p_cur(p),
                            "trailing comma not allowed without surrounding parentheses");
        return NULL;
      }
    }
  }
  ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_IMPORTFROM, s);
  if (!st) return NULL;
  st->v.importfrom.module = module;
  st->v.importfrom.names = sh_vec_seq(p, &names);
  st->v.importfrom.level = level;
  return st;
}

static ShAstStmt *names_stmt(Parser *p, ShStmtKind kind) {
  int s = p->pos;
  sh_p_next(p);
  ShVec names = {0};
  do {
    ShToken *t = sh_p_cur(p);
    if (t->type != SH_TOK_NAME) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    sh_p_next(p);
    sh_vec_push(p, &names, (void *)sh_p_ident(p, t));
  } while (sh_p_accept(p, SH_TOK_COMMA));
  ShAstStmt *st = sh_p_new_stmt(p, kind, s);
  if (!st) return NULL;
  if (kind == SH_STMT_GLOBAL)
    st->v.global.names = sh_vec_seq(p, &names);
  else
    st->v.nonlocal.names = sh_vec_seq(p, &names);
  return st;
}

static int at_end_of_simple(Parser *p) {
  int t = sh_p_cur(p)->type;
  return t == SH_TOK_NEWLINE || t == SH_TOK_SEMI;
}

static ShAstStmt *simple_stmt(Parser *p) {
  int s = p->pos;
  ShToken *t = sh_p_cur(p);
  ShAstStmt *st;
  switch (t->type) {
  case SH_TOK_RETURN: {
    sh_p_next(p);
    ShAstExpr *v = NULL;
    if (!at_end_of_simple(p) && !(v = sh_p_star_expressions(p))) return NULL;
    if ((st = sh_p_new_stmt(p, SH_STMT_RETURN, s))) st->v.return_.value = v;
    return st;
  }
  case SH_TOK_IMPORT: return import_stmt(p);
  case SH_TOK_FROM: return from_stmt(p);
  case SH_TOK_RAISE: {
    sh_p_next(p);
    ShAstExpr *exc = NULL, *cause = NULL;
    if (!at_end_of_simple(p)) {
      if (!(exc = sh_p_expression(p))) return NULL;
      if (sh_p_accept(p, SH_TOK_FROM) && !(cause = sh_p_expression(p))) return NULL;
    }
    if ((st = sh_p_new_stmt(p, SH_STMT_RAISE, s))) {
      st->v.raise.exc = exc;
      st->v.raise.cause = cause;
    }
    return st;
  }
  case SH_TOK_PASS: sh_p_next(p); return sh_p_new_stmt(p, SH_STMT_PASS, s);
  case SH_TOK_BREAK: sh_p_next(p); return sh_p_new_stmt(p, SH_STMT_BREAK, s);
  case SH_TOK_CONTINUE: sh_p_next(p); return sh_p_new_stmt(p, SH_STMT_CONTINUE, s);
  case SH_TOK_DEL: {
    sh_p_next(p);
    ShAstSeq *targets = sh_p_del_targets(p);
    if (!targets) return NULL;
    if (!at_end_of_simple(p)) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    if ((st = sh_p_new_stmt(p, SH_STMT_DELETE, s))) st->v.delete_.targets = targets;
    return st;
  }
  case SH_TOK_ASSERT: {
    sh_p_next(p);
    ShAstExpr *test = sh_p_expression(p), *msg = NULL;
    if (!test) return NULL;
    if (sh_p_accept(p, SH_TOK_COMMA) && !(msg = sh_p_expression(p))) return NULL;
    if ((st = sh_p_new_stmt(p, SH_STMT_ASSERT, s))) {
      st->v.assert_.test = test;
      st->v.assert_.msg = msg;
    }
    return st;
  }
  case SH_TOK_GLOBAL: return names_stmt(p, SH_STMT_GLOBAL);
  case SH_TOK_NONLOCAL: return names_stmt(p, SH_STMT_NONLOCAL);
  default: return expr_stmt(p);
  }
}

static int simple_stmts(Parser *p, ShVec *out) {
  for (;;) {
    ShAstStmt *st = simple_stmt(p);
    if (!st) return -1;
    sh_vec_push(p, out, st);
    if (!sh_p_accept(p, SH_TOK_SEMI)) break;
    if (sh_p_at(p, SH_TOK_NEWLINE)) break;
  }
  return sh_p_expect(p, SH_TOK_NEWLINE);
}

/* ---- compound statements ---- */

static ShAstStmt *if_stmt(Parser *p, int is_elif) {
  int s = p->pos;
  ShToken *kw = sh_p_next(p);
  ShAstExpr *test = sh_p_named_expression(p);
  if (!test || expect_colon(p, 0) < 0) return NULL;
  ShAstSeq *body = sh_p_block(p, is_elif ? "'elif' statement" : "'if' statement", kw->lineno);
  if (!body) return NULL;
  ShAstSeq *orelse = NULL;
  if (sh_p_at(p, SH_TOK_ELIF)) {
    ShAstStmt *e = if_stmt(p, 1);
    if (!e) return NULL;
    orelse = sh_p_seq1(p, e);
  } else if (sh_p_at(p, SH_TOK_ELSE)) {
    ShToken *el = sh_p_next(p);
    if (expect_colon(p, 1) < 0 || !(orelse = sh_p_block(p, "'else' statement", el->lineno)))
      return NULL;
  }
  ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_IF, s);
  if (!st) return NULL;
  st->v.if_.test = test;
  st->v.if_.body = body;
  st->v.if_.orelse = orelse;
  return st;
}

static int else_block(Parser *p, ShAstSeq **out) {
  *out = NULL;
  if (!sh_p_at(p, SH_TOK_ELSE)) return 0;
  ShToken *el = sh_p_next(p);
  if (expect_colon(p, 1) < 0 || !(*out = sh_p_block(p, "'else' statement", el->lineno))) return -1;
  return 0;
}

static ShAstStmt *while_stmt(Parser *p) {
  int s = p->pos;
  ShToken *kw = sh_p_next(p);
  ShAstExpr *test = sh_p_named_expression(p);
  if (!test || expect_colon(p, 0) < 0) return NULL;
  ShAstSeq *body = sh_p_block(p, "'while' statement", kw->lineno), *orelse;
  if (!body || else_block(p, &orelse) < 0) return NULL;
  ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_WHILE, s);
  if (!st) return NULL;
  st->v.while_.test = test;
  st->v.while_.body = body;
  st->v.while_.orelse = orelse;
  return st;
}

static ShAstStmt *for_stmt(Parser *p, int s, int is_async) {
  ShToken *kw = sh_p_next(p); /* 'for' */
  ShAstExpr *target = sh_p_star_targets(p, SH_TARGET_FOR);
  if (!target || sh_p_expect(p, SH_TOK_IN) < 0) return NULL;
  ShAstExpr *iter = sh_p_star_expressions(p);
  if (!iter || expect_colon(p, 0) < 0) return NULL;
  ShAstSeq *body = sh_p_block(p, "'for' statement", kw->lineno), *orelse;
  if (!body || else_block(p, &orelse) < 0) return NULL;
  ShAstStmt *st = sh_p_new_stmt(p, is_async ? SH_STMT_ASYNCFOR : SH_STMT_FOR, s);
  if (!st) return NULL;
  st->v.for_.target = target;
  st->v.for_.iter = iter;
  st->v.for_.body = body;
  st->v.for_.orelse = orelse;
  return st;
}

static ShAstWithItem *with_item(Parser *p) {
  ShAstWithItem *w = sh_p_alloc(p, sizeof(ShAstWithItem));
  if (!w || !(w->context_expr = sh_p_expression(p))) return NULL;
  if (sh_p_accept(p, SH_TOK_AS)) {
    /* the target counts only before ',' ')' ':' (or the NEWLINE of a
       missing ':'); then it must be assignable */
    ShAstExpr *target = sh_p_target_item(p);
    if (!target) return NULL;
    int t = sh_p_cur(p)->type;
    if (t != SH_TOK_COMMA && t != SH_TOK_RPAR && t != SH_TOK_COLON && t != SH_TOK_NEWLINE) {
      sh_p_invalid_syntax(p);
      return NULL;
    }
    if (sh_p_set_context(p, target, SH_CTX_STORE, SH_TARGET_WITH) < 0) return NULL;
    if (target->kind == SH_EXPR_STARRED)
      sh_p_defer_error(p, target->pos, "starred assignment target must be in a list or tuple");
    w->optional_vars = target;
  }
  return w;
}

/* the parenthesized form: 'with' '(' items [','] ')' ':' */
static ShAstSeq *paren_with_items(Parser *p) {
  ShVec items = {0};
  sh_p_next(p); /* '(' */
  do {
    if (sh_p_at(p, SH_TOK_RPAR) && items.n) break;
    ShAstWithItem *w = with_item(p);
    if (!w) return NULL;
    sh_vec_push(p, &items, w);
  } while (sh_p_accept(p, SH_TOK_COMMA));
  if (!sh_p_accept(p, SH_TOK_RPAR) || !sh_p_at(p, SH_TOK_COLON)) return NULL;
  return sh_vec_seq(p, &items);
}

static ShAstStmt *with_stmt(Parser *p, int s, int is_async) {
  ShToken *kw = sh_p_next(p); /* 'with' */
  ShAstSeq *items = NULL;
  if (sh_p_at(p, SH_TOK_LPAR)) {
    int save = p->pos;
    ShSyntaxErrorInfo save_info = *p->err;
    p->no_invalid++;
    items = paren_with_items(p);
    p->no_invalid--;
    if (!items || p->error) {
      /* not the parenthesized form: the furthest token seen stays, as in
         CPython's backtracking */
      items = NULL;
      p->error = 0;
      *p->err = save_info;
      p->pos = save;
    }
  }
  if (!items) {
    ShVec v = {0};
    do {
      ShAstWithItem *w = with_item(p);
      if (!w) return NULL;
      sh_vec_push(p, &v, w);
    } while (sh_p_accept(p, SH_TOK_COMMA));
    items = sh_vec_seq(p, &v);
  }
  if (expect_colon(p, 0) < 0) return NULL;
  ShAstSeq *body = sh_p_block(p, "'with' statement", kw->lineno);
  if (!body) return NULL;
  ShAstStmt *st = sh_p_new_stmt(p, is_async ? SH_STMT_ASYNCWITH : SH_STMT_WITH, s);
  if (!st) return NULL;
  st->v.with.items = items;
  st->v.with.body = body;
  return st;
}

static ShAstStmt *try_stmt(Parser *p) {
  int s = p->pos;
  ShToken *kw = sh_p_next(p);
  if (expect_colon(p, 1) < 0) return NULL;
  ShAstSeq *body = sh_p_block(p, "'try' statement", kw->lineno);
  if (!body) return NULL;
  ShVec handlers = {0};
  int star_kind = -1; /* -1 none yet, 0 except, 1 except* */
  while (sh_p_at(p, SH_TOK_EXCEPT)) {
    int hs = p->pos;
    ShToken *ex = sh_p_next(p);
    int star = 0;
    if (sh_p_at(p, SH_TOK_STAR)) {
      sh_p_next(p);
      star = 1;
    }
    if (star_kind >= 0 && star != star_kind) {
      ShAstPos pos = sh_p_pos_from(p, hs);
      sh_p_error_range(p, SH_SYNERR_SYNTAX, pos,
                       "cannot have both 'except' and 'except*' on the same 'try'");
      return NULL;
    }
    star_kind = star;
    ShAstExceptHandler *h = sh_p_alloc(p, sizeof(ShAstExceptHandler));
    if (!h) return NULL;
    if (!star && sh_p_at(p, SH_TOK_NEWLINE)) {
      sh_p_error_at_token(p, sh_p_cur(p), "expected ':'");
      return NULL;
    }
    if (sh_p_at(p, SH_TOK_COLON)) {
      if (star) {
        sh_p_error_at_token(p, sh_p_cur(p), "expected one or more exception types");
        return NULL;
      }
    } else {
      int ts = p->pos;
      if (!(h->type = sh_p_expression(p))) return NULL;
      if (sh_p_at(p, SH_TOK_COMMA)) {
        int save = p->pos;
        sh_p_next(p);
        ShAstExpr *more = sh_p_expressions(p);
        if (more && !p->error && (sh_p_at(p, SH_TOK_COLON) || sh_p_at(p, SH_TOK_AS))) {
          ShToken *last = sh_p_cur(p);
          ShToken *first = &p->toks[ts];
          sh_p_error_loc(p, SH_SYNERR_SYNTAX, first->lineno, first->col, last->end_lineno,
                         last->end_col - 1, "multiple exception types must be parenthesized");
          return NULL;
        }
        p->error = 0;
        p->pos = save;
        sh_p_invalid_syntax(p);
        return NULL;
      }
      if (sh_p_accept(p, SH_TOK_AS)) {
        ShToken *n = sh_p_cur(p);
        if (n->type != SH_TOK_NAME) {
          sh_p_invalid_syntax(p);
          return NULL;
        }
        sh_p_next(p);
        h->name = sh_p_ident(p, n);
      }
    }
    if (expect_colon(p, 0) < 0) return NULL;
    if (!(h->body = sh_p_block(p, star ? "'except*' statement" : "'except' statement", ex->lineno)))
      return NULL;
    h->pos = sh_p_pos_from(p, hs);
    sh_vec_push(p, &handlers, h);
  }
  ShAstSeq *orelse = NULL, *finalbody = NULL;
  if (handlers.n && else_block(p, &orelse) < 0) return NULL;
  if (sh_p_at(p, SH_TOK_FINALLY)) {
    ShToken *fk = sh_p_next(p);
    if (expect_colon(p, 1) < 0 || !(finalbody = sh_p_block(p, "'finally' statement", fk->lineno)))
      return NULL;
  }
  if (!handlers.n && !finalbody) {
    sh_p_error_last(p, "expected 'except' or 'finally' block");
    return NULL;
  }
  ShAstStmt *st = sh_p_new_stmt(p, star_kind == 1 ? SH_STMT_TRYSTAR : SH_STMT_TRY, s);
  if (!st) return NULL;
  st->v.try_.body = body;
  st->v.try_.handlers = sh_vec_seq(p, &handlers);
  st->v.try_.orelse = orelse;
  st->v.try_.finalbody = finalbody;
  return st;
}

static ShAstStmt *funcdef(Parser *p, ShAstSeq *decorators, int s, int is_async) {
  ShToken *kw = sh_p_next(p); /* 'def' */
  ShToken *name = sh_p_cur(p);
  if (name->type != SH_TOK_NAME) {
    sh_p_invalid_syntax(p);
    return NULL;
  }
  sh_p_next(p);
  if (!sh_p_at(p, SH_TOK_LPAR)) {
    sh_p_error_at_token(p, sh_p_cur(p), "expected '('");
    return NULL;
  }
  sh_p_next(p);
  ShAstArguments *args = sh_p_params(p, 0);
  if (!args || sh_p_expect(p, SH_TOK_RPAR) < 0) return NULL;
  ShAstExpr *returns = NULL;
  if (sh_p_at(p, SH_TOK_RARROW)) {
    ShToken *arrow = sh_p_next(p);
    if (!(returns = sh_p_expression(p))) {
      if (p->error_generic) {
        /* the optional "-> expression" is not there: &&':' fails at '->' */
        p->error = 0;
        sh_p_error_at_token(p, arrow, "expected ':'");
      }
      return NULL;
    }
  }
  if (expect_colon(p, 1) < 0) return NULL;
  ShAstSeq *body = sh_p_block(p, "function definition", kw->lineno);
  if (!body) return NULL;
  ShAstStmt *st = sh_p_new_stmt(p, is_async ? SH_STMT_ASYNCFUNCTIONDEF : SH_STMT_FUNCTIONDEF, s);
  if (!st) return NULL;
  st->v.functiondef.name = sh_p_ident(p, name);
  st->v.functiondef.args = args;
  st->v.functiondef.body = body;
  st->v.functiondef.decorator_list = decorators;
  st->v.functiondef.returns = returns;
  return st;
}

static ShAstStmt *classdef(Parser *p, ShAstSeq *decorators) {
  int s = p->pos;
  ShToken *kw = sh_p_next(p);
  ShToken *name = sh_p_cur(p);
  if (name->type != SH_TOK_NAME) {
    sh_p_invalid_syntax(p);
    return NULL;
  }
  sh_p_next(p);
  ShAstSeq *bases = NULL, *keywords = NULL;
  if (sh_p_at(p, SH_TOK_LPAR) && sh_p_call_args(p, &bases, &keywords, 0) < 0) return NULL;
  if (expect_colon(p, 0) < 0) return NULL;
  ShAstSeq *body = sh_p_block(p, "class definition", kw->lineno);
  if (!body) return NULL;
  ShAstStmt *st = sh_p_new_stmt(p, SH_STMT_CLASSDEF, s);
  if (!st) return NULL;
  st->v.classdef.name = sh_p_ident(p, name);
  st->v.classdef.bases = bases;
  st->v.classdef.keywords = keywords;
  st->v.classdef.body = body;
  st->v.classdef.decorator_list = decorators;
  return st;
}

static ShAstStmt *decorated(Parser *p) {
  ShVec decs = {0};
  while (sh_p_accept(p, SH_TOK_AT)) {
    ShAstExpr *e = sh_p_named_expression(p);
    if (!e || sh_p_expect(p, SH_TOK_NEWLINE) < 0) return NULL;
    sh_vec_push(p, &decs, e);
  }
  ShAstSeq *seq = sh_vec_seq(p, &decs);
  int s = p->pos;
  if (sh_p_at(p, SH_TOK_DEF)) return funcdef(p, seq, s, 0);
  if (sh_p_at(p, SH_TOK_ASYNC) && sh_p_peek(p, 1) == SH_TOK_DEF) {
    sh_p_next(p);
    return funcdef(p, seq, s, 1);
  }
  if (sh_p_at(p, SH_TOK_CLASS)) return classdef(p, seq);
  sh_p_invalid_syntax(p);
  return NULL;
}

static int statement(Parser *p, ShVec *out) {
  ShToken *t = sh_p_cur(p);
  int s = p->pos;
  ShAstStmt *st = NULL;
  switch (t->type) {
  case SH_TOK_IF: st = if_stmt(p, 0); break;
  case SH_TOK_WHILE: st = while_stmt(p); break;
  case SH_TOK_FOR: st = for_stmt(p, s, 0); break;
  case SH_TOK_WITH: st = with_stmt(p, s, 0); break;
  case SH_TOK_TRY: st = try_stmt(p); break;
  case SH_TOK_DEF: st = funcdef(p, NULL, s, 0); break;
  case SH_TOK_CLASS: st = classdef(p, NULL); break;
  case SH_TOK_AT: st = decorated(p); break;
  case SH_TOK_ASYNC: {
    int n = sh_p_peek(p, 1);
    if (n == SH_TOK_DEF || n == SH_TOK_FOR || n == SH_TOK_WITH) {
      sh_p_next(p);
      st = n == SH_TOK_DEF   ? funcdef(p, NULL, s, 1)
           : n == SH_TOK_FOR ? for_stmt(p, s, 1)
                             : with_stmt(p, s, 1);
    } else {
      sh_p_next(p);
      sh_p_invalid_syntax(p);
    }
    break;
  }
  case SH_TOK_NAME:
    if (sh_p_is_name(t, "match") && sh_p_match_start(p)) {
      st = sh_p_match_stmt(p);
      break;
    }
    /* fall through */
  default: return simple_stmts(p, out);
  }
  if (!st) return -1;
  sh_vec_push(p, out, st);
  return 0;
}

ShAstSeq *sh_p_file(Parser *p) {
  ShVec body = {0};
  while (!sh_p_at(p, SH_TOK_ENDMARKER)) {
    if (statement(p, &body) < 0) return NULL;
  }
  return sh_vec_seq(p, &body);
}

ShAstSeq *sh_p_interactive(Parser *p) {
  ShVec body = {0};
  if (sh_p_at(p, SH_TOK_ENDMARKER)) {
    sh_p_invalid_syntax(p); /* no statement at all */
    return NULL;
  }
  if (statement(p, &body) < 0) return NULL;
  while (sh_p_accept(p, SH_TOK_NEWLINE))
    ;
  if (!sh_p_at(p, SH_TOK_ENDMARKER)) {
    /* reported at the end of the first statement */
    int k = p->pos - 1;
    while (k > 0 && p->toks[k].type != SH_TOK_NEWLINE)
      k--;
    sh_p_error_at_token(p, &p->toks[k],
                        "multiple statements found while compiling a single statement");
    p->maxpos = p->maxpos_all = k; /* CPython's tokenizer is still on that line */
    return NULL;
  }
  return sh_vec_seq(p, &body);
}
