/* The tokenizer: Python 3.11 source to a token array (indentation stack,
   implicit line joining, numbers, string extents, operators, keywords). */
#include "tokenizer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_ident.h"

#define MAX_INDENT 100
#define MAX_LEVEL 200
#define TABSIZE 8

typedef struct Tok {
  const char *buf, *end, *cur, *line_start;
  int lineno;
  int indstack[MAX_INDENT], altstack[MAX_INDENT], indent;
  int level;
  char parenstack[MAX_LEVEL];
  int parenline[MAX_LEVEL], parencol[MAX_LEVEL];
  int atbol;
  int line_has_tokens; /* a token was emitted on the current logical line */
  ShToken *toks;
  int n, cap;
  const ShTokenizeOptions *opts;
  ShSyntaxErrorInfo *err;
  int deferred; /* the error is one CPython reports only when reached */
  /* first line of a run of backslash-joined lines (NULL outside one):
     CPython's buffer, from which some error columns count */
  const char *joined_start;
} Tok;

/* ---- Unicode helpers ---- */

int sh_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  int len;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    v = c & 0x07;
  } else {
    *cp = c;
    return 1;
  }
  if ((size_t)len > n) {
    *cp = c;
    return 1;
  }
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *cp = c;
      return 1;
    }
    v = (v << 6) | (s[i] & 0x3F);
  }
  *cp = v;
  return len;
}

int sh_utf8_count_chars(const char *s, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

static int in_ranges(const uint32_t (*r)[2], int n, uint32_t cp) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (cp < r[mid][0])
      hi = mid - 1;
    else if (cp > r[mid][1])
      lo = mid + 1;
    else
      return 1;
  }
  return 0;
}

#define NRANGES(a) ((int)(sizeof(a) / sizeof((a)[0])))

int sh_unicode_is_id_start(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_ranges(sh_ident_start_ranges, NRANGES(sh_ident_start_ranges), cp);
}

int sh_unicode_is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp != 0x7f;
  return !in_ranges(sh_unprintable_ranges, NRANGES(sh_unprintable_ranges), cp);
}

int sh_unicode_is_id_continue(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
           (cp >= '0' && cp <= '9');
  return sh_unicode_is_id_start(cp) ||
         in_ranges(sh_ident_continue_ranges, NRANGES(sh_ident_continue_ranges), cp);
}

/* ---- errors ---- */

/* Column of position `at` on the current line as a character count. */
static int char_col(const char *line_start, const char *at) {
  return sh_utf8_count_chars(line_start, (int)(at - line_start));
}

static int tok_error(Tok *t, ShSyntaxErrorKind kind, int lineno, int offset, int end_lineno,
                     int end_offset, const char *fmt, ...) {
  ShSyntaxErrorInfo *e = t->err;
  e->kind = kind;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
  e->lineno = lineno;
  e->col_offset = offset;
  e->end_lineno = end_lineno;
  e->end_col_offset = end_offset;
  if (t->opts && t->opts->fstring_expr) {
    /* CPython keeps columns relative to the expression's text but
       reports the file's line */
    e->lineno += t->opts->first_lineno - 1;
    e->end_lineno += t->opts->first_lineno - 1;
  }
  return -1;
}

/* The common tokenizer error: offset is the character column of `at`. */
static int err_at(Tok *t, const char *at, const char *fmt, const char *arg) {
  int off = char_col(t->line_start, at);
  char msg[200];
  snprintf(msg, sizeof msg, fmt, arg);
  return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, off, "%s", msg);
}

/* ---- token emission ---- */

