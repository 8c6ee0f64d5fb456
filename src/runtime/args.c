/* Binding a builtin's (args, nargs, kwnames) to named parameters from a
   short spec string, with CPython's messages for every mismatch. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "error.h"
#include "../objects/exception.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

#define MAX_PARAMS 24

typedef struct Param {
  const char *name;
  size_t len;
  bool positional_only, keyword_only, required;
} Param;

static int parse_spec(const char *spec, Param *params) {
  int n = 0, first_optional = -1, posonly_end = -1, kwonly_start = -1;
  for (const char *p = spec; *p;) {
    if (*p == ',') {
      p++;
      continue;
    }
    if (*p == '|') {
      first_optional = n;
      p++;
      continue;
    }
    if (*p == '$') {
      kwonly_start = n;
      p++;
      continue;
    }
    if (*p == '/') {
      posonly_end = n;
      p++;
      continue;
    }
    const char *start = p;
    while (*p && *p != ',' && *p != '|' && *p != '$' && *p != '/')
      p++;
    params[n].name = start;
    params[n].len = (size_t)(p - start);
    n++;
  }
  for (int i = 0; i < n; i++) {
    params[i].positional_only = i < posonly_end;
    params[i].keyword_only = kwonly_start >= 0 && i >= kwonly_start;
    params[i].required = !params[i].keyword_only && (first_optional < 0 || i < first_optional);
  }
  return n;
}

static int find_param(Param *params, int n, ShObject *name) {
  intptr_t len;
  const char *s = sh_str_utf8_and_size(name, &len);
  if (!s) return -1;
  for (int i = 0; i < n; i++)
    if ((size_t)len == params[i].len && memcmp(s, params[i].name, params[i].len) == 0)
      return params[i].positional_only ? -1 : i;
  return -1;
}

/* The counts the common call needs, per spec: parameters, those that may
   be positional, those required (a prefix of them). Cached per thread by
   the spec's address (specs are string literals), so that a positional
   call does not scan its spec. */
typedef struct SpecShape {
  const char *spec;
  uint8_t n, positional, required;
} SpecShape;

static _Thread_local SpecShape shape_cache[64];

static const SpecShape *shape_of(const char *spec) {
  SpecShape *e = &shape_cache[((uintptr_t)spec >> 3) & 63];
  if (e->spec == spec) return e;
  Param params[MAX_PARAMS];
  int n = parse_spec(spec, params), positional = 0, required = 0;
  for (int i = 0; i < n; i++) {
    positional += !params[i].keyword_only;
    required += params[i].required;
  }
  *e = (SpecShape){spec, (uint8_t)n, (uint8_t)positional, (uint8_t)required};
  return e;
}

int sh_args_parse(const char *fname, ShObject *const *args, size_t nargs, ShObject *kwnames,
                  const char *spec, ...) {
  if (!kwnames || SH_TUPLE_SIZE(kwnames) == 0) {
    const SpecShape *shape = shape_of(spec);
    if (nargs >= shape->required && nargs <= shape->positional) {
      va_list ap;
      va_start(ap, spec);
      for (size_t i = 0; i < shape->n; i++)
        *va_arg(ap, ShObject **) = i < nargs ? args[i] : NULL;
      va_end(ap);
      return 0;
    }
  }
  Param params[MAX_PARAMS];
  ShObject *values[MAX_PARAMS] = {0};
  int n = parse_spec(spec, params);
  int max_positional = 0, required_positional = 0;
  for (int i = 0; i < n; i++)
    if (!params[i].keyword_only) {
      max_positional++;
      if (params[i].required) required_positional++;
    }
  if (nargs > (size_t)max_positional) {
    if (max_positional == 0)
      sh_err_format(&sh_exc_TypeError, "%s() takes no positional arguments", fname);
    else
      sh_err_format(&sh_exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                    required_positional == max_positional ? "exactly" : "at most", max_positional,
                    max_positional == 1 ? "" : "s", nargs);
    return -1;
  }
  for (size_t i = 0; i < nargs; i++)
    values[i] = args[i];
  intptr_t nkw = kwnames ? SH_TUPLE_SIZE(kwnames) : 0;
  for (intptr_t k = 0; k < nkw; k++) {
    ShObject *name = SH_TUPLE_GET(kwnames, k);
    int i = find_param(params, n, name);
    if (i < 0) {
      if (!sh_err_occurred())
        sh_err_format(&sh_exc_TypeError, "'%U' is an invalid keyword argument for %s()", name,
                      fname);
      return -1;
    }
    if (values[i]) {
      sh_err_format(&sh_exc_TypeError, "argument for %s() given by name ('%U') and position (%d)",
                    fname, name, i + 1);
      return -1;
    }
    values[i] = args[nargs + k];
  }
  for (int i = 0; i < n; i++)
    if (params[i].required && !values[i]) {
      char name[64];
      snprintf(name, sizeof name, "%.*s", (int)params[i].len, params[i].name);
      if (params[i].keyword_only)
        sh_err_format(&sh_exc_TypeError, "%s() missing required keyword-only argument '%s'", fname,
                      name);
      else
        sh_err_format(&sh_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                      name, i + 1);
      return -1;
    }
  va_list ap;
  va_start(ap, spec);
  for (int i = 0; i < n; i++)
    *va_arg(ap, ShObject **) = values[i];
  va_end(ap);
  return 0;
}

int sh_args_no_kwargs(const char *fname, ShObject *kwnames) {
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    sh_err_format(&sh_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
  }
  return 0;
}

int sh_args_check_count(const char *fname, size_t nargs, int min, int max) {
  if ((int)nargs < min || (max >= 0 && (int)nargs > max)) {
    if (min == max && min > 1) {
      sh_err_format(&sh_exc_TypeError, "%s expected %d arguments, got %zu", fname, min, nargs);
      return -1;
    }
  }
  if ((int)nargs < min) {
    if (min == max && min == 1)
      sh_err_format(&sh_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else
      sh_err_format(&sh_exc_TypeError, "%s expected at least %d argument%s, got %zu", fname, min,
                    min == 1 ? "" : "s", nargs);
    return -1;
  }
  if (max >= 0 && (int)nargs > max) {
    if (min == max && max == 1)
      sh_err_format(&sh_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (max == 0)
      sh_err_format(&sh_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else
      sh_err_format(&sh_exc_TypeError, "%s expected at most %d argument%s, got %zu", fname, max,
                    max == 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}
