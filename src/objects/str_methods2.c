/* str methods on characters: case conversion, the is*() predicates,
   padding (center/ljust/rjust/zfill), translate/maketrans; and str's
   method table. */
#include <string.h>

#include "str_internal.h"

/* Code point output buffer. */
typedef struct {
  uint32_t *buf;
  intptr_t len, cap;
} Ucs;

static int put(Ucs *u, const uint32_t *cps, int n) {
  if (u->len + n > u->cap) {
    intptr_t ncap = u->cap ? u->cap * 2 : 32;
    while (ncap < u->len + n)
      ncap *= 2;
    uint32_t *nb = sh_mem_realloc(u->buf, (size_t)ncap * sizeof *nb);
    if (!nb) {
      sh_err_no_memory();
      return -1;
    }
    u->buf = nb;
    u->cap = ncap;
  }
  for (int i = 0; i < n; i++)
    u->buf[u->len++] = cps[i];
  return 0;
}

static ShObject *finish(Ucs *u) {
  ShObject *r = sh_str_from_codepoints(u->buf, (size_t)u->len);
  sh_mem_free(u->buf);
  return r;
}

/* Greek capital sigma lowers to the final form at the end of a word: when
   a cased letter precedes it and none follows (skipping case-ignorables). */
static bool final_sigma(int k, const void *d, intptr_t n, intptr_t i) {
  intptr_t j = i - 1;
  while (j >= 0 && sh_uni_iscaseignorable(sh_str_read(k, d, j)))
    j--;
  if (j < 0 || !sh_uni_iscased(sh_str_read(k, d, j))) return false;
  j = i + 1;
  while (j < n && sh_uni_iscaseignorable(sh_str_read(k, d, j)))
    j++;
  return j == n || !sh_uni_iscased(sh_str_read(k, d, j));
}

