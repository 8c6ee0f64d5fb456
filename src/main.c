/* The command line: shoal [options] [-c cmd | -m mod | file | -] [args].
   Sets up sys.argv/sys.path, runs __main__, reports uncaught exceptions. */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shoal.h"
#include "runtime/init.h"
#include "vm/eval.h"
#include "vm/code.h"
#include "modules/fileio.h"

#define SHOAL_VERSION "Python 3.11.7 (shoal 0.1)"

static void usage(FILE *out) {
  fprintf(out, "usage: shoal [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
               "Options:\n"
               "-c cmd : program passed in as string (terminates option list)\n"
               "-m mod : run library module as a script (terminates option list)\n"
               "-h     : print this help message and exit (also -? or --help)\n"
               "-V     : print the Python version number and exit (also --version)\n"
               "-u, -B, -E, -s, -S, -I, -X opt : accepted for compatibility\n"
               "--dis file : print the register bytecode of every code object in file\n"
               "file   : program read from script file\n"
               "-      : program read from stdin (default; interactive mode if a tty)\n");
}

static void on_sigint(int sig) {
  (void)sig;
  sh_pending_sigint = 1;
  if (sh_main_thread_state) atomic_store(&sh_main_thread_state->eval_breaker, 1);
}

static char *read_stream(FILE *fp, size_t *len) {
  size_t cap = 8192, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  if (buf) {
    buf = realloc(buf, n + 1);
    buf[n] = 0;
  }
  *len = n;
  return buf;
}

/* "dir/x.py" -> absolute path without resolving symlinks, as os.path.abspath. */
static char *absolute_path(const char *path) {
  if (path[0] == '/') return strdup(path);
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return strdup(path);
  const char *p = path;
  while (p[0] == '.' && p[1] == '/')
    p += 2;
  size_t n = strlen(cwd) + strlen(p) + 2;
  char *r = malloc(n);
  snprintf(r, n, "%s/%s", cwd, p);
  return r;
}

static char *dirname_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return strdup("");
  if (slash == path) return strdup("/");
  return strndup(path, (size_t)(slash - path));
}

static int set_sys_list(const char *name, char **items, int n) {
  ShObject *list = sh_list_new(0);
  if (!list) return -1;
  for (int i = 0; i < n; i++) {
    ShObject *s = sh_str_from_cstr(items[i]);
    if (!s || sh_list_append(list, s) < 0) {
      sh_xdecref(s);
      sh_decref(list);
      return -1;
    }
    sh_decref(s);
  }
  int r = sh_sys_set(name, list);
  sh_decref(list);
  return r;
}

/* sys.path: the script's folder, PYTHONPATH, then shoal's own lib/. */
static int set_sys_path(const char *first) {
  char *items[64];
  int n = 0;
  items[n++] = strdup(first);
  const char *pp = getenv("PYTHONPATH");
  char *pp_copy = pp ? strdup(pp) : NULL;
  for (char *tok = pp_copy ? strtok(pp_copy, ":") : NULL; tok && n < 60; tok = strtok(NULL, ":"))
    if (*tok) items[n++] = strdup(tok);
  free(pp_copy);
  char exe[PATH_MAX];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len > 0) {
    exe[len] = 0;
    /* build/shoal or build/<variant>/shoal: the repository's lib/ */
    char *bindir = dirname_of(exe);
    size_t m = strlen(bindir) + 16;
    char *lib = malloc(m);
    char resolved[PATH_MAX];
    const char *ups[] = {"/../lib", "/../../lib"};
    for (int u = 0; u < 2; u++) {
      snprintf(lib, m, "%s%s", bindir, ups[u]);
      if (realpath(lib, resolved)) {
        items[n++] = strdup(resolved);
        break;
      }
    }
    free(lib);
    free(bindir);
  }
  int r = set_sys_list("path", items, n);
  for (int i = 0; i < n; i++)
    free(items[i]);
  return r;
}

