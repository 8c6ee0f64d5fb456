/* The builtins module: object-level builtins (print, input, repr, getattr,
   len, iter, next, ...) and the assembly of the module with every builtin
   type, constant and exception. */
#include "builtins_internal.h"

#include <string.h>

int sh_builtins_exact_args(const char *fname, size_t nargs, int n) {
  if (nargs == (size_t)n) return 0;
  sh_err_format(&sh_exc_TypeError, "%s expected %d arguments, got %zu", fname, n, nargs);
  return -1;
}

/* ------------------------------------------------------------ print/input */

static int write_str(ShObject *file, ShObject *s) {
  ShObject *r = sh_call_method(file, SH_ID(write), &s, 1);
  if (r == NULL) return -1;
  sh_decref(r);
  return 0;
}

static int check_sep(const char *what, ShObject *v) {
  if (v && v != SH_NONE && !SH_STR_CHECK(v)) {
    sh_err_format(&sh_exc_TypeError, "%s must be None or a string, not %T", what, v);
    return -1;
  }
  return 0;
}

static ShObject *builtin_print(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  ShObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
  if (kwnames && SH_TUPLE_SIZE(kwnames) &&
      sh_args_parse("print", args + nargs, 0, kwnames, "|$sep,end,file,flush", &sep, &end, &file,
                    &flush) < 0)
    return NULL;
  if (file == NULL || file == SH_NONE) {
    file = sh_sys_get("stdout");
    if (file == NULL || file == SH_NONE) SH_RETURN_NONE;
  }
  if (check_sep("sep", sep) < 0 || check_sep("end", end) < 0) return NULL;
  sh_incref(file); /* sys.stdout may be replaced while we write */
  ShObject *space = NULL;
  for (size_t i = 0; i < nargs; i++) {
    if (i > 0) {
      ShObject *s = sep && sep != SH_NONE ? sep : (space ? space : (space = sh_str_from_cstr(" ")));
      if (s == NULL || write_str(file, s) < 0) goto fail;
    }
    ShObject *s = sh_object_str(args[i]);
    if (s == NULL) goto fail;
    int rc = write_str(file, s);
    sh_decref(s);
    if (rc < 0) goto fail;
  }
  {
    ShObject *e = end && end != SH_NONE ? sh_newref(end) : sh_str_from_cstr("\n");
    if (e == NULL) goto fail;
    int rc = write_str(file, e);
    sh_decref(e);
    if (rc < 0) goto fail;
  }
  if (flush) {
    int t = sh_object_is_true(flush);
    if (t < 0) goto fail;
    if (t) {
      ShObject *r = sh_call_method(file, SH_ID(flush), NULL, 0);
      if (r == NULL) goto fail;
      sh_decref(r);
    }
  }
  sh_xdecref(space);
  sh_decref(file);
  SH_RETURN_NONE;
fail:
  sh_xdecref(space);
  sh_decref(file);
  return NULL;
}

static int flush_file(ShObject *f) {
  if (f == NULL || f == SH_NONE) return 0;
  ShObject *r = sh_call_method(f, SH_ID(flush), NULL, 0);
  if (r == NULL) return -1;
  sh_decref(r);
  return 0;
}

static ShObject *builtin_input(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("input", nargs, 0, 1) < 0) return NULL;
  ShObject *fin = sh_sys_get("stdin"), *fout = sh_sys_get("stdout"), *ferr = sh_sys_get("stderr");
  if (fin == NULL || fin == SH_NONE) {
    sh_err_set_string(&sh_exc_RuntimeError, "input(): lost sys.stdin");
    return NULL;
  }
  if (fout == NULL || fout == SH_NONE) {
    sh_err_set_string(&sh_exc_RuntimeError, "input(): lost sys.stdout");
    return NULL;
  }
  if (flush_file(ferr) < 0) sh_err_clear();
  if (nargs == 1) {
    ShObject *p = sh_object_str(args[0]);
    if (p == NULL) return NULL;
    int rc = write_str(fout, p);
    sh_decref(p);
    if (rc < 0) return NULL;
  }
  if (flush_file(fout) < 0) sh_err_clear();
  ShObject *line = sh_call_method(fin, SH_ID(readline), NULL, 0);
  if (line == NULL) return NULL;
  if (!SH_STR_CHECK(line)) {
    sh_err_set_string(&sh_exc_TypeError, "object.readline() returned non-string");
    sh_decref(line);
    return NULL;
  }
  intptr_t n = SH_STR_LEN(line);
  if (n == 0) {
    sh_decref(line);
    sh_err_set_string(&sh_exc_EOFError, "EOF when reading a line");
    return NULL;
  }
  if (SH_STR_CHAR(line, n - 1) == '\n') SH_SETREF(line, sh_str_substring(line, 0, n - 1));
  return line;
}

