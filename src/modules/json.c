/* Module _json: the C parts of lib/json (string escaping, the whole-value
   encoder for indent=None; the scanner lives in json_scan.c). */
#include <math.h>
#include <stdio.h>
#include "../shoal.h"
#include "../objects/str_internal.h"
#include "modules.h"

/* Output text as code points, with the largest seen so the str made of it
   gets the narrowest kind. Local to one call: nothing is shared. */
typedef struct {
  uint32_t *d;
  intptr_t len, cap;
  uint32_t max;
} Out;

static int out_grow(Out *o, intptr_t more) {
  if (o->len + more <= o->cap) return 0;
  intptr_t cap = o->cap ? o->cap * 2 : 256;
  while (cap < o->len + more)
    cap *= 2;
  uint32_t *d = sh_mem_realloc(o->d, (size_t)cap * sizeof(uint32_t));
  if (!d) {
    sh_err_no_memory();
    return -1;
  }
  o->d = d;
  o->cap = cap;
  return 0;
}

static int out_ascii(Out *o, const char *s, intptr_t n) {
  if (out_grow(o, n) < 0) return -1;
  for (intptr_t i = 0; i < n; i++)
    o->d[o->len++] = (unsigned char)s[i];
  return 0;
}

static int out_str(Out *o, ShObject *s) {
  intptr_t n = SH_STR_LEN(s);
  int kind = SH_STR_KIND(s);
  const void *d = SH_STR_DATA(s);
  if (out_grow(o, n) < 0) return -1;
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    if (c > o->max) o->max = c;
    o->d[o->len++] = c;
  }
  return 0;
}

static ShObject *out_finish(Out *o) {
  ShObject *r = sh_str_from_kind(4, o->d, o->len);
  sh_mem_free(o->d);
  o->d = NULL;
  return r;
}

static const char hexdig[] = "0123456789abcdef";

/* The escape of c (< 0x80 or, with ascii, any) into e: its length, or 0
   when c stands for itself. */
static int escape_of(uint32_t c, bool ascii, char *e) {
  switch (c) {
  case '"': memcpy(e, "\\\"", 2); return 2;
  case '\\': memcpy(e, "\\\\", 2); return 2;
  case '\b': memcpy(e, "\\b", 2); return 2;
  case '\f': memcpy(e, "\\f", 2); return 2;
  case '\n': memcpy(e, "\\n", 2); return 2;
  case '\r': memcpy(e, "\\r", 2); return 2;
  case '\t': memcpy(e, "\\t", 2); return 2;
  }
  if (c >= 0x20 && (c < 0x7f || !ascii)) return 0;
  int n = 0;
  if (c >= 0x10000) {
    uint32_t v = c - 0x10000;
    uint32_t hi = 0xd800 | ((v >> 10) & 0x3ff);
    e[n++] = '\\';
    e[n++] = 'u';
    for (int s = 12; s >= 0; s -= 4)
      e[n++] = hexdig[(hi >> s) & 0xf];
    c = 0xdc00 | (v & 0x3ff);
  }
  e[n++] = '\\';
  e[n++] = 'u';
  for (int s = 12; s >= 0; s -= 4)
    e[n++] = hexdig[(c >> s) & 0xf];
  return n;
}

/* Appends s quoted and escaped as JSON. */
static int out_json_str(Out *o, ShObject *s, bool ascii) {
  intptr_t n = SH_STR_LEN(s);
  int kind = SH_STR_KIND(s);
  const void *d = SH_STR_DATA(s);
  if (out_grow(o, n + 2) < 0) return -1;
  o->d[o->len++] = '"';
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    char e[12];
    int k = escape_of(c, ascii, e);
    if (k == 0) {
      if (out_grow(o, 1) < 0) return -1;
      if (c > o->max) o->max = c;
      o->d[o->len++] = c;
    } else if (out_ascii(o, e, k) < 0) {
      return -1;
    }
  }
  if (out_grow(o, 1) < 0) return -1;
  o->d[o->len++] = '"';
  return 0;
}

static ShObject *escape_string(ShObject *s, bool ascii) {
  if (!SH_STR_CHECK(s))
    return sh_err_format(&sh_exc_TypeError, "first argument must be a string, not %T", s);
  Out o = {0};
  if (out_json_str(&o, s, ascii) < 0) {
    sh_mem_free(o.d);
    return NULL;
  }
  return out_finish(&o);
}

static ShObject *json_encode_basestring_ascii(ShObject *self, ShObject *s) {
  return escape_string(s, true);
}

static ShObject *json_encode_basestring(ShObject *self, ShObject *s) {
  return escape_string(s, false);
}

/* One encode() call: its settings and the containers being encoded (the
   circular-reference check, when asked for). */
