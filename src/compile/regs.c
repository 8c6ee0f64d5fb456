/* Registers and names: the frame layout of a unit (locals, cells, free
   variables, then temporaries), and the load/store/delete of a name in
   whichever place the symbol table put it. */
#include "cinternal.h"

#include <stdlib.h>
#include <string.h>

uint32_t sh_cg_temp(ShCompiler *C) {
  ShCgUnit *u = C->u;
  uint32_t r = u->top++;
  if (u->top > u->maxreg) u->maxreg = u->top;
  return r;
}

void sh_cg_free_to(ShCompiler *C, uint32_t mark) {
  C->u->top = mark;
}

bool sh_cg_is_local_reg(ShCompiler *C, uint32_t reg) {
  return reg < C->u->nlocals;
}

bool sh_cg_is_top_temp(ShCompiler *C, uint32_t reg) {
  ShCgUnit *u = C->u;
  return reg + 1 == u->top && reg >= u->nlocals + u->ncells + u->nfree;
}

const char *sh_cg_mangle(ShCompiler *C, const char *name) {
  return sh_mangle(C->arena, C->u->private_name, name);
}

/* ------------------------------------------------------------ layout */

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **collect(ShCompiler *C, ShSymBlock *b, ShNameScope scope, int extra_flag,
                            uint32_t *count) {
  int n = 0;
  for (ShSymbol *s = b->first; s; s = s->next)
    if (s->scope == scope || (s->flags & extra_flag)) n++;
  bool class_cell = scope == SH_SCOPE_CELL && b->needs_class_closure;
  const char **v = sh_cg_alloc(C, sizeof(char *) * (size_t)(n + 1));
  n = 0;
  for (ShSymbol *s = b->first; s; s = s->next)
    if (s->scope == scope || (s->flags & extra_flag)) v[n++] = s->name;
  if (class_cell) v[n++] = "__class__";
  qsort(v, (size_t)n, sizeof(char *), cmp_names);
  *count = (uint32_t)n;
  return v;
}

static uint32_t index_of(const char **v, uint32_t n, const char *name) {
  for (uint32_t i = 0; i < n; i++)
    if (!strcmp(v[i], name)) return i;
  return NO_REG;
}

static void layout_locals(ShCompiler *C, ShSymBlock *b) {
  ShCgUnit *u = C->u;
  int n = b->nparams;
  for (ShSymbol *s = b->first; s; s = s->next)
    if (s->scope == SH_SCOPE_LOCAL && !(s->flags & SH_DEF_PARAM)) n++;
  u->varnames = sh_cg_alloc(C, sizeof(char *) * (size_t)(n + 1));
  u->bound = sh_cg_alloc(C, (size_t)n + 1);
  u->stable = sh_cg_alloc(C, (size_t)n + 1);
  u->deletable = sh_cg_alloc(C, (size_t)n + 1);
  for (int i = 0; i < b->nparams; i++) {
    ShSymbol *s = sh_symblock_get(b, b->params[i]);
    u->varnames[i] = b->params[i];
    s->reg = (uint32_t)i;
    u->deletable[i] = (s->flags & SH_DEF_DELETED) != 0;
    u->stable[i] = !u->deletable[i];
    u->bound[i] = 1;
  }
  n = b->nparams;
  for (ShSymbol *s = b->first; s; s = s->next)
    if (s->scope == SH_SCOPE_LOCAL && !(s->flags & SH_DEF_PARAM)) {
      s->reg = (uint32_t)n;
      u->deletable[n] = (s->flags & SH_DEF_DELETED) != 0;
      u->varnames[n++] = s->name;
    }
  u->nlocals = (uint32_t)n;
}

void sh_cg_setup_registers(ShCompiler *C) {
  ShCgUnit *u = C->u;
  ShSymBlock *b = u->ste;
  u->in_entry = true;
  if (b->type == SH_BLOCK_FUNCTION) layout_locals(C, b);
  u->cellvars = collect(C, b, SH_SCOPE_CELL, 0, &u->ncells);
  u->freevars =
      collect(C, b, SH_SCOPE_FREE, b->type == SH_BLOCK_CLASS ? SH_DEF_FREE_CLASS : 0, &u->nfree);
  for (uint32_t i = 0; i < u->ncells; i++) {
    ShSymbol *s = sh_symblock_get(b, u->cellvars[i]);
    if (s) s->reg = u->nlocals + i;
  }
  for (uint32_t i = 0; i < u->nfree; i++) {
    ShSymbol *s = sh_symblock_get(b, u->freevars[i]);
    if (s && s->scope == SH_SCOPE_FREE) s->reg = u->nlocals + u->ncells + i;
  }
  u->top = u->maxreg = u->nlocals + u->ncells + u->nfree;
}

void sh_cg_reset_bound(ShCompiler *C) {
  ShCgUnit *u = C->u;
  if (u->nlocals) memcpy(u->bound, u->stable, u->nlocals);
}

