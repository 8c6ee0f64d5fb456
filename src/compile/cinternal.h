/* What the compiler's files share: the compiler state, one unit per code
   object being built, and the emit/register/name helpers every part uses. */
#ifndef SHOAL_COMPILE_INTERNAL_H
#define SHOAL_COMPILE_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "compile.h"
#include "symtable.h"
#include "../vm/opcodes.h"

typedef enum {
  SH_UNIT_MODULE,
  SH_UNIT_CLASS,
  SH_UNIT_FUNCTION,
  SH_UNIT_LAMBDA,
  SH_UNIT_COMPREHENSION
} ShUnitKind;

/* An exception handler being built: it covers the code emitted while it is
   open; closing and reopening it leaves holes (exit paths that must not be
   covered). Its ranges reach the table when it is finished, so that inner
   handlers, finished first, come before outer ones. */
typedef struct ShCgHandler {
  int id;
  int target;       /* label */
  uint32_t exc_reg; /* gets the exception */
  int64_t open_at;  /* pc where the current range began; -1 when closed */
} ShCgHandler;

/* Control-flow blocks that break/continue/return must leave properly. */
typedef enum {
  SH_FB_LOOP,            /* break/continue stop here */
  SH_FB_TRY_EXCEPT,      /* body of try/except: nothing to run, handler closed */
  SH_FB_FINALLY_TRY,     /* body of try/finally: run a copy of the finally body */
  SH_FB_FINALLY_END,     /* finally body on the exception path: POP_EXC_INFO */
  SH_FB_WITH,            /* with body: call __exit__(None, None, None) */
  SH_FB_ASYNC_WITH,      /* async with body: await __aexit__(None, None, None) */
  SH_FB_HANDLER_CLEANUP, /* except clause body: POP_EXC_INFO, then clear the name */
  SH_FB_EXCEPT_STAR      /* except* clause body: nothing may leave it */
} ShFBlockKind;

typedef struct ShCgFBlock {
  ShFBlockKind kind;
  int break_label, continue_label;
  ShCgHandler *h1, *h2; /* closed while its exit code runs */
  ShAstSeq *finalbody;
  uint32_t save_reg, exit_reg;
  uint32_t iter_reg; /* for loops: the iterator, dropped on the way out */
  const char *name;
} ShCgFBlock;

typedef struct ShCgRange {
  int hid;
  uint32_t start, end;
} ShCgRange;

typedef struct ShCgUnit {
  struct ShCgUnit *parent;
  ShSymBlock *ste;
  ShUnitKind kind;
  const char *name, *qualname, *private_name;
  int firstlineno;
  ShAstPos pos; /* span given to the instructions emitted now */
  bool reachable;

  uint32_t *code;
  uint32_t ncode, capcode;
  int32_t *labels; /* label -> pc, -1 while unplaced */
  int nlabels, caplabels;
  uint32_t *fixups; /* code indexes holding a label number */
  int nfixups, capfixups;
  ShObject **consts;
  int nconsts, capconsts;
  const char **names;
  int nnames, capnames;
  /* hash indexes of consts and names (slot: index + 1, 0 empty), so that a
     module of thousands of functions compiles in linear time */
  int32_t *const_index, *name_index;
  int const_index_cap, name_index_cap;
  ShPosition *positions;
  int npositions, cappositions;
  ShCgRange *ranges; /* closed handler ranges not yet in the table */
  int nranges, capranges;
  ShExcHandler *table;
  int ntable, captable;
  int nhandlers;
  ShCgFBlock *fb;
  int nfb, capfb;

  /* registers */
  const char **varnames, **cellvars, **freevars; /* mangled, arena-owned */
  uint32_t nlocals, ncells, nfree;
  uint32_t top, maxreg; /* next free temporary; registers used */
  uint8_t *bound;       /* per local: known bound here */
  uint8_t *stable;      /* per local: bound for good (see sh_cg_mark_bound) */
  uint8_t *deletable;   /* per local: some `del` or `except ... as` unbinds it */
  bool in_entry;        /* still in the entry block: no label made yet */
  uint32_t ncaches;
  uint32_t argcount, posonlyargcount, kwonlyargcount, flags;
  ShCode *pending; /* being assembled: dropped if that fails */
} ShCgUnit;

typedef struct ShCompiler {
  ShArena *arena;
  ShSymTable *st;
  ShSyntaxErrorInfo *err;
  ShObject *filename;
  jmp_buf fail;
  ShCgUnit *u;
  bool interactive;
  int future_line; /* line of the last `from __future__` opening the module */
} ShCompiler;

#define NO_REG SH_NO_REG

