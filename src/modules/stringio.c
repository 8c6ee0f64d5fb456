/* io.StringIO in C (module _stringio, type _io.StringIO): text kept as an
   array of code points with a position, newline translation as CPython's. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "../shoal.h"
#include "../runtime/lock.h"
#include "../objects/str_internal.h"
#include "../objects/typeobject.h"
#include "fileio.h"
#include "modules.h"

/* The newline argument: None translates \r and \r\n to \n on write and
   reads lines ending in \n; '' keeps the text and ends lines at \r, \n or
   \r\n; '\n' keeps it and ends them at \n; '\r' and '\r\n' write \n as
   themselves and end lines there. */
enum { NL_NONE, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };
/* newlines seen (tracked for None and ''), as the `newlines` attribute */
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

/* Everything below `ob` is read and written under the object's mutex; no
   Python code runs and nothing is released while it is held. */
typedef struct {
  ShObject ob;
  uint32_t *buf;
  intptr_t len, cap, pos;
  /* Of the class (ascii, latin-1, BMP, beyond) of the largest character,
     which makes the str's kind; never of a smaller one. */
  uint32_t maxchar;
  bool max_exact;  /* the largest is of maxchar's class (not a larger one) */
  uint8_t newline; /* NL_* */
  uint8_t seen;    /* SEEN_* */
  bool ready;      /* __init__ has run */
  bool closed;
  ShObject *dict, *weakrefs;
} StringIO;

#define SIO(o) ((StringIO *)(o))

static ShType stringio_type;

static ShObject *err_closed(bool dot) {
  sh_err_set_string(&sh_exc_ValueError,
                    dot ? "I/O operation on closed file." : "I/O operation on closed file");
  return NULL;
}

/* The common check, under the mutex: 0, or -1 with ValueError set. */
static int check_usable(StringIO *s) {
  if (!s->ready) {
    sh_err_set_string(&sh_exc_ValueError, "I/O operation on uninitialized object");
    return -1;
  }
  if (s->closed) {
    err_closed(false);
    return -1;
  }
  return 0;
}

/* An optional size argument as CPython converts it: None is -1. */
static int optional_size(ShObject *o, intptr_t *out) {
  if (!o || o == SH_NONE) {
    *out = -1;
    return 0;
  }
  ShNumberMethods *nb = SH_TYPE(o)->as_number;
  if (!SH_INT_CHECK(o) && !(nb && nb->index)) {
    sh_err_format(&sh_exc_TypeError, "argument should be integer or None, not '%s'",
                  sh_type_name(SH_TYPE(o)));
    return -1;
  }
  *out = sh_number_as_ssize_arg(o);
  return *out == -1 && sh_err_occurred() ? -1 : 0;
}

/* ------------------------------------------------------------ buffer */

static int reserve(StringIO *s, intptr_t need) {
  if (need <= s->cap) return 0;
  intptr_t cap = s->cap < 64 ? 64 : s->cap;
  while (cap < need)
    cap = cap > INTPTR_MAX / 8 ? need : cap * 2;
  if ((size_t)cap > SIZE_MAX / sizeof(uint32_t)) {
    sh_err_no_memory();
    return -1;
  }
  uint32_t *b = realloc(s->buf, (size_t)cap * sizeof(uint32_t));
  if (!b) {
    sh_err_no_memory();
    return -1;
  }
  s->buf = b;
  s->cap = cap;
  return 0;
}

static void drop_buffer(StringIO *s) {
  free(s->buf);
  s->buf = NULL;
  s->len = s->cap = s->pos = 0;
  s->maxchar = 0;
  s->max_exact = true;
}

/* A str of n code points; maxchar is of the class of the largest one when
   exact, else an upper bound (then they are scanned). */
