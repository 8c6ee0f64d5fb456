/* Traceback objects and the printing of uncaught exceptions in CPython
   3.11's exact format: source lines, caret lines, chained exceptions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "suggestions.h"
#include "../parse/parser.h"
#include "../shoal.h"

typedef struct ShTraceback {
  ShObject ob;
  ShObject *next; /* ShTraceback or NULL */
  ShCode *code;
  ShObject *globals;
  ShObject *locals; /* innermost entry of a NameError: for suggestions */
  uint32_t pc;
  int lineno;
} ShTraceback;

/* A frame object. While `live` is set it reads that frame (a frame of
   thread `owner`, which alone looks at it); when the frame ends it keeps
   the last line and locals (sh_frame_object_detach, under the object's
   mutex, which other threads' reads take). tb_frame and gi_frame give
   snapshots that are never live. */
typedef struct ShFrameObject {
  ShObject ob;
  ShCode *code;
  ShObject *globals, *locals; /* locals may be NULL */
  ShObject *back;             /* the caller's frame object, once known */
  ShFrame *live;
  uintptr_t owner;
  int lineno;
} ShFrameObject;

static ShFrameObject *frame_object_alloc(ShCode *code, ShObject *globals, int lineno) {
  ShFrameObject *fo = (ShFrameObject *)sh_object_alloc(&sh_type_frame, 0);
  if (!fo) return NULL;
  fo->code = (ShCode *)sh_newref(SH_OBJ(code));
  fo->globals = sh_newref(globals);
  fo->lineno = lineno;
  return fo;
}

/* f is not the running frame of another thread */
static ShFrameObject *snapshot(ShFrame *f) {
  ShFrameObject *fo = frame_object_alloc(f->code, f->globals, sh_code_line(f->code, f->cur_pc));
  if (!fo) return NULL;
  fo->locals = sh_frame_locals_of(f);
  if (!fo->locals) sh_err_clear();
  return fo;
}

ShObject *sh_frame_object_new(ShFrame *f, bool mine) {
  if (!mine || f->on_heap) {
    ShFrameObject *fo = snapshot(f);
    /* a generator running here: its caller is on this thread's chain */
    if (fo && mine && f->state == SH_FRAME_RUNNING && f->back) {
      fo->back = sh_frame_object_new(f->back, true);
      if (!fo->back) sh_err_clear();
    }
    return SH_OBJ(fo);
  }
  if (f->frame_obj) return sh_newref(f->frame_obj);
  ShFrameObject *fo = frame_object_alloc(f->code, f->globals, 0);
  if (!fo) return NULL;
  fo->live = f;
  fo->owner = sh_thread_id();
  f->frame_obj = sh_newref(SH_OBJ(fo));
  return SH_OBJ(fo);
}

void sh_frame_object_detach(ShFrame *f) {
  ShFrameObject *fo = (ShFrameObject *)f->frame_obj;
  f->frame_obj = NULL;
  /* the frame may be ending by an exception: keep it */
  ShObject *exc = sh_err_fetch();
  int line = sh_code_line(f->code, f->cur_pc);
  ShObject *locals = sh_frame_locals_of(f), *back = NULL;
  if (!locals) sh_err_clear();
  if (!fo->back && f->back && !f->on_heap) {
    back = sh_frame_object_new(f->back, true);
    if (!back) sh_err_clear();
  }
  sh_err_restore(exc);
  sh_object_lock(SH_OBJ(fo));
  fo->lineno = line;
  fo->locals = locals;
  if (back) fo->back = back;
  fo->live = NULL;
  sh_object_unlock(SH_OBJ(fo));
  sh_decref(SH_OBJ(fo));
}

/* The frame this thread may read live, or NULL (then the fields hold). */
static ShFrame *live_here(ShFrameObject *fo) {
  return fo->owner == sh_thread_id() ? fo->live : NULL;
}

int sh_frame_line(ShFrame *f) {
  return sh_code_line(f->code, f->cur_pc);
}

