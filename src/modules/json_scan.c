/* Module _json's scanner: one JSON value of a str decoded in C, with the
   hooks, errors and positions of CPython 3.11's json.decoder. */
#include "../shoal.h"
#include "../objects/str_internal.h"
#include "modules.h"

/* One scan_once call. The key memo is per call (made on the first key), so
   threads sharing a decoder share nothing mutable. */
typedef struct {
  ShObject *s;
  int kind;
  const void *d;
  intptr_t n;
  bool strict;
  ShObject *errcls, *object_hook, *pairs_hook, *parse_float, *parse_int, *parse_constant;
  ShObject *memo;
} Scan;

#define CH(sc, i) sh_str_read((sc)->kind, (sc)->d, (i))

static ShObject *fail(Scan *sc, const char *msg, intptr_t pos) {
  ShObject *m = sh_str_from_cstr(msg);
  ShObject *p = m ? sh_int_from_i64(pos) : NULL;
  ShObject *exc = NULL;
  if (p) {
    ShObject *args[3] = {m, sc->s, p};
    exc = sh_call(sc->errcls, args, 3, NULL);
  }
  sh_xdecref(m);
  sh_xdecref(p);
  if (exc) {
    sh_err_raise(exc);
    sh_decref(exc);
  }
  return NULL;
}

static ShObject *no_value(intptr_t pos) {
  ShObject *p = sh_int_from_i64(pos);
  if (p) {
    sh_err_set_object(&sh_exc_StopIteration, p);
    sh_decref(p);
  }
  return NULL;
}

static inline intptr_t skip_ws(Scan *sc, intptr_t i) {
  while (i < sc->n) {
    uint32_t c = CH(sc, i);
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    i++;
  }
  return i;
}

static int hexval(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}

/* The four hex digits at pos, or -1 (error raised at err_pos). */
static int32_t hex4(Scan *sc, intptr_t pos, intptr_t err_pos) {
  int32_t v = 0;
  for (intptr_t i = pos; i < pos + 4; i++) {
    int h = i < sc->n ? hexval(CH(sc, i)) : -1;
    if (h < 0) {
      fail(sc, "Invalid \\uXXXX escape", err_pos);
      return -1;
    }
    v = v * 16 + h;
  }
  return v;
}

typedef struct {
  uint32_t *d;
  intptr_t len, cap;
} Buf;

static int buf_put(Buf *b, uint32_t c) {
  if (b->len == b->cap) {
    intptr_t cap = b->cap ? b->cap * 2 : 64;
    uint32_t *d = sh_mem_realloc(b->d, (size_t)cap * sizeof(uint32_t));
    if (!d) {
      sh_err_no_memory();
      return -1;
    }
    b->d = d;
    b->cap = cap;
  }
  b->d[b->len++] = c;
  return 0;
}

/* The string whose opening quote is at end - 1; *next: after its closing
   quote. */
