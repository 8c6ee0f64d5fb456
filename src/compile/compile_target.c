/* Assignment targets: plain, augmented and annotated assignment, unpacking
   (with a starred target), deletion and the walrus operator. */
#include "cinternal.h"

#include <limits.h>
#include <string.h>

/* Expressions whose code writes the destination once, as the very last
   step: those may target a local's register directly (`x = f(x)`), the
   others go through a temporary (`x = y or x` must not clobber x early). */
bool sh_cg_single_write(ShAstExpr *e) {
  switch (e->kind) {
  case SH_EXPR_COMPARE: return e->v.compare.nops == 1;
  case SH_EXPR_LIST:
  case SH_EXPR_TUPLE: return !sh_cg_has_starred(e->v.list.elts);
  case SH_EXPR_SET: return !sh_cg_has_starred(e->v.set.elts);
  case SH_EXPR_DICT:
    for (int i = 0; i < SH_SEQ_LEN(e->v.dict.keys); i++)
      if (!SH_SEQ_GET(e->v.dict.keys, i)) return false;
    return true;
  case SH_EXPR_BOOLOP:
  case SH_EXPR_IFEXP:
  case SH_EXPR_AWAIT:
  case SH_EXPR_STARRED: return false;
  default: return true;
  }
}

/* ------------------------------------------------------------ unpacking */

/* `a, b = t` straight into the locals' registers, when they are
   consecutive and the source is none of them: UNPACK_SEQUENCE reads the
   source whole before it stores any register. */
static bool unpack_to_locals(ShCompiler *C, ShAstSeq *elts, uint32_t src, bool src_dies) {
  int n = SH_SEQ_LEN(elts);
  uint32_t first = NO_REG;
  for (int i = 0; i < n; i++) {
    ShAstExpr *e = SH_SEQ_GET(elts, i);
    if (e->kind != SH_EXPR_NAME) return false;
    uint32_t reg = sh_cg_fast_reg(C, e->v.name.id);
    if (reg == NO_REG || (i > 0 && reg != first + (uint32_t)i)) return false;
    first = i == 0 ? reg : first;
  }
  if (n == 0 || (src >= first && src < first + (uint32_t)n)) return false;
  for (int i = 0; i < n; i++) {
    ShAstExpr *e = SH_SEQ_GET(elts, i);
    sh_cg_forbidden_name(C, e->v.name.id, SH_CTX_STORE, e->pos);
  }
  if (src_dies)
    SH_EMIT(C, UNPACK_TEMP, src, first, (uint32_t)n);
  else
    SH_EMIT(C, UNPACK_SEQUENCE, src, first, (uint32_t)n);
  for (int i = 0; i < n; i++)
    sh_cg_mark_bound(C, first + (uint32_t)i);
  return true;
}

static void store_target(ShCompiler *C, ShAstExpr *t, uint32_t src, bool src_dies);

/* src_dies: src is a temporary nothing reads after this store, so that an
   unshared tuple in it can give its items away (UNPACK_TEMP). */
static void unpack(ShCompiler *C, ShAstExpr *target, ShAstSeq *elts, uint32_t src, bool src_dies) {
  int n = SH_SEQ_LEN(elts), star = -1;
  for (int i = 0; i < n; i++) {
    if (((ShAstExpr *)SH_SEQ_GET(elts, i))->kind != SH_EXPR_STARRED) continue;
    if (star >= 0) sh_cg_error(C, target->pos, "multiple starred expressions in assignment");
    if (i >= (1 << 8) || (n - i - 1) >= (INT_MAX >> 8))
      sh_cg_error(C, target->pos, "too many expressions in star-unpacking assignment");
    star = i;
  }
  if (star < 0 && unpack_to_locals(C, elts, src, src_dies)) return;
  uint32_t base = C->u->top;
  for (int i = 0; i < n; i++)
    sh_cg_temp(C);
  if (star < 0 && src_dies)
    SH_EMIT(C, UNPACK_TEMP, src, base, (uint32_t)n);
  else if (star < 0)
    SH_EMIT(C, UNPACK_SEQUENCE, src, base, (uint32_t)n);
  else
    SH_EMIT(C, UNPACK_EX, src, base, (uint32_t)star, (uint32_t)(n - star - 1));
  for (int i = 0; i < n; i++) {
    ShAstExpr *elt = SH_SEQ_GET(elts, i);
    store_target(C, elt->kind == SH_EXPR_STARRED ? elt->v.starred.value : elt, base + i, true);
  }
  sh_cg_free_to(C, base);
}

