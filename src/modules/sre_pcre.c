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
  int rc = pcre2_match(c->code, (PCRE2_SPTR)sub->data, end, start, opts, md, NULL);
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

static ShObject *spans(Code *c, Subject *sub, pcre2_match_data *md) {
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  intptr_t n = 2 * ((intptr_t)c->ngroups + 1);
  ShObject *t = sh_tuple_new(n);
  if (!t) return NULL;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *v = sh_int_from_i64(to_cp(sub, ov[i]));
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
static ShObject *code_match(ShObject *self, ShObject *const *args, size_t nargs) {
  Code *c = (Code *)self;
  intptr_t pos, endpos, mode;
  if (sh_args_check_count("match", nargs, 4, 4) < 0 || get_index(args[1], &pos) < 0 ||
      get_index(args[2], &endpos) < 0 || get_index(args[3], &mode) < 0)
    return NULL;
  Subject sub;
  if (subject_open(c, args[0], &sub) < 0) return NULL;
  uint32_t opts = mode == 0 ? PCRE2_ANCHORED : mode == 2 ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
  ShObject *result = NULL;
  pcre2_match_data *md = md_take(c);
  if (!md) {
    sh_err_no_memory();
  } else {
    int rc = run_match(c, &sub, to_byte(&sub, pos), to_byte(&sub, endpos), opts, md);
    if (rc > 0)
      result = spans(c, &sub, md);
    else if (rc == 0)
      result = sh_newref(SH_NONE);
    md_give(c, md);
  }
  subject_close(&sub);
  return result;
}

/* scan(string, pos, endpos, limit): spans of successive non-overlapping
   matches (limit 0 = all). An empty match may not start where the previous
   empty match was, but may follow a non-empty one (Python 3.7+ rules). */
static ShObject *code_scan(ShObject *self, ShObject *const *args, size_t nargs) {
  Code *c = (Code *)self;
  intptr_t pos, endpos, limit;
  if (sh_args_check_count("scan", nargs, 4, 4) < 0 || get_index(args[1], &pos) < 0 ||
      get_index(args[2], &endpos) < 0 || get_index(args[3], &limit) < 0)
    return NULL;
  Subject sub;
  if (subject_open(c, args[0], &sub) < 0) return NULL;
  ShObject *list = sh_list_new(0);
  pcre2_match_data *md = list ? md_take(c) : NULL;
  if (list && !md) {
    sh_err_no_memory();
    SH_CLEAR(list);
  }
  if (list) {
    PCRE2_SIZE start = to_byte(&sub, pos), end = to_byte(&sub, endpos);
    uint32_t opts = 0;
    for (intptr_t count = 0; limit <= 0 || count < limit; count++) {
      int rc = run_match(c, &sub, start, end, opts, md);
      if (rc <= 0) {
        if (rc < 0) SH_CLEAR(list);
        break;
      }
      ShObject *t = spans(c, &sub, md);
      if (!t || sh_list_append(list, t) < 0) {
        sh_xdecref(t);
        SH_CLEAR(list);
        break;
      }
      sh_decref(t);
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
      opts = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
      start = ov[1];
      if (start > end) break;
    }
    md_give(c, md);
  }
  subject_close(&sub);
  return list;
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
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* optional: falls back to the interpreter */
  Code *c = (Code *)sh_object_alloc(&code_type, 0);
  if (!c) {
    pcre2_code_free(code);
    return NULL;
  }
  c->code = code;
  c->is_str = is_str;
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
