/* complex: a pair of doubles with Python's arithmetic (Smith's division,
   integer powers by squaring), repr, hash and complex() parsing. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "int_internal.h"

typedef struct { double re, im; } cpx;

int sh_float_parse(const char *s, size_t len, double *out);

ShObject *sh_complex_from_doubles(double real, double imag) {
  ShComplex *c = (ShComplex *)sh_object_alloc(&sh_type_complex, 0);
  if (!c) return NULL;
  c->real = real;
  c->imag = imag;
  return (ShObject *)c;
}

static ShObject *from_cpx(cpx c) { return sh_complex_from_doubles(c.re, c.im); }

/* 1 converted, 0 not a number we know, -1 error */
static int to_cpx(ShObject *o, cpx *out) {
  if (sh_type_check(o, &sh_type_complex)) {
    out->re = ((ShComplex *)o)->real;
    out->im = ((ShComplex *)o)->imag;
    return 1;
  }
  double d;
  int rc = sh_float_convert_operand(o, &d);
  if (rc > 0) {
    out->re = d;
    out->im = 0.0;
  }
  return rc;
}

#define CONVERT_BOTH(a, b, x, y)                                                                   \
  cpx x, y;                                                                                        \
  {                                                                                                \
    int rc_ = to_cpx(a, &x);                                                                       \
    if (rc_ == 0) return sh_newref(SH_NOTIMPLEMENTED);                                            \
    if (rc_ < 0) return NULL;                                                                      \
    rc_ = to_cpx(b, &y);                                                                           \
    if (rc_ == 0) return sh_newref(SH_NOTIMPLEMENTED);                                            \
    if (rc_ < 0) return NULL;                                                                      \
  }

static cpx c_mul(cpx a, cpx b) {
  cpx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
  return r;
}

/* Smith's algorithm; *err set for division by zero */
static cpx c_quot(cpx a, cpx b, int *err) {
  cpx r = {0, 0};
  double abs_bre = fabs(b.re), abs_bim = fabs(b.im);
  *err = 0;
  if (abs_bre >= abs_bim) {
    if (abs_bre == 0.0) {
      *err = 1;
    } else {
      double ratio = b.im / b.re;
      double denom = b.re + b.im * ratio;
      r.re = (a.re + a.im * ratio) / denom;
      r.im = (a.im - a.re * ratio) / denom;
    }
  } else if (abs_bim >= abs_bre) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {
    r.re = r.im = NAN; /* b has a nan part */
  }
  return r;
}

static cpx c_powu(cpx x, long n) {
  cpx r = {1.0, 0.0};
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_mul(r, x);
    mask <<= 1;
    x = c_mul(x, x);
  }
  return r;
}

ShObject *sh_complex_pow_doubles(double ar, double ai, double br, double bi) {
  cpx a = {ar, ai}, b = {br, bi}, r;
  if (b.re == 0.0 && b.im == 0.0) {
    r.re = 1.0;
    r.im = 0.0;
  } else if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) {
      sh_err_set_string(&sh_exc_ZeroDivisionError, "0.0 to a negative or complex power");
      return NULL;
    }
    r.re = r.im = 0.0;
  } else if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
    long n = (long)b.re;
    if (n > 0) {
      r = c_powu(a, n);
    } else {
      int err;
      cpx one = {1.0, 0.0};
      r = c_quot(one, c_powu(a, -n), &err);
    }
  } else {
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= exp(at * b.im);
      phase += b.im * log(vabs);
    }
    r.re = len * cos(phase);
    r.im = len * sin(phase);
  }
  return from_cpx(r);
}

static ShObject *complex_add(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  return sh_complex_from_doubles(x.re + y.re, x.im + y.im);
}
static ShObject *complex_sub(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  return sh_complex_from_doubles(x.re - y.re, x.im - y.im);
}
static ShObject *complex_mul(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  return from_cpx(c_mul(x, y));
}
static ShObject *complex_div(ShObject *a, ShObject *b) {
  CONVERT_BOTH(a, b, x, y);
  int err;
  cpx r = c_quot(x, y, &err);
  if (err) {
    sh_err_set_string(&sh_exc_ZeroDivisionError, "complex division by zero");
    return NULL;
  }
  return from_cpx(r);
}
static ShObject *complex_pow(ShObject *a, ShObject *b, ShObject *m) {
  if (m && m != SH_NONE) {
    sh_err_set_string(&sh_exc_ValueError, "complex modulo");
    return NULL;
  }
  CONVERT_BOTH(a, b, x, y);
  return sh_complex_pow_doubles(x.re, x.im, y.re, y.im);
}

