/* The builtins that need the interpreter itself: __build_class__, exec,
   eval, compile, globals, locals, vars, __import__; and the frame queries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "function.h"
#include "eval.h"
#include "../compile/compile.h"
#include "../parse/parser.h"
#include "../shoal.h"
#include "../runtime/gc.h"
#include "../runtime/qsbr.h"

volatile int sh_pending_sigint;
static ShObject *builtins_dict;

ShObject *sh_builtins_dict(void) {
  return builtins_dict;
}

/* What a thread does at a safe point when its breaker is set. */
int sh_eval_breaker_run(ShThreadState *ts) {
  atomic_store(&ts->eval_breaker, 0);
  sh_frame_promote_loans(ts);
  sh_qsbr_quiescent(ts, true);
  sh_refcount_merge_queued(ts);
  sh_thread_suspend_if_requested(ts);
  sh_gil_yield_if_wanted(ts);
  if (atomic_load(&sh_gc_pending)) sh_gc_collect();
  if (ts->is_main && sh_pending_sigint) {
    sh_pending_sigint = 0;
    sh_err_set_object(&sh_exc_KeyboardInterrupt, NULL);
    return -1;
  }
  return 0;
}

int sh_signal_interrupted(void) {
  ShThreadState *ts = sh_thread_state();
  if (!ts || !ts->is_main || !sh_pending_sigint) return 0;
  sh_pending_sigint = 0;
  sh_err_set_object(&sh_exc_KeyboardInterrupt, NULL);
  return -1;
}

/* ------------------------------------------------------------ compiling */

/* Line `lineno` of the source, with its newline, as SyntaxError.text. */
static ShObject *line_of(const char *src, size_t len, int lineno) {
  const char *p = src, *end = src + len;
  for (int i = 1; i < lineno && p < end; i++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return sh_newref(SH_NONE);
    p = nl + 1;
  }
  if (p >= end && lineno > 1) return sh_newref(SH_NONE);
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
  ShObject *s = sh_str_from_utf8(p, n);
  if (!s) {
    sh_err_clear();
    return sh_newref(SH_NONE);
  }
  return s;
}

/* Line `lineno` of the file `filename` names, or NULL: CPython reads it
   back from the file when it can. */
static ShObject *file_line(ShObject *filename, int lineno) {
  const char *fn = sh_str_utf8(filename);
  if (!fn || fn[0] == '<' || lineno < 1) {
    sh_err_clear();
    return NULL;
  }
  FILE *fp = fopen(fn, "rb");
  if (!fp) return NULL;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = -1;
  for (int i = 0; i < lineno; i++)
    if ((n = getline(&line, &cap, fp)) < 0) break;
  fclose(fp);
  ShObject *s = n >= 0 ? sh_str_from_utf8(line, (size_t)n) : NULL;
  if (!s) sh_err_clear();
  free(line);
  return s;
}

/* SyntaxError.text of a source given as a string (exec, eval, compile).
   CPython shows its tokenizer's current line, with the newline that exec
   input always gets, and an earlier line without its newline. */
static ShObject *string_error_text(const ShSyntaxErrorInfo *err, const char *src, size_t len,
                                   const char *mode) {
  ShObject *line = line_of(src, len, err->lineno);
  if (line == SH_NONE || !err->tok_lineno) return line;
  const char *s = sh_str_utf8(line);
  size_t n = s ? strlen(s) : 0;
  ShObject *r = NULL;
  if (s && err->tok_lineno == err->lineno) {
    if (strcmp(mode, "exec") == 0 && (n == 0 || s[n - 1] != '\n'))
      r = sh_str_from_format("%U\n", line);
  } else if (s && n && s[n - 1] == '\n') {
    r = sh_str_from_utf8(s, n - 1);
  }
  if (!r) {
    sh_err_clear();
    return line;
  }
  sh_decref(line);
  return r;
}