/* ---- errors (compile.c): both leave through C->fail */
_Noreturn void sh_cg_error(ShCompiler *C, ShAstPos pos, const char *fmt, ...);
_Noreturn void sh_cg_fail(ShCompiler *C); /* exception already set */
_Noreturn void sh_cg_nomem(ShCompiler *C);
void *sh_cg_alloc(ShCompiler *C, size_t size); /* arena, zeroed */
char *sh_cg_strdup(ShCompiler *C, const char *s);

bool sh_cg_is_future_import(ShAstStmt *s); /* `from __future__ import ...` */

/* ---- emitting (emit.c) */
void sh_cg_emit(ShCompiler *C, ShOpcode op, int n, const uint32_t *operands);
#define SH_EMIT0(C, op) sh_cg_emit((C), SH_INSN_##op, 0, NULL)
#define SH_EMIT(C, op, ...)                                                                        \
  sh_cg_emit((C), SH_INSN_##op, (int)(sizeof((uint32_t[]){__VA_ARGS__}) / sizeof(uint32_t)),       \
             (uint32_t[]){__VA_ARGS__})
int sh_cg_new_label(ShCompiler *C);
void sh_cg_place(ShCompiler *C, int label);       /* also forgets which locals are bound */
uint32_t sh_cg_const(ShCompiler *C, ShObject *o); /* steals o; deduplicated */
uint32_t sh_cg_const_none(ShCompiler *C);
uint32_t sh_cg_name(ShCompiler *C, const char *utf8); /* index in names */
ShAstPos sh_cg_set_pos(ShCompiler *C, ShAstPos pos);  /* returns the previous one */
ShCgHandler *sh_cg_handler_new(ShCompiler *C, int target, uint32_t exc_reg);
void sh_cg_handler_open(ShCompiler *C, ShCgHandler *h);
void sh_cg_handler_close(ShCompiler *C, ShCgHandler *h);
void sh_cg_handler_finish(ShCompiler *C, ShCgHandler *h);
ShCgFBlock *sh_cg_push_fblock(ShCompiler *C, ShFBlockKind kind);
void sh_cg_pop_fblock(ShCompiler *C);
ShCode *sh_cg_assemble(ShCompiler *C);
void sh_cg_unit_free(ShCgUnit *u);

/* ---- registers and names (regs.c) */
uint32_t sh_cg_temp(ShCompiler *C);
void sh_cg_free_to(ShCompiler *C, uint32_t mark);
bool sh_cg_is_local_reg(ShCompiler *C, uint32_t reg);
bool sh_cg_is_top_temp(ShCompiler *C, uint32_t reg); /* the newest temporary */
void sh_cg_setup_registers(ShCompiler *C);
void sh_cg_reset_bound(ShCompiler *C);
const char *sh_cg_mangle(ShCompiler *C, const char *name);
/* A local of the current function held in a register, or NO_REG. */
uint32_t sh_cg_fast_reg(ShCompiler *C, const char *name);
void sh_cg_check_bound(ShCompiler *C, uint32_t reg);
/* The local in reg was just assigned: known bound until the next label, or
   for good when the assignment runs on every path (entry block) and no
   `del` can unbind it, so that loops need no CHECK_BOUND for it. */
void sh_cg_mark_bound(ShCompiler *C, uint32_t reg);
void sh_cg_load_name(ShCompiler *C, const char *name, uint32_t dst);
void sh_cg_store_name(ShCompiler *C, const char *name, uint32_t src);
void sh_cg_delete_name(ShCompiler *C, const char *name);
void sh_cg_forbidden_name(ShCompiler *C, const char *name, ShExprContext ctx, ShAstPos pos);
/* The register holding the cell for `name` when building a closure. */
uint32_t sh_cg_closure_reg(ShCompiler *C, const char *name);

/* ---- expressions (compile_expr.c) */
uint32_t sh_cg_expr(ShCompiler *C, ShAstExpr *e); /* any register, maybe a local's */
void sh_cg_expr_to(ShCompiler *C, ShAstExpr *e, uint32_t dst);
uint32_t sh_cg_expr_temp(ShCompiler *C, ShAstExpr *e); /* into a new temporary */
/* Jumps to label when truth(e) == cond, else falls through. */
void sh_cg_jump_if(ShCompiler *C, ShAstExpr *e, bool cond, int label);
ShObject *sh_cg_constant_value(ShCompiler *C, ShAstExpr *e); /* new ref */
/* The constants index of e when it is a constant or a negated number
   (the operand a _K instruction takes in place of a register), else -1. */
int sh_cg_operand_constant(ShCompiler *C, ShAstExpr *e);
/* A constant or a tuple display of constants (which CPython folds into
   one constant); its value (new reference), NULL when it is not one. */
bool sh_cg_is_folded_constant(ShAstExpr *e);
ShObject *sh_cg_folded_constant(ShCompiler *C, ShAstExpr *e);
/* A literal as CPython's constant folding sees it in patterns: a constant,
   `-number`, `a + bj`, `a - bj`. New ref, or NULL (nothing set) if e is not
   one. */
