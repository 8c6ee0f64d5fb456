/* The parser's entry point (sh_parse) and the helpers its other files
   share: token access, node allocation, positions and error reporting. */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parse_internal.h"

#define MAX_DEPTH 6000

/* ---- tokens ---- */

int sh_p_accept(Parser *p, int type) {
  if (sh_p_at(p, type)) {
    sh_p_next(p);
    return 1;
  }
  return 0;
}

int sh_p_expect(Parser *p, int type) {
  if (sh_p_accept(p, type)) return 0;
  if (!p->error) sh_p_invalid_syntax(p);
  return -1;
}

int sh_p_is_name(ShToken *t, const char *word) {
  size_t n = strlen(word);
  return t->type == SH_TOK_NAME && (size_t)t->len == n && memcmp(t->start, word, n) == 0;
}

int sh_p_enter(Parser *p) {
  if (++p->depth > MAX_DEPTH) {
    if (!p->error) {
      ShToken *t = sh_p_cur(p);
      sh_p_error_at_token(p, t, "too many nested parentheses");
    }
    p->depth--;
    return -1;
  }
  return 0;
}

/* ---- errors ---- */

static int chars(Parser *p, int lineno, int col);

/* 1-based offset of byte column col as CPython reports it */
static int offset_of(Parser *p, int lineno, int col) {
  if (!p->char_offsets) return col + 1;
  if (p->bom && lineno == 1) {
    /* CPython converts over the line read back with its 3-byte BOM */
    return col + 1 < 3 ? col + 1 : 1 + chars(p, 1, col - 2);
  }
  return chars(p, lineno, col) + 1;
}

/* start of line `lineno` in the file text */
static const char *line_ptr(Parser *p, int lineno) {
  const char *s = p->src, *end = p->src + p->srclen;
  for (int l = 1; l < lineno && s < end; l++) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    if (!nl) return end;
    s = nl + 1;
  }
  return s;
}

/* byte column -> character column on a line of the file */
static int chars(Parser *p, int lineno, int col) {
  if (col <= 0) return col;
  const char *l = line_ptr(p, lineno);
  size_t avail = (size_t)(p->src + p->srclen - l);
  if ((size_t)col > avail) col = (int)avail;
  return sh_utf8_count_chars(l, col);
}

/* Records the first error. Columns are 0-based byte columns of the file
   (end_col < 0: no end); they become 1-based character offsets. */
static int report(Parser *p, ShSyntaxErrorKind kind, int lineno, int col, int end_lineno,
                  int end_col, const char *fmt, va_list ap) {
  if (p->error) return -1;
  p->error = 1;
  /* while speculating without error checks (CPython's *_without_invalid),
     a message is only a failure to match */
  p->error_generic = p->no_invalid > 0;
  ShSyntaxErrorInfo *e = p->err;
  e->kind = kind;
  char msg[sizeof e->msg - 16];
  vsnprintf(msg, sizeof msg, fmt, ap);
  if (p->fstring) {
    /* CPython reports errors inside f-string replacement fields with an
       "f-string: " prefix and columns relative to the field's text */
    snprintf(e->msg, sizeof e->msg, "f-string: %s", msg);
    e->col_offset = col - p->fstring_shift + 1;
    e->end_col_offset = end_col < 0 ? end_col + 1 : end_col - p->fstring_shift + 1;
  } else {
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    /* end_col -1: unknown (0), -2: CPython's -1 */
    e->col_offset = offset_of(p, lineno, col);
    e->end_col_offset = end_col < 0 ? end_col + 1 : offset_of(p, end_lineno, end_col);
  }
  e->lineno = lineno;
  e->end_lineno = end_lineno;
  return -1;
}

int sh_p_error_loc(Parser *p, ShSyntaxErrorKind kind, int lineno, int col, int end_lineno,
                   int end_col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = report(p, kind, lineno, col, end_lineno, end_col, fmt, ap);
  va_end(ap);
  return r;
}

/* the furthest token fetched, also by error-message checks (CPython's
   p->tokens[p->fill - 1]) */
static ShToken *last_token(Parser *p) {
  int far = p->maxpos > p->maxpos_all ? p->maxpos : p->maxpos_all;
  return &p->toks[far < p->ntoks ? far : p->ntoks - 1];
}

