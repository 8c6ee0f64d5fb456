/* str.format / str.format_map (the replacement-field grammar) and
   str.__format__ (the format-spec mini-language applied to text). */
#include <string.h>

#include "int_internal.h"
#include "str_internal.h"

typedef struct {
  ShObject *const *args; /* positional arguments (format) */
  size_t nargs;
  ShObject *const *kwvalues; /* values for kwnames */
  ShObject *kwnames;
  ShObject *mapping; /* format_map: look names up here, no positionals */
  int numbering;     /* 0 unknown, 1 automatic, 2 manual */
  intptr_t next_auto;
} FmtState;

static int render(FmtState *st, ShObject *fmt, intptr_t start, intptr_t end, int depth,
                  ShStrWriter *w);
static ShObject *render_str(FmtState *st, ShObject *fmt, intptr_t start, intptr_t end, int depth);
static int str_format_into(ShStrWriter *w, ShObject *self, const ShFormatSpec *fs);

#define CH(i) SH_STR_CHAR(fmt, (i))

static ShObject *value_error(const char *msg) {
  sh_err_set_string(&sh_exc_ValueError, msg);
  return NULL;
}

/* Parses a run of digits [a, b) as an index; -1 when not all digits, -2 on
   overflow (error set). */
static intptr_t parse_index(ShObject *fmt, intptr_t a, intptr_t b) {
  if (a >= b) return -1;
  intptr_t v = 0;
  for (intptr_t i = a; i < b; i++) {
    uint32_t c = CH(i);
    if (c < '0' || c > '9') return -1;
    if (v > (INTPTR_MAX - 9) / 10) {
      value_error("Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + (intptr_t)(c - '0');
  }
  return v;
}

static ShObject *lookup_first(FmtState *st, ShObject *fmt, intptr_t a, intptr_t b) {
  intptr_t idx;
  if (a == b) {
    if (st->numbering == 2)
      return value_error(
          "cannot switch from manual field specification to automatic field numbering");
    st->numbering = 1;
    idx = st->next_auto++;
  } else {
    idx = parse_index(fmt, a, b);
    if (idx == -2) return NULL;
    if (idx >= 0) {
      if (st->numbering == 1)
        return value_error(
            "cannot switch from automatic field numbering to manual field specification");
      st->numbering = 2;
    }
  }
  if (idx >= 0) {
    if (st->mapping) return value_error("Format string contains positional fields");
    if ((size_t)idx >= st->nargs)
      return sh_err_format(&sh_exc_IndexError,
                           "Replacement index %zd out of range for positional args tuple", idx);
    return sh_newref(st->args[idx]);
  }
  ShObject *key = sh_str_substring(fmt, a, b);
  if (!key) return NULL;
  ShObject *r = NULL;
  if (st->mapping) {
    r = sh_object_getitem(st->mapping, key);
  } else {
    intptr_t nk = st->kwnames ? SH_TUPLE_SIZE(st->kwnames) : 0;
    for (intptr_t i = 0; i < nk; i++)
      if (sh_str_equal(SH_TUPLE_GET(st->kwnames, i), key)) {
        r = sh_newref(st->kwvalues[i]);
        break;
      }
    if (!r) sh_err_set_object(&sh_exc_KeyError, key);
  }
  sh_decref(key);
  return r;
}

/* Resolves "name.attr[key]..." in fmt[a, b) to an object. */
static ShObject *resolve_field(FmtState *st, ShObject *fmt, intptr_t a, intptr_t b) {
  intptr_t i = a;
  while (i < b && CH(i) != '.' && CH(i) != '[')
    i++;
  ShObject *obj = lookup_first(st, fmt, a, i);
  if (!obj) return NULL;
  while (i < b) {
    uint32_t c = CH(i++);
    intptr_t s = i;
    ShObject *next;
    if (c == '.') {
      while (i < b && CH(i) != '.' && CH(i) != '[')
        i++;
      if (i == s) {
        sh_decref(obj);
        return value_error("Empty attribute in format string");
      }
      ShObject *name = sh_str_substring(fmt, s, i);
      if (!name) goto fail;
      next = sh_object_getattr(obj, name);
      sh_decref(name);
    } else if (c == '[') {
      while (i < b && CH(i) != ']')
        i++;
      if (i == b) {
        sh_decref(obj);
        return value_error("Missing ']' in format string");
      }
      if (i == s) {
        sh_decref(obj);
        return value_error("Empty attribute in format string");
      }
      intptr_t idx = parse_index(fmt, s, i);
      if (idx == -2) goto fail;
      ShObject *key = idx >= 0 ? sh_int_from_i64(idx) : sh_str_substring(fmt, s, i);
      if (!key) goto fail;
      next = sh_object_getitem(obj, key);
      sh_decref(key);
      i++; /* the ']' */
      if (i < b && CH(i) != '.' && CH(i) != '[') {
        sh_xdecref(next);
        sh_decref(obj);
        return value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      sh_decref(obj);
      return value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
    sh_decref(obj);
    if (!next) return NULL;
    obj = next;
  }
  return obj;
fail:
  sh_decref(obj);
  return NULL;
}

/* format(obj, fmt[a:b]) for an exact str, int, bool or float, written
   into w. */
static int format_builtin(ShStrWriter *w, ShObject *obj, ShObject *fmt, intptr_t a, intptr_t b) {
  ShType *t = SH_TYPE(obj);
  if (a == b) {
    if (t == &sh_type_str) return sh_sw_write_substr(w, obj, 0, SH_STR_LEN(obj));
    ShObject *s = t == &sh_type_int ? sh_int_to_decimal_string(obj) : sh_object_str(obj);
    if (!s) return -1;
    int rc = sh_sw_write_substr(w, s, 0, SH_STR_LEN(s));
    sh_decref(s);
    return rc;
  }
  ShFormatSpec fs;
  if (sh_format_spec_parse_range(fmt, a, b, obj, t == &sh_type_str ? 's' : 0, &fs) < 0) return -1;
  if (t == &sh_type_str) return str_format_into(w, obj, &fs);
  if (t == &sh_type_float) return sh_float_format_into(w, SH_FLOAT_VALUE(obj), &fs, "float");
  return sh_int_format_into(w, obj, &fs);
}

/* One replacement field: the text strictly between its braces. */
static int do_field(FmtState *st, ShObject *fmt, intptr_t a, intptr_t b, int depth,
                    ShStrWriter *sb) {
  intptr_t i = a;
  while (i < b) {
    uint32_t c = CH(i);
    if (c == '[') {
      while (i < b && CH(i) != ']')
        i++;
      if (i < b) i++;
      continue;
    }
    if (c == '{') {
      value_error("unexpected '{' in field name");
      return -1;
    }
    if (c == '!' || c == ':') break;
    i++;
  }
  intptr_t name_end = i;
  uint32_t conv = 0;
  intptr_t spec_start = b, spec_end = b;
  if (i < b && CH(i) == '!') {
    if (i + 1 >= b) {
      value_error("unmatched '{' in format spec");
      return -1;
    }
    conv = CH(i + 1);
    i += 2;
    if (i < b && CH(i) != ':') {
      value_error("expected ':' after conversion specifier");
      return -1;
    }
  }
  if (i < b && CH(i) == ':') spec_start = i + 1;

  ShObject *obj = resolve_field(st, fmt, a, name_end);
  if (!obj) return -1;
  if (conv) {
    ShObject *conv_obj;
    if (conv == 'r')
      conv_obj = sh_object_repr(obj);
    else if (conv == 's')
      conv_obj = sh_object_str(obj);
    else if (conv == 'a')
      conv_obj = sh_object_ascii(obj);
    else {
      sh_decref(obj);
      if (conv > 32 && conv < 127)
        sh_err_format(&sh_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
      else
        sh_err_format(&sh_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
      return -1;
    }
    sh_decref(obj);
    if (!conv_obj) return -1;
    obj = conv_obj;
  }
  bool nested = false;
  for (intptr_t k = spec_start; k < spec_end; k++)
    if (CH(k) == '{') nested = true;
  ShType *t = SH_TYPE(obj);
  if (!nested &&
      (t == &sh_type_str || t == &sh_type_int || t == &sh_type_float || t == &sh_type_bool)) {
    /* built-in __format__ (not replaceable): straight into the output */
    int rc = format_builtin(sb, obj, fmt, spec_start, spec_end);
    sh_decref(obj);
    return rc;
  }
  ShObject *spec;
  if (nested)
    spec = render_str(st, fmt, spec_start, spec_end, depth - 1);
  else
    spec = sh_str_substring(fmt, spec_start, spec_end);
  if (!spec) {
    sh_decref(obj);
    return -1;
  }
  ShObject *out = sh_object_format(obj, spec);
  sh_decref(obj);
  sh_decref(spec);
  if (!out) return -1;
  int rc = sh_sw_write_substr(sb, out, 0, SH_STR_LEN(out));
  sh_decref(out);
  return rc;
}

/* The index of the '}' closing the replacement field whose text starts at
   a (just past its '{'), scanned as CPython does: the name runs to '}', ':'
   or '!' ('[' hides them up to the next ']'), a conversion is one
   character, and the spec's braces nest. -1 with ValueError set. */
static intptr_t field_end(ShObject *fmt, intptr_t a, intptr_t end) {
  intptr_t k = a;
  uint32_t c = 0;
  while (k < end) {
    c = CH(k++);
    if (c == '{') {
      value_error("unexpected '{' in field name");
      return -1;
    }
    if (c == '[') {
      while (k < end && CH(k) != ']')
        k++;
      c = 0;
      continue;
    }
    if (c == '}') return k - 1;
    if (c == ':' || c == '!') break;
    c = 0;
  }
  if (c == 0) {
    value_error("expected '}' before end of string");
    return -1;
  }
  if (c == '!') {
    if (k >= end) {
      value_error("end of string while looking for conversion specifier");
      return -1;
    }
    k++; /* the conversion: any character, even '}' */
    if (k < end) {
      c = CH(k++);
      if (c == '}') return k - 1;
      if (c != ':') {
        value_error("expected ':' after conversion specifier");
        return -1;
      }
    }
  }
  for (intptr_t count = 1; k < end;) {
    c = CH(k++);
    if (c == '{')
      count++;
    else if (c == '}' && --count == 0)
      return k - 1;
  }
  value_error("unmatched '{' in format spec");
  return -1;
}

static int render(FmtState *st, ShObject *fmt, intptr_t start, intptr_t end, int depth,
                  ShStrWriter *w) {
  if (depth <= 0) {
    value_error("Max string recursion exceeded");
    return -1;
  }
  intptr_t i = start, lit = start;
  int kind = SH_STR_KIND(fmt);
  const void *data = SH_STR_DATA(fmt);
  while (i < end) {
    uint32_t c = sh_str_read(kind, data, i);
    if (c != '{' && c != '}') {
      i++;
      continue;
    }
    if (sh_sw_write_substr(w, fmt, lit, i - lit) < 0) return -1;
    if (c == '}') {
      if (i + 1 < end && CH(i + 1) == '}') {
        if (sh_sw_write_ascii(w, "}", 1) < 0) return -1;
        i += 2;
        lit = i;
        continue;
      }
      value_error("Single '}' encountered in format string");
      return -1;
    }
    if (i + 1 < end && CH(i + 1) == '{') {
      if (sh_sw_write_ascii(w, "{", 1) < 0) return -1;
      i += 2;
      lit = i;
      continue;
    }
    if (i + 1 >= end) {
      value_error("Single '{' encountered in format string");
      return -1;
    }
    intptr_t j = field_end(fmt, i + 1, end);
    if (j < 0) return -1;
    if (do_field(st, fmt, i + 1, j, depth, w) < 0) return -1;
    i = j + 1;
    lit = i;
  }
  return sh_sw_write_substr(w, fmt, lit, end - lit);
}

static ShObject *render_str(FmtState *st, ShObject *fmt, intptr_t start, intptr_t end, int depth) {
  ShStrWriter w;
  sh_sw_init(&w);
  if (render(st, fmt, start, end, depth, &w) < 0) {
    sh_sw_discard(&w);
    return NULL;
  }
  return sh_sw_finish(&w);
}

ShObject *sh_str_format_method(ShObject *fmt, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  FmtState st = {args, nargs, args + nargs, nkw ? kwnames : NULL, NULL, 0, 0};
  return render_str(&st, fmt, 0, SH_STR_LEN(fmt), 2);
}

ShObject *sh_strm_format(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return sh_str_format_method(self, args, nargs, kwnames);
}

ShObject *sh_strm_format_map(ShObject *self, ShObject *mapping) {
  FmtState st = {NULL, 0, NULL, NULL, mapping, 0, 0};
  return render_str(&st, self, 0, SH_STR_LEN(self), 2);
}

/* The padding and truncation of str.__format__, after the checks. */
static int str_format_into(ShStrWriter *w, ShObject *self, const ShFormatSpec *fs) {
  if (fs->type_cp && fs->type_cp != 's') {
    sh_format_spec_unknown_code(fs, self);
    return -1;
  }
  const char *msg = NULL;
  if (fs->sign == ' ')
    msg = "Space not allowed in string format specifier";
  else if (fs->sign)
    msg = "Sign not allowed in string format specifier";
  else if (fs->no_neg_zero)
    msg = "Negative zero coercion (z) not allowed in string format specifier";
  else if (fs->alternate)
    msg = "Alternate form (#) not allowed in string format specifier";
  else if (fs->align == '=')
    msg = "'=' alignment not allowed in string format specifier";
  if (msg) {
    value_error(msg);
    return -1;
  }
  intptr_t n = SH_STR_LEN(self);
  if (fs->precision >= 0 && fs->precision < n) n = fs->precision;
  intptr_t pad = fs->width > n ? fs->width - n : 0, left = 0, right = 0;
  if (fs->align == '>')
    left = pad;
  else if (fs->align == '^') {
    left = pad / 2;
    right = pad - left;
  } else
    right = pad;
  if (sh_sw_write_fill(w, fs->fill, left) < 0 || sh_sw_write_substr(w, self, 0, n) < 0 ||
      sh_sw_write_fill(w, fs->fill, right) < 0)
    return -1;
  return 0;
}

/* str.__format__ */
ShObject *sh_strm_dunder_format(ShObject *self, ShObject *spec) {
  if (!SH_STR_CHECK(spec))
    return sh_err_format(&sh_exc_TypeError, "__format__() argument must be str, not %T", spec);
  if (SH_STR_LEN(spec) == 0) {
    if (SH_STR_CHECK_EXACT(self)) return sh_newref(self);
    return sh_str_substring(self, 0, SH_STR_LEN(self));
  }
  ShFormatSpec fs;
  if (sh_format_spec_parse_default(spec, self, 's', &fs) < 0) return NULL;
  ShStrWriter w;
  sh_sw_init(&w);
  if (str_format_into(&w, self, &fs) < 0) {
    sh_sw_discard(&w);
    return NULL;
  }
  return sh_sw_finish(&w);
}