static ShObject *make_str(const uint32_t *p, intptr_t n, uint32_t maxchar, bool exact) {
  if (n == 0) return sh_newref(sh_str_empty());
  if (n == 1) return sh_str_from_char(p[0]);
  if (!exact) {
    maxchar = 0;
    for (intptr_t i = 0; i < n; i++)
      if (p[i] > maxchar) maxchar = p[i];
  }
  ShObject *r = sh_str_new(n, maxchar);
  if (!r) return NULL;
  void *d = SH_STR_DATA(r);
  switch (SH_STR_KIND(r)) {
  case 1:
    for (intptr_t i = 0; i < n; i++)
      ((uint8_t *)d)[i] = (uint8_t)p[i];
    ((uint8_t *)d)[n] = 0;
    break;
  case 2:
    for (intptr_t i = 0; i < n; i++)
      ((uint16_t *)d)[i] = (uint16_t)p[i];
    ((uint16_t *)d)[n] = 0;
    break;
  default: memcpy(d, p, (size_t)n * sizeof(uint32_t)); ((uint32_t *)d)[n] = 0;
  }
  return r;
}

/* How long `str` becomes once translated for writing (the newlines it has
   are added to *seen for None and ''). */
static intptr_t translated_length(int newline, int kind, const void *d, intptr_t n, uint8_t *seen) {
  if (newline == NL_LF || newline == NL_CR) return n;
  intptr_t out = n;
  uint8_t found = 0;
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    if (c == '\n') {
      if (newline == NL_CRLF)
        out++;
      else
        found |= SEEN_LF;
    } else if (c == '\r' && newline != NL_CRLF) {
      if (i + 1 < n && sh_str_read(kind, d, i + 1) == '\n') {
        found |= SEEN_CRLF;
        i++;
        if (newline == NL_NONE) out--;
      } else {
        found |= SEEN_CR;
      }
    }
  }
  *seen |= found;
  return out;
}

/* Writes the translation of (kind, d, n) at dst; returns a code point of
   the class of its largest one. */
static uint32_t translate_into(uint32_t *dst, int newline, int kind, const void *d, intptr_t n) {
  uint32_t m = 0;
  if (kind == 1 && (newline == NL_LF || newline == NL_EMPTY)) {
    const uint8_t *p = d;
    for (intptr_t i = 0; i < n; i++) {
      dst[i] = p[i];
      m |= p[i];
    }
    return m > 127 ? 255 : m; /* not the largest, but of its class (ascii, latin-1) */
  }
  intptr_t o = 0;
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    if (c == '\n') {
      if (newline == NL_CR)
        c = '\r';
      else if (newline == NL_CRLF)
        dst[o++] = '\r', c = '\n';
    } else if (c == '\r' && newline == NL_NONE) {
      if (i + 1 < n && sh_str_read(kind, d, i + 1) == '\n') i++;
      c = '\n';
    }
    if (c > m) m = c;
    dst[o++] = c;
  }
  return m;
}

/* Writes str at the position (padding with NULs past the end); mutex held.
   Returns 0 or -1 with MemoryError. */
static int write_locked(StringIO *s, ShObject *str) {
  intptr_t n = SH_STR_LEN(str);
  if (n == 0) return 0;
  int kind = SH_STR_KIND(str);
  const void *d = SH_STR_DATA(str);
  uint8_t seen = 0;
  intptr_t tn = translated_length(s->newline, kind, d, n, &seen);
  if (s->newline == NL_NONE || s->newline == NL_EMPTY) s->seen |= seen;
  intptr_t pos = s->pos;
  if (pos > INTPTR_MAX - tn || reserve(s, pos + tn) < 0) {
    if (pos > INTPTR_MAX - tn) sh_err_no_memory();
    return -1;
  }
  if (pos > s->len) memset(s->buf + s->len, 0, (size_t)(pos - s->len) * sizeof(uint32_t));
  uint32_t m = translate_into(s->buf + pos, s->newline, kind, d, n);
  if (pos < s->len) s->max_exact = false; /* the overwritten text may have held the max */
  if (m > s->maxchar) s->maxchar = m;
  s->pos = pos + tn;
  if (s->pos > s->len) s->len = s->pos;
  return 0;
}

/* Where the line starting at `start` ends (exclusive), searching up to
   `limit`; mutex held. */