#define CV(o) (*(ShComplex *)(o))
static ShObject *complex_neg(ShObject *a) { return sh_complex_from_doubles(-CV(a).real, -CV(a).imag); }
static ShObject *complex_pos(ShObject *a) {
  if (SH_TYPE(a) == &sh_type_complex) return sh_newref(a);
  return sh_complex_from_doubles(CV(a).real, CV(a).imag);
}
static ShObject *complex_abs(ShObject *a) {
  double re = CV(a).real, im = CV(a).imag;
  double r;
  if (isinf(re) || isinf(im))
    r = INFINITY;
  else if (isnan(re) || isnan(im))
    r = NAN;
  else {
    r = hypot(re, im);
    if (isinf(r)) {
      sh_err_set_string(&sh_exc_OverflowError, "absolute value too large");
      return NULL;
    }
  }
  return sh_float_from_double(r);
}
static int complex_bool(ShObject *a) { return CV(a).real != 0.0 || CV(a).imag != 0.0; }

static ShNumberMethods complex_as_number = {
    .add = complex_add,
    .subtract = complex_sub,
    .multiply = complex_mul,
    .power = complex_pow,
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .bool_ = complex_bool,
    .true_divide = complex_div,
};

static ShObject *complex_richcompare(ShObject *a, ShObject *b, int op) {
  if ((op != SH_EQ && op != SH_NE) || !sh_type_check(a, &sh_type_complex))
    return sh_newref(SH_NOTIMPLEMENTED);
  bool eq;
  double re = CV(a).real, im = CV(a).imag;
  if (SH_INT_CHECK(b)) {
    eq = im == 0.0 && sh_int_compare_double(b, re) == 0;
  } else if (SH_FLOAT_CHECK(b)) {
    eq = im == 0.0 && re == SH_FLOAT_VALUE(b);
  } else if (sh_type_check(b, &sh_type_complex)) {
    eq = re == CV(b).real && im == CV(b).imag;
  } else {
    return sh_newref(SH_NOTIMPLEMENTED);
  }
  return sh_bool_from(op == SH_EQ ? eq : !eq);
}

static sh_hash_t part_hash(ShObject *o, double v) {
  if (isnan(v)) {
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    return (sh_hash_t)y;
  }
  return sh_float_hash_double(v);
}

static sh_hash_t complex_hash(ShObject *o) {
  uint64_t hr = (uint64_t)part_hash(o, CV(o).real), hi = (uint64_t)part_hash(o, CV(o).imag);
  sh_hash_t h = (sh_hash_t)(hr + UINT64_C(1000003) * hi);
  return h == -1 ? -2 : h;
}

/* repr of one part: float repr without a trailing ".0" */
static void part_repr(double v, char *buf, size_t size) {
  sh_float_repr_buf(v, buf, size);
  size_t n = strlen(buf);
  if (n > 2 && strcmp(buf + n - 2, ".0") == 0) buf[n - 2] = 0;
}

static ShObject *complex_repr(ShObject *o) {
  double re = CV(o).real, im = CV(o).imag;
  char r[40], i[40], out[100];
  part_repr(im, i, sizeof i);
  if (re == 0.0 && !signbit(re)) {
    snprintf(out, sizeof out, "%sj", i);
  } else {
    part_repr(re, r, sizeof r);
    const char *sep = (i[0] == '-') ? "" : "+";
    snprintf(out, sizeof out, "(%s%s%sj)", r, sep, i);
  }
  return sh_str_from_cstr(out);
}

/* ---------------------------------------------------------- complex() */

static bool is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Length of the longest prefix of p that float() accepts, as a number. */
static size_t float_prefix(const char *p, const char *end, double *v) {
  size_t best = 0;
  for (size_t n = 1; p + n <= end; n++) {
    double d;
    char c = p[n - 1];
    if (is_space((unsigned char)c)) break;
    if (sh_float_parse(p, n, &d) == 0) {
      best = n;
      *v = d;
    }
  }
  if (best) sh_float_parse(p, best, v);
  return best;
}

static int parse_complex(const char *s, size_t len, cpx *out) {
  const char *p = s, *end = s + len;
  while (p < end && is_space((unsigned char)*p)) p++;
  while (end > p && is_space((unsigned char)end[-1])) end--;
  if (p < end && *p == '(') {
    if (end[-1] != ')') return -1;
    p++;
    end--;
    while (p < end && is_space((unsigned char)*p)) p++;
    while (end > p && is_space((unsigned char)end[-1])) end--;
  }
  if (p >= end) return -1;
  double a = 0.0, b = 0.0;
  size_t n = float_prefix(p, end, &a);
  if (n == 0) {
    /* "j", "+j", "-j" */
    double sign = 1.0;
    if (*p == '+' || *p == '-') sign = *p++ == '-' ? -1.0 : 1.0;
    if (p + 1 == end && (*p == 'j' || *p == 'J')) {
      out->re = 0.0;
      out->im = sign;
      return 0;
    }
    return -1;
  }
  p += n;
  if (p == end) {
    out->re = a;
    out->im = 0.0;
    return 0;
  }
  if ((*p == 'j' || *p == 'J') && p + 1 == end) {
    out->re = 0.0;
    out->im = a;
    return 0;
  }
  if (*p != '+' && *p != '-') return -1;
  if (end[-1] != 'j' && end[-1] != 'J') return -1;
  size_t m = float_prefix(p, end - 1, &b);
  if (m == 0) {
    if (p + 2 != end) return -1; /* "1+j" */
    b = *p == '-' ? -1.0 : 1.0;
  } else if (p + m != end - 1) {
    return -1;
  }
  out->re = a;
  out->im = b;
  return 0;
}

