/* match statements. Each case's pattern compiles to tests that jump to the
   case's failure label; captured values wait in temporaries until the whole
   pattern has matched and are then stored to their names, as in CPython. */
#include "cinternal.h"

#include <stdio.h>
#include <string.h>

#include "../objects/abstract.h"
#include "../objects/bool.h"
#include "../objects/int.h"
#include "../objects/singletons.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../runtime/error.h"

typedef struct {
  const char **names; /* the case's capture slots: distinct names ... */
  uint32_t *regs;     /* ... and the temporaries holding their values */
  int nslots;
  const char **stores; /* names bound so far in the current alternative */
  int nstores;
  bool allow_irrefutable;
} PatCtx;

static void pattern(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc);

static bool is_wildcard(ShAstPattern *p) {
  return p->kind == SH_PAT_AS && !p->v.as.pattern && !p->v.as.name;
}

/* ------------------------------------------------------------ captures */

/* Every capture name of p, duplicates included (a bound for the slots). */
static int count_captures(ShAstPattern *p) {
  int n = 0;
  switch (p->kind) {
  case SH_PAT_VALUE:
  case SH_PAT_SINGLETON: break;
  case SH_PAT_SEQUENCE:
    for (int i = 0; i < SH_SEQ_LEN(p->v.sequence.patterns); i++)
      n += count_captures(SH_SEQ_GET(p->v.sequence.patterns, i));
    break;
  case SH_PAT_MAPPING:
    for (int i = 0; i < SH_SEQ_LEN(p->v.mapping.patterns); i++)
      n += count_captures(SH_SEQ_GET(p->v.mapping.patterns, i));
    n += p->v.mapping.rest != NULL;
    break;
  case SH_PAT_CLASS:
    for (int i = 0; i < SH_SEQ_LEN(p->v.class_.patterns); i++)
      n += count_captures(SH_SEQ_GET(p->v.class_.patterns, i));
    for (int i = 0; i < SH_SEQ_LEN(p->v.class_.kwd_patterns); i++)
      n += count_captures(SH_SEQ_GET(p->v.class_.kwd_patterns, i));
    break;
  case SH_PAT_STAR: n = p->v.star.name != NULL; break;
  case SH_PAT_AS:
    n = p->v.as.name != NULL;
    if (p->v.as.pattern) n += count_captures(p->v.as.pattern);
    break;
  case SH_PAT_OR:
    for (int i = 0; i < SH_SEQ_LEN(p->v.or_.patterns); i++)
      n += count_captures(SH_SEQ_GET(p->v.or_.patterns, i));
    break;
  }
  return n;
}

static void add_slot(ShCompiler *C, PatCtx *pc, const char *name) {
  if (!name) return;
  for (int i = 0; i < pc->nslots; i++)
    if (!strcmp(pc->names[i], name)) return;
  pc->names[pc->nslots] = name;
  pc->regs[pc->nslots++] = sh_cg_temp(C);
}

static void collect_slots(ShCompiler *C, PatCtx *pc, ShAstPattern *p) {
  switch (p->kind) {
  case SH_PAT_VALUE:
  case SH_PAT_SINGLETON: break;
  case SH_PAT_SEQUENCE:
    for (int i = 0; i < SH_SEQ_LEN(p->v.sequence.patterns); i++)
      collect_slots(C, pc, SH_SEQ_GET(p->v.sequence.patterns, i));
    break;
  case SH_PAT_MAPPING:
    for (int i = 0; i < SH_SEQ_LEN(p->v.mapping.patterns); i++)
      collect_slots(C, pc, SH_SEQ_GET(p->v.mapping.patterns, i));
    add_slot(C, pc, p->v.mapping.rest);
    break;
  case SH_PAT_CLASS:
    for (int i = 0; i < SH_SEQ_LEN(p->v.class_.patterns); i++)
      collect_slots(C, pc, SH_SEQ_GET(p->v.class_.patterns, i));
    for (int i = 0; i < SH_SEQ_LEN(p->v.class_.kwd_patterns); i++)
      collect_slots(C, pc, SH_SEQ_GET(p->v.class_.kwd_patterns, i));
    break;
  case SH_PAT_STAR: add_slot(C, pc, p->v.star.name); break;
  case SH_PAT_AS:
    if (p->v.as.pattern) collect_slots(C, pc, p->v.as.pattern);
    add_slot(C, pc, p->v.as.name);
    break;
  case SH_PAT_OR:
    for (int i = 0; i < SH_SEQ_LEN(p->v.or_.patterns); i++)
      collect_slots(C, pc, SH_SEQ_GET(p->v.or_.patterns, i));
    break;
  }
}

