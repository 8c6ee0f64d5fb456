/* _pcre: the PCRE2 engine under lib/re.py. Compiles a (translated) pattern
   and reports matches as code-point spans; re.py builds Pattern/Match on it. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>
#include <string.h>
#include "../shoal.h"

/* Python-level flag bits that reach the engine (re.I, re.M, re.S, re.X, re.A). */
enum { F_I = 2, F_M = 8, F_S = 16, F_X = 64, F_A = 256 };

typedef struct Code {
  ShObject ob;
  pcre2_code *code;
  bool is_str;
  bool jit; /* compiled for the JIT (PCRE2_JIT_COMPLETE) */
  uint32_t ngroups;
  /* One spare match block, taken with an atomic exchange so concurrent
     matchers never share it; a second concurrent matcher makes its own. */
  _Atomic(pcre2_match_data *) md_cache;
} Code;

static ShType code_type;

/* The subject as the engine sees it: UTF-8 (str) or raw bytes, plus a map
   from byte offsets to code-point offsets when the two differ. A bytes-like
   subject is read through a view (bytes.h): a bytearray stays locked from
   subject_open to subject_close, during which no Python code runs. */
typedef struct Subject {
  const char *data;
  intptr_t len;
  uint32_t *cp_of; /* NULL: byte offset == code-point offset */
  ShBytesView view;
} Subject;

static int subject_open(Code *c, ShObject *s, Subject *sub) {
  sub->cp_of = NULL;
  sub->view = (ShBytesView){NULL, 0, NULL, NULL};
  if (c->is_str) {
    if (!SH_STR_CHECK(s))
      return sh_err_format(&sh_exc_TypeError, "cannot use a string pattern on a bytes-like object"),
             -1;
    sub->data = sh_str_utf8_and_size(s, &sub->len);
    if (!sub->data) return -1;
    if (sub->len != SH_STR_LEN(s)) {
      sub->cp_of = sh_mem_alloc(sizeof(uint32_t) * (size_t)(sub->len + 1));
      if (!sub->cp_of) return sh_err_no_memory(), -1;
      uint32_t next = 0; /* index of the next character to start */
      for (intptr_t i = 0; i < sub->len; i++) {
        if (((unsigned char)sub->data[i] & 0xC0) != 0x80) next++;
        sub->cp_of[i] = next - 1;
      }
      sub->cp_of[sub->len] = (uint32_t)SH_STR_LEN(s);
    }
    return 0;
  }
  if (SH_STR_CHECK(s))
    return sh_err_format(&sh_exc_TypeError, "cannot use a bytes pattern on a string-like object"),
           -1;
  if (sh_bytes_view(s, &sub->view) < 0) return -1;
  sub->data = sub->view.data;
  sub->len = sub->view.len;
  return 0;
}

static void subject_close(Subject *sub) {
  sh_bytes_view_end(&sub->view);
  sh_mem_free(sub->cp_of);
}

static intptr_t to_cp(Subject *sub, PCRE2_SIZE b) {
  if (b == PCRE2_UNSET) return -1;
  return sub->cp_of ? (intptr_t)sub->cp_of[b] : (intptr_t)b;
}

/* Code-point offset -> byte offset (cp is already clamped to the length). */
static PCRE2_SIZE to_byte(Subject *sub, intptr_t cp) {
  if (!sub->cp_of) return (PCRE2_SIZE)cp;
  intptr_t i = 0, n = -1;
  for (; i < sub->len; i++) {
    if (((unsigned char)sub->data[i] & 0xC0) != 0x80) n++;
    if (n == cp) return (PCRE2_SIZE)i;
  }
  return (PCRE2_SIZE)sub->len;
}

static pcre2_match_data *md_take(Code *c) {
  pcre2_match_data *md = atomic_exchange(&c->md_cache, NULL);
  return md ? md : pcre2_match_data_create_from_pattern(c->code, NULL);
}

