/* Function, lambda and class definitions: the enclosing code that builds
   defaults, annotations and closures and applies decorators, and the
   bodies compiled as units of their own. */
#include "cinternal.h"

#include <string.h>

#include "../objects/str.h"

/* ------------------------------------------------------------ closures */

void sh_cg_make_function(ShCompiler *C, ShCode *code, const char **freevars, uint32_t nfree,
                         uint32_t dst, uint32_t flags, uint32_t extra) {
  uint32_t k = sh_cg_const(C, SH_OBJ(code));
  uint32_t mark = C->u->top;
  if (nfree) {
    uint32_t tuple = sh_cg_temp(C);
    for (uint32_t i = 0; i < nfree; i++)
      SH_EMIT(C, MOVE, sh_cg_temp(C), sh_cg_closure_reg(C, freevars[i]));
    SH_EMIT(C, BUILD_TUPLE, tuple, tuple + 1, nfree);
    flags |= SH_MKFN_CLOSURE;
  }
  SH_EMIT(C, MAKE_FUNCTION, dst, k, flags, extra);
  sh_cg_free_to(C, mark);
}

/* ------------------------------------------------------------ defaults */

static uint32_t build_defaults(ShCompiler *C, ShAstArguments *args) {
  int n = SH_SEQ_LEN(args->defaults);
  if (!n) return 0;
  uint32_t t = sh_cg_temp(C);
  for (int i = 0; i < n; i++)
    sh_cg_expr_to(C, SH_SEQ_GET(args->defaults, i), sh_cg_temp(C));
  SH_EMIT(C, BUILD_TUPLE, t, t + 1, (uint32_t)n);
  sh_cg_free_to(C, t + 1);
  return SH_MKFN_DEFAULTS;
}

static void push_name_const(ShCompiler *C, const char *name) {
  SH_EMIT(C, LOAD_CONST, sh_cg_temp(C), sh_cg_const(C, sh_cg_str(C, sh_cg_mangle(C, name))));
}

static uint32_t build_kwdefaults(ShCompiler *C, ShAstArguments *args) {
  uint32_t d = C->u->top, npairs = 0;
  sh_cg_temp(C);
  for (int i = 0; i < SH_SEQ_LEN(args->kwonlyargs); i++) {
    ShAstExpr *dflt = SH_SEQ_GET(args->kw_defaults, i);
    if (!dflt) continue;
    push_name_const(C, ((ShAstArg *)SH_SEQ_GET(args->kwonlyargs, i))->arg);
    sh_cg_expr_to(C, dflt, sh_cg_temp(C));
    npairs++;
  }
  if (!npairs) {
    sh_cg_free_to(C, d);
    return 0;
  }
  SH_EMIT(C, BUILD_MAP, d, d + 1, npairs);
  sh_cg_free_to(C, d + 1);
  return SH_MKFN_KWDEFAULTS;
}

static void annotation_pair(ShCompiler *C, const char *name, ShAstExpr *ann, uint32_t *npairs) {
  if (!ann) return;
  push_name_const(C, name);
  uint32_t v = sh_cg_temp(C);
  if (ann->kind == SH_EXPR_STARRED) { /* *args: *Ts */
    uint32_t t = sh_cg_expr(C, ann->v.starred.value);
    SH_EMIT(C, UNPACK_SEQUENCE, t, v, 1);
    sh_cg_free_to(C, v + 1);
  } else {
    sh_cg_expr_to(C, ann, v);
  }
  (*npairs)++;
}

static void annotation_list(ShCompiler *C, ShAstSeq *args, uint32_t *npairs) {
  for (int i = 0; i < SH_SEQ_LEN(args); i++) {
    ShAstArg *a = SH_SEQ_GET(args, i);
    annotation_pair(C, a->arg, a->annotation, npairs);
  }
}

/* In CPython 3.11's order: args, positional-only, *args, keyword-only,
 **kwargs, return. */
