/* Literals: numbers, string and bytes literals with escape decoding,
   implicit concatenation, and f-strings (JoinedStr/FormattedValue). */
#include <stdio.h>
#include <string.h>

#include "parse_internal.h"
#include "../unicode/unicode_names.h"

/* ---- numbers ---- */

ShAstExpr *sh_p_number(Parser *p, ShToken *t) {
  ShAstPos pos = {t->lineno, t->col, t->end_lineno, t->end_col};
  ShAstExpr *e = sh_p_new_expr_at(p, SH_EXPR_CONSTANT, pos);
  if (!e) return NULL;
  char *text = sh_p_alloc(p, (size_t)t->len + 1);
  if (!text) return NULL;
  size_t n = 0;
  int is_float = 0, is_complex = 0;
  int radix = t->len > 1 && t->start[0] == '0' && strchr("xXoObB", t->start[1]);
  for (int i = 0; i < t->len; i++) {
    char c = t->start[i];
    if (c == '_') continue;
    if (c == 'j' || c == 'J') {
      is_complex = 1;
      continue;
    }
    if (!radix && (c == '.' || c == 'e' || c == 'E')) is_float = 1;
    text[n++] = c;
  }
  text[n] = 0;
  e->v.constant.kind = is_complex ? SH_CONST_COMPLEX : is_float ? SH_CONST_FLOAT : SH_CONST_INT;
  e->v.constant.text = text;
  e->v.constant.len = n;
  return e;
}

/* ---- escape decoding ---- */

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static size_t put_utf8(char *o, uint32_t cp) {
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | (cp >> 12));
    o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (cp >> 18));
  o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Position of s in the text CPython's unicode-escape decoder sees, where
   each non-ASCII character was first rewritten as a 10-byte \U escape. */
static long escape_position(const char *body, const char *s) {
  long pos = 0;
  for (const char *q = body; q < s; q++) {
    unsigned char c = (unsigned char)*q;
    if (c < 0x80)
      pos++;
    else if ((c & 0xC0) != 0x80)
      pos += 10;
  }
  return pos;
}

/* Decodes [s, e) of a str literal (non-raw) appending to out+*n. */
static int decode_str(Parser *p, const char *s, const char *e, char *out, size_t *np) {
  size_t n = *np;
  const char *body = s;
  while (s < e) {
    if (*s != '\\') {
      out[n++] = *s++;
      continue;
    }
    const char *esc = s;
    if (s + 1 >= e) { /* a lone trailing backslash stays */
      out[n++] = '\\';
      s++;
      continue;
    }
    char c = s[1];
    s += 2;
    switch (c) {
    case '\n': break;
    case '\\': out[n++] = '\\'; break;
    case '\'': out[n++] = '\''; break;
    case '"': out[n++] = '"'; break;
    case 'a': out[n++] = '\a'; break;
    case 'b': out[n++] = '\b'; break;
    case 'f': out[n++] = '\f'; break;
    case 'n': out[n++] = '\n'; break;
    case 'r': out[n++] = '\r'; break;
    case 't': out[n++] = '\t'; break;
    case 'v': out[n++] = '\v'; break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      uint32_t v = (uint32_t)(c - '0');
      for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++)
        v = v * 8 + (uint32_t)(*s++ - '0');
      n += put_utf8(out + n, v);
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      uint32_t v = 0;
      int i;
      for (i = 0; i < digits && s < e && hexval((unsigned char)*s) >= 0; i++)
        v = v * 16 + (uint32_t)hexval((unsigned char)*s++);
      if (i < digits) {
        sh_p_error_last(p,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%ld-%ld: truncated \\%s escape",
                        escape_position(body, esc), escape_position(body, s) - 1,
                        c == 'x'   ? "xXX"
                        : c == 'u' ? "uXXXX"
                                   : "UXXXXXXXX");
        return -1;
      }
      if (v > 0x10FFFF) {
        sh_p_error_last(p,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%ld-%ld: illegal Unicode character",
                        escape_position(body, esc), escape_position(body, s) - 1);
        return -1;
      }
      n += put_utf8(out + n, v);
      break;
    }
    case 'N': {
      /* \N{NAME}: the name runs to the first '}' */
      const char *q = s;
      if (q < e && *q == '{') {
        const char *name = ++q;
        while (q < e && *q != '}')
          q++;
        if (q < e && q > name) {
          long cp = sh_uname_lookup(name, (size_t)(q - name), true);
          if (cp < 0) {
            sh_p_error_last(p,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in "
                            "position %ld-%ld: unknown Unicode character name",
                            escape_position(body, esc), escape_position(body, q));
            return -1;
          }
          n += put_utf8(out + n, (uint32_t)cp);
          s = q + 1;
          break;
        }
      }
      sh_p_error_last(p,
                      "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                      "%ld-%ld: malformed \\N character escape",
                      escape_position(body, esc), escape_position(body, q) - 1);
      return -1;
    }
    default:
      /* an unknown escape keeps its backslash; the character after it is
         then copied as it is */
      out[n++] = '\\';
      s = esc + 1;
      break;
    }
  }
  *np = n;
  return 0;
}