/* from_string: the source came from exec/eval/compile, not a file. */
static void raise_syntax_error(const ShSyntaxErrorInfo *err, ShObject *filename, const char *src,
                               size_t len, bool from_string, const char *mode, bool parsed) {
  ShType *type = err->kind == SH_SYNERR_TAB      ? &sh_exc_TabError
                 : err->kind == SH_SYNERR_INDENT ? &sh_exc_IndentationError
                                                 : &sh_exc_SyntaxError;
  ShObject *msg = sh_str_from_cstr(err->msg);
  ShObject *text;
  if (!from_string)
    text = line_of(src, len, err->lineno);
  else if ((parsed || strcmp(mode, "exec") == 0) && (text = file_line(filename, err->lineno)))
    ;
  else if (parsed)
    text = sh_newref(SH_NONE); /* the compiler's errors: from the file only */
  else
    text = string_error_text(err, src, len, mode);
  ShObject *details = sh_tuple_new(6);
  if (msg && text && details) {
    ShObject **d = SH_TUPLE_ITEMS(details);
    d[0] = sh_newref(filename);
    d[1] = sh_int_from_i64(err->lineno);
    d[2] = sh_int_from_i64(err->col_offset);
    d[3] = sh_newref(text);
    d[4] = sh_int_from_i64(err->end_lineno ? err->end_lineno : err->lineno);
    d[5] = sh_int_from_i64(err->end_col_offset);
    ShObject *args[2] = {msg, details};
    ShObject *exc = sh_exc_new(type, args, 2);
    if (exc) {
      sh_err_raise(exc);
      sh_decref(exc);
    }
  }
  sh_xdecref(msg);
  sh_xdecref(text);
  sh_xdecref(details);
}