static ShObject *new_main_module(const char *file) {
  ShObject *m = sh_module_new("__main__");
  if (!m) return NULL;
  ShObject *d = SH_MODULE_DICT(m);
  if (sh_dict_set_item(d, SH_ID(__builtins__), sh_builtins_dict()) < 0 ||
      sh_dict_set_str(d, "__cached__", SH_NONE) < 0 ||
      (file && sh_module_add_string(m, "__file__", file) < 0) ||
      sh_dict_set_item(sh_import_get_modules(), SH_ID(__main__), m) < 0) {
    sh_decref(m);
    return NULL;
  }
  return m;
}

/* Exit status for an uncaught exception, after reporting it. */
static int handle_uncaught(void) {
  ShObject *exc = sh_err_fetch();
  if (!exc) return 0;
  if (sh_type_check(exc, &sh_exc_SystemExit)) {
    ShObject *code = ((ShSystemExit *)exc)->code;
    int status = 0;
    if (code && code != SH_NONE) {
      if (SH_INT_CHECK(code)) {
        status = (int)sh_int_as_ssize(code);
        sh_err_clear();
      } else {
        ShObject *s = sh_object_str(code);
        sh_io_flush_std();
        if (s) {
          ShObject *err = sh_sys_get("stderr");
          ShObject *nl = sh_str_from_cstr("\n");
          ShObject *r1 = err ? sh_call_method(err, SH_ID(write), &s, 1) : NULL;
          ShObject *r2 = err && nl ? sh_call_method(err, SH_ID(write), &nl, 1) : NULL;
          sh_xdecref(r1);
          sh_xdecref(r2);
          sh_xdecref(nl);
          sh_decref(s);
        }
        sh_err_clear();
        status = 1;
      }
    }
    sh_decref(exc);
    return status;
  }
  sh_io_flush_std();
  ShObject *hook = sh_sys_get("excepthook");
  if (hook) {
    ShObject *tb = sh_exc_get_traceback(exc);
    ShObject *args[3] = {SH_OBJ(SH_TYPE(exc)), exc, tb ? tb : SH_NONE};
    ShObject *r = sh_call(hook, args, 3, NULL);
    if (r)
      sh_decref(r);
    else {
      sh_err_clear();
      sh_err_print(exc);
    }
  } else {
    sh_err_print(exc);
  }
  bool interrupted = sh_type_check(exc, &sh_exc_KeyboardInterrupt);
  sh_decref(exc);
  return interrupted ? 130 : 1;
}

/* As CPython at exit: threading._shutdown() joins the non-daemon threads. */
static void wait_for_threads(int *status) {
  ShObject *threading;
  if (sh_dict_get_str_ref(sh_import_get_modules(), "threading", &threading) <= 0) {
    sh_err_clear();
    return;
  }
  ShObject *r = sh_call_method(threading, sh_str_intern_cstr("_shutdown"), NULL, 0);
  sh_decref(threading);
  if (r) {
    sh_decref(r);
    return;
  }
  int s = handle_uncaught();
  if (*status == 0) *status = s;
}