ShObject *sh_cg_literal_value(ShCompiler *C, ShAstExpr *e);
ShObject *sh_cg_str(ShCompiler *C, const char *utf8); /* interned, new ref */
bool sh_cg_is_docstring(ShAstSeq *body);
void sh_cg_yield(ShCompiler *C, ShAstExpr *e, uint32_t dst); /* dst may be NO_REG */
/* r[dst] = await r[src] (reason: GET_AWAITABLE's immediate); src may be dst. */
void sh_cg_await_reg(ShCompiler *C, uint32_t dst, uint32_t src, uint32_t reason);
/* The unit is the body of an `async def`. */
bool sh_cg_in_async_def(ShCompiler *C);
uint32_t sh_cg_binop_code(ShOperator op); /* ShBinaryOp for BINARY/INPLACE */

/* ---- calls and displays (compile_call.c) */
void sh_cg_call(ShCompiler *C, ShAstExpr *e, uint32_t dst);
void sh_cg_call_with(ShCompiler *C, uint32_t dst, uint32_t func, uint32_t base, int npre,
                     ShAstSeq *args, ShAstSeq *keywords);
void sh_cg_display(ShCompiler *C, ShAstExpr *e, uint32_t dst);
void sh_cg_dict(ShCompiler *C, ShAstExpr *e, uint32_t dst);
void sh_cg_joined_str(ShCompiler *C, ShAstExpr *e, uint32_t dst);
bool sh_cg_has_starred(ShAstSeq *elts);
void sh_cg_validate_keywords(ShCompiler *C, ShAstSeq *keywords);

/* ---- targets (compile_target.c) */
void sh_cg_store_target(ShCompiler *C, ShAstExpr *target, uint32_t src);
/* The same for a temporary src that nothing reads afterwards. */
void sh_cg_store_temp_target(ShCompiler *C, ShAstExpr *target, uint32_t src);
void sh_cg_assign(ShCompiler *C, ShAstStmt *s);
void sh_cg_augassign(ShCompiler *C, ShAstStmt *s);
void sh_cg_annassign(ShCompiler *C, ShAstStmt *s);
void sh_cg_delete(ShCompiler *C, ShAstExpr *target);
void sh_cg_namedexpr(ShCompiler *C, ShAstExpr *e, uint32_t dst);
bool sh_cg_single_write(ShAstExpr *e);

/* ---- statements (compile_stmt.c) */
void sh_cg_stmt(ShCompiler *C, ShAstStmt *s);
void sh_cg_stmts(ShCompiler *C, ShAstSeq *body);
void sh_cg_return_value(ShCompiler *C, uint32_t reg); /* unwinds, then RETURN */
bool sh_cg_find_annotations(ShAstSeq *body);

/* ---- exceptions and with (compile_exc.c) */
void sh_cg_try(ShCompiler *C, ShAstStmt *s);
void sh_cg_with(ShCompiler *C, ShAstStmt *s); /* with and async with */
void sh_cg_raise(ShCompiler *C, ShAstStmt *s);
void sh_cg_assert(ShCompiler *C, ShAstStmt *s);
/* Emits the code that leaves fblock fb (closed handlers stay closed). */
void sh_cg_fblock_exit(ShCompiler *C, ShCgFBlock *fb);

/* ---- match statements (compile_match.c) */
void sh_cg_match(ShCompiler *C, ShAstStmt *s);

/* ---- functions, classes, comprehensions (compile_func.c, compile_comp.c) */
void sh_cg_enter_unit(ShCompiler *C, ShUnitKind kind, const void *node, const char *name,
                      int firstlineno);
/* Assembles the unit (new ref); its free variable names, which the
   closure must supply, in *freevars and *nfree when not NULL. */
ShCode *sh_cg_leave_unit(ShCompiler *C, const char ***freevars, uint32_t *nfree);
void sh_cg_namespace_body(ShCompiler *C, ShAstSeq *body);    /* module and class bodies */
void sh_cg_function_epilogue(ShCompiler *C, ShAstSeq *body); /* `return None` if reachable */
void sh_cg_function_def(ShCompiler *C, ShAstStmt *s);
void sh_cg_class_def(ShCompiler *C, ShAstStmt *s);
void sh_cg_lambda(ShCompiler *C, ShAstExpr *e, uint32_t dst);
void sh_cg_comprehension(ShCompiler *C, ShAstExpr *e, uint32_t dst);
/* MAKE_FUNCTION dst for `code` (stolen). The registers from `extra` to the
   top of the temporaries hold the defaults/kwdefaults/annotations that
   `flags` names; the closure tuple of `freevars` is added after them. */
void sh_cg_make_function(ShCompiler *C, ShCode *code, const char **freevars, uint32_t nfree,
                         uint32_t dst, uint32_t flags, uint32_t extra);

#endif
