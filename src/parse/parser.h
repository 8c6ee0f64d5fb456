/* Entry point of the front end: source text to AST.
   The tokenizer and parser behind it know nothing of runtime objects. */
#ifndef SHOAL_PARSER_H
#define SHOAL_PARSER_H

#include "ast.h"

/* Parses `len` bytes of UTF-8 source (a leading BOM and a coding cookie for
   utf-8 are accepted). Returns NULL and fills *err on a syntax error. The
   tree lives in `arena`. `filename` is only used in messages. */
ShAstModule *sh_parse(const char *source, size_t len, const char *filename,
                      ShParseMode mode, ShArena *arena, ShSyntaxErrorInfo *err);

/* The source came from a str (compile(str), exec(str)): it is UTF-8 whatever
   its coding cookie says. This also changes error offsets: like CPython,
   parser errors in bytes sources without a cookie or BOM report byte
   columns, in str sources (or with a cookie/BOM) character columns;
   tokenizer errors always report character columns. */
#define SH_PARSE_STR_SOURCE 1
/* Formerly needed for match statements, which are now always parsed into
   SH_STMT_MATCH nodes; accepted and ignored. */
#define SH_PARSE_ALLOW_MATCH 2

/* sh_parse with SH_PARSE_* flags */
ShAstModule *sh_parse_flags(const char *source, size_t len, const char *filename,
                            ShParseMode mode, int flags, ShArena *arena, ShSyntaxErrorInfo *err);

#endif