/* the furthest token of the main parse: where "invalid syntax" points */
static ShToken *first_pass_token(Parser *p) {
  return &p->toks[p->maxpos < p->ntoks ? p->maxpos : p->ntoks - 1];
}

/* CPython's end-of-input token has no end column, and its INDENT/DEDENT
   tokens none at all: errors there point after the indentation */
static void token_cols(const ShToken *t, int *col, int *end_col) {
  *col = t->col;
  *end_col = t->end_col;
  if (t->type == SH_TOK_ENDMARKER) {
    *end_col = -2;
  } else if (t->type == SH_TOK_INDENT || t->type == SH_TOK_DEDENT) {
    *col = t->end_col - 1;
    *end_col = -2;
  }
}

static int report_token(Parser *p, ShSyntaxErrorKind kind, const ShToken *t, const char *fmt,
                        va_list ap) {
  int col, end_col;
  token_cols(t, &col, &end_col);
  return report(p, kind, t->lineno, col, t->end_lineno, end_col, fmt, ap);
}

int sh_p_error_at_token(Parser *p, const ShToken *t, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = report_token(p, SH_SYNERR_SYNTAX, t, fmt, ap);
  va_end(ap);
  return r;
}

int sh_p_error_at_token_kind(Parser *p, ShSyntaxErrorKind kind, const ShToken *t, const char *fmt,
                             ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = report_token(p, kind, t, fmt, ap);
  va_end(ap);
  return r;
}

int sh_p_error_last_kind(Parser *p, ShSyntaxErrorKind kind, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = report_token(p, kind, last_token(p), fmt, ap);
  va_end(ap);
  return r;
}

int sh_p_error_range(Parser *p, ShSyntaxErrorKind kind, ShAstPos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = report(p, kind, pos.lineno, pos.col_offset, pos.end_lineno, pos.end_col_offset, fmt, ap);
  va_end(ap);
  return r;
}

void sh_p_defer_error(Parser *p, ShAstPos pos, const char *msg) {
  if (p->has_deferred) return;
  /* report() into a scratch record, keeping the parser's state */
  ShSyntaxErrorInfo *save_err = p->err;
  int save_error = p->error;
  p->err = &p->deferred;
  int save_generic = p->error_generic;
  p->error = 0;
  sh_p_error_range(p, SH_SYNERR_SYNTAX, pos, "%s", msg);
  p->err = save_err;
  p->error = save_error;
  p->error_generic = save_generic;
  p->has_deferred = 1;
}

int sh_p_error_last(Parser *p, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = report_token(p, SH_SYNERR_SYNTAX, last_token(p), fmt, ap);
  va_end(ap);
  return r;
}

void sh_p_spec_begin(Parser *p, ShSpec *s) {
  s->pos = p->pos;
  s->maxpos = p->maxpos;
  s->error = p->error;
  s->error_generic = p->error_generic;
  s->info = *p->err;
}

int sh_p_spec_end(Parser *p, ShSpec *s, int keep_raised) {
  if (keep_raised && p->error && !s->error && !p->error_generic) return -1;
  if (p->maxpos > p->maxpos_all) p->maxpos_all = p->maxpos;
  p->pos = s->pos;
  p->maxpos = s->maxpos;
  p->error = s->error;
  p->error_generic = s->error_generic;
  *p->err = s->info;
  return 0;
}

int sh_p_invalid_syntax(Parser *p) {
  if (p->error) return -1;
  p->error_generic = 1;
  ShToken *t = first_pass_token(p);
  if (t->type == SH_TOK_INDENT || t->type == SH_TOK_DEDENT) p->indent_error = 1;
  int r;
  if (t->type == SH_TOK_INDENT)
    r = sh_p_error_at_token_kind(p, SH_SYNERR_INDENT, t, "unexpected indent");
  else if (t->type == SH_TOK_DEDENT)
    r = sh_p_error_at_token_kind(p, SH_SYNERR_INDENT, t, "unexpected unindent");
  else if (t->type == SH_TOK_ENDMARKER) /* CPython's has no columns */
    r = sh_p_error_loc(p, SH_SYNERR_SYNTAX, t->lineno, -1, t->lineno, -1, "invalid syntax");
  else
    r = sh_p_error_at_token(p, t, "invalid syntax");
  p->error_generic = 1;
  return r;
}