static uint32_t build_annotations(ShCompiler *C, ShAstArguments *args, ShAstExpr *returns) {
  uint32_t d = C->u->top, npairs = 0;
  sh_cg_temp(C);
  annotation_list(C, args->args, &npairs);
  annotation_list(C, args->posonlyargs, &npairs);
  if (args->vararg) annotation_pair(C, args->vararg->arg, args->vararg->annotation, &npairs);
  annotation_list(C, args->kwonlyargs, &npairs);
  if (args->kwarg) annotation_pair(C, args->kwarg->arg, args->kwarg->annotation, &npairs);
  annotation_pair(C, "return", returns, &npairs);
  if (!npairs) {
    sh_cg_free_to(C, d);
    return 0;
  }
  SH_EMIT(C, BUILD_MAP, d, d + 1, npairs);
  sh_cg_free_to(C, d + 1);
  return SH_MKFN_ANNOTATIONS;
}

/* ------------------------------------------------------------ bodies */

static void set_arg_counts(ShCgUnit *u, ShAstArguments *args) {
  u->posonlyargcount = (uint32_t)SH_SEQ_LEN(args->posonlyargs);
  u->argcount = u->posonlyargcount + (uint32_t)SH_SEQ_LEN(args->args);
  u->kwonlyargcount = (uint32_t)SH_SEQ_LEN(args->kwonlyargs);
}

/* Parameters that closures capture move into their cells on entry. */
static void store_param_cells(ShCompiler *C) {
  ShSymBlock *b = C->u->ste;
  for (int i = 0; i < b->nparams; i++) {
    ShSymbol *s = sh_symblock_get(b, b->params[i]);
    if (s->scope == SH_SCOPE_CELL) SH_EMIT(C, STORE_DEREF, s->reg, (uint32_t)i);
  }
}

static ShCode *function_body(ShCompiler *C, ShAstStmt *s, int firstlineno, const char ***freevars,
                             uint32_t *nfree) {
  ShAstSeq *body = s->v.functiondef.body;
  sh_cg_enter_unit(C, SH_UNIT_FUNCTION, s, s->v.functiondef.name, firstlineno);
  set_arg_counts(C->u, s->v.functiondef.args);
  int first = 0;
  if (sh_cg_is_docstring(body)) {
    ShAstStmt *doc = SH_SEQ_GET(body, 0);
    sh_cg_const(C, sh_cg_constant_value(C, doc->v.expr.value));
    C->u->flags |= SH_CO_HAS_DOCSTRING;
    first = 1;
  } else {
    sh_cg_const_none(C);
  }
  store_param_cells(C);
  for (int i = first; i < SH_SEQ_LEN(body); i++)
    sh_cg_stmt(C, SH_SEQ_GET(body, i));
  sh_cg_function_epilogue(C, body);
  return sh_cg_leave_unit(C, freevars, nfree);
}

static int decorated_line(ShAstSeq *decorators, int lineno) {
  if (SH_SEQ_LEN(decorators)) return ((ShAstExpr *)SH_SEQ_GET(decorators, 0))->pos.lineno;
  return lineno;
}

static uint32_t push_decorators(ShCompiler *C, ShAstSeq *decorators) {
  uint32_t base = C->u->top;
  for (int i = 0; i < SH_SEQ_LEN(decorators); i++)
    sh_cg_expr_to(C, SH_SEQ_GET(decorators, i), sh_cg_temp(C));
  return base;
}

/* Innermost decorator first: f = dec(f). */
static void apply_decorators(ShCompiler *C, ShAstSeq *decorators, uint32_t base, uint32_t f) {
  for (int i = SH_SEQ_LEN(decorators) - 1; i >= 0; i--) {
    ShAstPos saved = sh_cg_set_pos(C, ((ShAstExpr *)SH_SEQ_GET(decorators, i))->pos);
    SH_EMIT(C, CALL, f, base + (uint32_t)i, f, 1);
    sh_cg_set_pos(C, saved);
  }
}

void sh_cg_function_def(ShCompiler *C, ShAstStmt *s) {
  ShAstArguments *args = s->v.functiondef.args;
  ShAstSeq *decorators = s->v.functiondef.decorator_list;
  uint32_t decs = push_decorators(C, decorators);
  int firstlineno = decorated_line(decorators, s->pos.lineno);
  uint32_t f = sh_cg_temp(C), extra = C->u->top;
  uint32_t flags = build_defaults(C, args);
  flags |= build_kwdefaults(C, args);
  flags |= build_annotations(C, args, s->v.functiondef.returns);
  const char **freevars;
  uint32_t nfree;
  ShCode *code = function_body(C, s, firstlineno, &freevars, &nfree);
  sh_cg_make_function(C, code, freevars, nfree, f, flags, extra);
  apply_decorators(C, decorators, decs, f);
  sh_cg_store_name(C, s->v.functiondef.name, f);
}

