/* The sys module: interpreter information (version, flags, limits),
   standard streams, exception inspection, and access from C. */
#include "sys_structseq.h"
#include "../shoal.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define VERSION_STRING "3.11.7 (shoal, free-threaded) [GCC " __VERSION__ "]"
#define HEXVERSION 0x030B07F0

static ShObject *sys_module; /* immortal once made */

ShObject *sh_sys_get(const char *name) {
  if (sys_module == NULL) return NULL;
  ShObject *v;
  int rc = sh_dict_get_str_ref(SH_MODULE_DICT(sys_module), name, &v);
  if (rc <= 0) {
    if (rc < 0) sh_err_clear();
    return NULL;
  }
  /* borrowed: the module dict keeps it alive (until replaced) */
  sh_decref(v);
  return v;
}

int sh_sys_set(const char *name, ShObject *value) {
  if (sys_module == NULL) {
    sh_err_set_string(&sh_exc_RuntimeError, "lost sys module");
    return -1;
  }
  return sh_dict_set_str(SH_MODULE_DICT(sys_module), name, value);
}

/* ------------------------------------------------------ struct sequences */

static ShStructSeqType version_info_type, flags_type, float_info_type, int_info_type,
    hash_info_type, implementation_type;

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel",
                                                  "serial"};
static const char *const flags_fields[] = {"debug",
                                           "inspect",
                                           "interactive",
                                           "optimize",
                                           "dont_write_bytecode",
                                           "no_user_site",
                                           "no_site",
                                           "ignore_environment",
                                           "verbose",
                                           "bytes_warning",
                                           "quiet",
                                           "hash_randomization",
                                           "isolated",
                                           "dev_mode",
                                           "utf8_mode",
                                           "warn_default_encoding",
                                           "safe_path",
                                           "int_max_str_digits",
                                           "gil"};
static const char *const float_info_fields[] = {"max",     "max_exp",    "max_10_exp", "min",
                                                "min_exp", "min_10_exp", "dig",        "mant_dig",
                                                "epsilon", "radix",      "rounds"};