/* from_string as for raise_syntax_error; flags are SH_PARSE_* flags. */
static ShObject *compile_source(const char *source, size_t len, ShObject *filename,
                                const char *mode, bool from_string, int flags) {
  ShParseMode pm;
  if (strcmp(mode, "exec") == 0)
    pm = SH_PARSE_FILE;
  else if (strcmp(mode, "eval") == 0)
    pm = SH_PARSE_EVAL;
  else if (strcmp(mode, "single") == 0)
    pm = SH_PARSE_SINGLE;
  else
    return sh_err_format(&sh_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (from_string && memchr(source, 0, len)) {
    sh_err_set_string(&sh_exc_SyntaxError, "source code string cannot contain null bytes");
    return NULL;
  }
  const char *fname = sh_str_utf8(filename);
  if (!fname) return NULL;
  ShArena *arena = sh_arena_new();
  if (!arena) return sh_err_no_memory();
  ShSyntaxErrorInfo err;
  memset(&err, 0, sizeof err);
  ShAstModule *mod = sh_parse_flags(source, len, fname, pm, flags, arena, &err);
  ShObject *code = mod ? sh_compile_module(mod, filename, &err) : NULL;
  sh_arena_free(arena);
  if (!code && !sh_err_occurred())
    raise_syntax_error(&err, filename, source, len, from_string, mode, mod != NULL);
  return code;
}

ShObject *sh_compile_source(const char *source, size_t len, ShObject *filename, const char *mode) {
  return compile_source(source, len, filename, mode, false, 0);
}

/* Runs code on a fresh entry frame. `func` (may be NULL) gives the closure
   (class bodies). */
static ShObject *run_code(ShCode *co, ShObject *globals, ShObject *locals, ShObject *func) {
  ShThreadState *ts = sh_thread_state();
  ShObject *builtins;
  int r = sh_dict_get_ref(globals, SH_ID(__builtins__), &builtins);
  if (r < 0) return NULL;
  if (r > 0 && !SH_DICT_CHECK(builtins)) {
    ShObject *d = SH_TYPE(builtins) == &sh_type_module ? sh_newref(SH_MODULE_DICT(builtins)) : NULL;
    sh_decref(builtins);
    builtins = d;
  }
  if (!builtins) builtins = sh_newref(builtins_dict);
  ShFrame *f = sh_frame_push(ts, co);
  if (!f) {
    sh_decref(builtins);
    return NULL;
  }
  f->borrows = 0;
  sh_incref(SH_OBJ(co));
  f->globals = sh_newref(globals);
  f->builtins = builtins;
  f->locals = locals ? sh_newref(locals) : NULL;
  f->func = sh_xnewref(func);
  if (sh_frame_init_cells(f, func ? ((ShFunction *)func)->closure : NULL) < 0) {
    sh_frame_pop(ts, f);
    return NULL;
  }
  f->is_entry = 1;
  return sh_eval_frame(ts, f);
}

ShObject *sh_eval_code(ShObject *code, ShObject *globals, ShObject *locals) {
  if (((ShCode *)code)->nfree)
    return sh_err_format(&sh_exc_TypeError,
                         "code object passed to exec() may not contain free variables");
  return run_code((ShCode *)code, globals, locals ? locals : globals, NULL);
}

/* ------------------------------------------------------- frame queries */

static ShFrame *python_frame(void) {
  return sh_thread_state()->frame;
}

ShObject *sh_frame_globals(void) {
  ShFrame *f = python_frame();
  return f ? sh_newref(f->globals) : NULL;
}

ShObject *sh_frame_builtins(void) {
  ShFrame *f = python_frame();
  return f ? sh_newref(f->builtins) : NULL;
}

/* A function frame's locals() is a fresh dict of its bound variables. */
ShObject *sh_frame_locals(void) {
  ShFrame *f = python_frame();
  return f ? sh_frame_locals_of(f) : NULL;
}

/* Function frames return the same dict on every call, refreshed from the
   registers, so that names exec() added to it stay visible (as CPython). */
ShObject *sh_frame_locals_of(ShFrame *f) {
  if (f->locals) return sh_newref(f->locals);
  ShCode *co = f->code;
  if (!f->locals_dict && !(f->locals_dict = sh_dict_new())) return NULL;
  ShObject *d = f->locals_dict;
  uint32_t nnames = co->nlocals + co->ncells + co->nfree;
  for (uint32_t i = 0; i < nnames; i++) {
    ShObject *name, *value;
    if (i < co->nlocals) {
      name = SH_TUPLE_GET(co->varnames, i);
      value = f->regs[i] ? sh_newref(sh_ref_obj(f->regs[i])) : NULL;
    } else {
      uint32_t c = i - co->nlocals;
      name = c < co->ncells ? SH_TUPLE_GET(co->cellvars, c)
                            : SH_TUPLE_GET(co->freevars, c - co->ncells);
      ShObject *cell = sh_ref_obj(f->regs[i]);
      value = cell ? sh_cell_get_ref(cell) : NULL;
      /* a parameter kept in a cell shows once, with the cell's value */
      if (c < co->ncells && !value) {
        bool is_param = false;
        for (uint32_t k = 0; k < co->nlocals; k++)
          if (sh_str_equal(SH_TUPLE_GET(co->varnames, k), name)) is_param = true;
        if (is_param) continue;
      }
    }
    int r = value ? sh_dict_set_item(d, name, value) : sh_dict_pop(d, name, NULL);
    sh_xdecref(value);
    if (r < 0) return NULL;
  }
  return sh_newref(d);
}

int sh_frame_super_args(ShType **type, ShObject **obj) {
  ShFrame *f = python_frame();
  if (!f) {
    sh_err_set_string(&sh_exc_RuntimeError, "super(): no current frame");
    return -1;
  }
  ShCode *co = f->code;
  if (co->argcount == 0) {
    sh_err_set_string(&sh_exc_RuntimeError, "super(): no arguments");
    return -1;
  }
  ShObject *first = f->regs[0] ? sh_ref_obj(f->regs[0]) : NULL;
  /* a first argument captured by a closure lives in its cell */
  for (uint32_t i = 0; i < co->ncells; i++)
    if (sh_str_equal(SH_TUPLE_GET(co->cellvars, i), SH_TUPLE_GET(co->varnames, 0))) {
      ShCell *cell = (ShCell *)sh_ref_obj(f->regs[co->nlocals + i]);
      if (cell->ref) first = cell->ref;
    }
  if (!first) {
    sh_err_set_string(&sh_exc_RuntimeError, "super(): arg[0] deleted");
    return -1;
  }
  for (uint32_t i = 0; i < co->nfree; i++)
    if (sh_str_equal_cstr(SH_TUPLE_GET(co->freevars, i), "__class__")) {
      ShCell *cell = (ShCell *)sh_ref_obj(f->regs[co->nlocals + co->ncells + i]);
      if (!cell->ref) {
        sh_err_set_string(&sh_exc_RuntimeError, "super(): empty __class__ cell");
        return -1;
      }
      if (!SH_TYPE_CHECK(cell->ref)) {
        sh_err_format(&sh_exc_RuntimeError, "super(): __class__ is not a type (%T)", cell->ref);
        return -1;
      }
      *type = (ShType *)sh_newref(cell->ref);
      *obj = sh_newref(first);
      return 0;
    }
  sh_err_set_string(&sh_exc_RuntimeError, "super(): __class__ cell not found");
  return -1;
}

/* ------------------------------------------------------------- builtins */

static ShObject *calculate_metaclass(ShObject *meta, ShObject *bases) {
  ShType *winner = (ShType *)meta;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(bases); i++) {
    ShType *t = SH_TYPE(SH_TUPLE_GET(bases, i));
    if (sh_type_is_subtype(winner, t)) continue;
    if (sh_type_is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    return sh_err_format(&sh_exc_TypeError,
                         "metaclass conflict: the metaclass of a derived class must be a "
                         "(non-strict) subclass of the metaclasses of all its bases");
  }
  return sh_newref(SH_OBJ(winner));
}

/* Replaces non-class bases by what their __mro_entries__ gives (PEP 560). */
static ShObject *resolve_bases(ShObject *bases) {
  ShObject *list = NULL;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(bases); i++) {
    ShObject *b = SH_TUPLE_GET(bases, i);
    if (SH_TYPE_CHECK(b)) {
      if (list && sh_list_append(list, b) < 0) goto fail;
      continue;
    }
    ShObject *meth;
    int r = sh_object_lookup_attr(b, SH_ID(__mro_entries__), &meth);
    if (r < 0) goto fail;
    if (!list && !(list = sh_list_from_array(SH_TUPLE_ITEMS(bases), i))) {
      sh_xdecref(meth);
      goto fail;
    }
    if (r == 0) {
      if (sh_list_append(list, b) < 0) goto fail;
      continue;
    }
    ShObject *entries = sh_call1(meth, bases);
    sh_decref(meth);
    if (!entries) goto fail;
    if (!SH_TUPLE_CHECK(entries)) {
      sh_decref(entries);
      sh_err_set_string(&sh_exc_TypeError, "__mro_entries__ must return a tuple");
      goto fail;
    }
    int er = sh_list_extend(list, entries);
    sh_decref(entries);
    if (er < 0) goto fail;
  }
  return list ? sh_list_as_tuple(list) : sh_newref(bases);
fail:
  sh_xdecref(list);
  return NULL;
}

