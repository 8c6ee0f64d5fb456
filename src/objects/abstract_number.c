/* Operator dispatch: binary, in-place, ternary (pow) and unary operators
   through the number slots, with sequence concat/repeat fallbacks, and the
   int/float/index conversions. */
#include "../shoal.h"

#include <stdio.h>
#include <string.h>

#define NB_SLOT(field) offsetof(ShNumberMethods, field)

static const size_t binary_slot[SH_BINOP_COUNT] = {
    [SH_BINOP_ADD] = NB_SLOT(add),
    [SH_BINOP_SUB] = NB_SLOT(subtract),
    [SH_BINOP_MUL] = NB_SLOT(multiply),
    [SH_BINOP_TRUEDIV] = NB_SLOT(true_divide),
    [SH_BINOP_FLOORDIV] = NB_SLOT(floor_divide),
    [SH_BINOP_MOD] = NB_SLOT(remainder),
    [SH_BINOP_POW] = NB_SLOT(power),
    [SH_BINOP_MATMUL] = NB_SLOT(matrix_multiply),
    [SH_BINOP_LSHIFT] = NB_SLOT(lshift),
    [SH_BINOP_RSHIFT] = NB_SLOT(rshift),
    [SH_BINOP_AND] = NB_SLOT(and_),
    [SH_BINOP_OR] = NB_SLOT(or_),
    [SH_BINOP_XOR] = NB_SLOT(xor_),
    [SH_BINOP_DIVMOD] = NB_SLOT(divmod),
};

static const size_t inplace_slot[SH_BINOP_COUNT] = {
    [SH_BINOP_ADD] = NB_SLOT(inplace_add),
    [SH_BINOP_SUB] = NB_SLOT(inplace_subtract),
    [SH_BINOP_MUL] = NB_SLOT(inplace_multiply),
    [SH_BINOP_TRUEDIV] = NB_SLOT(inplace_true_divide),
    [SH_BINOP_FLOORDIV] = NB_SLOT(inplace_floor_divide),
    [SH_BINOP_MOD] = NB_SLOT(inplace_remainder),
    [SH_BINOP_POW] = NB_SLOT(inplace_power),
    [SH_BINOP_MATMUL] = NB_SLOT(inplace_matrix_multiply),
    [SH_BINOP_LSHIFT] = NB_SLOT(inplace_lshift),
    [SH_BINOP_RSHIFT] = NB_SLOT(inplace_rshift),
    [SH_BINOP_AND] = NB_SLOT(inplace_and),
    [SH_BINOP_OR] = NB_SLOT(inplace_or),
    [SH_BINOP_XOR] = NB_SLOT(inplace_xor),
    [SH_BINOP_DIVMOD] = (size_t)-1,
};

static const char *const binop_symbols[SH_BINOP_COUNT] = {
    [SH_BINOP_ADD] = "+",     [SH_BINOP_SUB] = "-",           [SH_BINOP_MUL] = "*",
    [SH_BINOP_TRUEDIV] = "/", [SH_BINOP_FLOORDIV] = "//",     [SH_BINOP_MOD] = "%",
    [SH_BINOP_POW] = "**",    [SH_BINOP_MATMUL] = "@",        [SH_BINOP_LSHIFT] = "<<",
    [SH_BINOP_RSHIFT] = ">>", [SH_BINOP_AND] = "&",           [SH_BINOP_OR] = "|",
    [SH_BINOP_XOR] = "^",     [SH_BINOP_DIVMOD] = "divmod()",
};

const char *sh_binop_symbol(ShBinaryOp op) {
  return (unsigned)op < SH_BINOP_COUNT ? binop_symbols[op] : "?";
}

/* The slot at `offset` of t's number methods, or NULL. */
static void *nb_slot(ShType *t, size_t offset) {
  if (t->as_number == NULL || offset == (size_t)-1) return NULL;
  return *(void **)((char *)t->as_number + offset);
}

static ShObject *call_slot(void *slot, bool ternary, ShObject *a, ShObject *b) {
  if (ternary) return ((sh_ternaryfunc)slot)(a, b, SH_NONE);
  return ((sh_binaryfunc)slot)(a, b);
}

/* a's slot then b's (b's first for a subclass overriding it). Returns
   NotImplemented when neither handles the pair. */