static int run_source(const char *src, size_t len, const char *filename, ShObject *module) {
  ShObject *fname = sh_str_from_cstr(filename);
  ShObject *code = fname ? sh_compile_source(src, len, fname, "exec") : NULL;
  sh_xdecref(fname);
  if (!code) return -1;
  ShObject *d = SH_MODULE_DICT(module);
  ShObject *r = sh_eval_code(code, d, d);
  sh_decref(code);
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

/* Interactive loop: one statement (or block, ended by an empty line) at a
   time, compiled in "single" mode so expression values are echoed. */
static int run_repl(ShObject *module) {
  fprintf(stderr,
          "%s on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more "
          "information.\n",
          SHOAL_VERSION);
  ShObject *fname = sh_str_from_cstr("<stdin>");
  char *line = NULL;
  size_t cap = 0;
  for (;;) {
    size_t buf_cap = 1024, buf_len = 0;
    char *buf = malloc(buf_cap);
    buf[0] = 0;
    bool more = false;
    for (;;) {
      fputs(more ? "... " : ">>> ", stderr);
      fflush(stderr);
      errno = 0;
      ssize_t n = getline(&line, &cap, stdin);
      if (n < 0 && errno == EINTR) {
        /* Ctrl-C at the prompt: drop the input so far, as CPython does */
        clearerr(stdin);
        sh_pending_sigint = 0;
        fputs("\nKeyboardInterrupt\n", stderr);
        buf_len = 0;
        buf[0] = 0;
        more = false;
        continue;
      }
      if (n < 0) {
        fputs("\n", stderr);
        free(buf);
        free(line);
        sh_decref(fname);
        return 0;
      }
      if (buf_len + (size_t)n + 1 > buf_cap) buf = realloc(buf, buf_cap = (buf_len + n + 1) * 2);
      memcpy(buf + buf_len, line, (size_t)n + 1);
      buf_len += (size_t)n;
      bool blank = strspn(line, " \t\r\n") == (size_t)n;
      if (more && blank) break;
      size_t end = (size_t)n;
      while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == ' '))
        end--;
      if (!more && end > 0 && line[end - 1] != ':' && line[end - 1] != '\\') {
        /* complete unless brackets are open: try it */
        ShObject *code = sh_compile_source(buf, buf_len, fname, "single");
        if (code || !sh_err_matches(&sh_exc_SyntaxError)) {
          sh_xdecref(code);
          sh_err_clear();
          break;
        }
        ShObject *exc = sh_err_fetch();
        ShObject *msg = ((ShSyntaxError *)exc)->msg;
        bool open = msg && SH_STR_CHECK(msg) && strstr(sh_str_utf8(msg), "was never closed");
        sh_decref(exc);
        if (!open) break;
      }
      if (blank && !more) break;
      more = true;
    }
    if (strspn(buf, " \t\r\n") < buf_len) {
      ShObject *code = sh_compile_source(buf, buf_len, fname, "single");
      ShObject *r =
          code ? sh_eval_code(code, SH_MODULE_DICT(module), SH_MODULE_DICT(module)) : NULL;
      sh_xdecref(code);
      if (r)
        sh_decref(r);
      else if (sh_err_matches(&sh_exc_SystemExit)) {
        free(buf);
        free(line);
        return handle_uncaught();
      } else {
        sh_io_flush_std();
        ShObject *exc = sh_err_fetch();
        sh_err_print(exc);
        sh_decref(exc);
      }
    }
    free(buf);
  }
}

static int disassemble(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    fprintf(stderr, "shoal: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return 2;
  }
  size_t len;
  char *src = read_stream(fp, &len);
  fclose(fp);
  ShObject *fname = sh_str_from_cstr(path);
  ShObject *code = sh_compile_source(src, len, fname, "exec");
  free(src);
  sh_decref(fname);
  if (!code) return handle_uncaught();
  sh_code_disassemble((ShCode *)code, stdout);
  sh_decref(code);
  return 0;
}

