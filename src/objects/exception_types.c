/* The static type of every built-in exception (generated from
   SH_EXCEPTION_LIST) and the extra behaviour of the families with fields:
   SystemExit, StopIteration, ImportError, AttributeError, NameError,
   OSError, SyntaxError and the Unicode errors. */
#include "exception_internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define EXC(o) ((ShBaseException *)(o))

/* Positional and keyword arguments of a call split apart. */
static int kw_count(ShObject *kwnames) {
  return kwnames ? (int)SH_TUPLE_SIZE(kwnames) : 0;
}

/* Binds keyword-only arguments `names` (NULL-terminated) into `out`;
   "'x' is an invalid keyword argument for Name()" for others. */
static int bind_keywords(ShObject *const *args, size_t nargs, ShObject *kwnames,
                         const char *const *names, ShObject **out, const char *fname) {
  int nkw = kw_count(kwnames);
  for (int i = 0; i < nkw; i++) {
    ShObject *k = SH_TUPLE_GET(kwnames, i);
    int j;
    for (j = 0; names[j]; j++)
      if (sh_str_equal_cstr(k, names[j])) break;
    if (names[j] == NULL) {
      sh_err_format(&sh_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, fname);
      return -1;
    }
    out[j] = args[nargs + i];
  }
  return 0;
}

static void set_field(ShObject **slot, ShObject *value) {
  SH_SETREF(*slot, sh_xnewref(value));
}

/* ----------------------------------------------------------- SystemExit */

static int systemexit_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_exc_base_init(self, args, nargs, kwnames) < 0) return -1;
  ShObject *code = nargs == 0 ? SH_NONE : nargs == 1 ? args[0] : EXC(self)->args;
  set_field(&((ShSystemExit *)self)->code, code);
  return 0;
}

/* -------------------------------------------------------- StopIteration */

static int stopiteration_init(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  if (sh_exc_base_init(self, args, nargs, kwnames) < 0) return -1;
  set_field(&((ShStopIteration *)self)->value, nargs ? args[0] : SH_NONE);
  return 0;
}

/* ---------------------------------------- ImportError / AttributeError */

static int importerror_init(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  static const char *const names[] = {"name", "path", NULL};
  ShObject *vals[2] = {NULL, NULL};
  if (bind_keywords(args, nargs, kwnames, names, vals, "ImportError") < 0) return -1;
  if (sh_exc_set_args(self, args, nargs) < 0) return -1;
  ShImportError *e = (ShImportError *)self;
  set_field(&e->name, vals[0]);
  set_field(&e->path, vals[1]);
  set_field(&e->msg, nargs == 1 ? args[0] : NULL);
  return 0;
}

static ShObject *importerror_str(ShObject *self) {
  ShImportError *e = (ShImportError *)self;
  if (e->msg && e->msg != SH_NONE) return sh_object_str(e->msg);
  return sh_exc_base_str(self);
}

static int attributeerror_init(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  static const char *const names[] = {"name", "obj", NULL};
  ShObject *vals[2] = {NULL, NULL};
  if (bind_keywords(args, nargs, kwnames, names, vals, "AttributeError") < 0) return -1;
  if (sh_exc_set_args(self, args, nargs) < 0) return -1;
  ShAttributeError *e = (ShAttributeError *)self;
  set_field(&e->name, vals[0]);
  set_field(&e->obj, vals[1]);
  return 0;
}

static int nameerror_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  static const char *const names[] = {"name", NULL};
  ShObject *vals[1] = {NULL};
  if (bind_keywords(args, nargs, kwnames, names, vals, "NameError") < 0) return -1;
  if (sh_exc_set_args(self, args, nargs) < 0) return -1;
  set_field(&((ShNameError *)self)->name, vals[0]);
  return 0;
}

/* -------------------------------------------------------------- KeyError */

static ShObject *keyerror_str(ShObject *self) {
  ShObject *args = EXC(self)->args;
  if (args && SH_TUPLE_SIZE(args) == 1) return sh_object_repr(SH_TUPLE_GET(args, 0));
  return sh_exc_base_str(self);
}

/* --------------------------------------------------------------- OSError */