/* ------------------------------------------------------- object builtins */

static ShObject *builtin_repr(ShObject *self, ShObject *o) {
  return sh_object_repr(o);
}
static ShObject *builtin_ascii(ShObject *self, ShObject *o) {
  return sh_object_ascii(o);
}

static ShObject *builtin_format(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("format", nargs, 1, 2) < 0) return NULL;
  return sh_object_format(args[0], nargs == 2 ? args[1] : NULL);
}

static ShObject *builtin_hash(ShObject *self, ShObject *o) {
  sh_hash_t h = sh_object_hash(o);
  if (h == -1 && sh_err_occurred()) return NULL;
  return sh_int_from_i64(h);
}

static ShObject *builtin_id(ShObject *self, ShObject *o) {
  return sh_int_from_u64((uint64_t)(uintptr_t)o);
}

static ShObject *builtin_len(ShObject *self, ShObject *o) {
  intptr_t n = sh_object_length(o);
  if (n < 0) return NULL;
  return sh_int_from_i64(n);
}

static ShObject *builtin_callable(ShObject *self, ShObject *o) {
  return sh_bool_from(sh_callable(o));
}

static ShObject *builtin_getattr(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("getattr", nargs, 2, 3) < 0) return NULL;
  if (nargs == 2) return sh_object_getattr(args[0], args[1]);
  ShObject *r;
  if (!SH_STR_CHECK(args[1]))
    return sh_object_getattr(args[0], args[1]); /* raises the name TypeError */
  int rc = sh_object_lookup_attr(args[0], args[1], &r);
  if (rc < 0) return NULL;
  return rc ? r : sh_newref(args[2]);
}

static ShObject *builtin_setattr(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_builtins_exact_args("setattr", nargs, 3) < 0) return NULL;
  if (sh_object_setattr(args[0], args[1], args[2]) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *builtin_delattr(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_builtins_exact_args("delattr", nargs, 2) < 0) return NULL;
  if (sh_object_delattr(args[0], args[1]) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *builtin_hasattr(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_builtins_exact_args("hasattr", nargs, 2) < 0) return NULL;
  if (!SH_STR_CHECK(args[1]))
    return sh_err_format(&sh_exc_TypeError, "attribute name must be string, not '%T'", args[1]);
  int rc = sh_object_hasattr(args[0], args[1]);
  if (rc < 0) return NULL;
  return sh_bool_from(rc);
}

static ShObject *builtin_isinstance(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_builtins_exact_args("isinstance", nargs, 2) < 0) return NULL;
  int rc = sh_object_isinstance(args[0], args[1]);
  if (rc < 0) return NULL;
  return sh_bool_from(rc);
}

static ShObject *builtin_issubclass(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_builtins_exact_args("issubclass", nargs, 2) < 0) return NULL;
  int rc = sh_object_issubclass(args[0], args[1]);
  if (rc < 0) return NULL;
  return sh_bool_from(rc);
}

static ShObject *builtin_iter(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("iter", nargs, 1, 2) < 0) return NULL;
  if (nargs == 1) return sh_object_iter(args[0]);
  if (!sh_callable(args[0])) {
    sh_err_set_string(&sh_exc_TypeError, "iter(v, w): v must be callable");
    return NULL;
  }
  return sh_calliter_new(args[0], args[1]);
}