int main(int argc, char **argv) {
  int i = 1;
  const char *command = NULL, *module_name = NULL, *dis_file = NULL;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-c") == 0 && i + 1 < argc) {
      command = argv[++i];
      i++;
      break;
    }
    if (strcmp(a, "-m") == 0 && i + 1 < argc) {
      module_name = argv[++i];
      i++;
      break;
    }
    if (strcmp(a, "--dis") == 0 && i + 1 < argc) {
      dis_file = argv[++i];
      continue;
    }
    if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
      printf("%s\n", "Python 3.11.7");
      return 0;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0 || strcmp(a, "-?") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "-X") == 0 || strcmp(a, "-W") == 0) {
      if (a[1] == 'X' && i + 1 < argc && strcmp(argv[i + 1], "gil=1") == 0) sh_gil_enabled = true;
      i++;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (strspn(a + 1, "uBEsSIOqdv") == strlen(a + 1)) continue;
    fprintf(stderr, "Unknown option: %s\n", a);
    usage(stderr);
    return 2;
  }
  const char *gil_env = getenv("PYTHONGIL");
  if (gil_env && strcmp(gil_env, "1") == 0) sh_gil_enabled = true;
  signal(SIGPIPE, SIG_IGN);
  if (sh_runtime_init() < 0) {
    fprintf(stderr, "shoal: fatal error during start-up\n");
    ShObject *exc = sh_err_fetch();
    if (exc) sh_err_print(exc);
    return 1;
  }
  /* No SA_RESTART: a blocking call in the main thread (read, wait) returns
     EINTR and raises KeyboardInterrupt (sh_signal_interrupted); threads
     other than the main one block SIGINT (modules/thread.c). */
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  if (dis_file) return disassemble(dis_file);

  int status = 0;
  char *script = NULL;
  const char *script_arg = NULL;
  if (!command && !module_name && i < argc && strcmp(argv[i], "-") != 0)
    script_arg = argv[i++];
  else if (!command && !module_name && i < argc)
    i++; /* "-" */

  /* sys.argv */
  int nrest = argc - i;
  char **sargv = malloc(sizeof(char *) * (size_t)(nrest + 1));
  sargv[0] = command       ? "-c"
             : module_name ? (char *)module_name
             : script_arg  ? (char *)script_arg
                           : "";
  for (int k = 0; k < nrest; k++)
    sargv[k + 1] = argv[i + k];
  if (script_arg) script = absolute_path(script_arg);
  char *first_path;
  if (script)
    first_path = dirname_of(script);
  else if (module_name)
    first_path = absolute_path(".");
  else
    first_path = strdup("");
  if (module_name && strlen(first_path) > 2 &&
      strcmp(first_path + strlen(first_path) - 2, "/.") == 0)
    first_path[strlen(first_path) - 2] = 0;
  if (set_sys_list("argv", sargv, nrest + 1) < 0 || set_sys_path(first_path) < 0) {
    sh_err_print(sh_err_occurred());
    return 1;
  }
  free(first_path);

  ShObject *main_module = new_main_module(script);
  if (!main_module) return handle_uncaught();
  if (command) {
    if (run_source(command, strlen(command), "<string>", main_module) < 0)
      status = handle_uncaught();
  } else if (module_name) {
    /* -m: find the module's file on sys.path and run it as __main__ */
    ShObject *importlib_spec = NULL;
    (void)importlib_spec;
    ShObject *path = sh_sys_get("path");
    char found[PATH_MAX] = "";
    for (intptr_t k = 0; path && k < sh_list_size(path) && !found[0]; k++) {
      ShObject *dir = sh_list_get_item(path, k);
      const char *d = dir ? sh_str_utf8(dir) : NULL;
      if (d) {
        snprintf(found, sizeof found, "%s%s%s.py", d, *d ? "/" : "", module_name);
        if (access(found, R_OK) != 0) {
          snprintf(found, sizeof found, "%s%s%s/__main__.py", d, *d ? "/" : "", module_name);
          if (access(found, R_OK) != 0) found[0] = 0;
        }
      }
      sh_xdecref(dir);
    }
    sh_err_clear();
    if (!found[0]) {
      fprintf(stderr, "%s: No module named %s\n", argv[0], module_name);
      status = 1;
    } else {
      sh_module_add_string(main_module, "__file__", found);
      sargv[0] = found;
      set_sys_list("argv", sargv, nrest + 1);
      if (sh_run_file_in_module(found, main_module) < 0) status = handle_uncaught();
    }
  } else if (script) {
    FILE *fp = fopen(script_arg, "rb");
    if (!fp) {
      fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", argv[0],
              script);
      status = 2;
    } else {
      size_t len;
      char *src = read_stream(fp, &len);
      fclose(fp);
      if (run_source(src, len, script, main_module) < 0) status = handle_uncaught();
      free(src);
    }
  } else if (isatty(0)) {
    status = run_repl(main_module);
  } else {
    size_t len;
    char *src = read_stream(stdin, &len);
    if (run_source(src, len, "<stdin>", main_module) < 0) status = handle_uncaught();
    free(src);
  }
  wait_for_threads(&status);
  sh_atexit_run();
  sh_decref(main_module);
  if (sh_io_flush_std() < 0 && status == 0) status = 120;
  free(script);
  free(sargv);
  return status;
}