/* ---- allocation ---- */

void *sh_p_alloc(Parser *p, size_t size) {
  void *m = sh_arena_alloc(p->arena, size);
  if (!m && !p->error) {
    p->error = 1;
    snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
  }
  return m;
}

char *sh_p_strndup(Parser *p, const char *s, size_t n) {
  char *d = sh_p_alloc(p, n + 1);
  if (d) {
    memcpy(d, s, n);
    d[n] = 0;
  }
  return d;
}

void sh_vec_push(Parser *p, ShVec *v, void *item) {
  if (v->n == v->cap) {
    int cap = v->cap ? v->cap * 2 : 4;
    void **ni = sh_p_alloc(p, (size_t)cap * sizeof(void *));
    if (!ni) return;
    if (v->n) memcpy(ni, v->items, (size_t)v->n * sizeof(void *));
    v->items = ni;
    v->cap = cap;
  }
  v->items[v->n++] = item;
}

ShAstSeq *sh_vec_seq(Parser *p, ShVec *v) {
  ShAstSeq *s = sh_p_alloc(p, sizeof(ShAstSeq) + (size_t)v->n * sizeof(void *));
  if (!s) return NULL;
  s->n = v->n;
  if (v->n) memcpy(s->items, v->items, (size_t)v->n * sizeof(void *));
  return s;
}

ShAstSeq *sh_p_seq1(Parser *p, void *item) {
  ShAstSeq *s = sh_p_alloc(p, sizeof(ShAstSeq) + sizeof(void *));
  if (!s) return NULL;
  s->n = 1;
  s->items[0] = item;
  return s;
}

/* ---- positions ---- */

static int is_ws_token(int type) {
  return type == SH_TOK_NEWLINE || type == SH_TOK_INDENT || type == SH_TOK_DEDENT ||
         type == SH_TOK_ENDMARKER;
}

ShAstPos sh_p_pos_tokens(Parser *p, int first, int last) {
  ShAstPos pos;
  while (last > first && is_ws_token(p->toks[last].type))
    last--;
  pos.lineno = p->toks[first].lineno;
  pos.col_offset = p->toks[first].col;
  pos.end_lineno = p->toks[last].end_lineno;
  pos.end_col_offset = p->toks[last].end_col;
  return pos;
}

ShAstPos sh_p_pos_from(Parser *p, int start) {
  int last = p->pos - 1;
  if (last < start) last = start;
  return sh_p_pos_tokens(p, start, last);
}

ShAstExpr *sh_p_new_expr_at(Parser *p, ShExprKind kind, ShAstPos pos) {
  ShAstExpr *e = sh_p_alloc(p, sizeof(ShAstExpr));
  if (!e) return NULL;
  e->kind = kind;
  e->pos = pos;
  return e;
}

ShAstExpr *sh_p_new_expr(Parser *p, ShExprKind kind, int start) {
  return sh_p_new_expr_at(p, kind, sh_p_pos_from(p, start));
}

ShAstStmt *sh_p_new_stmt(Parser *p, ShStmtKind kind, int start) {
  ShAstStmt *s = sh_p_alloc(p, sizeof(ShAstStmt));
  if (!s) return NULL;
  s->kind = kind;
  s->pos = sh_p_pos_from(p, start);
  return s;
}

ShIdent sh_p_ident(Parser *p, ShToken *t) {
  return sh_p_strndup(p, t->start, (size_t)t->len);
}

ShAstExpr *sh_p_name_expr(Parser *p, ShToken *t, ShExprContext ctx) {
  ShAstPos pos = {t->lineno, t->col, t->end_lineno, t->end_col};
  ShAstExpr *e = sh_p_new_expr_at(p, SH_EXPR_NAME, pos);
  if (!e) return NULL;
  e->v.name.id = sh_p_ident(p, t);
  e->v.name.ctx = ctx;
  return e;
}

/* ---- source encoding ---- */

/* The encoding named by a PEP 263 cookie on line 1 or 2, copied into
   name (lowercased, '_' as '-'); 0 when there is none. */