static uint32_t slot_of(PatCtx *pc, const char *name) {
  for (int i = 0; i < pc->nslots; i++)
    if (!strcmp(pc->names[i], name)) return pc->regs[i];
  return NO_REG;
}

static bool stored(PatCtx *pc, const char *name) {
  for (int i = 0; i < pc->nstores; i++)
    if (!strcmp(pc->stores[i], name)) return true;
  return false;
}

/* Errors point at the pattern compiled last, as CPython's do. */
static void duplicate_store(ShCompiler *C, const char *name) {
  sh_cg_error(C, C->u->pos, "multiple assignments to name '%s' in pattern", name);
}

static void capture(ShCompiler *C, PatCtx *pc, const char *name, uint32_t src) {
  if (!name) return;
  sh_cg_forbidden_name(C, name, SH_CTX_STORE, C->u->pos);
  if (stored(pc, name)) duplicate_store(C, name);
  pc->stores[pc->nstores++] = name;
  uint32_t slot = slot_of(pc, name);
  if (slot != src) SH_EMIT(C, MOVE, slot, src);
}

/* ------------------------------------------------------------ patterns */

static void subpattern(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc) {
  bool saved = pc->allow_irrefutable;
  pc->allow_irrefutable = true;
  pattern(C, p, subj, fail, pc);
  pc->allow_irrefutable = saved;
}

static void pattern_value(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail) {
  ShAstExpr *e = p->v.value.value;
  uint32_t mark = C->u->top, v;
  ShObject *k = sh_cg_literal_value(C, e);
  if (k) {
    v = sh_cg_temp(C);
    SH_EMIT(C, LOAD_CONST, v, sh_cg_const(C, k));
  } else if (e->kind == SH_EXPR_ATTRIBUTE) {
    v = sh_cg_expr(C, e);
    sh_cg_set_pos(C, p->pos);
  } else {
    sh_cg_error(C, C->u->pos, "patterns may only match literals and attribute lookups");
  }
  SH_EMIT(C, JUMP_IF_NOT_COMPARE, subj, v, SH_EQ, (uint32_t)fail);
  sh_cg_free_to(C, mark);
}

static void pattern_singleton(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail) {
  ShConstKind k = p->v.singleton.value;
  ShObject *v = k == SH_CONST_NONE ? SH_NONE : k == SH_CONST_TRUE ? SH_TRUE : SH_FALSE;
  uint32_t t = sh_cg_temp(C);
  SH_EMIT(C, LOAD_CONST, t, sh_cg_const(C, v));
  SH_EMIT(C, IS, t, subj, t);
  SH_EMIT(C, JUMP_IF_FALSE, t, (uint32_t)fail);
  sh_cg_free_to(C, t);
}

/* r = len(subj); goto fail unless r <op> n */
static void length_check(ShCompiler *C, uint32_t subj, intptr_t n, uint32_t op, int fail) {
  uint32_t len = sh_cg_temp(C), k = sh_cg_temp(C);
  SH_EMIT(C, GET_LEN, len, subj);
  SH_EMIT(C, LOAD_CONST, k, sh_cg_const(C, sh_int_from_i64(n)));
  SH_EMIT(C, JUMP_IF_NOT_COMPARE, len, k, op, (uint32_t)fail);
  sh_cg_free_to(C, len);
}

/* With a `*_` and no other star, items are fetched by index (counted from
   the end after the star) and only those that need matching; otherwise
   the subject is unpacked. */