static ShObject *builtin_build_class(ShObject *self, ShObject *const *args, size_t nargs,
                                     ShObject *kwnames) {
  if (nargs < 2) return sh_err_format(&sh_exc_TypeError, "__build_class__: not enough arguments");
  ShObject *func = args[0], *name = args[1];
  if (SH_TYPE(func) != &sh_type_function)
    return sh_err_format(&sh_exc_TypeError, "__build_class__: func must be a function");
  if (!SH_STR_CHECK(name))
    return sh_err_format(&sh_exc_TypeError, "__build_class__: name is not a string");
  ShObject *orig_bases = sh_tuple_from_array(args + 2, (intptr_t)nargs - 2);
  if (!orig_bases) return NULL;
  ShObject *bases = resolve_bases(orig_bases);
  ShObject *meta = NULL, *kw = NULL, *ns = NULL, *cls = NULL;
  if (!bases) goto done;
  if (!(kw = sh_dict_new())) goto done;
  intptr_t nkw = kwnames ? SH_TUPLE_SIZE(kwnames) : 0;
  for (intptr_t i = 0; i < nkw; i++) {
    ShObject *k = SH_TUPLE_GET(kwnames, i);
    if (sh_str_equal_cstr(k, "metaclass"))
      meta = sh_newref(args[nargs + i]);
    else if (sh_dict_set_item(kw, k, args[nargs + i]) < 0)
      goto done;
  }
  if (!meta)
    meta = sh_newref(SH_TUPLE_SIZE(bases) ? SH_OBJ(SH_TYPE(SH_TUPLE_GET(bases, 0)))
                                          : SH_OBJ(&sh_type_type));
  if (SH_TYPE_CHECK(meta)) {
    ShObject *winner = calculate_metaclass(meta, bases);
    if (!winner) goto done;
    SH_SETREF(meta, winner);
  }
  /* namespace = meta.__prepare__(name, bases, **kw) */
  ShObject *prepare;
  int r = sh_object_lookup_attr(meta, SH_ID(__prepare__), &prepare);
  if (r < 0) goto done;
  if (r > 0) {
    ShObject *pargs[2] = {name, bases};
    ShObject *t = sh_tuple_from_array(pargs, 2);
    ns = t ? sh_call_tuple_dict(prepare, t, kw) : NULL;
    sh_xdecref(t);
    sh_decref(prepare);
    if (ns && !(SH_TYPE(ns)->as_mapping && SH_TYPE(ns)->as_mapping->subscript)) {
      if (SH_TYPE_CHECK(meta))
        sh_err_format(&sh_exc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                      sh_type_name((ShType *)meta), ns);
      else
        sh_err_format(&sh_exc_TypeError, "<metaclass>.__prepare__() must return a mapping, not %T",
                      ns);
      SH_CLEAR(ns);
    }
  } else {
    ns = sh_dict_new();
  }
  if (!ns) goto done;
  ShFunction *fn = (ShFunction *)func;
  ShObject *cell = run_code(fn->code, fn->globals, ns, func);
  if (!cell) goto done;
  if (bases != orig_bases &&
      sh_object_setitem(ns, sh_str_intern_cstr("__orig_bases__"), orig_bases) < 0) {
    sh_decref(cell);
    goto done;
  }
  ShObject *margs[3] = {name, bases, ns};
  ShObject *t = sh_tuple_from_array(margs, 3);
  cls = t ? sh_call_tuple_dict(meta, t, kw) : NULL;
  sh_xdecref(t);
  if (cls && SH_TYPE_CHECK(cls) && (((ShType *)cls)->flags & SH_TPFLAGS_HEAPTYPE))
    sh_set_deferred(cls);
  if (cls && SH_TYPE(cell) == &sh_type_cell) {
    ShObject *inner = ((ShCell *)cell)->ref;
    if (inner != cls) {
      if (!inner)
        sh_err_format(&sh_exc_RuntimeError,
                      "__class__ not set defining %R as %R. Was __classcell__ propagated to "
                      "type.__new__?",
                      name, cls);
      else
        sh_err_format(&sh_exc_TypeError, "__class__ set to %R defining %R as %R", inner, name, cls);
      SH_CLEAR(cls);
    }
  }
  sh_decref(cell);
done:
  sh_xdecref(orig_bases);
  sh_xdecref(bases);
  sh_xdecref(meta);
  sh_xdecref(kw);
  sh_xdecref(ns);
  return cls;
}