static ShObject *scan_string(Scan *sc, intptr_t end, intptr_t *next) {
  intptr_t begin = end - 1, n = sc->n, i = end;
  /* the common case: no escape, one substring */
  for (; i < n; i++) {
    uint32_t c = CH(sc, i);
    if (c == '"') {
      *next = i + 1;
      return sh_str_substring(sc->s, end, i);
    }
    if (c == '\\') break;
    if (c < 0x20 && sc->strict) return fail(sc, "Invalid control character at", i);
  }
  if (i >= n) return fail(sc, "Unterminated string starting at", begin);
  Buf b = {0};
  for (intptr_t k = end; k < i; k++)
    if (buf_put(&b, CH(sc, k)) < 0) goto error;
  while (1) {
    if (i >= n) {
      fail(sc, "Unterminated string starting at", begin);
      goto error;
    }
    uint32_t c = CH(sc, i);
    if (c == '"') break;
    if (c != '\\') {
      if (c < 0x20 && sc->strict) {
        fail(sc, "Invalid control character at", i);
        goto error;
      }
      if (buf_put(&b, c) < 0) goto error;
      i++;
      continue;
    }
    intptr_t nx = i + 1;
    if (nx >= n) {
      fail(sc, "Unterminated string starting at", begin);
      goto error;
    }
    c = CH(sc, nx);
    if (c != 'u') {
      uint32_t r;
      switch (c) {
      case '"':
      case '\\':
      case '/': r = c; break;
      case 'b': r = '\b'; break;
      case 'f': r = '\f'; break;
      case 'n': r = '\n'; break;
      case 'r': r = '\r'; break;
      case 't': r = '\t'; break;
      default: fail(sc, "Invalid \\escape", i); goto error;
      }
      if (buf_put(&b, r) < 0) goto error;
      i = nx + 1;
      continue;
    }
    nx++;
    i = nx + 4;
    if (i >= n) {
      fail(sc, "Invalid \\uXXXX escape", nx - 1);
      goto error;
    }
    int32_t u = hex4(sc, nx, nx - 1);
    if (u < 0) goto error;
    if (u >= 0xd800 && u <= 0xdbff && i + 6 < n && CH(sc, i) == '\\' && CH(sc, i + 1) == 'u') {
      int32_t u2 = hex4(sc, i + 2, i + 1);
      if (u2 < 0) goto error;
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
        i += 6;
      }
    }
    if (buf_put(&b, (uint32_t)u) < 0) goto error;
  }
  *next = i + 1;
  ShObject *r = sh_str_from_kind(4, b.d, b.len);
  sh_mem_free(b.d);
  return r;
error:
  sh_mem_free(b.d);
  return NULL;
}

static ShObject *scan_value(Scan *sc, intptr_t idx, intptr_t *next);

static ShObject *scan_number(Scan *sc, intptr_t start, intptr_t *next) {
  intptr_t n = sc->n, i = start;
  if (i < n && CH(sc, i) == '-') {
    i++;
    if (i >= n) return no_value(start);
  }
  uint32_t c = CH(sc, i);
  if (c >= '1' && c <= '9') {
    i++;
    while (i < n && CH(sc, i) >= '0' && CH(sc, i) <= '9')
      i++;
  } else if (c == '0') {
    i++;
  } else {
    return no_value(start);
  }
  bool is_float = false;
  if (i < n - 1 && CH(sc, i) == '.' && CH(sc, i + 1) >= '0' && CH(sc, i + 1) <= '9') {
    is_float = true;
    i += 2;
    while (i < n && CH(sc, i) >= '0' && CH(sc, i) <= '9')
      i++;
  }
  if (i < n - 1 && (CH(sc, i) == 'e' || CH(sc, i) == 'E')) {
    intptr_t e_start = i++;
    if (i < n - 1 && (CH(sc, i) == '-' || CH(sc, i) == '+')) i++;
    while (i < n && CH(sc, i) >= '0' && CH(sc, i) <= '9')
      i++;
    uint32_t last = CH(sc, i - 1);
    if (last >= '0' && last <= '9')
      is_float = true;
    else
      i = e_start;
  }
  *next = i;
  ShObject *hook = is_float ? sc->parse_float : sc->parse_int;
  bool plain = hook == (is_float ? SH_OBJ(&sh_type_float) : SH_OBJ(&sh_type_int));
  if (!plain) {
    ShObject *text = sh_str_substring(sc->s, start, i);
    if (!text) return NULL;
    ShObject *r = sh_call1(hook, text);
    sh_decref(text);
    return r;
  }
  intptr_t len = i - start;
  if (!is_float && len <= 18) {
    int64_t v = 0;
    bool neg = CH(sc, start) == '-';
    for (intptr_t k = start + neg; k < i; k++)
      v = v * 10 + (CH(sc, k) - '0');
    return sh_int_from_i64(neg ? -v : v);
  }
  char small[64];
  char *text = len < (intptr_t)sizeof small ? small : sh_mem_alloc((size_t)len + 1);
  if (!text) return sh_err_no_memory();
  for (intptr_t k = 0; k < len; k++)
    text[k] = (char)CH(sc, start + k);
  text[len] = 0;
  ShObject *r = is_float ? sh_float_from_string(text, (size_t)len)
                         : sh_int_from_string(text, (size_t)len, 10);
  if (text != small) sh_mem_free(text);
  return r;
}