static ShObject *oserror_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames);
static int oserror_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames);

/* A subclass defining its own __init__ gets its arguments parsed there
   (when it calls OSError.__init__), not in __new__. */
static bool oserror_use_init(ShType *type) {
  return type->init != oserror_init && type->new_ == oserror_new;
}

static ShType *errno_subclass(int code) {
  switch (code) {
  case EAGAIN:
#if EWOULDBLOCK != EAGAIN
  case EWOULDBLOCK:
#endif
  case EALREADY:
  case EINPROGRESS: return &sh_exc_BlockingIOError;
  case ECHILD: return &sh_exc_ChildProcessError;
  case EPIPE:
  case ESHUTDOWN: return &sh_exc_BrokenPipeError;
  case ECONNABORTED: return &sh_exc_ConnectionAbortedError;
  case ECONNREFUSED: return &sh_exc_ConnectionRefusedError;
  case ECONNRESET: return &sh_exc_ConnectionResetError;
  case EEXIST: return &sh_exc_FileExistsError;
  case ENOENT: return &sh_exc_FileNotFoundError;
  case EISDIR: return &sh_exc_IsADirectoryError;
  case ENOTDIR: return &sh_exc_NotADirectoryError;
  case EINTR: return &sh_exc_InterruptedError;
  case EACCES:
  case EPERM: return &sh_exc_PermissionError;
  case ESRCH: return &sh_exc_ProcessLookupError;
  case ETIMEDOUT: return &sh_exc_TimeoutError;
  default: return NULL;
  }
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static int oserror_parse(ShObject *self, ShObject *const *args, size_t nargs) {
  ShOSError *e = (ShOSError *)self;
  if (sh_exc_set_args(self, args, nargs) < 0) return -1;
  if (nargs < 2 || nargs > 5) return 0;
  set_field(&e->myerrno, args[0]);
  set_field(&e->strerror, args[1]);
  ShObject *filename = nargs >= 3 ? args[2] : NULL;
  ShObject *filename2 = nargs == 5 ? args[4] : NULL;
  if (filename && filename != SH_NONE) {
    set_field(&e->filename, filename);
    if (filename2 && filename2 != SH_NONE) set_field(&e->filename2, filename2);
    if (sh_exc_set_args(self, args, 2) < 0) return -1;
  }
  return 0;
}

static ShObject *oserror_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  bool use_init = oserror_use_init(type);
  if (!use_init && kw_count(kwnames)) {
    sh_err_format(&sh_exc_TypeError, "%s() takes no keyword arguments", sh_type_name(type));
    return NULL;
  }
  if (type == &sh_exc_OSError && nargs >= 2 && SH_INT_CHECK(args[0])) {
    bool overflow = false;
    int64_t code = sh_int_as_i64(args[0], &overflow);
    ShType *sub = overflow ? NULL : errno_subclass((int)code);
    if (sub) type = sub;
    use_init = oserror_use_init(type);
  }
  ShObject *self = sh_exc_base_new(type, args, nargs, NULL);
  if (self == NULL) return NULL;
  if (!use_init && oserror_parse(self, args, nargs) < 0) {
    sh_decref(self);
    return NULL;
  }
  return self;
}

static int oserror_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (!oserror_use_init(SH_TYPE(self))) return 0;
  if (kw_count(kwnames)) {
    sh_err_format(&sh_exc_TypeError, "%s() takes no keyword arguments",
                  sh_type_name(SH_TYPE(self)));
    return -1;
  }
  return oserror_parse(self, args, nargs);
}

static ShObject *oserror_str(ShObject *self) {
  ShOSError *e = (ShOSError *)self;
  ShObject *no = e->myerrno ? e->myerrno : SH_NONE;
  ShObject *msg = e->strerror ? e->strerror : SH_NONE;
  if (e->filename) {
    if (e->filename2)
      return sh_str_from_format("[Errno %S] %S: %R -> %R", no, msg, e->filename, e->filename2);
    return sh_str_from_format("[Errno %S] %S: %R", no, msg, e->filename);
  }
  if (e->myerrno && e->strerror) return sh_str_from_format("[Errno %S] %S", no, msg);
  return sh_exc_base_str(self);
}