int sh_traceback_add(ShObject *exc, ShFrame *f) {
  if (!exc) return 0;
  ShTraceback *tb = (ShTraceback *)sh_object_alloc(&sh_type_traceback, 0);
  if (!tb) return -1;
  tb->next = sh_xnewref(sh_exc_get_traceback(exc));
  /* threads raising in one function share its code and globals */
  sh_defer_if_shared(SH_OBJ(f->code));
  sh_defer_if_shared(f->globals);
  tb->code = (ShCode *)sh_newref(SH_OBJ(f->code));
  tb->globals = sh_newref(f->globals);
  tb->pc = f->cur_pc;
  tb->lineno = sh_code_line(f->code, f->cur_pc);
  if (!tb->next && sh_type_check(exc, &sh_exc_NameError)) {
    tb->locals = sh_frame_locals_of(f);
    if (!tb->locals) sh_err_clear();
  }
  sh_exc_set_traceback(exc, SH_OBJ(tb));
  sh_decref(SH_OBJ(tb));
  return 0;
}

static void tb_dealloc(ShObject *o) {
  ShTraceback *tb = (ShTraceback *)o;
  SH_CLEAR(tb->next);
  SH_CLEAR(tb->code);
  SH_CLEAR(tb->globals);
  SH_CLEAR(tb->locals);
  sh_object_free(o);
}

static int tb_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShTraceback *tb = (ShTraceback *)o;
  if (tb->next && visit(tb->next, arg)) return 1;
  return visit(tb->globals, arg);
}

static ShObject *tb_get_next(ShObject *o, void *c) {
  ShObject *n = ((ShTraceback *)o)->next;
  return sh_newref(n ? n : SH_NONE);
}
static int tb_set_next(ShObject *o, ShObject *v, void *c) {
  if (!v) {
    sh_err_set_string(&sh_exc_TypeError, "can't delete tb_next attribute");
    return -1;
  }
  if (v != SH_NONE && SH_TYPE(v) != &sh_type_traceback) {
    sh_err_format(&sh_exc_TypeError, "expected traceback object or None, got '%T'", v);
    return -1;
  }
  SH_SETREF(((ShTraceback *)o)->next, v == SH_NONE ? NULL : sh_newref(v));
  return 0;
}
static ShObject *tb_get_lineno(ShObject *o, void *c) {
  return sh_int_from_i64(((ShTraceback *)o)->lineno);
}
/* Two per instruction word, like CPython's byte offsets (two per code
   unit): co_positions() has one entry per word. */
static ShObject *tb_get_lasti(ShObject *o, void *c) {
  return sh_int_from_i64((int64_t)((ShTraceback *)o)->pc * 2);
}
static ShObject *tb_get_frame(ShObject *o, void *c) {
  ShTraceback *tb = (ShTraceback *)o;
  return SH_OBJ(frame_object_alloc(tb->code, tb->globals, tb->lineno));
}

static ShGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {NULL},
};

ShType sh_type_traceback = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "traceback",
    .basicsize = sizeof(ShTraceback),
    .flags = SH_TPFLAGS_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .getset = tb_getset,
};