static intptr_t line_end(StringIO *s, intptr_t start, intptr_t limit) {
  const uint32_t *b = s->buf;
  switch (s->newline) {
  case NL_EMPTY:
    for (intptr_t i = start; i < limit; i++) {
      if (b[i] == '\n') return i + 1;
      if (b[i] == '\r') return i + 1 < limit && b[i + 1] == '\n' ? i + 2 : i + 1;
    }
    return limit;
  case NL_CR:
    for (intptr_t i = start; i < limit; i++)
      if (b[i] == '\r') return i + 1;
    return limit;
  case NL_CRLF:
    for (intptr_t i = start; i + 1 < limit; i++)
      if (b[i] == '\r' && b[i + 1] == '\n') return i + 2;
    return limit;
  default:
    for (intptr_t i = start; i < limit; i++)
      if (b[i] == '\n') return i + 1;
    return limit;
  }
}

/* The next line (at most `size` code points when size >= 0); mutex held. */
static ShObject *readline_locked(StringIO *s, intptr_t size) {
  intptr_t start = s->pos;
  if (start >= s->len) return sh_newref(sh_str_empty());
  intptr_t limit = s->len;
  if (size >= 0 && size < limit - start) limit = start + size;
  intptr_t end = line_end(s, start, limit);
  ShObject *r = make_str(s->buf + start, end - start, s->maxchar, false);
  if (r) s->pos = end;
  return r;
}

/* ------------------------------------------------------------- life */

static int parse_newline(ShObject *nl, uint8_t *out) {
  if (!nl || nl == SH_NONE) {
    *out = NL_NONE;
    return 0;
  }
  if (!SH_STR_CHECK(nl)) {
    sh_err_format(&sh_exc_TypeError, "newline must be str or None, not %s",
                  sh_type_name(SH_TYPE(nl)));
    return -1;
  }
  intptr_t n = SH_STR_LEN(nl);
  uint32_t c0 = n > 0 ? SH_STR_CHAR(nl, 0) : 0, c1 = n > 1 ? SH_STR_CHAR(nl, 1) : 0;
  if (n == 0)
    *out = NL_EMPTY;
  else if (n == 1 && c0 == '\n')
    *out = NL_LF;
  else if (n == 1 && c0 == '\r')
    *out = NL_CR;
  else if (n == 2 && c0 == '\r' && c1 == '\n')
    *out = NL_CRLF;
  else {
    sh_err_format(&sh_exc_ValueError, "illegal newline value: %R", nl);
    return -1;
  }
  return 0;
}

static ShObject *newline_arg(uint8_t nl) {
  switch (nl) {
  case NL_NONE: return sh_newref(SH_NONE);
  case NL_EMPTY: return sh_newref(sh_str_empty());
  case NL_LF: return sh_str_from_cstr("\n");
  case NL_CR: return sh_str_from_cstr("\r");
  default: return sh_str_from_cstr("\r\n");
  }
}

static ShObject *stringio_new(ShType *type, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  StringIO *s = (StringIO *)sh_object_alloc(type, 0);
  if (!s) return NULL;
  s->max_exact = true;
  s->newline = NL_LF;
  return SH_OBJ(s);
}

/* (Re)initialises: the text is value (translated), the position 0. */
static int setup(ShObject *self, ShObject *value, ShObject *nl) {
  uint8_t newline;
  if (parse_newline(nl, &newline) < 0) return -1;
  if (value && value != SH_NONE && !SH_STR_CHECK(value)) {
    sh_err_format(&sh_exc_TypeError, "initial_value must be str or None, not %s",
                  sh_type_name(SH_TYPE(value)));
    return -1;
  }
  StringIO *s = SIO(self);
  sh_object_lock(self);
  drop_buffer(s);
  s->newline = newline;
  s->seen = 0;
  s->ready = true;
  s->closed = false;
  int r = value && value != SH_NONE ? write_locked(s, value) : 0;
  s->pos = 0;
  sh_object_unlock(self);
  return r;
}

static int stringio_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *value = NULL, *nl = NULL;
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  if (nargs > 2) {
    sh_err_format(&sh_exc_TypeError, "StringIO() takes at most 2 arguments (%d given)",
                  (int)(nargs + nkw));
    return -1;
  }
  if (nargs > 0) value = args[0];
  if (nargs > 1) nl = args[1];
  for (size_t i = 0; i < nkw; i++) {
    ShObject *k = SH_TUPLE_GET(kwnames, (intptr_t)i);
    ShObject **slot = sh_str_equal_cstr(k, "initial_value") ? &value
                      : sh_str_equal_cstr(k, "newline")     ? &nl
                                                            : NULL;
    if (!slot) {
      sh_err_format(&sh_exc_TypeError, "%R is an invalid keyword argument for StringIO()", k);
      return -1;
    }
    if (*slot) {
      sh_err_format(&sh_exc_TypeError,
                    "argument for StringIO() given by name ('%U') and position (%d)", k,
                    slot == &value ? 1 : 2);
      return -1;
    }
    *slot = args[nargs + i];
  }
  if (nl == NULL) nl = sh_str_intern_cstr("\n");
  return setup(self, value, nl);
}