/* Source text of a str/bytes argument, or NULL with TypeError. */
static const char *source_text(ShObject *src, const char *fname, intptr_t *len) {
  if (SH_STR_CHECK(src)) return sh_str_utf8_and_size(src, len);
  const char *data;
  if (sh_bytes_buffer(src, &data, len) == 0) return data;
  sh_err_clear();
  sh_err_format(&sh_exc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fname,
                strcmp(fname, "compile") == 0 ? "AST" : "code");
  return NULL;
}

/* Parser flags for a source that source_text accepted. */
static int source_flags(ShObject *src) {
  return SH_STR_CHECK(src) ? SH_PARSE_STR_SOURCE : 0;
}

/* The namespaces exec/eval run in: the caller's when not given. */
static int namespaces(const char *fname, ShObject **globals, ShObject **locals) {
  if (*globals == SH_NONE) *globals = NULL;
  if (*locals == SH_NONE) *locals = NULL;
  if (*globals && !SH_DICT_CHECK(*globals)) {
    sh_err_format(&sh_exc_TypeError,
                  strcmp(fname, "exec") == 0 ? "exec() globals must be a dict, not %T"
                                             : "globals must be a dict",
                  *globals);
    return -1;
  }
  if (*locals && !SH_TYPE(*locals)->as_mapping) {
    sh_err_format(&sh_exc_TypeError, "locals must be a mapping");
    return -1;
  }
  if (!*globals) {
    *globals = sh_frame_globals();
    if (!*locals)
      *locals = sh_frame_locals();
    else
      sh_incref(*locals);
    if (!*globals) {
      sh_err_set_string(&sh_exc_SystemError, "globals and locals cannot be NULL");
      return -1;
    }
  } else {
    sh_incref(*globals);
    *locals = sh_xnewref(*locals ? *locals : *globals);
  }
  int has = sh_dict_contains(*globals, SH_ID(__builtins__));
  if (has == 0) has = sh_dict_set_item(*globals, SH_ID(__builtins__), builtins_dict) == 0 ? 1 : -1;
  if (has < 0) {
    SH_CLEAR(*globals);
    SH_CLEAR(*locals);
    return -1;
  }
  return 0;
}