static const char *const int_info_fields[] = {
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"};
static const char *const hash_info_fields[] = {
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"};
static const char *const implementation_fields[] = {"name", "cache_tag", "version", "hexversion",
                                                    "_multiarch"};

#define NFIELDS(a) ((int)(sizeof(a) / sizeof *(a)))

static ShObject *I(int64_t v) {
  return sh_int_from_i64(v);
}
static ShObject *F(double v) {
  return sh_float_from_double(v);
}
static ShObject *S(const char *s) {
  return sh_str_from_cstr(s);
}
static ShObject *B(bool b) {
  return sh_bool_from(b);
}

static ShObject *make_version_info(void) {
  ShObject *v[] = {I(3), I(11), I(7), S("final"), I(0)};
  return sh_structseq_make(&version_info_type, v);
}

static ShObject *make_flags(void) {
  const char *seed = getenv("PYTHONHASHSEED");
  bool randomized = !(seed && strcmp(seed, "0") == 0);
  ShObject *v[] = {I(0), I(0), I(0),          I(0), I(1),     I(0), I(0), I(0),     I(0),
                   I(0), I(0), I(randomized), I(0), B(false), I(0), I(0), B(false), I(-1),
                   I(sh_gil_enabled ? 1 : 0)};
  return sh_structseq_make(&flags_type, v);
}

static ShObject *make_float_info(void) {
  ShObject *v[] = {F(DBL_MAX),     I(DBL_MAX_EXP),    I(DBL_MAX_10_EXP), F(DBL_MIN),
                   I(DBL_MIN_EXP), I(DBL_MIN_10_EXP), I(DBL_DIG),        I(DBL_MANT_DIG),
                   F(DBL_EPSILON), I(FLT_RADIX),      I(FLT_ROUNDS)};
  return sh_structseq_make(&float_info_type, v);
}

static ShObject *make_int_info(void) {
  /* CPython's values, which programs sometimes read; shoal's ints are GMP */
  ShObject *v[] = {I(30), I(4), I(4300), I(640)};
  return sh_structseq_make(&int_info_type, v);
}

static ShObject *make_hash_info(void) {
  ShObject *v[] = {
      I(64), I(((int64_t)1 << 61) - 1), I(314159), I(0), I(1000003), S("siphash13"), I(64), I(128),
      I(0)};
  return sh_structseq_make(&hash_info_type, v);
}

static ShObject *make_implementation(ShObject *version_info) {
  ShObject *v[] = {S("shoal"), sh_newref(SH_NONE), sh_newref(version_info), I(HEXVERSION),
                   S("x86_64-linux-gnu")};
  return sh_structseq_make(&implementation_type, v);
}

static int init_types(void) {
  static bool done;
  if (done) return 0;
  if (sh_structseq_init_type(&version_info_type, "sys.version_info", version_info_fields,
                             NFIELDS(version_info_fields), NFIELDS(version_info_fields),
                             false) < 0 ||
      /* `gil` (as in free-threaded CPython) is an attribute only, so that
         the sequence stays 3.11's */
      sh_structseq_init_type(&flags_type, "sys.flags", flags_fields, NFIELDS(flags_fields),
                             NFIELDS(flags_fields) - 1, false) < 0 ||
      sh_structseq_init_type(&float_info_type, "sys.float_info", float_info_fields,
                             NFIELDS(float_info_fields), NFIELDS(float_info_fields), false) < 0 ||
      sh_structseq_init_type(&int_info_type, "sys.int_info", int_info_fields,
                             NFIELDS(int_info_fields), NFIELDS(int_info_fields), false) < 0 ||
      sh_structseq_init_type(&hash_info_type, "sys.hash_info", hash_info_fields,
                             NFIELDS(hash_info_fields), NFIELDS(hash_info_fields), false) < 0 ||
      /* printed like CPython's SimpleNamespace */
      sh_structseq_init_type(&implementation_type, "namespace", implementation_fields,
                             NFIELDS(implementation_fields), NFIELDS(implementation_fields),
                             false) < 0)
    return -1;
  done = true;
  return 0;
}

/* -------------------------------------------------------------- functions */

static ShObject *sys_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("exit", nargs, 0, 1) < 0) return NULL;
  /* as CPython's PyErr_SetObject: a tuple is the argument list */
  if (nargs == 1 && SH_TUPLE_CHECK_EXACT(args[0])) {
    nargs = (size_t)SH_TUPLE_SIZE(args[0]);
    args = SH_TUPLE_ITEMS(args[0]);
  }
  ShObject *e = sh_exc_new(&sh_exc_SystemExit, args, nargs);
  if (e == NULL) return NULL;
  sh_err_raise(e);
  sh_decref(e);
  return NULL;
}

static ShObject *sys_getrecursionlimit(ShObject *self) {
  return I(sh_recursion_limit);
}

static ShObject *sys_setrecursionlimit(ShObject *self, ShObject *arg) {
  if (SH_FLOAT_CHECK(arg))
    return sh_err_format(&sh_exc_TypeError, "'float' object cannot be interpreted as an integer");
  intptr_t n = sh_number_as_ssize(arg, &sh_exc_OverflowError);
  if (n == -1 && sh_err_occurred()) return NULL;
  if (n < 1) {
    sh_err_set_string(&sh_exc_ValueError, "recursion limit must be greater or equal than 1");
    return NULL;
  }
  if (n > INT32_MAX) {
    sh_err_set_string(&sh_exc_OverflowError, "Python int too large to convert to C int");
    return NULL;
  }
  int depth = sh_thread_state()->recursion_depth;
  if (depth >= n)
    return sh_err_format(&sh_exc_RecursionError,
                         "cannot set the recursion limit to %d at the recursion depth %d: the "
                         "limit is too low",
                         (int)n, depth);
  sh_recursion_limit = (int)n;
  SH_RETURN_NONE;
}