static ShObject *oserror_reduce(ShObject *self) {
  ShOSError *e = (ShOSError *)self;
  ShObject *args = EXC(self)->args;
  ShObject *r;
  if (args && SH_TUPLE_SIZE(args) == 2 && e->filename) {
    ShObject *full =
        e->filename2 ? sh_tuple_pack(5, SH_TUPLE_GET(args, 0), SH_TUPLE_GET(args, 1), e->filename,
                                     SH_NONE, e->filename2)
                     : sh_tuple_pack(3, SH_TUPLE_GET(args, 0), SH_TUPLE_GET(args, 1), e->filename);
    if (full == NULL) return NULL;
    r = sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), full);
    sh_decref(full);
  } else {
    r = sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args ? args : SH_NONE);
  }
  return r;
}

static ShMethodDef oserror_methods[] = {
    {"__reduce__", (void *)oserror_reduce, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ----------------------------------------------------------- SyntaxError */

static int syntaxerror_init(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  if (sh_exc_base_init(self, args, nargs, kwnames) < 0) return -1;
  ShSyntaxError *e = (ShSyntaxError *)self;
  if (nargs >= 1) set_field(&e->msg, args[0]);
  if (nargs == 2) {
    ShObject *info = sh_sequence_tuple(args[1]);
    if (info == NULL) return -1;
    intptr_t n = SH_TUPLE_SIZE(info);
    if (n < 4 || n > 6) {
      if (n < 4)
        sh_err_format(&sh_exc_TypeError, "function takes at least 4 arguments (%zd given)", n);
      else
        sh_err_format(&sh_exc_TypeError, "function takes at most 6 arguments (%zd given)", n);
      sh_decref(info);
      return -1;
    }
    ShObject **fields[] = {&e->filename, &e->lineno,     &e->offset,
                           &e->text,     &e->end_lineno, &e->end_offset};
    for (intptr_t i = 0; i < n; i++)
      set_field(fields[i], SH_TUPLE_GET(info, i));
    sh_decref(info);
  }
  return 0;
}

static ShObject *syntaxerror_str(ShObject *self) {
  ShSyntaxError *e = (ShSyntaxError *)self;
  ShObject *msg = e->msg ? e->msg : SH_NONE;
  ShObject *base = NULL;
  if (e->filename && SH_STR_CHECK(e->filename)) {
    intptr_t n = SH_STR_LEN(e->filename), start = 0;
    for (intptr_t i = 0; i < n; i++)
      if (SH_STR_CHAR(e->filename, i) == '/') start = i + 1;
    base = sh_str_substring(e->filename, start, n);
    if (base == NULL) return NULL;
  }
  bool have_line = e->lineno && SH_INT_CHECK_EXACT(e->lineno);
  ShObject *r;
  if (base && have_line)
    r = sh_str_from_format("%S (%U, line %S)", msg, base, e->lineno);
  else if (base)
    r = sh_str_from_format("%S (%U)", msg, base);
  else if (have_line)
    r = sh_str_from_format("%S (line %S)", msg, e->lineno);
  else
    r = sh_object_str(msg);
  sh_xdecref(base);
  return r;
}

/* ------------------------------------------------------- Unicode errors */

static int arg_type_error(int pos, const char *want, ShObject *got) {
  sh_err_format(&sh_exc_TypeError, "argument %d must be %s, not %T", pos, want, got);
  return -1;
}

/* kinds: 's' str, 'b' bytes-like (stored as bytes), 'n' int */
static int unicode_parse(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames,
                         const char *kinds) {
  if (kw_count(kwnames)) {
    sh_err_format(&sh_exc_TypeError, "%s() takes no keyword arguments",
                  sh_type_name(SH_TYPE(self)));
    return -1;
  }
  size_t want = strlen(kinds);
  if (nargs != want) {
    sh_err_format(&sh_exc_TypeError, "function takes exactly %zu arguments (%zu given)", want,
                  nargs);
    return -1;
  }
  if (sh_exc_set_args(self, args, nargs) < 0) return -1;
  ShUnicodeError *e = (ShUnicodeError *)self;
  ShObject **fields[5];
  int k = 0;
  if (want == 4) SH_CLEAR(e->encoding); /* UnicodeTranslateError has no encoding */
  if (want == 5) fields[k++] = &e->encoding;
  fields[k++] = &e->object;
  fields[k++] = &e->start;
  fields[k++] = &e->end;
  fields[k++] = &e->reason;
  for (size_t i = 0; i < want; i++) {
    ShObject *a = args[i];
    switch (kinds[i]) {
    case 's':
      if (!SH_STR_CHECK(a)) return arg_type_error((int)i + 1, "str", a);
      set_field(fields[i], a);
      break;
    case 'n':
      if (!SH_INT_CHECK(a)) {
        sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer", a);
        return -1;
      }
      set_field(fields[i], a);
      break;
    case 'b': {
      ShBytesView v;
      if (sh_bytes_view(a, &v) < 0) return -1;
      ShObject *b = SH_BYTES_CHECK(a) ? sh_newref(a) : sh_bytes_from_data(v.data, (size_t)v.len);
      sh_bytes_view_end(&v);
      if (b == NULL) return -1;
      SH_SETREF(*fields[i], b);
      break;
    }
    }
  }
  return 0;
}

static int unicodedecode_init(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  return unicode_parse(self, args, nargs, kwnames, "sbnns");
}
static int unicodeencode_init(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  return unicode_parse(self, args, nargs, kwnames, "ssnns");
}
static int unicodetranslate_init(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  return unicode_parse(self, args, nargs, kwnames, "snns");
}

static int unicode_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_type_check(self, &sh_exc_UnicodeDecodeError))
    return unicodedecode_init(self, args, nargs, kwnames);
  if (sh_type_check(self, &sh_exc_UnicodeEncodeError))
    return unicodeencode_init(self, args, nargs, kwnames);
  if (sh_type_check(self, &sh_exc_UnicodeTranslateError))
    return unicodetranslate_init(self, args, nargs, kwnames);
  return sh_exc_base_init(self, args, nargs, kwnames);
}