static ShObject *scan_object(Scan *sc, intptr_t idx, intptr_t *next) {
  intptr_t n = sc->n;
  ShObject *pairs = sc->pairs_hook != SH_NONE ? sh_list_new(0) : NULL;
  ShObject *obj = pairs ? NULL : sh_dict_new();
  if (!pairs && !obj) return NULL;
  idx = skip_ws(sc, idx);
  if (idx >= n || CH(sc, idx) != '}') {
    while (idx < n) {
      if (CH(sc, idx) != '"') {
        fail(sc, "Expecting property name enclosed in double quotes", idx);
        goto error;
      }
      ShObject *key = scan_string(sc, idx + 1, &idx);
      if (!key) goto error;
      if (!sc->memo && !(sc->memo = sh_dict_new())) {
        sh_decref(key);
        goto error;
      }
      ShObject *known;
      int f = sh_dict_get_ref(sc->memo, key, &known);
      if (f > 0) {
        sh_decref(key);
        key = known;
      } else if (f < 0 || sh_dict_set_item(sc->memo, key, key) < 0) {
        sh_decref(key);
        goto error;
      }
      idx = skip_ws(sc, idx);
      if (idx >= n || CH(sc, idx) != ':') {
        sh_decref(key);
        fail(sc, "Expecting ':' delimiter", idx);
        goto error;
      }
      idx = skip_ws(sc, idx + 1);
      ShObject *value = scan_value(sc, idx, &idx);
      if (!value) {
        sh_decref(key);
        goto error;
      }
      int r;
      if (pairs) {
        ShObject *t = sh_tuple_pack(2, key, value);
        r = t ? sh_list_append(pairs, t) : -1;
        sh_xdecref(t);
      } else {
        r = sh_dict_set_item(obj, key, value);
      }
      sh_decref(key);
      sh_decref(value);
      if (r < 0) goto error;
      idx = skip_ws(sc, idx);
      if (idx < n && CH(sc, idx) == '}') break;
      if (idx >= n || CH(sc, idx) != ',') {
        fail(sc, "Expecting ',' delimiter", idx);
        goto error;
      }
      idx = skip_ws(sc, idx + 1);
    }
    if (idx >= n || CH(sc, idx) != '}') {
      fail(sc, "Expecting property name enclosed in double quotes", idx);
      goto error;
    }
  }
  *next = idx + 1;
  if (pairs) {
    ShObject *r = sh_call1(sc->pairs_hook, pairs);
    sh_decref(pairs);
    return r;
  }
  if (sc->object_hook != SH_NONE) {
    ShObject *r = sh_call1(sc->object_hook, obj);
    sh_decref(obj);
    return r;
  }
  return obj;
error:
  sh_xdecref(pairs);
  sh_xdecref(obj);
  return NULL;
}

static ShObject *scan_array(Scan *sc, intptr_t idx, intptr_t *next) {
  intptr_t n = sc->n;
  ShObject *values = sh_list_new(0);
  if (!values) return NULL;
  idx = skip_ws(sc, idx);
  if (idx < n && CH(sc, idx) != ']') {
    while (idx < n) {
      ShObject *v = scan_value(sc, idx, &idx);
      if (!v) goto error;
      int r = sh_list_append(values, v);
      sh_decref(v);
      if (r < 0) goto error;
      idx = skip_ws(sc, idx);
      if (idx < n && CH(sc, idx) == ']') break;
      if (idx >= n || CH(sc, idx) != ',') {
        fail(sc, "Expecting ',' delimiter", idx);
        goto error;
      }
      idx = skip_ws(sc, idx + 1);
    }
  }
  if (idx >= n || CH(sc, idx) != ']') {
    no_value(idx);
    goto error;
  }
  *next = idx + 1;
  return values;
error:
  sh_decref(values);
  return NULL;
}

