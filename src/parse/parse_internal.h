/* Shared state and helpers of the recursive-descent parser, used by its
   expression, statement, target and string files. */
#ifndef SHOAL_PARSE_INTERNAL_H
#define SHOAL_PARSE_INTERNAL_H

#include "ast.h"
#include "tokenizer.h"

typedef struct Parser {
  ShArena *arena;
  ShToken *toks;
  int ntoks;
  int pos;    /* next token */
  int maxpos; /* furthest token looked at: where "invalid syntax" points */
  /* furthest token looked at, also while looking for a better message
     (CPython's tokens fetched in its second pass) */
  int maxpos_all;
  int error; /* *err holds an error; unwind */
  ShSyntaxErrorInfo *err;
  const ShTokenList *tl;
  /* the whole file's text, for turning byte columns into characters */
  const char *src;
  size_t srclen;
  /* report character columns (else byte columns) for parser errors */
  int char_offsets;
  /* the file started with a BOM, which CPython counts on line 1 */
  int bom;
  /* the error is CPython's plain "unexpected indent/unindent", which a
     later tokenizer error does not replace */
  int indent_error;
  /* an error CPython's compiler (not its parser) reports: it counts only
     when the whole source parses */
  int has_deferred;
  ShSyntaxErrorInfo deferred;
  /* the error is a plain "invalid syntax" from a failed match, not a
     message CPython raises on purpose: speculative parses ignore it */
  int error_generic;
  /* nonzero inside an f-string replacement field, whose text starts at
     column fstring_shift of its first line: CPython reports columns of
     errors there relative to that text */
  int fstring;
  int fstring_shift;
  int depth; /* recursion depth guard */
  /* nonzero while parsing speculatively for an error message: the checks
     that produce specific messages stay off (CPython's *_without_invalid) */
  int no_invalid;
  /* tokens where an expression was parsed while no_invalid: CPython's memo
     then returns that parse, without the checks, at those places */
  unsigned char *noinv_marks;
} Parser;

/* A speculative parse: what it changes is undone by sh_p_spec_end; the
   tokens it looked at still count as fetched (CPython's second pass). */
typedef struct ShSpec {
  int pos, maxpos, error, error_generic;
  ShSyntaxErrorInfo info;
} ShSpec;
void sh_p_spec_begin(Parser *p, ShSpec *s);
/* keep_raised: a specific error raised meanwhile stays (returns -1);
   otherwise, and for plain failures, the state is restored (returns 0) */
int sh_p_spec_end(Parser *p, ShSpec *s, int keep_raised);

/* a growable list living in the arena */
typedef struct ShVec {
  void **items;
  int n, cap;
} ShVec;

/* ---- token access (parser.c) ---- */
static inline ShToken *sh_p_cur(Parser *p) {
  if (p->pos > p->maxpos) p->maxpos = p->pos;
  return &p->toks[p->pos];
}
static inline int sh_p_at(Parser *p, int type) {
  return sh_p_cur(p)->type == type;
}
static inline int sh_p_peek(Parser *p, int k) {
  int i = p->pos + k;
  if (i >= p->ntoks) i = p->ntoks - 1;
  if (i > p->maxpos) p->maxpos = i;
  return p->toks[i].type;
}
static inline ShToken *sh_p_next(Parser *p) {
  ShToken *t = sh_p_cur(p);
  if (p->pos < p->ntoks - 1) p->pos++;
  return t;
}
int sh_p_accept(Parser *p, int type);
int sh_p_expect(Parser *p, int type);
/* the token is a NAME spelling `word` (soft keywords) */
int sh_p_is_name(ShToken *t, const char *word);

/* ---- errors (parser.c) ---- */
/* at token: offset from its start, end from its end */
int sh_p_error_at_token(Parser *p, const ShToken *t, const char *fmt, ...);
/* over a node's span */
int sh_p_error_range(Parser *p, ShSyntaxErrorKind kind, ShAstPos pos, const char *fmt, ...);
/* at an explicit place; cols 0-based byte columns, end_col -1 for none */
int sh_p_error_loc(Parser *p, ShSyntaxErrorKind kind, int lineno, int col, int end_lineno,
                   int end_col, const char *fmt, ...);
/* "invalid syntax" at the furthest token seen */
int sh_p_invalid_syntax(Parser *p);
/* a message at the furthest token seen (CPython's RAISE_SYNTAX_ERROR) */
int sh_p_error_last(Parser *p, const char *fmt, ...);
int sh_p_error_last_kind(Parser *p, ShSyntaxErrorKind kind, const char *fmt, ...);
int sh_p_error_at_token_kind(Parser *p, ShSyntaxErrorKind kind, const ShToken *t, const char *fmt,
                             ...);