static int emit(Tok *t, int type, const char *start, const char *end, int lineno,
                const char *line_start) {
  if (t->n == t->cap) {
    int cap = t->cap ? t->cap * 2 : 256;
    ShToken *nt = realloc(t->toks, (size_t)cap * sizeof(ShToken));
    if (!nt) return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, 0, 0, 0, "out of memory");
    t->toks = nt;
    t->cap = cap;
  }
  ShToken *k = &t->toks[t->n++];
  k->type = type;
  k->level = t->level;
  k->start = start;
  k->len = (int)(end - start);
  k->lineno = lineno;
  k->col = (int)(start - line_start);
  k->end_lineno = t->lineno;
  k->end_col = (int)(end - t->line_start);
  if (t->opts && t->opts->fstring_expr) {
    /* shift to the expression's place in the file */
    if (k->lineno == 1) k->col += t->opts->first_col;
    if (k->end_lineno == 1) k->end_col += t->opts->first_col;
    k->lineno += t->opts->first_lineno - 1;
    k->end_lineno += t->opts->first_lineno - 1;
  }
  if (type != SH_TOK_NEWLINE && type != SH_TOK_INDENT && type != SH_TOK_DEDENT)
    t->line_has_tokens = 1;
  return 0;
}

/* ---- keywords ---- */

static int keyword_type(const char *s, int n) {
#define KW(str, tok)                                                                               \
  if (n == (int)sizeof(str) - 1 && memcmp(s, str, n) == 0) return tok
  switch (s[0]) {
  case 'F': KW("False", SH_TOK_FALSE); break;
  case 'N': KW("None", SH_TOK_NONE); break;
  case 'T': KW("True", SH_TOK_TRUE); break;
  case 'a':
    KW("and", SH_TOK_AND);
    KW("as", SH_TOK_AS);
    KW("assert", SH_TOK_ASSERT);
    KW("async", SH_TOK_ASYNC);
    KW("await", SH_TOK_AWAIT);
    break;
  case 'b': KW("break", SH_TOK_BREAK); break;
  case 'c':
    KW("class", SH_TOK_CLASS);
    KW("continue", SH_TOK_CONTINUE);
    break;
  case 'd':
    KW("def", SH_TOK_DEF);
    KW("del", SH_TOK_DEL);
    break;
  case 'e':
    KW("elif", SH_TOK_ELIF);
    KW("else", SH_TOK_ELSE);
    KW("except", SH_TOK_EXCEPT);
    break;
  case 'f':
    KW("finally", SH_TOK_FINALLY);
    KW("for", SH_TOK_FOR);
    KW("from", SH_TOK_FROM);
    break;
  case 'g': KW("global", SH_TOK_GLOBAL); break;
  case 'i':
    KW("if", SH_TOK_IF);
    KW("import", SH_TOK_IMPORT);
    KW("in", SH_TOK_IN);
    KW("is", SH_TOK_IS);
    break;
  case 'l': KW("lambda", SH_TOK_LAMBDA); break;
  case 'n':
    KW("nonlocal", SH_TOK_NONLOCAL);
    KW("not", SH_TOK_NOT);
    break;
  case 'o': KW("or", SH_TOK_OR); break;
  case 'p': KW("pass", SH_TOK_PASS); break;
  case 'r':
    KW("raise", SH_TOK_RAISE);
    KW("return", SH_TOK_RETURN);
    break;
  case 't': KW("try", SH_TOK_TRY); break;
  case 'w':
    KW("while", SH_TOK_WHILE);
    KW("with", SH_TOK_WITH);
    break;
  case 'y': KW("yield", SH_TOK_YIELD); break;
  }
#undef KW
  return SH_TOK_NAME;
}

/* ---- character classes ---- */

