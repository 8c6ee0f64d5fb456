/* int <-> text and bytes: int(x, base) parsing, str(int) with the
   max_str_digits limit, int.__new__, to_bytes/from_bytes. */
#include <stdio.h>
#include <string.h>
#include "int_internal.h"
#include "str_internal.h"

/* sys.get_int_max_str_digits(); 0 disables the limit */
static _Atomic int64_t max_str_digits = 4300;

int64_t sh_int_get_max_str_digits(void) {
  return atomic_load(&max_str_digits);
}

int sh_int_set_max_str_digits(int64_t n) {
  if (n != 0 && n < 640) {
    sh_err_set_string(&sh_exc_ValueError, "maxdigits must be 0 or larger than 640");
    return -1;
  }
  atomic_store(&max_str_digits, n);
  return 0;
}

static int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static bool is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* 0 ok (*out set), 1 invalid literal (nothing raised), -1 exception set. */
static int parse_int(const char *s, size_t len, int base, ShObject **out) {
  const char *p = s, *end = s + len;
  while (p < end && is_space((unsigned char)*p))
    p++;
  while (end > p && is_space((unsigned char)end[-1]))
    end--;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  bool leading_zero_only = false;
  bool underscore_ok = false; /* an underscore may follow a base prefix */
  if (end - p >= 2 && p[0] == '0') {
    char c = (char)(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      p += 2;
      underscore_ok = true;
    }
  }
  if (base == 0) {
    base = 10;
    if (p < end && *p == '0') leading_zero_only = true;
  }
  size_t n = (size_t)(end - p);
  char *buf = sh_mem_alloc(n + 2);
  if (!buf) {
    sh_err_no_memory();
    return -1;
  }
  size_t nd = 0;
  bool prev_digit = false;
  for (const char *q = p; q < end; q++) {
    if (*q == '_') {
      if (!prev_digit && !(underscore_ok && q == p)) goto invalid;
      prev_digit = false;
      continue;
    }
    if (digit_value((unsigned char)*q) >= base) goto invalid;
    if (leading_zero_only && *q != '0') goto invalid;
    buf[nd++] = *q;
    prev_digit = true;
  }
  if (nd == 0 || !prev_digit) goto invalid;
  buf[nd] = 0;
  if ((base & (base - 1)) != 0) {
    int64_t lim = sh_int_get_max_str_digits();
    if (lim > 0 && (int64_t)nd > lim) {
      sh_mem_free(buf);
      sh_err_format(&sh_exc_ValueError,
                    "Exceeds the limit (%ld digits) for integer string conversion: value has %zu "
                    "digits; use sys.set_int_max_str_digits() to increase the limit",
                    (long)lim, nd);
      return -1;
    }
  }
  if (nd <= 12) {
    int64_t v = 0;
    for (size_t i = 0; i < nd; i++)
      v = v * base + digit_value((unsigned char)buf[i]);
    sh_mem_free(buf);
    *out = sh_int_from_i64(neg ? -v : v);
    return *out ? 0 : -1;
  }
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, buf, base);
  sh_mem_free(buf);
  if (neg) mpz_neg(z, z);
  *out = sh_int_from_mpz_steal(z);
  return *out ? 0 : -1;
invalid:
  sh_mem_free(buf);
  return 1;
}

static void raise_invalid_literal(int base, ShObject *orig) {
  ShObject *r = sh_object_repr(orig);
  if (!r) return;
  if (SH_STR_LEN(r) > 200) SH_SETREF(r, sh_str_substring(r, 0, 200));
  if (!r) return;
  sh_err_format(&sh_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
  sh_decref(r);
}

ShObject *sh_int_from_string(const char *s, size_t len, int base) {
  ShObject *out = NULL;
  int rc = parse_int(s, len, base, &out);
  if (rc == 1) {
    ShObject *str = sh_str_from_utf8(s, len);
    if (str) {
      raise_invalid_literal(base, str);
      sh_decref(str);
    }
    return NULL;
  }
  return rc == 0 ? out : NULL;
}

char *sh_num_ascii_copy(ShObject *s, size_t *len) {
  intptr_t n = SH_STR_LEN(s);
  char *buf = sh_mem_alloc((size_t)n + 1);
  if (!buf) {
    sh_err_no_memory();
    return NULL;
  }
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = SH_STR_CHAR(s, i);
    int d;
    if (c < 128)
      buf[i] = (char)c;
    else if (sh_uni_isspace(c))
      buf[i] = ' ';
    else if ((d = sh_uni_decimal_value(c)) >= 0)
      buf[i] = (char)('0' + d);
    else
      buf[i] = '?';
  }
  buf[n] = 0;
  *len = (size_t)n;
  return buf;
}