static void store_target(ShCompiler *C, ShAstExpr *t, uint32_t src, bool src_dies) {
  ShAstPos saved = sh_cg_set_pos(C, t->pos);
  uint32_t mark = C->u->top;
  switch (t->kind) {
  case SH_EXPR_NAME:
    sh_cg_forbidden_name(C, t->v.name.id, SH_CTX_STORE, t->pos);
    sh_cg_store_name(C, t->v.name.id, src);
    break;
  case SH_EXPR_ATTRIBUTE: {
    sh_cg_forbidden_name(C, t->v.attribute.attr, SH_CTX_STORE, t->pos);
    uint32_t o = sh_cg_expr(C, t->v.attribute.value);
    SH_EMIT(C, STORE_ATTR, o, sh_cg_name(C, sh_cg_mangle(C, t->v.attribute.attr)), src, 0);
    break;
  }
  case SH_EXPR_SUBSCRIPT: {
    uint32_t o = sh_cg_expr(C, t->v.subscript.value);
    int k = sh_cg_operand_constant(C, t->v.subscript.slice);
    if (k >= 0) {
      SH_EMIT(C, SET_ITEM_K, o, (uint32_t)k, src);
      break;
    }
    uint32_t i = sh_cg_expr(C, t->v.subscript.slice);
    SH_EMIT(C, SET_ITEM, o, i, src);
    break;
  }
  case SH_EXPR_TUPLE:
  case SH_EXPR_LIST: unpack(C, t, t->v.list.elts, src, src_dies); break;
  case SH_EXPR_STARRED:
    sh_cg_error(C, t->pos, "starred assignment target must be in a list or tuple");
  default: sh_cg_error(C, t->pos, "internal compiler error: bad assignment target");
  }
  sh_cg_free_to(C, mark);
  sh_cg_set_pos(C, saved);
}

void sh_cg_store_target(ShCompiler *C, ShAstExpr *t, uint32_t src) {
  store_target(C, t, src, false);
}

void sh_cg_store_temp_target(ShCompiler *C, ShAstExpr *t, uint32_t src) {
  store_target(C, t, src, true);
}

/* ------------------------------------------------------------ assignment */

/* `x = value` straight into x's register when that is safe. */
static bool assign_fast(ShCompiler *C, ShAstExpr *target, ShAstExpr *value) {
  if (target->kind != SH_EXPR_NAME || !sh_cg_single_write(value)) return false;
  uint32_t reg = sh_cg_fast_reg(C, target->v.name.id);
  if (reg == NO_REG) return false;
  sh_cg_forbidden_name(C, target->v.name.id, SH_CTX_STORE, target->pos);
  sh_cg_expr_to(C, value, reg);
  sh_cg_mark_bound(C, reg);
  return true;
}

/* `a, b = b, a`: the values into temporaries, no tuple built. */
static bool assign_parallel(ShCompiler *C, ShAstExpr *target, ShAstExpr *value) {
  bool seq_t = target->kind == SH_EXPR_TUPLE || target->kind == SH_EXPR_LIST;
  bool seq_v = (value->kind == SH_EXPR_TUPLE || value->kind == SH_EXPR_LIST);
  if (!seq_t || !seq_v || SH_SEQ_LEN(target->v.list.elts) != SH_SEQ_LEN(value->v.list.elts) ||
      sh_cg_has_starred(target->v.list.elts) || sh_cg_has_starred(value->v.list.elts))
    return false;
  int n = SH_SEQ_LEN(value->v.list.elts);
  uint32_t base = C->u->top;
  for (int i = 0; i < n; i++)
    sh_cg_expr_to(C, SH_SEQ_GET(value->v.list.elts, i), sh_cg_temp(C));
  ShAstPos saved = sh_cg_set_pos(C, target->pos);
  for (int i = 0; i < n; i++)
    sh_cg_store_target(C, SH_SEQ_GET(target->v.list.elts, i), base + (uint32_t)i);
  sh_cg_set_pos(C, saved);
  return true;
}

