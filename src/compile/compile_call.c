/* Calls (plain, with keywords, with * and **, method calls) and the
   container displays and f-strings, which build their values the same way:
   items in consecutive registers, or a list grown item by item. */
#include "cinternal.h"
#include "../objects/abstract.h"

#include <string.h>

#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

bool sh_cg_has_starred(ShAstSeq *elts) {
  for (int i = 0; i < SH_SEQ_LEN(elts); i++)
    if (((ShAstExpr *)SH_SEQ_GET(elts, i))->kind == SH_EXPR_STARRED) return true;
  return false;
}

static bool has_double_star(ShAstSeq *keywords) {
  for (int i = 0; i < SH_SEQ_LEN(keywords); i++)
    if (!((ShAstKeyword *)SH_SEQ_GET(keywords, i))->arg) return true;
  return false;
}

void sh_cg_validate_keywords(ShCompiler *C, ShAstSeq *keywords) {
  int n = SH_SEQ_LEN(keywords);
  for (int i = 0; i < n; i++) {
    ShAstKeyword *k = SH_SEQ_GET(keywords, i);
    if (!k->arg) continue;
    sh_cg_forbidden_name(C, k->arg, SH_CTX_STORE, C->u->pos);
    for (int j = i + 1; j < n; j++) {
      ShAstKeyword *o = SH_SEQ_GET(keywords, j);
      if (o->arg && !strcmp(o->arg, k->arg))
        sh_cg_error(C, o->pos, "keyword argument repeated: %s", k->arg);
    }
  }
}

/* The tuple of keyword names CALL_KW takes, as a constant. */
static uint32_t kwnames(ShCompiler *C, ShAstSeq *keywords) {
  int n = SH_SEQ_LEN(keywords);
  ShObject *t = sh_tuple_new(n);
  if (!t) sh_cg_fail(C);
  for (int i = 0; i < n; i++) {
    ShObject *s = sh_str_from_utf8(((ShAstKeyword *)SH_SEQ_GET(keywords, i))->arg,
                                   strlen(((ShAstKeyword *)SH_SEQ_GET(keywords, i))->arg));
    if (s) sh_str_intern_in_place(&s);
    if (!s) {
      for (int j = i; j < n; j++)
        SH_TUPLE_ITEMS(t)[j] = sh_cg_str(C, "");
      sh_decref(t);
      sh_cg_fail(C);
    }
    SH_TUPLE_ITEMS(t)[i] = s;
  }
  return sh_cg_const(C, t);
}

/* Each expression into the next temporary: a consecutive run. */
static void push_exprs(ShCompiler *C, ShAstSeq *exprs, int from, int to) {
  for (int i = from; i < to; i++)
    sh_cg_expr_to(C, SH_SEQ_GET(exprs, i), sh_cg_temp(C));
}

static void push_keyword_values(ShCompiler *C, ShAstSeq *keywords) {
  for (int i = 0; i < SH_SEQ_LEN(keywords); i++)
    sh_cg_expr_to(C, ((ShAstKeyword *)SH_SEQ_GET(keywords, i))->value, sh_cg_temp(C));
}

/* ------------------------------------------------------------ f(*a, **k) */

/* The positional arguments as one tuple in `list` (a register just above
   the `npre` arguments starting at base plus the leading plain ones). */
static uint32_t star_args_tuple(ShCompiler *C, uint32_t base, int npre, ShAstSeq *args) {
  int n = SH_SEQ_LEN(args), i = 0;
  while (i < n && ((ShAstExpr *)SH_SEQ_GET(args, i))->kind != SH_EXPR_STARRED)
    i++;
  push_exprs(C, args, 0, i);
  uint32_t list = sh_cg_temp(C);
  SH_EMIT(C, BUILD_LIST, list, base, (uint32_t)(npre + i));
  for (; i < n; i++) {
    ShAstExpr *a = SH_SEQ_GET(args, i);
    if (a->kind == SH_EXPR_STARRED) {
      ShAstPos saved = sh_cg_set_pos(C, a->pos);
      SH_EMIT(C, LIST_EXTEND, list, sh_cg_expr(C, a->v.starred.value));
      sh_cg_set_pos(C, saved);
    } else {
      SH_EMIT(C, LIST_APPEND, list, sh_cg_expr(C, a));
    }
    sh_cg_free_to(C, list + 1);
  }
  SH_EMIT(C, LIST_TO_TUPLE, list, list);
  return list;
}

