/* Expressions: constants, names, operators, comparisons, conditional
   jumps, attribute and item access, yields. Calls and displays are in
   compile_call.c, lambdas and comprehensions in compile_func.c. */
#include "cinternal.h"

#include <stdlib.h>
#include <string.h>

#include "../objects/abstract.h"
#include "../objects/bool.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/singletons.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

/* ------------------------------------------------------------ constants */

static bool identifier_like(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

static double parse_double(const char *text, size_t len) {
  char buf[128];
  if (len >= sizeof buf) len = sizeof buf - 1;
  memcpy(buf, text, len);
  buf[len] = 0;
  return strtod(buf, NULL);
}

/* The value of a Constant node, negated for the `-literal` folding; NULL
   with an exception set on failure. */
static ShObject *constant_or_null(ShCompiler *C, ShAstExpr *e, bool negate) {
  const char *text = e->v.constant.text;
  size_t len = e->v.constant.len;
  ShObject *o = NULL;
  switch (e->v.constant.kind) {
  case SH_CONST_NONE: return SH_NONE;
  case SH_CONST_TRUE: return SH_TRUE;
  case SH_CONST_FALSE: return SH_FALSE;
  case SH_CONST_ELLIPSIS: return SH_ELLIPSIS;
  case SH_CONST_INT:
    if (negate) {
      char *buf = sh_cg_alloc(C, len + 2);
      buf[0] = '-';
      memcpy(buf + 1, text, len);
      o = sh_int_from_string(buf, len + 1, 0);
    } else {
      o = sh_int_from_string(text, len, 0);
    }
    break;
  case SH_CONST_FLOAT:
    o = negate ? sh_float_from_double(-parse_double(text, len)) : sh_float_from_string(text, len);
    break;
  case SH_CONST_COMPLEX: {
    double im = parse_double(text, len);
    o = negate ? sh_complex_from_doubles(-0.0, -im) : sh_complex_from_doubles(0.0, im);
    break;
  }
  case SH_CONST_STR:
    /* the parser leaves lone surrogates ('\ud800') encoded as in WTF-8 */
    o = sh_str_from_utf8_surrogates(text, len);
    if (o && identifier_like(text, len)) sh_str_intern_in_place(&o);
    break;
  case SH_CONST_BYTES: o = sh_bytes_from_data(text, len); break;
  }
  return o;
}

static ShObject *make_constant(ShCompiler *C, ShAstExpr *e, bool negate) {
  ShObject *o = constant_or_null(C, e, negate);
  if (!o) sh_cg_fail(C);
  return o;
}

ShObject *sh_cg_constant_value(ShCompiler *C, ShAstExpr *e) {
  return make_constant(C, e, false);
}

static bool is_number(ShAstExpr *e) {
  return e->kind == SH_EXPR_CONSTANT &&
         (e->v.constant.kind == SH_CONST_INT || e->v.constant.kind == SH_CONST_FLOAT ||
          e->v.constant.kind == SH_CONST_COMPLEX);
}

ShObject *sh_cg_literal_value(ShCompiler *C, ShAstExpr *e) {
  if (e->kind == SH_EXPR_CONSTANT) return make_constant(C, e, false);
  if (e->kind == SH_EXPR_UNARYOP && e->v.unaryop.op == SH_UOP_USUB &&
      is_number(e->v.unaryop.operand))
    return make_constant(C, e->v.unaryop.operand, true);
  if (e->kind != SH_EXPR_BINOP || (e->v.binop.op != SH_OP_ADD && e->v.binop.op != SH_OP_SUB))
    return NULL;
  ShObject *l = sh_cg_literal_value(C, e->v.binop.left);
  if (!l) return NULL;
  ShObject *r = sh_cg_literal_value(C, e->v.binop.right);
  if (!r) {
    sh_decref(l);
    return NULL;
  }
  ShObject *v = sh_number_binary(l, r, e->v.binop.op == SH_OP_ADD ? SH_BINOP_ADD : SH_BINOP_SUB);
  sh_decref(l);
  sh_decref(r);
  if (!v) sh_cg_fail(C);
  return v;
}

static bool is_negated_number(ShAstExpr *e) {
  return e->kind == SH_EXPR_UNARYOP && e->v.unaryop.op == SH_UOP_USUB &&
         is_number(e->v.unaryop.operand);
}

int sh_cg_operand_constant(ShCompiler *C, ShAstExpr *e) {
  if (e->kind == SH_EXPR_CONSTANT) return (int)sh_cg_const(C, make_constant(C, e, false));
  if (is_negated_number(e))
    return (int)sh_cg_const(C, make_constant(C, e->v.unaryop.operand, true));
  return -1;
}

static bool is_const_tuple(ShAstExpr *e) {
  if (e->kind == SH_EXPR_CONSTANT || is_negated_number(e)) return true;
  if (e->kind != SH_EXPR_TUPLE || e->v.tuple.ctx != SH_CTX_LOAD) return false;
  for (int i = 0; i < SH_SEQ_LEN(e->v.tuple.elts); i++)
    if (!is_const_tuple(SH_SEQ_GET(e->v.tuple.elts, i))) return false;
  return true;
}

/* A tuple display of constants is one constant, as CPython folds it. */
static ShObject *const_tuple_or_null(ShCompiler *C, ShAstExpr *e) {
  if (e->kind == SH_EXPR_CONSTANT) return constant_or_null(C, e, false);
  if (is_negated_number(e)) return constant_or_null(C, e->v.unaryop.operand, true);
  int n = SH_SEQ_LEN(e->v.tuple.elts);
  ShObject *t = sh_tuple_new(n);
  for (int i = 0; t && i < n; i++) {
    ShObject *item = const_tuple_or_null(C, SH_SEQ_GET(e->v.tuple.elts, i));
    if (!item) {
      for (int j = i; j < n; j++)
        SH_TUPLE_ITEMS(t)[j] = sh_newref(SH_NONE); /* a complete tuple to drop */
      SH_CLEAR(t);
      break;
    }
    SH_TUPLE_ITEMS(t)[i] = item;
  }
  return t;
}

bool sh_cg_is_folded_constant(ShAstExpr *e) {
  return is_const_tuple(e);
}

ShObject *sh_cg_folded_constant(ShCompiler *C, ShAstExpr *e) {
  return is_const_tuple(e) ? const_tuple_or_null(C, e) : NULL;
}

static ShObject *const_tuple(ShCompiler *C, ShAstExpr *e) {
  ShObject *t = const_tuple_or_null(C, e);
  if (!t) sh_cg_fail(C);
  return t;
}

/* Truth of a constant known at compile time: 1, 0, or -1 when unknown. */
static int constant_truth(ShAstExpr *e) {
  if (e->kind != SH_EXPR_CONSTANT) return -1;
  const char *t = e->v.constant.text;
  size_t n = e->v.constant.len;
  switch (e->v.constant.kind) {
  case SH_CONST_NONE:
  case SH_CONST_FALSE: return 0;
  case SH_CONST_TRUE:
  case SH_CONST_ELLIPSIS: return 1;
  case SH_CONST_STR:
  case SH_CONST_BYTES: return n > 0;
  case SH_CONST_INT: {
    size_t i = (n > 1 && t[0] == '0' && strchr("xXoObB", t[1])) ? 2 : 0;
    for (; i < n; i++)
      if (t[i] != '0') return 1;
    return 0;
  }
  case SH_CONST_FLOAT:
  case SH_CONST_COMPLEX: return parse_double(t, n) != 0.0;
  }
  return -1;
}

/* ------------------------------------------------------------ operators */

uint32_t sh_cg_binop_code(ShOperator op) {
  static const ShBinaryOp ops[] = {
      [SH_OP_ADD] = SH_BINOP_ADD,          [SH_OP_SUB] = SH_BINOP_SUB,
      [SH_OP_MULT] = SH_BINOP_MUL,         [SH_OP_MATMULT] = SH_BINOP_MATMUL,
      [SH_OP_DIV] = SH_BINOP_TRUEDIV,      [SH_OP_MOD] = SH_BINOP_MOD,
      [SH_OP_POW] = SH_BINOP_POW,          [SH_OP_LSHIFT] = SH_BINOP_LSHIFT,
      [SH_OP_RSHIFT] = SH_BINOP_RSHIFT,    [SH_OP_BITOR] = SH_BINOP_OR,
      [SH_OP_BITXOR] = SH_BINOP_XOR,       [SH_OP_BITAND] = SH_BINOP_AND,
      [SH_OP_FLOORDIV] = SH_BINOP_FLOORDIV};
  return (uint32_t)ops[op];
}

static void binop(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  uint32_t l = sh_cg_expr(C, e->v.binop.left);
  int k = sh_cg_operand_constant(C, e->v.binop.right);
  if (k >= 0) {
    SH_EMIT(C, BINARY_K, dst, l, (uint32_t)k, sh_cg_binop_code(e->v.binop.op));
    return;
  }
  uint32_t r = sh_cg_expr(C, e->v.binop.right);
  switch (e->v.binop.op) {
  case SH_OP_ADD: SH_EMIT(C, ADD, dst, l, r); break;
  case SH_OP_SUB: SH_EMIT(C, SUB, dst, l, r); break;
  case SH_OP_MULT: SH_EMIT(C, MUL, dst, l, r); break;
  default: SH_EMIT(C, BINARY, dst, l, r, sh_cg_binop_code(e->v.binop.op)); break;
  }
}

static void unaryop(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstExpr *operand = e->v.unaryop.operand;
  if (e->v.unaryop.op == SH_UOP_USUB && is_number(operand)) {
    SH_EMIT(C, LOAD_CONST, dst, sh_cg_const(C, make_constant(C, operand, true)));
    return;
  }
  uint32_t r = sh_cg_expr(C, operand);
  switch (e->v.unaryop.op) {
  case SH_UOP_INVERT: SH_EMIT(C, UNARY_INVERT, dst, r); break;
  case SH_UOP_NOT: SH_EMIT(C, UNARY_NOT, dst, r); break;
  case SH_UOP_UADD: SH_EMIT(C, UNARY_POS, dst, r); break;
  case SH_UOP_USUB: SH_EMIT(C, UNARY_NEG, dst, r); break;
  }
}

static void boolop(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstSeq *values = e->v.boolop.values;
  int end = sh_cg_new_label(C);
  int n = SH_SEQ_LEN(values);
  for (int i = 0; i < n; i++) {
    sh_cg_expr_to(C, SH_SEQ_GET(values, i), dst);
    if (i < n - 1) {
      if (e->v.boolop.op == SH_BOOL_AND)
        SH_EMIT(C, JUMP_IF_FALSE, dst, (uint32_t)end);
      else
        SH_EMIT(C, JUMP_IF_TRUE, dst, (uint32_t)end);
    }
  }
  sh_cg_place(C, end);
}

static void ifexp(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  int l_else = sh_cg_new_label(C), l_end = sh_cg_new_label(C);
  sh_cg_jump_if(C, e->v.ifexp.test, false, l_else);
  sh_cg_expr_to(C, e->v.ifexp.body, dst);
  SH_EMIT(C, JUMP, (uint32_t)l_end);
  sh_cg_place(C, l_else);
  sh_cg_expr_to(C, e->v.ifexp.orelse, dst);
  sh_cg_place(C, l_end);
}

/* ------------------------------------------------------------ comparisons */

static int rich_op(ShCmpOp op) {
  switch (op) {
  case SH_CMP_EQ: return SH_EQ;
  case SH_CMP_NOTEQ: return SH_NE;
  case SH_CMP_LT: return SH_LT;
  case SH_CMP_LTE: return SH_LE;
  case SH_CMP_GT: return SH_GT;
  case SH_CMP_GTE: return SH_GE;
  default: return -1;
  }
}

static void compare_op(ShCompiler *C, ShCmpOp op, uint32_t dst, uint32_t l, uint32_t r) {
  switch (op) {
  case SH_CMP_IS: SH_EMIT(C, IS, dst, l, r); break;
  case SH_CMP_ISNOT: SH_EMIT(C, IS_NOT, dst, l, r); break;
  case SH_CMP_IN: SH_EMIT(C, IN, dst, l, r); break;
  case SH_CMP_NOTIN: SH_EMIT(C, NOT_IN, dst, l, r); break;
  default: SH_EMIT(C, COMPARE, dst, l, r, (uint32_t)rich_op(op)); break;
  }
}

/* a < b < c: each middle operand evaluated once, stop at the first false. */
static void compare(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  int n = e->v.compare.nops;
  uint32_t l = sh_cg_expr(C, e->v.compare.left);
  int end = n > 1 ? sh_cg_new_label(C) : -1;
  int rich = rich_op(e->v.compare.ops[0]), k;
  if (n == 1 && rich >= 0 &&
      (k = sh_cg_operand_constant(C, SH_SEQ_GET(e->v.compare.comparators, 0))) >= 0) {
    SH_EMIT(C, COMPARE_K, dst, l, (uint32_t)k, (uint32_t)rich);
    return;
  }
  for (int i = 0; i < n; i++) {
    ShAstExpr *right = SH_SEQ_GET(e->v.compare.comparators, i);
    uint32_t r = sh_cg_expr(C, right);
    compare_op(C, e->v.compare.ops[i], dst, l, r);
    if (i < n - 1) SH_EMIT(C, JUMP_IF_FALSE, dst, (uint32_t)end);
    l = r;
  }
  if (n > 1) sh_cg_place(C, end);
}

/* Jumps to `label` unless l <op> r (when `negated`), or if it holds. */
static void compare_jump(ShCompiler *C, ShCmpOp op, uint32_t l, uint32_t r, bool cond, int label) {
  int rich = rich_op(op);
  if (rich >= 0 && !cond) {
    SH_EMIT(C, JUMP_IF_NOT_COMPARE, l, r, (uint32_t)rich, (uint32_t)label);
    return;
  }
  uint32_t t = sh_cg_temp(C);
  compare_op(C, op, t, l, r);
  if (cond)
    SH_EMIT(C, JUMP_IF_TRUE, t, (uint32_t)label);
  else
    SH_EMIT(C, JUMP_IF_FALSE, t, (uint32_t)label);
  sh_cg_free_to(C, t);
}

static void compare_jump_if(ShCompiler *C, ShAstExpr *e, bool cond, int label) {
  int n = e->v.compare.nops;
  int skip = cond && n > 1 ? sh_cg_new_label(C) : label;
  uint32_t l = sh_cg_expr(C, e->v.compare.left);
  int rich = rich_op(e->v.compare.ops[0]), k;
  if (n == 1 && !cond && rich >= 0 &&
      (k = sh_cg_operand_constant(C, SH_SEQ_GET(e->v.compare.comparators, 0))) >= 0) {
    SH_EMIT(C, JUMP_IF_NOT_COMPARE_K, l, (uint32_t)k, (uint32_t)rich, (uint32_t)label);
    return;
  }
  for (int i = 0; i < n; i++) {
    uint32_t r = sh_cg_expr(C, SH_SEQ_GET(e->v.compare.comparators, i));
    if (i < n - 1)
      compare_jump(C, e->v.compare.ops[i], l, r, false, skip);
    else
      compare_jump(C, e->v.compare.ops[i], l, r, cond, label);
    l = r;
  }
  if (skip != label) sh_cg_place(C, skip);
}

static void boolop_jump_if(ShCompiler *C, ShAstExpr *e, bool cond, int label) {
  ShAstSeq *values = e->v.boolop.values;
  int n = SH_SEQ_LEN(values);
  bool is_or = e->v.boolop.op == SH_BOOL_OR;
  if (is_or == cond) { /* any/all of them decides alone */
    for (int i = 0; i < n; i++)
      sh_cg_jump_if(C, SH_SEQ_GET(values, i), cond, label);
    return;
  }
  int skip = sh_cg_new_label(C);
  for (int i = 0; i < n - 1; i++)
    sh_cg_jump_if(C, SH_SEQ_GET(values, i), !cond, skip);
  sh_cg_jump_if(C, SH_SEQ_GET(values, n - 1), cond, label);
  sh_cg_place(C, skip);
}

void sh_cg_jump_if(ShCompiler *C, ShAstExpr *e, bool cond, int label) {
  ShAstPos saved = sh_cg_set_pos(C, e->pos);
  uint32_t mark = C->u->top;
  int truth = constant_truth(e);
  if (truth >= 0) {
    if (truth == cond) SH_EMIT(C, JUMP, (uint32_t)label);
  } else if (e->kind == SH_EXPR_UNARYOP && e->v.unaryop.op == SH_UOP_NOT) {
    sh_cg_jump_if(C, e->v.unaryop.operand, !cond, label);
  } else if (e->kind == SH_EXPR_BOOLOP) {
    boolop_jump_if(C, e, cond, label);
  } else if (e->kind == SH_EXPR_COMPARE) {
    compare_jump_if(C, e, cond, label);
  } else {
    uint32_t r = sh_cg_expr(C, e);
    if (cond)
      SH_EMIT(C, JUMP_IF_TRUE, r, (uint32_t)label);
    else
      SH_EMIT(C, JUMP_IF_FALSE, r, (uint32_t)label);
  }
  sh_cg_free_to(C, mark);
  sh_cg_set_pos(C, saved);
}

/* ------------------------------------------------------------ access */

static void attribute(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  if (e->v.attribute.ctx != SH_CTX_LOAD)
    sh_cg_error(C, e->pos, "internal compiler error: attribute store in expression");
  uint32_t o = sh_cg_expr(C, e->v.attribute.value);
  SH_EMIT(C, LOAD_ATTR, dst, o, sh_cg_name(C, sh_cg_mangle(C, e->v.attribute.attr)), 0);
}

static uint32_t optional(ShCompiler *C, ShAstExpr *e) {
  return e ? sh_cg_expr(C, e) : NO_REG;
}

static void slice(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  uint32_t lo = optional(C, e->v.slice.lower);
  uint32_t hi = optional(C, e->v.slice.upper);
  uint32_t step = optional(C, e->v.slice.step);
  SH_EMIT(C, BUILD_SLICE, dst, lo, hi, step);
}

static void subscript(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  uint32_t o = sh_cg_expr(C, e->v.subscript.value);
  int k = sh_cg_operand_constant(C, e->v.subscript.slice);
  if (k >= 0) {
    SH_EMIT(C, GET_ITEM_K, dst, o, (uint32_t)k);
    return;
  }
  uint32_t i = sh_cg_expr(C, e->v.subscript.slice);
  SH_EMIT(C, GET_ITEM, dst, o, i);
}

static void name(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  if (e->v.name.ctx != SH_CTX_LOAD)
    sh_cg_error(C, e->pos, "internal compiler error: name store in expression");
  if (!strcmp(e->v.name.id, "__debug__"))
    SH_EMIT(C, LOAD_CONST, dst, sh_cg_const(C, SH_TRUE));
  else
    sh_cg_load_name(C, e->v.name.id, dst);
}

/* ------------------------------------------------------------ yields */

static void require_function(ShCompiler *C, ShAstExpr *e) {
  if (C->u->ste->type != SH_BLOCK_FUNCTION) sh_cg_error(C, e->pos, "'yield' outside function");
}

void sh_cg_yield(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  require_function(C, e);
  uint32_t v;
  if (e->v.yield.value) {
    v = sh_cg_expr_temp(C, e->v.yield.value); /* YIELD takes its operand away */
  } else {
    v = sh_cg_temp(C);
    SH_EMIT(C, LOAD_CONST, v, sh_cg_const_none(C));
  }
  SH_EMIT(C, YIELD, dst, v);
}

static void yield_from(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  require_function(C, e);
  if (sh_cg_in_async_def(C)) sh_cg_error(C, e->pos, "'yield from' inside async function");
  uint32_t it = sh_cg_temp(C);
  uint32_t v = sh_cg_expr(C, e->v.yieldfrom.value);
  SH_EMIT(C, GET_YIELD_FROM_ITER, it, v);
  SH_EMIT(C, YIELD_FROM, dst, it);
}

bool sh_cg_in_async_def(ShCompiler *C) {
  return C->u->kind == SH_UNIT_FUNCTION && C->u->ste->async_def;
}

/* GET_AWAITABLE then YIELD_FROM, which keeps the awaited iterator in its
   source register while suspended: that is dst itself unless dst is a
   named local, which must not see the iterator. */
void sh_cg_await_reg(ShCompiler *C, uint32_t dst, uint32_t src, uint32_t reason) {
  uint32_t mark = C->u->top;
  uint32_t it = sh_cg_is_local_reg(C, dst) ? sh_cg_temp(C) : dst;
  SH_EMIT(C, GET_AWAITABLE, it, src, reason);
  SH_EMIT(C, YIELD_FROM, dst, it);
  sh_cg_free_to(C, mark);
}

/* An await is allowed in an async def and in a comprehension, which then
   is asynchronous itself (its caller checks that). */
static void await_(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  if (C->u->ste->type != SH_BLOCK_FUNCTION) sh_cg_error(C, e->pos, "'await' outside function");
  if (!sh_cg_in_async_def(C) && C->u->kind != SH_UNIT_COMPREHENSION)
    sh_cg_error(C, e->pos, "'await' outside async function");
  sh_cg_await_reg(C, dst, sh_cg_expr(C, e->v.await_.value), 0);
}

/* ------------------------------------------------------------ dispatch */

void sh_cg_expr_to(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstPos saved = sh_cg_set_pos(C, e->pos);
  uint32_t mark = C->u->top;
  switch (e->kind) {
  case SH_EXPR_BOOLOP: boolop(C, e, dst); break;
  case SH_EXPR_NAMEDEXPR: sh_cg_namedexpr(C, e, dst); break;
  case SH_EXPR_BINOP: binop(C, e, dst); break;
  case SH_EXPR_UNARYOP: unaryop(C, e, dst); break;
  case SH_EXPR_LAMBDA: sh_cg_lambda(C, e, dst); break;
  case SH_EXPR_IFEXP: ifexp(C, e, dst); break;
  case SH_EXPR_DICT: sh_cg_dict(C, e, dst); break;
  case SH_EXPR_SET:
  case SH_EXPR_LIST: sh_cg_display(C, e, dst); break;
  case SH_EXPR_TUPLE:
    if (is_const_tuple(e))
      SH_EMIT(C, LOAD_CONST, dst, sh_cg_const(C, const_tuple(C, e)));
    else
      sh_cg_display(C, e, dst);
    break;
  case SH_EXPR_LISTCOMP:
  case SH_EXPR_SETCOMP:
  case SH_EXPR_DICTCOMP:
  case SH_EXPR_GENERATOREXP: sh_cg_comprehension(C, e, dst); break;
  case SH_EXPR_AWAIT: await_(C, e, dst); break;
  case SH_EXPR_YIELD: sh_cg_yield(C, e, dst); break;
  case SH_EXPR_YIELDFROM: yield_from(C, e, dst); break;
  case SH_EXPR_COMPARE: compare(C, e, dst); break;
  case SH_EXPR_CALL: sh_cg_call(C, e, dst); break;
  case SH_EXPR_FORMATTEDVALUE:
  case SH_EXPR_JOINEDSTR: sh_cg_joined_str(C, e, dst); break;
  case SH_EXPR_CONSTANT:
    SH_EMIT(C, LOAD_CONST, dst, sh_cg_const(C, make_constant(C, e, false)));
    break;
  case SH_EXPR_ATTRIBUTE: attribute(C, e, dst); break;
  case SH_EXPR_SUBSCRIPT: subscript(C, e, dst); break;
  case SH_EXPR_STARRED: sh_cg_error(C, e->pos, "can't use starred expression here");
  case SH_EXPR_NAME: name(C, e, dst); break;
  case SH_EXPR_SLICE: slice(C, e, dst); break;
  }
  sh_cg_free_to(C, mark);
  sh_cg_set_pos(C, saved);
}

/* A local read straight from its register, unless a walrus in the same
   function may rebind it while the value is still needed. */
uint32_t sh_cg_expr(ShCompiler *C, ShAstExpr *e) {
  if (e->kind == SH_EXPR_NAME && e->v.name.ctx == SH_CTX_LOAD) {
    uint32_t reg = sh_cg_fast_reg(C, e->v.name.id);
    ShSymbol *s = reg != NO_REG ? sh_symblock_get(C->u->ste, sh_cg_mangle(C, e->v.name.id)) : NULL;
    if (s && !(s->flags & SH_DEF_WALRUS)) {
      ShAstPos saved = sh_cg_set_pos(C, e->pos);
      sh_cg_check_bound(C, reg);
      sh_cg_set_pos(C, saved);
      return reg;
    }
  }
  return sh_cg_expr_temp(C, e);
}

uint32_t sh_cg_expr_temp(ShCompiler *C, ShAstExpr *e) {
  uint32_t t = sh_cg_temp(C);
  sh_cg_expr_to(C, e, t);
  return t;
}