static int is_id_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}
static int is_digit(int c) {
  return c >= '0' && c <= '9';
}
static int is_hex(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int peekc(Tok *t, int i) {
  return t->cur + i < t->end ? (unsigned char)t->cur[i] : -1;
}

/* ---- indentation ---- */

static int handle_indent(Tok *t, int col, int altcol, const char *text_start) {
  if (col == t->indstack[t->indent]) {
    if (altcol != t->altstack[t->indent]) goto tab_error;
  } else if (col > t->indstack[t->indent]) {
    if (t->indent + 1 >= MAX_INDENT) {
      t->deferred = 1;
      return tok_error(t, SH_SYNERR_INDENT, t->lineno, (int)(text_start - t->line_start) + 1,
                       t->lineno, 0, "too many levels of indentation");
    }
    if (altcol <= t->altstack[t->indent]) goto tab_error;
    t->indent++;
    t->indstack[t->indent] = col;
    t->altstack[t->indent] = altcol;
    if (emit(t, SH_TOK_INDENT, t->line_start, text_start, t->lineno, t->line_start) < 0) return -1;
  } else {
    /* check the target level before making any DEDENT */
    int level = t->indent;
    while (level > 0 && col < t->indstack[level])
      level--;
    if (col != t->indstack[level]) {
      const char *eol = memchr(t->line_start, '\n', (size_t)(t->end - t->line_start));
      if (!eol) eol = t->end - 1;
      t->deferred = 1;
      return tok_error(t, SH_SYNERR_INDENT, t->lineno, char_col(t->line_start, eol + 1), t->lineno,
                       -1, "unindent does not match any outer indentation level");
    }
    if (altcol != t->altstack[level]) goto tab_error;
    while (t->indent > level) {
      t->indent--;
      if (emit(t, SH_TOK_DEDENT, text_start, text_start, t->lineno, t->line_start) < 0) return -1;
    }
  }
  return 0;
tab_error:
  t->deferred = 1;
  return tok_error(t, SH_SYNERR_TAB, t->lineno, 1, t->lineno, 0,
                   "inconsistent use of tabs and spaces in indentation");
}

/* After a backslash: consumes the newline it escapes. */
static int continuation(Tok *t) {
  const char *bs = t->cur;
  if (peekc(t, 1) != '\n') {
    t->cur += peekc(t, 1) >= 0 ? 2 : 1;
    t->deferred = 1;
    const char *from = t->joined_start ? t->joined_start : t->line_start;
    return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, char_col(from, t->cur), t->lineno, 0,
                     "unexpected character after line continuation character");
  }
  if (!t->joined_start) t->joined_start = t->line_start;
  t->cur = bs + 2;
  if (t->cur >= t->end) {
    t->deferred = 1;
    return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, char_col(t->line_start, t->cur), t->lineno, -1,
                     "unexpected EOF while parsing");
  }
  t->lineno++;
  t->line_start = t->cur;
  return 0;
}

/* ---- numbers ---- */

/* After a number: a following identifier character is an error, except
   for the keywords that may legally follow (CPython only warns there). */