static int decode_bytes(Parser *p, const char *s, const char *e, char *out, size_t *np) {
  size_t n = *np;
  const char *body = s;
  while (s < e) {
    if (*s != '\\' || s + 1 >= e) {
      out[n++] = *s++;
      continue;
    }
    const char *esc = s;
    char c = s[1];
    s += 2;
    switch (c) {
    case '\n': break;
    case '\\': out[n++] = '\\'; break;
    case '\'': out[n++] = '\''; break;
    case '"': out[n++] = '"'; break;
    case 'a': out[n++] = '\a'; break;
    case 'b': out[n++] = '\b'; break;
    case 'f': out[n++] = '\f'; break;
    case 'n': out[n++] = '\n'; break;
    case 'r': out[n++] = '\r'; break;
    case 't': out[n++] = '\t'; break;
    case 'v': out[n++] = '\v'; break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      unsigned v = (unsigned)(c - '0');
      for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++)
        v = v * 8 + (unsigned)(*s++ - '0');
      out[n++] = (char)(v & 0xFF);
      break;
    }
    case 'x': {
      int h1 = s < e ? hexval((unsigned char)s[0]) : -1;
      int h2 = s + 1 < e ? hexval((unsigned char)s[1]) : -1;
      if (h1 < 0 || h2 < 0) {
        sh_p_error_last(p, "(value error) invalid \\x escape at position %ld", (long)(esc - body));
        return -1;
      }
      out[n++] = (char)(h1 * 16 + h2);
      s += 2;
      break;
    }
    default:
      out[n++] = '\\';
      s = esc + 1;
      break;
    }
  }
  *np = n;
  return 0;
}

/* A str literal's body must be valid UTF-8 (the source is decoded only
   here: invalid bytes in comments pass, as in CPython). */
static int check_utf8(Parser *p, const char *s, const char *e) {
  const unsigned char *b = (const unsigned char *)s, *end = (const unsigned char *)e;
  for (const unsigned char *q = b; q < end;) {
    unsigned c = *q;
    int n = c < 0x80                   ? 1
            : (c >= 0xC2 && c <= 0xDF) ? 2
            : (c >= 0xE0 && c <= 0xEF) ? 3
            : (c >= 0xF0 && c <= 0xF4) ? 4
                                       : 0;
    const char *why = "invalid start byte";
    if (n > 1) {
      int k;
      for (k = 1; k < n && q + k < end && (q[k] & 0xC0) == 0x80; k++)
        ;
      /* overlong, surrogate and too-large forms */
      if (k >= 2 && ((c == 0xE0 && q[1] < 0xA0) || (c == 0xED && q[1] >= 0xA0) ||
                     (c == 0xF0 && q[1] < 0x90) || (c == 0xF4 && q[1] >= 0x90)))
        k = 1;
      if (k == n) {
        q += n;
        continue;
      }
      why = q + k >= end ? "unexpected end of data" : "invalid continuation byte";
    } else if (n == 1) {
      q++;
      continue;
    }
    return sh_p_error_last(p,
                           "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position "
                           "%ld: %s",
                           c, (long)(q - b), why);
  }
  return 0;
}

/* ---- one literal token ---- */

typedef struct Lit {
  int bytes, raw, fstr, u_lower;
  const char *body, *end; /* between the quotes */
} Lit;

static void split_literal(ShToken *t, Lit *l) {
  const char *s = t->start;
  memset(l, 0, sizeof *l);
  l->u_lower = s[0] == 'u';
  while (*s != '\'' && *s != '"') {
    switch (*s) {
    case 'b':
    case 'B': l->bytes = 1; break;
    case 'r':
    case 'R': l->raw = 1; break;
    case 'f':
    case 'F': l->fstr = 1; break;
    }
    s++;
  }
  int q = (t->start + t->len - s) >= 6 && s[1] == s[0] && s[2] == s[0] ? 3 : 1;
  l->body = s + q;
  l->end = t->start + t->len - q;
}

/* ---- f-strings ---- */

/* State of one concatenation (or one format spec): finished parts and the
   pending literal text. */
