/* The abstract syntax tree the parser builds and the compiler reads.
   Mirrors CPython's `ast` module: same node kinds, same field names. */
#ifndef SHOAL_AST_H
#define SHOAL_AST_H

#include <stddef.h>
#include <stdint.h>

/* All nodes, sequences and strings of one parse live in one arena and are
   freed together; nothing in the tree is reference counted. */
typedef struct ShArena ShArena;
ShArena *sh_arena_new(void);
void *sh_arena_alloc(ShArena *arena, size_t size); /* zeroed, 16-aligned */
char *sh_arena_strndup(ShArena *arena, const char *s, size_t n);
void sh_arena_free(ShArena *arena);

/* A sequence of node pointers (or identifiers). n == 0 may be NULL. */
typedef struct ShAstSeq {
  int n;
  void *items[];
} ShAstSeq;
#define SH_SEQ_LEN(s) ((s) ? (s)->n : 0)
#define SH_SEQ_GET(s, i) ((s)->items[(i)])

/* Source span: lines 1-based, columns 0-based UTF-8 byte offsets, as
   CPython's lineno/col_offset/end_lineno/end_col_offset. */
typedef struct ShAstPos {
  int lineno, col_offset, end_lineno, end_col_offset;
} ShAstPos;

typedef const char *ShIdent; /* UTF-8, NUL-terminated, arena-owned */

typedef enum { SH_CTX_LOAD, SH_CTX_STORE, SH_CTX_DEL } ShExprContext;
typedef enum { SH_BOOL_AND, SH_BOOL_OR } ShBoolOp;
typedef enum {
  SH_OP_ADD, SH_OP_SUB, SH_OP_MULT, SH_OP_MATMULT, SH_OP_DIV, SH_OP_MOD,
  SH_OP_POW, SH_OP_LSHIFT, SH_OP_RSHIFT, SH_OP_BITOR, SH_OP_BITXOR,
  SH_OP_BITAND, SH_OP_FLOORDIV
} ShOperator;
typedef enum { SH_UOP_INVERT, SH_UOP_NOT, SH_UOP_UADD, SH_UOP_USUB } ShUnaryOp;
typedef enum {
  SH_CMP_EQ, SH_CMP_NOTEQ, SH_CMP_LT, SH_CMP_LTE, SH_CMP_GT, SH_CMP_GTE,
  SH_CMP_IS, SH_CMP_ISNOT, SH_CMP_IN, SH_CMP_NOTIN
} ShCmpOp;

/* ---- expressions ---- */
typedef enum {
  SH_EXPR_BOOLOP, SH_EXPR_NAMEDEXPR, SH_EXPR_BINOP, SH_EXPR_UNARYOP,
  SH_EXPR_LAMBDA, SH_EXPR_IFEXP, SH_EXPR_DICT, SH_EXPR_SET, SH_EXPR_LISTCOMP,
  SH_EXPR_SETCOMP, SH_EXPR_DICTCOMP, SH_EXPR_GENERATOREXP, SH_EXPR_AWAIT,
  SH_EXPR_YIELD, SH_EXPR_YIELDFROM, SH_EXPR_COMPARE, SH_EXPR_CALL,
  SH_EXPR_FORMATTEDVALUE, SH_EXPR_JOINEDSTR, SH_EXPR_CONSTANT,
  SH_EXPR_ATTRIBUTE, SH_EXPR_SUBSCRIPT, SH_EXPR_STARRED, SH_EXPR_NAME,
  SH_EXPR_LIST, SH_EXPR_TUPLE, SH_EXPR_SLICE
} ShExprKind;

/* Constant kinds. INT: the literal as written minus underscores ("0x1F",
   "123"); FLOAT: as written minus underscores; COMPLEX: the imaginary part's
   text without the j; STR: decoded UTF-8 (may hold NUL, see len; a lone
   surrogate from a \ud800-style escape is encoded as its 3-byte UTF-8-like
   sequence); BYTES: the decoded bytes. */
typedef enum {
  SH_CONST_NONE, SH_CONST_TRUE, SH_CONST_FALSE, SH_CONST_ELLIPSIS,
  SH_CONST_INT, SH_CONST_FLOAT, SH_CONST_COMPLEX, SH_CONST_STR, SH_CONST_BYTES
} ShConstKind;

typedef struct ShAstExpr ShAstExpr;
typedef struct ShAstArguments ShAstArguments;

typedef struct ShAstComprehension { /* for target in iter if ifs... */
  ShAstExpr *target, *iter;
  ShAstSeq *ifs; /* ShAstExpr* */
  int is_async;
} ShAstComprehension;

typedef struct ShAstKeyword { /* arg=value; arg NULL for **value */
  ShIdent arg;
  ShAstExpr *value;
  ShAstPos pos;
} ShAstKeyword;