static void md_give(Code *c, pcre2_match_data *md) {
  pcre2_match_data *expected = NULL;
  if (!atomic_compare_exchange_strong(&c->md_cache, &expected, md)) pcre2_match_data_free(md);
}

/* One engine call; retries without the JIT when its stack runs out.
   Returns >0 matched, 0 no match, -1 error set. */
static int run_match(Code *c, Subject *sub, PCRE2_SIZE start, PCRE2_SIZE end, uint32_t opts,
                     pcre2_match_data *md) {
  /* The JIT's own entry skips pcre2_match's checks (the subject is valid
     UTF-8 already); it takes no ANCHORED/ENDANCHORED at match time, which
     pcre2_match runs in the interpreter anyway. */
  int rc = c->jit && !(opts & ~(uint32_t)PCRE2_NOTEMPTY_ATSTART)
               ? pcre2_jit_match(c->code, (PCRE2_SPTR)sub->data, end, start, opts, md, NULL)
               : pcre2_match(c->code, (PCRE2_SPTR)sub->data, end, start, opts, md, NULL);
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
    rc = pcre2_match(c->code, (PCRE2_SPTR)sub->data, end, start, opts | PCRE2_NO_JIT, md, NULL);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    sh_err_format(&sh_exc_RuntimeError, "regular expression engine: %s", (const char *)buf);
    return -1;
  }
  return 1;
}

/* (start0, end0, start1, end1, ..., pos, endpos): the groups' code-point
   spans (-1 when unset), then the bounds the match ran within. */
static ShObject *spans(Code *c, Subject *sub, pcre2_match_data *md, intptr_t pos, intptr_t endpos) {
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  intptr_t n = 2 * ((intptr_t)c->ngroups + 1);
  ShObject *t = sh_tuple_new(n + 2);
  if (!t) return NULL;
  for (intptr_t i = 0; i < n + 2; i++) {
    intptr_t x = i < n ? to_cp(sub, ov[i]) : i == n ? pos : endpos;
    ShObject *v = sh_int_from_i64(x);
    if (!v) {
      sh_decref(t);
      return NULL;
    }
    SH_TUPLE_ITEMS(t)[i] = v;
  }
  return t;
}

static int get_index(ShObject *o, intptr_t *out) {
  *out = sh_int_as_ssize(o);
  return *out == -1 && sh_err_occurred() ? -1 : 0;
}

/* match(string, pos, endpos, mode): mode 0 anchored, 1 search, 2 full.
   pos/endpos are code-point offsets already clamped by the caller. */
/* One match of c in sub between character positions pos and endpos;
   mode 0 match, 1 search, 2 fullmatch. The spans, None, or NULL. */
static ShObject *match_spans(Code *c, Subject *sub, intptr_t pos, intptr_t endpos, intptr_t mode) {
  uint32_t opts = mode == 0 ? PCRE2_ANCHORED : mode == 2 ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
  pcre2_match_data *md = md_take(c);
  if (!md) return sh_err_no_memory();
  ShObject *result = NULL;
  int rc = run_match(c, sub, to_byte(sub, pos), to_byte(sub, endpos), opts, md);
  if (rc > 0)
    result = spans(c, sub, md, pos, endpos);
  else if (rc == 0)
    result = sh_newref(SH_NONE);
  md_give(c, md);
  return result;
}

static ShObject *code_match(ShObject *self, ShObject *const *args, size_t nargs) {
  Code *c = (Code *)self;
  intptr_t pos, endpos, mode;
  if (sh_args_check_count("match", nargs, 4, 4) < 0 || get_index(args[1], &pos) < 0 ||
      get_index(args[2], &endpos) < 0 || get_index(args[3], &mode) < 0)
    return NULL;
  Subject sub;
  if (subject_open(c, args[0], &sub) < 0) return NULL;
  ShObject *result = match_spans(c, &sub, pos, endpos, mode);
  subject_close(&sub);
  return result;
}