static int end_of_number(Tok *t, const char *kind) {
  int c = peekc(t, 0);
  /* a non-ASCII character is left to become its own (bad) token */
  if (c < 0 || c >= 0x80 || !is_id_char(c)) return 0;
  static const char *const follow[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (size_t i = 0; i < sizeof follow / sizeof follow[0]; i++) {
    size_t n = strlen(follow[i]);
    if ((size_t)(t->end - t->cur) >= n && memcmp(t->cur, follow[i], n) == 0) return 0;
  }
  return err_at(t, t->cur, "invalid %s literal", kind);
}

/* digits with single underscores between them; returns -1 on error */
static int decimal_tail(Tok *t) {
  for (;;) {
    while (is_digit(peekc(t, 0)))
      t->cur++;
    if (peekc(t, 0) != '_') return 0;
    t->cur++;
    if (!is_digit(peekc(t, 0))) return err_at(t, t->cur, "invalid decimal literal", NULL);
  }
}

static int exponent_and_imag(Tok *t) {
  int c = peekc(t, 0);
  if (c == 'e' || c == 'E') {
    const char *e = t->cur;
    t->cur++;
    c = peekc(t, 0);
    if (c == '+' || c == '-') {
      t->cur++;
      if (!is_digit(peekc(t, 0))) return err_at(t, t->cur, "invalid decimal literal", NULL);
    } else if (!is_digit(c)) {
      t->cur = e;
      return end_of_number(t, "decimal");
    }
    if (decimal_tail(t) < 0) return -1;
  }
  c = peekc(t, 0);
  if (c == 'j' || c == 'J') {
    t->cur++;
    return end_of_number(t, "imaginary");
  }
  return end_of_number(t, "decimal");
}

static int fraction(Tok *t) {
  /* at '.' */
  t->cur++;
  if (is_digit(peekc(t, 0)) && decimal_tail(t) < 0) return -1;
  return exponent_and_imag(t);
}

static int radix_number(Tok *t, int radix, const char *kind) {
  t->cur += 2; /* 0x */
  int c;
  for (;;) {
    c = peekc(t, 0);
    if (c == '_') {
      t->cur++;
      c = peekc(t, 0);
    }
    int ok = radix == 16 ? is_hex(c) : radix == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
    if (!ok) {
      if (is_digit(c)) {
        char d[2] = {(char)c, 0};
        t->cur++;
        char msg[80];
        snprintf(msg, sizeof msg, "invalid digit '%s' in %s literal", d, kind);
        return err_at(t, t->cur, "%s", msg);
      }
      return err_at(t, t->cur, "invalid %s literal", kind);
    }
    while (1) {
      c = peekc(t, 0);
      int more = radix == 16  ? is_hex(c)
                 : radix == 8 ? (c >= '0' && c <= '7')
                              : (c == '0' || c == '1');
      if (!more) break;
      t->cur++;
    }
    if (peekc(t, 0) != '_') break;
  }
  c = peekc(t, 0);
  if (is_digit(c)) {
    char d[2] = {(char)c, 0};
    t->cur++;
    char msg[80];
    snprintf(msg, sizeof msg, "invalid digit '%s' in %s literal", d, kind);
    return err_at(t, t->cur, "%s", msg);
  }
  return end_of_number(t, kind);
}

static int number(Tok *t) {
  const char *start = t->cur;
  int c = peekc(t, 0);
  if (c == '.') return fraction(t);
  if (c == '0') {
    int c1 = peekc(t, 1);
    if (c1 == 'x' || c1 == 'X') return radix_number(t, 16, "hexadecimal");
    if (c1 == 'o' || c1 == 'O') return radix_number(t, 8, "octal");
    if (c1 == 'b' || c1 == 'B') return radix_number(t, 2, "binary");
    /* zeros, possibly followed by digits that only a float may have */
    int nonzero = 0;
    const char *zeros_end = NULL;
    t->cur++;
    for (;;) {
      while (peekc(t, 0) == '0')
        t->cur++;
      if (peekc(t, 0) == '_') {
        t->cur++;
        if (!is_digit(peekc(t, 0))) return err_at(t, t->cur, "invalid decimal literal", NULL);
        continue;
      }
      break;
    }
    zeros_end = t->cur;
    if (is_digit(peekc(t, 0))) {
      nonzero = 1;
      if (decimal_tail(t) < 0) return -1;
    }
    c = peekc(t, 0);
    if (c == '.') return fraction(t);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return exponent_and_imag(t);
    if (nonzero) {
      int off = char_col(t->line_start, start) + 1;
      int end = char_col(t->line_start, zeros_end) + 1;
      return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, end,
                       "leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers");
    }
    return end_of_number(t, "decimal");
  }
  if (decimal_tail(t) < 0) return -1;
  c = peekc(t, 0);
  if (c == '.') return fraction(t);
  return exponent_and_imag(t);
}

/* ---- strings ---- */