/* records a compile-stage error over a node's span (the first one wins) */
void sh_p_defer_error(Parser *p, ShAstPos pos, const char *msg);

/* ---- allocation and positions (parser.c) ---- */
void *sh_p_alloc(Parser *p, size_t size);
char *sh_p_strndup(Parser *p, const char *s, size_t n);
void sh_vec_push(Parser *p, ShVec *v, void *item);
ShAstSeq *sh_vec_seq(Parser *p, ShVec *v);
ShAstSeq *sh_p_seq1(Parser *p, void *item);
/* span from token `start` to the last non-whitespace token consumed */
ShAstPos sh_p_pos_from(Parser *p, int start);
ShAstPos sh_p_pos_tokens(Parser *p, int first, int last);
ShAstExpr *sh_p_new_expr(Parser *p, ShExprKind kind, int start);
ShAstExpr *sh_p_new_expr_at(Parser *p, ShExprKind kind, ShAstPos pos);
ShAstStmt *sh_p_new_stmt(Parser *p, ShStmtKind kind, int start);
ShAstExpr *sh_p_name_expr(Parser *p, ShToken *t, ShExprContext ctx);
ShIdent sh_p_ident(Parser *p, ShToken *t);
int sh_p_enter(Parser *p); /* recursion guard; -1 when too deep */
static inline void sh_p_leave(Parser *p) {
  p->depth--;
}

/* ---- expressions (parse_expr.c) ---- */
ShAstExpr *sh_p_expression(Parser *p);
ShAstExpr *sh_p_named_expression(Parser *p);
ShAstExpr *sh_p_star_expressions(Parser *p);
ShAstExpr *sh_p_star_named_expression(Parser *p);
ShAstExpr *sh_p_expressions(Parser *p);
ShAstExpr *sh_p_yield_expr(Parser *p);
ShAstExpr *sh_p_disjunction(Parser *p);
ShAstExpr *sh_p_bitwise_or(Parser *p);
/* arguments of a call or class; at '(' */
int sh_p_call_args(Parser *p, ShAstSeq **args, ShAstSeq **keywords, int allow_genexp);
ShAstArguments *sh_p_params(Parser *p, int is_lambda);
ShAstSeq *sh_p_for_if_clauses(Parser *p);
int sh_p_starts_expression(int type);
/* whether tokens [start, end) form exactly one bitwise_or expression */
int sh_p_bitwise_or_spans(Parser *p, int start, int end);
/* the expression whose first token is start is a list/tuple/genexp display
   or True/False/None (CPython's lookahead before its "=" checks) */
int sh_p_starts_with_display(Parser *p, ShAstExpr *e, int start);
/* after a complete expression `a` inside brackets that is followed by the
   start of another one: "Perhaps you forgot a comma?" (-1) or 0 */
int sh_p_forgot_comma(Parser *p, int a_start, ShAstExpr *a);

/* ---- targets (parse_target.c) ---- */
typedef enum { SH_TARGET_STAR, SH_TARGET_FOR, SH_TARGET_DEL, SH_TARGET_WITH } ShTargetKind;
/* star_targets as a tuple-forming list of targets (for, comprehension) */
ShAstExpr *sh_p_star_targets(Parser *p, ShTargetKind kind);
/* a target's expression ('*' bitwise_or | bitwise_or), contexts not set */
ShAstExpr *sh_p_target_item(Parser *p);
/* sets ctx on an expression parsed as a target; -1 with error if invalid */
int sh_p_set_context(Parser *p, ShAstExpr *e, ShExprContext ctx, ShTargetKind kind);
/* the invalid target inside e (NULL if none) */
ShAstExpr *sh_p_invalid_target(ShAstExpr *e, ShTargetKind kind);
const char *sh_p_expr_name(ShAstExpr *e);
ShAstSeq *sh_p_del_targets(Parser *p);

/* ---- strings (parse_string.c) ---- */
ShAstExpr *sh_p_strings(Parser *p);
ShAstExpr *sh_p_number(Parser *p, ShToken *t);

/* ---- statements (parse_stmt.c) ---- */
ShAstSeq *sh_p_file(Parser *p);
ShAstSeq *sh_p_interactive(Parser *p);
/* the indented block (or simple statements) after a compound header */
ShAstSeq *sh_p_block(Parser *p, const char *what, int line);

/* ---- match statements (parse_pattern.c) ---- */
/* at a `match` name: whether "match subject:" follows */
int sh_p_match_start(Parser *p);
ShAstStmt *sh_p_match_stmt(Parser *p);

#endif
