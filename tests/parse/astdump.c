/* Test driver for the front end: parses a file and prints the tree exactly
   as Python's ast.dump() does, or the syntax error, or parse timings.

   Build (from the repository root):
     mkdir -p build/parsetest && gcc -std=gnu11 -O2 -Wall -Wextra -Isrc/parse \
       -o build/parsetest/astdump tests/parse/astdump.c src/parse/arena.c \
       src/parse/tokenizer.c src/parse/parser.c src/parse/parse_expr.c \
       src/parse/parse_stmt.c src/parse/parse_target.c src/parse/parse_string.c \
       src/parse/parse_pattern.c
   (tests/parse/build.sh does exactly this.)

   Usage: astdump [-a] [-s] [-S] [-M] [-t N] [-m exec|eval|single] FILE
     -a  include lineno/col_offset/end_lineno/end_col_offset, as
         ast.dump(tree, include_attributes=True)
     -s  print "OK", or the error as "Kind: msg (line L, offset O)"
     -S  parse as a str source (SH_PARSE_STR_SOURCE)
     -M  parse match statements (SH_PARSE_ALLOW_MATCH)
     -t  parse N times and print the mean time per parse in ms */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ast.h"
#include "parser.h"
#include "tokenizer.h"

static int with_attrs;
static FILE *out;

/* ---- numbers ---- */

/* Prints a non-negative integer literal (any radix prefix) in decimal. */
static void print_int(const char *text) {
  int radix = 10;
  const char *s = text;
  if (s[0] == '0' && s[1]) {
    char c = s[1];
    if (c == 'x' || c == 'X')
      radix = 16;
    else if (c == 'o' || c == 'O')
      radix = 8;
    else if (c == 'b' || c == 'B')
      radix = 2;
    if (radix != 10) s += 2;
  }
  /* little-endian base 1e9 limbs */
  size_t cap = strlen(s) + 2, n = 1;
  unsigned *limb = calloc(cap, sizeof(unsigned));
  for (; *s; s++) {
    unsigned d = (unsigned)(*s >= 'a' ? *s - 'a' + 10 : *s >= 'A' ? *s - 'A' + 10 : *s - '0');
    unsigned long long carry = d;
    for (size_t i = 0; i < n; i++) {
      unsigned long long v = (unsigned long long)limb[i] * (unsigned)radix + carry;
      limb[i] = (unsigned)(v % 1000000000ULL);
      carry = v / 1000000000ULL;
    }
    if (carry) limb[n++] = (unsigned)carry;
  }
  while (n > 1 && limb[n - 1] == 0)
    n--;
  fprintf(out, "%u", limb[n - 1]);
  for (size_t i = n - 1; i-- > 0;)
    fprintf(out, "%09u", limb[i]);
  free(limb);
}

/* Python's repr() of a float; add_dot_0: "1.0" rather than "1" */
static void format_float(double v, int add_dot_0, char *buf) {
  if (isinf(v)) {
    strcpy(buf, v > 0 ? "inf" : "-inf");
    return;
  }
  if (isnan(v)) {
    strcpy(buf, "nan");
    return;
  }
  char tmp[64];
  int prec;
  for (prec = 1; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
    if (strtod(tmp, NULL) == v) break;
  }
  /* tmp is d.ddde[+-]XX: split into digits and exponent */
  char digits[32];
  int nd = 0;
  const char *q = tmp;
  int neg = 0;
  if (*q == '-') {
    neg = 1;
    q++;
  }
  for (; *q && *q != 'e'; q++)
    if (*q >= '0' && *q <= '9') digits[nd++] = *q;
  int exp = atoi(q + 1);
  while (nd > 1 && digits[nd - 1] == '0')
    nd--;
  digits[nd] = 0;
  char *o = buf;
  if (neg) *o++ = '-';
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      *o++ = '0';
      *o++ = '.';
      for (int i = 0; i < -exp - 1; i++)
        *o++ = '0';
      for (int i = 0; i < nd; i++)
        *o++ = digits[i];
    } else {
      for (int i = 0; i <= exp; i++)
        *o++ = i < nd ? digits[i] : '0';
      if (nd > exp + 1) {
        *o++ = '.';
        for (int i = exp + 1; i < nd; i++)
          *o++ = digits[i];
      } else if (add_dot_0) {
        *o++ = '.';
        *o++ = '0';
      }
    }
    *o = 0;
  } else {
    *o++ = digits[0];
    if (nd > 1) {
      *o++ = '.';
      for (int i = 1; i < nd; i++)
        *o++ = digits[i];
    }
    sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  }
}