/* Named keywords from i on (up to the next **) as pairs; returns the end. */
static int keyword_pairs(ShCompiler *C, ShAstSeq *keywords, int i, uint32_t dst) {
  int n = SH_SEQ_LEN(keywords);
  uint32_t base = C->u->top;
  int start = i;
  for (; i < n && ((ShAstKeyword *)SH_SEQ_GET(keywords, i))->arg; i++) {
    ShAstKeyword *k = SH_SEQ_GET(keywords, i);
    SH_EMIT(C, LOAD_CONST, sh_cg_temp(C), sh_cg_const(C, sh_cg_str(C, k->arg)));
    sh_cg_expr_to(C, k->value, sh_cg_temp(C));
  }
  SH_EMIT(C, BUILD_MAP, dst, base, (uint32_t)(i - start));
  sh_cg_free_to(C, base);
  return i;
}

static uint32_t star_kwargs_dict(ShCompiler *C, uint32_t func, ShAstSeq *keywords) {
  int n = SH_SEQ_LEN(keywords);
  uint32_t dict = sh_cg_temp(C);
  int i = keyword_pairs(C, keywords, 0, dict);
  while (i < n) {
    ShAstKeyword *k = SH_SEQ_GET(keywords, i);
    uint32_t v;
    if (!k->arg) {
      v = sh_cg_expr(C, k->value);
      i++;
    } else {
      v = sh_cg_temp(C);
      i = keyword_pairs(C, keywords, i, v);
    }
    SH_EMIT(C, DICT_MERGE, dict, v, func);
    sh_cg_free_to(C, dict + 1);
  }
  return dict;
}

void sh_cg_call_with(ShCompiler *C, uint32_t dst, uint32_t func, uint32_t base, int npre,
                     ShAstSeq *args, ShAstSeq *keywords) {
  int nargs = SH_SEQ_LEN(args), nkw = SH_SEQ_LEN(keywords);
  if (!sh_cg_has_starred(args) && !has_double_star(keywords)) {
    push_exprs(C, args, 0, nargs);
    push_keyword_values(C, keywords);
    uint32_t total = (uint32_t)(npre + nargs + nkw);
    if (nkw)
      SH_EMIT(C, CALL_KW, dst, func, base, total, kwnames(C, keywords));
    else
      SH_EMIT(C, CALL, dst, func, base, total);
    return;
  }
  uint32_t tuple;
  ShAstExpr *only = nargs == 1 ? SH_SEQ_GET(args, 0) : NULL;
  if (npre == 0 && only && only->kind == SH_EXPR_STARRED) /* f(*x): CALL_EX makes the tuple */
    tuple = sh_cg_expr(C, only->v.starred.value);
  else
    tuple = star_args_tuple(C, base, npre, args);
  uint32_t dict = nkw ? star_kwargs_dict(C, func, keywords) : NO_REG;
  SH_EMIT(C, CALL_EX, dst, func, tuple, dict);
}

/* o.m(args) without * or **: LOAD_METHOD keeps o as the first argument. */
static void method_call(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstExpr *attr = e->v.call.func;
  ShAstSeq *args = e->v.call.args, *keywords = e->v.call.keywords;
  /* the callable lands in dst when that is free, so that the previous
     value of dst is dropped as soon as the statement starts */
  uint32_t base = sh_cg_is_top_temp(C, dst) ? dst : sh_cg_temp(C);
  sh_cg_temp(C);
  ShAstPos saved = sh_cg_set_pos(C, attr->pos);
  uint32_t o = sh_cg_expr(C, attr->v.attribute.value);
  SH_EMIT(C, LOAD_METHOD, base, o, sh_cg_name(C, sh_cg_mangle(C, attr->v.attribute.attr)), 0);
  sh_cg_set_pos(C, saved);
  sh_cg_free_to(C, base + 2);
  push_exprs(C, args, 0, SH_SEQ_LEN(args));
  push_keyword_values(C, keywords);
  uint32_t total = (uint32_t)(SH_SEQ_LEN(args) + SH_SEQ_LEN(keywords));
  if (SH_SEQ_LEN(keywords))
    SH_EMIT(C, CALL_METHOD_KW, dst, base, total, kwnames(C, keywords));
  else
    SH_EMIT(C, CALL_METHOD, dst, base, total);
}