static void stringio_dealloc(ShObject *self) {
  free(SIO(self)->buf);
  SH_CLEAR(SIO(self)->dict);
  sh_object_free(self);
}

static int stringio_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  ShObject *d = __atomic_load_n(&SIO(self)->dict, __ATOMIC_ACQUIRE);
  return d ? visit(d, arg) : 0;
}

static int stringio_clear(ShObject *self) {
  SH_CLEAR(SIO(self)->dict);
  return 0;
}

/* ---------------------------------------------------------- methods */

static ShObject *stringio_write(ShObject *self, ShObject *str) {
  if (!SH_STR_CHECK(str)) {
    sh_err_format(&sh_exc_TypeError, "string argument expected, got '%s'",
                  sh_type_name(SH_TYPE(str)));
    return NULL;
  }
  StringIO *s = SIO(self);
  sh_object_lock(self);
  int r = check_usable(s) < 0 ? -1 : write_locked(s, str);
  sh_object_unlock(self);
  if (r < 0) return NULL;
  return sh_int_from_i64(SH_STR_LEN(str));
}

static ShObject *stringio_getvalue(ShObject *self) {
  StringIO *s = SIO(self);
  ShObject *r = NULL;
  sh_object_lock(self);
  if (check_usable(s) == 0) {
    r = make_str(s->buf, s->len, s->maxchar, s->max_exact);
    if (r && !s->max_exact) {
      s->maxchar = sh_str_maxchar(r);
      s->max_exact = true;
    }
  }
  sh_object_unlock(self);
  return r;
}

static ShObject *stringio_read(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t size;
  if (sh_args_check_count("read", nargs, 0, 1) < 0 ||
      optional_size(nargs ? args[0] : NULL, &size) < 0)
    return NULL;
  StringIO *s = SIO(self);
  ShObject *r = NULL;
  sh_object_lock(self);
  if (check_usable(s) == 0) {
    intptr_t start = s->pos, avail = s->len - start;
    if (avail < 0) avail = 0;
    if (size < 0 || size > avail) size = avail;
    r = make_str(s->buf + start, size, s->maxchar, start == 0 && size == s->len && s->max_exact);
    if (r) s->pos = start + size;
  }
  sh_object_unlock(self);
  return r;
}

static ShObject *stringio_readline(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t size;
  if (sh_args_check_count("readline", nargs, 0, 1) < 0 ||
      optional_size(nargs ? args[0] : NULL, &size) < 0)
    return NULL;
  StringIO *s = SIO(self);
  ShObject *r = NULL;
  sh_object_lock(self);
  if (check_usable(s) == 0) r = readline_locked(s, size);
  sh_object_unlock(self);
  return r;
}

static ShObject *stringio_tell(ShObject *self) {
  StringIO *s = SIO(self);
  sh_object_lock(self);
  intptr_t pos = check_usable(s) == 0 ? s->pos : -1;
  sh_object_unlock(self);
  return pos < 0 ? NULL : sh_int_from_i64(pos);
}

static ShObject *stringio_seek(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("seek", nargs, 1, 2) < 0) return NULL;
  intptr_t pos = sh_number_as_ssize_arg(args[0]);
  if (pos == -1 && sh_err_occurred()) return NULL;
  intptr_t whence = 0;
  if (nargs > 1) {
    whence = sh_number_as_ssize_arg(args[1]);
    if (whence == -1 && sh_err_occurred()) return NULL;
  }
  StringIO *s = SIO(self);
  sh_object_lock(self);
  int err = check_usable(s);
  if (err == 0) {
    if (whence < 0 || whence > 2) {
      sh_err_format(&sh_exc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
      err = -1;
    } else if (pos < 0 && whence == 0) {
      sh_err_format(&sh_exc_ValueError, "Negative seek position %zd", pos);
      err = -1;
    } else if (whence != 0 && pos != 0) {
      /* CPython 3.11 says "cur-relative" for whence 2 as well */
      sh_err_set_string(&sh_exc_OSError, "Can't do nonzero cur-relative seeks");
      err = -1;
    } else if (whence == 0) {
      s->pos = pos;
    } else if (whence == 2) {
      s->pos = s->len;
    }
    pos = s->pos;
  }
  sh_object_unlock(self);
  return err < 0 ? NULL : sh_int_from_i64(pos);
}