/* ---- strings ---- */

static int is_printable(unsigned cp) {
  return sh_unicode_is_printable(cp);
}

/* decodes UTF-8, also the 3-byte forms of surrogates */
static unsigned next_cp(const unsigned char *s, size_t n, size_t *i) {
  unsigned c = s[*i];
  int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  if (*i + (size_t)len > n) len = 1;
  unsigned v = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; k++)
    v = (v << 6) | (s[*i + (size_t)k] & 0x3F);
  *i += (size_t)len;
  return v;
}

static void print_str(const char *text, size_t len) {
  const unsigned char *s = (const unsigned char *)text;
  int has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
  char quote = has_sq && !has_dq ? '"' : '\'';
  fputc(quote, out);
  size_t i = 0;
  while (i < len) {
    unsigned cp = next_cp(s, len, &i);
    if (cp == (unsigned)quote || cp == '\\')
      fprintf(out, "\\%c", cp);
    else if (cp == '\t')
      fputs("\\t", out);
    else if (cp == '\n')
      fputs("\\n", out);
    else if (cp == '\r')
      fputs("\\r", out);
    else if (cp < 0x20 || cp == 0x7f)
      fprintf(out, "\\x%02x", cp);
    else if (cp < 0x7f)
      fputc((int)cp, out);
    else if (is_printable(cp)) {
      char b[4];
      int n;
      if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
      } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
      } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
      }
      fwrite(b, 1, (size_t)n, out);
    } else if (cp <= 0xff)
      fprintf(out, "\\x%02x", cp);
    else if (cp <= 0xffff)
      fprintf(out, "\\u%04x", cp);
    else
      fprintf(out, "\\U%08x", cp);
  }
  fputc(quote, out);
}

static void print_bytes(const char *text, size_t len) {
  const unsigned char *s = (const unsigned char *)text;
  int has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
  char quote = has_sq && !has_dq ? '"' : '\'';
  fputc('b', out);
  fputc(quote, out);
  for (size_t i = 0; i < len; i++) {
    unsigned c = s[i];
    if (c == (unsigned)quote || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c == '\t')
      fputs("\\t", out);
    else if (c == '\n')
      fputs("\\n", out);
    else if (c == '\r')
      fputs("\\r", out);
    else if (c < 0x20 || c >= 0x7f)
      fprintf(out, "\\x%02x", c);
    else
      fputc((int)c, out);
  }
  fputc(quote, out);
}

static void print_constant(ShAstExpr *e) {
  char buf[64];
  switch (e->v.constant.kind) {
  case SH_CONST_NONE: fputs("None", out); break;
  case SH_CONST_TRUE: fputs("True", out); break;
  case SH_CONST_FALSE: fputs("False", out); break;
  case SH_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
  case SH_CONST_INT: print_int(e->v.constant.text); break;
  case SH_CONST_FLOAT:
    format_float(strtod(e->v.constant.text, NULL), 1, buf);
    fputs(buf, out);
    break;
  case SH_CONST_COMPLEX:
    format_float(strtod(e->v.constant.text, NULL), 0, buf);
    fprintf(out, "%sj", buf);
    break;
  case SH_CONST_STR: print_str(e->v.constant.text, e->v.constant.len); break;
  case SH_CONST_BYTES: print_bytes(e->v.constant.text, e->v.constant.len); break;
  }
}

/* ---- tree ---- */

static void expr(ShAstExpr *e);
static void stmts(ShAstSeq *s);

static void pos(ShAstPos p) {
  if (with_attrs)
    fprintf(out, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.lineno,
            p.col_offset, p.end_lineno, p.end_col_offset);
}