/* Calls fn for each of the successive non-overlapping matches in
   [start, end) (at most limit; 0 = all). An empty match may not start
   where the previous empty match was, but may follow a non-empty one
   (Python 3.7+ rules). 0, or -1 with an error set. */
typedef int (*match_fn)(void *ctx, pcre2_match_data *md);
static int scan_each(Code *c, Subject *sub, PCRE2_SIZE start, PCRE2_SIZE end, intptr_t limit,
                     match_fn fn, void *ctx) {
  pcre2_match_data *md = md_take(c);
  if (!md) return sh_err_no_memory(), -1;
  uint32_t opts = 0;
  int r = 0;
  for (intptr_t count = 0; limit <= 0 || count < limit; count++) {
    int rc = run_match(c, sub, start, end, opts, md);
    if (rc <= 0) {
      r = rc;
      break;
    }
    if (fn(ctx, md) < 0) {
      r = -1;
      break;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    opts = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
    start = ov[1];
    if (start > end) break;
  }
  md_give(c, md);
  return r;
}

typedef struct {
  Code *c;
  Subject *sub;
  ShObject *string, *list;
  intptr_t pos, endpos;
} ScanCtx;

static int add_spans(void *p, pcre2_match_data *md) {
  ScanCtx *x = p;
  ShObject *t = spans(x->c, x->sub, md, x->pos, x->endpos);
  int r = t ? sh_list_append(x->list, t) : -1;
  sh_xdecref(t);
  return r;
}

/* pos/endpos clamped to [0, n]: 0, or 1 for an object with __index__
   that is not an int (the caller answers NotImplemented and re.py's
   slower path converts it), or -1 with CPython's errors. */
static int clamp(ShObject *o, intptr_t n, intptr_t *out) {
  if (!SH_INT_CHECK(o)) {
    if (SH_TYPE(o)->as_number && SH_TYPE(o)->as_number->index) return 1;
    sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return -1;
  }
  intptr_t v = sh_int_as_ssize(o);
  if (v == -1 && sh_err_occurred()) return -1;
  *out = v < 0 ? 0 : v > n ? n : v;
  return 0;
}

static intptr_t subject_length(Code *c, ShObject *s, Subject *sub) {
  return c->is_str ? SH_STR_LEN(s) : sub->len;
}

/* scan(string, pos, endpos, limit): the spans (as match gives them) of
   successive non-overlapping matches (limit 0 = all). */
static ShObject *code_scan(ShObject *self, ShObject *const *args, size_t nargs) {
  Code *c = (Code *)self;
  intptr_t pos, endpos, limit;
  if (sh_args_check_count("scan", nargs, 4, 4) < 0 || get_index(args[1], &pos) < 0 ||
      get_index(args[2], &endpos) < 0 || get_index(args[3], &limit) < 0)
    return NULL;
  Subject sub;
  if (subject_open(c, args[0], &sub) < 0) return NULL;
  ScanCtx x = {c, &sub, args[0], sh_list_new(0), pos, endpos};
  if (x.list &&
      scan_each(c, &sub, to_byte(&sub, pos), to_byte(&sub, endpos), limit, add_spans, &x) < 0)
    SH_CLEAR(x.list);
  subject_close(&sub);
  return x.list;
}

/* run(string, pos, endpos, mode): match with pos and endpos clamped here;
   NotImplemented when they are not plain ints (re.py's slower path). */
static ShObject *code_run(ShObject *self, ShObject *const *args, size_t nargs) {
  Code *c = (Code *)self;
  intptr_t mode;
  if (sh_args_check_count("run", nargs, 4, 4) < 0 || get_index(args[3], &mode) < 0) return NULL;
  Subject sub;
  if (subject_open(c, args[0], &sub) < 0) return NULL;
  intptr_t n = subject_length(c, args[0], &sub), pos, endpos;
  ShObject *result = NULL;
  int cl = clamp(args[1], n, &pos);
  if (cl == 0) cl = clamp(args[2], n, &endpos);
  if (cl < 0) {
    /* error set */
  } else if (cl > 0) {
    result = sh_newref(SH_NOTIMPLEMENTED);
  } else if (endpos < pos) {
    result = sh_newref(SH_NONE);
  } else {
    result = match_spans(c, &sub, pos, endpos, mode);
  }
  subject_close(&sub);
  return result;
}

/* The subject's text between two byte offsets (empty when unset): a str
   for a str pattern, else bytes, whatever the subject's type. */
static ShObject *text_of(ScanCtx *x, PCRE2_SIZE b, PCRE2_SIZE e) {
  if (b == PCRE2_UNSET) b = e = 0;
  if (!x->c->is_str) return sh_bytes_from_data(x->sub->data + b, e - b);
  return sh_str_substring(x->string, to_cp(x->sub, b), to_cp(x->sub, e));
}

static int add_found(void *p, pcre2_match_data *md) {
  ScanCtx *x = p;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  uint32_t g = x->c->ngroups;
  ShObject *item;
  if (g <= 1) {
    item = text_of(x, ov[2 * g], ov[2 * g + 1]);
  } else {
    item = sh_tuple_new(g);
    for (uint32_t k = 1; item && k <= g; k++) {
      ShObject *t = text_of(x, ov[2 * k], ov[2 * k + 1]);
      if (!t)
        SH_CLEAR(item);
      else
        SH_TUPLE_ITEMS(item)[k - 1] = t;
    }
  }
  int r = item ? sh_list_append(x->list, item) : -1;
  sh_xdecref(item);
  return r;
}

/* findall(string, pos, endpos): Pattern.findall's list; NotImplemented
   as for run. */
static ShObject *code_findall(ShObject *self, ShObject *const *args, size_t nargs) {
  Code *c = (Code *)self;
  if (sh_args_check_count("findall", nargs, 3, 3) < 0) return NULL;
  Subject sub;
  if (subject_open(c, args[0], &sub) < 0) return NULL;
  intptr_t n = subject_length(c, args[0], &sub);
  ScanCtx x = {c, &sub, args[0], NULL, 0, 0};
  int cl = clamp(args[1], n, &x.pos);
  if (cl == 0) cl = clamp(args[2], n, &x.endpos);
  if (cl > 0) {
    x.list = sh_newref(SH_NOTIMPLEMENTED);
  } else if (cl == 0) {
    x.list = sh_list_new(0);
    if (x.list && x.endpos >= x.pos &&
        scan_each(c, &sub, to_byte(&sub, x.pos), to_byte(&sub, x.endpos), 0, add_found, &x) < 0)
      SH_CLEAR(x.list);
  }
  subject_close(&sub);
  return x.list;
}

/* The text sub builds, in the subject's encoding (UTF-8 or bytes). */
typedef struct {
  char *buf;
  size_t len, cap;
  const char *subj;
  PCRE2_SIZE last;
  ShObject *items; /* tuple: literals as bytes (UTF-8 for str) and group numbers */
  uint32_t ngroups;
  intptr_t n;
} SubCtx;

static int put(SubCtx *x, const char *p, size_t len) {
  if (x->len + len > x->cap) {
    size_t cap = (x->len + len) * 2 + 64;
    char *b = sh_mem_realloc(x->buf, cap);
    if (!b) return sh_err_no_memory(), -1;
    x->buf = b;
    x->cap = cap;
  }
  if (len) memcpy(x->buf + x->len, p, len);
  x->len += len;
  return 0;
}

static int add_replacement(void *p, pcre2_match_data *md) {
  SubCtx *x = p;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  if (put(x, x->subj + x->last, ov[0] - x->last) < 0) return -1;
  intptr_t ni = SH_TUPLE_SIZE(x->items);
  for (intptr_t i = 0; i < ni; i++) {
    ShObject *it = SH_TUPLE_ITEMS(x->items)[i];
    if (SH_INT_CHECK(it)) {
      intptr_t k = SH_INT_SMALL_VALUE(it);
      if (ov[2 * k] != PCRE2_UNSET && put(x, x->subj + ov[2 * k], ov[2 * k + 1] - ov[2 * k]) < 0)
        return -1;
    } else if (put(x, SH_BYTES_DATA(it), (size_t)SH_BYTES_SIZE(it)) < 0) {
      return -1;
    }
  }
  x->last = ov[1];
  x->n++;
  return 0;
}

/* sub(items, string, count) -> (text, number of replacements), items the
   parsed template as a tuple of literals (bytes; UTF-8 for a str pattern)
   and group numbers; re.py does the rest (callables, count < 0). */
static ShObject *code_sub(ShObject *self, ShObject *const *args, size_t nargs) {
  Code *c = (Code *)self;
  intptr_t count;
  if (sh_args_check_count("sub", nargs, 3, 3) < 0 || get_index(args[2], &count) < 0) return NULL;
  if (!SH_TUPLE_CHECK(args[0])) return sh_err_format(&sh_exc_TypeError, "sub: bad template");
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(args[0]); i++) {
    ShObject *it = SH_TUPLE_ITEMS(args[0])[i];
    bool ok = SH_INT_CHECK(it) ? !SH_INT_BIG(it) && SH_INT_SMALL_VALUE(it) >= 0 &&
                                     SH_INT_SMALL_VALUE(it) <= (int64_t)c->ngroups
                               : SH_BYTES_CHECK(it);
    if (!ok) return sh_err_format(&sh_exc_TypeError, "sub: bad template");
  }
  Subject sub;
  if (subject_open(c, args[1], &sub) < 0) return NULL;
  SubCtx x = {NULL, 0, 0, sub.data, 0, args[0], c->ngroups, 0};
  ShObject *result = NULL;
  if (scan_each(c, &sub, 0, (PCRE2_SIZE)sub.len, count, add_replacement, &x) == 0 &&
      put(&x, sub.data + x.last, (size_t)sub.len - x.last) == 0) {
    ShObject *text = c->is_str ? sh_str_from_utf8(x.buf ? x.buf : "", x.len)
                               : sh_bytes_from_data(x.buf ? x.buf : "", x.len);
    ShObject *nn = text ? sh_int_from_i64(x.n) : NULL;
    if (nn) result = sh_tuple_pack(2, text, nn);
    sh_xdecref(text);
    sh_xdecref(nn);
  }
  sh_mem_free(x.buf);
  subject_close(&sub);
  return result;
}

