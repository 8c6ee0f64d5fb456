/* The symbol table pass: walks the AST recording what each block does with
   each name, then resolves every name to local/global/free/cell. */
#include "symtable.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct ShSymTable {
  ShArena *arena;
  ShSyntaxErrorInfo *err;
  jmp_buf fail;
  ShSymBlock *top, *cur;
  const char *private_name; /* enclosing class name, for mangling */
  /* node -> block map */
  struct NodeEntry {
    const void *node;
    ShSymBlock *block;
    struct NodeEntry *next;
  } * *nodes;
  int nnodes_buckets;
};

/* ------------------------------------------------------------ helpers */

static void *st_alloc(ShSymTable *st, size_t size) {
  void *p = sh_arena_alloc(st->arena, size);
  if (!p) {
    st->err->kind = SH_SYNERR_SYNTAX;
    snprintf(st->err->msg, sizeof st->err->msg, "out of memory");
    longjmp(st->fail, 1);
  }
  return p;
}

static void st_error(ShSymTable *st, ShAstPos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(st->err->msg, sizeof st->err->msg, fmt, ap);
  va_end(ap);
  st->err->kind = SH_SYNERR_SYNTAX;
  st->err->lineno = pos.lineno;
  st->err->col_offset = pos.col_offset + 1;
  st->err->end_lineno = pos.end_lineno;
  st->err->end_col_offset = pos.end_col_offset + 1;
  longjmp(st->fail, 1);
}

