/* The compiler's entry point: runs the symbol table pass, then generates
   the module's code object, one unit per function/class/comprehension. */
#include "cinternal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../objects/singletons.h"
#include "../objects/str.h"
#include "../runtime/error.h"

/* ------------------------------------------------------------ errors */

_Noreturn void sh_cg_error(ShCompiler *C, ShAstPos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(C->err->msg, sizeof C->err->msg, fmt, ap);
  va_end(ap);
  C->err->kind = SH_SYNERR_SYNTAX;
  C->err->lineno = pos.lineno;
  C->err->col_offset = pos.col_offset + 1;
  C->err->end_lineno = pos.end_lineno;
  C->err->end_col_offset = pos.end_col_offset + 1;
  longjmp(C->fail, 1);
}

_Noreturn void sh_cg_fail(ShCompiler *C) {
  C->err->msg[0] = 0;
  longjmp(C->fail, 1);
}

_Noreturn void sh_cg_nomem(ShCompiler *C) {
  sh_err_no_memory();
  sh_cg_fail(C);
}

void *sh_cg_alloc(ShCompiler *C, size_t size) {
  void *p = sh_arena_alloc(C->arena, size);
  if (!p) sh_cg_nomem(C);
  return p;
}

char *sh_cg_strdup(ShCompiler *C, const char *s) {
  char *d = sh_arena_strndup(C->arena, s, strlen(s));
  if (!d) sh_cg_nomem(C);
  return d;
}

ShObject *sh_cg_str(ShCompiler *C, const char *utf8) {
  ShObject *s = sh_str_from_utf8(utf8, strlen(utf8));
  if (!s) sh_cg_fail(C);
  sh_str_intern_in_place(&s);
  return s;
}

/* ------------------------------------------------------------ units */

static bool is_function_unit(ShCgUnit *u) {
  return u->kind == SH_UNIT_FUNCTION || u->kind == SH_UNIT_LAMBDA;
}

/* CPython's __qualname__: "f.<locals>.g", "C.m"; a def declared global
   starts afresh. */
static const char *make_qualname(ShCompiler *C, ShCgUnit *u) {
  ShCgUnit *p = u->parent;
  if (!p || p->kind == SH_UNIT_MODULE) return u->name;
  if (u->kind == SH_UNIT_FUNCTION || u->kind == SH_UNIT_CLASS) {
    const char *m = sh_mangle(C->arena, p->private_name, u->name);
    if (sh_symblock_scope(p->ste, m) == SH_SCOPE_GLOBAL_EXPLICIT) return u->name;
  }
  const char *sep = is_function_unit(p) ? ".<locals>." : ".";
  size_t n = strlen(p->qualname) + strlen(sep) + strlen(u->name) + 1;
  char *q = sh_cg_alloc(C, n);
  snprintf(q, n, "%s%s%s", p->qualname, sep, u->name);
  return q;
}

static uint32_t unit_flags(ShCgUnit *u) {
  ShSymBlock *b = u->ste;
  uint32_t flags = 0;
  if (b->type == SH_BLOCK_FUNCTION) flags |= SH_CO_OPTIMIZED | SH_CO_NEWLOCALS;
  if (b->nested) flags |= SH_CO_NESTED;
  if (b->type == SH_BLOCK_FUNCTION) {
    if (b->generator)
      flags |= b->coroutine ? SH_CO_ASYNC_GENERATOR : SH_CO_GENERATOR;
    else if (b->coroutine)
      flags |= SH_CO_COROUTINE;
  }
  if (b->varargs) flags |= SH_CO_VARARGS;
  if (b->varkeywords) flags |= SH_CO_VARKEYWORDS;
  return flags;
}

void sh_cg_enter_unit(ShCompiler *C, ShUnitKind kind, const void *node, const char *name,
                      int firstlineno) {
  ShCgUnit *u = sh_cg_alloc(C, sizeof *u);
  u->parent = C->u;
  u->kind = kind;
  u->ste = sh_symtable_block(C->st, node);
  u->name = name;
  u->private_name = u->parent ? u->parent->private_name : NULL;
  u->firstlineno = firstlineno;
  u->reachable = true;
  u->pos = (ShAstPos){firstlineno, 0, firstlineno, 0};
  C->u = u;
  u->qualname = make_qualname(C, u);
  u->flags = unit_flags(u);
  sh_cg_setup_registers(C);
}

ShCode *sh_cg_leave_unit(ShCompiler *C, const char ***freevars, uint32_t *nfree) {
  ShCgUnit *u = C->u;
  ShCode *co = sh_cg_assemble(C);
  if (freevars) {
    *freevars = u->freevars;
    *nfree = u->nfree;
  }
  sh_cg_unit_free(u);
  C->u = u->parent;
  return co;
}

/* `return None` at the end of a body that can fall off it. */
static void implicit_return(ShCompiler *C, ShAstSeq *body) {
  if (!C->u->reachable) return;
  if (SH_SEQ_LEN(body)) {
    ShAstStmt *last = SH_SEQ_GET(body, SH_SEQ_LEN(body) - 1);
    sh_cg_set_pos(C, (ShAstPos){last->pos.end_lineno, -1, last->pos.end_lineno, -1});
  }
  uint32_t t = sh_cg_temp(C);
  SH_EMIT(C, LOAD_CONST, t, sh_cg_const_none(C));
  SH_EMIT(C, RETURN, t);
  sh_cg_free_to(C, t);
}

/* ------------------------------------------------------------ bodies */