void sh_cg_call(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstExpr *func = e->v.call.func;
  sh_cg_validate_keywords(C, e->v.call.keywords);
  if (func->kind == SH_EXPR_ATTRIBUTE && func->v.attribute.ctx == SH_CTX_LOAD &&
      !sh_cg_has_starred(e->v.call.args) && !has_double_star(e->v.call.keywords)) {
    method_call(C, e, dst);
    return;
  }
  uint32_t f = sh_cg_is_top_temp(C, dst) ? dst : sh_cg_temp(C);
  sh_cg_expr_to(C, func, f);
  sh_cg_call_with(C, dst, f, C->u->top, 0, e->v.call.args, e->v.call.keywords);
}

/* ------------------------------------------------------------ displays */

/* The elements as a tuple when every one is a constant (or a tuple of
   them), else NULL. */
static ShObject *constant_items(ShCompiler *C, ShAstSeq *elts) {
  int n = SH_SEQ_LEN(elts);
  for (int i = 0; i < n; i++)
    if (!sh_cg_is_folded_constant(SH_SEQ_GET(elts, i))) return NULL;
  ShObject *items = sh_tuple_new(n);
  if (!items) sh_cg_fail(C);
  for (int i = 0; i < n; i++)
    SH_TUPLE_ITEMS(items)[i] = sh_cg_folded_constant(C, SH_SEQ_GET(elts, i));
  return items;
}

/* frozenset(tuple(s)): a frozenset built again from s's own order. */
static ShObject *rebuilt(ShCompiler *C, ShObject *s) {
  ShObject *order = s ? sh_sequence_tuple(s) : NULL;
  sh_xdecref(s);
  ShObject *again = order ? sh_frozenset_new(order) : NULL;
  sh_xdecref(order);
  if (!again) sh_cg_fail(C);
  return again;
}

void sh_cg_display(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstSeq *elts = e->kind == SH_EXPR_SET ? e->v.set.elts : e->v.list.elts;
  int n = SH_SEQ_LEN(elts);
  bool is_set = e->kind == SH_EXPR_SET;
  uint32_t base = C->u->top;
  ShObject *items = is_set && n >= 3 && !sh_cg_has_starred(elts) ? constant_items(C, elts) : NULL;
  if (items) {
    /* As CPython: the elements become one frozenset constant that a new
       set is updated from, so the set's order is the frozenset's. CPython
       rebuilds a frozenset constant from its own iteration order when it
       merges constants: the layout (so the printed order) is that of the
       second build. It rebuilds it once more when making the code object
       if interning replaced one of its strings by an equal one seen
       before, which depends on its string table: not followed. */
    ShObject *first = sh_frozenset_new(items);
    sh_decref(items);
    if (!first) sh_cg_fail(C);
    ShObject *frozen = rebuilt(C, first);
    uint32_t k = sh_cg_temp(C);
    SH_EMIT(C, BUILD_SET, dst, base, 0);
    SH_EMIT(C, LOAD_CONST, k, sh_cg_const(C, frozen));
    SH_EMIT(C, SET_UPDATE, dst, k);
    sh_cg_free_to(C, base);
    return;
  }
  if (!sh_cg_has_starred(elts)) {
    push_exprs(C, elts, 0, n);
    if (e->kind == SH_EXPR_TUPLE)
      SH_EMIT(C, BUILD_TUPLE, dst, base, (uint32_t)n);
    else if (is_set)
      SH_EMIT(C, BUILD_SET, dst, base, (uint32_t)n);
    else
      SH_EMIT(C, BUILD_LIST, dst, base, (uint32_t)n);
    return;
  }
  int i = 0;
  while (((ShAstExpr *)SH_SEQ_GET(elts, i))->kind != SH_EXPR_STARRED)
    i++;
  push_exprs(C, elts, 0, i);
  if (is_set)
    SH_EMIT(C, BUILD_SET, dst, base, (uint32_t)i);
  else
    SH_EMIT(C, BUILD_LIST, dst, base, (uint32_t)i);
  sh_cg_free_to(C, base);
  for (; i < n; i++) {
    ShAstExpr *x = SH_SEQ_GET(elts, i);
    if (x->kind == SH_EXPR_STARRED) {
      ShAstPos saved = sh_cg_set_pos(C, x->pos);
      uint32_t v = sh_cg_expr(C, x->v.starred.value);
      if (is_set)
        SH_EMIT(C, SET_UPDATE, dst, v);
      else
        SH_EMIT(C, LIST_EXTEND, dst, v);
      sh_cg_set_pos(C, saved);
    } else {
      uint32_t v = sh_cg_expr(C, x);
      if (is_set)
        SH_EMIT(C, SET_ADD, dst, v);
      else
        SH_EMIT(C, LIST_APPEND, dst, v);
    }
    sh_cg_free_to(C, base);
  }
  if (e->kind == SH_EXPR_TUPLE) SH_EMIT(C, LIST_TO_TUPLE, dst, dst);
}

