/* The unicodedata module: names (src/unicode/unicode_names.c), character
   properties and normalization (src/unicode/unicode_props.c), Unicode 14. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../shoal.h"
#include "../unicode/unicode_names.h"
#include "../unicode/unicode_props.h"
#include "modules.h"

/* The code point of a one-character str, else TypeError in CPython's
   words ("argument 1" for functions that also take a default). */
static int one_char(const char *fname, bool numbered, ShObject *o, uint32_t *out) {
  if (!SH_STR_CHECK(o) || SH_STR_LEN(o) != 1) {
    sh_err_format(&sh_exc_TypeError, "%s() argument%s must be a unicode character, not %T", fname,
                  numbered ? " 1" : "", o);
    return -1;
  }
  *out = SH_STR_CHAR(o, 0);
  return 0;
}

static ShObject *ud_lookup(ShObject *m, ShObject *arg) {
  const char *name;
  intptr_t len;
  if (SH_STR_CHECK(arg)) {
    name = sh_str_utf8_and_size(arg, &len);
    if (!name) return NULL;
  } else if (SH_BYTES_CHECK(arg)) {
    name = SH_BYTES_DATA(arg);
    len = SH_BYTES_SIZE(arg);
  } else {
    return sh_err_format(&sh_exc_TypeError, "a bytes-like object is required, not '%T'", arg);
  }
  if (len > SH_UNAME_MAX) return sh_err_format(&sh_exc_KeyError, "name too long");
  long cp = sh_uname_lookup(name, (size_t)len, true);
  if (cp >= 0) return sh_str_from_char((uint32_t)cp);
  size_t n;
  const uint32_t *seq = sh_uname_sequence(name, (size_t)len, &n);
  if (seq) return sh_str_from_codepoints(seq, n);
  return sh_err_format(&sh_exc_KeyError, "undefined character name '%s'", name);
}

static ShObject *ud_name(ShObject *m, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("name", nargs, 1, 2) < 0) return NULL;
  uint32_t cp;
  if (one_char("name", true, args[0], &cp) < 0) return NULL;
  char buf[SH_UNAME_MAX];
  if (sh_uname_of(cp, buf)) return sh_str_from_cstr(buf);
  if (nargs > 1) return sh_newref(args[1]);
  return sh_err_format(&sh_exc_ValueError, "no such name");
}

/* decimal, digit, numeric: which = 0, 1, 2 */
static ShObject *numeric_value(const char *fname, int which, const char *err, ShObject *const *args,
                               size_t nargs) {
  if (sh_args_check_count(fname, nargs, 1, 2) < 0) return NULL;
  uint32_t cp;
  if (one_char(fname, true, args[0], &cp) < 0) return NULL;
  const ShUniNumeric *v = sh_uprops_numeric(cp);
  if (v && which == 2) return sh_float_from_double(v->numeric);
  if (v && which == 0 && v->decimal >= 0) return sh_int_from_i64(v->decimal);
  if (v && which == 1 && v->digit >= 0) return sh_int_from_i64(v->digit);
  if (nargs > 1) return sh_newref(args[1]);
  return sh_err_format(&sh_exc_ValueError, "%s", err);
}

static ShObject *ud_decimal(ShObject *m, ShObject *const *args, size_t nargs) {
  return numeric_value("decimal", 0, "not a decimal", args, nargs);
}
static ShObject *ud_digit(ShObject *m, ShObject *const *args, size_t nargs) {
  return numeric_value("digit", 1, "not a digit", args, nargs);
}
static ShObject *ud_numeric(ShObject *m, ShObject *const *args, size_t nargs) {
  return numeric_value("numeric", 2, "not a numeric character", args, nargs);
}