static bool starts(Scan *sc, intptr_t i, const char *w) {
  for (; *w; w++, i++)
    if (i >= sc->n || CH(sc, i) != (uint32_t)*w) return false;
  return true;
}

static ShObject *constant(Scan *sc, const char *name, intptr_t end, intptr_t *next) {
  ShObject *s = sh_str_from_cstr(name);
  if (!s) return NULL;
  ShObject *r = sh_call1(sc->parse_constant, s);
  sh_decref(s);
  *next = end;
  return r;
}

static ShObject *scan_value(Scan *sc, intptr_t idx, intptr_t *next) {
  if (idx < 0 || idx >= sc->n) return no_value(idx);
  uint32_t c = CH(sc, idx);
  ShObject *r;
  switch (c) {
  case '"': return scan_string(sc, idx + 1, next);
  case '{':
    if (sh_enter_recursive_call(" while decoding a JSON object from a unicode string") < 0)
      return NULL;
    r = scan_object(sc, idx + 1, next);
    sh_leave_recursive_call();
    return r;
  case '[':
    if (sh_enter_recursive_call(" while decoding a JSON array from a unicode string") < 0)
      return NULL;
    r = scan_array(sc, idx + 1, next);
    sh_leave_recursive_call();
    return r;
  case 'n':
    if (starts(sc, idx, "null")) {
      *next = idx + 4;
      SH_RETURN_NONE;
    }
    break;
  case 't':
    if (starts(sc, idx, "true")) {
      *next = idx + 4;
      return SH_TRUE;
    }
    break;
  case 'f':
    if (starts(sc, idx, "false")) {
      *next = idx + 5;
      return SH_FALSE;
    }
    break;
  case 'N':
    if (starts(sc, idx, "NaN")) return constant(sc, "NaN", idx + 3, next);
    break;
  case 'I':
    if (starts(sc, idx, "Infinity")) return constant(sc, "Infinity", idx + 8, next);
    break;
  case '-':
    if (starts(sc, idx, "-Infinity")) return constant(sc, "-Infinity", idx + 9, next);
    break;
  }
  return scan_number(sc, idx, next);
}

/* scan_once(context, string, idx); context: (JSONDecodeError, strict,
   object_hook, object_pairs_hook, parse_float, parse_int, parse_constant). */
ShObject *sh_json_scan_once(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs != 3) return sh_err_format(&sh_exc_TypeError, "scan_once() takes 3 arguments");
  ShObject *ctx = args[0], *s = args[1];
  if (!SH_TUPLE_CHECK(ctx) || SH_TUPLE_SIZE(ctx) != 7)
    return sh_err_format(&sh_exc_TypeError, "scan_once() context must be a 7-tuple");
  if (!SH_STR_CHECK(s))
    return sh_err_format(&sh_exc_TypeError, "first argument must be a string, not %T", s);
  if (!SH_INT_CHECK(args[2]) || !SH_INT_IS_SMALL(args[2]))
    return sh_err_format(&sh_exc_TypeError, "idx must be an int that fits a machine word");
  ShObject *const *c = SH_TUPLE_ITEMS(ctx);
  int strict = sh_object_is_true(c[1]);
  if (strict < 0) return NULL;
  Scan sc = {.s = s,
             .kind = SH_STR_KIND(s),
             .d = SH_STR_DATA(s),
             .n = SH_STR_LEN(s),
             .strict = strict,
             .errcls = c[0],
             .object_hook = c[2],
             .pairs_hook = c[3],
             .parse_float = c[4],
             .parse_int = c[5],
             .parse_constant = c[6]};
  intptr_t end = 0;
  ShObject *v = scan_value(&sc, SH_INT_SMALL_VALUE(args[2]), &end);
  sh_xdecref(sc.memo);
  if (!v) return NULL;
  ShObject *e = sh_int_from_i64(end);
  ShObject *r = e ? sh_tuple_pack(2, v, e) : NULL;
  sh_decref(v);
  sh_xdecref(e);
  return r;
}
