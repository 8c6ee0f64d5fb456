/* The compiler: an AST (parse/ast.h) to a code object (vm/code.h), through
   a symbol table pass and register allocation. */
#ifndef SHOAL_COMPILE_H
#define SHOAL_COMPILE_H

#include "../parse/ast.h"
#include "../vm/code.h"

/* Compiles a parsed module. `filename` is stored in every code object.
   Returns the module's code object (new ref). On a syntax error found by the
   compiler ("'return' outside function", "'break' outside loop", ...) returns
   NULL with *err filled; on any other failure returns NULL with an exception
   set and err->msg[0] == 0. In SH_PARSE_SINGLE mode expression statements
   are followed by PRINT_EXPR. */
ShObject *sh_compile_module(ShAstModule *mod, ShObject *filename, ShSyntaxErrorInfo *err);

#endif