static void exprs(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    if (i) fputs(", ", out);
    ShAstExpr *e = SH_SEQ_GET(s, i);
    if (e)
      expr(e);
    else
      fputs("None", out);
  }
  fputc(']', out);
}

static void ident(const char *s) {
  print_str(s, strlen(s));
}

static void idents(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    if (i) fputs(", ", out);
    ident(SH_SEQ_GET(s, i));
  }
  fputc(']', out);
}

static const char *ctx_name(ShExprContext c) {
  return c == SH_CTX_LOAD ? "Load()" : c == SH_CTX_STORE ? "Store()" : "Del()";
}

static const char *op_name(ShOperator op) {
  static const char *const n[] = {"Add()",    "Sub()",    "Mult()",    "MatMult()", "Div()",
                                  "Mod()",    "Pow()",    "LShift()",  "RShift()",  "BitOr()",
                                  "BitXor()", "BitAnd()", "FloorDiv()"};
  return n[op];
}

static const char *cmp_name(ShCmpOp op) {
  static const char *const n[] = {"Eq()",  "NotEq()", "Lt()",    "LtE()", "Gt()",
                                  "GtE()", "Is()",    "IsNot()", "In()",  "NotIn()"};
  return n[op];
}

static void arg(ShAstArg *a) {
  fputs("arg(arg=", out);
  ident(a->arg);
  if (a->annotation) {
    fputs(", annotation=", out);
    expr(a->annotation);
  }
  pos(a->pos);
  fputc(')', out);
}

static void args_list(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    if (i) fputs(", ", out);
    arg(SH_SEQ_GET(s, i));
  }
  fputc(']', out);
}

static void arguments(ShAstArguments *a) {
  fputs("arguments(posonlyargs=", out);
  args_list(a->posonlyargs);
  fputs(", args=", out);
  args_list(a->args);
  if (a->vararg) {
    fputs(", vararg=", out);
    arg(a->vararg);
  }
  fputs(", kwonlyargs=", out);
  args_list(a->kwonlyargs);
  fputs(", kw_defaults=", out);
  exprs(a->kw_defaults);
  if (a->kwarg) {
    fputs(", kwarg=", out);
    arg(a->kwarg);
  }
  fputs(", defaults=", out);
  exprs(a->defaults);
  fputc(')', out);
}

static void keywords(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    ShAstKeyword *k = SH_SEQ_GET(s, i);
    if (i) fputs(", ", out);
    fputs("keyword(", out);
    if (k->arg) {
      fputs("arg=", out);
      ident(k->arg);
      fputs(", ", out);
    }
    fputs("value=", out);
    expr(k->value);
    pos(k->pos);
    fputc(')', out);
  }
  fputc(']', out);
}

static void generators(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    ShAstComprehension *c = SH_SEQ_GET(s, i);
    if (i) fputs(", ", out);
    fputs("comprehension(target=", out);
    expr(c->target);
    fputs(", iter=", out);
    expr(c->iter);
    fputs(", ifs=", out);
    exprs(c->ifs);
    fprintf(out, ", is_async=%d)", c->is_async);
  }
  fputc(']', out);
}

