/* Code objects: the compiler's output for one function, class body or
   module: register bytecode, constants, names, positions, handlers. */
#ifndef SHOAL_CODE_H
#define SHOAL_CODE_H

#include "../runtime/object.h"

/* An exception raised by the instruction starting at pc, start <= pc < end,
   jumps to `target` with the exception object in register exc_reg. Entries
   are searched in order and the first match wins: inner ranges come first. */
typedef struct ShExcHandler {
  uint32_t start, end, target, exc_reg;
} ShExcHandler;

/* Source span of the instructions from `pc` up to the next entry's pc
   (lines 1-based, columns 0-based UTF-8 byte offsets; 0/-1 when unknown). */
typedef struct ShPosition {
  uint32_t pc;
  int32_t line, end_line, col, end_col;
} ShPosition;

/* flags */
#define SH_CO_OPTIMIZED 0x1 /* function scope: locals live in registers */
#define SH_CO_NEWLOCALS 0x2
#define SH_CO_VARARGS 0x4     /* has *args (its register follows the kw-only ones) */
#define SH_CO_VARKEYWORDS 0x8 /* has **kwargs (its register follows *args') */
#define SH_CO_NESTED 0x10
#define SH_CO_GENERATOR 0x20
#define SH_CO_NOFREE 0x40
#define SH_CO_COROUTINE 0x80
#define SH_CO_HAS_DOCSTRING 0x100 /* consts[0] is the docstring */
#define SH_CO_ASYNC_GENERATOR 0x200
/* Calling such code makes a generator, coroutine or async generator. */
#define SH_CO_RESUMABLE (SH_CO_GENERATOR | SH_CO_COROUTINE | SH_CO_ASYNC_GENERATOR)

typedef struct ShCode {
  ShObject ob;
  uint32_t *code; /* instruction words */
  uint32_t ncode;
  uint32_t nregs;   /* registers in a frame, all kinds */
  uint32_t nlocals; /* == len(varnames); parameters first, in order:
                       positional (incl. positional-only), keyword-only,
                       *args, **kwargs */
  uint32_t ncells, nfree;
  uint32_t argcount, posonlyargcount, kwonlyargcount;
  uint32_t flags;
  /* a call with exactly argcount positional arguments just copies them:
     no keyword-only parameters, *args, **kwargs, cells or free variables */
  bool simple_call;
  uint32_t ncaches;                     /* inline cache slots the instructions name */
  ShObject *consts;                     /* tuple */
  ShObject *names;                      /* tuple of interned str */
  ShObject *varnames;                   /* tuple of str */
  ShObject *cellvars;                   /* tuple of str */
  ShObject *freevars;                   /* tuple of str */
  ShObject *name, *qualname, *filename; /* str */
  int firstlineno;
  ShExcHandler *handlers;
  uint32_t nhandlers;
  ShPosition *positions; /* sorted by pc */
  uint32_t npositions;
  void *caches; /* the eval loop's, allocated on first run */
} ShCode;

extern ShType sh_type_code;

/* A zeroed code object; the compiler fills every field, handing it buffers
   from sh_mem_alloc (freed with the code object). */
ShCode *sh_code_new(void);
/* Position of the instruction at pc (NULL if none). */
const ShPosition *sh_code_position(ShCode *code, uint32_t pc);
int sh_code_line(ShCode *code, uint32_t pc);
/* `shoal --dis`: prints code and, recursively, the code objects among its
   constants. */
void sh_code_disassemble(ShCode *code, void *file /* FILE* */);

#endif