/* Parses a str, bytes or bytearray object; NULL with TypeError otherwise
   raising *not_text = true without setting an exception. */
static ShObject *int_from_text_object(ShObject *x, int base, bool *not_text) {
  const char *data;
  intptr_t len;
  *not_text = false;
  char *copy = NULL;
  ShBytesView v = {NULL, 0, NULL, NULL};
  if (SH_STR_CHECK(x)) {
    if (((ShStr *)x)->ascii) {
      data = sh_str_utf8_and_size(x, &len);
      if (!data) return NULL;
    } else {
      size_t n;
      copy = sh_num_ascii_copy(x, &n);
      if (!copy) return NULL;
      data = copy;
      len = (intptr_t)n;
    }
  } else if (SH_BYTES_CHECK(x) || sh_type_check(x, &sh_type_bytearray)) {
    if (sh_bytes_view(x, &v) < 0) return NULL;
    data = v.data;
    len = v.len;
  } else {
    *not_text = true;
    return NULL;
  }
  ShObject *out = NULL;
  int rc = parse_int(data, (size_t)len, base, &out);
  sh_mem_free(copy);
  sh_bytes_view_end(&v); /* before the error shows x */
  if (rc == 1) {
    raise_invalid_literal(base, x);
    return NULL;
  }
  return rc == 0 ? out : NULL;
}

char *sh_int_to_cstr_base(ShObject *o, int base, size_t *len) {
  SH_INT_VIEW(v, o);
  size_t cap = mpz_sizeinbase(v, base) + 2;
  char *buf = sh_mem_alloc(cap);
  if (!buf) {
    sh_err_no_memory();
    return NULL;
  }
  mpz_get_str(buf, base, v);
  if (len) *len = strlen(buf);
  return buf;
}

ShObject *sh_int_to_decimal_string(ShObject *o) {
  if (SH_INT_IS_SMALL(o)) { /* digits from the end; snprintf costs ~10x */
    char buf[24];
    int64_t v = SH_INT_SMALL_VALUE(o);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = sh_u64_to_decimal(m, buf + sizeof buf);
    if (v < 0) *--p = '-';
    return sh_str_from_ascii(p, (size_t)(buf + sizeof buf - p));
  }
  ShInt *i = (ShInt *)o;
  int64_t lim = sh_int_get_max_str_digits();
  const char *msg = "Exceeds the limit (%ld digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit";
  if (lim > 0 && (int64_t)mpz_sizeinbase(i->value, 10) - 1 > lim)
    return sh_err_format(&sh_exc_ValueError, msg, (long)lim);
  size_t len;
  char *buf = sh_int_to_cstr_base(o, 10, &len);
  if (!buf) return NULL;
  size_t ndig = len - (buf[0] == '-');
  if (lim > 0 && (int64_t)ndig > lim) {
    sh_mem_free(buf);
    return sh_err_format(&sh_exc_ValueError, msg, (long)lim);
  }
  ShObject *r = sh_str_from_latin1(buf, len);
  sh_mem_free(buf);
  return r;
}

/* ----------------------------------------------------------- int.__new__ */

