/* The tokenizer: turns Python 3.11 source text into an array of tokens with
   INDENT/DEDENT/NEWLINE already resolved, ready for the parser. */
#ifndef SHOAL_TOKENIZER_H
#define SHOAL_TOKENIZER_H

#include "ast.h"

typedef enum {
  SH_TOK_ENDMARKER,
  SH_TOK_NAME,
  SH_TOK_NUMBER,
  SH_TOK_STRING,
  SH_TOK_NEWLINE,
  SH_TOK_INDENT,
  SH_TOK_DEDENT,
  /* operators and delimiters */
  SH_TOK_LPAR,
  SH_TOK_RPAR,
  SH_TOK_LSQB,
  SH_TOK_RSQB,
  SH_TOK_LBRACE,
  SH_TOK_RBRACE,
  SH_TOK_COLON,
  SH_TOK_COMMA,
  SH_TOK_SEMI,
  SH_TOK_PLUS,
  SH_TOK_MINUS,
  SH_TOK_STAR,
  SH_TOK_SLASH,
  SH_TOK_VBAR,
  SH_TOK_AMPER,
  SH_TOK_LESS,
  SH_TOK_GREATER,
  SH_TOK_EQUAL,
  SH_TOK_DOT,
  SH_TOK_PERCENT,
  SH_TOK_EQEQUAL,
  SH_TOK_NOTEQUAL,
  SH_TOK_LESSEQUAL,
  SH_TOK_GREATEREQUAL,
  SH_TOK_TILDE,
  SH_TOK_CIRCUMFLEX,
  SH_TOK_LEFTSHIFT,
  SH_TOK_RIGHTSHIFT,
  SH_TOK_DOUBLESTAR,
  SH_TOK_PLUSEQUAL,
  SH_TOK_MINEQUAL,
  SH_TOK_STAREQUAL,
  SH_TOK_SLASHEQUAL,
  SH_TOK_PERCENTEQUAL,
  SH_TOK_AMPEREQUAL,
  SH_TOK_VBAREQUAL,
  SH_TOK_CIRCUMFLEXEQUAL,
  SH_TOK_LEFTSHIFTEQUAL,
  SH_TOK_RIGHTSHIFTEQUAL,
  SH_TOK_DOUBLESTAREQUAL,
  SH_TOK_DOUBLESLASH,
  SH_TOK_DOUBLESLASHEQUAL,
  SH_TOK_AT,
  SH_TOK_ATEQUAL,
  SH_TOK_RARROW,
  SH_TOK_ELLIPSIS,
  SH_TOK_COLONEQUAL,
  SH_TOK_EXCLAMATION,
  /* a character no token starts with ('$', '?', '`'): the parser reports it */
  SH_TOK_ERRORTOKEN,
  /* where tokenizing stopped on an error (the last token; see errinfo) */
  SH_TOK_TOKERROR,
  /* hard keywords */
  SH_TOK_FALSE,
  SH_TOK_NONE,
  SH_TOK_TRUE,
  SH_TOK_AND,
  SH_TOK_AS,
  SH_TOK_ASSERT,
  SH_TOK_ASYNC,
  SH_TOK_AWAIT,
  SH_TOK_BREAK,
  SH_TOK_CLASS,
  SH_TOK_CONTINUE,
  SH_TOK_DEF,
  SH_TOK_DEL,
  SH_TOK_ELIF,
  SH_TOK_ELSE,
  SH_TOK_EXCEPT,
  SH_TOK_FINALLY,
  SH_TOK_FOR,
  SH_TOK_FROM,
  SH_TOK_GLOBAL,
  SH_TOK_IF,
  SH_TOK_IMPORT,
  SH_TOK_IN,
  SH_TOK_IS,
  SH_TOK_LAMBDA,
  SH_TOK_NONLOCAL,
  SH_TOK_NOT,
  SH_TOK_OR,
  SH_TOK_PASS,
  SH_TOK_RAISE,
  SH_TOK_RETURN,
  SH_TOK_TRY,
  SH_TOK_WHILE,
  SH_TOK_WITH,
  SH_TOK_YIELD,
  SH_TOK__COUNT
} ShTokType;

#define SH_TOK_IS_KEYWORD(t) ((t) >= SH_TOK_FALSE && (t) < SH_TOK__COUNT)

typedef struct ShToken {
  int type;          /* ShTokType */
  int level;         /* bracket depth after this token */
  const char *start; /* text in the tokenizer's buffer (not NUL-terminated) */
  int len;
  /* as ShAstPos: lines 1-based, columns 0-based UTF-8 byte offsets */
  int lineno, col, end_lineno, end_col;
} ShToken;

typedef struct ShTokenList {
  ShToken *toks; /* arena-owned; the last one is ENDMARKER */
  int n;
  const char *buf; /* the normalized source the tokens point into */
  size_t buflen;
  /* a tokenizer error: the tokens stop with SH_TOK_TOKERROR there.
     error_deferred: CPython reports it only if the parser gets there (bad
     indentation, line continuation); others win over any parser error */
  int error, error_deferred;
  ShSyntaxErrorInfo errinfo;
  /* set when the source ends inside brackets: the innermost open one */
  int unclosed;
  char unclosed_char;
  int unclosed_lineno, unclosed_col;
} ShTokenList;

typedef struct ShTokenizeOptions {
  /* For f-string replacement fields: the text is "(" expression ")" and
     is placed so that its first line starts at (first_lineno, first_col);
     no NEWLINE/INDENT tokens are made. */
  int fstring_expr;
  int first_lineno, first_col;
} ShTokenizeOptions;

/* Tokenizes `len` bytes of UTF-8 text (newlines are normalized and a final
   newline is supplied). Returns 0 (a tokenizer error is then recorded in
   out->error/errinfo), or -1 with *err filled for f-string expressions and
   when out of memory. */
int sh_tokenize(const char *src, size_t len, const ShTokenizeOptions *opts, ShArena *arena,
                ShTokenList *out, ShSyntaxErrorInfo *err);

/* Decodes one UTF-8 sequence at s (at most n bytes); returns its length
   (1 for an invalid byte, whose value is then returned in *cp). */
int sh_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Whether a code point >= 0x80 may start / continue an identifier. */
int sh_unicode_is_id_start(uint32_t cp);
int sh_unicode_is_id_continue(uint32_t cp);
/* Whether a code point is printable (as str.isprintable). */
int sh_unicode_is_printable(uint32_t cp);

/* Number of characters (not bytes) among the first `bytes` bytes of s. */
int sh_utf8_count_chars(const char *s, int bytes);

#endif