static ShObject *binary_op1(ShObject *a, ShObject *b, size_t offset, bool ternary) {
  ShType *ta = SH_TYPE(a), *tb = SH_TYPE(b);
  void *sa = nb_slot(ta, offset);
  void *sb = NULL;
  if (tb != ta) {
    sb = nb_slot(tb, offset);
    if (sb == sa) sb = NULL;
  }
  ShObject *r;
  if (sa) {
    if (sb && sh_type_is_subtype(tb, ta)) {
      r = call_slot(sb, ternary, a, b);
      if (r != SH_NOTIMPLEMENTED) return r;
      sh_decref(r);
      sb = NULL;
    }
    r = call_slot(sa, ternary, a, b);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  if (sb) return call_slot(sb, ternary, a, b);
  return SH_NOTIMPLEMENTED;
}

static ShObject *binop_type_error(ShObject *a, ShObject *b, const char *sym) {
  if (strcmp(sym, ">>") == 0 && SH_TYPE(a) == &sh_type_cfunction &&
      strcmp(((ShCFunction *)a)->def->name, "print") == 0)
    return sh_err_format(&sh_exc_TypeError,
                         "unsupported operand type(s) for %s: '%T' and '%T'. Did you mean "
                         "\"print(<message>, file=<output_stream>)\"?",
                         sym, a, b);
  return sh_err_format(&sh_exc_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", sym,
                       a, b);
}

/* seq * n with n an index; "can't multiply sequence by non-int". */
static ShObject *sequence_repeat(sh_ssizeargfunc repeat, ShObject *seq, ShObject *n) {
  ShType *tn = SH_TYPE(n);
  if (tn->as_number == NULL || tn->as_number->index == NULL)
    return sh_err_format(&sh_exc_TypeError, "can't multiply sequence by non-int of type '%T'", n);
  intptr_t count = sh_number_as_ssize(n, &sh_exc_OverflowError);
  if (count == -1 && sh_err_occurred()) return NULL;
  return repeat(seq, count);
}

ShObject *sh_number_binary(ShObject *a, ShObject *b, ShBinaryOp op) {
  if ((unsigned)op >= SH_BINOP_COUNT) return sh_err_bad_internal_call();
  if (op == SH_BINOP_POW) return sh_number_power(a, b, SH_NONE);
  ShObject *r = binary_op1(a, b, binary_slot[op], false);
  if (r != SH_NOTIMPLEMENTED) return r;
  if (op == SH_BINOP_ADD) {
    ShSequenceMethods *sq = SH_TYPE(a)->as_sequence;
    if (sq && sq->concat) return sq->concat(a, b);
  } else if (op == SH_BINOP_MUL) {
    ShSequenceMethods *sa = SH_TYPE(a)->as_sequence, *sb = SH_TYPE(b)->as_sequence;
    if (sa && sa->repeat) return sequence_repeat(sa->repeat, a, b);
    if (sb && sb->repeat) return sequence_repeat(sb->repeat, b, a);
  }
  return binop_type_error(a, b, binop_symbols[op]);
}

static ShObject *ternary_op(ShObject *a, ShObject *b, ShObject *c, size_t offset, const char *sym) {
  ShType *ta = SH_TYPE(a), *tb = SH_TYPE(b);
  sh_ternaryfunc sa = (sh_ternaryfunc)nb_slot(ta, offset);
  sh_ternaryfunc sb = NULL;
  if (tb != ta) {
    sb = (sh_ternaryfunc)nb_slot(tb, offset);
    if (sb == sa) sb = NULL;
  }
  ShObject *r;
  if (sa) {
    if (sb && sh_type_is_subtype(tb, ta)) {
      r = sb(a, b, c);
      if (r != SH_NOTIMPLEMENTED) return r;
      sh_decref(r);
      sb = NULL;
    }
    r = sa(a, b, c);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  if (sb) {
    r = sb(a, b, c);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  sh_ternaryfunc sc = (sh_ternaryfunc)nb_slot(SH_TYPE(c), offset);
  if (c != SH_NONE && sc && sc != sa && sc != sb) {
    r = sc(a, b, c);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  if (c == SH_NONE)
    return sh_err_format(&sh_exc_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'",
                         sym, a, b);
  return sh_err_format(&sh_exc_TypeError, "unsupported operand type(s) for %s: '%T', '%T', '%T'",
                       sym, a, b, c);
}

ShObject *sh_number_power(ShObject *a, ShObject *b, ShObject *mod) {
  if (mod == NULL) mod = SH_NONE;
  return ternary_op(a, b, mod, NB_SLOT(power), "** or pow()");
}

ShObject *sh_number_inplace(ShObject *a, ShObject *b, ShBinaryOp op) {
  if ((unsigned)op >= SH_BINOP_COUNT) return sh_err_bad_internal_call();
  ShType *ta = SH_TYPE(a);
  if (op == SH_BINOP_POW) {
    sh_ternaryfunc ip = (sh_ternaryfunc)nb_slot(ta, inplace_slot[op]);
    if (ip) {
      ShObject *r = ip(a, b, SH_NONE);
      if (r != SH_NOTIMPLEMENTED) return r;
      sh_decref(r);
    }
    return ternary_op(a, b, SH_NONE, NB_SLOT(power), "**=");
  }
  if (op == SH_BINOP_DIVMOD) return sh_number_binary(a, b, op);
  sh_binaryfunc ip = (sh_binaryfunc)nb_slot(ta, inplace_slot[op]);
  ShObject *r;
  if (ip) {
    r = ip(a, b);
    if (r != SH_NOTIMPLEMENTED) return r;
    sh_decref(r);
  }
  r = binary_op1(a, b, binary_slot[op], false);
  if (r != SH_NOTIMPLEMENTED) return r;
  ShSequenceMethods *sq = ta->as_sequence;
  if (op == SH_BINOP_ADD && sq) {
    if (sq->inplace_concat) return sq->inplace_concat(a, b);
    if (sq->concat) return sq->concat(a, b);
  } else if (op == SH_BINOP_MUL) {
    ShSequenceMethods *sb = SH_TYPE(b)->as_sequence;
    if (sq && sq->inplace_repeat) return sequence_repeat(sq->inplace_repeat, a, b);
    if (sq && sq->repeat) return sequence_repeat(sq->repeat, a, b);
    if (sb && sb->repeat) return sequence_repeat(sb->repeat, b, a);
  }
  char sym[8];
  snprintf(sym, sizeof sym, "%s=", binop_symbols[op]);
  return binop_type_error(a, b, sym);
}

/* ---------------------------------------------------------------- unary */

#define UNARY(fname, field, what)                                                                  \
  ShObject *fname(ShObject *o) {                                                                   \
    ShNumberMethods *nb = SH_TYPE(o)->as_number;                                                   \
    if (nb && nb->field) return nb->field(o);                                                      \
    return sh_err_format(&sh_exc_TypeError, "bad operand type for " what ": '%T'", o);             \
  }
UNARY(sh_number_negative, negative, "unary -")
UNARY(sh_number_positive, positive, "unary +")
UNARY(sh_number_invert, invert, "unary ~")
UNARY(sh_number_absolute, absolute, "abs()")
#undef UNARY

/* ----------------------------------------------------------- conversions */

/* An exact int equal to the int (or int subclass) o. */
static ShObject *int_exact(ShObject *o) {
  if (SH_INT_CHECK_EXACT(o)) return sh_newref(o);
  if (SH_INT_IS_SMALL(o)) return sh_int_from_i64(SH_INT_SMALL_VALUE(o));
  return sh_int_from_mpz(((ShInt *)o)->value);
}

ShObject *sh_number_index(ShObject *o) {
  if (SH_INT_CHECK(o)) return int_exact(o);
  ShNumberMethods *nb = SH_TYPE(o)->as_number;
  if (nb == NULL || nb->index == NULL)
    return sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
  ShObject *r = nb->index(o);
  if (r == NULL || SH_INT_CHECK_EXACT(r)) return r;
  if (!SH_INT_CHECK(r)) {
    sh_err_format(&sh_exc_TypeError, "__index__ returned non-int (type %T)", r);
    sh_decref(r);
    return NULL;
  }
  /* CPython warns (DeprecationWarning) about int subclasses here. */
  ShObject *e = int_exact(r);
  sh_decref(r);
  return e;
}

intptr_t sh_number_as_ssize(ShObject *o, ShType *exc_type) {
  ShObject *i = sh_number_index(o);
  if (i == NULL) return -1;
  bool overflow = false;
  int64_t v = sh_int_as_i64(i, &overflow);
  if (overflow) {
    int sign = sh_int_sign(i);
    sh_decref(i);
    if (exc_type == NULL) return sign < 0 ? INTPTR_MIN : INTPTR_MAX;
    sh_err_format(exc_type, "cannot fit '%T' into an index-sized integer", o);
    return -1;
  }
  sh_decref(i);
  return (intptr_t)v;
}

intptr_t sh_number_as_ssize_arg(ShObject *o) {
  ShObject *i = sh_number_index(o);
  if (i == NULL) return -1;
  bool overflow = false;
  int64_t v = sh_int_as_i64(i, &overflow);
  sh_decref(i);
  if (overflow) {
    sh_err_set_string(&sh_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return (intptr_t)v;
}

static ShObject *int_from_text(ShObject *o) {
  intptr_t len;
  if (SH_STR_CHECK(o)) {
    const char *data = sh_str_utf8_and_size(o, &len);
    return data ? sh_int_from_string(data, (size_t)len, 10) : NULL;
  }
  ShBytesView v;
  if (sh_bytes_view(o, &v) < 0) return NULL;
  ShObject *r = sh_int_from_string(v.data, (size_t)v.len, 10);
  sh_bytes_view_end(&v);
  return r;
}

ShObject *sh_number_long(ShObject *o) {
  if (SH_INT_CHECK_EXACT(o)) return sh_newref(o);
  ShNumberMethods *nb = SH_TYPE(o)->as_number;
  if (nb && nb->int_) {
    ShObject *r = nb->int_(o);
    if (r == NULL || SH_INT_CHECK_EXACT(r)) return r;
    if (!SH_INT_CHECK(r)) {
      sh_err_format(&sh_exc_TypeError, "__int__ returned non-int (type %T)", r);
      sh_decref(r);
      return NULL;
    }
    ShObject *e = int_exact(r);
    sh_decref(r);
    return e;
  }
  if (nb && nb->index) return sh_number_index(o);
  ShObject *trunc = sh_object_lookup_special(o, SH_ID(__trunc__));
  if (trunc) {
    ShObject *r = sh_call0(trunc);
    sh_decref(trunc);
    if (r == NULL || SH_INT_CHECK_EXACT(r)) return r;
    if (SH_INT_CHECK(r)) {
      ShObject *e = int_exact(r);
      sh_decref(r);
      return e;
    }
    ShNumberMethods *rn = SH_TYPE(r)->as_number;
    if (rn == NULL || rn->index == NULL) {
      sh_err_format(&sh_exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
      sh_decref(r);
      return NULL;
    }
    ShObject *e = sh_number_index(r);
    sh_decref(r);
    return e;
  }
  if (sh_err_occurred()) return NULL;
  if (SH_STR_CHECK(o) || SH_BYTES_CHECK(o) || sh_type_check(o, &sh_type_bytearray))
    return int_from_text(o);
  return sh_err_format(&sh_exc_TypeError,
                       "int() argument must be a string, a bytes-like object or a real number, "
                       "not '%T'",
                       o);
}

ShObject *sh_number_float(ShObject *o) {
  if (SH_FLOAT_CHECK_EXACT(o)) return sh_newref(o);
  ShNumberMethods *nb = SH_TYPE(o)->as_number;
  if (nb && nb->float_) {
    ShObject *r = nb->float_(o);
    if (r == NULL || SH_FLOAT_CHECK_EXACT(r)) return r;
    if (!SH_FLOAT_CHECK(r)) {
      sh_err_format(&sh_exc_TypeError, "%N.__float__ returned non-float (type %T)", SH_TYPE(o), r);
      sh_decref(r);
      return NULL;
    }
    double v = SH_FLOAT_VALUE(r);
    sh_decref(r);
    return sh_float_from_double(v);
  }
  if (nb && nb->index) {
    ShObject *i = sh_number_index(o);
    if (i == NULL) return NULL;
    double v = sh_int_as_double(i);
    sh_decref(i);
    if (v == -1.0 && sh_err_occurred()) return NULL;
    return sh_float_from_double(v);
  }
  if (SH_FLOAT_CHECK(o)) return sh_float_from_double(SH_FLOAT_VALUE(o));
  if (SH_STR_CHECK(o)) {
    intptr_t len;
    const char *s = sh_str_utf8_and_size(o, &len);
    if (s == NULL) return NULL;
    return sh_float_from_string(s, (size_t)len);
  }
  if (SH_BYTES_CHECK(o) || sh_type_check(o, &sh_type_bytearray)) {
    ShBytesView v;
    if (sh_bytes_view(o, &v) < 0) return NULL;
    ShObject *r = sh_float_from_string(v.data, (size_t)v.len);
    sh_bytes_view_end(&v);
    return r;
  }
  return sh_err_format(&sh_exc_TypeError,
                       "float() argument must be a string or a real number, not '%T'", o);
}