struct ShAstExpr {
  ShExprKind kind;
  ShAstPos pos;
  union {
    struct { ShBoolOp op; ShAstSeq *values; } boolop;
    struct { ShAstExpr *target, *value; } namedexpr;
    struct { ShAstExpr *left; ShOperator op; ShAstExpr *right; } binop;
    struct { ShUnaryOp op; ShAstExpr *operand; } unaryop;
    struct { ShAstArguments *args; ShAstExpr *body; } lambda;
    struct { ShAstExpr *test, *body, *orelse; } ifexp;
    struct { ShAstSeq *keys, *values; } dict; /* key NULL means **value */
    struct { ShAstSeq *elts; } set;
    /* listcomp, setcomp, generatorexp use elt; dictcomp uses key/value */
    struct { ShAstExpr *elt, *key, *value; ShAstSeq *generators; } comp;
    struct { ShAstExpr *value; } await_;
    struct { ShAstExpr *value; } yield; /* value may be NULL */
    struct { ShAstExpr *value; } yieldfrom;
    struct { ShAstExpr *left; int nops; ShCmpOp *ops; ShAstSeq *comparators; } compare;
    struct { ShAstExpr *func; ShAstSeq *args; ShAstSeq *keywords; } call;
    /* conversion: -1 none, 's', 'r', 'a'; format_spec: a JoinedStr or NULL */
    struct { ShAstExpr *value; int conversion; ShAstExpr *format_spec; } formattedvalue;
    struct { ShAstSeq *values; } joinedstr; /* Constant(str) and FormattedValue */
    /* u_kind: the literal started with a lowercase u prefix (ast's kind='u') */
    struct { ShConstKind kind; const char *text; size_t len; int u_kind; } constant;
    struct { ShAstExpr *value; ShIdent attr; ShExprContext ctx; } attribute;
    struct { ShAstExpr *value, *slice; ShExprContext ctx; } subscript;
    struct { ShAstExpr *value; ShExprContext ctx; } starred;
    struct { ShIdent id; ShExprContext ctx; } name;
    struct { ShAstSeq *elts; ShExprContext ctx; } list;
    struct { ShAstSeq *elts; ShExprContext ctx; } tuple;
    struct { ShAstExpr *lower, *upper, *step; } slice; /* each may be NULL */
  } v;
};

typedef struct ShAstArg {
  ShIdent arg;
  ShAstExpr *annotation; /* may be NULL */
  ShAstPos pos;
} ShAstArg;

struct ShAstArguments {
  ShAstSeq *posonlyargs, *args; /* ShAstArg* */
  ShAstArg *vararg;             /* may be NULL */
  ShAstSeq *kwonlyargs;         /* ShAstArg* */
  ShAstSeq *kw_defaults;        /* ShAstExpr*, NULL where no default */
  ShAstArg *kwarg;              /* may be NULL */
  ShAstSeq *defaults;           /* ShAstExpr*, for the last positionals */
};

typedef struct ShAstAlias { /* import name as asname */
  ShIdent name, asname; /* asname may be NULL */
  ShAstPos pos;
} ShAstAlias;

typedef struct ShAstWithItem {
  ShAstExpr *context_expr, *optional_vars; /* optional_vars may be NULL */
} ShAstWithItem;

typedef struct ShAstExceptHandler {
  ShAstExpr *type; /* may be NULL */
  ShIdent name;    /* may be NULL */
  ShAstSeq *body;
  ShAstPos pos;
} ShAstExceptHandler;

/* One `case` of a match statement. */
typedef struct ShAstMatchCase {
  void *pattern; /* an ShAstPattern* (declared below) */
  ShAstExpr *guard;
  ShAstSeq *body;
} ShAstMatchCase;

/* Patterns of match statements (CPython's pattern nodes). */
typedef enum {
  SH_PAT_VALUE, SH_PAT_SINGLETON, SH_PAT_SEQUENCE, SH_PAT_MAPPING, SH_PAT_CLASS,
  SH_PAT_STAR, SH_PAT_AS, SH_PAT_OR
} ShPatternKind;

typedef struct ShAstPattern ShAstPattern;
struct ShAstPattern {
  ShPatternKind kind;
  ShAstPos pos;
  union {
    struct { ShAstExpr *value; } value;             /* MatchValue */
    struct { ShConstKind value; } singleton;         /* None, True or False */
    struct { ShAstSeq *patterns; } sequence;         /* ShAstPattern* */
    /* keys: ShAstExpr*; patterns: ShAstPattern*; rest may be NULL */
    struct { ShAstSeq *keys, *patterns; ShIdent rest; } mapping;
    /* patterns, kwd_patterns: ShAstPattern*; kwd_attrs: ShIdent */
    struct { ShAstExpr *cls; ShAstSeq *patterns, *kwd_attrs, *kwd_patterns; } class_;
    struct { ShIdent name; } star;                   /* name may be NULL */
    struct { ShAstPattern *pattern; ShIdent name; } as; /* each may be NULL */
    struct { ShAstSeq *patterns; } or_;              /* ShAstPattern* */
  } v;
};