static int string_body(Tok *t, const char *tok_start, int tok_lineno, const char *tok_line_start) {
  char q = *t->cur;
  int triple = peekc(t, 1) == q && peekc(t, 2) == q;
  t->cur += triple ? 3 : 1;
  for (;;) {
    if (t->cur >= t->end) {
      int off = char_col(tok_line_start, tok_start) + 1;
      /* the line the scan gave up on: the source's last line */
      int at = t->lineno;
      if (t->cur > t->buf && t->cur[-1] == '\n') at--;
      return tok_error(t, SH_SYNERR_SYNTAX, tok_lineno, off, tok_lineno, off,
                       triple ? "unterminated triple-quoted string literal (detected at line %d)"
                              : "unterminated string literal (detected at line %d)",
                       at);
    }
    char c = *t->cur;
    if (c == q) {
      if (!triple) {
        t->cur++;
        return 0;
      }
      if (peekc(t, 1) == q && peekc(t, 2) == q) {
        t->cur += 3;
        return 0;
      }
      t->cur++;
    } else if (c == '\\') {
      t->cur++;
      if (t->cur < t->end) {
        if (*t->cur == '\n') {
          t->lineno++;
          t->line_start = t->cur + 1;
        }
        t->cur++;
      }
    } else if (c == '\n') {
      if (!triple) {
        int off = char_col(tok_line_start, tok_start) + 1;
        return tok_error(t, SH_SYNERR_SYNTAX, tok_lineno, off, tok_lineno, off,
                         "unterminated string literal (detected at line %d)", t->lineno);
      }
      t->cur++;
      t->lineno++;
      t->line_start = t->cur;
    } else {
      t->cur++;
    }
  }
}

static int is_string_prefix(const char *s, int n) {
  int r = 0, b = 0, u = 0, f = 0;
  for (int i = 0; i < n; i++) {
    switch (s[i]) {
    case 'r':
    case 'R':
      if (r++) return 0;
      break;
    case 'b':
    case 'B':
      if (b++) return 0;
      break;
    case 'u':
    case 'U':
      if (u++) return 0;
      break;
    case 'f':
    case 'F':
      if (f++) return 0;
      break;
    default: return 0;
    }
  }
  if (u && (r || b || f)) return 0;
  if (b && f) return 0;
  return 1;
}

/* Checks a name holding non-ASCII characters is a valid identifier. */
static int verify_identifier(Tok *t, const char *s, const char *e) {
  const char *p = s;
  int first = 1;
  while (p < e) {
    uint32_t cp;
    int n = sh_utf8_decode((const unsigned char *)p, (size_t)(e - p), &cp);
    if (n == 1 && cp >= 0x80) {
      int off = (int)(e - t->line_start);
      return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, -1,
                       "(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: "
                       "invalid %s byte",
                       (unsigned)cp, (int)(p - s),
                       cp >= 0xC2 && cp <= 0xF4 ? "continuation" : "start");
    }
    int ok = first ? sh_unicode_is_id_start(cp) : sh_unicode_is_id_continue(cp);
    if (!ok) {
      int off = char_col(t->line_start, p) + 1;
      if (!sh_unicode_is_printable(cp))
        return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, off,
                         "invalid non-printable character U+%04X", (unsigned)cp);
      char ch[8];
      memcpy(ch, p, (size_t)n);
      ch[n] = 0;
      return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, off,
                       "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
    }
    first = 0;
    p += n;
  }
  return 0;
}

/* ---- operators ---- */