static int lower_char(int k, const void *d, intptr_t n, intptr_t i, uint32_t *out) {
  uint32_t c = sh_str_read(k, d, i);
  if (c == 0x3A3) {
    out[0] = final_sigma(k, d, n, i) ? 0x3C2 : 0x3C3;
    return 1;
  }
  return sh_uni_tolower_full(c, out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static ShObject *convert_case(ShObject *self, int mode) {
  intptr_t n = SH_STR_LEN(self);
  int k = SH_STR_KIND(self);
  const void *d = SH_STR_DATA(self);
  if (((ShStr *)self)->ascii) { /* letters are the only cased characters */
    ShObject *r = sh_str_new(n, 127);
    if (!r) return NULL;
    const uint8_t *src = d;
    uint8_t *dst = SH_STR_DATA(r);
#define ASCII_LETTER(c) ((uint8_t)(((c) | 32) - 'a') < 26) /* bit 5 is the case bit */
    if (mode == CASE_TITLE || mode == CASE_CAPITALIZE) {
      bool prev_letter = false;
      for (intptr_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        bool letter = ASCII_LETTER(c);
        bool up = mode == CASE_TITLE ? !prev_letter : i == 0;
        dst[i] = letter ? (up ? c & ~32 : c | 32) : c;
        prev_letter = letter;
      }
    } else {
      uint8_t set = mode == CASE_UPPER || mode == CASE_SWAP ? 0 : 32;
      uint8_t keep = mode == CASE_UPPER ? (uint8_t)~32 : 0xff, flip = mode == CASE_SWAP ? 32 : 0;
      for (intptr_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        dst[i] = ASCII_LETTER(c) ? (uint8_t)(((c | set) & keep) ^ flip) : c;
      }
    }
#undef ASCII_LETTER
    return r;
  }
  Ucs u = {NULL, 0, 0};
  uint32_t tmp[3];
  bool prev_cased = false;
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(k, d, i);
    int m;
    switch (mode) {
    case CASE_LOWER: m = lower_char(k, d, n, i, tmp); break;
    case CASE_UPPER: m = sh_uni_toupper_full(c, tmp); break;
    case CASE_FOLD: m = sh_uni_casefold_full(c, tmp); break;
    case CASE_SWAP:
      if (sh_uni_isupper(c))
        m = lower_char(k, d, n, i, tmp);
      else if (sh_uni_islower(c))
        m = sh_uni_toupper_full(c, tmp);
      else {
        tmp[0] = c;
        m = 1;
      }
      break;
    case CASE_TITLE:
      m = prev_cased ? lower_char(k, d, n, i, tmp) : sh_uni_totitle_full(c, tmp);
      prev_cased = sh_uni_iscased(c);
      break;
    default: /* capitalize */
      m = i == 0 ? sh_uni_totitle_full(c, tmp) : lower_char(k, d, n, i, tmp);
      break;
    }
    if (put(&u, tmp, m) < 0) {
      sh_mem_free(u.buf);
      return NULL;
    }
  }
  return finish(&u);
}

static ShObject *str_lower(ShObject *s) {
  return convert_case(s, CASE_LOWER);
}
static ShObject *str_upper(ShObject *s) {
  return convert_case(s, CASE_UPPER);
}
static ShObject *str_casefold(ShObject *s) {
  return convert_case(s, CASE_FOLD);
}
static ShObject *str_swapcase(ShObject *s) {
  return convert_case(s, CASE_SWAP);
}
static ShObject *str_title(ShObject *s) {
  return convert_case(s, CASE_TITLE);
}
static ShObject *str_capitalize(ShObject *s) {
  return convert_case(s, CASE_CAPITALIZE);
}

/* ------------------------------------------------------------ predicates */

#define ALL_CHARS(name, pred, empty)                                                               \
  static ShObject *name(ShObject *s) {                                                             \
    intptr_t n = SH_STR_LEN(s);                                                                    \
    int k = SH_STR_KIND(s);                                                                        \
    const void *d = SH_STR_DATA(s);                                                                \
    if (n == 0) return sh_bool_from(empty);                                                        \
    for (intptr_t i = 0; i < n; i++) {                                                             \
      uint32_t c = sh_str_read(k, d, i);                                                           \
      if (!(pred)) return SH_FALSE;                                                                \
    }                                                                                              \
    return SH_TRUE;                                                                                \
  }

ALL_CHARS(str_isspace, sh_uni_isspace(c), false)
ALL_CHARS(str_isalpha, sh_uni_isalpha(c), false)
ALL_CHARS(str_isdecimal, sh_uni_isdecimal(c), false)
ALL_CHARS(str_isdigit, sh_uni_isdigit(c), false)
ALL_CHARS(str_isnumeric, sh_uni_isnumeric(c), false)
ALL_CHARS(str_isalnum,
          sh_uni_isalpha(c) || sh_uni_isdecimal(c) || sh_uni_isdigit(c) || sh_uni_isnumeric(c),
          false)
ALL_CHARS(str_isprintable, sh_uni_isprintable(c), true)

static ShObject *str_isascii(ShObject *s) {
  return sh_bool_from(((ShStr *)s)->ascii);
}

static ShObject *str_islower(ShObject *s) {
  bool cased = false;
  for (intptr_t i = 0, n = SH_STR_LEN(s); i < n; i++) {
    uint32_t c = SH_STR_CHAR(s, i);
    if (sh_uni_isupper(c) || sh_uni_istitle(c)) return SH_FALSE;
    if (sh_uni_islower(c)) cased = true;
  }
  return sh_bool_from(cased);
}

static ShObject *str_isupper(ShObject *s) {
  bool cased = false;
  for (intptr_t i = 0, n = SH_STR_LEN(s); i < n; i++) {
    uint32_t c = SH_STR_CHAR(s, i);
    if (sh_uni_islower(c) || sh_uni_istitle(c)) return SH_FALSE;
    if (sh_uni_isupper(c)) cased = true;
  }
  return sh_bool_from(cased);
}

static ShObject *str_istitle(ShObject *s) {
  bool cased = false, prev = false;
  for (intptr_t i = 0, n = SH_STR_LEN(s); i < n; i++) {
    uint32_t c = SH_STR_CHAR(s, i);
    if (sh_uni_isupper(c) || sh_uni_istitle(c)) {
      if (prev) return SH_FALSE;
      prev = cased = true;
    } else if (sh_uni_islower(c)) {
      if (!prev) return SH_FALSE;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return sh_bool_from(cased);
}

static ShObject *str_isidentifier(ShObject *s) {
  intptr_t n = SH_STR_LEN(s);
  if (n == 0 || !sh_uni_isxidstart(SH_STR_CHAR(s, 0))) return SH_FALSE;
  for (intptr_t i = 1; i < n; i++)
    if (!sh_uni_isxidcontinue(SH_STR_CHAR(s, i))) return SH_FALSE;
  return SH_TRUE;
}

/* ------------------------------------------------------------ padding */

static ShObject *pad(ShObject *self, intptr_t left, intptr_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  intptr_t n = SH_STR_LEN(self);
  if (left == 0 && right == 0) {
    if (SH_STR_CHECK_EXACT(self)) return sh_newref(self);
    return sh_str_substring(self, 0, n);
  }
  uint32_t m = sh_str_maxchar(self);
  if (fill > m) m = fill;
  ShObject *r = sh_str_new(left + n + right, m);
  if (!r) return NULL;
  int kr = SH_STR_KIND(r), ks = SH_STR_KIND(self);
  void *out = SH_STR_DATA(r);
  const void *d = SH_STR_DATA(self);
  for (intptr_t i = 0; i < left + n + right; i++) {
    uint32_t c = (i < left || i >= left + n) ? fill : sh_str_read(ks, d, i - left);
    if (kr == 1)
      ((uint8_t *)out)[i] = (uint8_t)c;
    else if (kr == 2)
      ((uint16_t *)out)[i] = (uint16_t)c;
    else
      ((uint32_t *)out)[i] = c;
  }
  return r;
}

static int parse_pad_args(const char *name, ShObject *const *args, size_t nargs, intptr_t *width,
                          uint32_t *fill) {
  if (nargs < 1 || nargs > 2) {
    if (nargs < 1)
      sh_err_format(&sh_exc_TypeError, "%s expected at least 1 argument, got %d", name, (int)nargs);
    else
      sh_err_format(&sh_exc_TypeError, "%s expected at most 2 arguments, got %d", name, (int)nargs);
    return -1;
  }
  *width = sh_number_as_ssize_arg(args[0]);
  if (*width == -1 && sh_err_occurred()) return -1;
  *fill = ' ';
  if (nargs == 2) {
    if (!SH_STR_CHECK(args[1])) {
      sh_err_format(&sh_exc_TypeError, "The fill character must be a unicode character, not %T",
                    args[1]);
      return -1;
    }
    if (SH_STR_LEN(args[1]) != 1) {
      sh_err_set_string(&sh_exc_TypeError, "The fill character must be exactly one character long");
      return -1;
    }
    *fill = SH_STR_CHAR(args[1], 0);
  }
  return 0;
}

static ShObject *str_center(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t w;
  uint32_t f;
  if (parse_pad_args("center", args, nargs, &w, &f) < 0) return NULL;
  intptr_t n = SH_STR_LEN(self);
  if (w <= n) return pad(self, 0, 0, f);
  intptr_t marg = w - n, left = marg / 2 + (marg & w & 1);
  return pad(self, left, marg - left, f);
}

static ShObject *str_ljust(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t w;
  uint32_t f;
  if (parse_pad_args("ljust", args, nargs, &w, &f) < 0) return NULL;
  return pad(self, 0, w - SH_STR_LEN(self), f);
}

static ShObject *str_rjust(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t w;
  uint32_t f;
  if (parse_pad_args("rjust", args, nargs, &w, &f) < 0) return NULL;
  return pad(self, w - SH_STR_LEN(self), 0, f);
}

static ShObject *str_zfill(ShObject *self, ShObject *arg) {
  intptr_t w = sh_number_as_ssize_arg(arg);
  if (w == -1 && sh_err_occurred()) return NULL;
  intptr_t n = SH_STR_LEN(self);
  ShObject *r = pad(self, w - n, 0, '0');
  if (!r || w <= n || n == 0) return r;
  uint32_t first = SH_STR_CHAR(self, 0);
  if (first == '+' || first == '-') {
    /* move the sign in front of the zeros; r is new and unshared */
    int k = SH_STR_KIND(r);
    void *d = SH_STR_DATA(r);
    intptr_t at = w - n;
    if (k == 1) {
      ((uint8_t *)d)[0] = (uint8_t)first;
      ((uint8_t *)d)[at] = '0';
    } else if (k == 2) {
      ((uint16_t *)d)[0] = (uint16_t)first;
      ((uint16_t *)d)[at] = '0';
    } else {
      ((uint32_t *)d)[0] = first;
      ((uint32_t *)d)[at] = '0';
    }
  }
  return r;
}

/* ------------------------------------------------------------ translate */

static ShObject *str_translate(ShObject *self, ShObject *table) {
  Ucs u = {NULL, 0, 0};
  intptr_t n = SH_STR_LEN(self);
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = SH_STR_CHAR(self, i);
    ShObject *key = sh_int_from_i64(c);
    if (!key) goto fail;
    ShObject *v = sh_object_getitem(table, key);
    sh_decref(key);
    if (!v) {
      if (!sh_err_matches(&sh_exc_LookupError)) goto fail;
      sh_err_clear();
      if (put(&u, &c, 1) < 0) goto fail;
      continue;
    }
    int rc = 0;
    if (v == SH_NONE) {
    } else if (SH_INT_CHECK(v)) {
      bool ovf = false;
      int64_t x = sh_int_as_i64(v, &ovf);
      if (ovf || x < 0 || x > 0x10FFFF) {
        sh_err_set_string(&sh_exc_ValueError, "character mapping must be in range(0x110000)");
        rc = -1;
      } else {
        uint32_t cp = (uint32_t)x;
        rc = put(&u, &cp, 1);
      }
    } else if (SH_STR_CHECK(v)) {
      for (intptr_t j = 0; j < SH_STR_LEN(v) && rc == 0; j++) {
        uint32_t cp = SH_STR_CHAR(v, j);
        rc = put(&u, &cp, 1);
      }
    } else {
      sh_err_set_string(&sh_exc_TypeError, "character mapping must return integer, None or str");
      rc = -1;
    }
    sh_decref(v);
    if (rc < 0) goto fail;
  }
  return finish(&u);
fail:
  sh_mem_free(u.buf);
  return NULL;
}

static ShObject *str_maketrans(ShObject *unused, ShObject *const *args, size_t nargs) {
  (void)unused;
  if (sh_str_count_check("maketrans", nargs, 1, 3) < 0) return NULL;
  ShObject *d = sh_dict_new();
  if (!d) return NULL;
  if (nargs == 1) {
    ShObject *x = args[0];
    if (!SH_DICT_CHECK(x)) {
      sh_err_set_string(&sh_exc_TypeError,
                        "if you give only one argument to maketrans it must be a dict");
      goto fail;
    }
    ShObject *items = sh_dict_items_list(x);
    if (!items) goto fail;
    for (intptr_t i = 0; i < sh_list_size(items); i++) {
      ShObject *pair = sh_list_get_item(items, i);
      ShObject *k = SH_TUPLE_GET(pair, 0), *v = SH_TUPLE_GET(pair, 1);
      ShObject *key = NULL;
      if (SH_STR_CHECK(k)) {
        if (SH_STR_LEN(k) != 1) {
          sh_err_set_string(&sh_exc_ValueError,
                            "string keys in translate table must be of length 1");
        } else {
          key = sh_int_from_i64(SH_STR_CHAR(k, 0));
        }
      } else if (SH_INT_CHECK(k)) {
        key = sh_newref(k);
      } else {
        sh_err_set_string(&sh_exc_TypeError, "keys in translate table must be strings or integers");
      }
      int rc = key ? sh_dict_set_item(d, key, v) : -1;
      sh_xdecref(key);
      sh_decref(pair);
      if (rc < 0) {
        sh_decref(items);
        goto fail;
      }
    }
    sh_decref(items);
    return d;
  }
  if (!SH_STR_CHECK(args[0])) {
    sh_err_set_string(&sh_exc_TypeError,
                      "first maketrans argument must be a string if there is a second argument");
    goto fail;
  }
  if (!SH_STR_CHECK(args[1])) {
    sh_err_format(&sh_exc_TypeError, "maketrans() argument 2 must be str, not %T", args[1]);
    goto fail;
  }
  if (nargs == 3 && !SH_STR_CHECK(args[2])) {
    sh_err_format(&sh_exc_TypeError, "maketrans() argument 3 must be str, not %T", args[2]);
    goto fail;
  }
  if (SH_STR_LEN(args[0]) != SH_STR_LEN(args[1])) {
    sh_err_set_string(&sh_exc_ValueError,
                      "the first two maketrans arguments must have equal length");
    goto fail;
  }
  for (int which = 0; which < (nargs == 3 ? 2 : 1); which++) {
    ShObject *src = args[which ? 2 : 0];
    for (intptr_t i = 0; i < SH_STR_LEN(src); i++) {
      ShObject *k = sh_int_from_i64(SH_STR_CHAR(src, i));
      ShObject *v = which ? SH_NONE : sh_int_from_i64(SH_STR_CHAR(args[1], i));
      int rc = (k && v) ? sh_dict_set_item(d, k, v) : -1;
      sh_xdecref(k);
      sh_xdecref(v);
      if (rc < 0) goto fail;
    }
  }
  return d;
fail:
  sh_decref(d);
  return NULL;
}

/* ------------------------------------------------------------ the table */

ShObject *sh_strm_find(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_rfind(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_index(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_rindex(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_count(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_startswith(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_endswith(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_replace(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_split(ShObject *, ShObject *const *, size_t, ShObject *);
ShObject *sh_strm_rsplit(ShObject *, ShObject *const *, size_t, ShObject *);
ShObject *sh_strm_splitlines(ShObject *, ShObject *const *, size_t, ShObject *);
ShObject *sh_strm_partition(ShObject *, ShObject *);
ShObject *sh_strm_rpartition(ShObject *, ShObject *);
ShObject *sh_strm_strip(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_lstrip(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_rstrip(ShObject *, ShObject *const *, size_t);
ShObject *sh_strm_removeprefix(ShObject *, ShObject *);
ShObject *sh_strm_removesuffix(ShObject *, ShObject *);
ShObject *sh_strm_join(ShObject *, ShObject *);
ShObject *sh_strm_expandtabs(ShObject *, ShObject *const *, size_t, ShObject *);
ShObject *sh_strm_encode(ShObject *, ShObject *const *, size_t, ShObject *);
ShObject *sh_strm_getnewargs(ShObject *);
ShObject *sh_strm_sizeof(ShObject *);
ShObject *sh_strm_format(ShObject *, ShObject *const *, size_t, ShObject *);
ShObject *sh_strm_format_map(ShObject *, ShObject *);
ShObject *sh_strm_dunder_format(ShObject *, ShObject *);

#define M(name, fn, flags)                                                                         \
  { name, (void *)(fn), flags, NULL }
ShMethodDef sh_str_methods[] = {
    M("capitalize", str_capitalize, SH_METH_NOARGS),
    M("casefold", str_casefold, SH_METH_NOARGS),
    M("center", str_center, SH_METH_FAST),
    M("count", sh_strm_count, SH_METH_FAST),
    M("encode", sh_strm_encode, SH_METH_FASTKW),
    M("endswith", sh_strm_endswith, SH_METH_FAST),
    M("expandtabs", sh_strm_expandtabs, SH_METH_FASTKW),
    M("find", sh_strm_find, SH_METH_FAST),
    M("format", sh_strm_format, SH_METH_FASTKW),
    M("format_map", sh_strm_format_map, SH_METH_O),
    M("index", sh_strm_index, SH_METH_FAST),
    M("isalnum", str_isalnum, SH_METH_NOARGS),
    M("isalpha", str_isalpha, SH_METH_NOARGS),
    M("isascii", str_isascii, SH_METH_NOARGS),
    M("isdecimal", str_isdecimal, SH_METH_NOARGS),
    M("isdigit", str_isdigit, SH_METH_NOARGS),
    M("isidentifier", str_isidentifier, SH_METH_NOARGS),
    M("islower", str_islower, SH_METH_NOARGS),
    M("isnumeric", str_isnumeric, SH_METH_NOARGS),
    M("isprintable", str_isprintable, SH_METH_NOARGS),
    M("isspace", str_isspace, SH_METH_NOARGS),
    M("istitle", str_istitle, SH_METH_NOARGS),
    M("isupper", str_isupper, SH_METH_NOARGS),
    M("join", sh_strm_join, SH_METH_O),
    M("ljust", str_ljust, SH_METH_FAST),
    M("lower", str_lower, SH_METH_NOARGS),
    M("lstrip", sh_strm_lstrip, SH_METH_FAST),
    M("maketrans", str_maketrans, SH_METH_FAST | SH_METH_STATIC),
    M("partition", sh_strm_partition, SH_METH_O),
    M("removeprefix", sh_strm_removeprefix, SH_METH_O),
    M("removesuffix", sh_strm_removesuffix, SH_METH_O),
    M("replace", sh_strm_replace, SH_METH_FAST),
    M("rfind", sh_strm_rfind, SH_METH_FAST),
    M("rindex", sh_strm_rindex, SH_METH_FAST),
    M("rjust", str_rjust, SH_METH_FAST),
    M("rpartition", sh_strm_rpartition, SH_METH_O),
    M("rsplit", sh_strm_rsplit, SH_METH_FASTKW),
    M("rstrip", sh_strm_rstrip, SH_METH_FAST),
    M("split", sh_strm_split, SH_METH_FASTKW),
    M("splitlines", sh_strm_splitlines, SH_METH_FASTKW),
    M("startswith", sh_strm_startswith, SH_METH_FAST),
    M("strip", sh_strm_strip, SH_METH_FAST),
    M("swapcase", str_swapcase, SH_METH_NOARGS),
    M("title", str_title, SH_METH_NOARGS),
    M("translate", str_translate, SH_METH_O),
    M("upper", str_upper, SH_METH_NOARGS),
    M("zfill", str_zfill, SH_METH_O),
    M("__format__", sh_strm_dunder_format, SH_METH_O),
    M("__getnewargs__", sh_strm_getnewargs, SH_METH_NOARGS),
    M("__sizeof__", sh_strm_sizeof, SH_METH_NOARGS),
    {NULL, NULL, 0, NULL},
};