static void char_escape(uint32_t c, char *buf, size_t size) {
  if (c <= 0xff)
    snprintf(buf, size, "\\x%02x", c);
  else if (c <= 0xffff)
    snprintf(buf, size, "\\u%04x", c);
  else
    snprintf(buf, size, "\\U%08x", c);
}

static ShObject *unicode_str(ShObject *self) {
  ShUnicodeError *e = (ShUnicodeError *)self;
  if (e->object == NULL || e->start == NULL || e->end == NULL || e->reason == NULL)
    return sh_exc_base_str(self);
  intptr_t start = sh_int_as_ssize(e->start), end = sh_int_as_ssize(e->end);
  if ((start == -1 || end == -1) && sh_err_occurred()) return NULL;
  ShObject *reason = sh_object_str(e->reason);
  if (reason == NULL) return NULL;
  ShObject *enc = NULL;
  if (e->encoding && (enc = sh_object_str(e->encoding)) == NULL) {
    sh_decref(reason);
    return NULL;
  }
  ShObject *r;
  bool decode = sh_type_check(self, &sh_exc_UnicodeDecodeError);
  bool encode = sh_type_check(self, &sh_exc_UnicodeEncodeError);
  intptr_t objlen = SH_STR_CHECK(e->object)     ? SH_STR_LEN(e->object)
                    : SH_BYTES_CHECK(e->object) ? SH_BYTES_SIZE(e->object)
                                                : 0;
  bool single = start >= 0 && start < objlen && end == start + 1;
  if (decode) {
    if (single)
      r = sh_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U", enc,
                             (unsigned)(unsigned char)SH_BYTES_DATA(e->object)[start], start,
                             reason);
    else
      r = sh_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", enc, start,
                             end - 1, reason);
  } else {
    char buf[16];
    if (single) char_escape(SH_STR_CHAR(e->object, start), buf, sizeof buf);
    if (encode && single)
      r = sh_str_from_format("'%U' codec can't encode character '%s' in position %zd: %U", enc, buf,
                             start, reason);
    else if (encode)
      r = sh_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U", enc,
                             start, end - 1, reason);
    else if (single)
      r = sh_str_from_format("can't translate character '%s' in position %zd: %U", buf, start,
                             reason);
    else
      r = sh_str_from_format("can't translate characters in position %zd-%zd: %U", start, end - 1,
                             reason);
  }
  sh_decref(reason);
  sh_xdecref(enc);
  return r;
}