typedef struct {
  ShObject *deflt, *key_sep, *item_sep;
  bool check_circular, ascii, allow_nan, sort_keys, skipkeys;
  ShObject **path;
  intptr_t depth, path_cap;
} Enc;

static int mark(Enc *e, ShObject *o) {
  if (!e->check_circular) return 0;
  for (intptr_t i = 0; i < e->depth; i++)
    if (e->path[i] == o) {
      sh_err_set_string(&sh_exc_ValueError, "Circular reference detected");
      return -1;
    }
  if (e->depth == e->path_cap) {
    intptr_t cap = e->path_cap ? e->path_cap * 2 : 16;
    ShObject **p = sh_mem_realloc(e->path, (size_t)cap * sizeof(*p));
    if (!p) {
      sh_err_no_memory();
      return -1;
    }
    e->path = p;
    e->path_cap = cap;
  }
  e->path[e->depth++] = o;
  return 0;
}

static void unmark(Enc *e) {
  if (e->check_circular) e->depth--;
}

static int out_float(Enc *e, Out *o, ShObject *f) {
  double v = SH_FLOAT_VALUE(f);
  if (!isfinite(v)) {
    if (!e->allow_nan) {
      sh_err_set_string(&sh_exc_ValueError, "Out of range float values are not JSON compliant");
      return -1;
    }
    const char *t = isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    return out_ascii(o, t, (intptr_t)strlen(t));
  }
  char buf[40];
  sh_float_repr_buf(v, buf, sizeof buf);
  return out_ascii(o, buf, (intptr_t)strlen(buf));
}

static int out_int(Out *o, ShObject *i) {
  if (SH_INT_IS_SMALL(i)) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)SH_INT_SMALL_VALUE(i));
    return out_ascii(o, buf, n);
  }
  ShObject *s = sh_int_to_decimal_string(i);
  if (!s) return -1;
  int r = out_str(o, s);
  sh_decref(s);
  return r;
}

static int encode_obj(Enc *e, Out *o, ShObject *v);

static int encode_seq(Enc *e, Out *o, ShObject *seq) {
  bool is_list = SH_LIST_CHECK(seq);
  intptr_t n = is_list ? sh_list_size(seq) : SH_TUPLE_SIZE(seq);
  if (n == 0) return out_ascii(o, "[]", 2);
  if (mark(e, seq) < 0) return -1;
  int r = out_ascii(o, "[", 1);
  for (intptr_t i = 0; r == 0; i++) {
    if (is_list && i >= sh_list_size(seq)) break;
    if (!is_list && i >= n) break;
    ShObject *item = is_list ? sh_list_get_item(seq, i) : sh_newref(SH_TUPLE_ITEMS(seq)[i]);
    if (!item) return -1;
    if (i > 0) r = out_str(o, e->item_sep);
    if (r == 0) r = encode_obj(e, o, item);
    sh_decref(item);
  }
  if (r == 0) r = out_ascii(o, "]", 1);
  if (r == 0) unmark(e);
  return r;
}

/* The JSON text of a key, appended quoted; 1 when skipped. */
static int encode_key(Enc *e, Out *o, ShObject *k) {
  if (SH_STR_CHECK(k)) return out_json_str(o, k, e->ascii);
  Out t = {0};
  int r;
  if (SH_FLOAT_CHECK(k))
    r = out_float(e, &t, k);
  else if (k == SH_TRUE)
    r = out_ascii(&t, "true", 4);
  else if (k == SH_FALSE)
    r = out_ascii(&t, "false", 5);
  else if (k == SH_NONE)
    r = out_ascii(&t, "null", 4);
  else if (SH_INT_CHECK(k))
    r = out_int(&t, k);
  else if (e->skipkeys)
    return 1;
  else {
    sh_err_format(&sh_exc_TypeError, "keys must be str, int, float, bool or None, not %T", k);
    return -1;
  }
  if (r == 0) {
    /* the text of a number or constant needs no escaping */
    r = out_grow(o, t.len + 2);
    if (r == 0) {
      o->d[o->len++] = '"';
      memcpy(o->d + o->len, t.d, (size_t)t.len * sizeof(uint32_t));
      o->len += t.len;
      o->d[o->len++] = '"';
    }
  }
  sh_mem_free(t.d);
  return r;
}

