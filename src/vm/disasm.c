/* `shoal --dis`: a readable listing of a code object and, recursively, of
   the code objects among its constants. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "opcodes.h"
#include "../objects/abstract.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../runtime/error.h"

static const char *utf8_of(ShObject *s) {
  const char *u = s ? sh_str_utf8(s) : NULL;
  if (!u) {
    sh_err_clear();
    return "?";
  }
  return u;
}

static const char *tuple_str(ShObject *t, uint32_t i) {
  return t && i < (uint32_t)SH_TUPLE_SIZE(t) ? utf8_of(SH_TUPLE_GET(t, i)) : "?";
}

static void print_names(FILE *f, const char *label, ShObject *t) {
  if (!t || !SH_TUPLE_SIZE(t)) return;
  fprintf(f, "  %s:", label);
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(t); i++)
    fprintf(f, "%s %s", i ? "," : "", utf8_of(SH_TUPLE_GET(t, i)));
  fputc('\n', f);
}

static void print_flags(FILE *f, uint32_t flags) {
  static const char *const names[] = {"OPTIMIZED",     "NEWLOCALS",      "VARARGS", "VARKEYWORDS",
                                      "NESTED",        "GENERATOR",      "NOFREE",  "COROUTINE",
                                      "HAS_DOCSTRING", "ASYNC_GENERATOR"};
  fprintf(f, "0x%x", flags);
  const char *sep = " (";
  for (unsigned i = 0; i < sizeof names / sizeof *names; i++)
    if (flags & (1u << i)) {
      fprintf(f, "%s%s", sep, names[i]);
      sep = "|";
    }
  if (*sep == '|') fputc(')', f);
}

static void print_header(FILE *f, ShCode *co) {
  fprintf(f, "code %s (%s), file \"%s\", line %d\n", utf8_of(co->name), utf8_of(co->qualname),
          utf8_of(co->filename), co->firstlineno);
  fprintf(f,
          "  argcount %u (posonly %u, kwonly %u), nlocals %u, ncells %u, nfree %u, nregs %u, "
          "ncaches %u, flags ",
          co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->ncells, co->nfree,
          co->nregs, co->ncaches);
  print_flags(f, co->flags);
  fputc('\n', f);
  print_names(f, "varnames", co->varnames);
  print_names(f, "cellvars", co->cellvars);
  print_names(f, "freevars", co->freevars);
}

/* r3 with what it holds: r0(x), r5(cell y), r6(free z). */
static void print_reg(FILE *f, ShCode *co, uint32_t r) {
  if (r == SH_NO_REG) {
    fputc('-', f);
    return;
  }
  fprintf(f, "r%u", r);
  if (r < co->nlocals)
    fprintf(f, "(%s)", tuple_str(co->varnames, r));
  else if (r < co->nlocals + co->ncells)
    fprintf(f, "(cell %s)", tuple_str(co->cellvars, r - co->nlocals));
  else if (r < co->nlocals + co->ncells + co->nfree)
    fprintf(f, "(free %s)", tuple_str(co->freevars, r - co->nlocals - co->ncells));
}

static void print_const(FILE *f, ShCode *co, uint32_t k) {
  fprintf(f, "k%u", k);
  if (!co->consts || k >= (uint32_t)SH_TUPLE_SIZE(co->consts)) return;
  ShObject *o = SH_TUPLE_GET(co->consts, k);
  if (SH_TYPE(o) == &sh_type_code) {
    fprintf(f, " (<code %s, line %d>)", utf8_of(((ShCode *)o)->name), ((ShCode *)o)->firstlineno);
    return;
  }
  ShObject *r = sh_object_repr(o);
  fprintf(f, " (%s)", utf8_of(r));
  sh_xdecref(r);
}

static const char *cmp_symbol(uint32_t op) {
  static const char *const s[] = {"<", "<=", "==", "!=", ">", ">="};
  return op < 6 ? s[op] : "?";
}