static int find_cookie(const char *s, size_t len, char *name, size_t cap) {
  const char *end = s + len;
  for (int line = 0; line < 2 && s < end; line++) {
    const char *eol = memchr(s, '\n', (size_t)(end - s));
    if (!eol) eol = end;
    const char *q = s;
    while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f'))
      q++;
    if (q < eol && *q == '#') {
      for (const char *c = q; c + 7 <= eol; c++) {
        if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
          const char *v = c + 7;
          while (v < eol && (*v == ' ' || *v == '\t'))
            v++;
          size_t n = 0;
          while (v < eol && n + 1 < cap &&
                 ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') ||
                  (*v >= '0' && *v <= '9') || *v == '-' || *v == '_' || *v == '.')) {
            char ch = *v++;
            if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
            name[n++] = ch == '_' ? '-' : ch;
          }
          name[n] = 0;
          if (n) return 1;
        }
      }
    } else if (q < eol && *q != '\r') {
      return 0; /* a code line: the second line is not looked at */
    }
    s = eol + 1;
  }
  return 0;
}

static int name_is(const char *name, const char *const *list) {
  for (; *list; list++) {
    size_t n = strlen(*list);
    if (strncmp(name, *list, n) == 0 && (name[n] == 0 || name[n] == '-')) return 1;
  }
  return 0;
}

/* Applies a coding cookie: UTF-8 and ASCII sources pass; Latin-1 ones are
   converted to UTF-8; others are accepted only when plain ASCII. */
static const char *decode_source(const char *src, size_t *len, int had_bom, int *has_cookie,
                                 ShArena *arena, ShSyntaxErrorInfo *err) {
  char name[64];
  if (!find_cookie(src, *len, name, sizeof name)) return src;
  *has_cookie = 1;
  static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
  static const char *const latin1[] = {"latin-1",   "iso-8859-1", "iso-latin-1", "latin1",
                                       "iso8859-1", "8859",       "cp819",       "l1",
                                       "latin",     "iso-ir-100", NULL};
  static const char *const ascii[] = {"ascii", "us-ascii", "646", NULL};
  int is_latin1 = name_is(name, latin1);
  /* with a BOM, CPython wants the cookie to say exactly utf-8 */
  if (had_bom && strcmp(name, "utf-8") != 0 && strncmp(name, "utf-8-", 6) != 0) {
    snprintf(err->msg, sizeof err->msg, "encoding problem: %s with BOM",
             is_latin1 ? "iso-8859-1" : name);
    err->col_offset = -1;
    return NULL;
  }
  if (name_is(name, utf8)) return src;
  if (had_bom) {
    snprintf(err->msg, sizeof err->msg, "encoding problem: %s with BOM",
             is_latin1 ? "iso-8859-1" : name);
    err->col_offset = -1;
    return NULL;
  }
  size_t high = 0;
  for (size_t i = 0; i < *len; i++)
    high += (unsigned char)src[i] >= 0x80;
  if (!high || name_is(name, ascii)) return src;
  if (!is_latin1) {
    snprintf(err->msg, sizeof err->msg, "encoding problem: %s", name);
    err->col_offset = -1;
    return NULL;
  }
  char *out = sh_arena_alloc(arena, *len + high + 1);
  if (!out) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < *len; i++) {
    unsigned char c = (unsigned char)src[i];
    if (c < 0x80) {
      out[n++] = (char)c;
    } else {
      out[n++] = (char)(0xC0 | (c >> 6));
      out[n++] = (char)(0x80 | (c & 0x3F));
    }
  }
  *len = n;
  return out;
}

/* ---- entry point ---- */

static ShAstModule *parse_tokens(Parser *p, ShParseMode mode) {
  ShAstModule *m = sh_p_alloc(p, sizeof(ShAstModule));
  if (!m) return NULL;
  m->mode = mode;
  if (mode == SH_PARSE_FILE) {
    m->body = sh_p_file(p);
  } else if (mode == SH_PARSE_SINGLE) {
    m->body = sh_p_interactive(p);
  } else {
    m->expr = sh_p_expressions(p);
    if (m->expr) {
      while (sh_p_accept(p, SH_TOK_NEWLINE))
        ;
      if (!sh_p_at(p, SH_TOK_ENDMARKER)) sh_p_invalid_syntax(p);
    }
  }
  return p->error ? NULL : m;
}

