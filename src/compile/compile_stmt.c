/* Statements: control flow (if/while/for, break/continue/return and the
   unwinding they do through try/with blocks), imports, expression
   statements, and the dispatch to the other statement compilers. */
#include "cinternal.h"

#include <string.h>

#include "../objects/str.h"
#include "../objects/tuple.h"

/* ------------------------------------------------------------ unwinding */

enum { EXIT_RETURN, EXIT_BREAK, EXIT_CONTINUE };

/* Leaves the fblocks innermost first, up to the loop for break/continue or
   all of them for return, then emits the jump or RETURN. While a block's
   exit code runs it is off the stack (a `return` inside a finally copy
   only unwinds what is outside it) and its handlers do not cover it. */
static void unwind(ShCompiler *C, int mode, uint32_t reg) {
  ShCgUnit *u = C->u;
  if (u->nfb == 0 || (mode != EXIT_RETURN && u->fb[u->nfb - 1].kind == SH_FB_LOOP)) {
    ShCgFBlock *loop = u->nfb ? &u->fb[u->nfb - 1] : NULL;
    if (mode == EXIT_RETURN) {
      SH_EMIT(C, RETURN, reg);
    } else if (mode == EXIT_BREAK) {
      if (loop->iter_reg != NO_REG) SH_EMIT(C, DELETE_FAST, loop->iter_reg);
      SH_EMIT(C, JUMP, (uint32_t)loop->break_label);
    } else {
      SH_EMIT(C, JUMP, (uint32_t)loop->continue_label);
    }
    return;
  }
  ShCgFBlock copy = u->fb[--u->nfb];
  sh_cg_handler_close(C, copy.h1);
  sh_cg_handler_close(C, copy.h2);
  sh_cg_fblock_exit(C, &copy);
  unwind(C, mode, reg);
  *sh_cg_push_fblock(C, copy.kind) = copy;
  sh_cg_handler_open(C, copy.h1);
  sh_cg_handler_open(C, copy.h2);
}

void sh_cg_return_value(ShCompiler *C, uint32_t reg) {
  unwind(C, EXIT_RETURN, reg);
}

/* Leaving an except* clause body is refused: for break and continue when
   the clause is inside the loop they leave. */