void sh_cg_assign(ShCompiler *C, ShAstStmt *s) {
  ShAstSeq *targets = s->v.assign.targets;
  ShAstExpr *value = s->v.assign.value;
  if (SH_SEQ_LEN(targets) == 1) {
    ShAstExpr *t = SH_SEQ_GET(targets, 0);
    if (assign_fast(C, t, value) || assign_parallel(C, t, value)) return;
  }
  uint32_t mark = C->u->top;
  uint32_t v = sh_cg_expr(C, value);
  int n = SH_SEQ_LEN(targets);
  /* the last target may consume the value when it is a temporary (not a
     variable's own register) */
  for (int i = 0; i < n; i++)
    store_target(C, SH_SEQ_GET(targets, i), v, i == n - 1 && v >= mark);
}

static bool is_walrus_target(ShCompiler *C, const char *name) {
  ShSymbol *s = sh_symblock_get(C->u->ste, sh_cg_mangle(C, name));
  return s && (s->flags & SH_DEF_WALRUS);
}

/* x op= v: x read once (before v is evaluated), then written back. */
void sh_cg_augassign(ShCompiler *C, ShAstStmt *s) {
  ShAstExpr *t = s->v.augassign.target, *value = s->v.augassign.value;
  uint32_t op = sh_cg_binop_code(s->v.augassign.op);
  ShAstPos saved = sh_cg_set_pos(C, t->pos);
  uint32_t cur = NO_REG, o = NO_REG, key = NO_REG, attr = 0;
  int key_k = -1;
  switch (t->kind) {
  case SH_EXPR_NAME: {
    sh_cg_forbidden_name(C, t->v.name.id, SH_CTX_STORE, t->pos);
    uint32_t reg = sh_cg_fast_reg(C, t->v.name.id);
    if (reg != NO_REG && !is_walrus_target(C, t->v.name.id)) {
      sh_cg_check_bound(C, reg);
      cur = reg;
    } else {
      cur = sh_cg_temp(C);
      sh_cg_load_name(C, t->v.name.id, cur);
    }
    break;
  }
  case SH_EXPR_ATTRIBUTE:
    o = sh_cg_expr(C, t->v.attribute.value);
    attr = sh_cg_name(C, sh_cg_mangle(C, t->v.attribute.attr));
    cur = sh_cg_temp(C);
    SH_EMIT(C, LOAD_ATTR, cur, o, attr, 0);
    break;
  case SH_EXPR_SUBSCRIPT:
    o = sh_cg_expr(C, t->v.subscript.value);
    key_k = sh_cg_operand_constant(C, t->v.subscript.slice);
    if (key_k < 0) key = sh_cg_expr(C, t->v.subscript.slice);
    cur = sh_cg_temp(C);
    if (key_k >= 0)
      SH_EMIT(C, GET_ITEM_K, cur, o, (uint32_t)key_k);
    else
      SH_EMIT(C, GET_ITEM, cur, o, key);
    break;
  default: sh_cg_error(C, t->pos, "internal compiler error: bad augmented target");
  }
  sh_cg_set_pos(C, s->pos);
  int k = sh_cg_operand_constant(C, value);
  if (k >= 0)
    SH_EMIT(C, INPLACE_K, cur, cur, (uint32_t)k, op);
  else
    SH_EMIT(C, INPLACE, cur, cur, sh_cg_expr(C, value), op);
  sh_cg_set_pos(C, t->pos);
  if (t->kind == SH_EXPR_NAME)
    sh_cg_store_name(C, t->v.name.id, cur);
  else if (t->kind == SH_EXPR_ATTRIBUTE)
    SH_EMIT(C, STORE_ATTR, o, attr, cur, 0);
  else if (key_k >= 0)
    SH_EMIT(C, SET_ITEM_K, o, (uint32_t)key_k, cur);
  else
    SH_EMIT(C, SET_ITEM, o, key, cur);
  sh_cg_set_pos(C, saved);
}

/* The parts of an annotated non-name target that CPython evaluates when
   there is no value. */