void sh_cg_dict(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstSeq *keys = e->v.dict.keys, *values = e->v.dict.values;
  int n = SH_SEQ_LEN(values), i = 0;
  uint32_t base = C->u->top;
  for (; i < n && SH_SEQ_GET(keys, i); i++) {
    sh_cg_expr_to(C, SH_SEQ_GET(keys, i), sh_cg_temp(C));
    sh_cg_expr_to(C, SH_SEQ_GET(values, i), sh_cg_temp(C));
  }
  SH_EMIT(C, BUILD_MAP, dst, base, (uint32_t)i);
  sh_cg_free_to(C, base);
  for (; i < n; i++) {
    ShAstExpr *k = SH_SEQ_GET(keys, i);
    if (!k) {
      SH_EMIT(C, DICT_UPDATE, dst, sh_cg_expr(C, SH_SEQ_GET(values, i)));
    } else {
      uint32_t kr = sh_cg_expr(C, k);
      uint32_t vr = sh_cg_expr(C, SH_SEQ_GET(values, i));
      SH_EMIT(C, MAP_ADD, dst, kr, vr);
    }
    sh_cg_free_to(C, base);
  }
}

/* ------------------------------------------------------------ f-strings */

static void format_value(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstPos saved = sh_cg_set_pos(C, e->pos);
  uint32_t v = sh_cg_expr(C, e->v.formattedvalue.value);
  uint32_t spec = NO_REG;
  if (e->v.formattedvalue.format_spec) spec = sh_cg_expr(C, e->v.formattedvalue.format_spec);
  int c = e->v.formattedvalue.conversion;
  uint32_t conv = c == 's' ? 1 : c == 'r' ? 2 : c == 'a' ? 3 : 0;
  SH_EMIT(C, FORMAT_VALUE, dst, v, conv, spec);
  sh_cg_set_pos(C, saved);
}

static void string_part(ShCompiler *C, ShAstExpr *part, uint32_t dst) {
  if (part->kind == SH_EXPR_CONSTANT)
    SH_EMIT(C, LOAD_CONST, dst, sh_cg_const(C, sh_cg_constant_value(C, part)));
  else
    format_value(C, part, dst);
}

void sh_cg_joined_str(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  if (e->kind == SH_EXPR_FORMATTEDVALUE) {
    format_value(C, e, dst);
    return;
  }
  ShAstSeq *parts = e->v.joinedstr.values;
  int n = SH_SEQ_LEN(parts);
  if (n == 0) {
    SH_EMIT(C, LOAD_CONST, dst, sh_cg_const(C, sh_cg_str(C, "")));
    return;
  }
  if (n == 1) {
    string_part(C, SH_SEQ_GET(parts, 0), dst);
    return;
  }
  uint32_t base = C->u->top;
  for (int i = 0; i < n; i++) {
    uint32_t r = sh_cg_temp(C);
    string_part(C, SH_SEQ_GET(parts, i), r);
    sh_cg_free_to(C, r + 1);
  }
  SH_EMIT(C, BUILD_STRING, dst, base, (uint32_t)n);
}