static void pattern_sequence(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc) {
  ShAstSeq *pats = p->v.sequence.patterns;
  int n = SH_SEQ_LEN(pats), star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (int i = 0; i < n; i++) {
    ShAstPattern *q = SH_SEQ_GET(pats, i);
    if (q->kind == SH_PAT_STAR) {
      if (star >= 0) sh_cg_error(C, C->u->pos, "multiple starred names in sequence pattern");
      star_wildcard = !q->v.star.name;
      only_wildcard &= star_wildcard;
      star = i;
    } else {
      only_wildcard &= is_wildcard(q);
    }
  }
  uint32_t mark = C->u->top;
  SH_EMIT(C, MATCH_SEQUENCE, subj, (uint32_t)fail);
  if (star < 0)
    length_check(C, subj, n, SH_EQ, fail);
  else if (n > 1)
    length_check(C, subj, n - 1, SH_GE, fail);
  if (only_wildcard) return;
  if (star_wildcard) {
    for (int i = 0; i < n; i++) {
      ShAstPattern *q = SH_SEQ_GET(pats, i);
      if (i == star || is_wildcard(q)) continue;
      uint32_t item = sh_cg_temp(C), idx = sh_cg_temp(C);
      sh_cg_set_pos(C, p->pos);
      if (i < star) {
        SH_EMIT(C, LOAD_CONST, idx, sh_cg_const(C, sh_int_from_i64(i)));
      } else {
        /* the subject may not take negative indexes */
        uint32_t k = sh_cg_temp(C);
        SH_EMIT(C, GET_LEN, idx, subj);
        SH_EMIT(C, LOAD_CONST, k, sh_cg_const(C, sh_int_from_i64(n - i)));
        SH_EMIT(C, SUB, idx, idx, k);
      }
      SH_EMIT(C, GET_ITEM, item, subj, idx);
      sh_cg_free_to(C, idx);
      subpattern(C, q, item, fail, pc);
      sh_cg_free_to(C, item);
    }
    return;
  }
  uint32_t base = C->u->top;
  for (int i = 0; i < n; i++)
    sh_cg_temp(C);
  if (star < 0)
    SH_EMIT(C, UNPACK_SEQUENCE, subj, base, (uint32_t)n);
  else
    SH_EMIT(C, UNPACK_EX, subj, base, (uint32_t)star, (uint32_t)(n - star - 1));
  for (int i = 0; i < n; i++)
    subpattern(C, SH_SEQ_GET(pats, i), base + (uint32_t)i, fail, pc);
  sh_cg_free_to(C, mark);
}

static void pattern_mapping(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc) {
  ShAstSeq *keys = p->v.mapping.keys, *pats = p->v.mapping.patterns;
  const char *rest = p->v.mapping.rest;
  int n = SH_SEQ_LEN(keys);
  uint32_t mark = C->u->top;
  SH_EMIT(C, MATCH_MAPPING, subj, (uint32_t)fail);
  if (!n && !rest) return;
  if (n) length_check(C, subj, n, SH_GE, fail);
  /* literal keys are checked for duplicates here, the others at run time */
  ShObject **lits = sh_cg_alloc(C, sizeof(ShObject *) * (size_t)(n + 1));
  bool all_literal = true;
  for (int i = 0; i < n; i++) {
    ShAstExpr *key = SH_SEQ_GET(keys, i);
    lits[i] = sh_cg_literal_value(C, key);
    if (!lits[i]) {
      all_literal = false;
      if (key->kind != SH_EXPR_ATTRIBUTE) {
        for (int j = 0; j < i; j++)
          sh_xdecref(lits[j]);
        sh_cg_error(C, C->u->pos,
                    "mapping pattern keys may only match literals and attribute lookups");
      }
      continue;
    }
    for (int j = 0; j < i; j++) {
      if (!lits[j]) continue;
      int eq = sh_object_richcompare_bool(lits[j], lits[i], SH_EQ);
      if (eq < 0) sh_err_clear();
      if (eq <= 0) continue;
      ShObject *r = sh_object_repr(lits[i]);
      const char *s = r ? sh_str_utf8(r) : NULL;
      char buf[200];
      snprintf(buf, sizeof buf, "%s", s ? s : "?");
      sh_xdecref(r);
      sh_err_clear();
      for (int m = 0; m <= i; m++)
        sh_xdecref(lits[m]);
      sh_cg_error(C, C->u->pos, "mapping pattern checks duplicate key (%s)", buf);
    }
  }
  uint32_t ktuple = sh_cg_temp(C);
  if (all_literal) {
    ShObject *t = sh_tuple_new(n);
    if (!t) {
      for (int i = 0; i < n; i++)
        sh_decref(lits[i]);
      sh_cg_fail(C);
    }
    for (int i = 0; i < n; i++)
      SH_TUPLE_ITEMS(t)[i] = lits[i];
    SH_EMIT(C, LOAD_CONST, ktuple, sh_cg_const(C, t));
  } else {
    uint32_t kbase = C->u->top;
    for (int i = 0; i < n; i++) {
      uint32_t r = sh_cg_temp(C);
      if (lits[i])
        SH_EMIT(C, LOAD_CONST, r, sh_cg_const(C, lits[i]));
      else
        sh_cg_expr_to(C, SH_SEQ_GET(keys, i), r);
    }
    sh_cg_set_pos(C, p->pos);
    SH_EMIT(C, BUILD_TUPLE, ktuple, kbase, (uint32_t)n);
    sh_cg_free_to(C, kbase);
  }
  uint32_t vbase = C->u->top;
  for (int i = 0; i < n; i++)
    sh_cg_temp(C);
  SH_EMIT(C, MATCH_KEYS, vbase, subj, ktuple, (uint32_t)fail);
  for (int i = 0; i < n; i++)
    subpattern(C, SH_SEQ_GET(pats, i), vbase + (uint32_t)i, fail, pc);
  if (rest) {
    uint32_t r = sh_cg_temp(C);
    SH_EMIT(C, COPY_DICT_WITHOUT_KEYS, r, subj, ktuple);
    capture(C, pc, rest, r);
  }
  sh_cg_free_to(C, mark);
}