static ShObject *stringio_truncate(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("truncate", nargs, 0, 1) < 0) return NULL;
  intptr_t size = -1;
  bool given = nargs && args[0] != SH_NONE;
  if (given && optional_size(args[0], &size) < 0) return NULL;
  StringIO *s = SIO(self);
  sh_object_lock(self);
  int err = check_usable(s);
  if (err == 0) {
    if (!given) size = s->pos;
    if (size < 0) {
      sh_err_format(&sh_exc_ValueError, "Negative size value %zd", size);
      err = -1;
    } else if (size < s->len) {
      s->len = size;
      s->max_exact = false;
    }
  }
  sh_object_unlock(self);
  return err < 0 ? NULL : sh_int_from_i64(size);
}

/* Mode queries and the flags: closed file checks only. */
static ShObject *true_if_open(ShObject *self) {
  StringIO *s = SIO(self);
  sh_object_lock(self);
  int err = check_usable(s);
  sh_object_unlock(self);
  return err < 0 ? NULL : sh_newref(SH_TRUE);
}

static ShObject *stringio_close(ShObject *self) {
  StringIO *s = SIO(self);
  sh_object_lock(self);
  drop_buffer(s);
  s->closed = true;
  sh_object_unlock(self);
  SH_RETURN_NONE;
}

static bool is_closed(ShObject *self) {
  sh_object_lock(self);
  bool closed = SIO(self)->closed;
  sh_object_unlock(self);
  return closed;
}

/* The _IOBase methods, whose closed-file message ends with a dot. */
static ShObject *stringio_isatty(ShObject *self) {
  return is_closed(self) ? err_closed(true) : sh_newref(SH_FALSE);
}

static ShObject *stringio_flush(ShObject *self) {
  SH_RETURN_NONE;
}

static ShObject *stringio_fileno(ShObject *self) {
  sh_err_set_string(sh_exc_unsupported_operation, "fileno");
  return NULL;
}

static ShObject *stringio_detach(ShObject *self) {
  sh_err_set_string(sh_exc_unsupported_operation, "detach");
  return NULL;
}

static ShObject *stringio_enter(ShObject *self) {
  return is_closed(self) ? err_closed(true) : sh_newref(self);
}

static ShObject *stringio_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  return sh_call_method(self, sh_str_intern_cstr("close"), NULL, 0);
}

static ShObject *stringio_iter(ShObject *self) {
  return is_closed(self) ? err_closed(true) : sh_newref(self);
}

/* The next line, NULL without an exception at the end. A subclass's
   readline is called (and must return a str). */
static ShObject *stringio_iternext(ShObject *self) {
  ShObject *line;
  if (SH_TYPE(self) == &stringio_type) {
    StringIO *s = SIO(self);
    sh_object_lock(self);
    line = check_usable(s) < 0 ? NULL : readline_locked(s, -1);
    sh_object_unlock(self);
  } else {
    line = sh_call_method(self, sh_str_intern_cstr("readline"), NULL, 0);
    if (line && !SH_STR_CHECK(line)) {
      sh_err_format(&sh_exc_OSError, "readline() should have returned a str object, not '%s'",
                    sh_type_name(SH_TYPE(line)));
      sh_decref(line);
      return NULL;
    }
  }
  if (line && SH_STR_LEN(line) == 0) {
    sh_decref(line);
    return NULL;
  }
  return line;
}