/* Immediates whose meaning depends on the instruction. */
static void print_immediate(FILE *f, ShOpcode op, uint32_t v) {
  switch (op) {
  case SH_INSN_BINARY:
  case SH_INSN_BINARY_K:
  case SH_INSN_INPLACE:
  case SH_INSN_INPLACE_K:
    fprintf(f, "%u (%s%s)", v, v < SH_BINOP_COUNT ? sh_binop_symbol((ShBinaryOp)v) : "?",
            op == SH_INSN_INPLACE || op == SH_INSN_INPLACE_K ? "=" : "");
    return;
  case SH_INSN_COMPARE:
  case SH_INSN_COMPARE_K:
  case SH_INSN_JUMP_IF_NOT_COMPARE:
  case SH_INSN_JUMP_IF_NOT_COMPARE_K: fprintf(f, "%u (%s)", v, cmp_symbol(v)); return;
  case SH_INSN_FORMAT_VALUE: {
    static const char *const conv[] = {"", "!s", "!r", "!a"};
    fprintf(f, v && v < 4 ? "%u (%s)" : "%u", v, v < 4 ? conv[v] : "");
    return;
  }
  case SH_INSN_MAKE_FUNCTION: {
    static const char *const names[] = {"defaults", "kwdefaults", "annotations", "closure"};
    fprintf(f, "%u", v);
    const char *sep = " (";
    for (int i = 0; i < 4; i++)
      if (v & (1u << i)) {
        fprintf(f, "%s%s", sep, names[i]);
        sep = "|";
      }
    if (*sep == '|') fputc(')', f);
    return;
  }
  case SH_INSN_GET_AWAITABLE: {
    static const char *const where[] = {"await", "__aenter__", "__aexit__"};
    fprintf(f, v < 3 ? "%u (%s)" : "%u", v, v < 3 ? where[v] : "");
    return;
  }
  default: fprintf(f, "%u", v); return;
  }
}

static void print_operand(FILE *f, ShCode *co, ShOpcode op, char kind, uint32_t v) {
  switch (kind) {
  case 'R': print_reg(f, co, v); break;
  case 'K': print_const(f, co, v); break;
  case 'N': fprintf(f, "n%u (%s)", v, tuple_str(co->names, v)); break;
  case 'T': fprintf(f, "-> %u", v); break;
  case 'C': fprintf(f, "c%u", v); break;
  default: print_immediate(f, op, v); break;
  }
}

/* Marks the instruction words that jumps or handlers lead to. */
static uint8_t *jump_targets(ShCode *co) {
  uint8_t *t = calloc(co->ncode + 1, 1);
  if (!t) return NULL;
  for (uint32_t pc = 0; pc < co->ncode;) {
    uint32_t op = co->code[pc];
    if (op >= SH_INSN_COUNT) break;
    const char *kinds = sh_opcode_operands[op];
    for (int i = 0; kinds[i]; i++)
      if (kinds[i] == 'T' && co->code[pc + 1 + i] <= co->ncode) t[co->code[pc + 1 + i]] = 1;
    pc += 1 + (uint32_t)strlen(kinds);
  }
  for (uint32_t i = 0; i < co->nhandlers; i++)
    if (co->handlers[i].target <= co->ncode) t[co->handlers[i].target] = 1;
  return t;
}

static void print_code(FILE *f, ShCode *co) {
  uint8_t *targets = jump_targets(co);
  int last_line = -1;
  for (uint32_t pc = 0; pc < co->ncode;) {
    uint32_t op = co->code[pc];
    if (op >= SH_INSN_COUNT) {
      fprintf(f, "  %6u  <bad opcode %u>\n", pc, op);
      break;
    }
    const char *kinds = sh_opcode_operands[op];
    int line = sh_code_line(co, pc);
    if (line != last_line)
      fprintf(f, "%5d ", line);
    else
      fprintf(f, "      ");
    last_line = line;
    fprintf(f, "%s %5u  %-20s", targets && targets[pc] ? ">>" : "  ", pc, sh_opcode_names[op]);
    for (int i = 0; kinds[i]; i++) {
      fputs(i ? ", " : " ", f);
      print_operand(f, co, (ShOpcode)op, kinds[i], co->code[pc + 1 + i]);
    }
    fputc('\n', f);
    pc += 1 + (uint32_t)strlen(kinds);
  }
  free(targets);
}

static void print_handlers(FILE *f, ShCode *co) {
  if (!co->nhandlers) return;
  fprintf(f, "  handlers (first match wins):\n");
  for (uint32_t i = 0; i < co->nhandlers; i++) {
    ShExcHandler *h = &co->handlers[i];
    fprintf(f, "    [%u, %u) -> %u, exception in ", h->start, h->end, h->target);
    print_reg(f, co, h->exc_reg);
    fputc('\n', f);
  }
}

void sh_code_disassemble(ShCode *co, void *file) {
  FILE *f = file;
  print_header(f, co);
  print_code(f, co);
  print_handlers(f, co);
  if (!co->consts) return;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(co->consts); i++) {
    ShObject *o = SH_TUPLE_GET(co->consts, i);
    if (SH_TYPE(o) == &sh_type_code) {
      fputc('\n', f);
      sh_code_disassemble((ShCode *)o, f);
    }
  }
}