uint32_t sh_cg_closure_reg(ShCompiler *C, const char *name) {
  ShCgUnit *u = C->u;
  if (u->kind == SH_UNIT_CLASS && !strcmp(name, "__class__"))
    return u->nlocals + index_of(u->cellvars, u->ncells, name);
  if (sh_symblock_scope(u->ste, name) == SH_SCOPE_CELL)
    return u->nlocals + index_of(u->cellvars, u->ncells, name);
  uint32_t i = index_of(u->freevars, u->nfree, name);
  if (i == NO_REG) sh_cg_error(C, u->pos, "internal compiler error: no cell for '%s'", name);
  return u->nlocals + u->ncells + i;
}

/* ------------------------------------------------------------ names */

typedef enum { LOC_FAST, LOC_DEREF, LOC_GLOBAL, LOC_NAME } NameLoc;

static NameLoc resolve(ShCompiler *C, const char *mangled, uint32_t *reg) {
  ShCgUnit *u = C->u;
  bool function = u->ste->type == SH_BLOCK_FUNCTION;
  ShSymbol *s = sh_symblock_get(u->ste, mangled);
  switch (s ? s->scope : SH_SCOPE_UNKNOWN) {
  case SH_SCOPE_FREE:
  case SH_SCOPE_CELL: *reg = s->reg; return LOC_DEREF;
  case SH_SCOPE_LOCAL:
    if (!function) return LOC_NAME;
    *reg = s->reg;
    return LOC_FAST;
  case SH_SCOPE_GLOBAL_IMPLICIT: return function ? LOC_GLOBAL : LOC_NAME;
  case SH_SCOPE_GLOBAL_EXPLICIT: return LOC_GLOBAL;
  default: return LOC_NAME;
  }
}

uint32_t sh_cg_fast_reg(ShCompiler *C, const char *name) {
  uint32_t reg = NO_REG;
  if (resolve(C, sh_cg_mangle(C, name), &reg) != LOC_FAST) return NO_REG;
  return reg;
}

void sh_cg_mark_bound(ShCompiler *C, uint32_t reg) {
  ShCgUnit *u = C->u;
  if (reg >= u->nlocals) return;
  u->bound[reg] = 1;
  if (u->in_entry && !u->deletable[reg]) u->stable[reg] = 1;
}

void sh_cg_check_bound(ShCompiler *C, uint32_t reg) {
  ShCgUnit *u = C->u;
  if (reg >= u->nlocals || u->bound[reg]) return;
  SH_EMIT(C, CHECK_BOUND, reg);
  u->bound[reg] = 1;
}

void sh_cg_load_name(ShCompiler *C, const char *name, uint32_t dst) {
  const char *m = sh_cg_mangle(C, name);
  uint32_t reg = NO_REG;
  switch (resolve(C, m, &reg)) {
  case LOC_FAST:
    sh_cg_check_bound(C, reg);
    if (dst != reg) SH_EMIT(C, MOVE, dst, reg);
    break;
  case LOC_DEREF:
    if (C->u->kind == SH_UNIT_CLASS)
      SH_EMIT(C, LOAD_CLASSDEREF, dst, reg, sh_cg_name(C, m));
    else
      SH_EMIT(C, LOAD_DEREF, dst, reg);
    break;
  case LOC_GLOBAL: SH_EMIT(C, LOAD_GLOBAL, dst, sh_cg_name(C, m), 0); break;
  case LOC_NAME: SH_EMIT(C, LOAD_NAME, dst, sh_cg_name(C, m)); break;
  }
}

void sh_cg_store_name(ShCompiler *C, const char *name, uint32_t src) {
  const char *m = sh_cg_mangle(C, name);
  uint32_t reg = NO_REG;
  switch (resolve(C, m, &reg)) {
  case LOC_FAST:
    if (src != reg) SH_EMIT(C, MOVE, reg, src);
    sh_cg_mark_bound(C, reg);
    break;
  case LOC_DEREF: SH_EMIT(C, STORE_DEREF, reg, src); break;
  case LOC_GLOBAL: SH_EMIT(C, STORE_GLOBAL, sh_cg_name(C, m), src); break;
  case LOC_NAME: SH_EMIT(C, STORE_NAME, sh_cg_name(C, m), src); break;
  }
}

void sh_cg_delete_name(ShCompiler *C, const char *name) {
  const char *m = sh_cg_mangle(C, name);
  uint32_t reg = NO_REG;
  switch (resolve(C, m, &reg)) {
  case LOC_FAST:
    sh_cg_check_bound(C, reg);
    SH_EMIT(C, DELETE_FAST, reg);
    C->u->bound[reg] = 0;
    break;
  case LOC_DEREF: SH_EMIT(C, DELETE_DEREF, reg); break;
  case LOC_GLOBAL: SH_EMIT(C, DELETE_GLOBAL, sh_cg_name(C, m)); break;
  case LOC_NAME: SH_EMIT(C, DELETE_NAME, sh_cg_name(C, m)); break;
  }
}

void sh_cg_forbidden_name(ShCompiler *C, const char *name, ShExprContext ctx, ShAstPos pos) {
  if (ctx == SH_CTX_LOAD || strcmp(name, "__debug__")) return;
  sh_cg_error(C, pos,
              ctx == SH_CTX_STORE ? "cannot assign to __debug__" : "cannot delete __debug__");
}