static ShObject *exec_or_eval(const char *fname, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *src, *globals = NULL, *locals = NULL;
  if (sh_args_parse(fname, args, nargs, kwnames, "source,/|globals,locals", &src, &globals,
                    &locals) < 0)
    return NULL;
  bool is_eval = strcmp(fname, "eval") == 0;
  ShObject *code;
  if (SH_TYPE(src) == &sh_type_code) {
    code = sh_newref(src);
  } else {
    intptr_t len;
    const char *text = source_text(src, fname, &len);
    if (!text) return NULL;
    if (is_eval)
      while (len > 0 && (*text == ' ' || *text == '\t'))
        text++, len--;
    ShObject *filename = sh_str_from_cstr("<string>");
    code = filename ? compile_source(text, (size_t)len, filename, is_eval ? "eval" : "exec", true,
                                     source_flags(src))
                    : NULL;
    sh_xdecref(filename);
  }
  if (!code) return NULL;
  ShObject *r = NULL;
  if (namespaces(fname, &globals, &locals) == 0) {
    r = run_code((ShCode *)code, globals, locals, NULL);
    sh_decref(globals);
    sh_decref(locals);
  }
  sh_decref(code);
  if (r && !is_eval) SH_SETREF(r, sh_newref(SH_NONE));
  return r;
}

static ShObject *builtin_exec(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kw) {
  return exec_or_eval("exec", args, nargs, kw);
}

static ShObject *builtin_eval(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kw) {
  return exec_or_eval("eval", args, nargs, kw);
}