/* -------------------------------------------------------------- members */

#define MEMBER(name, layout, field)                                                                \
  { name, SH_MEMBER_OBJECT, offsetof(layout, field), 0, NULL }
#define END_MEMBERS                                                                                \
  { NULL, 0, 0, 0, NULL }

static ShMemberDef systemexit_members[] = {MEMBER("code", ShSystemExit, code), END_MEMBERS};
static ShMemberDef stopiteration_members[] = {MEMBER("value", ShStopIteration, value), END_MEMBERS};
static ShMemberDef importerror_members[] = {MEMBER("msg", ShImportError, msg),
                                            MEMBER("name", ShImportError, name),
                                            MEMBER("path", ShImportError, path), END_MEMBERS};
static ShMemberDef attributeerror_members[] = {MEMBER("name", ShAttributeError, name),
                                               MEMBER("obj", ShAttributeError, obj), END_MEMBERS};
static ShMemberDef nameerror_members[] = {MEMBER("name", ShNameError, name), END_MEMBERS};
static ShMemberDef oserror_members[] = {MEMBER("errno", ShOSError, myerrno),
                                        MEMBER("strerror", ShOSError, strerror),
                                        MEMBER("filename", ShOSError, filename),
                                        MEMBER("filename2", ShOSError, filename2), END_MEMBERS};
static ShMemberDef syntaxerror_members[] = {
    MEMBER("msg", ShSyntaxError, msg),
    MEMBER("filename", ShSyntaxError, filename),
    MEMBER("lineno", ShSyntaxError, lineno),
    MEMBER("offset", ShSyntaxError, offset),
    MEMBER("text", ShSyntaxError, text),
    MEMBER("end_lineno", ShSyntaxError, end_lineno),
    MEMBER("end_offset", ShSyntaxError, end_offset),
    MEMBER("print_file_and_line", ShSyntaxError, print_file_and_line),
    END_MEMBERS};
static ShMemberDef unicode_members[] = {
    MEMBER("encoding", ShUnicodeError, encoding), MEMBER("object", ShUnicodeError, object),
    MEMBER("start", ShUnicodeError, start),       MEMBER("end", ShUnicodeError, end),
    MEMBER("reason", ShUnicodeError, reason),     END_MEMBERS};

/* ----------------------------------------------------------------- types */

/* Slots that follow from the C layout; a few types get theirs patched in
   sh_init_exceptions (KeyError's str, the Unicode errors' init...). */
#define FAMILY_ShBaseException .init = sh_exc_base_init, .str = sh_exc_base_str
#define FAMILY_ShSystemExit .init = systemexit_init, .members = systemexit_members
#define FAMILY_ShStopIteration .init = stopiteration_init, .members = stopiteration_members
#define FAMILY_ShImportError                                                                       \
  .init = importerror_init, .str = importerror_str, .members = importerror_members
#define FAMILY_ShAttributeError .init = attributeerror_init, .members = attributeerror_members
#define FAMILY_ShNameError .init = nameerror_init, .members = nameerror_members
#define FAMILY_ShOSError                                                                           \
  .new_ = oserror_new, .init = oserror_init, .str = oserror_str, .members = oserror_members,       \
  .methods = oserror_methods
#define FAMILY_ShSyntaxError                                                                       \
  .init = syntaxerror_init, .str = syntaxerror_str, .members = syntaxerror_members
#define FAMILY_ShUnicodeError .init = unicode_init, .str = unicode_str, .members = unicode_members

/* BaseException's base is `object`: let the X-macro spell it uniformly. */
#define sh_exc_object sh_type_object