static ShObject *int_from_object(ShObject *x) {
  if (SH_INT_CHECK_EXACT(x)) return sh_newref(x);
  ShNumberMethods *nb = SH_TYPE(x)->as_number;
  if (nb && nb->int_) {
    ShObject *r = nb->int_(x);
    if (!r) return NULL;
    if (!SH_INT_CHECK(r)) {
      sh_err_format(&sh_exc_TypeError, "__int__ returned non-int (type %T)", r);
      sh_decref(r);
      return NULL;
    }
    if (!SH_INT_CHECK_EXACT(r)) SH_SETREF(r, sh_int_exact(r));
    return r;
  }
  if (nb && nb->index) return sh_number_index(x);
  ShObject *trunc = sh_object_lookup_special(x, SH_ID(__trunc__));
  if (trunc) {
    ShObject *r = sh_call0(trunc);
    sh_decref(trunc);
    if (!r) return NULL;
    if (SH_INT_CHECK(r)) {
      if (!SH_INT_CHECK_EXACT(r)) SH_SETREF(r, sh_int_exact(r));
      return r;
    }
    ShNumberMethods *rnb = SH_TYPE(r)->as_number;
    if (!rnb || !rnb->index) {
      sh_err_format(&sh_exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
      sh_decref(r);
      return NULL;
    }
    SH_SETREF(r, sh_number_index(r));
    return r;
  }
  if (sh_err_occurred()) return NULL;
  bool not_text;
  ShObject *r = int_from_text_object(x, 10, &not_text);
  if (not_text)
    return sh_err_format(&sh_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real "
                         "number, not '%T'",
                         x);
  return r;
}

static ShObject *int_new_exact(ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *x = NULL, *base_obj = NULL;
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  if (nargs > 2) {
    return sh_err_format(&sh_exc_TypeError, "int() takes at most 2 arguments (%zu given)",
                         nargs + nkw);
  }
  if (nargs >= 1) x = args[0];
  if (nargs == 2) base_obj = args[1];
  for (size_t i = 0; i < nkw; i++) {
    ShObject *k = SH_TUPLE_GET(kwnames, i);
    if (sh_str_equal_cstr(k, "base") && !base_obj) {
      base_obj = args[nargs + i];
    } else if (sh_str_equal_cstr(k, "base")) {
      return sh_err_format(&sh_exc_TypeError,
                           "argument for int() given by name ('base') and position (2)");
    } else {
      return sh_err_format(&sh_exc_TypeError, "'%U' is an invalid keyword argument for int()", k);
    }
  }
  if (!x) {
    if (base_obj) return sh_err_format(&sh_exc_TypeError, "int() missing string argument");
    return sh_int_from_i64(0);
  }
  if (!base_obj) return int_from_object(x);
  ShObject *bi = sh_number_index(base_obj);
  if (!bi) return NULL;
  bool ovf;
  int64_t base = sh_int_as_i64(bi, &ovf);
  sh_decref(bi);
  if (ovf || (base != 0 && (base < 2 || base > 36))) {
    sh_err_set_string(&sh_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return NULL;
  }
  bool not_text;
  ShObject *r = int_from_text_object(x, (int)base, &not_text);
  if (not_text)
    sh_err_set_string(&sh_exc_TypeError, "int() can't convert non-string with explicit base");
  return r;
}

ShObject *sh_int_new_slot(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *r = int_new_exact(args, nargs, kwnames);
  if (!r || type == &sh_type_int) return r;
  ShObject *sub = sh_int_copy_to_type(type, r);
  sh_decref(r);
  return sub;
}

/* -------------------------------------------------------------- bytes */

static int parse_byteorder(const char *fname, ShObject *bo, bool *little) {
  if (!bo) {
    *little = false;
    return 0;
  }
  if (!SH_STR_CHECK(bo)) {
    sh_err_format(&sh_exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, bo);
    return -1;
  }
  if (sh_str_equal_cstr(bo, "big"))
    *little = false;
  else if (sh_str_equal_cstr(bo, "little"))
    *little = true;
  else {
    sh_err_set_string(&sh_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
  }
  return 0;
}

ShObject *sh_int_method_to_bytes(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  ShObject *length = NULL, *byteorder = NULL, *sign = NULL;
  if (sh_args_parse("to_bytes", args, nargs, kwnames, "|length,byteorder,$signed", &length,
                    &byteorder, &sign) < 0)
    return NULL;
  intptr_t n = 1;
  if (length) {
    n = sh_number_as_ssize_arg(length);
    if (n == -1 && sh_err_occurred()) return NULL;
    if (n < 0) {
      sh_err_set_string(&sh_exc_ValueError, "length argument must be non-negative");
      return NULL;
    }
  }
  bool little;
  if (parse_byteorder("to_bytes", byteorder, &little) < 0) return NULL;
  int is_signed = 0;
  if (sign && (is_signed = sh_object_is_true(sign)) < 0) return NULL;
  SH_INT_VIEW(v, self);
  if (mpz_sgn(v) < 0 && !is_signed) {
    sh_err_set_string(&sh_exc_OverflowError, "can't convert negative int to unsigned");
    return NULL;
  }
  mpz_t t;
  mpz_init(t);
  /* bits needed: for negatives in two's complement, those of ~v */
  if (mpz_sgn(v) < 0)
    mpz_com(t, v);
  else
    mpz_set(t, v);
  size_t bits = mpz_sgn(t) ? mpz_sizeinbase(t, 2) : 0;
  if (is_signed) bits++;
  if (bits > (size_t)n * 8) {
    mpz_clear(t);
    sh_err_set_string(&sh_exc_OverflowError, "int too big to convert");
    return NULL;
  }
  ShObject *res = sh_bytes_new(n);
  if (!res) {
    mpz_clear(t);
    return NULL;
  }
  unsigned char *out = (unsigned char *)SH_BYTES_DATA(res);
  memset(out, 0, (size_t)n);
  if (n > 0) {
    if (mpz_sgn(v) < 0) {
      /* two's complement: 256**n + v */
      mpz_set_ui(t, 1);
      mpz_mul_2exp(t, t, (mp_bitcnt_t)n * 8);
      mpz_add(t, t, v);
    } else {
      mpz_set(t, v);
    }
    size_t cnt = 0;
    size_t need = (mpz_sizeinbase(t, 2) + 7) / 8;
    if (mpz_sgn(t) == 0) need = 0;
    if (need) mpz_export(out + ((size_t)n - need), &cnt, 1, 1, 1, 0, t);
    if (little) {
      for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
        unsigned char c = out[i];
        out[i] = out[j];
        out[j] = c;
      }
    }
  }
  mpz_clear(t);
  return res;
}

ShObject *sh_int_method_from_bytes(ShObject *cls, ShObject *const *args, size_t nargs,
                                   ShObject *kwnames) {
  ShObject *bytes = NULL, *byteorder = NULL, *sign = NULL;
  if (sh_args_parse("from_bytes", args, nargs, kwnames, "bytes,|byteorder,$signed", &bytes,
                    &byteorder, &sign) < 0)
    return NULL;
  bool little;
  if (parse_byteorder("from_bytes", byteorder, &little) < 0) return NULL;
  int is_signed = 0;
  if (sign && (is_signed = sh_object_is_true(sign)) < 0) return NULL;
  ShObject *b;
  if (SH_BYTES_CHECK(bytes) || sh_type_check(bytes, &sh_type_bytearray))
    b = sh_newref(bytes);
  else if (SH_INT_CHECK(bytes) || SH_STR_CHECK(bytes))
    return sh_err_format(&sh_exc_TypeError, "cannot convert '%T' object to bytes", bytes);
  else
    b = sh_bytes_from_object(bytes);
  if (!b) return NULL;
  ShBytesView v;
  if (sh_bytes_view(b, &v) < 0) {
    sh_decref(b);
    return NULL;
  }
  const char *data = v.data;
  intptr_t len = v.len;
  mpz_t z;
  mpz_init(z);
  if (len > 0) mpz_import(z, (size_t)len, little ? -1 : 1, 1, 1, 0, data);
  if (is_signed && len > 0) {
    unsigned char top = (unsigned char)(little ? data[len - 1] : data[0]);
    if (top & 0x80) {
      mpz_t p;
      mpz_init_set_ui(p, 1);
      mpz_mul_2exp(p, p, (mp_bitcnt_t)len * 8);
      mpz_sub(z, z, p);
      mpz_clear(p);
    }
  }
  sh_bytes_view_end(&v);
  sh_decref(b);
  ShObject *r = sh_int_from_mpz_steal(z);
  if (r && cls != (ShObject *)&sh_type_int) SH_SETREF(r, sh_call1(cls, r));
  return r;
}