/* x as a complex for complex(): 1 ok, 0 not a number, -1 error */
static int number_to_cpx(ShObject *x, cpx *out, bool *was_complex) {
  *was_complex = false;
  if (sh_type_check(x, &sh_type_complex)) {
    *was_complex = true;
    out->re = CV(x).real;
    out->im = CV(x).imag;
    return 1;
  }
  ShObject *f = sh_object_lookup_special(x, SH_ID(__complex__));
  if (f) {
    ShObject *r = sh_call0(f);
    sh_decref(f);
    if (!r) return -1;
    if (!sh_type_check(r, &sh_type_complex)) {
      sh_err_format(&sh_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
      sh_decref(r);
      return -1;
    }
    *was_complex = true;
    out->re = CV(r).real;
    out->im = CV(r).imag;
    sh_decref(r);
    return 1;
  }
  if (sh_err_occurred()) return -1;
  ShNumberMethods *nb = SH_TYPE(x)->as_number;
  if (!nb || (!nb->float_ && !nb->index)) return 0;
  double d = sh_float_as_double(x);
  if (d == -1.0 && sh_err_occurred()) return -1;
  out->re = d;
  out->im = 0.0;
  return 1;
}

static ShObject *complex_new(ShType *type, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *real = NULL, *imag = NULL;
  if (sh_args_parse("complex", args, nargs, kwnames, "|real,imag", &real, &imag) < 0)
    return NULL;
  cpx r = {0.0, 0.0};
  if (real && SH_STR_CHECK(real)) {
    if (imag) {
      sh_err_set_string(&sh_exc_TypeError, "complex() can't take second arg if first is a string");
      return NULL;
    }
    size_t len;
    char *s = sh_num_ascii_copy(real, &len);
    if (!s) return NULL;
    int rc = parse_complex(s, len, &r);
    sh_mem_free(s);
    if (rc < 0) {
      sh_err_set_string(&sh_exc_ValueError, "complex() arg is a malformed string");
      return NULL;
    }
  } else {
    if (imag && SH_STR_CHECK(imag)) {
      sh_err_set_string(&sh_exc_TypeError, "complex() second arg can't be a string");
      return NULL;
    }
    if (real && type == &sh_type_complex && !imag && SH_TYPE(real) == &sh_type_complex)
      return sh_newref(real);
    cpx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_c = false, ci_c = false;
    if (real) {
      int rc = number_to_cpx(real, &cr, &cr_c);
      if (rc < 0) return NULL;
      if (rc == 0)
        return sh_err_format(&sh_exc_TypeError,
                             "complex() first argument must be a string or a number, not '%T'",
                             real);
    }
    if (imag) {
      int rc = number_to_cpx(imag, &ci, &ci_c);
      if (rc < 0) return NULL;
      if (rc == 0)
        return sh_err_format(&sh_exc_TypeError,
                             "complex() second argument must be a number, not '%T'", imag);
    }
    if (ci_c) cr.re -= ci.im;
    if (cr_c && imag) ci.re += cr.im;
    r.re = cr.re;
    r.im = cr_c && !imag ? cr.im : ci.re;
  }
  ShComplex *c = (ShComplex *)sh_object_alloc(type, 0);
  if (!c) return NULL;
  c->real = r.re;
  c->imag = r.im;
  return (ShObject *)c;
}

/* ------------------------------------------------------------ methods */

static ShObject *complex_conjugate(ShObject *self) {
  return sh_complex_from_doubles(CV(self).real, -CV(self).imag);
}
static ShObject *complex_complex(ShObject *self) { return complex_pos(self); }
static ShObject *complex_getnewargs(ShObject *self) {
  ShObject *a = sh_float_from_double(CV(self).real), *b = sh_float_from_double(CV(self).imag);
  ShObject *t = (a && b) ? sh_tuple_pack(2, a, b) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  return t;
}

static ShObject *complex_format(ShObject *self, ShObject *spec_str) {
  if (!SH_STR_CHECK(spec_str))
    return sh_err_format(&sh_exc_TypeError, "format() argument 2 must be str, not %T", spec_str);
  if (SH_STR_LEN(spec_str) == 0) return sh_object_str(self);
  ShFormatSpec spec;
  if (sh_format_spec_parse(spec_str, &spec) < 0) return NULL;
  char t = spec.type;
  if (t && !strchr("eEfFgGn", t))
    return sh_err_format(&sh_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                         t, "complex");
  if (spec.zero_pad) {
    sh_err_set_string(&sh_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    return NULL;
  }
  if (spec.align == '=') {
    sh_err_set_string(&sh_exc_ValueError,
                      "'=' alignment flag is not allowed in complex format specifier");
    return NULL;
  }
  ShFormatSpec part = spec;
  part.width = -1;
  part.align = 0;
  part.fill = ' ';
  if (!t) part.type = spec.precision >= 0 ? 'g' : 0;
  double re = CV(self).real, im = CV(self).imag;
  bool skip_re = !t && re == 0.0 && !signbit(re);
  ShObject *rs = NULL, *is;
  if (!skip_re) {
    rs = sh_float_format_spec(re, &part, "complex");
    if (!rs) return NULL;
  }
  ShFormatSpec ipart = part;
  if (!skip_re) ipart.sign = '+';
  if (!t && spec.precision < 0) {
    /* repr-style parts: shortest digits, no ".0" */
    char buf[48];
    buf[0] = 0;
    if (!signbit(im) && !isnan(im) && ipart.sign) {
      buf[0] = ipart.sign;
      buf[1] = 0;
    } else if (isnan(im) && ipart.sign) {
      buf[0] = ipart.sign;
      buf[1] = 0;
    }
    part_repr(im, buf + strlen(buf), sizeof buf - 2);
    is = sh_str_from_cstr(buf);
    if (rs) {
      char rb[48];
      rb[0] = 0;
      if (!signbit(re) && spec.sign && spec.sign != '-') {
        rb[0] = spec.sign;
        rb[1] = 0;
      }
      part_repr(re, rb + strlen(rb), sizeof rb - 2);
      SH_SETREF(rs, sh_str_from_cstr(rb));
      if (!rs) {
        sh_xdecref(is);
        return NULL;
      }
    }
  } else {
    is = sh_float_format_spec(im, &ipart, "complex");
  }
  if (!is) {
    sh_xdecref(rs);
    return NULL;
  }
  ShStrBuilder sb;
  sh_sb_init(&sb);
  bool parens = !t && !skip_re;
  int rc = 0;
  if (parens) rc = sh_sb_append(&sb, "(", 1);
  if (rs && rc == 0) rc = sh_sb_append_str(&sb, rs);
  if (rc == 0) rc = sh_sb_append_str(&sb, is);
  if (rc == 0) rc = sh_sb_append(&sb, "j", 1);
  if (parens && rc == 0) rc = sh_sb_append(&sb, ")", 1);
  sh_xdecref(rs);
  sh_decref(is);
  if (rc < 0) {
    sh_sb_discard(&sb);
    return NULL;
  }
  ShObject *body = sh_sb_finish(&sb);
  if (!body) return NULL;
  intptr_t blen;
  const char *b = sh_str_utf8_and_size(body, &blen);
  ShFormatSpec outer = spec;
  outer.grouping = 0;
  ShObject *res = b ? sh_format_spec_pad(&outer, b, (size_t)blen, '>') : NULL;
  sh_decref(body);
  return res;
}

static ShMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, SH_METH_NOARGS, NULL},
    {"__complex__", complex_complex, SH_METH_NOARGS, NULL},
    {"__getnewargs__", complex_getnewargs, SH_METH_NOARGS, NULL},
    {"__format__", complex_format, SH_METH_O, NULL},
    {NULL, NULL, 0, NULL}};

/* Plain read-only members, as in CPython (so assigning says "readonly
   attribute"). */
static ShMemberDef complex_members[] = {
    {"real", SH_MEMBER_DOUBLE, offsetof(ShComplex, real), SH_MEMBER_READONLY,
     "the real part of a complex number"},
    {"imag", SH_MEMBER_DOUBLE, offsetof(ShComplex, imag), SH_MEMBER_READONLY,
     "the imaginary part of a complex number"},
    {NULL, 0, 0, 0, NULL}};

static void complex_dealloc(ShObject *o) { sh_object_free(o); }

ShType sh_type_complex = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "complex",
    .basicsize = sizeof(ShComplex),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_IMMUTABLE,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .as_number = &complex_as_number,
    .methods = complex_methods,
    .members = complex_members,
    .new_ = complex_new,
};

int sh_complex_ready(void) { return sh_type_ready(&sh_type_complex); }