static void expr(ShAstExpr *e) {
  switch (e->kind) {
  case SH_EXPR_BOOLOP:
    fprintf(out, "BoolOp(op=%s, values=", e->v.boolop.op == SH_BOOL_AND ? "And()" : "Or()");
    exprs(e->v.boolop.values);
    break;
  case SH_EXPR_NAMEDEXPR:
    fputs("NamedExpr(target=", out);
    expr(e->v.namedexpr.target);
    fputs(", value=", out);
    expr(e->v.namedexpr.value);
    break;
  case SH_EXPR_BINOP:
    fputs("BinOp(left=", out);
    expr(e->v.binop.left);
    fprintf(out, ", op=%s, right=", op_name(e->v.binop.op));
    expr(e->v.binop.right);
    break;
  case SH_EXPR_UNARYOP: {
    static const char *const n[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    fprintf(out, "UnaryOp(op=%s, operand=", n[e->v.unaryop.op]);
    expr(e->v.unaryop.operand);
    break;
  }
  case SH_EXPR_LAMBDA:
    fputs("Lambda(args=", out);
    arguments(e->v.lambda.args);
    fputs(", body=", out);
    expr(e->v.lambda.body);
    break;
  case SH_EXPR_IFEXP:
    fputs("IfExp(test=", out);
    expr(e->v.ifexp.test);
    fputs(", body=", out);
    expr(e->v.ifexp.body);
    fputs(", orelse=", out);
    expr(e->v.ifexp.orelse);
    break;
  case SH_EXPR_DICT:
    fputs("Dict(keys=", out);
    exprs(e->v.dict.keys);
    fputs(", values=", out);
    exprs(e->v.dict.values);
    break;
  case SH_EXPR_SET:
    fputs("Set(elts=", out);
    exprs(e->v.set.elts);
    break;
  case SH_EXPR_LISTCOMP:
  case SH_EXPR_SETCOMP:
  case SH_EXPR_GENERATOREXP:
    fputs(e->kind == SH_EXPR_LISTCOMP  ? "ListComp(elt="
          : e->kind == SH_EXPR_SETCOMP ? "SetComp(elt="
                                       : "GeneratorExp(elt=",
          out);
    expr(e->v.comp.elt);
    fputs(", generators=", out);
    generators(e->v.comp.generators);
    break;
  case SH_EXPR_DICTCOMP:
    fputs("DictComp(key=", out);
    expr(e->v.comp.key);
    fputs(", value=", out);
    expr(e->v.comp.value);
    fputs(", generators=", out);
    generators(e->v.comp.generators);
    break;
  case SH_EXPR_AWAIT:
    fputs("Await(value=", out);
    expr(e->v.await_.value);
    break;
  case SH_EXPR_YIELD:
    fputs("Yield(", out);
    if (e->v.yield.value) {
      fputs("value=", out);
      expr(e->v.yield.value);
    } else if (with_attrs) {
      /* pos() adds its leading ", " */
      fprintf(out, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->pos.lineno,
              e->pos.col_offset, e->pos.end_lineno, e->pos.end_col_offset);
      return;
    }
    break;
  case SH_EXPR_YIELDFROM:
    fputs("YieldFrom(value=", out);
    expr(e->v.yieldfrom.value);
    break;
  case SH_EXPR_COMPARE:
    fputs("Compare(left=", out);
    expr(e->v.compare.left);
    fputs(", ops=[", out);
    for (int i = 0; i < e->v.compare.nops; i++)
      fprintf(out, "%s%s", i ? ", " : "", cmp_name(e->v.compare.ops[i]));
    fputs("], comparators=", out);
    exprs(e->v.compare.comparators);
    break;
  case SH_EXPR_CALL:
    fputs("Call(func=", out);
    expr(e->v.call.func);
    fputs(", args=", out);
    exprs(e->v.call.args);
    fputs(", keywords=", out);
    keywords(e->v.call.keywords);
    break;
  case SH_EXPR_FORMATTEDVALUE:
    fputs("FormattedValue(value=", out);
    expr(e->v.formattedvalue.value);
    fprintf(out, ", conversion=%d", e->v.formattedvalue.conversion);
    if (e->v.formattedvalue.format_spec) {
      fputs(", format_spec=", out);
      expr(e->v.formattedvalue.format_spec);
    }
    break;
  case SH_EXPR_JOINEDSTR:
    fputs("JoinedStr(values=", out);
    exprs(e->v.joinedstr.values);
    break;
  case SH_EXPR_CONSTANT:
    fputs("Constant(value=", out);
    print_constant(e);
    if (e->v.constant.u_kind) fputs(", kind='u'", out);
    break;
  case SH_EXPR_ATTRIBUTE:
    fputs("Attribute(value=", out);
    expr(e->v.attribute.value);
    fputs(", attr=", out);
    ident(e->v.attribute.attr);
    fprintf(out, ", ctx=%s", ctx_name(e->v.attribute.ctx));
    break;
  case SH_EXPR_SUBSCRIPT:
    fputs("Subscript(value=", out);
    expr(e->v.subscript.value);
    fputs(", slice=", out);
    expr(e->v.subscript.slice);
    fprintf(out, ", ctx=%s", ctx_name(e->v.subscript.ctx));
    break;
  case SH_EXPR_STARRED:
    fputs("Starred(value=", out);
    expr(e->v.starred.value);
    fprintf(out, ", ctx=%s", ctx_name(e->v.starred.ctx));
    break;
  case SH_EXPR_NAME:
    fputs("Name(id=", out);
    ident(e->v.name.id);
    fprintf(out, ", ctx=%s", ctx_name(e->v.name.ctx));
    break;
  case SH_EXPR_LIST:
    fputs("List(elts=", out);
    exprs(e->v.list.elts);
    fprintf(out, ", ctx=%s", ctx_name(e->v.list.ctx));
    break;
  case SH_EXPR_TUPLE:
    fputs("Tuple(elts=", out);
    exprs(e->v.tuple.elts);
    fprintf(out, ", ctx=%s", ctx_name(e->v.tuple.ctx));
    break;
  case SH_EXPR_SLICE: {
    fputs("Slice(", out);
    const char *sep = "";
    if (e->v.slice.lower) {
      fputs("lower=", out);
      expr(e->v.slice.lower);
      sep = ", ";
    }
    if (e->v.slice.upper) {
      fprintf(out, "%supper=", sep);
      expr(e->v.slice.upper);
      sep = ", ";
    }
    if (e->v.slice.step) {
      fprintf(out, "%sstep=", sep);
      expr(e->v.slice.step);
      sep = ", ";
    }
    if (!*sep && with_attrs) {
      fprintf(out, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->pos.lineno,
              e->pos.col_offset, e->pos.end_lineno, e->pos.end_col_offset);
      return;
    }
    break;
  }
  }
  pos(e->pos);
  fputc(')', out);
}

static void pattern(ShAstPattern *pt);

static void patterns(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    if (i) fputs(", ", out);
    pattern(SH_SEQ_GET(s, i));
  }
  fputc(']', out);
}