static ShObject *builtin_compile(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  ShObject *src, *filename, *mode, *flags = NULL, *dont_inherit = NULL, *optimize = NULL,
                                   *feature = NULL;
  if (sh_args_parse("compile", args, nargs, kwnames,
                    "source,filename,mode|flags,dont_inherit,optimize,$_feature_version", &src,
                    &filename, &mode, &flags, &dont_inherit, &optimize, &feature) < 0)
    return NULL;
  if (flags && SH_INT_CHECK(flags) && sh_int_as_ssize(flags) & 0x400)
    return sh_err_format(&sh_exc_ValueError, "compile() to an AST is not supported yet");
  if (!SH_STR_CHECK(mode))
    return sh_err_format(&sh_exc_TypeError, "compile() argument 'mode' must be str, not %T", mode);
  const char *m = sh_str_utf8(mode);
  if (!m) return NULL;
  intptr_t len;
  const char *text = source_text(src, "compile", &len);
  if (!text) return NULL;
  ShObject *fname = SH_STR_CHECK(filename) ? sh_newref(filename) : sh_object_str(filename);
  if (!fname) return NULL;
  ShObject *code = compile_source(text, (size_t)len, fname, m, true, source_flags(src));
  sh_decref(fname);
  return code;
}

static ShObject *builtin_globals(ShObject *self) {
  ShObject *g = sh_frame_globals();
  return g ? g : sh_err_format(&sh_exc_SystemError, "no current frame");
}

static ShObject *builtin_locals(ShObject *self) {
  ShObject *l = sh_frame_locals();
  return l ? l : sh_err_format(&sh_exc_SystemError, "no current frame");
}

static ShObject *builtin_vars(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("vars", nargs, 0, 1) < 0) return NULL;
  if (nargs == 0) return builtin_locals(self);
  ShObject *d;
  int r = sh_object_lookup_attr(args[0], SH_ID(__dict__), &d);
  if (r == 0) sh_err_set_string(&sh_exc_TypeError, "vars() argument must have __dict__ attribute");
  return r > 0 ? d : NULL;
}

ShObject *sh_builtin___import__(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  ShObject *name, *globals = NULL, *locals = NULL, *fromlist = NULL, *level = NULL;
  if (sh_args_parse("__import__", args, nargs, kwnames, "name|globals,locals,fromlist,level", &name,
                    &globals, &locals, &fromlist, &level) < 0)
    return NULL;
  int lvl = level ? (int)sh_int_as_ssize(level) : 0;
  if (lvl == -1 && sh_err_occurred()) return NULL;
  return sh_import_name(name, globals && globals != SH_NONE ? globals : NULL, fromlist, lvl);
}

/* sys._getframe([depth]): the frame object of a frame up the current stack. */
static ShObject *sys_getframe(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("_getframe", nargs, 0, 1) < 0) return NULL;
  intptr_t depth = nargs ? sh_int_as_ssize(args[0]) : 0;
  if (depth == -1 && sh_err_occurred()) return NULL;
  ShFrame *f = python_frame();
  while (f && depth-- > 0)
    f = f->back;
  if (!f) return sh_err_format(&sh_exc_ValueError, "call stack is not deep enough");
  return sh_frame_object_new(f, true);
}

static ShMethodDef vm_sys_functions[] = {
    {"_getframe", sys_getframe, SH_METH_FAST, NULL},
    {NULL},
};

int sh_vm_sys_init(ShObject *sys_module) {
  return sh_module_add_functions(sys_module, vm_sys_functions);
}

static ShMethodDef vm_builtins[] = {
    {"__build_class__", builtin_build_class, SH_METH_FASTKW, NULL},
    {"__import__", sh_builtin___import__, SH_METH_FASTKW, NULL},
    {"exec", builtin_exec, SH_METH_FASTKW, NULL},
    {"eval", builtin_eval, SH_METH_FASTKW, NULL},
    {"compile", builtin_compile, SH_METH_FASTKW, NULL},
    {"globals", builtin_globals, SH_METH_NOARGS, NULL},
    {"locals", builtin_locals, SH_METH_NOARGS, NULL},
    {"vars", builtin_vars, SH_METH_FAST, NULL},
    {NULL},
};

/* Adds the interpreter's own builtins to the builtins module. */
int sh_vm_builtins_init(ShObject *builtins_module) {
  builtins_dict = SH_MODULE_DICT(builtins_module);
  return sh_module_add_functions(builtins_module, vm_builtins);
}