/* CPython adds no newline to eval input: without a final '\n' there is no
   NEWLINE token, and the end marker is on the last line read (0: none). */
static void eval_input_end(ShTokenList *tl, const char *source, size_t len) {
  if (len && (source[len - 1] == '\n' || source[len - 1] == '\r')) return;
  ShToken *t = tl->toks;
  int n = tl->n;
  if (n >= 2 && t[n - 2].type == SH_TOK_NEWLINE && t[n - 2].len == 0) {
    t[n - 2] = t[n - 1];
    tl->n = --n;
  }
  if (!len) t[n - 1].lineno = t[n - 1].end_lineno = 0;
}

ShAstModule *sh_parse(const char *source, size_t len, const char *filename, ShParseMode mode,
                      ShArena *arena, ShSyntaxErrorInfo *err) {
  return sh_parse_flags(source, len, filename, mode, 0, arena, err);
}

ShAstModule *sh_parse_flags(const char *source, size_t len, const char *filename, ShParseMode mode,
                            int flags, ShArena *arena, ShSyntaxErrorInfo *err) {
  (void)filename;
  memset(err, 0, sizeof *err);
  if (memchr(source, 0, len)) {
    /* compile()'s wording; running a file says "source code cannot ..." */
    snprintf(err->msg, sizeof err->msg, "source code string cannot contain null bytes");
    return NULL;
  }
  int had_bom = 0;
  /* a str source keeps its U+FEFF, which is then an invalid character */
  if (!(flags & SH_PARSE_STR_SOURCE) && len >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) {
    source += 3;
    len -= 3;
    had_bom = 1;
  }
  int has_cookie = 0;
  if (!(flags & SH_PARSE_STR_SOURCE) &&
      !(source = decode_source(source, &len, had_bom, &has_cookie, arena, err)))
    return NULL;
  ShTokenList tl;
  if (sh_tokenize(source, len, NULL, arena, &tl, err) < 0) return NULL;
  if (mode == SH_PARSE_EVAL) eval_input_end(&tl, source, len);
  Parser p;
  memset(&p, 0, sizeof p);
  p.arena = arena;
  p.toks = tl.toks;
  p.ntoks = tl.n;
  p.err = err;
  p.tl = &tl;
  p.src = tl.buf;
  p.srclen = tl.buflen;
  p.char_offsets = (flags & SH_PARSE_STR_SOURCE) || had_bom || has_cookie;
  p.bom = had_bom;
  ShAstModule *m = parse_tokens(&p, mode);
  int far = p.maxpos > p.maxpos_all ? p.maxpos : p.maxpos_all;
  ShToken *last = &p.toks[far < p.ntoks ? far : p.ntoks - 1];
  if (m && p.has_deferred) {
    *err = p.deferred;
    err->tok_lineno = last->lineno;
    return NULL;
  }
  if (!m) err->tok_lineno = last->lineno;
  if (!m && tl.error) {
    /* CPython reports a tokenizer error when the parser got to it, and
       also one found after the parser's error, except for bad indentation
       and line continuations, and after a plain unexpected indent */
    if (far >= p.ntoks - 1 || (!tl.error_deferred && !p.indent_error)) {
      *err = tl.errinfo;
      /* the errors its tokenizer reports itself show the bare line */
      err->tok_lineno = tl.error_deferred || err->kind != SH_SYNERR_SYNTAX ? err->lineno : -1;
    }
    return NULL;
  }
  if (!m && tl.unclosed) {
    /* input ended inside brackets: CPython blames the bracket when the
       parser got past the bracket's line */
    if (last->type == SH_TOK_ENDMARKER || last->lineno > tl.unclosed_lineno) {
      p.error = 0;
      p.fstring = 0;
      sh_p_error_loc(&p, SH_SYNERR_SYNTAX, tl.unclosed_lineno, tl.unclosed_col, tl.unclosed_lineno,
                     -1, "'%c' was never closed", tl.unclosed_char);
      err->end_col_offset = 0;
      err->tok_lineno = p.toks[p.ntoks - 1].lineno;
    }
  }
  return m;
}