static void check_except_star_exit(ShCompiler *C, ShAstStmt *s, bool to_loop) {
  ShCgUnit *u = C->u;
  ShAstPos pos = s->pos;
  /* CPython points at a constant return value on the statement's line */
  ShAstExpr *v = s->kind == SH_STMT_RETURN ? s->v.return_.value : NULL;
  if (v && v->pos.lineno == s->pos.lineno &&
      (v->kind == SH_EXPR_CONSTANT ||
       (v->kind == SH_EXPR_UNARYOP && v->v.unaryop.op == SH_UOP_USUB &&
        v->v.unaryop.operand->kind == SH_EXPR_CONSTANT)))
    pos = v->pos;
  for (int i = u->nfb - 1; i >= 0; i--) {
    if (u->fb[i].kind == SH_FB_EXCEPT_STAR)
      sh_cg_error(C, pos, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (to_loop && u->fb[i].kind == SH_FB_LOOP) return;
  }
}

static void compile_return(ShCompiler *C, ShAstStmt *s) {
  ShCgUnit *u = C->u;
  if (u->ste->type != SH_BLOCK_FUNCTION) sh_cg_error(C, s->pos, "'return' outside function");
  check_except_star_exit(C, s, false);
  if (s->v.return_.value && u->ste->coroutine && u->ste->generator)
    sh_cg_error(C, s->pos, "'return' with value in async generator");
  uint32_t r;
  if (!s->v.return_.value) {
    r = sh_cg_temp(C);
    SH_EMIT(C, LOAD_CONST, r, sh_cg_const_none(C));
  } else if (u->nfb) {
    /* the exit code must not see a later change of a local */
    r = sh_cg_expr_temp(C, s->v.return_.value);
  } else {
    r = sh_cg_expr(C, s->v.return_.value);
  }
  sh_cg_return_value(C, r);
}

static void compile_loop_exit(ShCompiler *C, ShAstStmt *s, int mode) {
  ShCgUnit *u = C->u;
  check_except_star_exit(C, s, true);
  bool in_loop = false;
  for (int i = 0; i < u->nfb; i++)
    in_loop |= u->fb[i].kind == SH_FB_LOOP;
  if (!in_loop)
    sh_cg_error(C, s->pos,
                mode == EXIT_BREAK ? "'break' outside loop" : "'continue' not properly in loop");
  unwind(C, mode, NO_REG);
}

/* ------------------------------------------------------------ if / loops */

static void compile_if(ShCompiler *C, ShAstStmt *s) {
  int l_else = sh_cg_new_label(C), l_end = sh_cg_new_label(C);
  bool has_else = SH_SEQ_LEN(s->v.if_.orelse) > 0;
  sh_cg_jump_if(C, s->v.if_.test, false, has_else ? l_else : l_end);
  sh_cg_stmts(C, s->v.if_.body);
  if (has_else) {
    if (C->u->reachable) SH_EMIT(C, JUMP, (uint32_t)l_end);
    sh_cg_place(C, l_else);
    sh_cg_stmts(C, s->v.if_.orelse);
  }
  sh_cg_place(C, l_end);
}

static void loop_body(ShCompiler *C, ShAstSeq *body, int l_break, int l_continue, uint32_t iter) {
  ShCgFBlock *fb = sh_cg_push_fblock(C, SH_FB_LOOP);
  fb->break_label = l_break;
  fb->continue_label = l_continue;
  fb->iter_reg = iter;
  sh_cg_stmts(C, body);
  sh_cg_pop_fblock(C);
  if (C->u->reachable) SH_EMIT(C, JUMP, (uint32_t)l_continue);
}

static void compile_while(ShCompiler *C, ShAstStmt *s) {
  int l_top = sh_cg_new_label(C), l_else = sh_cg_new_label(C), l_end = sh_cg_new_label(C);
  sh_cg_place(C, l_top);
  sh_cg_jump_if(C, s->v.while_.test, false, l_else);
  loop_body(C, s->v.while_.body, l_end, l_top, NO_REG);
  sh_cg_place(C, l_else);
  sh_cg_stmts(C, s->v.while_.orelse);
  sh_cg_place(C, l_end);
}

static void compile_for(ShCompiler *C, ShAstStmt *s) {
  ShAstExpr *target = s->v.for_.target;
  uint32_t it = sh_cg_temp(C);
  uint32_t src = sh_cg_expr(C, s->v.for_.iter);
  SH_EMIT(C, GET_ITER, it, src);
  sh_cg_free_to(C, it + 1);
  int l_top = sh_cg_new_label(C), l_else = sh_cg_new_label(C), l_end = sh_cg_new_label(C);
  sh_cg_place(C, l_top);
  uint32_t reg = target->kind == SH_EXPR_NAME ? sh_cg_fast_reg(C, target->v.name.id) : NO_REG;
  if (reg != NO_REG) {
    sh_cg_forbidden_name(C, target->v.name.id, SH_CTX_STORE, target->pos);
    SH_EMIT(C, FOR_ITER, reg, it, (uint32_t)l_else);
    sh_cg_mark_bound(C, reg);
  } else {
    uint32_t v = sh_cg_temp(C);
    SH_EMIT(C, FOR_ITER, v, it, (uint32_t)l_else);
    sh_cg_store_temp_target(C, target, v);
    sh_cg_free_to(C, v);
  }
  loop_body(C, s->v.for_.body, l_end, l_top, it);
  sh_cg_place(C, l_else);
  SH_EMIT(C, DELETE_FAST, it);
  sh_cg_stmts(C, s->v.for_.orelse);
  sh_cg_place(C, l_end);
}

/* `async for`: each step awaits __anext__() under a handler that ends the
   loop on StopAsyncIteration; the body is outside that handler. */
static void compile_async_for(ShCompiler *C, ShAstStmt *s) {
  if (!sh_cg_in_async_def(C)) sh_cg_error(C, s->pos, "'async for' outside async function");
  ShAstExpr *target = s->v.for_.target;
  uint32_t it = sh_cg_temp(C);
  SH_EMIT(C, GET_AITER, it, sh_cg_expr(C, s->v.for_.iter));
  sh_cg_free_to(C, it + 1);
  int l_top = sh_cg_new_label(C), l_end = sh_cg_new_label(C);
  uint32_t exc = sh_cg_temp(C);
  ShCgHandler *h = sh_cg_handler_new(C, sh_cg_new_label(C), exc);
  sh_cg_place(C, l_top);
  sh_cg_handler_open(C, h);
  uint32_t reg = target->kind == SH_EXPR_NAME ? sh_cg_fast_reg(C, target->v.name.id) : NO_REG;
  uint32_t v = reg != NO_REG ? reg : sh_cg_temp(C);
  if (reg != NO_REG) sh_cg_forbidden_name(C, target->v.name.id, SH_CTX_STORE, target->pos);
  uint32_t aw = sh_cg_temp(C);
  SH_EMIT(C, GET_ANEXT, aw, it);
  SH_EMIT(C, YIELD_FROM, v, aw);
  sh_cg_handler_close(C, h);
  sh_cg_free_to(C, aw);
  if (reg != NO_REG) {
    sh_cg_mark_bound(C, reg);
  } else {
    sh_cg_store_temp_target(C, target, v);
    sh_cg_free_to(C, v);
  }
  loop_body(C, s->v.for_.body, l_end, l_top, it);
  sh_cg_handler_finish(C, h);
  sh_cg_place(C, h->target);
  SH_EMIT(C, END_ASYNC_FOR, exc);
  SH_EMIT(C, DELETE_FAST, it);
  sh_cg_stmts(C, s->v.for_.orelse);
  sh_cg_place(C, l_end);
}

/* ------------------------------------------------------------ imports */

static void compile_import(ShCompiler *C, ShAstStmt *s) {
  for (int i = 0; i < SH_SEQ_LEN(s->v.import.names); i++) {
    ShAstAlias *a = SH_SEQ_GET(s->v.import.names, i);
    sh_cg_set_pos(C, s->pos); /* CPython reports the whole statement */
    uint32_t t = sh_cg_temp(C);
    SH_EMIT(C, IMPORT_NAME, t, sh_cg_name(C, a->name), sh_cg_const_none(C), 0);
    const char *dot = strchr(a->name, '.');
    if (a->asname) {
      /* `import a.b.c as d` binds d to a.b.c: walk down from a */
      while (dot) {
        const char *next = strchr(dot + 1, '.');
        size_t n = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
        char *part = sh_arena_strndup(C->arena, dot + 1, n);
        if (!part) sh_cg_nomem(C);
        SH_EMIT(C, IMPORT_FROM, t, t, sh_cg_name(C, part));
        dot = next;
      }
      sh_cg_store_name(C, a->asname, t);
    } else if (dot) {
      char *first = sh_arena_strndup(C->arena, a->name, (size_t)(dot - a->name));
      if (!first) sh_cg_nomem(C);
      sh_cg_store_name(C, first, t);
    } else {
      sh_cg_store_name(C, a->name, t);
    }
    sh_cg_free_to(C, t);
  }
}

static void compile_import_from(ShCompiler *C, ShAstStmt *s) {
  ShAstSeq *names = s->v.importfrom.names;
  if (sh_cg_is_future_import(s) && s->pos.lineno > C->future_line)
    sh_cg_error(C, s->pos, "from __future__ imports must occur at the beginning of the file");
  int n = SH_SEQ_LEN(names);
  ShObject *fromlist = sh_tuple_new(n);
  if (!fromlist) sh_cg_fail(C);
  for (int i = 0; i < n; i++) {
    ShObject *str = sh_str_from_utf8(((ShAstAlias *)SH_SEQ_GET(names, i))->name,
                                     strlen(((ShAstAlias *)SH_SEQ_GET(names, i))->name));
    if (!str) {
      sh_decref(fromlist);
      sh_cg_fail(C);
    }
    SH_TUPLE_ITEMS(fromlist)[i] = str;
  }
  uint32_t t = sh_cg_temp(C);
  const char *module = s->v.importfrom.module ? s->v.importfrom.module : "";
  SH_EMIT(C, IMPORT_NAME, t, sh_cg_name(C, module), sh_cg_const(C, fromlist),
          (uint32_t)s->v.importfrom.level);
  ShAstAlias *first = SH_SEQ_GET(names, 0);
  if (!strcmp(first->name, "*")) {
    SH_EMIT(C, IMPORT_STAR, t);
    return;
  }
  uint32_t v = sh_cg_temp(C);
  for (int i = 0; i < n; i++) {
    ShAstAlias *a = SH_SEQ_GET(names, i);
    sh_cg_set_pos(C, a->pos);
    SH_EMIT(C, IMPORT_FROM, v, t, sh_cg_name(C, a->name));
    sh_cg_store_name(C, a->asname ? a->asname : a->name, v);
  }
}

/* ------------------------------------------------------------ the rest */

static void compile_expr_stmt(ShCompiler *C, ShAstStmt *s) {
  ShAstExpr *e = s->v.expr.value;
  if (C->interactive && C->u->kind == SH_UNIT_MODULE) {
    SH_EMIT(C, PRINT_EXPR, sh_cg_expr(C, e));
    return;
  }
  if (e->kind == SH_EXPR_CONSTANT) return; /* a docstring-like statement does nothing */
  if (e->kind == SH_EXPR_YIELD) {
    ShAstPos saved = sh_cg_set_pos(C, e->pos);
    sh_cg_yield(C, e, NO_REG);
    sh_cg_set_pos(C, saved);
    return;
  }
  sh_cg_expr(C, e);
}

void sh_cg_stmt(ShCompiler *C, ShAstStmt *s) {
  ShAstPos saved = sh_cg_set_pos(C, s->pos);
  uint32_t mark = C->u->top;
  switch (s->kind) {
  case SH_STMT_FUNCTIONDEF:
  case SH_STMT_ASYNCFUNCTIONDEF: sh_cg_function_def(C, s); break;
  case SH_STMT_CLASSDEF: sh_cg_class_def(C, s); break;
  case SH_STMT_RETURN: compile_return(C, s); break;
  case SH_STMT_DELETE:
    for (int i = 0; i < SH_SEQ_LEN(s->v.delete_.targets); i++)
      sh_cg_delete(C, SH_SEQ_GET(s->v.delete_.targets, i));
    break;
  case SH_STMT_ASSIGN: sh_cg_assign(C, s); break;
  case SH_STMT_AUGASSIGN: sh_cg_augassign(C, s); break;
  case SH_STMT_ANNASSIGN: sh_cg_annassign(C, s); break;
  case SH_STMT_FOR: compile_for(C, s); break;
  case SH_STMT_ASYNCFOR: compile_async_for(C, s); break;
  case SH_STMT_WHILE: compile_while(C, s); break;
  case SH_STMT_IF: compile_if(C, s); break;
  case SH_STMT_WITH:
  case SH_STMT_ASYNCWITH: sh_cg_with(C, s); break;
  case SH_STMT_RAISE: sh_cg_raise(C, s); break;
  case SH_STMT_TRY: sh_cg_try(C, s); break;
  case SH_STMT_ASSERT: sh_cg_assert(C, s); break;
  case SH_STMT_IMPORT: compile_import(C, s); break;
  case SH_STMT_IMPORTFROM: compile_import_from(C, s); break;
  case SH_STMT_EXPR: compile_expr_stmt(C, s); break;
  case SH_STMT_BREAK: compile_loop_exit(C, s, EXIT_BREAK); break;
  case SH_STMT_CONTINUE: compile_loop_exit(C, s, EXIT_CONTINUE); break;
  case SH_STMT_GLOBAL:
  case SH_STMT_NONLOCAL:
  case SH_STMT_PASS: break;
  case SH_STMT_MATCH: sh_cg_match(C, s); break;
  case SH_STMT_TRYSTAR: sh_cg_try(C, s); break;
  }
  sh_cg_free_to(C, mark);
  sh_cg_set_pos(C, saved);
}

void sh_cg_stmts(ShCompiler *C, ShAstSeq *body) {
  for (int i = 0; i < SH_SEQ_LEN(body); i++)
    sh_cg_stmt(C, SH_SEQ_GET(body, i));
}

static bool any_annotations(ShAstSeq *a, ShAstSeq *b) {
  return sh_cg_find_annotations(a) || sh_cg_find_annotations(b);
}

bool sh_cg_find_annotations(ShAstSeq *body) {
  for (int i = 0; i < SH_SEQ_LEN(body); i++) {
    ShAstStmt *s = SH_SEQ_GET(body, i);
    switch (s->kind) {
    case SH_STMT_ANNASSIGN: return true;
    case SH_STMT_FOR:
    case SH_STMT_ASYNCFOR:
      if (any_annotations(s->v.for_.body, s->v.for_.orelse)) return true;
      break;
    case SH_STMT_WHILE:
      if (any_annotations(s->v.while_.body, s->v.while_.orelse)) return true;
      break;
    case SH_STMT_IF:
      if (any_annotations(s->v.if_.body, s->v.if_.orelse)) return true;
      break;
    case SH_STMT_WITH:
    case SH_STMT_ASYNCWITH:
      if (sh_cg_find_annotations(s->v.with.body)) return true;
      break;
    case SH_STMT_MATCH:
      for (int j = 0; j < SH_SEQ_LEN(s->v.match.cases); j++)
        if (sh_cg_find_annotations(((ShAstMatchCase *)SH_SEQ_GET(s->v.match.cases, j))->body))
          return true;
      break;
    case SH_STMT_TRY:
    case SH_STMT_TRYSTAR:
      if (any_annotations(s->v.try_.body, s->v.try_.orelse) ||
          sh_cg_find_annotations(s->v.try_.finalbody))
        return true;
      for (int j = 0; j < SH_SEQ_LEN(s->v.try_.handlers); j++)
        if (sh_cg_find_annotations(((ShAstExceptHandler *)SH_SEQ_GET(s->v.try_.handlers, j))->body))
          return true;
      break;
    default: break;
    }
  }
  return false;
}