typedef struct FState {
  ShVec parts;
  char *buf; /* pending literal, capacity fixed by the caller */
  size_t len;
  int fmode;
  ShToken *first, *last; /* span given to the parts */
  int u_kind;
} FState;

static ShAstExpr *make_str(Parser *p, const char *s, size_t n, ShAstPos pos, int u_kind) {
  ShAstExpr *e = sh_p_new_expr_at(p, SH_EXPR_CONSTANT, pos);
  if (!e) return NULL;
  e->v.constant.kind = SH_CONST_STR;
  e->v.constant.text = sh_p_strndup(p, s, n);
  e->v.constant.len = n;
  e->v.constant.u_kind = u_kind;
  return e;
}

static ShAstPos span(ShToken *a, ShToken *b) {
  ShAstPos pos = {a->lineno, a->col, b->end_lineno, b->end_col};
  return pos;
}

/* The pending literal becomes a Constant. Those that precede a field span
   the whole concatenation; the last one of a format spec spans only the
   spec's token (CPython's choice). */
static int flush_literal_at(Parser *p, FState *st, ShAstPos pos) {
  if (st->len == 0) return 0;
  ShAstExpr *c = make_str(p, st->buf, st->len, pos, st->u_kind);
  if (!c) return -1;
  sh_vec_push(p, &st->parts, c);
  st->len = 0;
  return 0;
}

static int flush_literal(Parser *p, FState *st) {
  return flush_literal_at(p, st, span(st->first, st->last));
}

static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw,
                          int recurse_lvl, ShToken *t);

/* Parses the replacement field's expression text [s, e), which sits in
   token t, as CPython does: "(" text ")" placed where the '{' was. */
static ShAstExpr *fstring_compile_expr(Parser *p, ShToken *t, const char *s, const char *e) {
  const char *q = s;
  while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f'))
    q++;
  if (q == e) {
    if (*e == '!' || *e == ':' || *e == '=')
      sh_p_error_last(p, "f-string: expression required before '%c'", *e);
    else
      sh_p_error_last(p, "f-string: empty expression not allowed");
    return NULL;
  }
  /* where the "(" goes: CPython's rule, including its quirk for a '{'
     followed only by blanks up to the end of the line */
  const char *brace = s - 1;
  int lines = 0, cols = 0;
  int newline_after_brace = 1;
  for (const char *c = s; c < t->start + t->len && *c != '}' && *c != '\n'; c++) {
    if (*c != ' ' && *c != '\t' && *c != '\f') {
      newline_after_brace = 0;
      break;
    }
  }
  if (!newline_after_brace) {
    const char *c = brace;
    while (c > t->start && *c != '\n')
      c--;
    cols = (int)(brace - c);
    if (*c == '\n') cols--;
  }
  for (const char *c = t->start; c < brace; c++)
    if (*c == '\n') lines++;
  size_t len = (size_t)(e - s);
  char *text = sh_p_alloc(p, len + 3);
  if (!text) return NULL;
  text[0] = '(';
  memcpy(text + 1, s, len);
  text[len + 1] = ')';
  text[len + 2] = 0;

  ShTokenizeOptions opts = {1, t->lineno + lines, lines ? cols : t->col + cols};
  ShTokenList tl;
  if (sh_tokenize(text, len + 2, &opts, p->arena, &tl, p->err) < 0) {
    p->error = 1;
    return NULL;
  }
  Parser sub;
  memset(&sub, 0, sizeof sub);
  sub.arena = p->arena;
  sub.toks = tl.toks;
  sub.ntoks = tl.n;
  sub.err = p->err;
  sub.tl = &tl;
  sub.src = p->src;
  sub.srclen = p->srclen;
  sub.char_offsets = p->char_offsets;
  sub.bom = p->bom;
  sub.fstring = 1;
  sub.fstring_shift = opts.first_col;
  sub.depth = p->depth;
  ShAstExpr *expr = sh_p_star_expressions(&sub);
  if (expr && !sh_p_at(&sub, SH_TOK_ENDMARKER)) sh_p_invalid_syntax(&sub);
  if (sub.error) {
    p->error = 1;
    return NULL;
  }
  if (sub.has_deferred && !p->has_deferred) {
    p->has_deferred = 1;
    p->deferred = sub.deferred;
  }
  return expr;
}