bool sh_cg_is_docstring(ShAstSeq *body) {
  if (!SH_SEQ_LEN(body)) return false;
  ShAstStmt *s = SH_SEQ_GET(body, 0);
  return s->kind == SH_STMT_EXPR && s->v.expr.value->kind == SH_EXPR_CONSTANT &&
         s->v.expr.value->v.constant.kind == SH_CONST_STR;
}

/* Module and class bodies: SETUP_ANNOTATIONS when needed, __doc__, then
   the statements. */
void sh_cg_namespace_body(ShCompiler *C, ShAstSeq *body) {
  if (sh_cg_find_annotations(body)) SH_EMIT0(C, SETUP_ANNOTATIONS);
  int i = 0;
  if (sh_cg_is_docstring(body)) {
    ShAstStmt *s = SH_SEQ_GET(body, 0);
    sh_cg_set_pos(C, s->pos);
    uint32_t t = sh_cg_temp(C);
    SH_EMIT(C, LOAD_CONST, t, sh_cg_const(C, sh_cg_constant_value(C, s->v.expr.value)));
    sh_cg_store_name(C, "__doc__", t);
    sh_cg_free_to(C, t);
    i = 1;
  }
  for (; i < SH_SEQ_LEN(body); i++)
    sh_cg_stmt(C, SH_SEQ_GET(body, i));
}

static ShCode *compile_module(ShCompiler *C, ShAstModule *mod) {
  sh_cg_enter_unit(C, SH_UNIT_MODULE, mod, "<module>", 1);
  if (mod->mode == SH_PARSE_EVAL) {
    sh_cg_set_pos(C, mod->expr->pos);
    uint32_t r = sh_cg_expr(C, mod->expr);
    SH_EMIT(C, RETURN, r);
  } else if (mod->mode == SH_PARSE_SINGLE) {
    C->interactive = true;
    if (sh_cg_find_annotations(mod->body)) SH_EMIT0(C, SETUP_ANNOTATIONS);
    sh_cg_stmts(C, mod->body);
    implicit_return(C, mod->body);
  } else {
    sh_cg_namespace_body(C, mod->body);
    implicit_return(C, mod->body);
  }
  return sh_cg_leave_unit(C, NULL, NULL);
}

void sh_cg_function_epilogue(ShCompiler *C, ShAstSeq *body) {
  implicit_return(C, body);
}

/* ------------------------------------------------------------ __future__ */

bool sh_cg_is_future_import(ShAstStmt *s) {
  return s->kind == SH_STMT_IMPORTFROM && s->v.importfrom.level == 0 && s->v.importfrom.module &&
         !strcmp(s->v.importfrom.module, "__future__");
}

/* The `from __future__ import` statements that open a module (after its
   docstring) name known features; returns the line of the last one (0:
   none), or -1 with *err filled. Others are refused where they stand. */
static int future_features(ShAstModule *mod, ShSyntaxErrorInfo *err) {
  static const char *const known[] = {
      "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
  if (mod->mode == SH_PARSE_EVAL) return 0;
  int line = 0;
  for (int i = sh_cg_is_docstring(mod->body) ? 1 : 0; i < SH_SEQ_LEN(mod->body); i++) {
    ShAstStmt *s = SH_SEQ_GET(mod->body, i);
    if (!sh_cg_is_future_import(s)) break;
    for (int j = 0; j < SH_SEQ_LEN(s->v.importfrom.names); j++) {
      const char *name = ((ShAstAlias *)SH_SEQ_GET(s->v.importfrom.names, j))->name;
      bool ok = false;
      for (size_t k = 0; k < sizeof known / sizeof *known; k++)
        ok |= !strcmp(name, known[k]);
      if (ok) continue;
      if (!strcmp(name, "braces"))
        snprintf(err->msg, sizeof err->msg, "not a chance");
      else
        snprintf(err->msg, sizeof err->msg, "future feature %s is not defined", name);
      err->kind = SH_SYNERR_SYNTAX;
      err->lineno = s->pos.lineno;
      err->col_offset = s->pos.col_offset + 1;
      err->end_lineno = s->pos.end_lineno;
      err->end_col_offset = s->pos.end_col_offset + 1;
      return -1;
    }
    line = s->pos.lineno;
  }
  return line;
}

ShObject *sh_compile_module(ShAstModule *mod, ShObject *filename, ShSyntaxErrorInfo *err) {
  err->msg[0] = 0;
  int future_line = future_features(mod, err);
  if (future_line < 0) return NULL;
  ShArena *arena = sh_arena_new();
  if (!arena) return sh_err_no_memory();
  ShSymTable *st = sh_symtable_build(mod, arena, err);
  if (!st) {
    if (!strcmp(err->msg, "out of memory")) {
      err->msg[0] = 0;
      sh_err_no_memory();
    }
    sh_arena_free(arena);
    return NULL;
  }
  ShCompiler *C = sh_arena_alloc(arena, sizeof *C);
  if (!C) {
    sh_arena_free(arena);
    return sh_err_no_memory();
  }
  C->arena = arena;
  C->st = st;
  C->err = err;
  C->filename = filename;
  C->future_line = future_line;
  if (setjmp(C->fail)) {
    for (ShCgUnit *u = C->u; u; u = u->parent)
      sh_cg_unit_free(u);
    sh_arena_free(arena);
    return NULL;
  }
  ShCode *co = compile_module(C, mod);
  sh_arena_free(arena);
  return SH_OBJ(co);
}