static int operator_type(Tok *t, int *len) {
  int c = peekc(t, 0), c1 = peekc(t, 1), c2 = peekc(t, 2);
  *len = 3;
  if (c == '.' && c1 == '.' && c2 == '.') return SH_TOK_ELLIPSIS;
  if (c2 == '=') {
    if (c == '*' && c1 == '*') return SH_TOK_DOUBLESTAREQUAL;
    if (c == '/' && c1 == '/') return SH_TOK_DOUBLESLASHEQUAL;
    if (c == '<' && c1 == '<') return SH_TOK_LEFTSHIFTEQUAL;
    if (c == '>' && c1 == '>') return SH_TOK_RIGHTSHIFTEQUAL;
  }
  *len = 2;
  switch (c) {
  case '=':
    if (c1 == '=') return SH_TOK_EQEQUAL;
    break;
  case '!':
    if (c1 == '=') return SH_TOK_NOTEQUAL;
    break;
  case '<':
    if (c1 == '=') return SH_TOK_LESSEQUAL;
    if (c1 == '<') return SH_TOK_LEFTSHIFT;
    if (c1 == '>') return SH_TOK_ERRORTOKEN; /* Python 2's <>: one bad token */
    break;
  case '>':
    if (c1 == '=') return SH_TOK_GREATEREQUAL;
    if (c1 == '>') return SH_TOK_RIGHTSHIFT;
    break;
  case '*':
    if (c1 == '*') return SH_TOK_DOUBLESTAR;
    if (c1 == '=') return SH_TOK_STAREQUAL;
    break;
  case '/':
    if (c1 == '/') return SH_TOK_DOUBLESLASH;
    if (c1 == '=') return SH_TOK_SLASHEQUAL;
    break;
  case '+':
    if (c1 == '=') return SH_TOK_PLUSEQUAL;
    break;
  case '-':
    if (c1 == '=') return SH_TOK_MINEQUAL;
    if (c1 == '>') return SH_TOK_RARROW;
    break;
  case '%':
    if (c1 == '=') return SH_TOK_PERCENTEQUAL;
    break;
  case '&':
    if (c1 == '=') return SH_TOK_AMPEREQUAL;
    break;
  case '|':
    if (c1 == '=') return SH_TOK_VBAREQUAL;
    break;
  case '^':
    if (c1 == '=') return SH_TOK_CIRCUMFLEXEQUAL;
    break;
  case '@':
    if (c1 == '=') return SH_TOK_ATEQUAL;
    break;
  case ':':
    if (c1 == '=') return SH_TOK_COLONEQUAL;
    break;
  }
  *len = 1;
  switch (c) {
  case '(': return SH_TOK_LPAR;
  case ')': return SH_TOK_RPAR;
  case '[': return SH_TOK_LSQB;
  case ']': return SH_TOK_RSQB;
  case '{': return SH_TOK_LBRACE;
  case '}': return SH_TOK_RBRACE;
  case ':': return SH_TOK_COLON;
  case ',': return SH_TOK_COMMA;
  case ';': return SH_TOK_SEMI;
  case '+': return SH_TOK_PLUS;
  case '-': return SH_TOK_MINUS;
  case '*': return SH_TOK_STAR;
  case '/': return SH_TOK_SLASH;
  case '|': return SH_TOK_VBAR;
  case '&': return SH_TOK_AMPER;
  case '<': return SH_TOK_LESS;
  case '>': return SH_TOK_GREATER;
  case '=': return SH_TOK_EQUAL;
  case '.': return SH_TOK_DOT;
  case '%': return SH_TOK_PERCENT;
  case '~': return SH_TOK_TILDE;
  case '^': return SH_TOK_CIRCUMFLEX;
  case '@': return SH_TOK_AT;
  case '!': return SH_TOK_EXCLAMATION;
  }
  return SH_TOK_ERRORTOKEN;
}

static int bracket(Tok *t, int type, const char *start) {
  char c = *start;
  if (type == SH_TOK_LPAR || type == SH_TOK_LSQB || type == SH_TOK_LBRACE) {
    if (t->level >= MAX_LEVEL) {
      int off = char_col(t->line_start, start + 1);
      return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, off,
                       "too many nested parentheses");
    }
    t->parenstack[t->level] = c;
    t->parenline[t->level] = t->lineno;
    t->parencol[t->level] = (int)(start - t->line_start);
    t->level++;
    return 0;
  }
  int off = char_col(t->line_start, start) + 1;
  if (t->level <= 0)
    return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, off, "unmatched '%c'", c);
  char open = t->parenstack[t->level - 1];
  if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
    int oline = t->parenline[t->level - 1];
    if (oline != t->lineno)
      return tok_error(
          t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, off,
          "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
          oline);
    return tok_error(t, SH_SYNERR_SYNTAX, t->lineno, off, t->lineno, off,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
  }
  t->level--;
  return 0;
}