static void pattern(ShAstPattern *pt) {
  const char *sep = "";
  switch (pt->kind) {
  case SH_PAT_VALUE:
    fputs("MatchValue(value=", out);
    expr(pt->v.value.value);
    sep = ", ";
    break;
  case SH_PAT_SINGLETON:
    fprintf(out, "MatchSingleton(value=%s",
            pt->v.singleton.value == SH_CONST_NONE   ? "None"
            : pt->v.singleton.value == SH_CONST_TRUE ? "True"
                                                     : "False");
    sep = ", ";
    break;
  case SH_PAT_SEQUENCE:
    fputs("MatchSequence(patterns=", out);
    patterns(pt->v.sequence.patterns);
    sep = ", ";
    break;
  case SH_PAT_MAPPING:
    fputs("MatchMapping(keys=", out);
    exprs(pt->v.mapping.keys);
    fputs(", patterns=", out);
    patterns(pt->v.mapping.patterns);
    if (pt->v.mapping.rest) {
      fputs(", rest=", out);
      ident(pt->v.mapping.rest);
    }
    sep = ", ";
    break;
  case SH_PAT_CLASS:
    fputs("MatchClass(cls=", out);
    expr(pt->v.class_.cls);
    fputs(", patterns=", out);
    patterns(pt->v.class_.patterns);
    fputs(", kwd_attrs=", out);
    idents(pt->v.class_.kwd_attrs);
    fputs(", kwd_patterns=", out);
    patterns(pt->v.class_.kwd_patterns);
    sep = ", ";
    break;
  case SH_PAT_STAR:
    fputs("MatchStar(", out);
    if (pt->v.star.name) {
      fputs("name=", out);
      ident(pt->v.star.name);
      sep = ", ";
    }
    break;
  case SH_PAT_AS:
    fputs("MatchAs(", out);
    if (pt->v.as.pattern) {
      fputs("pattern=", out);
      pattern(pt->v.as.pattern);
      sep = ", ";
    }
    if (pt->v.as.name) {
      fprintf(out, "%sname=", sep);
      ident(pt->v.as.name);
      sep = ", ";
    }
    break;
  case SH_PAT_OR:
    fputs("MatchOr(patterns=", out);
    patterns(pt->v.or_.patterns);
    sep = ", ";
    break;
  }
  if (with_attrs)
    fprintf(out, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", sep,
            pt->pos.lineno, pt->pos.col_offset, pt->pos.end_lineno, pt->pos.end_col_offset);
  fputc(')', out);
}