/* At '{' of a replacement field: parses it up to and including its '}'. */
static ShAstExpr *fstring_field(Parser *p, FState *st, const char **str, const char *end, int raw,
                                int recurse_lvl, ShToken *t) {
  if (recurse_lvl >= 2) {
    sh_p_error_last(p, "f-string: expressions nested too deeply");
    return NULL;
  }
  const char *s = *str + 1; /* after '{' */
  const char *expr_start = s;
  char quote = 0;
  int string_type = 0, depth = 0;
  char parens[200];
  for (; s < end; s++) {
    char ch = *s;
    if (ch == '\\') {
      sh_p_error_last(p, "f-string expression part cannot include a backslash");
      return NULL;
    }
    if (quote) {
      if (ch == quote) {
        if (string_type == 3) {
          if (s + 2 < end && s[1] == ch && s[2] == ch) {
            s += 2;
            quote = 0;
            string_type = 0;
          }
        } else {
          quote = 0;
          string_type = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (s + 2 < end && s[1] == ch && s[2] == ch) {
        string_type = 3;
        s += 2;
      } else {
        string_type = 1;
      }
      quote = ch;
      continue;
    }
    if (ch == '[' || ch == '{' || ch == '(') {
      if (depth >= (int)sizeof parens) {
        sh_p_error_last(p, "f-string: too many nested parenthesis");
        return NULL;
      }
      parens[depth++] = ch;
      continue;
    }
    if (ch == '#') {
      sh_p_error_last(p, "f-string expression part cannot include '#'");
      return NULL;
    }
    if (depth == 0 &&
        (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
        s++; /* !=, ==, <=, >= */
        continue;
      }
      if (ch == '>' || ch == '<') continue;
      break;
    }
    if (ch == ']' || ch == '}' || ch == ')') {
      if (!depth) {
        sh_p_error_last(p, "f-string: unmatched '%c'", ch);
        return NULL;
      }
      char open = parens[--depth];
      if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
            (open == '{' && ch == '}'))) {
        sh_p_error_last(p,
                        "f-string: closing parenthesis '%c' does not match opening "
                        "parenthesis '%c'",
                        ch, open);
        return NULL;
      }
    }
  }
  const char *expr_end = s;
  if (quote) {
    sh_p_error_last(p, "f-string: unterminated string");
    return NULL;
  }
  if (depth) {
    sh_p_error_last(p, "f-string: unmatched '%c'", parens[depth - 1]);
    return NULL;
  }
  if (s >= end) goto unexpected_end;
  ShAstExpr *value = fstring_compile_expr(p, t, expr_start, expr_end);
  if (!value) return NULL;
  int self_doc = 0;
  if (*s == '=') {
    s++;
    while (s < end &&
           (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v'))
      s++;
    if (s >= end) goto unexpected_end;
    /* the expression's text, '=' and blanks included, joins the literal */
    memcpy(st->buf + st->len, expr_start, (size_t)(s - expr_start));
    st->len += (size_t)(s - expr_start);
    self_doc = 1;
  }
  int conversion = -1;
  if (*s == '!') {
    s++;
    if (s >= end) goto unexpected_end;
    conversion = (unsigned char)*s++;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
      sh_p_error_last(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return NULL;
    }
  }
  ShAstExpr *spec = NULL;
  if (s < end && *s == ':') {
    s++;
    if (s >= end) goto unexpected_end;
    FState sub;
    memset(&sub, 0, sizeof sub);
    sub.buf = sh_p_alloc(p, (size_t)(end - s) + 1);
    if (!sub.buf) return NULL;
    sub.first = st->first;
    sub.last = st->last;
    sub.u_kind = st->u_kind;
    if (fstring_concat(p, &sub, &s, end, raw, recurse_lvl + 1, t) < 0) return NULL;
    if (flush_literal_at(p, &sub, span(t, t)) < 0) return NULL;
    /* a format spec spans its own token */
    spec = sh_p_new_expr_at(p, SH_EXPR_JOINEDSTR, span(t, t));
    if (!spec) return NULL;
    spec->v.joinedstr.values = sh_vec_seq(p, &sub.parts);
  }
  if (s >= end || *s != '}') goto unexpected_end;
  s++;
  if (self_doc && !spec && conversion == -1) conversion = 'r';
  *str = s;
  ShAstExpr *fv = sh_p_new_expr_at(p, SH_EXPR_FORMATTEDVALUE, span(st->first, st->last));
  if (!fv) return NULL;
  fv->v.formattedvalue.value = value;
  fv->v.formattedvalue.conversion = conversion;
  fv->v.formattedvalue.format_spec = spec;
  return fv;
unexpected_end:
  sh_p_error_last(p, "f-string: expecting '}'");
  return NULL;
}

/* Literal text up to a '{' or '}' (decoded into st->buf). Returns 1 when
   the literal ended at a doubled brace (scanning goes on), 0 otherwise. */
static int fstring_literal(Parser *p, FState *st, const char **str, const char *end, int raw,
                           int recurse_lvl) {
  const char *s = *str, *start = s;
  int result = 0;
  while (s < end) {
    char ch = *s++;
    if (!raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {
        /* skip a \N{...} so its braces are not taken as a field */
        if (s < end && *s++ == '{') {
          while (s < end && *s++ != '}')
            ;
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (recurse_lvl == 0) {
        if (s < end && *s == ch) {
          *str = s + 1;
          result = 1;
          goto done;
        }
        if (ch == '}') {
          sh_p_error_last(p, "f-string: single '}' is not allowed");
          return -1;
        }
      }
      s--;
      break;
    }
  }
  *str = s;
done:
  if (s > start) {
    if (raw) {
      memcpy(st->buf + st->len, start, (size_t)(s - start));
      st->len += (size_t)(s - start);
    } else if (decode_str(p, start, s, st->buf, &st->len) < 0) {
      return -1;
    }
  }
  return result;
}

static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw,
                          int recurse_lvl, ShToken *t) {
  st->fmode = 1;
  for (;;) {
    int r = fstring_literal(p, st, str, end, raw, recurse_lvl);
    if (r < 0) return -1;
    if (r == 1) continue;
    if (*str >= end || **str == '}') break;
    /* at '{' */
    ShAstExpr *fv = fstring_field(p, st, str, end, raw, recurse_lvl, t);
    if (!fv) return -1;
    if (flush_literal(p, st) < 0) return -1;
    sh_vec_push(p, &st->parts, fv);
  }
  if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
    sh_p_error_last(p, "f-string: expecting '}'");
    return -1;
  }
  return 0;
}

/* ---- concatenation of adjacent literals ---- */

ShAstExpr *sh_p_strings(Parser *p) {
  int first_i = p->pos;
  size_t total = 0;
  while (sh_p_at(p, SH_TOK_STRING)) {
    total += (size_t)sh_p_cur(p)->len;
    sh_p_next(p);
  }
  int last_i = p->pos - 1;
  ShToken *first = &p->toks[first_i], *last = &p->toks[last_i];
  FState st;
  memset(&st, 0, sizeof st);
  st.buf = sh_p_alloc(p, total + 1);
  if (!st.buf) return NULL;
  st.first = first;
  st.last = last;
  st.u_kind = first->start[0] == 'u';
  int bytesmode = 0;
  for (int i = first_i; i <= last_i; i++) {
    ShToken *t = &p->toks[i];
    Lit l;
    split_literal(t, &l);
    if (i != first_i && bytesmode != l.bytes) {
      sh_p_error_last(p, "cannot mix bytes and nonbytes literals");
      return NULL;
    }
    bytesmode = l.bytes;
    if (!l.bytes && check_utf8(p, l.body, l.end) < 0) return NULL;
    if (l.fstr) {
      const char *s = l.body;
      if (fstring_concat(p, &st, &s, l.end, l.raw, 0, t) < 0) return NULL;
      continue;
    }
    if (l.bytes) {
      for (const char *c = l.body; c < l.end; c++) {
        if ((unsigned char)*c >= 0x80) {
          sh_p_error_at_token(p, t, "bytes can only contain ASCII literal characters");
          return NULL;
        }
      }
    }
    int raw = l.raw || memchr(l.body, '\\', (size_t)(l.end - l.body)) == NULL;
    if (raw) {
      memcpy(st.buf + st.len, l.body, (size_t)(l.end - l.body));
      st.len += (size_t)(l.end - l.body);
    } else if (l.bytes) {
      if (decode_bytes(p, l.body, l.end, st.buf, &st.len) < 0) return NULL;
    } else if (decode_str(p, l.body, l.end, st.buf, &st.len) < 0) {
      return NULL;
    }
  }
  ShAstPos pos = span(first, last);
  if (bytesmode) {
    ShAstExpr *e = sh_p_new_expr_at(p, SH_EXPR_CONSTANT, pos);
    if (!e) return NULL;
    e->v.constant.kind = SH_CONST_BYTES;
    e->v.constant.text = sh_p_strndup(p, st.buf, st.len);
    e->v.constant.len = st.len;
    return e;
  }
  if (!st.fmode) return make_str(p, st.buf, st.len, pos, st.u_kind);
  if (flush_literal(p, &st) < 0) return NULL;
  ShAstExpr *e = sh_p_new_expr_at(p, SH_EXPR_JOINEDSTR, pos);
  if (!e) return NULL;
  e->v.joinedstr.values = sh_vec_seq(p, &st.parts);
  return e;
}