/* info() -> (number of groups, {name: index}) */
static ShObject *code_info(ShObject *self) {
  Code *c = (Code *)self;
  uint32_t count = 0, entry = 0;
  PCRE2_SPTR table = NULL;
  pcre2_pattern_info(c->code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(c->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
  pcre2_pattern_info(c->code, PCRE2_INFO_NAMETABLE, &table);
  ShObject *names = sh_dict_new();
  if (!names) return NULL;
  for (uint32_t i = 0; i < count; i++) {
    PCRE2_SPTR e = table + (size_t)i * entry;
    const char *name = (const char *)e + 2;
    ShObject *idx = sh_int_from_i64((e[0] << 8) | e[1]);
    int rc = idx ? sh_dict_set_str(names, name, idx) : -1;
    sh_xdecref(idx);
    if (rc < 0) {
      sh_decref(names);
      return NULL;
    }
  }
  ShObject *n = sh_int_from_i64(c->ngroups);
  ShObject *r = n ? sh_tuple_pack(2, n, names) : NULL;
  sh_xdecref(n);
  sh_decref(names);
  return r;
}

static void code_dealloc(ShObject *o) {
  Code *c = (Code *)o;
  pcre2_match_data *md = atomic_exchange(&c->md_cache, NULL);
  if (md) pcre2_match_data_free(md);
  if (c->code) pcre2_code_free(c->code);
  sh_object_free(o);
}

static ShMethodDef code_methods[] = {
    {"match", code_match, SH_METH_FAST, NULL},
    {"scan", code_scan, SH_METH_FAST, NULL},
    {"run", code_run, SH_METH_FAST, NULL},
    {"findall", code_findall, SH_METH_FAST, NULL},
    {"sub", code_sub, SH_METH_FAST, NULL},
    {"info", code_info, SH_METH_NOARGS, NULL},
    {NULL},
};

static ShType code_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "_pcre.Code",
    .basicsize = sizeof(Code),
    .dealloc = code_dealloc,
    .methods = code_methods,
};

/* The Code of a pattern's text (UTF-8 when is_str), or the error tuple. */
static ShObject *compile_text(const char *data, intptr_t len, bool is_str, intptr_t flags) {
  uint32_t opts = 0;
  if (flags & F_I) opts |= PCRE2_CASELESS;
  if (flags & F_M) opts |= PCRE2_MULTILINE;
  if (flags & F_S) opts |= PCRE2_DOTALL;
  if (flags & F_X) opts |= PCRE2_EXTENDED;
  if (is_str) opts |= PCRE2_UTF | ((flags & F_A) ? 0 : PCRE2_UCP);
  pcre2_compile_context *ctx = pcre2_compile_context_create(NULL);
  if (!ctx) return sh_err_no_memory();
  pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
  int err = 0;
  PCRE2_SIZE erroff = 0;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)data, (PCRE2_SIZE)len, opts, &err, &erroff, ctx);
  pcre2_compile_context_free(ctx);
  if (!code) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(err, buf, sizeof buf);
    intptr_t off = 0;
    for (PCRE2_SIZE i = 0; i < erroff && i < (PCRE2_SIZE)len; i++)
      if (!is_str || ((unsigned char)data[i] & 0xC0) != 0x80) off++;
    ShObject *e = sh_int_from_i64(err),
             *m = sh_str_from_utf8((const char *)buf, strlen((char *)buf));
    ShObject *o = sh_int_from_i64(off);
    ShObject *r = e && m && o ? sh_tuple_pack(3, e, m, o) : NULL;
    sh_xdecref(e);
    sh_xdecref(m);
    sh_xdecref(o);
    return r;
  }
  /* optional: pcre2_match falls back to the interpreter */
  bool jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
  Code *c = (Code *)sh_object_alloc(&code_type, 0);
  if (!c) {
    pcre2_code_free(code);
    return NULL;
  }
  c->code = code;
  c->is_str = is_str;
  c->jit = jit;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &c->ngroups);
  atomic_init(&c->md_cache, NULL);
  return SH_OBJ(c);
}

/* compile(pattern, flags) -> Code, or (error code, message, offset) when
   PCRE2 rejects the pattern; re.py turns that into re.error. */
static ShObject *pcre_compile(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t flags, len;
  if (sh_args_check_count("compile", nargs, 2, 2) < 0 || get_index(args[1], &flags) < 0)
    return NULL;
  ShObject *pat = args[0];
  if (SH_STR_CHECK(pat)) {
    const char *data = sh_str_utf8_and_size(pat, &len);
    return data ? compile_text(data, len, true, flags) : NULL;
  }
  ShBytesView v;
  if (sh_bytes_view(pat, &v) < 0) return NULL;
  ShObject *r = compile_text(v.data, v.len, false, flags);
  sh_bytes_view_end(&v);
  return r;
}

static ShMethodDef pcre_functions[] = {
    {"compile", pcre_compile, SH_METH_FAST, NULL},
    {NULL},
};

ShObject *sh_module_init__pcre(void) {
  static atomic_bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&code_type) < 0) return NULL;
    atomic_store(&ready, true);
  }
  ShObject *m = sh_module_new("_pcre");
  if (!m || sh_module_add_functions(m, pcre_functions) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