/* a node with no fields printed: attributes start without ", " */
static void bare(const char *name, ShAstPos p) {
  if (with_attrs)
    fprintf(out, "%s(lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", name, p.lineno,
            p.col_offset, p.end_lineno, p.end_col_offset);
  else
    fprintf(out, "%s()", name);
}

static void aliases(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    ShAstAlias *a = SH_SEQ_GET(s, i);
    if (i) fputs(", ", out);
    fputs("alias(name=", out);
    ident(a->name);
    if (a->asname) {
      fputs(", asname=", out);
      ident(a->asname);
    }
    pos(a->pos);
    fputc(')', out);
  }
  fputc(']', out);
}

static void stmt(ShAstStmt *s) {
  switch (s->kind) {
  case SH_STMT_FUNCTIONDEF:
  case SH_STMT_ASYNCFUNCTIONDEF:
    fputs(s->kind == SH_STMT_FUNCTIONDEF ? "FunctionDef(name=" : "AsyncFunctionDef(name=", out);
    ident(s->v.functiondef.name);
    fputs(", args=", out);
    arguments(s->v.functiondef.args);
    fputs(", body=", out);
    stmts(s->v.functiondef.body);
    fputs(", decorator_list=", out);
    exprs(s->v.functiondef.decorator_list);
    if (s->v.functiondef.returns) {
      fputs(", returns=", out);
      expr(s->v.functiondef.returns);
    }
    break;
  case SH_STMT_CLASSDEF:
    fputs("ClassDef(name=", out);
    ident(s->v.classdef.name);
    fputs(", bases=", out);
    exprs(s->v.classdef.bases);
    fputs(", keywords=", out);
    keywords(s->v.classdef.keywords);
    fputs(", body=", out);
    stmts(s->v.classdef.body);
    fputs(", decorator_list=", out);
    exprs(s->v.classdef.decorator_list);
    break;
  case SH_STMT_RETURN:
    if (!s->v.return_.value) {
      bare("Return", s->pos);
      return;
    }
    fputs("Return(value=", out);
    expr(s->v.return_.value);
    break;
  case SH_STMT_DELETE:
    fputs("Delete(targets=", out);
    exprs(s->v.delete_.targets);
    break;
  case SH_STMT_ASSIGN:
    fputs("Assign(targets=", out);
    exprs(s->v.assign.targets);
    fputs(", value=", out);
    expr(s->v.assign.value);
    break;
  case SH_STMT_AUGASSIGN:
    fputs("AugAssign(target=", out);
    expr(s->v.augassign.target);
    fprintf(out, ", op=%s, value=", op_name(s->v.augassign.op));
    expr(s->v.augassign.value);
    break;
  case SH_STMT_ANNASSIGN:
    fputs("AnnAssign(target=", out);
    expr(s->v.annassign.target);
    fputs(", annotation=", out);
    expr(s->v.annassign.annotation);
    if (s->v.annassign.value) {
      fputs(", value=", out);
      expr(s->v.annassign.value);
    }
    fprintf(out, ", simple=%d", s->v.annassign.simple);
    break;
  case SH_STMT_FOR:
  case SH_STMT_ASYNCFOR:
    fputs(s->kind == SH_STMT_FOR ? "For(target=" : "AsyncFor(target=", out);
    expr(s->v.for_.target);
    fputs(", iter=", out);
    expr(s->v.for_.iter);
    fputs(", body=", out);
    stmts(s->v.for_.body);
    fputs(", orelse=", out);
    stmts(s->v.for_.orelse);
    break;
  case SH_STMT_WHILE:
    fputs("While(test=", out);
    expr(s->v.while_.test);
    fputs(", body=", out);
    stmts(s->v.while_.body);
    fputs(", orelse=", out);
    stmts(s->v.while_.orelse);
    break;
  case SH_STMT_IF:
    fputs("If(test=", out);
    expr(s->v.if_.test);
    fputs(", body=", out);
    stmts(s->v.if_.body);
    fputs(", orelse=", out);
    stmts(s->v.if_.orelse);
    break;
  case SH_STMT_WITH:
  case SH_STMT_ASYNCWITH:
    fputs(s->kind == SH_STMT_WITH ? "With(items=[" : "AsyncWith(items=[", out);
    for (int i = 0; i < SH_SEQ_LEN(s->v.with.items); i++) {
      ShAstWithItem *w = SH_SEQ_GET(s->v.with.items, i);
      if (i) fputs(", ", out);
      fputs("withitem(context_expr=", out);
      expr(w->context_expr);
      if (w->optional_vars) {
        fputs(", optional_vars=", out);
        expr(w->optional_vars);
      }
      fputc(')', out);
    }
    fputs("], body=", out);
    stmts(s->v.with.body);
    break;
  case SH_STMT_MATCH:
    fputs("Match(subject=", out);
    expr(s->v.match.subject);
    fputs(", cases=[", out);
    for (int i = 0; i < SH_SEQ_LEN(s->v.match.cases); i++) {
      ShAstMatchCase *mc = SH_SEQ_GET(s->v.match.cases, i);
      if (i) fputs(", ", out);
      fputs("match_case(pattern=", out);
      pattern(mc->pattern);
      if (mc->guard) {
        fputs(", guard=", out);
        expr(mc->guard);
      }
      fputs(", body=", out);
      stmts(mc->body);
      fputc(')', out);
    }
    fputc(']', out);
    break;
  case SH_STMT_RAISE:
    if (!s->v.raise.exc && !s->v.raise.cause) {
      bare("Raise", s->pos);
      return;
    }
    fputs("Raise(", out);
    if (s->v.raise.exc) {
      fputs("exc=", out);
      expr(s->v.raise.exc);
    }
    if (s->v.raise.cause) {
      fputs(s->v.raise.exc ? ", cause=" : "cause=", out);
      expr(s->v.raise.cause);
    }
    break;
  case SH_STMT_TRY:
  case SH_STMT_TRYSTAR:
    fputs(s->kind == SH_STMT_TRY ? "Try(body=" : "TryStar(body=", out);
    stmts(s->v.try_.body);
    fputs(", handlers=[", out);
    for (int i = 0; i < SH_SEQ_LEN(s->v.try_.handlers); i++) {
      ShAstExceptHandler *h = SH_SEQ_GET(s->v.try_.handlers, i);
      if (i) fputs(", ", out);
      fputs("ExceptHandler(", out);
      if (h->type) {
        fputs("type=", out);
        expr(h->type);
        fputs(", ", out);
      }
      if (h->name) {
        fputs("name=", out);
        ident(h->name);
        fputs(", ", out);
      }
      fputs("body=", out);
      stmts(h->body);
      pos(h->pos);
      fputc(')', out);
    }
    fputs("], orelse=", out);
    stmts(s->v.try_.orelse);
    fputs(", finalbody=", out);
    stmts(s->v.try_.finalbody);
    break;
  case SH_STMT_ASSERT:
    fputs("Assert(test=", out);
    expr(s->v.assert_.test);
    if (s->v.assert_.msg) {
      fputs(", msg=", out);
      expr(s->v.assert_.msg);
    }
    break;
  case SH_STMT_IMPORT:
    fputs("Import(names=", out);
    aliases(s->v.import.names);
    break;
  case SH_STMT_IMPORTFROM:
    fputs("ImportFrom(", out);
    if (s->v.importfrom.module) {
      fputs("module=", out);
      ident(s->v.importfrom.module);
      fputs(", ", out);
    }
    fputs("names=", out);
    aliases(s->v.importfrom.names);
    fprintf(out, ", level=%d", s->v.importfrom.level);
    break;
  case SH_STMT_GLOBAL:
    fputs("Global(names=", out);
    idents(s->v.global.names);
    break;
  case SH_STMT_NONLOCAL:
    fputs("Nonlocal(names=", out);
    idents(s->v.nonlocal.names);
    break;
  case SH_STMT_EXPR:
    fputs("Expr(value=", out);
    expr(s->v.expr.value);
    break;
  case SH_STMT_PASS: bare("Pass", s->pos); return;
  case SH_STMT_BREAK: bare("Break", s->pos); return;
  case SH_STMT_CONTINUE: bare("Continue", s->pos); return;
  }
  pos(s->pos);
  fputc(')', out);
}