static void pattern_class(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc) {
  ShAstSeq *pats = p->v.class_.patterns, *attrs = p->v.class_.kwd_attrs,
           *kwpats = p->v.class_.kwd_patterns;
  int n = SH_SEQ_LEN(pats), nk = SH_SEQ_LEN(attrs);
  /* errors point at the keyword's pattern: the parser keeps no node for
     the name */
  for (int i = 0; i < nk; i++) {
    const char *a = SH_SEQ_GET(attrs, i);
    sh_cg_set_pos(C, ((ShAstPattern *)SH_SEQ_GET(kwpats, i))->pos);
    sh_cg_forbidden_name(C, a, SH_CTX_STORE, C->u->pos);
    for (int j = i + 1; j < nk; j++)
      if (!strcmp(a, SH_SEQ_GET(attrs, j))) {
        sh_cg_set_pos(C, ((ShAstPattern *)SH_SEQ_GET(kwpats, j))->pos);
        sh_cg_error(C, C->u->pos, "attribute name repeated in class pattern: %s", a);
      }
  }
  sh_cg_set_pos(C, p->pos);
  uint32_t mark = C->u->top;
  uint32_t cls = sh_cg_expr(C, p->v.class_.cls);
  ShObject *names = sh_tuple_new(nk);
  if (!names) sh_cg_fail(C);
  for (int i = 0; i < nk; i++)
    SH_TUPLE_ITEMS(names)[i] = sh_cg_str(C, SH_SEQ_GET(attrs, i));
  uint32_t k = sh_cg_const(C, names);
  uint32_t base = C->u->top;
  for (int i = 0; i < n + nk; i++)
    sh_cg_temp(C);
  sh_cg_set_pos(C, p->pos);
  SH_EMIT(C, MATCH_CLASS, base, subj, cls, (uint32_t)n, k, (uint32_t)fail);
  for (int i = 0; i < n + nk; i++) {
    ShAstPattern *q = i < n ? SH_SEQ_GET(pats, i) : SH_SEQ_GET(kwpats, i - n);
    if (!is_wildcard(q)) subpattern(C, q, base + (uint32_t)i, fail, pc);
  }
  sh_cg_free_to(C, mark);
}

static void pattern_as(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc) {
  const char *name = p->v.as.name;
  if (!p->v.as.pattern) {
    if (!pc->allow_irrefutable) {
      if (name)
        sh_cg_error(C, C->u->pos, "name capture '%s' makes remaining patterns unreachable", name);
      sh_cg_error(C, C->u->pos, "wildcard makes remaining patterns unreachable");
    }
    capture(C, pc, name, subj);
    return;
  }
  pattern(C, p->v.as.pattern, subj, fail, pc);
  capture(C, pc, name, subj);
}

/* Every alternative binds the same names, into the same slots; the first
   one that matches jumps to the end. */