static ShObject *sys_getsizeof(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  ShObject *o, *dflt;
  if (sh_args_parse("getsizeof", args, nargs, kwnames, "object|default", &o, &dflt) < 0)
    return NULL;
  ShObject *meth = sh_object_lookup_special(o, sh_str_intern_cstr("__sizeof__"));
  ShObject *r = NULL;
  if (meth) {
    r = sh_call0(meth);
    sh_decref(meth);
    if (r == NULL) {
      if (dflt && sh_err_matches(&sh_exc_TypeError)) {
        sh_err_clear();
        return sh_newref(dflt);
      }
      return NULL;
    }
    if (!SH_INT_CHECK(r)) {
      sh_decref(r);
      return sh_err_format(&sh_exc_TypeError, "an integer is required");
    }
    if (sh_int_sign(r) < 0) {
      sh_decref(r);
      sh_err_set_string(&sh_exc_ValueError, "__sizeof__() should return >= 0");
      return NULL;
    }
    return r;
  }
  if (sh_err_occurred()) return NULL;
  ShType *t = SH_TYPE(o);
  intptr_t size = t->basicsize;
  if (t->itemsize) size += t->itemsize * ((ShVarObject *)o)->size;
  return I(size);
}

static ShObject *sys_intern(ShObject *self, ShObject *s) {
  if (!SH_STR_CHECK_EXACT(s))
    return sh_err_format(&sh_exc_TypeError, "intern() argument must be str, not %T", s);
  ShObject *r = sh_newref(s);
  sh_str_intern_in_place(&r);
  return r;
}

static ShObject *sys_exc_info(ShObject *self) {
  ShObject *e = sh_thread_state()->handled_exc;
  if (e == NULL || e == SH_NONE) return sh_tuple_pack(3, SH_NONE, SH_NONE, SH_NONE);
  ShObject *tb = sh_exc_get_traceback(e);
  return sh_tuple_pack(3, SH_OBJ(SH_TYPE(e)), e, tb ? tb : SH_NONE);
}

static ShObject *sys_exception(ShObject *self) {
  ShObject *e = sh_thread_state()->handled_exc;
  return sh_newref(e ? e : SH_NONE);
}

static ShObject *sys_getdefaultencoding(ShObject *self) {
  return S("utf-8");
}
static ShObject *sys_getfilesystemencoding(ShObject *self) {
  return S("utf-8");
}
static ShObject *sys_getfilesystemencodeerrors(ShObject *self) {
  return S("surrogateescape");
}