static void frameobj_dealloc(ShObject *o) {
  ShFrameObject *fo = (ShFrameObject *)o;
  SH_CLEAR(fo->code);
  SH_CLEAR(fo->globals);
  SH_CLEAR(fo->locals);
  SH_CLEAR(fo->back);
  sh_object_free(o);
}
static int frameobj_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShFrameObject *fo = (ShFrameObject *)o;
  if (fo->locals && visit(fo->locals, arg)) return 1;
  if (fo->back && visit(fo->back, arg)) return 1;
  return visit(fo->globals, arg);
}
static int frameobj_clear(ShObject *o) {
  ShFrameObject *fo = (ShFrameObject *)o;
  SH_CLEAR(fo->locals);
  SH_CLEAR(fo->back);
  return 0;
}
static ShObject *fo_code(ShObject *o, void *c) {
  return sh_newref(SH_OBJ(((ShFrameObject *)o)->code));
}
static ShObject *fo_globals(ShObject *o, void *c) {
  return sh_newref(((ShFrameObject *)o)->globals);
}
static ShObject *fo_lineno(ShObject *o, void *c) {
  ShFrameObject *fo = (ShFrameObject *)o;
  ShFrame *f = live_here(fo);
  if (f) return sh_int_from_i64(sh_code_line(f->code, f->cur_pc));
  sh_object_lock(o);
  int line = fo->lineno;
  sh_object_unlock(o);
  return sh_int_from_i64(line);
}
static ShObject *fo_back(ShObject *o, void *c) {
  ShFrameObject *fo = (ShFrameObject *)o;
  ShFrame *f = live_here(fo);
  ShObject *made = NULL;
  if (f && !fo->back && f->back && !(made = sh_frame_object_new(f->back, true))) return NULL;
  sh_object_lock(o);
  if (made) fo->back = made;
  ShObject *back = fo->back ? sh_newref(fo->back) : sh_newref(SH_NONE);
  sh_object_unlock(o);
  return back;
}
static ShObject *fo_locals(ShObject *o, void *c) {
  ShFrameObject *fo = (ShFrameObject *)o;
  ShFrame *f = live_here(fo);
  if (f) return sh_frame_locals_of(f);
  sh_object_lock(o);
  ShObject *l = fo->locals ? sh_newref(fo->locals) : NULL;
  sh_object_unlock(o);
  return l ? l : sh_dict_new();
}
static ShObject *fo_builtins(ShObject *o, void *c) {
  return sh_newref(sh_builtins_dict());
}
static ShGetSetDef frameobj_getset[] = {
    {"f_code", fo_code, NULL, NULL, NULL},
    {"f_globals", fo_globals, NULL, NULL, NULL},
    {"f_lineno", fo_lineno, NULL, NULL, NULL},
    {"f_back", fo_back, NULL, NULL, NULL},
    {"f_locals", fo_locals, NULL, NULL, NULL},
    {"f_builtins", fo_builtins, NULL, NULL, NULL},
    {NULL},
};
ShType sh_type_frame = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "frame",
    .basicsize = sizeof(ShFrameObject),
    .flags = SH_TPFLAGS_GC,
    .dealloc = frameobj_dealloc,
    .traverse = frameobj_traverse,
    .clear = frameobj_clear,
    .getset = frameobj_getset,
};

/* ------------------------------------------------------------- printing */

/* Line `lineno` (1-based) of a file, without its newline; NULL if absent. */
static char *source_line(const char *filename, int lineno) {
  if (!filename || filename[0] == '<' || lineno < 1) return NULL;
  FILE *fp = fopen(filename, "r");
  if (!fp) return NULL;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = 0;
  for (int i = 0; i < lineno; i++)
    if ((n = getline(&line, &cap, fp)) < 0) break;
  fclose(fp);
  if (n < 0) {
    free(line);
    return NULL;
  }
  while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
    line[--n] = 0;
  return line;
}