static void stmts(ShAstSeq *s) {
  fputc('[', out);
  for (int i = 0; i < SH_SEQ_LEN(s); i++) {
    if (i) fputs(", ", out);
    stmt(SH_SEQ_GET(s, i));
  }
  fputc(']', out);
}

/* ---- main ---- */

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  int errors_mode = 0, times = 0, flags = 0;
  ShParseMode mode = SH_PARSE_FILE;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-a"))
      with_attrs = 1;
    else if (!strcmp(argv[i], "-s"))
      errors_mode = 1;
    else if (!strcmp(argv[i], "-S"))
      flags |= SH_PARSE_STR_SOURCE;
    else if (!strcmp(argv[i], "-M"))
      flags |= SH_PARSE_ALLOW_MATCH;
    else if (!strcmp(argv[i], "-t") && i + 1 < argc)
      times = atoi(argv[++i]);
    else if (!strcmp(argv[i], "-m") && i + 1 < argc) {
      i++;
      mode = !strcmp(argv[i], "eval")     ? SH_PARSE_EVAL
             : !strcmp(argv[i], "single") ? SH_PARSE_SINGLE
                                          : SH_PARSE_FILE;
    } else
      path = argv[i];
  }
  if (!path) {
    fprintf(stderr, "usage: astdump [-a] [-s] [-S] [-M] [-t N] [-m exec|eval|single] FILE\n");
    return 2;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 2;
  }
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *src = malloc((size_t)len + 1);
  if (fread(src, 1, (size_t)len, f) != (size_t)len) {
    perror(path);
    return 2;
  }
  fclose(f);
  out = stdout;
  ShSyntaxErrorInfo err;
  if (times > 0) {
    double best = 1e30, total = 0;
    for (int i = 0; i < times; i++) {
      ShArena *arena = sh_arena_new();
      double t0 = now_ms();
      sh_parse_flags(src, (size_t)len, path, mode, flags, arena, &err);
      double dt = now_ms() - t0;
      sh_arena_free(arena);
      total += dt;
      if (dt < best) best = dt;
    }
    printf("mean %.3f ms, best %.3f ms over %d parses\n", total / times, best, times);
    return 0;
  }
  ShArena *arena = sh_arena_new();
  ShAstModule *m = sh_parse_flags(src, (size_t)len, path, mode, flags, arena, &err);
  if (!m) {
    static const char *const kinds[] = {"SyntaxError", "IndentationError", "TabError"};
    printf("%s: %s (line %d, offset %d)\n", kinds[err.kind], err.msg, err.lineno, err.col_offset);
    sh_arena_free(arena);
    free(src);
    return errors_mode ? 0 : 1;
  }
  if (errors_mode) {
    printf("OK\n");
  } else if (mode == SH_PARSE_EVAL) {
    fputs("Expression(body=", out);
    expr(m->expr);
    fputs(")\n", out);
  } else {
    fputs(mode == SH_PARSE_FILE ? "Module(body=" : "Interactive(body=", out);
    stmts(m->body);
    fputs(mode == SH_PARSE_FILE ? ", type_ignores=[])\n" : ")\n", out);
  }
  sh_arena_free(arena);
  free(src);
  return 0;
}