/* ---- statements ---- */
typedef enum {
  SH_STMT_FUNCTIONDEF, SH_STMT_ASYNCFUNCTIONDEF, SH_STMT_CLASSDEF,
  SH_STMT_RETURN, SH_STMT_DELETE, SH_STMT_ASSIGN, SH_STMT_AUGASSIGN,
  SH_STMT_ANNASSIGN, SH_STMT_FOR, SH_STMT_ASYNCFOR, SH_STMT_WHILE, SH_STMT_IF,
  SH_STMT_WITH, SH_STMT_ASYNCWITH, SH_STMT_MATCH, SH_STMT_RAISE, SH_STMT_TRY,
  SH_STMT_TRYSTAR, SH_STMT_ASSERT, SH_STMT_IMPORT, SH_STMT_IMPORTFROM,
  SH_STMT_GLOBAL, SH_STMT_NONLOCAL, SH_STMT_EXPR, SH_STMT_PASS, SH_STMT_BREAK,
  SH_STMT_CONTINUE
} ShStmtKind;

typedef struct ShAstStmt ShAstStmt;
struct ShAstStmt {
  ShStmtKind kind;
  ShAstPos pos;
  union {
    /* FunctionDef and AsyncFunctionDef */
    struct { ShIdent name; ShAstArguments *args; ShAstSeq *body;
             ShAstSeq *decorator_list; ShAstExpr *returns; } functiondef;
    struct { ShIdent name; ShAstSeq *bases, *keywords, *body,
             *decorator_list; } classdef;
    struct { ShAstExpr *value; } return_; /* value may be NULL */
    struct { ShAstSeq *targets; } delete_;
    struct { ShAstSeq *targets; ShAstExpr *value; } assign;
    struct { ShAstExpr *target; ShOperator op; ShAstExpr *value; } augassign;
    struct { ShAstExpr *target, *annotation, *value; int simple; } annassign;
    /* For and AsyncFor */
    struct { ShAstExpr *target, *iter; ShAstSeq *body, *orelse; } for_;
    struct { ShAstExpr *test; ShAstSeq *body, *orelse; } while_;
    struct { ShAstExpr *test; ShAstSeq *body, *orelse; } if_;
    /* With and AsyncWith: items are ShAstWithItem* */
    struct { ShAstSeq *items, *body; } with;
    struct { ShAstExpr *subject; ShAstSeq *cases; } match;
    struct { ShAstExpr *exc, *cause; } raise; /* each may be NULL */
    /* Try and TryStar: handlers are ShAstExceptHandler* */
    struct { ShAstSeq *body, *handlers, *orelse, *finalbody; } try_;
    struct { ShAstExpr *test, *msg; } assert_;
    struct { ShAstSeq *names; } import; /* ShAstAlias* */
    struct { ShIdent module; ShAstSeq *names; int level; } importfrom;
    struct { ShAstSeq *names; } global; /* ShIdent */
    struct { ShAstSeq *names; } nonlocal;
    struct { ShAstExpr *value; } expr;
  } v;
};

/* What the parser was asked to parse, as compile()'s mode argument. */
typedef enum { SH_PARSE_FILE, SH_PARSE_EVAL, SH_PARSE_SINGLE } ShParseMode;

typedef struct ShAstModule {
  ShParseMode mode;
  ShAstSeq *body;       /* FILE, SINGLE: statements */
  ShAstExpr *expr;      /* EVAL: the expression */
} ShAstModule;

/* A syntax error as the parser or compiler found it; the caller turns it
   into a SyntaxError/IndentationError/TabError object. */
typedef enum { SH_SYNERR_SYNTAX, SH_SYNERR_INDENT, SH_SYNERR_TAB } ShSyntaxErrorKind;
typedef struct ShSyntaxErrorInfo {
  ShSyntaxErrorKind kind;
  char msg[256];
  int lineno, col_offset;         /* col 1-based, as SyntaxError.offset */
  int end_lineno, end_col_offset; /* 0 when unknown */
  /* For SyntaxError.text of str sources, which CPython takes from its
     tokenizer: the line the tokenizer had reached (0: not known), or -1
     for an error that shows its line without the newline. */
  int tok_lineno;
} ShSyntaxErrorInfo;

#endif