static ShObject *stringio_readlines(ShObject *self, ShObject *const *args, size_t nargs) {
  intptr_t hint;
  if (sh_args_check_count("readlines", nargs, 0, 1) < 0 ||
      optional_size(nargs ? args[0] : NULL, &hint) < 0)
    return NULL;
  if (is_closed(self)) return err_closed(true);
  ShObject *list = sh_list_new(0);
  intptr_t total = 0;
  while (list) {
    ShObject *line = stringio_iternext(self);
    if (!line) {
      if (sh_err_occurred()) SH_CLEAR(list);
      break;
    }
    total += SH_STR_LEN(line);
    int r = sh_list_append(list, line);
    sh_decref(line);
    if (r < 0) SH_CLEAR(list);
    if (hint > 0 && total >= hint) break;
  }
  return list;
}

static ShObject *stringio_writelines(ShObject *self, ShObject *lines) {
  if (is_closed(self)) return err_closed(true);
  ShObject *it = sh_object_iter(lines);
  if (!it) return NULL;
  ShObject *write = sh_str_intern_cstr("write");
  ShObject *line;
  while ((line = sh_iter_next(it))) {
    ShObject *r = sh_call_method(self, write, &line, 1);
    sh_decref(line);
    if (!r) break;
    sh_decref(r);
  }
  sh_decref(it);
  if (sh_err_occurred()) return NULL;
  SH_RETURN_NONE;
}

static ShObject *stringio_check_closed(ShObject *self, ShObject *const *args, size_t nargs) {
  if (is_closed(self)) return err_closed(true);
  SH_RETURN_NONE;
}

/* _checkReadable and friends: self.<query>() must be true. */
static ShObject *check_mode(ShObject *self, const char *query, const char *msg) {
  ShObject *r = sh_call_method(self, sh_str_intern_cstr(query), NULL, 0);
  if (!r) return NULL;
  int t = sh_object_is_true(r);
  sh_decref(r);
  if (t < 0) return NULL;
  if (!t) {
    sh_err_set_string(sh_exc_unsupported_operation, msg);
    return NULL;
  }
  return sh_newref(SH_TRUE);
}

static ShObject *stringio_check_readable(ShObject *self, ShObject *const *args, size_t nargs) {
  return check_mode(self, "readable", "File or stream is not readable.");
}

static ShObject *stringio_check_writable(ShObject *self, ShObject *const *args, size_t nargs) {
  return check_mode(self, "writable", "File or stream is not writable.");
}

static ShObject *stringio_check_seekable(ShObject *self, ShObject *const *args, size_t nargs) {
  return check_mode(self, "seekable", "File or stream is not seekable.");
}

static ShObject *stringio_getstate(ShObject *self) {
  ShObject *value = stringio_getvalue(self);
  if (!value) return NULL;
  StringIO *s = SIO(self);
  sh_object_lock(self);
  uint8_t nl = s->newline;
  intptr_t pos = s->pos;
  sh_object_unlock(self);
  ShObject *d = __atomic_load_n(&s->dict, __ATOMIC_ACQUIRE);
  ShObject *nlo = newline_arg(nl), *poso = sh_int_from_i64(pos);
  ShObject *dc = d ? sh_dict_copy(d) : sh_newref(SH_NONE);
  ShObject *r = nlo && poso && dc ? sh_tuple_pack(4, value, nlo, poso, dc) : NULL;
  sh_decref(value);
  sh_xdecref(nlo);
  sh_xdecref(poso);
  sh_xdecref(dc);
  return r;
}

/* (value, newline, position, dict or None): value is taken as it is (not
   translated), though the newlines it has are counted as __init__ would. */