void sh_cg_lambda(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstArguments *args = e->v.lambda.args;
  uint32_t extra = C->u->top;
  uint32_t flags = build_defaults(C, args);
  flags |= build_kwdefaults(C, args);
  sh_cg_enter_unit(C, SH_UNIT_LAMBDA, e, "<lambda>", e->pos.lineno);
  set_arg_counts(C->u, args);
  sh_cg_const_none(C); /* a lambda has no docstring */
  store_param_cells(C);
  uint32_t r = sh_cg_expr(C, e->v.lambda.body);
  if (C->u->ste->generator) { /* `lambda: (yield)` returns None */
    r = sh_cg_temp(C);
    SH_EMIT(C, LOAD_CONST, r, sh_cg_const_none(C));
  }
  SH_EMIT(C, RETURN, r);
  const char **freevars;
  uint32_t nfree;
  ShCode *code = sh_cg_leave_unit(C, &freevars, &nfree);
  sh_cg_make_function(C, code, freevars, nfree, dst, flags, extra);
}

/* ------------------------------------------------------------ classes */

static void store_const_name(ShCompiler *C, const char *name, ShObject *value, uint32_t t) {
  SH_EMIT(C, LOAD_CONST, t, sh_cg_const(C, value));
  sh_cg_store_name(C, name, t);
}

/* The class body: a function run by __build_class__ with the namespace as
   its locals mapping; returns the __class__ cell when methods need it. */
static ShCode *class_body(ShCompiler *C, ShAstStmt *s, int firstlineno, const char ***freevars,
                          uint32_t *nfree) {
  const char *name = s->v.classdef.name;
  sh_cg_enter_unit(C, SH_UNIT_CLASS, s, name, firstlineno);
  ShCgUnit *u = C->u;
  u->private_name = name;
  uint32_t t = sh_cg_temp(C);
  sh_cg_load_name(C, "__name__", t);
  sh_cg_store_name(C, "__module__", t);
  store_const_name(C, "__qualname__", sh_cg_str(C, u->qualname), t);
  sh_cg_free_to(C, t);
  sh_cg_namespace_body(C, s->v.classdef.body);
  ShAstSeq *body = s->v.classdef.body;
  ShAstStmt *last = SH_SEQ_LEN(body) ? SH_SEQ_GET(body, SH_SEQ_LEN(body) - 1) : s;
  sh_cg_set_pos(C, (ShAstPos){last->pos.end_lineno, -1, last->pos.end_lineno, -1});
  t = sh_cg_temp(C);
  if (u->ste->needs_class_closure) {
    SH_EMIT(C, MOVE, t, sh_cg_closure_reg(C, "__class__"));
    sh_cg_store_name(C, "__classcell__", t);
  } else {
    SH_EMIT(C, LOAD_CONST, t, sh_cg_const_none(C));
  }
  SH_EMIT(C, RETURN, t);
  return sh_cg_leave_unit(C, freevars, nfree);
}

void sh_cg_class_def(ShCompiler *C, ShAstStmt *s) {
  ShAstSeq *decorators = s->v.classdef.decorator_list;
  uint32_t decs = push_decorators(C, decorators);
  int firstlineno = decorated_line(decorators, s->pos.lineno);
  const char **freevars;
  uint32_t nfree;
  ShCode *code = class_body(C, s, firstlineno, &freevars, &nfree);
  uint32_t f = sh_cg_temp(C);
  SH_EMIT(C, LOAD_BUILD_CLASS, f);
  uint32_t body = sh_cg_temp(C);
  sh_cg_make_function(C, code, freevars, nfree, body, 0, C->u->top);
  SH_EMIT(C, LOAD_CONST, sh_cg_temp(C), sh_cg_const(C, sh_cg_str(C, s->v.classdef.name)));
  sh_cg_validate_keywords(C, s->v.classdef.keywords);
  sh_cg_call_with(C, f, f, body, 2, s->v.classdef.bases, s->v.classdef.keywords);
  apply_decorators(C, decorators, decs, f);
  sh_cg_store_name(C, s->v.classdef.name, f);
}