static ShObject *builtin_next(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("next", nargs, 1, 2) < 0) return NULL;
  ShObject *it = args[0];
  sh_unaryfunc next = SH_TYPE(it)->iternext;
  if (next == NULL) return sh_err_format(&sh_exc_TypeError, "'%T' object is not an iterator", it);
  ShObject *r = next(it);
  if (r) return r;
  if (sh_err_occurred()) {
    if (nargs < 2 || !sh_err_matches(&sh_exc_StopIteration)) return NULL;
    sh_err_clear();
  }
  if (nargs == 2) return sh_newref(args[1]);
  sh_err_set_object(&sh_exc_StopIteration, NULL);
  return NULL;
}

static ShObject *builtin_dir(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("dir", nargs, 0, 1) < 0) return NULL;
  return sh_object_dir(nargs ? args[0] : NULL);
}

static ShObject *builtin_chr(ShObject *self, ShObject *o) {
  intptr_t v = sh_number_as_ssize(o, &sh_exc_OverflowError);
  if (v == -1 && sh_err_occurred()) {
    if (sh_err_matches(&sh_exc_OverflowError)) {
      sh_err_clear();
      sh_err_set_string(&sh_exc_OverflowError, "Python int too large to convert to C int");
    }
    return NULL;
  }
  if (v < 0 || v > 0x10ffff) {
    if (v < INT32_MIN || v > INT32_MAX) {
      sh_err_set_string(&sh_exc_OverflowError, "Python int too large to convert to C int");
      return NULL;
    }
    sh_err_set_string(&sh_exc_ValueError, "chr() arg not in range(0x110000)");
    return NULL;
  }
  return sh_str_from_char((uint32_t)v);
}

static ShObject *builtin_ord(ShObject *self, ShObject *o) {
  intptr_t len;
  if (SH_STR_CHECK(o)) {
    len = SH_STR_LEN(o);
    if (len == 1) return sh_int_from_i64(SH_STR_CHAR(o, 0));
  } else if (SH_BYTES_CHECK(o) || sh_type_check(o, &sh_type_bytearray)) {
    ShBytesView v;
    if (sh_bytes_view(o, &v) < 0) return NULL;
    int c = v.len == 1 ? (unsigned char)v.data[0] : -1;
    len = v.len;
    sh_bytes_view_end(&v);
    if (c >= 0) return sh_int_from_i64(c);
  } else {
    return sh_err_format(&sh_exc_TypeError, "ord() expected string of length 1, but %T found", o);
  }
  return sh_err_format(&sh_exc_TypeError,
                       "ord() expected a character, but string of length %zd found", len);
}

/* exit()/quit(): what the site module would add; raise SystemExit(code). */
static ShObject *builtin_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("exit", nargs, 0, 1) < 0) return NULL;
  ShObject *e = sh_exc_new(&sh_exc_SystemExit, args, nargs);
  if (e == NULL) return NULL;
  sh_err_raise(e);
  sh_decref(e);
  return NULL;
}