static ShObject *stringio_setstate(ShObject *self, ShObject *state) {
  if (is_closed(self)) return err_closed(false);
  if (!SH_TUPLE_CHECK(state) || SH_TUPLE_SIZE(state) < 4) {
    sh_err_format(&sh_exc_TypeError, "%s.__setstate__ argument should be 4-tuple, got %s",
                  SH_TYPE(self)->name, sh_type_name(SH_TYPE(state)));
    return NULL;
  }
  ShObject *value = SH_TUPLE_GET(state, 0), *nl = SH_TUPLE_GET(state, 1);
  ShObject *poso = SH_TUPLE_GET(state, 2), *d = SH_TUPLE_GET(state, 3);
  if (setup(self, value, nl) < 0) return NULL;
  if (!SH_INT_CHECK(poso)) {
    sh_err_format(&sh_exc_TypeError, "third item of state must be an integer, got %s",
                  sh_type_name(SH_TYPE(poso)));
    return NULL;
  }
  intptr_t pos = sh_number_as_ssize_arg(poso);
  if (pos == -1 && sh_err_occurred()) return NULL;
  if (pos < 0) {
    sh_err_set_string(&sh_exc_ValueError, "position value cannot be negative");
    return NULL;
  }
  if (d != SH_NONE && !SH_DICT_CHECK(d)) {
    sh_err_format(&sh_exc_TypeError, "fourth item of state should be a dict, got a %s",
                  sh_type_name(SH_TYPE(d)));
    return NULL;
  }
  StringIO *s = SIO(self);
  sh_object_lock(self);
  intptr_t n = value == SH_NONE ? 0 : SH_STR_LEN(value);
  int err = reserve(s, n);
  if (err == 0) {
    int kind = n ? SH_STR_KIND(value) : 1;
    const void *data = n ? SH_STR_DATA(value) : NULL;
    for (intptr_t i = 0; i < n; i++)
      s->buf[i] = sh_str_read(kind, data, i);
    s->len = n;
    s->maxchar = n ? sh_str_maxchar(value) : 0;
    s->max_exact = true;
    s->pos = pos;
  }
  sh_object_unlock(self);
  if (err < 0) return NULL;
  if (d != SH_NONE) {
    ShObject **slot = sh_object_dict_slot(self);
    if (!slot || !*slot || sh_dict_update(*slot, d) < 0) return NULL;
  }
  SH_RETURN_NONE;
}

/* ---------------------------------------------------------- getset */

static ShObject *get_closed(ShObject *self, void *c) {
  StringIO *s = SIO(self);
  sh_object_lock(self);
  bool ready = s->ready, closed = s->closed;
  sh_object_unlock(self);
  if (!ready) {
    sh_err_set_string(&sh_exc_ValueError, "I/O operation on uninitialized object");
    return NULL;
  }
  return sh_bool_from(closed);
}

static ShObject *get_line_buffering(ShObject *self, void *c) {
  ShObject *t = true_if_open(self);
  if (!t) return NULL;
  sh_decref(t);
  return sh_newref(SH_FALSE);
}

static ShObject *get_newlines(ShObject *self, void *c) {
  StringIO *s = SIO(self);
  sh_object_lock(self);
  int err = check_usable(s);
  uint8_t seen = s->seen, nl = s->newline;
  sh_object_unlock(self);
  if (err < 0) return NULL;
  if ((nl != NL_NONE && nl != NL_EMPTY) || !seen) SH_RETURN_NONE;
  const char *names[3];
  int n = 0;
  if (seen & SEEN_CR) names[n++] = "\r";
  if (seen & SEEN_LF) names[n++] = "\n";
  if (seen & SEEN_CRLF) names[n++] = "\r\n";
  if (n == 1) return sh_str_from_cstr(names[0]);
  ShObject *items[3] = {NULL, NULL, NULL};
  for (int i = 0; i < n; i++)
    if (!(items[i] = sh_str_from_cstr(names[i]))) break;
  ShObject *r = items[n - 1] ? sh_tuple_from_array(items, n) : NULL;
  for (int i = 0; i < n; i++)
    sh_xdecref(items[i]);
  return r;
}

static ShObject *get_none(ShObject *self, void *c) {
  SH_RETURN_NONE;
}

static ShObject *get_dict(ShObject *self, void *c) {
  ShObject **slot = sh_object_dict_slot(self);
  if (!slot || !*slot) return NULL;
  return sh_newref(*slot);
}