static int encode_dict(Enc *e, Out *o, ShObject *d) {
  if (sh_dict_size(d) == 0) return out_ascii(o, "{}", 2);
  if (mark(e, d) < 0) return -1;
  ShObject *items;
  if (SH_TYPE(d) == &sh_type_dict) {
    items = sh_dict_items_list(d);
  } else {
    ShObject *m = sh_object_getattr_str(d, "items");
    ShObject *it = m ? sh_call0(m) : NULL;
    sh_xdecref(m);
    items = it ? sh_list_new(0) : NULL;
    if (items && sh_list_extend(items, it) < 0) {
      sh_decref(items);
      items = NULL;
    }
    sh_xdecref(it);
  }
  if (!items) return -1;
  int r = 0;
  if (e->sort_keys) r = sh_list_sort(items, NULL, false);
  if (r == 0) r = out_ascii(o, "{", 1);
  bool first = true;
  for (intptr_t i = 0; r == 0 && i < sh_list_size(items); i++) {
    ShObject *kv = sh_list_get_item(items, i);
    if (!kv) {
      r = -1;
      break;
    }
    if (!SH_TUPLE_CHECK(kv) || SH_TUPLE_SIZE(kv) != 2) {
      sh_err_set_string(&sh_exc_ValueError, "items must return 2-tuples");
      sh_decref(kv);
      r = -1;
      break;
    }
    intptr_t mark_len = o->len;
    if (!first) r = out_str(o, e->item_sep);
    if (r == 0) {
      r = encode_key(e, o, SH_TUPLE_ITEMS(kv)[0]);
      if (r == 1) {
        o->len = mark_len;
        r = 0;
        sh_decref(kv);
        continue;
      }
    }
    if (r == 0) r = out_str(o, e->key_sep);
    if (r == 0) r = encode_obj(e, o, SH_TUPLE_ITEMS(kv)[1]);
    first = false;
    sh_decref(kv);
  }
  sh_decref(items);
  if (r == 0) r = out_ascii(o, "}", 1);
  if (r == 0) unmark(e);
  return r;
}

static int encode_obj(Enc *e, Out *o, ShObject *v) {
  if (v == SH_NONE) return out_ascii(o, "null", 4);
  if (v == SH_TRUE) return out_ascii(o, "true", 4);
  if (v == SH_FALSE) return out_ascii(o, "false", 5);
  if (SH_STR_CHECK(v)) return out_json_str(o, v, e->ascii);
  if (SH_INT_CHECK(v)) return out_int(o, v);
  if (SH_FLOAT_CHECK(v)) return out_float(e, o, v);
  if (sh_enter_recursive_call(" while encoding a JSON object") < 0) return -1;
  int r;
  if (SH_LIST_CHECK(v) || SH_TUPLE_CHECK(v)) {
    r = encode_seq(e, o, v);
  } else if (SH_DICT_CHECK(v)) {
    r = encode_dict(e, o, v);
  } else {
    r = mark(e, v);
    if (r == 0) {
      ShObject *nv = sh_call1(e->deflt, v);
      r = nv ? encode_obj(e, o, nv) : -1;
      sh_xdecref(nv);
      if (r == 0) unmark(e);
    }
  }
  sh_leave_recursive_call();
  return r;
}

/* encode(o, check_circular, default, ensure_ascii, allow_nan, key_separator,
   item_separator, sort_keys, skipkeys) -> the JSON text of o. */
static ShObject *json_encode(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs != 9) return sh_err_format(&sh_exc_TypeError, "encode() takes 9 arguments");
  for (int i = 5; i <= 6; i++)
    if (!SH_STR_CHECK(args[i]))
      return sh_err_format(&sh_exc_TypeError, "make_encoder() argument %d must be str, not %T",
                           i + 1, args[i]);
  Enc e = {.deflt = args[2], .key_sep = args[5], .item_sep = args[6]};
  int t;
  if ((t = sh_object_is_true(args[1])) < 0) return NULL;
  e.check_circular = t;
  if ((t = sh_object_is_true(args[3])) < 0) return NULL;
  e.ascii = t;
  if ((t = sh_object_is_true(args[4])) < 0) return NULL;
  e.allow_nan = t;
  if ((t = sh_object_is_true(args[7])) < 0) return NULL;
  e.sort_keys = t;
  if ((t = sh_object_is_true(args[8])) < 0) return NULL;
  e.skipkeys = t;
  Out o = {0};
  int r = encode_obj(&e, &o, args[0]);
  sh_mem_free(e.path);
  if (r < 0) {
    sh_mem_free(o.d);
    return NULL;
  }
  return out_finish(&o);
}

static ShMethodDef json_functions[] = {
    {"encode_basestring_ascii", (void *)json_encode_basestring_ascii, SH_METH_O,
     "Return an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", (void *)json_encode_basestring, SH_METH_O,
     "Return a JSON representation of a Python string"},
    {"encode", (void *)json_encode, SH_METH_FAST, "The JSON text of a value (indent=None)."},
    {"scan_once", (void *)sh_json_scan_once, SH_METH_FAST,
     "scan_once(context, string, idx) -> (value, end), or StopIteration(idx)."},
    {NULL},
};

ShObject *sh_module_init__json(void) {
  ShObject *m = sh_module_new("_json");
  if (!m || sh_module_add_functions(m, json_functions) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