#define PROPERTY(fname, expr)                                                                      \
  static ShObject *ud_##fname(ShObject *m, ShObject *arg) {                                        \
    uint32_t cp;                                                                                   \
    if (one_char(#fname, false, arg, &cp) < 0) return NULL;                                        \
    const ShUniProps *p = sh_uprops_of(cp);                                                        \
    return expr;                                                                                   \
  }
PROPERTY(category, sh_str_from_cstr(sh_up_categories[p->category]))
PROPERTY(bidirectional, sh_str_from_cstr(sh_up_bidis[p->bidi]))
PROPERTY(east_asian_width, sh_str_from_cstr(sh_up_eaws[p->eaw]))
PROPERTY(combining, sh_int_from_i64(p->combining))
PROPERTY(mirrored, sh_int_from_i64(p->mirrored))

static ShObject *ud_decomposition(ShObject *m, ShObject *arg) {
  uint32_t cp;
  if (one_char("decomposition", false, arg, &cp) < 0) return NULL;
  const ShUniDecomp *d = sh_uprops_decomp(cp);
  if (!d) return sh_str_from_cstr("");
  char buf[256];
  size_t n = (size_t)snprintf(buf, sizeof buf, "%s", sh_up_tags[d->tag]);
  for (unsigned i = 0; i < d->count && n < sizeof buf - 16; i++)
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%04X", n ? " " : "",
                          sh_up_decomp_cps[d->start + i]);
  return sh_str_from_cstr(buf);
}

/* Normalizes s to form; NULL with an exception on a bad form or no memory. */
static ShObject *normalized(const char *fname, ShObject *form, ShObject *s) {
  if (!SH_STR_CHECK(form))
    return sh_err_format(&sh_exc_TypeError, "%s() argument 1 must be str, not %T", fname, form);
  if (!SH_STR_CHECK(s))
    return sh_err_format(&sh_exc_TypeError, "%s() argument 2 must be str, not %T", fname, s);
  bool compat, compose;
  if (sh_str_equal_cstr(form, "NFC"))
    compat = false, compose = true;
  else if (sh_str_equal_cstr(form, "NFD"))
    compat = false, compose = false;
  else if (sh_str_equal_cstr(form, "NFKC"))
    compat = true, compose = true;
  else if (sh_str_equal_cstr(form, "NFKD"))
    compat = true, compose = false;
  else
    return sh_err_format(&sh_exc_ValueError, "invalid normalization form");
  intptr_t n = SH_STR_LEN(s);
  uint32_t *cps = malloc((size_t)(n ? n : 1) * sizeof *cps);
  if (!cps) return sh_err_no_memory();
  for (intptr_t i = 0; i < n; i++)
    cps[i] = SH_STR_CHAR(s, i);
  size_t rn;
  uint32_t *r = sh_unormalize(cps, (size_t)n, compat, compose, &rn);
  free(cps);
  if (!r) return sh_err_no_memory();
  ShObject *res = sh_str_from_codepoints(r, rn);
  free(r);
  return res;
}

static ShObject *ud_normalize(ShObject *m, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("normalize", nargs, 2, 2) < 0) return NULL;
  ShObject *r = normalized("normalize", args[0], args[1]);
  if (r && SH_STR_CHECK_EXACT(args[1]) && sh_str_equal(r, args[1])) {
    sh_decref(r);
    return sh_newref(args[1]);
  }
  return r;
}

static ShObject *ud_is_normalized(ShObject *m, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("is_normalized", nargs, 2, 2) < 0) return NULL;
  ShObject *r = normalized("is_normalized", args[0], args[1]);
  if (!r) return NULL;
  bool same = sh_str_equal(r, args[1]);
  sh_decref(r);
  return sh_bool_from(same);
}

static ShMethodDef ud_functions[] = {
    {"lookup", ud_lookup, SH_METH_O, NULL},
    {"name", ud_name, SH_METH_FAST, NULL},
    {"decimal", ud_decimal, SH_METH_FAST, NULL},
    {"digit", ud_digit, SH_METH_FAST, NULL},
    {"numeric", ud_numeric, SH_METH_FAST, NULL},
    {"category", ud_category, SH_METH_O, NULL},
    {"bidirectional", ud_bidirectional, SH_METH_O, NULL},
    {"east_asian_width", ud_east_asian_width, SH_METH_O, NULL},
    {"combining", ud_combining, SH_METH_O, NULL},
    {"mirrored", ud_mirrored, SH_METH_O, NULL},
    {"decomposition", ud_decomposition, SH_METH_O, NULL},
    {"normalize", ud_normalize, SH_METH_FAST, NULL},
    {"is_normalized", ud_is_normalized, SH_METH_FAST, NULL},
    {NULL},
};

ShObject *sh_module_init_unicodedata(void) {
  ShObject *m = sh_module_new("unicodedata");
  if (!m || sh_module_add_functions(m, ud_functions) < 0 ||
      sh_module_add_string(m, "unidata_version", "14.0.0") < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