static ShMethodDef builtin_methods[] = {
    {"print", (void *)builtin_print, SH_METH_FASTKW,
     "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)\n\nPrints the values "
     "to a stream, or to sys.stdout by default."},
    {"input", (void *)builtin_input, SH_METH_FAST, "Read a string from standard input."},
    {"repr", (void *)builtin_repr, SH_METH_O,
     "Return the canonical string representation of the object."},
    {"ascii", (void *)builtin_ascii, SH_METH_O, NULL},
    {"format", (void *)builtin_format, SH_METH_FAST, NULL},
    {"hash", (void *)builtin_hash, SH_METH_O, "Return the hash value for the given object."},
    {"id", (void *)builtin_id, SH_METH_O, "Return the identity of an object."},
    {"len", (void *)builtin_len, SH_METH_O, "Return the number of items in a container."},
    {"callable", (void *)builtin_callable, SH_METH_O, NULL},
    {"getattr", (void *)builtin_getattr, SH_METH_FAST, NULL},
    {"setattr", (void *)builtin_setattr, SH_METH_FAST, NULL},
    {"delattr", (void *)builtin_delattr, SH_METH_FAST, NULL},
    {"hasattr", (void *)builtin_hasattr, SH_METH_FAST, NULL},
    {"isinstance", (void *)builtin_isinstance, SH_METH_FAST, NULL},
    {"issubclass", (void *)builtin_issubclass, SH_METH_FAST, NULL},
    {"iter", (void *)builtin_iter, SH_METH_FAST, NULL},
    {"next", (void *)builtin_next, SH_METH_FAST, NULL},
    {"dir", (void *)builtin_dir, SH_METH_FAST, NULL},
    {"chr", (void *)builtin_chr, SH_METH_O, NULL},
    {"ord", (void *)builtin_ord, SH_METH_O, NULL},
    {"open", (void *)sh_io_open, SH_METH_FASTKW, NULL},
    {"exit", (void *)builtin_exit, SH_METH_FAST, NULL},
    {"quit", (void *)builtin_exit, SH_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------ the module */

static const struct {
  const char *name;
  ShType *type;
} builtin_types[] = {
    {"bool", &sh_type_bool},
    {"bytearray", &sh_type_bytearray},
    {"bytes", &sh_type_bytes},
    {"classmethod", &sh_type_classmethod},
    {"complex", &sh_type_complex},
    {"dict", &sh_type_dict},
    {"enumerate", &sh_type_enumerate},
    {"filter", &sh_type_filter},
    {"float", &sh_type_float},
    {"frozenset", &sh_type_frozenset},
    {"int", &sh_type_int},
    {"list", &sh_type_list},
    {"memoryview", &sh_type_memoryview},
    {"map", &sh_type_map},
    {"object", &sh_type_object},
    {"property", &sh_type_property},
    {"range", &sh_type_range},
    {"reversed", &sh_type_reversed},
    {"set", &sh_type_set},
    {"slice", &sh_type_slice},
    {"staticmethod", &sh_type_staticmethod},
    {"str", &sh_type_str},
    {"super", &sh_type_super},
    {"tuple", &sh_type_tuple},
    {"type", &sh_type_type},
    {"zip", &sh_type_zip},
};

static int add_methods(ShObject *module, ShMethodDef *defs) {
  if (sh_module_add_functions(module, defs) < 0) return -1;
  /* Builtin functions are shared by every thread: make them immortal. */
  ShObject *dict = SH_MODULE_DICT(module);
  for (ShMethodDef *d = defs; d->name; d++) {
    ShObject *f;
    if (sh_dict_get_str_ref(dict, d->name, &f) > 0) {
      sh_set_immortal(f);
      sh_decref(f);
    }
  }
  return 0;
}

ShObject *sh_module_init_builtins(void) {
  ShObject *m = sh_module_new("builtins");
  if (m == NULL) return NULL;
  ShObject *d = SH_MODULE_DICT(m);
  if (add_methods(m, builtin_methods) < 0 || add_methods(m, sh_builtins_numeric_methods) < 0 ||
      add_methods(m, sh_builtins_iter_methods) < 0)
    goto fail;
  for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
    if (sh_dict_set_str(d, builtin_types[i].name, SH_OBJ(builtin_types[i].type)) < 0) goto fail;
  if (sh_dict_set_str(d, "None", SH_NONE) < 0 || sh_dict_set_str(d, "Ellipsis", SH_ELLIPSIS) < 0 ||
      sh_dict_set_str(d, "NotImplemented", SH_NOTIMPLEMENTED) < 0 ||
      sh_dict_set_str(d, "True", SH_TRUE) < 0 || sh_dict_set_str(d, "False", SH_FALSE) < 0 ||
      sh_dict_set_str(d, "__debug__", SH_TRUE) < 0)
    goto fail;
  ShObject *doc = sh_str_from_cstr(
      "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' "
      "object; Ellipsis represents `...' in slices.");
  if (doc == NULL) goto fail;
  int rc = sh_dict_set_str(d, "__doc__", doc);
  sh_decref(doc);
  if (rc < 0) goto fail;
  if (sh_exceptions_init(d) < 0) goto fail;
  return m;
fail:
  sh_decref(m);
  return NULL;
}
