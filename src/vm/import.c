/* The import system: sys.modules, built-in C modules, and .py modules and
   packages found on sys.path (or a package's __path__), relative imports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../shoal.h"
#include "modulespec.h"
#include "import_lock.h"

static ShObject *modules; /* sys.modules */

ShObject *sh_import_get_modules(void) {
  if (!modules) modules = sh_dict_new();
  return modules;
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static char *read_file(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return NULL;
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(fp);
  if (buf) {
    buf[n] = 0;
    *len = (size_t)n;
  }
  return buf;
}

/* Compiles and runs a source file as the body of `module`. */
int sh_run_file_in_module(const char *path, ShObject *module) {
  size_t len;
  char *src = read_file(path, &len);
  if (!src) {
    ShObject *fn = sh_str_from_cstr(path);
    sh_err_from_errno(fn);
    sh_xdecref(fn);
    return -1;
  }
  ShObject *filename = sh_str_from_cstr(path);
  ShObject *code = filename ? sh_compile_source(src, len, filename, "exec") : NULL;
  free(src);
  sh_xdecref(filename);
  if (!code) return -1;
  ShObject *dict = SH_MODULE_DICT(module);
  ShObject *r = sh_eval_code(code, dict, dict);
  sh_decref(code);
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

static ShObject *new_module(ShObject *fullname, const char *file, const char *pkgdir) {
  ShObject *m = sh_module_new_object(fullname);
  if (!m) return NULL;
  ShObject *d = SH_MODULE_DICT(m);
  if (sh_dict_set_item(d, SH_ID(__builtins__), sh_builtins_dict()) < 0) goto fail;
  if (file) {
    ShObject *f = sh_str_from_cstr(file);
    int r = f ? sh_dict_set_item(d, SH_ID(__file__), f) : -1;
    sh_xdecref(f);
    if (r < 0) goto fail;
    ShObject *spec = sh_module_spec_new(fullname, file, pkgdir);
    r = spec ? sh_dict_set_item(d, SH_ID(__spec__), spec) : -1;
    if (r == 0) r = sh_dict_set_item(d, SH_ID(__loader__), sh_module_spec_loader(spec));
    sh_xdecref(spec);
    if (r < 0) goto fail;
  }
  if (pkgdir) {
    ShObject *path = sh_list_new(0);
    ShObject *entry = sh_str_from_cstr(pkgdir);
    if (!path || !entry || sh_list_append(path, entry) < 0 ||
        sh_dict_set_item(d, SH_ID(__path__), path) < 0) {
      sh_xdecref(path);
      sh_xdecref(entry);
      goto fail;
    }
    sh_decref(path);
    sh_decref(entry);
    if (sh_dict_set_item(d, SH_ID(__package__), fullname) < 0) goto fail;
  } else {
    /* a submodule's package is its parent's name */
    intptr_t len;
    const char *s = sh_str_utf8_and_size(fullname, &len);
    const char *dot = s ? strrchr(s, '.') : NULL;
    ShObject *pkg = dot ? sh_str_from_utf8(s, (size_t)(dot - s)) : sh_str_from_cstr("");
    if (!pkg || sh_dict_set_item(d, SH_ID(__package__), pkg) < 0) {
      sh_xdecref(pkg);
      goto fail;
    }
    sh_decref(pkg);
  }
  return m;
fail:
  sh_decref(m);
  return NULL;
}

/* Finds `name` (the last component) in the directories of `path` (a list
   of str) and loads it as `fullname`. 0 when not found (no error). */
static int load_from_path(ShObject *fullname, const char *name, ShObject *path, ShObject **out) {
  *out = NULL;
  intptr_t n = sh_list_size(path);
  for (intptr_t i = 0; i < n; i++) {
    ShObject *entry = sh_list_get_item(path, i);
    if (!entry) return -1;
    if (!SH_STR_CHECK(entry)) {
      sh_decref(entry);
      continue;
    }
    const char *dir = sh_str_utf8(entry);
    if (!dir) {
      sh_decref(entry);
      return -1;
    }
    const char *sep = dir[0] ? "/" : "";
    size_t cap = strlen(dir) + strlen(name) + 32;
    char *pkgdir = malloc(cap), *file = malloc(cap);
    snprintf(pkgdir, cap, "%s%s%s", dir, sep, name);
    snprintf(file, cap, "%s/__init__.py", pkgdir);
    bool package = is_dir(pkgdir) && is_file(file);
    if (!package) snprintf(file, cap, "%s%s%s.py", dir, sep, name);
    sh_decref(entry);
    if (package || is_file(file)) {
      ShObject *m = new_module(fullname, file, package ? pkgdir : NULL);
      int r = -1;
      if (m && sh_dict_set_item(modules, fullname, m) == 0) {
        if (sh_run_file_in_module(file, m) == 0) {
          /* the module may have replaced itself in sys.modules */
          r = sh_dict_get_ref(modules, fullname, out);
          if (r == 0) {
            sh_err_format(&sh_exc_ImportError, "Loaded module %U not found in sys.modules",
                          fullname);
            r = -1;
          }
        } else {
          ShObject *exc = sh_err_fetch();
          sh_dict_pop(modules, fullname, NULL);
          sh_err_restore(exc);
        }
      }
      sh_xdecref(m);
      free(pkgdir);
      free(file);
      return r < 0 ? -1 : 1;
    }
    free(pkgdir);
    free(file);
  }
  return 0;
}

static ShObject *load_builtin(const char *name) {
  for (const ShBuiltinModule *b = sh_builtin_modules; b->name; b++)
    if (strcmp(b->name, name) == 0) {
      ShObject *m = b->init();
      if (!m) return NULL;
      ShObject *key = sh_str_from_cstr(name);
      if (!key || sh_dict_set_item(modules, key, m) < 0) SH_CLEAR(m);
      sh_xdecref(key);
      return m;
    }
  return NULL;
}

static ShObject *not_found(ShObject *fullname, const char *suffix_parent) {
  ShObject *msg = suffix_parent ? sh_str_from_format("No module named %R; '%s' is not a package",
                                                     fullname, suffix_parent)
                                : sh_str_from_format("No module named %R", fullname);
  if (!msg) return NULL;
  ShObject *exc = sh_exc_new(&sh_exc_ModuleNotFoundError, &msg, 1);
  sh_decref(msg);
  if (exc) {
    ShImportError *ie = (ShImportError *)exc;
    SH_SETREF(ie->name, sh_newref(fullname));
    sh_err_raise(exc);
    sh_decref(exc);
  }
  return NULL;
}

/* Imports one dotted name whose parent (if any) is already imported. */
static ShObject *load_one(ShObject *fullname, const char *full, ShObject *parent);

static ShObject *import_one(ShObject *fullname, ShObject *parent) {
  const char *full = sh_str_utf8(fullname);
  if (!full) return NULL;
  for (;;) {
    ShObject *m;
    int r = sh_dict_get_ref(modules, fullname, &m);
    if (r != 0) {
      if (r > 0 && m == SH_NONE) {
        sh_decref(m);
        return not_found(fullname, NULL);
      }
      if (r > 0) sh_import_lock_wait(full); /* another thread may still run it */
      return r > 0 ? m : NULL;
    }
    int claim = sh_import_lock_claim(full);
    if (claim == 0) continue; /* someone else imported it meanwhile */
    m = load_one(fullname, full, parent);
    if (claim == 1) sh_import_lock_release(full);
    return m;
  }
}

static ShObject *load_one(ShObject *fullname, const char *full, ShObject *parent) {
  ShObject *m;
  int r;
  const char *dot = strrchr(full, '.');
  const char *name = dot ? dot + 1 : full;
  ShObject *path;
  if (parent) {
    r = sh_object_lookup_attr(parent, SH_ID(__path__), &path);
    if (r <= 0) {
      if (r < 0) return NULL;
      char parent_name[256];
      snprintf(parent_name, sizeof parent_name, "%.*s", (int)(dot - full), full);
      return not_found(fullname, parent_name);
    }
  } else {
    if ((m = load_builtin(full)) || sh_err_occurred()) return m;
    path = sh_sys_get("path");
    if (!path || !SH_LIST_CHECK(path))
      return sh_err_format(&sh_exc_ImportError, "sys.path must be a list of directory names");
    sh_incref(path);
  }
  if (!SH_LIST_CHECK(path)) {
    sh_decref(path);
    return not_found(fullname, NULL);
  }
  r = load_from_path(fullname, name, path, &m);
  sh_decref(path);
  if (r < 0) return NULL;
  if (r == 0) return not_found(fullname, NULL);
  if (parent) {
    ShObject *attr = sh_str_from_cstr(name);
    if (!attr || sh_object_setattr(parent, attr, m) < 0) sh_err_clear();
    sh_xdecref(attr);
  }
  return m;
}

/* Imports every prefix of a dotted name; returns the last module. */
static ShObject *import_dotted(ShObject *fullname, ShObject **top) {
  intptr_t len;
  const char *s = sh_str_utf8_and_size(fullname, &len);
  if (!s) return NULL;
  ShObject *parent = NULL;
  *top = NULL;
  for (intptr_t i = 0; i <= len; i++) {
    if (i < len && s[i] != '.') continue;
    ShObject *prefix = sh_str_from_utf8(s, (size_t)i);
    if (!prefix) goto fail;
    ShObject *m = import_one(prefix, parent);
    sh_decref(prefix);
    if (!m) goto fail;
    if (!*top) *top = sh_newref(m);
    sh_xdecref(parent);
    parent = m;
  }
  return parent;
fail:
  sh_xdecref(parent);
  SH_CLEAR(*top);
  return NULL;
}

/* The package a relative import starts from, `level` steps up. */
static ShObject *resolve_relative(ShObject *name, ShObject *globals, int level) {
  ShObject *package = NULL;
  if (globals && SH_DICT_CHECK(globals)) {
    if (sh_dict_get_ref(globals, SH_ID(__package__), &package) < 0) return NULL;
    if (package == SH_NONE) SH_CLEAR(package);
    if (!package) {
      ShObject *modname, *path;
      if (sh_dict_get_ref(globals, SH_ID(__name__), &modname) < 0) return NULL;
      int has_path = sh_dict_get_ref(globals, SH_ID(__path__), &path);
      sh_xdecref(path);
      if (modname && has_path > 0) {
        package = modname;
      } else if (modname && SH_STR_CHECK(modname)) {
        const char *s = sh_str_utf8(modname);
        const char *dot = s ? strrchr(s, '.') : NULL;
        package = sh_str_from_utf8(s, dot ? (size_t)(dot - s) : 0);
        sh_decref(modname);
      } else {
        sh_xdecref(modname);
      }
    }
  }
  if (!package || !SH_STR_CHECK(package) || SH_STR_LEN(package) == 0) {
    sh_xdecref(package);
    return sh_err_format(&sh_exc_ImportError,
                         "attempted relative import with no known parent package");
  }
  const char *base = sh_str_utf8(package);
  size_t end = strlen(base);
  for (int i = 1; i < level; i++) {
    while (end > 0 && base[end - 1] != '.')
      end--;
    if (end == 0) {
      sh_decref(package);
      return sh_err_format(&sh_exc_ImportError,
                           "attempted relative import beyond top-level package");
    }
    end--;
  }
  ShObject *r = sh_str_from_utf8(base, end);
  if (r && SH_STR_LEN(name)) {
    ShObject *full = sh_str_from_format("%U.%U", r, name);
    sh_decref(r);
    r = full;
  }
  sh_decref(package);
  return r;
}

ShObject *sh_import_name(ShObject *name, ShObject *globals, ShObject *fromlist, int level) {
  sh_import_get_modules();
  if (!SH_STR_CHECK(name))
    return sh_err_format(&sh_exc_TypeError, "module name must be str, not %T", name);
  if (level < 0) return sh_err_format(&sh_exc_ValueError, "level must be >= 0");
  ShObject *fullname = level > 0 ? resolve_relative(name, globals, level) : sh_newref(name);
  if (!fullname) return NULL;
  if (SH_STR_LEN(fullname) == 0) {
    sh_decref(fullname);
    return sh_err_format(&sh_exc_ValueError, "Empty module name");
  }
  ShObject *top;
  ShObject *m = import_dotted(fullname, &top);
  sh_decref(fullname);
  if (!m) return NULL;
  bool has_fromlist = fromlist && fromlist != SH_NONE && sh_object_is_true(fromlist) > 0;
  if (!has_fromlist) {
    sh_decref(m);
    return top;
  }
  sh_decref(top);
  /* from package import submodule: import what is not an attribute yet */
  ShObject *path;
  int is_pkg = sh_object_lookup_attr(m, SH_ID(__path__), &path);
  if (is_pkg > 0) {
    sh_decref(path);
    ShObject *it = sh_object_iter(fromlist);
    ShObject *item;
    while (it && (item = sh_iter_next(it))) {
      ShObject *attr = NULL;
      int has = SH_STR_CHECK(item) && !sh_str_equal_cstr(item, "*")
                    ? sh_object_lookup_attr(m, item, &attr)
                    : 1;
      if (has == 0) {
        ShObject *sub = sh_str_from_format("%U.%U", ((ShModule *)m)->name, item);
        ShObject *subtop, *subm = sub ? import_dotted(sub, &subtop) : NULL;
        if (subm) {
          sh_decref(subm);
          sh_decref(subtop);
        } else if (sh_err_matches(&sh_exc_ModuleNotFoundError)) {
          sh_err_clear();
        }
        sh_xdecref(sub);
      } else if (has > 0) {
        sh_xdecref(attr);
      }
      sh_decref(item);
      if (sh_err_occurred()) break;
    }
    sh_xdecref(it);
    if (sh_err_occurred()) {
      sh_decref(m);
      return NULL;
    }
  } else if (is_pkg < 0) {
    sh_decref(m);
    return NULL;
  }
  return m;
}

ShObject *sh_import_module(const char *name) {
  ShObject *s = sh_str_from_cstr(name);
  if (!s) return NULL;
  ShObject *top;
  ShObject *m = import_dotted(s, &top);
  sh_decref(s);
  sh_xdecref(top);
  return m;
}