static void evaluate_ann_target(ShCompiler *C, ShAstExpr *t) {
  uint32_t mark = C->u->top;
  if (t->kind == SH_EXPR_ATTRIBUTE) {
    sh_cg_expr(C, t->v.attribute.value);
  } else if (t->kind == SH_EXPR_SUBSCRIPT) {
    sh_cg_expr(C, t->v.subscript.value);
    sh_cg_expr(C, t->v.subscript.slice);
  }
  sh_cg_free_to(C, mark);
}

void sh_cg_annassign(ShCompiler *C, ShAstStmt *s) {
  ShAstExpr *t = s->v.annassign.target, *value = s->v.annassign.value;
  bool namespace = C->u->kind == SH_UNIT_MODULE || C->u->kind == SH_UNIT_CLASS;
  if (t->kind == SH_EXPR_NAME) sh_cg_forbidden_name(C, t->v.name.id, SH_CTX_STORE, t->pos);
  if (value) {
    if (!assign_fast(C, t, value)) sh_cg_store_target(C, t, sh_cg_expr(C, value));
  } else if (t->kind != SH_EXPR_NAME) {
    evaluate_ann_target(C, t);
  }
  sh_cg_free_to(C, C->u->top);
  if (!namespace) return;
  uint32_t mark = C->u->top;
  uint32_t ann = sh_cg_expr(C, s->v.annassign.annotation);
  if (t->kind == SH_EXPR_NAME && s->v.annassign.simple) {
    uint32_t dict = sh_cg_temp(C), key = sh_cg_temp(C);
    SH_EMIT(C, LOAD_NAME, dict, sh_cg_name(C, "__annotations__"));
    SH_EMIT(C, LOAD_CONST, key, sh_cg_const(C, sh_cg_str(C, sh_cg_mangle(C, t->v.name.id))));
    SH_EMIT(C, SET_ITEM, dict, key, ann);
  }
  sh_cg_free_to(C, mark);
}

/* ------------------------------------------------------------ del, := */

void sh_cg_delete(ShCompiler *C, ShAstExpr *t) {
  ShAstPos saved = sh_cg_set_pos(C, t->pos);
  uint32_t mark = C->u->top;
  switch (t->kind) {
  case SH_EXPR_NAME:
    sh_cg_forbidden_name(C, t->v.name.id, SH_CTX_DEL, t->pos);
    sh_cg_delete_name(C, t->v.name.id);
    break;
  case SH_EXPR_ATTRIBUTE: {
    uint32_t o = sh_cg_expr(C, t->v.attribute.value);
    SH_EMIT(C, DELETE_ATTR, o, sh_cg_name(C, sh_cg_mangle(C, t->v.attribute.attr)));
    break;
  }
  case SH_EXPR_SUBSCRIPT: {
    uint32_t o = sh_cg_expr(C, t->v.subscript.value);
    uint32_t i = sh_cg_expr(C, t->v.subscript.slice);
    SH_EMIT(C, DELETE_ITEM, o, i);
    break;
  }
  case SH_EXPR_TUPLE:
  case SH_EXPR_LIST:
    for (int i = 0; i < SH_SEQ_LEN(t->v.list.elts); i++)
      sh_cg_delete(C, SH_SEQ_GET(t->v.list.elts, i));
    break;
  default: sh_cg_error(C, t->pos, "internal compiler error: bad del target");
  }
  sh_cg_free_to(C, mark);
  sh_cg_set_pos(C, saved);
}

void sh_cg_namedexpr(ShCompiler *C, ShAstExpr *e, uint32_t dst) {
  ShAstExpr *target = e->v.namedexpr.target, *value = e->v.namedexpr.value;
  sh_cg_forbidden_name(C, target->v.name.id, SH_CTX_STORE, target->pos);
  uint32_t reg = sh_cg_fast_reg(C, target->v.name.id);
  if (reg != NO_REG) {
    if (sh_cg_single_write(value)) {
      sh_cg_expr_to(C, value, reg);
    } else {
      uint32_t t = sh_cg_expr_temp(C, value);
      SH_EMIT(C, MOVE, reg, t);
    }
    sh_cg_mark_bound(C, reg);
    if (dst != reg) SH_EMIT(C, MOVE, dst, reg);
    return;
  }
  sh_cg_expr_to(C, value, dst);
  ShAstPos saved = sh_cg_set_pos(C, target->pos);
  sh_cg_store_name(C, target->v.name.id, dst);
  sh_cg_set_pos(C, saved);
}
