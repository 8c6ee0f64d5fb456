/* Numeric builtins: abs, divmod, pow, round, bin, oct, hex. */
#include "builtins_internal.h"

#include <string.h>

static ShObject *builtin_abs(ShObject *self, ShObject *o) {
  return sh_number_absolute(o);
}

static ShObject *builtin_divmod(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_builtins_exact_args("divmod", nargs, 2) < 0) return NULL;
  return sh_number_binary(args[0], args[1], SH_BINOP_DIVMOD);
}

static ShObject *builtin_pow(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *base, *exp, *mod;
  if (sh_args_parse("pow", args, nargs, kwnames, "base,exp|mod", &base, &exp, &mod) < 0)
    return NULL;
  return sh_number_power(base, exp, mod ? mod : SH_NONE);
}

static ShObject *builtin_round(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  ShObject *number, *ndigits;
  if (sh_args_parse("round", args, nargs, kwnames, "number|ndigits", &number, &ndigits) < 0)
    return NULL;
  ShObject *meth = sh_object_lookup_special(number, SH_ID(__round__));
  if (meth == NULL) {
    if (sh_err_occurred()) return NULL;
    return sh_err_format(&sh_exc_TypeError, "type %N doesn't define __round__ method",
                         SH_TYPE(number));
  }
  ShObject *r = (ndigits == NULL || ndigits == SH_NONE) ? sh_call0(meth) : sh_call1(meth, ndigits);
  sh_decref(meth);
  return r;
}

/* "0b101", "-0o17", "0xff": the sign, then the prefix, then the digits. */
static ShObject *format_base(ShObject *o, int base, const char *prefix) {
  ShObject *i = sh_number_index(o);
  if (i == NULL) return NULL;
  ShObject *r;
  if (SH_INT_IS_SMALL(i)) {
    int64_t v = SH_INT_SMALL_VALUE(i);
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char buf[80];
    char *p = buf + sizeof buf;
    *--p = 0;
    do {
      *--p = "0123456789abcdef"[u % (unsigned)base];
      u /= (unsigned)base;
    } while (u);
    p -= 2;
    memcpy(p, prefix, 2);
    if (v < 0) *--p = '-';
    r = sh_str_from_cstr(p);
  } else {
    mpz_t z;
    mpz_init(z);
    sh_int_to_mpz(i, z);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    size_t n = mpz_sizeinbase(z, base) + 4;
    char *buf = sh_mem_alloc(n);
    if (buf == NULL) {
      mpz_clear(z);
      sh_decref(i);
      return sh_err_no_memory();
    }
    size_t k = 0;
    if (neg) buf[k++] = '-';
    buf[k++] = prefix[0];
    buf[k++] = prefix[1];
    mpz_get_str(buf + k, base, z);
    r = sh_str_from_cstr(buf);
    sh_mem_free(buf);
    mpz_clear(z);
  }
  sh_decref(i);
  return r;
}

static ShObject *builtin_bin(ShObject *self, ShObject *o) {
  return format_base(o, 2, "0b");
}
static ShObject *builtin_oct(ShObject *self, ShObject *o) {
  return format_base(o, 8, "0o");
}
static ShObject *builtin_hex(ShObject *self, ShObject *o) {
  return format_base(o, 16, "0x");
}

ShMethodDef sh_builtins_numeric_methods[] = {
    {"abs", (void *)builtin_abs, SH_METH_O, "Return the absolute value of the argument."},
    {"divmod", (void *)builtin_divmod, SH_METH_FAST, "Return the tuple (x//y, x%y)."},
    {"pow", (void *)builtin_pow, SH_METH_FASTKW, NULL},
    {"round", (void *)builtin_round, SH_METH_FASTKW, NULL},
    {"bin", (void *)builtin_bin, SH_METH_O, NULL},
    {"oct", (void *)builtin_oct, SH_METH_O, NULL},
    {"hex", (void *)builtin_hex, SH_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};