/* ---- main loop ---- */

static int tokenize(Tok *t) {
  int fmode = t->opts && t->opts->fstring_expr;
  int blankline = 0;
  const char *comment = NULL; /* a comment just skipped on this line */
  for (;;) {
    if (t->atbol) {
      t->atbol = 0;
      int col = 0, altcol = 0, cont_col = -1;
      for (;;) {
        int c = peekc(t, 0);
        if (c == ' ') {
          col++;
          altcol++;
        } else if (c == '\t') {
          col = (col / TABSIZE + 1) * TABSIZE;
          altcol++;
        } else if (c == '\f') {
          col = altcol = 0;
        } else if (c == '\\') {
          /* indentation cannot be split over lines: the first backslash
             decides the level */
          if (cont_col < 0) cont_col = col;
          if (continuation(t) < 0) return -1;
          continue;
        } else {
          break;
        }
        t->cur++;
      }
      int c = peekc(t, 0);
      blankline = (c == '#' || c == '\n' || c < 0);
      if (!blankline && t->level == 0 && !fmode) {
        if (cont_col >= 0) col = altcol = cont_col;
        if (handle_indent(t, col, altcol, t->cur) < 0) return -1;
      }
    }
    /* skip whitespace */
    int c;
    while ((c = peekc(t, 0)) == ' ' || c == '\t' || c == '\f')
      t->cur++;
    if (c < 0) break;
    const char *start = t->cur;
    int lineno = t->lineno;
    const char *line_start = t->line_start;
    if (c == '#') {
      const char *nl = memchr(t->cur, '\n', (size_t)(t->end - t->cur));
      comment = t->cur;
      t->cur = nl ? nl : t->end;
      continue;
    }
    if (c == '\n') {
      if (t->level == 0 && !blankline && !fmode && t->line_has_tokens) {
        /* as CPython's: from a comment before it, the newline left out */
        if (emit(t, SH_TOK_NEWLINE, comment ? comment : start, start, lineno, line_start) < 0)
          return -1;
        t->line_has_tokens = 0;
      }
      comment = NULL;
      t->cur++;
      t->lineno++;
      t->line_start = t->cur;
      t->atbol = 1;
      t->joined_start = NULL;
      continue;
    }
    if (c == '\\') {
      if (continuation(t) < 0) return -1;
      continue;
    }
    if (is_id_char(c) && !is_digit(c)) {
      int nonascii = 0;
      while (t->cur < t->end && is_id_char((unsigned char)*t->cur)) {
        if ((unsigned char)*t->cur >= 0x80) nonascii = 1;
        t->cur++;
      }
      int n = (int)(t->cur - start);
      int q = peekc(t, 0);
      if ((q == '"' || q == '\'') && n <= 2 && is_string_prefix(start, n)) {
        if (string_body(t, start, lineno, line_start) < 0) return -1;
        if (emit(t, SH_TOK_STRING, start, t->cur, lineno, line_start) < 0) return -1;
        continue;
      }
      if (nonascii && verify_identifier(t, start, t->cur) < 0) return -1;
      if (emit(t, keyword_type(start, n), start, t->cur, lineno, line_start) < 0) return -1;
      continue;
    }
    if (is_digit(c) || (c == '.' && is_digit(peekc(t, 1)))) {
      if (number(t) < 0) return -1;
      if (emit(t, SH_TOK_NUMBER, start, t->cur, lineno, line_start) < 0) return -1;
      continue;
    }
    if (c == '"' || c == '\'') {
      if (string_body(t, start, lineno, line_start) < 0) return -1;
      if (emit(t, SH_TOK_STRING, start, t->cur, lineno, line_start) < 0) return -1;
      continue;
    }
    int len;
    int type = operator_type(t, &len);
    if (type == SH_TOK_ERRORTOKEN && (c >= 0x80 || c < 0x20 || c == 0x7f)) {
      (void)verify_identifier(t, start, start + 1);
      return -1;
    }
    t->cur += len;
    if (type == SH_TOK_LPAR || type == SH_TOK_RPAR || type == SH_TOK_LSQB || type == SH_TOK_RSQB ||
        type == SH_TOK_LBRACE || type == SH_TOK_RBRACE) {
      if (bracket(t, type, start) < 0) return -1;
    }
    if (emit(t, type, start, t->cur, lineno, line_start) < 0) return -1;
  }
  /* end of input: the closing tokens sit on the final newline, where
     CPython reports errors about a premature end */
  if (!fmode && t->cur > t->buf && t->cur[-1] == '\n') {
    const char *nl = t->cur - 1, *ls = nl;
    while (ls > t->buf && ls[-1] != '\n')
      ls--;
    t->lineno--;
    t->line_start = ls;
    t->cur = nl;
  }
  if (!fmode && t->level == 0) {
    /* (inside brackets the input just ends: no NEWLINE or DEDENT) */
    if (t->line_has_tokens && emit(t, SH_TOK_NEWLINE, t->cur, t->cur, t->lineno, t->line_start) < 0)
      return -1;
    /* the final DEDENTs sit after the last newline (where CPython's
       tokenizer is when it makes them) */
    const char *after = t->cur < t->end ? t->cur + 1 : t->cur;
    while (t->indent > 0) {
      t->indent--;
      if (emit(t, SH_TOK_DEDENT, after, after, t->lineno, t->line_start) < 0) return -1;
    }
  }
  return emit(t, SH_TOK_ENDMARKER, t->cur, t->cur, t->lineno, t->line_start);
}