/* Number of characters in the first `bytes` bytes of UTF-8 text. */
static int chars_in(const char *s, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && s[i]; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

/* For a binary operation or subscript spanning the segment, the
   character columns [left, right) to mark with '^' (the rest get '~').
   Returns false when the segment is neither. */
static bool caret_anchors(const char *segment, int *left, int *right) {
  size_t len = strlen(segment);
  ShArena *arena = sh_arena_new();
  if (!arena) return false;
  ShSyntaxErrorInfo err;
  ShAstModule *mod = sh_parse(segment, len, "<segment>", SH_PARSE_FILE, arena, &err);
  bool found = false;
  if (mod && SH_SEQ_LEN(mod->body) == 1) {
    ShAstStmt *st = SH_SEQ_GET(mod->body, 0);
    ShAstExpr *e = st->kind == SH_STMT_EXPR ? st->v.expr.value : NULL;
    if (e && e->kind == SH_EXPR_BINOP && e->v.binop.left->pos.end_lineno == 1 &&
        e->v.binop.right->pos.lineno == 1) {
      int op_start = e->v.binop.left->pos.end_col_offset;
      int op_end = e->v.binop.right->pos.col_offset;
      int l = op_start;
      while (l < op_end && (segment[l] == ' ' || segment[l] == '\t' || segment[l] == ')' ||
                            segment[l] == '\\' || segment[l] == '\n'))
        l++;
      int r = l + 1;
      if (r < op_end && segment[r] != ' ' && segment[r] != '\t' && segment[r] != '\n') r++;
      *left = chars_in(segment, l);
      *right = chars_in(segment, r);
      found = true;
    } else if (e && e->kind == SH_EXPR_SUBSCRIPT && e->v.subscript.value->pos.end_lineno == 1) {
      int l = e->v.subscript.value->pos.end_col_offset;
      while (l < (int)len && segment[l] != '[')
        l++;
      int r = e->v.subscript.slice->pos.end_col_offset;
      while (r < (int)len && segment[r] != ']')
        r++;
      if (r < (int)len) r++;
      *left = chars_in(segment, l);
      *right = chars_in(segment, r);
      found = true;
    }
  }
  sh_arena_free(arena);
  return found;
}

static void append_caret_line(ShStrBuilder *sb, const char *line, const ShPosition *pos) {
  if (!pos || pos->col < 0 || pos->end_col < 0 || pos->line <= 0) return;
  int indent = 0;
  while (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f')
    indent++;
  int line_len = (int)strlen(line);
  int stripped_end = line_len;
  while (stripped_end > indent && (line[stripped_end - 1] == ' ' || line[stripped_end - 1] == '\t'))
    stripped_end--;
  int start = pos->col, end = pos->end_col;
  if (start > line_len) return;
  if (pos->end_line != pos->line || end > line_len) end = stripped_end;
  if (end < start) return;
  int left = -1, right = -1;
  bool anchors = false;
  if (pos->end_line == pos->line) {
    char *segment = strndup(line + start, (size_t)(end - start));
    if (segment) {
      anchors = caret_anchors(segment, &left, &right);
      free(segment);
    }
  }
  int start_chars = chars_in(line, start), end_chars = chars_in(line, end);
  int stripped_chars = chars_in(line + indent, stripped_end - indent);
  bool partial = end_chars - start_chars < stripped_chars;
  if (!partial && !(anchors && right - left > 0)) return;
  sh_sb_append_cstr(sb, "    ");
  for (int i = chars_in(line, indent); i < start_chars; i++)
    sh_sb_append_cstr(sb, " ");
  for (int i = 0; i < end_chars - start_chars; i++)
    sh_sb_append_cstr(sb, !anchors || (i >= left && i < right) ? "^" : "~");
  sh_sb_append_cstr(sb, "\n");
}

static void append_entry(ShStrBuilder *sb, ShTraceback *tb) {
  ShCode *co = tb->code;
  sh_sb_append_format(sb, "  File \"%U\", line %d, in %U\n", co->filename, tb->lineno, co->name);
  const char *filename = sh_str_utf8(co->filename);
  if (!filename) {
    sh_err_clear();
    return;
  }
  char *line = source_line(filename, tb->lineno);
  if (!line) return;
  const char *text = line;
  while (*text == ' ' || *text == '\t' || *text == '\f')
    text++;
  if (*text) {
    sh_sb_append_format(sb, "    %s\n", text);
    append_caret_line(sb, line, sh_code_position(co, tb->pc));
  }
  free(line);
}

/* CPython collapses runs of the same frame line after three repeats. */
static void append_traceback_titled(ShStrBuilder *sb, ShObject *tbobj, const char *title) {
  sh_sb_append_cstr(sb, title);
  ShTraceback *prev = NULL;
  int repeats = 0;
  for (ShTraceback *tb = (ShTraceback *)tbobj; tb; tb = (ShTraceback *)tb->next) {
    if (prev && prev->code == tb->code && prev->lineno == tb->lineno) {
      repeats++;
    } else {
      if (repeats > 2)
        sh_sb_append_format(sb, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                            repeats - 2 == 1 ? "" : "s");
      repeats = 0;
    }
    prev = tb;
    if (repeats < 3) append_entry(sb, tb);
  }
  if (repeats > 2)
    sh_sb_append_format(sb, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                        repeats - 2 == 1 ? "" : "s");
}

static void append_traceback(ShStrBuilder *sb, ShObject *tbobj) {
  append_traceback_titled(sb, tbobj, "Traceback (most recent call last):\n");
}

static void append_type_name(ShStrBuilder *sb, ShType *type) {
  ShObject *module = sh_type_module_name(type);
  ShObject *qualname = sh_type_qualname(type);
  if (!module || !qualname) sh_err_clear();
  if (module && SH_STR_CHECK(module) && !sh_str_equal_cstr(module, "builtins") &&
      !sh_str_equal_cstr(module, "__main__"))
    sh_sb_append_format(sb, "%U.", module);
  if (qualname)
    sh_sb_append_str(sb, qualname);
  else
    sh_sb_append_cstr(sb, type->name);
  sh_xdecref(module);
  sh_xdecref(qualname);
}

/* SyntaxError's "File", source and caret lines, as CPython's C printer
   (used for uncaught exceptions) lays them out. */
static void append_syntax_error(ShStrBuilder *sb, ShSyntaxError *se) {
  if (se->lineno && se->lineno != SH_NONE) {
    ShObject *fn = se->filename && se->filename != SH_NONE ? se->filename : NULL;
    if (fn)
      sh_sb_append_format(sb, "  File \"%U\", line %S\n", fn, se->lineno);
    else
      sh_sb_append_format(sb, "  File \"<string>\", line %S\n", se->lineno);
  }
  if (!se->text || !SH_STR_CHECK(se->text)) return;
  const char *text = sh_str_utf8(se->text);
  if (!text) {
    sh_err_clear();
    return;
  }
  intptr_t offset = -1, end_offset = -1;
  if (se->offset && SH_INT_CHECK(se->offset)) offset = sh_int_as_ssize(se->offset);
  if (se->end_offset && SH_INT_CHECK(se->end_offset)) end_offset = sh_int_as_ssize(se->end_offset);
  intptr_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  offset--;
  while (*text == ' ' || *text == '\t' || *text == '\f') {
    text++;
    offset--;
  }
  intptr_t len = (intptr_t)strlen(text);
  if (len > 0 && text[len - 1] == '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const char *nl = strchr(text, '\n');
    if (!nl || nl - text >= offset) break;
    intptr_t skip = nl - text + 1;
    text += skip;
    len -= skip;
    offset -= skip;
  }
  sh_sb_append_cstr(sb, "    ");
  sh_sb_append(sb, text, (size_t)len);
  sh_sb_append_cstr(sb, "\n");
  if (offset < 0) return;
  sh_sb_append_cstr(sb, "    ");
  for (intptr_t i = 0; i < offset; i++)
    sh_sb_append_cstr(sb, " ");
  for (intptr_t i = 0; i < carets; i++)
    sh_sb_append_cstr(sb, "^");
  sh_sb_append_cstr(sb, "\n");
}

/* CPython 3.11 names a close match for a misspelt name or attribute. */
static ShObject *suggestion_for(ShObject *exc) {
  /* exact types only, as CPython: no suggestion for UnboundLocalError */
  if (SH_TYPE(exc) == &sh_exc_NameError) {
    ShObject *name = ((ShNameError *)exc)->name;
    ShTraceback *tb = (ShTraceback *)((ShBaseException *)exc)->traceback;
    if (!name || !SH_STR_CHECK(name) || !tb) return NULL;
    while (tb->next)
      tb = (ShTraceback *)tb->next;
    ShObject *builtins = NULL;
    if (sh_dict_get_ref(tb->globals, SH_ID(__builtins__), &builtins) <= 0) sh_err_clear();
    if (builtins && !SH_DICT_CHECK(builtins)) {
      ShObject *d =
          SH_TYPE(builtins) == &sh_type_module ? sh_newref(SH_MODULE_DICT(builtins)) : NULL;
      sh_decref(builtins);
      builtins = d;
    }
    ShObject *r = sh_suggest_for_name(name, tb->locals, tb->globals,
                                      builtins ? builtins : sh_builtins_dict());
    sh_xdecref(builtins);
    return r;
  }
  if (SH_TYPE(exc) == &sh_exc_AttributeError) {
    ShAttributeError *ae = (ShAttributeError *)exc;
    if (!ae->name || !ae->obj || !SH_STR_CHECK(ae->name)) return NULL;
    return sh_suggest_for_attribute(ae->obj, ae->name);
  }
  return NULL;
}

static void append_exception_line(ShStrBuilder *sb, ShObject *exc) {
  bool syntax = sh_type_check(exc, &sh_exc_SyntaxError);
  if (syntax) append_syntax_error(sb, (ShSyntaxError *)exc);
  append_type_name(sb, SH_TYPE(exc));
  ShObject *s = syntax && ((ShSyntaxError *)exc)->msg ? sh_object_str(((ShSyntaxError *)exc)->msg)
                                                      : sh_object_str(exc);
  if (!s) {
    sh_err_clear();
    sh_sb_append_cstr(sb, ": <exception str() failed>\n");
    return;
  }
  if (SH_STR_LEN(s) > 0) {
    sh_sb_append_cstr(sb, ": ");
    sh_sb_append_str(sb, s);
  }
  sh_decref(s);
  ShObject *suggestion = suggestion_for(exc);
  if (suggestion) {
    sh_sb_append_format(sb, ". Did you mean: '%U'?", suggestion);
    sh_decref(suggestion);
  }
  sh_sb_append_cstr(sb, "\n");
  ShObject *notes = ((ShBaseException *)exc)->notes;
  if (notes && SH_LIST_CHECK(notes)) {
    for (intptr_t i = 0; i < sh_list_size(notes); i++) {
      ShObject *note = sh_list_get_item(notes, i);
      if (!note) break;
      ShObject *ns = SH_STR_CHECK(note) ? sh_newref(note) : sh_object_str(note);
      if (ns) {
        sh_sb_append_str(sb, ns);
        sh_sb_append_cstr(sb, "\n");
        sh_decref(ns);
      } else {
        sh_err_clear();
      }
      sh_decref(note);
    }
  }
}

#define MAX_CHAIN 64
#define MAX_GROUP_DEPTH 10
#define MAX_GROUP_WIDTH 15

/* Printing state. Members of exception groups are drawn in nested boxes:
   every line inside one starts with 2 * depth spaces and "| ". */
typedef struct {
  ShStrBuilder *sb;
  int depth;            /* exception group nesting, 0 outside any */
  bool need_close;      /* the box's closing line is still to come */
  ShObject *seen[1024]; /* printed so far, not to be printed again */
  int nseen;
  int chain; /* causes and contexts being printed, nested */
} PrintCtx;

static void append_indent(PrintCtx *ctx) {
  for (int i = 0; i < 2 * ctx->depth; i++)
    sh_sb_append_cstr(ctx->sb, " ");
}

/* text, line by line, inside the current box; the first line's margin may
   differ (a group's header) */
static void append_boxed(PrintCtx *ctx, const char *text, const char *first_margin) {
  if (!ctx->depth) {
    sh_sb_append_cstr(ctx->sb, text);
    return;
  }
  for (bool first = true; *text; first = false) {
    const char *nl = strchr(text, '\n');
    size_t n = nl ? (size_t)(nl - text) + 1 : strlen(text);
    append_indent(ctx);
    sh_sb_append_cstr(ctx->sb, first && first_margin ? first_margin : "| ");
    sh_sb_append(ctx->sb, text, n);
    text += n;
  }
}

/* One exception's traceback and lines, without its chain or members. */
static void append_one(PrintCtx *ctx, ShObject *exc, bool group) {
  ShBaseException *be = (ShBaseException *)exc;
  ShStrBuilder tmp;
  sh_sb_init(&tmp);
  if (be->traceback)
    append_traceback_titled(&tmp, be->traceback,
                            group ? "Exception Group Traceback (most recent call last):\n"
                                  : "Traceback (most recent call last):\n");
  append_exception_line(&tmp, exc);
  ShObject *text = sh_sb_finish(&tmp);
  const char *s = text ? sh_str_utf8(text) : NULL;
  if (s)
    append_boxed(ctx, s, be->traceback && group && ctx->depth == 1 ? "+ " : NULL);
  else
    sh_err_clear();
  sh_xdecref(text);
}

static void append_recursive(PrintCtx *ctx, ShObject *exc);

static void append_group(PrintCtx *ctx, ShObject *exc) {
  if (ctx->depth > MAX_GROUP_DEPTH) {
    append_boxed(ctx, "... (max_group_depth is 10)\n", NULL);
    return;
  }
  if (ctx->depth == 0) ctx->depth = 1;
  append_one(ctx, exc, true);
  ShObject *excs = ((ShBaseExceptionGroup *)exc)->excs;
  intptr_t total = excs ? SH_TUPLE_SIZE(excs) : 0;
  intptr_t n = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
  ctx->need_close = false;
  for (intptr_t i = 0; i < n; i++) {
    bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
    if (last) ctx->need_close = true; /* or by a nested group's last member */
    append_indent(ctx);
    if (truncated)
      sh_sb_append_format(ctx->sb, "%s+---------------- ... ----------------\n", i ? "  " : "+-");
    else
      sh_sb_append_format(ctx->sb, "%s+---------------- %zd ----------------\n", i ? "  " : "+-",
                          i + 1);
    ctx->depth++;
    if (!truncated) {
      append_recursive(ctx, SH_TUPLE_GET(excs, i));
    } else {
      intptr_t more = total - MAX_GROUP_WIDTH;
      append_indent(ctx);
      sh_sb_append_format(ctx->sb, "| and %zd more exception%s\n", more, more > 1 ? "s" : "");
    }
    if (last && ctx->need_close) {
      append_indent(ctx);
      sh_sb_append_cstr(ctx->sb, "+------------------------------------\n");
      ctx->need_close = false;
    }
    ctx->depth--;
  }
  if (ctx->depth == 1) ctx->depth = 0;
}

static void append_chained(PrintCtx *ctx, ShObject *exc, const char *message) {
  bool need_close = ctx->need_close;
  ctx->chain++;
  append_recursive(ctx, exc);
  ctx->chain--;
  ctx->need_close = need_close;
  append_boxed(ctx, "\n", NULL);
  append_boxed(ctx, message, NULL);
  append_boxed(ctx, "\n", NULL);
}

static void append_recursive(PrintCtx *ctx, ShObject *exc) {
  if (ctx->nseen < (int)(sizeof ctx->seen / sizeof *ctx->seen)) ctx->seen[ctx->nseen++] = exc;
  ShBaseException *be = (ShBaseException *)exc;
  ShObject *cause = be->cause, *context = be->context;
  bool in_seen_cause = false, in_seen_context = false;
  for (int i = 0; i < ctx->nseen; i++) {
    if (ctx->seen[i] == cause) in_seen_cause = true;
    if (ctx->seen[i] == context) in_seen_context = true;
  }
  if (ctx->chain + 1 < MAX_CHAIN) {
    if (cause && cause != SH_NONE && !in_seen_cause)
      append_chained(ctx, cause,
                     "The above exception was the direct cause of the following exception:\n");
    else if (context && context != SH_NONE && !be->suppress_context && !in_seen_context)
      append_chained(ctx, context,
                     "During handling of the above exception, another exception occurred:\n");
  }
  if (sh_type_check(exc, &sh_exc_BaseExceptionGroup))
    append_group(ctx, exc);
  else
    append_one(ctx, exc, false);
}

static void write_stderr(ShObject *text) {
  ShObject *err = sh_sys_get("stderr");
  if (err && err != SH_NONE) {
    ShObject *r = sh_call_method(err, SH_ID(write), &text, 1);
    if (r) {
      sh_decref(r);
      ShObject *f = sh_call_method(err, SH_ID(flush), NULL, 0);
      if (f) {
        sh_decref(f);
        return;
      }
    }
    sh_err_clear();
  }
  const char *s = sh_str_utf8(text);
  if (s) fputs(s, stderr);
  sh_err_clear();
}

void sh_err_print(ShObject *exc) {
  if (!exc) return;
  ShObject *saved = sh_err_fetch();
  ShStrBuilder sb;
  sh_sb_init(&sb);
  if (SH_EXC_CHECK(exc)) {
    PrintCtx ctx = {.sb = &sb};
    append_recursive(&ctx, exc);
  } else {
    sh_sb_append_format(
        &sb, "TypeError: print_exception(): Exception expected for value, %T found\n", exc);
  }
  ShObject *text = sh_sb_finish(&sb);
  if (text) {
    write_stderr(text);
    sh_decref(text);
  }
  sh_err_restore(saved);
}

void sh_err_write_unraisable(ShObject *exc, ShObject *context) {
  sh_err_write_unraisable_msg(exc, "Exception ignored in", context);
}

void sh_err_write_unraisable_msg(ShObject *exc, const char *err_msg, ShObject *context) {
  if (!exc) return;
  ShObject *saved = sh_err_fetch();
  ShStrBuilder sb;
  sh_sb_init(&sb);
  if (context) {
    sh_sb_append_format(&sb, "%s: ", err_msg);
    if (sh_sb_append_repr(&sb, context) < 0) {
      sh_err_clear();
      sh_sb_append_cstr(&sb, "<object repr() failed>");
    }
    sh_sb_append_cstr(&sb, "\n");
  }
  ShBaseException *be = (ShBaseException *)exc;
  if (SH_EXC_CHECK(exc) && be->traceback) append_traceback(&sb, be->traceback);
  if (SH_EXC_CHECK(exc)) append_exception_line(&sb, exc);
  ShObject *text = sh_sb_finish(&sb);
  if (text) {
    write_stderr(text);
    sh_decref(text);
  }
  sh_decref(exc);
  sh_err_restore(saved);
}