static unsigned hash_str(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

const char *sh_mangle(ShArena *arena, const char *private_name, const char *name) {
  size_t n = strlen(name);
  if (!private_name || n < 2 || name[0] != '_' || name[1] != '_') return name;
  if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
  while (*private_name == '_')
    private_name++;
  if (!*private_name) return name;
  size_t p = strlen(private_name);
  char *out = sh_arena_alloc(arena, p + n + 2);
  if (!out) return name; /* the caller's allocations report the shortage */
  out[0] = '_';
  memcpy(out + 1, private_name, p);
  memcpy(out + 1 + p, name, n + 1);
  return out;
}

/* ------------------------------------------------------------ symbols */

ShSymbol *sh_symblock_get(ShSymBlock *b, const char *name) {
  if (!b->nbuckets) return NULL;
  for (ShSymbol *s = b->buckets[hash_str(name) % b->nbuckets]; s; s = s->hash_next)
    if (!strcmp(s->name, name)) return s;
  return NULL;
}

ShNameScope sh_symblock_scope(ShSymBlock *b, const char *name) {
  ShSymbol *s = sh_symblock_get(b, name);
  return s ? s->scope : SH_SCOPE_UNKNOWN;
}

static void rehash(ShSymTable *st, ShSymBlock *b) {
  int n = b->nbuckets ? b->nbuckets * 4 : 16;
  ShSymbol **nb = st_alloc(st, sizeof(ShSymbol *) * n);
  for (ShSymbol *s = b->first; s; s = s->next) {
    unsigned h = hash_str(s->name) % n;
    s->hash_next = nb[h];
    nb[h] = s;
  }
  b->buckets = nb;
  b->nbuckets = n;
}

static ShSymbol *symbol_get_or_add(ShSymTable *st, ShSymBlock *b, const char *name) {
  ShSymbol *s = sh_symblock_get(b, name);
  if (s) return s;
  s = st_alloc(st, sizeof *s);
  s->name = name;
  if (b->last)
    b->last->next = s;
  else
    b->first = s;
  b->last = s;
  if (++b->nsymbols > b->nbuckets) {
    rehash(st, b);
  } else {
    unsigned h = hash_str(name) % b->nbuckets;
    s->hash_next = b->buckets[h];
    b->buckets[h] = s;
  }
  return s;
}

static const char *mangle(ShSymTable *st, const char *name) {
  const char *m = sh_mangle(st->arena, st->private_name, name);
  if (!m) st_alloc(st, 1 << 30); /* reports the shortage */
  return m;
}

/* Records `flag` for `name` in block b (the name already mangled). */
static ShSymbol *add_def_in(ShSymTable *st, ShSymBlock *b, const char *name, int flag,
                            ShAstPos pos) {
  ShSymbol *s = symbol_get_or_add(st, b, name);
  if ((flag & SH_DEF_PARAM) && (s->flags & SH_DEF_PARAM))
    st_error(st, pos, "duplicate argument '%s' in function definition", name);
  if (b->comp_iter_target) {
    if (s->flags & (SH_DEF_GLOBAL | SH_DEF_NONLOCAL))
      st_error(st, pos, "comprehension inner loop cannot rebind assignment expression target '%s'",
               name);
    flag |= SH_DEF_COMP_ITER;
  }
  s->flags |= flag;
  if (flag & SH_DEF_PARAM) {
    const char **np = st_alloc(st, sizeof(char *) * (b->nparams + 1));
    if (b->nparams) memcpy(np, b->params, sizeof(char *) * b->nparams);
    np[b->nparams++] = name;
    b->params = np;
  } else if ((flag & SH_DEF_GLOBAL) && b != st->top) {
    symbol_get_or_add(st, st->top, name)->flags |= SH_DEF_GLOBAL;
  }
  return s;
}

static ShSymbol *add_def(ShSymTable *st, const char *name, int flag, ShAstPos pos) {
  return add_def_in(st, st->cur, mangle(st, name), flag, pos);
}

/* ------------------------------------------------------------ blocks */

static void map_node(ShSymTable *st, const void *node, ShSymBlock *b) {
  unsigned h = (unsigned)(((uintptr_t)node >> 4) % (unsigned)st->nnodes_buckets);
  struct NodeEntry *e = st_alloc(st, sizeof *e);
  e->node = node;
  e->block = b;
  e->next = st->nodes[h];
  st->nodes[h] = e;
}

ShSymBlock *sh_symtable_block(ShSymTable *st, const void *node) {
  unsigned h = (unsigned)(((uintptr_t)node >> 4) % (unsigned)st->nnodes_buckets);
  for (struct NodeEntry *e = st->nodes[h]; e; e = e->next)
    if (e->node == node) return e->block;
  return NULL;
}

ShSymBlock *sh_symtable_top(ShSymTable *st) {
  return st->top;
}

static void enter_block(ShSymTable *st, const char *name, ShBlockType type, const void *node,
                        int lineno) {
  ShSymBlock *b = st_alloc(st, sizeof *b);
  b->type = type;
  b->name = name;
  b->node = node;
  b->lineno = lineno;
  b->parent = st->cur;
  if (st->cur) {
    b->nested = st->cur->nested || st->cur->type == SH_BLOCK_FUNCTION;
    if (st->cur->last_child)
      st->cur->last_child->next_sibling = b;
    else
      st->cur->children = b;
    st->cur->last_child = b;
  }
  map_node(st, node, b);
  st->cur = b;
}

static void exit_block(ShSymTable *st) {
  st->cur = st->cur->parent;
}

/* ------------------------------------------------------------ visitor */

static void visit_expr(ShSymTable *st, ShAstExpr *e);
static void visit_stmts(ShSymTable *st, ShAstSeq *body);

static void visit_exprs(ShSymTable *st, ShAstSeq *seq) {
  for (int i = 0; i < SH_SEQ_LEN(seq); i++)
    if (SH_SEQ_GET(seq, i)) visit_expr(st, SH_SEQ_GET(seq, i));
}

/* `where` is the def or lambda: CPython reports __debug__ there. */
static void visit_one_param(ShSymTable *st, ShAstArg *a, ShAstPos where) {
  if (!strcmp(a->arg, "__debug__")) st_error(st, where, "cannot assign to __debug__");
  add_def(st, a->arg, SH_DEF_PARAM, a->pos);
}

static void visit_param_list(ShSymTable *st, ShAstSeq *args, ShAstPos where) {
  for (int i = 0; i < SH_SEQ_LEN(args); i++)
    visit_one_param(st, SH_SEQ_GET(args, i), where);
}

/* Parameters in register order: positional, keyword-only, *args, **kwargs. */
static void visit_params(ShSymTable *st, ShAstArguments *args, ShAstPos where) {
  visit_param_list(st, args->posonlyargs, where);
  visit_param_list(st, args->args, where);
  visit_param_list(st, args->kwonlyargs, where);
  if (args->vararg) {
    visit_one_param(st, args->vararg, where);
    st->cur->varargs = true;
  }
  if (args->kwarg) {
    visit_one_param(st, args->kwarg, where);
    st->cur->varkeywords = true;
  }
}

static void visit_arg_annotations(ShSymTable *st, ShAstSeq *args) {
  for (int i = 0; i < SH_SEQ_LEN(args); i++) {
    ShAstArg *a = SH_SEQ_GET(args, i);
    if (a->annotation) visit_expr(st, a->annotation);
  }
}

static void visit_annotations(ShSymTable *st, ShAstArguments *args, ShAstExpr *returns) {
  visit_arg_annotations(st, args->posonlyargs);
  visit_arg_annotations(st, args->args);
  if (args->vararg && args->vararg->annotation) visit_expr(st, args->vararg->annotation);
  if (args->kwarg && args->kwarg->annotation) visit_expr(st, args->kwarg->annotation);
  visit_arg_annotations(st, args->kwonlyargs);
  if (returns) visit_expr(st, returns);
}

static void visit_function(ShSymTable *st, ShAstStmt *s) {
  ShAstArguments *args = s->v.functiondef.args;
  add_def(st, s->v.functiondef.name, SH_DEF_LOCAL, s->pos);
  visit_exprs(st, args->defaults);
  visit_exprs(st, args->kw_defaults);
  visit_annotations(st, args, s->v.functiondef.returns);
  visit_exprs(st, s->v.functiondef.decorator_list);
  enter_block(st, s->v.functiondef.name, SH_BLOCK_FUNCTION, s, s->pos.lineno);
  if (s->kind == SH_STMT_ASYNCFUNCTIONDEF) st->cur->coroutine = st->cur->async_def = true;
  visit_params(st, args, s->pos);
  visit_stmts(st, s->v.functiondef.body);
  exit_block(st);
}

static void visit_class(ShSymTable *st, ShAstStmt *s) {
  add_def(st, s->v.classdef.name, SH_DEF_LOCAL, s->pos);
  visit_exprs(st, s->v.classdef.bases);
  for (int i = 0; i < SH_SEQ_LEN(s->v.classdef.keywords); i++)
    visit_expr(st, ((ShAstKeyword *)SH_SEQ_GET(s->v.classdef.keywords, i))->value);
  visit_exprs(st, s->v.classdef.decorator_list);
  enter_block(st, s->v.classdef.name, SH_BLOCK_CLASS, s, s->pos.lineno);
  const char *saved = st->private_name;
  st->private_name = s->v.classdef.name;
  visit_stmts(st, s->v.classdef.body);
  st->private_name = saved;
  exit_block(st);
}

static void visit_directive(ShSymTable *st, ShAstStmt *s, bool global) {
  ShAstSeq *names = global ? s->v.global.names : s->v.nonlocal.names;
  if (!global && st->cur->type == SH_BLOCK_MODULE)
    st_error(st, s->pos, "nonlocal declaration not allowed at module level");
  const char *what = global ? "global" : "nonlocal";
  for (int i = 0; i < SH_SEQ_LEN(names); i++) {
    const char *name = SH_SEQ_GET(names, i);
    ShSymbol *cur = sh_symblock_get(st->cur, mangle(st, name));
    int flags = cur ? cur->flags : 0;
    if (flags & SH_DEF_PARAM) st_error(st, s->pos, "name '%s' is parameter and %s", name, what);
    if (flags & SH_DEF_USE)
      st_error(st, s->pos, "name '%s' is used prior to %s declaration", name, what);
    if (flags & SH_DEF_ANNOT) st_error(st, s->pos, "annotated name '%s' can't be %s", name, what);
    if (flags & SH_DEF_LOCAL)
      st_error(st, s->pos, "name '%s' is assigned to before %s declaration", name, what);
    ShSymbol *sym = add_def(st, name, global ? SH_DEF_GLOBAL : SH_DEF_NONLOCAL, s->pos);
    if (!sym->directive.lineno) /* errors point at the first directive */
      sym->directive = s->pos;
  }
}

static void visit_alias(ShSymTable *st, ShAstAlias *a) {
  if (!strcmp(a->name, "*")) {
    if (st->cur->type != SH_BLOCK_MODULE)
      st_error(st, a->pos, "import * only allowed at module level");
    return;
  }
  const char *store = a->asname;
  if (!store) {
    const char *dot = strchr(a->name, '.');
    store = dot ? sh_arena_strndup(st->arena, a->name, dot - a->name) : a->name;
    if (!store) st_alloc(st, 1 << 30);
  }
  add_def(st, store, SH_DEF_IMPORT, a->pos);
}

static void visit_annassign(ShSymTable *st, ShAstStmt *s) {
  ShAstExpr *target = s->v.annassign.target;
  if (target->kind == SH_EXPR_NAME) {
    const char *name = target->v.name.id;
    ShSymbol *cur = sh_symblock_get(st->cur, mangle(st, name));
    int flags = cur ? cur->flags : 0;
    if ((flags & (SH_DEF_GLOBAL | SH_DEF_NONLOCAL)) && st->cur != st->top && s->v.annassign.simple)
      st_error(st, s->pos, "annotated name '%s' can't be %s", name,
               (flags & SH_DEF_GLOBAL) ? "global" : "nonlocal");
    if (s->v.annassign.simple)
      add_def(st, name, SH_DEF_ANNOT | SH_DEF_LOCAL, target->pos);
    else if (s->v.annassign.value)
      add_def(st, name, SH_DEF_LOCAL, target->pos);
  } else {
    visit_expr(st, target);
  }
  visit_expr(st, s->v.annassign.annotation);
  if (s->v.annassign.value) visit_expr(st, s->v.annassign.value);
}

static void visit_try(ShSymTable *st, ShAstStmt *s) {
  visit_stmts(st, s->v.try_.body);
  visit_stmts(st, s->v.try_.orelse);
  for (int i = 0; i < SH_SEQ_LEN(s->v.try_.handlers); i++) {
    ShAstExceptHandler *h = SH_SEQ_GET(s->v.try_.handlers, i);
    if (h->type) visit_expr(st, h->type);
    if (h->name) add_def(st, h->name, SH_DEF_LOCAL | SH_DEF_DELETED, h->pos);
    visit_stmts(st, h->body);
  }
  visit_stmts(st, s->v.try_.finalbody);
}

/* Captures in a pattern are local bindings; values, class names and
   mapping keys are expressions. */
static void visit_pattern(ShSymTable *st, ShAstPattern *p) {
  switch (p->kind) {
  case SH_PAT_VALUE: visit_expr(st, p->v.value.value); break;
  case SH_PAT_SINGLETON: break;
  case SH_PAT_SEQUENCE:
    for (int i = 0; i < SH_SEQ_LEN(p->v.sequence.patterns); i++)
      visit_pattern(st, SH_SEQ_GET(p->v.sequence.patterns, i));
    break;
  case SH_PAT_MAPPING:
    visit_exprs(st, p->v.mapping.keys);
    for (int i = 0; i < SH_SEQ_LEN(p->v.mapping.patterns); i++)
      visit_pattern(st, SH_SEQ_GET(p->v.mapping.patterns, i));
    if (p->v.mapping.rest) add_def(st, p->v.mapping.rest, SH_DEF_LOCAL, p->pos);
    break;
  case SH_PAT_CLASS:
    visit_expr(st, p->v.class_.cls);
    for (int i = 0; i < SH_SEQ_LEN(p->v.class_.patterns); i++)
      visit_pattern(st, SH_SEQ_GET(p->v.class_.patterns, i));
    for (int i = 0; i < SH_SEQ_LEN(p->v.class_.kwd_patterns); i++)
      visit_pattern(st, SH_SEQ_GET(p->v.class_.kwd_patterns, i));
    break;
  case SH_PAT_STAR:
    if (p->v.star.name) add_def(st, p->v.star.name, SH_DEF_LOCAL, p->pos);
    break;
  case SH_PAT_AS:
    if (p->v.as.pattern) visit_pattern(st, p->v.as.pattern);
    if (p->v.as.name) add_def(st, p->v.as.name, SH_DEF_LOCAL, p->pos);
    break;
  case SH_PAT_OR:
    for (int i = 0; i < SH_SEQ_LEN(p->v.or_.patterns); i++)
      visit_pattern(st, SH_SEQ_GET(p->v.or_.patterns, i));
    break;
  }
}

static void visit_match(ShSymTable *st, ShAstStmt *s) {
  visit_expr(st, s->v.match.subject);
  for (int i = 0; i < SH_SEQ_LEN(s->v.match.cases); i++) {
    ShAstMatchCase *c = SH_SEQ_GET(s->v.match.cases, i);
    visit_pattern(st, c->pattern);
    if (c->guard) visit_expr(st, c->guard);
    visit_stmts(st, c->body);
  }
}

static void visit_stmt(ShSymTable *st, ShAstStmt *s) {
  switch (s->kind) {
  case SH_STMT_FUNCTIONDEF:
  case SH_STMT_ASYNCFUNCTIONDEF: visit_function(st, s); break;
  case SH_STMT_CLASSDEF: visit_class(st, s); break;
  case SH_STMT_MATCH: visit_match(st, s); break;
  case SH_STMT_RETURN:
    if (s->v.return_.value) visit_expr(st, s->v.return_.value);
    break;
  case SH_STMT_DELETE: visit_exprs(st, s->v.delete_.targets); break;
  case SH_STMT_ASSIGN:
    visit_exprs(st, s->v.assign.targets);
    visit_expr(st, s->v.assign.value);
    break;
  case SH_STMT_AUGASSIGN:
    visit_expr(st, s->v.augassign.target);
    visit_expr(st, s->v.augassign.value);
    break;
  case SH_STMT_ANNASSIGN: visit_annassign(st, s); break;
  case SH_STMT_FOR:
  case SH_STMT_ASYNCFOR:
    visit_expr(st, s->v.for_.target);
    visit_expr(st, s->v.for_.iter);
    visit_stmts(st, s->v.for_.body);
    visit_stmts(st, s->v.for_.orelse);
    break;
  case SH_STMT_WHILE:
    visit_expr(st, s->v.while_.test);
    visit_stmts(st, s->v.while_.body);
    visit_stmts(st, s->v.while_.orelse);
    break;
  case SH_STMT_IF:
    visit_expr(st, s->v.if_.test);
    visit_stmts(st, s->v.if_.body);
    visit_stmts(st, s->v.if_.orelse);
    break;
  case SH_STMT_WITH:
  case SH_STMT_ASYNCWITH:
    for (int i = 0; i < SH_SEQ_LEN(s->v.with.items); i++) {
      ShAstWithItem *item = SH_SEQ_GET(s->v.with.items, i);
      visit_expr(st, item->context_expr);
      if (item->optional_vars) visit_expr(st, item->optional_vars);
    }
    visit_stmts(st, s->v.with.body);
    break;
  case SH_STMT_RAISE:
    if (s->v.raise.exc) visit_expr(st, s->v.raise.exc);
    if (s->v.raise.cause) visit_expr(st, s->v.raise.cause);
    break;
  case SH_STMT_TRY:
  case SH_STMT_TRYSTAR: visit_try(st, s); break;
  case SH_STMT_ASSERT:
    visit_expr(st, s->v.assert_.test);
    if (s->v.assert_.msg) visit_expr(st, s->v.assert_.msg);
    break;
  case SH_STMT_IMPORT:
    for (int i = 0; i < SH_SEQ_LEN(s->v.import.names); i++)
      visit_alias(st, SH_SEQ_GET(s->v.import.names, i));
    break;
  case SH_STMT_IMPORTFROM:
    for (int i = 0; i < SH_SEQ_LEN(s->v.importfrom.names); i++)
      visit_alias(st, SH_SEQ_GET(s->v.importfrom.names, i));
    break;
  case SH_STMT_GLOBAL: visit_directive(st, s, true); break;
  case SH_STMT_NONLOCAL: visit_directive(st, s, false); break;
  case SH_STMT_EXPR: visit_expr(st, s->v.expr.value); break;
  case SH_STMT_PASS:
  case SH_STMT_BREAK:
  case SH_STMT_CONTINUE: break;
  }
}

static void visit_stmts(ShSymTable *st, ShAstSeq *body) {
  for (int i = 0; i < SH_SEQ_LEN(body); i++)
    visit_stmt(st, SH_SEQ_GET(body, i));
}

static const char *const comp_names[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
static const char *const comp_what[] = {"", "list comprehension", "set comprehension",
                                        "dict comprehension", "generator expression"};

static void visit_comprehension(ShSymTable *st, ShAstExpr *e, int kind) {
  ShAstSeq *gens = e->v.comp.generators;
  ShAstComprehension *outer = SH_SEQ_GET(gens, 0);
  st->cur->comp_iter_expr++;
  visit_expr(st, outer->iter);
  st->cur->comp_iter_expr--;
  enter_block(st, comp_names[kind], SH_BLOCK_FUNCTION, e, e->pos.lineno);
  ShSymBlock *b = st->cur;
  b->comprehension = kind;
  b->generator = kind == SH_COMP_GEN;
  for (int i = 0; i < SH_SEQ_LEN(gens); i++)
    if (((ShAstComprehension *)SH_SEQ_GET(gens, i))->is_async) b->coroutine = true;
  add_def_in(st, b, ".0", SH_DEF_PARAM, e->pos);
  b->comp_iter_target = 1;
  visit_expr(st, outer->target);
  b->comp_iter_target = 0;
  visit_exprs(st, outer->ifs);
  for (int i = 1; i < SH_SEQ_LEN(gens); i++) {
    ShAstComprehension *g = SH_SEQ_GET(gens, i);
    b->comp_iter_target = 1;
    visit_expr(st, g->target);
    b->comp_iter_target = 0;
    b->comp_iter_expr++;
    visit_expr(st, g->iter);
    b->comp_iter_expr--;
    visit_exprs(st, g->ifs);
  }
  if (kind == SH_COMP_DICT) {
    visit_expr(st, e->v.comp.value);
    visit_expr(st, e->v.comp.key);
  } else {
    visit_expr(st, e->v.comp.elt);
  }
  exit_block(st);
  /* the caller awaits an async list/set/dict comprehension */
  if (b->coroutine && kind != SH_COMP_GEN) st->cur->coroutine = true;
}

/* `x := v` inside a comprehension binds x in the nearest enclosing
   function (as nonlocal) or module (as global). */
static void extend_namedexpr_scope(ShSymTable *st, ShAstExpr *target) {
  const char *name = mangle(st, target->v.name.id);
  for (ShSymBlock *b = st->cur; b; b = b->parent) {
    if (b->comprehension) {
      ShSymbol *s = sh_symblock_get(b, name);
      if (s && (s->flags & SH_DEF_COMP_ITER))
        st_error(st, target->pos,
                 "assignment expression cannot rebind comprehension iteration variable '%s'",
                 target->v.name.id);
      continue;
    }
    if (b->type == SH_BLOCK_FUNCTION) {
      ShSymbol *s = sh_symblock_get(b, name);
      int flag = (s && (s->flags & SH_DEF_GLOBAL)) ? SH_DEF_GLOBAL : SH_DEF_NONLOCAL;
      add_def_in(st, st->cur, name, flag, target->pos)->directive = target->pos;
      add_def_in(st, b, name, SH_DEF_LOCAL, target->pos);
      return;
    }
    if (b->type == SH_BLOCK_MODULE) {
      add_def_in(st, st->cur, name, SH_DEF_GLOBAL, target->pos)->directive = target->pos;
      add_def_in(st, b, name, SH_DEF_GLOBAL, target->pos);
      return;
    }
    st_error(st, target->pos,
             "assignment expression within a comprehension cannot be used in a class body");
  }
}

static void visit_namedexpr(ShSymTable *st, ShAstExpr *e) {
  if (st->cur->comp_iter_expr > 0)
    st_error(st, e->pos,
             "assignment expression cannot be used in a comprehension iterable expression");
  ShAstExpr *target = e->v.namedexpr.target;
  if (st->cur->comprehension)
    extend_namedexpr_scope(st, target);
  else
    add_def(st, target->v.name.id, SH_DEF_WALRUS, target->pos);
  visit_expr(st, e->v.namedexpr.value);
  visit_expr(st, target);
}

static void visit_lambda(ShSymTable *st, ShAstExpr *e) {
  ShAstArguments *args = e->v.lambda.args;
  visit_exprs(st, args->defaults);
  visit_exprs(st, args->kw_defaults);
  enter_block(st, "lambda", SH_BLOCK_FUNCTION, e, e->pos.lineno);
  st->cur->is_lambda = true;
  visit_params(st, args, e->pos);
  visit_expr(st, e->v.lambda.body);
  exit_block(st);
}

static void visit_name(ShSymTable *st, ShAstExpr *e) {
  int flag = e->v.name.ctx == SH_CTX_LOAD    ? SH_DEF_USE
             : e->v.name.ctx == SH_CTX_STORE ? SH_DEF_LOCAL
                                             : SH_DEF_LOCAL | SH_DEF_DELETED;
  add_def(st, e->v.name.id, flag, e->pos);
  if (e->v.name.ctx == SH_CTX_LOAD && st->cur->type == SH_BLOCK_FUNCTION &&
      !strcmp(e->v.name.id, "super"))
    add_def(st, "__class__", SH_DEF_USE, e->pos);
}

static void visit_yield(ShSymTable *st, ShAstExpr *e, ShAstExpr *value) {
  if (value) visit_expr(st, value);
  st->cur->generator = true;
  if (st->cur->comprehension)
    st_error(st, e->pos, "'yield' inside %s", comp_what[st->cur->comprehension]);
}

static void visit_expr(ShSymTable *st, ShAstExpr *e) {
  switch (e->kind) {
  case SH_EXPR_BOOLOP: visit_exprs(st, e->v.boolop.values); break;
  case SH_EXPR_NAMEDEXPR: visit_namedexpr(st, e); break;
  case SH_EXPR_BINOP:
    visit_expr(st, e->v.binop.left);
    visit_expr(st, e->v.binop.right);
    break;
  case SH_EXPR_UNARYOP: visit_expr(st, e->v.unaryop.operand); break;
  case SH_EXPR_LAMBDA: visit_lambda(st, e); break;
  case SH_EXPR_IFEXP:
    visit_expr(st, e->v.ifexp.test);
    visit_expr(st, e->v.ifexp.body);
    visit_expr(st, e->v.ifexp.orelse);
    break;
  case SH_EXPR_DICT:
    visit_exprs(st, e->v.dict.keys);
    visit_exprs(st, e->v.dict.values);
    break;
  case SH_EXPR_SET: visit_exprs(st, e->v.set.elts); break;
  case SH_EXPR_LISTCOMP: visit_comprehension(st, e, SH_COMP_LIST); break;
  case SH_EXPR_SETCOMP: visit_comprehension(st, e, SH_COMP_SET); break;
  case SH_EXPR_DICTCOMP: visit_comprehension(st, e, SH_COMP_DICT); break;
  case SH_EXPR_GENERATOREXP: visit_comprehension(st, e, SH_COMP_GEN); break;
  case SH_EXPR_AWAIT:
    visit_expr(st, e->v.await_.value);
    st->cur->coroutine = true;
    break;
  case SH_EXPR_YIELD: visit_yield(st, e, e->v.yield.value); break;
  case SH_EXPR_YIELDFROM: visit_yield(st, e, e->v.yieldfrom.value); break;
  case SH_EXPR_COMPARE:
    visit_expr(st, e->v.compare.left);
    visit_exprs(st, e->v.compare.comparators);
    break;
  case SH_EXPR_CALL:
    visit_expr(st, e->v.call.func);
    visit_exprs(st, e->v.call.args);
    for (int i = 0; i < SH_SEQ_LEN(e->v.call.keywords); i++)
      visit_expr(st, ((ShAstKeyword *)SH_SEQ_GET(e->v.call.keywords, i))->value);
    break;
  case SH_EXPR_FORMATTEDVALUE:
    visit_expr(st, e->v.formattedvalue.value);
    if (e->v.formattedvalue.format_spec) visit_expr(st, e->v.formattedvalue.format_spec);
    break;
  case SH_EXPR_JOINEDSTR: visit_exprs(st, e->v.joinedstr.values); break;
  case SH_EXPR_CONSTANT: break;
  case SH_EXPR_ATTRIBUTE: visit_expr(st, e->v.attribute.value); break;
  case SH_EXPR_SUBSCRIPT:
    visit_expr(st, e->v.subscript.value);
    visit_expr(st, e->v.subscript.slice);
    break;
  case SH_EXPR_STARRED: visit_expr(st, e->v.starred.value); break;
  case SH_EXPR_NAME: visit_name(st, e); break;
  case SH_EXPR_LIST: visit_exprs(st, e->v.list.elts); break;
  case SH_EXPR_TUPLE: visit_exprs(st, e->v.tuple.elts); break;
  case SH_EXPR_SLICE:
    if (e->v.slice.lower) visit_expr(st, e->v.slice.lower);
    if (e->v.slice.upper) visit_expr(st, e->v.slice.upper);
    if (e->v.slice.step) visit_expr(st, e->v.slice.step);
    break;
  }
}

/* ------------------------------------------------------------ analysis */

/* A small set of names; scopes hold few enough names for linear search. */
/* A set of names: an array, and once it grows past a few names a hash
   index into it (slot: position + 1; 0 empty, -1 a removed name), so that
   a module binding thousands of names is analysed in linear time. */
typedef struct NameSet {
  const char **v;
  int n, cap;
  int32_t *index;
  int index_cap, index_used; /* used: live and removed slots */
} NameSet;

#define SET_INDEXED 16

/* The index slot holding name, or the free slot where it would go. */
static int set_slot(const NameSet *s, const char *name) {
  int mask = s->index_cap - 1, free_slot = -1;
  for (int h = (int)(hash_str(name) & (unsigned)mask);; h = (h + 1) & mask) {
    int32_t e = s->index[h];
    if (e == 0) return free_slot >= 0 ? free_slot : h;
    if (e < 0) {
      if (free_slot < 0) free_slot = h;
    } else if (!strcmp(s->v[e - 1], name)) {
      return h;
    }
  }
}

static void set_reindex(ShSymTable *st, NameSet *s) {
  int cap = 64;
  while (cap < s->n * 4)
    cap *= 2;
  s->index = st_alloc(st, sizeof(int32_t) * (size_t)cap);
  memset(s->index, 0, sizeof(int32_t) * (size_t)cap);
  s->index_cap = cap;
  s->index_used = s->n;
  for (int i = 0; i < s->n; i++)
    s->index[set_slot(s, s->v[i])] = i + 1;
}

static bool set_has(const NameSet *s, const char *name) {
  if (s->index) {
    int32_t e = s->index[set_slot(s, name)];
    return e > 0;
  }
  for (int i = 0; i < s->n; i++)
    if (!strcmp(s->v[i], name)) return true;
  return false;
}

static void set_add(ShSymTable *st, NameSet *s, const char *name) {
  if (set_has(s, name)) return;
  if (s->n == s->cap) {
    int cap = s->cap ? s->cap * 2 : 8;
    const char **v = st_alloc(st, sizeof(char *) * cap);
    if (s->n) memcpy(v, s->v, sizeof(char *) * s->n);
    s->v = v;
    s->cap = cap;
  }
  s->v[s->n++] = name;
  if (s->index && (s->index_used + 1) * 2 <= s->index_cap) {
    int h = set_slot(s, name);
    if (s->index[h] == 0) s->index_used++;
    s->index[h] = s->n;
  } else if (s->index || s->n >= SET_INDEXED) {
    set_reindex(st, s);
  }
}

/* The last name moves into the removed one's place. */
static void set_discard(NameSet *s, const char *name) {
  int i = -1;
  if (s->index) {
    int h = set_slot(s, name);
    if (s->index[h] <= 0) return;
    i = s->index[h] - 1;
    s->index[h] = -1;
  } else {
    for (int k = 0; k < s->n && i < 0; k++)
      if (!strcmp(s->v[k], name)) i = k;
    if (i < 0) return;
  }
  s->v[i] = s->v[--s->n];
  if (s->index && i < s->n) s->index[set_slot(s, s->v[i])] = i + 1;
}

static void set_union(ShSymTable *st, NameSet *dst, const NameSet *src) {
  for (int i = 0; i < src->n; i++)
    set_add(st, dst, src->v[i]);
}

static NameSet set_copy(ShSymTable *st, const NameSet *src) {
  NameSet s = {0};
  set_union(st, &s, src);
  return s;
}

/* `bound` NULL means the module level (no enclosing function). */
static void analyze_name(ShSymTable *st, ShSymBlock *b, ShSymbol *s, NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global) {
  if (s->flags & SH_DEF_GLOBAL) {
    if (s->flags & SH_DEF_NONLOCAL)
      st_error(st, s->directive, "name '%s' is nonlocal and global", s->name);
    s->scope = SH_SCOPE_GLOBAL_EXPLICIT;
    set_add(st, global, s->name);
    if (bound) set_discard(bound, s->name);
    return;
  }
  if (s->flags & SH_DEF_NONLOCAL) {
    if (!bound) st_error(st, s->directive, "nonlocal declaration not allowed at module level");
    if (!set_has(bound, s->name))
      st_error(st, s->directive, "no binding for nonlocal '%s' found", s->name);
    s->scope = SH_SCOPE_FREE;
    b->has_free = true;
    set_add(st, free, s->name);
    return;
  }
  if (s->flags & SH_DEF_BOUND) {
    s->scope = SH_SCOPE_LOCAL;
    set_add(st, local, s->name);
    set_discard(global, s->name);
    return;
  }
  if (bound && set_has(bound, s->name)) {
    s->scope = SH_SCOPE_FREE;
    b->has_free = true;
    set_add(st, free, s->name);
    return;
  }
  if (b->nested && !set_has(global, s->name)) b->has_free = true;
  s->scope = SH_SCOPE_GLOBAL_IMPLICIT;
}

/* Records the analysis in b's symbols; names free in children and not
   found here become free here too (unless they are globals). */
static void update_symbols(ShSymTable *st, ShSymBlock *b, NameSet *bound, NameSet *free) {
  for (int i = 0; i < free->n; i++) {
    const char *name = free->v[i];
    ShSymbol *s = sh_symblock_get(b, name);
    if (s) {
      if (b->type == SH_BLOCK_CLASS && (s->flags & (SH_DEF_BOUND | SH_DEF_GLOBAL)))
        s->flags |= SH_DEF_FREE_CLASS;
      continue;
    }
    if (bound && !set_has(bound, name)) continue;
    s = symbol_get_or_add(st, b, name);
    s->scope = SH_SCOPE_FREE;
  }
}

static void analyze_block(ShSymTable *st, ShSymBlock *b, NameSet *bound, NameSet *free,
                          NameSet *global);

static void analyze_child(ShSymTable *st, ShSymBlock *child, NameSet *bound, NameSet *global,
                          NameSet *allfree) {
  NameSet tbound = set_copy(st, bound), tglobal = set_copy(st, global), tfree = {0};
  analyze_block(st, child, &tbound, &tfree, &tglobal);
  set_union(st, allfree, &tfree);
}

static void analyze_block(ShSymTable *st, ShSymBlock *b, NameSet *bound, NameSet *free,
                          NameSet *global) {
  NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
  if (b->type == SH_BLOCK_CLASS) {
    set_union(st, &newglobal, global);
    if (bound) set_union(st, &newbound, bound);
  }
  for (ShSymbol *s = b->first; s; s = s->next)
    analyze_name(st, b, s, bound, &local, free, global);
  if (b->type != SH_BLOCK_CLASS) {
    if (b->type == SH_BLOCK_FUNCTION) set_union(st, &newbound, &local);
    if (bound) set_union(st, &newbound, bound);
    set_union(st, &newglobal, global);
  } else {
    set_add(st, &newbound, "__class__");
  }
  for (ShSymBlock *c = b->children; c; c = c->next_sibling) {
    analyze_child(st, c, &newbound, &newglobal, &newfree);
    if (c->has_free || c->child_free) b->child_free = true;
  }
  if (b->type == SH_BLOCK_FUNCTION) {
    /* locals that children use become cells */
    for (ShSymbol *s = b->first; s; s = s->next)
      if (s->scope == SH_SCOPE_LOCAL && set_has(&newfree, s->name)) {
        s->scope = SH_SCOPE_CELL;
        set_discard(&newfree, s->name);
      }
  } else if (b->type == SH_BLOCK_CLASS && set_has(&newfree, "__class__")) {
    set_discard(&newfree, "__class__");
    b->needs_class_closure = true;
  }
  update_symbols(st, b, bound, &newfree);
  set_union(st, free, &newfree);
}

/* ------------------------------------------------------------ entry */

ShSymTable *sh_symtable_build(ShAstModule *mod, ShArena *arena, ShSyntaxErrorInfo *err) {
  ShSymTable *st = sh_arena_alloc(arena, sizeof *st);
  if (!st) {
    snprintf(err->msg, sizeof err->msg, "out of memory");
    return NULL;
  }
  st->arena = arena;
  st->err = err;
  if (setjmp(st->fail)) return NULL;
  st->nnodes_buckets = 509;
  st->nodes = st_alloc(st, sizeof(*st->nodes) * st->nnodes_buckets);
  enter_block(st, "top", SH_BLOCK_MODULE, mod, 1);
  st->top = st->cur;
  if (mod->mode == SH_PARSE_EVAL)
    visit_expr(st, mod->expr);
  else
    visit_stmts(st, mod->body);
  NameSet free = {0}, global = {0};
  analyze_block(st, st->top, NULL, &free, &global);
  return st;
}