int sh_tokenize(const char *src, size_t len, const ShTokenizeOptions *opts, ShArena *arena,
                ShTokenList *out, ShSyntaxErrorInfo *err) {
  memset(out, 0, sizeof *out);
  /* normalize newlines (\r\n and \r become \n) and end with a newline */
  char *buf = sh_arena_alloc(arena, len + 2);
  if (!buf) return -1;
  size_t j = 0;
  for (size_t i = 0; i < len; i++) {
    char c = src[i];
    if (c == '\r') {
      buf[j++] = '\n';
      if (i + 1 < len && src[i + 1] == '\n') i++;
    } else {
      buf[j++] = c;
    }
  }
  int fmode = opts && opts->fstring_expr;
  if (!fmode && (j == 0 || buf[j - 1] != '\n')) buf[j++] = '\n';
  buf[j] = '\0';

  Tok t;
  memset(&t, 0, sizeof t);
  t.buf = buf;
  t.cur = buf;
  t.end = buf + j;
  t.line_start = buf;
  t.lineno = 1;
  t.atbol = !fmode;
  t.opts = opts;
  t.err = fmode ? err : &out->errinfo;
  int rc = tokenize(&t);
  if (rc < 0 && !fmode) {
    /* keep the tokens before the error, then an error token where the
       parser must stop; the parser decides which error CPython reports */
    out->error = 1;
    out->error_deferred = t.deferred;
    t.err = &out->errinfo;
    int save_lineno = t.lineno;
    t.n = t.n < 0 ? 0 : t.n;
    if (emit(&t, SH_TOK_TOKERROR, t.cur, t.cur, save_lineno, t.line_start) == 0) rc = 0;
  }
  if (rc == 0) {
    if (t.level > 0 && !out->error) {
      out->unclosed = 1;
      out->unclosed_char = t.parenstack[t.level - 1];
      out->unclosed_lineno = t.parenline[t.level - 1];
      out->unclosed_col = t.parencol[t.level - 1];
    }
    out->toks = sh_arena_alloc(arena, (size_t)t.n * sizeof(ShToken));
    if (!out->toks) {
      free(t.toks);
      return -1;
    }
    memcpy(out->toks, t.toks, (size_t)t.n * sizeof(ShToken));
    out->n = t.n;
  }
  free(t.toks);
  out->buf = buf;
  out->buflen = j;
  return rc;
}