static ShGetSetDef stringio_getset[] = {
    {"closed", get_closed, NULL, NULL, NULL},
    {"line_buffering", get_line_buffering, NULL, NULL, NULL},
    {"newlines", get_newlines, NULL, NULL, NULL},
    {"encoding", get_none, NULL, "Encoding of the text stream.", NULL},
    {"errors", get_none, NULL, "The error setting of the decoder or encoder.", NULL},
    {"__dict__", get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static ShMethodDef stringio_methods[] = {
    {"write", (void *)stringio_write, SH_METH_O,
     "Write string to file.\n\nReturns the number of characters written, which is always equal "
     "to\nthe length of the string."},
    {"getvalue", (void *)stringio_getvalue, SH_METH_NOARGS,
     "Retrieve the entire contents of the object."},
    {"read", (void *)stringio_read, SH_METH_FAST,
     "Read at most size characters, returned as a string.\n\nIf the argument is negative or "
     "omitted, read until EOF\nis reached. Return an empty string at EOF."},
    {"readline", (void *)stringio_readline, SH_METH_FAST,
     "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately."},
    {"readlines", (void *)stringio_readlines, SH_METH_FAST,
     "Return a list of lines from the stream."},
    {"writelines", (void *)stringio_writelines, SH_METH_O, "Write a list of lines to stream."},
    {"tell", (void *)stringio_tell, SH_METH_NOARGS, "Tell the current file position."},
    {"seek", (void *)stringio_seek, SH_METH_FAST,
     "Change stream position.\n\nSeek to character offset pos relative to position indicated by "
     "whence:\n    0  Start of stream (the default).  pos should be >= 0;\n    1  Current "
     "position - pos must be 0;\n    2  End of stream - pos must be 0.\nReturns the new "
     "absolute position."},
    {"truncate", (void *)stringio_truncate, SH_METH_FAST,
     "Truncate size to pos.\n\nThe pos argument defaults to the current file position, as\n"
     "returned by tell().  The current file position is unchanged.\nReturns the new absolute "
     "position."},
    {"readable", (void *)true_if_open, SH_METH_NOARGS,
     "Returns True if the IO object can be read."},
    {"writable", (void *)true_if_open, SH_METH_NOARGS,
     "Returns True if the IO object can be written."},
    {"seekable", (void *)true_if_open, SH_METH_NOARGS,
     "Returns True if the IO object can be seeked."},
    {"close", (void *)stringio_close, SH_METH_NOARGS,
     "Close the IO object.\n\nAttempting any further operation after the object is closed\n"
     "will raise a ValueError.\n\nThis method has no effect if the file is already closed."},
    {"isatty", (void *)stringio_isatty, SH_METH_NOARGS,
     "Return whether this is an 'interactive' stream."},
    {"flush", (void *)stringio_flush, SH_METH_NOARGS, "Flush write buffers, if applicable."},
    {"fileno", (void *)stringio_fileno, SH_METH_NOARGS,
     "Returns underlying file descriptor if one exists."},
    {"detach", (void *)stringio_detach, SH_METH_NOARGS,
     "Separate the underlying buffer from the TextIOBase and return it."},
    {"_checkClosed", (void *)stringio_check_closed, SH_METH_FAST, NULL},
    {"_checkReadable", (void *)stringio_check_readable, SH_METH_FAST, NULL},
    {"_checkWritable", (void *)stringio_check_writable, SH_METH_FAST, NULL},
    {"_checkSeekable", (void *)stringio_check_seekable, SH_METH_FAST, NULL},
    {"__enter__", (void *)stringio_enter, SH_METH_NOARGS, NULL},
    {"__exit__", (void *)stringio_exit, SH_METH_FAST, NULL},
    {"__getstate__", (void *)stringio_getstate, SH_METH_NOARGS, NULL},
    {"__setstate__", (void *)stringio_setstate, SH_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static ShType stringio_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "_io.StringIO",
    .basicsize = sizeof(StringIO),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument "
           "sets the value of object.  The newline\nargument is like the one of "
           "TextIOWrapper's constructor.",
    .dealloc = stringio_dealloc,
    .traverse = stringio_traverse,
    .clear = stringio_clear,
    .iter = stringio_iter,
    .iternext = stringio_iternext,
    .new_ = stringio_new,
    .init = stringio_init,
    .methods = stringio_methods,
    .getset = stringio_getset,
    .dictoffset = offsetof(StringIO, dict),
    .weaklistoffset = offsetof(StringIO, weakrefs),
};

ShObject *sh_module_init__stringio(void) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&stringio_type) < 0) return NULL;
    atomic_store(&ready, true);
  }
  ShObject *m = sh_module_new("_stringio");
  if (!m || sh_module_add_object(m, "StringIO", sh_newref(SH_OBJ(&stringio_type))) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
