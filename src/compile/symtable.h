/* The symbol table: which scope every name of a module belongs to (local,
   global, free, cell), computed before code generation as CPython does. */
#ifndef SHOAL_SYMTABLE_H
#define SHOAL_SYMTABLE_H

#include <stdbool.h>
#include "../parse/ast.h"

/* What a block does with a name (symbol flags). */
#define SH_DEF_GLOBAL 0x1      /* `global` statement */
#define SH_DEF_LOCAL 0x2       /* bound in the block */
#define SH_DEF_PARAM 0x4       /* a parameter */
#define SH_DEF_NONLOCAL 0x8    /* `nonlocal` statement (or walrus in a comprehension) */
#define SH_DEF_USE 0x10        /* read */
#define SH_DEF_FREE_CLASS 0x20 /* free in a method, also bound in the class */
#define SH_DEF_IMPORT 0x40     /* bound by an import */
#define SH_DEF_ANNOT 0x80      /* annotated `x: T` */
#define SH_DEF_COMP_ITER 0x100 /* a comprehension's iteration variable */
#define SH_DEF_DELETED 0x200   /* `del x`, or `except ... as x` (deletes it) */
#define SH_DEF_WALRUS 0x400    /* target of `x := ...` in this block */
#define SH_DEF_BOUND (SH_DEF_LOCAL | SH_DEF_PARAM | SH_DEF_IMPORT)

/* Where a name lives, once analysed. */
typedef enum {
  SH_SCOPE_UNKNOWN,
  SH_SCOPE_LOCAL,
  SH_SCOPE_GLOBAL_EXPLICIT,
  SH_SCOPE_GLOBAL_IMPLICIT,
  SH_SCOPE_FREE,
  SH_SCOPE_CELL
} ShNameScope;

typedef enum { SH_BLOCK_MODULE, SH_BLOCK_CLASS, SH_BLOCK_FUNCTION } ShBlockType;

/* Comprehension kinds (ShSymBlock.comprehension), 0 when not one. */
enum { SH_COMP_NONE, SH_COMP_LIST, SH_COMP_SET, SH_COMP_DICT, SH_COMP_GEN };

typedef struct ShSymbol {
  const char *name; /* mangled */
  int flags;
  ShNameScope scope;
  ShAstPos directive;         /* where its global/nonlocal statement is */
  uint32_t reg;               /* its register, set by the code generator */
  struct ShSymbol *next;      /* insertion order */
  struct ShSymbol *hash_next; /* bucket chain */
} ShSymbol;

typedef struct ShSymBlock {
  ShBlockType type;
  const char *name; /* function/class name, "lambda", "listcomp", "top" */
  const void *node; /* the AST node that opens it */
  int lineno;
  ShSymbol *first, *last;
  ShSymbol **buckets;
  int nbuckets, nsymbols;
  const char **params; /* mangled parameter names, in register order */
  int nparams;
  struct ShSymBlock *parent, *children, *next_sibling, *last_child;
  int comprehension; /* SH_COMP_* */
  bool is_lambda;
  bool nested;    /* inside a function */
  bool generator; /* contains yield */
  bool coroutine; /* async def, or contains await / an async comprehension */
  bool async_def; /* opened by `async def` */
  bool varargs, varkeywords;
  bool has_free, child_free;
  bool needs_class_closure;             /* class whose methods use __class__ / super */
  int comp_iter_target, comp_iter_expr; /* visitor state */
} ShSymBlock;

typedef struct ShSymTable ShSymTable;

/* Builds and analyses the table of a module. All memory comes from `arena`.
   Returns NULL with *err filled on a SyntaxError (or "out of memory"). */
ShSymTable *sh_symtable_build(ShAstModule *mod, ShArena *arena, ShSyntaxErrorInfo *err);
ShSymBlock *sh_symtable_top(ShSymTable *st);
/* The block opened by a FunctionDef/ClassDef statement or a Lambda or
   comprehension expression. */
ShSymBlock *sh_symtable_block(ShSymTable *st, const void *node);

ShSymbol *sh_symblock_get(ShSymBlock *b, const char *name);
ShNameScope sh_symblock_scope(ShSymBlock *b, const char *name);

/* CPython's private name mangling: `__x` inside class `C` is `_C__x`.
   Returns `name` itself when nothing changes. */
const char *sh_mangle(ShArena *arena, const char *private_name, const char *name);

#endif