static ShObject *sys_displayhook(ShObject *self, ShObject *o) {
  if (o == SH_NONE) SH_RETURN_NONE;
  ShObject *builtins = sh_builtins_dict();
  if (builtins && sh_dict_set_str(builtins, "_", SH_NONE) < 0) return NULL;
  ShObject *out = sh_sys_get("stdout");
  if (out == NULL || out == SH_NONE) {
    sh_err_set_string(&sh_exc_RuntimeError, "lost sys.stdout");
    return NULL;
  }
  ShObject *r = sh_object_repr(o);
  if (r == NULL) return NULL;
  ShObject *res = sh_call_method(out, SH_ID(write), &r, 1);
  sh_decref(r);
  if (res == NULL) return NULL;
  sh_decref(res);
  ShObject *nl = S("\n");
  if (nl == NULL) return NULL;
  res = sh_call_method(out, SH_ID(write), &nl, 1);
  sh_decref(nl);
  if (res == NULL) return NULL;
  sh_decref(res);
  if (builtins && sh_dict_set_str(builtins, "_", o) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *sys_excepthook(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs != 3)
    return sh_err_format(&sh_exc_TypeError, "excepthook expected 3 arguments, got %zu", nargs);
  ShObject *value = args[1];
  if (SH_EXC_CHECK(value)) {
    if (args[2] != SH_NONE && sh_exc_get_traceback(value) == NULL)
      sh_exc_set_traceback(value, args[2]);
    sh_err_print(value);
  } else {
    /* excepthook(type, non-exception, tb): print what we can */
    ShObject *e = sh_exc_new(&sh_exc_TypeError, &value, 1);
    if (e == NULL) return NULL;
    sh_err_print(e);
    sh_decref(e);
  }
  SH_RETURN_NONE;
}

static ShObject *sys_get_int_max_str_digits(ShObject *self) {
  return I(sh_int_get_max_str_digits());
}

static ShObject *sys_set_int_max_str_digits(ShObject *self, ShObject *const *args, size_t nargs,
                                            ShObject *kwnames) {
  ShObject *v;
  if (sh_args_parse("set_int_max_str_digits", args, nargs, kwnames, "maxdigits", &v) < 0)
    return NULL;
  intptr_t n = sh_number_as_ssize(v, &sh_exc_OverflowError);
  if (n == -1 && sh_err_occurred()) return NULL;
  if (sh_int_set_max_str_digits(n) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *sys_getrefcount(ShObject *self, ShObject *o) {
  /* + 1 for the argument reference CPython's caller holds */
  return I((int64_t)sh_refcount_total(o) + 1);
}

static ShObject *sys_is_gil_enabled(ShObject *self) { return sh_bool_from(sh_gil_enabled); }

static ShObject *sys_audit(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs < 1)
    return sh_err_format(&sh_exc_TypeError,
                         "audit() missing 1 required positional argument: 'event'");
  SH_RETURN_NONE;
}

static ShMethodDef sys_methods[] = {
    {"exit", (void *)sys_exit, SH_METH_FAST, NULL},
    {"getrecursionlimit", (void *)sys_getrecursionlimit, SH_METH_NOARGS, NULL},
    {"setrecursionlimit", (void *)sys_setrecursionlimit, SH_METH_O, NULL},
    {"getsizeof", (void *)sys_getsizeof, SH_METH_FASTKW, NULL},
    {"intern", (void *)sys_intern, SH_METH_O, NULL},
    {"exc_info", (void *)sys_exc_info, SH_METH_NOARGS, NULL},
    {"exception", (void *)sys_exception, SH_METH_NOARGS, NULL},
    {"getdefaultencoding", (void *)sys_getdefaultencoding, SH_METH_NOARGS, NULL},
    {"getfilesystemencoding", (void *)sys_getfilesystemencoding, SH_METH_NOARGS, NULL},
    {"getfilesystemencodeerrors", (void *)sys_getfilesystemencodeerrors, SH_METH_NOARGS, NULL},
    {"displayhook", (void *)sys_displayhook, SH_METH_O, NULL},
    {"excepthook", (void *)sys_excepthook, SH_METH_FAST, NULL},
    {"get_int_max_str_digits", (void *)sys_get_int_max_str_digits, SH_METH_NOARGS, NULL},
    {"set_int_max_str_digits", (void *)sys_set_int_max_str_digits, SH_METH_FASTKW, NULL},
    {"getrefcount", (void *)sys_getrefcount, SH_METH_O, NULL},
    {"_is_gil_enabled", (void *)sys_is_gil_enabled, SH_METH_NOARGS, NULL},
    {"audit", (void *)sys_audit, SH_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------ the module */

static int add(ShObject *m, const char *name, ShObject *steal) {
  if (steal == NULL) return -1;
  return sh_module_add_object(m, name, steal);
}

static ShObject *stream(int fd, const char *mode, const char *name) {
  ShObject *f = sh_io_from_fd(fd, mode, name);
  if (f == NULL) {
    sh_err_clear();
    return SH_NONE;
  }
  return f;
}

static ShObject *executable_path(void) {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return S("");
  return sh_str_from_utf8(buf, (size_t)n);
}

static ShObject *builtin_module_names(void) {
  intptr_t n = 0;
  while (sh_builtin_modules[n].name)
    n++;
  ShObject *t = sh_tuple_new(n);
  if (t == NULL) return NULL;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *s = S(sh_builtin_modules[i].name);
    SH_TUPLE_ITEMS(t)[i] = s ? s : sh_newref(SH_NONE);
    if (s == NULL) {
      for (intptr_t j = i + 1; j < n; j++)
        SH_TUPLE_ITEMS(t)[j] = sh_newref(SH_NONE);
      sh_decref(t);
      return NULL;
    }
  }
  return t;
}

ShObject *sh_module_init_sys(void) {
  if (init_types() < 0) return NULL;
  ShObject *m = sh_module_new("sys");
  if (m == NULL) return NULL;
  if (sh_module_add_functions(m, sys_methods) < 0) goto fail;
  sys_module = m;
  sh_incref(m); /* sh_sys_get's reference */

  ShObject *vi = make_version_info();
  if (vi == NULL) goto fail;
  if (add(m, "implementation", make_implementation(vi)) < 0) {
    sh_decref(vi);
    goto fail;
  }
  if (add(m, "version_info", vi) < 0) goto fail;
  if (add(m, "version", S(VERSION_STRING)) < 0 || add(m, "hexversion", I(HEXVERSION)) < 0 ||
      add(m, "api_version", I(1013)) < 0 || add(m, "flags", make_flags()) < 0 ||
      add(m, "float_info", make_float_info()) < 0 || add(m, "int_info", make_int_info()) < 0 ||
      add(m, "hash_info", make_hash_info()) < 0 || add(m, "platform", S("linux")) < 0 ||
      add(m, "byteorder", S(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0 ||
      add(m, "maxsize", I(INTPTR_MAX)) < 0 || add(m, "maxunicode", I(0x10ffff)) < 0 ||
      add(m, "executable", executable_path()) < 0 ||
      add(m, "_base_executable", executable_path()) < 0 || add(m, "prefix", S("/usr/local")) < 0 ||
      add(m, "base_prefix", S("/usr/local")) < 0 || add(m, "exec_prefix", S("/usr/local")) < 0 ||
      add(m, "base_exec_prefix", S("/usr/local")) < 0 || add(m, "platlibdir", S("lib")) < 0 ||
      add(m, "abiflags", S("")) < 0 || add(m, "float_repr_style", S("short")) < 0 ||
      add(m, "copyright", S("Copyright (c) shoal authors.")) < 0 ||
      add(m, "dont_write_bytecode", sh_newref(SH_TRUE)) < 0 || add(m, "argv", sh_list_new(0)) < 0 ||
      add(m, "orig_argv", sh_list_new(0)) < 0 || add(m, "path", sh_list_new(0)) < 0 ||
      add(m, "warnoptions", sh_list_new(0)) < 0 || add(m, "meta_path", sh_list_new(0)) < 0 ||
      add(m, "path_hooks", sh_list_new(0)) < 0 ||
      add(m, "path_importer_cache", sh_dict_new()) < 0 || add(m, "_xoptions", sh_dict_new()) < 0 ||
      add(m, "builtin_module_names", builtin_module_names()) < 0)
    goto fail;
  ShObject *modules = sh_import_get_modules();
  if (modules && sh_module_add_object(m, "modules", sh_newref(modules)) < 0) goto fail;

  ShObject *in = stream(0, "r", "<stdin>"), *out = stream(1, "w", "<stdout>"),
           *err = stream(2, "w", "<stderr>");
  if (add(m, "__stdin__", sh_newref(in)) < 0 || add(m, "__stdout__", sh_newref(out)) < 0 ||
      add(m, "__stderr__", sh_newref(err)) < 0 || add(m, "stdin", in) < 0 ||
      add(m, "stdout", out) < 0 || add(m, "stderr", err) < 0)
    goto fail;

  /* the hooks as installed at start-up */
  ShObject *d = SH_MODULE_DICT(m);
  ShObject *hook;
  if (sh_dict_get_str_ref(d, "displayhook", &hook) > 0) {
    int rc = sh_dict_set_str(d, "__displayhook__", hook);
    sh_decref(hook);
    if (rc < 0) goto fail;
  }
  if (sh_dict_get_str_ref(d, "excepthook", &hook) > 0) {
    int rc = sh_dict_set_str(d, "__excepthook__", hook);
    sh_decref(hook);
    if (rc < 0) goto fail;
  }
  return m;
fail:
  if (sys_module == m) {
    sys_module = NULL;
    sh_decref(m);
  }
  sh_decref(m);
  return NULL;
}