static void pattern_or(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc) {
  ShAstSeq *alts = p->v.or_.patterns;
  int n = SH_SEQ_LEN(alts), l_ok = sh_cg_new_label(C);
  const char **outer = pc->stores;
  int nouter = pc->nstores;
  bool allow = pc->allow_irrefutable;
  const char **control = NULL;
  int ncontrol = 0;
  for (int i = 0; i < n; i++) {
    ShAstPattern *alt = SH_SEQ_GET(alts, i);
    pc->stores = sh_cg_alloc(C, sizeof(char *) * (size_t)(pc->nslots + 1));
    pc->nstores = 0;
    pc->allow_irrefutable = i == n - 1 && allow;
    int l_next = i == n - 1 ? fail : sh_cg_new_label(C);
    pattern(C, alt, subj, l_next, pc);
    if (!i) {
      control = pc->stores;
      ncontrol = pc->nstores;
    } else {
      bool same = pc->nstores == ncontrol;
      for (int j = 0; same && j < ncontrol; j++)
        same = stored(pc, control[j]);
      if (!same) sh_cg_error(C, C->u->pos, "alternative patterns bind different names");
    }
    if (i < n - 1) {
      SH_EMIT(C, JUMP, (uint32_t)l_ok);
      sh_cg_place(C, l_next);
    }
  }
  sh_cg_place(C, l_ok);
  pc->stores = outer;
  pc->nstores = nouter;
  pc->allow_irrefutable = allow;
  for (int j = 0; j < ncontrol; j++) {
    if (stored(pc, control[j])) duplicate_store(C, control[j]);
    pc->stores[pc->nstores++] = control[j];
  }
}

static void pattern(ShCompiler *C, ShAstPattern *p, uint32_t subj, int fail, PatCtx *pc) {
  sh_cg_set_pos(C, p->pos);
  switch (p->kind) {
  case SH_PAT_VALUE: pattern_value(C, p, subj, fail); break;
  case SH_PAT_SINGLETON: pattern_singleton(C, p, subj, fail); break;
  case SH_PAT_SEQUENCE: pattern_sequence(C, p, subj, fail, pc); break;
  case SH_PAT_MAPPING: pattern_mapping(C, p, subj, fail, pc); break;
  case SH_PAT_CLASS: pattern_class(C, p, subj, fail, pc); break;
  case SH_PAT_STAR: capture(C, pc, p->v.star.name, subj); break;
  case SH_PAT_AS: pattern_as(C, p, subj, fail, pc); break;
  case SH_PAT_OR: pattern_or(C, p, subj, fail, pc); break;
  }
}

/* ------------------------------------------------------------ the statement */

void sh_cg_match(ShCompiler *C, ShAstStmt *s) {
  ShAstSeq *cases = s->v.match.cases;
  int ncases = SH_SEQ_LEN(cases);
  /* a temporary: a case may rebind the subject's variable and fail later */
  uint32_t subj = sh_cg_expr_temp(C, s->v.match.subject);
  int l_end = sh_cg_new_label(C);
  for (int i = 0; i < ncases; i++) {
    ShAstMatchCase *mc = SH_SEQ_GET(cases, i);
    ShAstPattern *p = mc->pattern;
    uint32_t mark = C->u->top;
    int nmax = count_captures(p);
    PatCtx pc = {0};
    pc.names = sh_cg_alloc(C, sizeof(char *) * (size_t)(nmax + 1));
    pc.regs = sh_cg_alloc(C, sizeof(uint32_t) * (size_t)(nmax + 1));
    collect_slots(C, &pc, p);
    pc.stores = sh_cg_alloc(C, sizeof(char *) * (size_t)(pc.nslots + 1));
    pc.allow_irrefutable = mc->guard || i == ncases - 1;
    int l_fail = sh_cg_new_label(C);
    pattern(C, p, subj, l_fail, &pc);
    for (int j = 0; j < pc.nstores; j++)
      sh_cg_store_name(C, pc.stores[j], slot_of(&pc, pc.stores[j]));
    sh_cg_free_to(C, mark);
    if (mc->guard) {
      sh_cg_set_pos(C, mc->guard->pos);
      sh_cg_jump_if(C, mc->guard, false, l_fail);
    }
    sh_cg_stmts(C, mc->body);
    if (C->u->reachable) SH_EMIT(C, JUMP, (uint32_t)l_end);
    sh_cg_place(C, l_fail);
  }
  sh_cg_place(C, l_end);
}