#define SH_EXC_DEFINE(NAME, BASE, LAYOUT)                                                          \
  ShType sh_exc_##NAME = {                                                                         \
      .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},                                               \
      .name = #NAME,                                                                               \
      .basicsize = sizeof(LAYOUT),                                                                 \
      .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC | SH_TPFLAGS_BASE_EXC_SUBCLASS,                 \
      .base = &sh_exc_##BASE,                                                                      \
      .dealloc = sh_exc_base_dealloc,                                                              \
      .traverse = sh_exc_base_traverse,                                                            \
      .clear = sh_exc_base_clear,                                                                  \
      .repr = sh_exc_base_repr,                                                                    \
      .dictoffset = offsetof(ShBaseException, dict),                                               \
      FAMILY_##LAYOUT,                                                                             \
  };
SH_EXCEPTION_LIST(SH_EXC_DEFINE)
#undef SH_EXC_DEFINE

static ShType *const all_exceptions[] = {
#define SH_EXC_ENTRY(NAME, BASE, LAYOUT) &sh_exc_##NAME,
    SH_EXCEPTION_LIST(SH_EXC_ENTRY)
#undef SH_EXC_ENTRY
};

static const struct {
  ShType *type;
  const char *doc;
} exception_docs[] = {
    {&sh_exc_BaseException, "Common base class for all exceptions"},
    {&sh_exc_Exception, "Common base class for all non-exit exceptions."},
    {&sh_exc_TypeError, "Inappropriate argument type."},
    {&sh_exc_ValueError, "Inappropriate argument value (of correct type)."},
    {&sh_exc_KeyError, "Mapping key not found."},
    {&sh_exc_IndexError, "Sequence index out of range."},
    {&sh_exc_AttributeError, "Attribute not found."},
    {&sh_exc_NameError, "Name not found globally."},
    {&sh_exc_RuntimeError, "Unspecified run-time error."},
    {&sh_exc_StopIteration, "Signal the end from iterator.__next__()."},
    {&sh_exc_ZeroDivisionError, "Second argument to a division or modulo operation was zero."},
    {&sh_exc_OSError, "Base class for I/O related errors."},
    {&sh_exc_SystemExit, "Request to exit from the interpreter."},
    {&sh_exc_KeyboardInterrupt, "Program interrupted by user."},
    {&sh_exc_AssertionError, "Assertion failed."},
    {&sh_exc_NotImplementedError, "Method or function hasn't been implemented yet."},
};

int sh_init_exceptions(void) {
  if (sh_singletons_init() < 0) return -1;
  sh_exc_BaseException.new_ = sh_exc_base_new;
  sh_exc_BaseException.getset = sh_exc_base_getset;
  sh_exc_BaseException.methods = sh_exc_base_methods;
  sh_exc_KeyError.str = keyerror_str;
  sh_exc_UnicodeDecodeError.init = unicodedecode_init;
  sh_exc_UnicodeEncodeError.init = unicodeencode_init;
  sh_exc_UnicodeTranslateError.init = unicodetranslate_init;
  for (size_t i = 0; i < sizeof exception_docs / sizeof *exception_docs; i++)
    exception_docs[i].type->doc = exception_docs[i].doc;
  for (size_t i = 0; i < sizeof all_exceptions / sizeof *all_exceptions; i++) {
    ShType *t = all_exceptions[i];
    if (t->new_ == NULL) t->new_ = sh_exc_base_new;
    if (sh_type_ready(t) < 0) return -1;
  }
  return sh_exception_groups_init();
}

int sh_exceptions_init(ShObject *builtins_dict) {
  for (size_t i = 0; i < sizeof all_exceptions / sizeof *all_exceptions; i++) {
    ShType *t = all_exceptions[i];
    if (sh_dict_set_str(builtins_dict, t->name, SH_OBJ(t)) < 0) return -1;
  }
  if (sh_dict_set_str(builtins_dict, "BaseExceptionGroup", SH_OBJ(&sh_exc_BaseExceptionGroup)) <
          0 ||
      sh_dict_set_str(builtins_dict, "ExceptionGroup", SH_OBJ(&sh_exc_ExceptionGroup)) < 0)
    return -1;
  if (sh_dict_set_str(builtins_dict, "EnvironmentError", SH_OBJ(&sh_exc_OSError)) < 0) return -1;
  if (sh_dict_set_str(builtins_dict, "IOError", SH_OBJ(&sh_exc_OSError)) < 0) return -1;
  return 0;
}
