/* The posix module's process half: ids, the environment, fork/exec/wait,
   system(), signals, and facts about the machine (uname, cpu_count...). */
#define _GNU_SOURCE /* pipe2, dup3, O_PATH, SEEK_DATA... */
#include "posix_internal.h"
#include "sys_structseq.h"
#include "../shoal.h"
#include "../vm/eval.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static ShStructSeqType uname_result_type, times_result_type;
static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine"};
static const char *const times_fields[] = {"user", "system", "children_user", "children_system",
                                           "elapsed"};

static int int_arg(ShObject *o, int *out) {
  return sh_posix_int_arg(o, out);
}

/* ------------------------------------------------------------------- ids */

static ShObject *posix_getpid(ShObject *self) {
  return sh_int_from_i64(getpid());
}
static ShObject *posix_getppid(ShObject *self) {
  return sh_int_from_i64(getppid());
}
static ShObject *posix_getuid(ShObject *self) {
  return sh_int_from_i64(getuid());
}
static ShObject *posix_geteuid(ShObject *self) {
  return sh_int_from_i64(geteuid());
}
static ShObject *posix_getgid(ShObject *self) {
  return sh_int_from_i64(getgid());
}
static ShObject *posix_getegid(ShObject *self) {
  return sh_int_from_i64(getegid());
}
static ShObject *posix_getpgrp(ShObject *self) {
  return sh_int_from_i64(getpgrp());
}

/* ----------------------------------------------------------- environment */

static ShObject *make_environ(void) {
  ShObject *d = sh_dict_new();
  if (d == NULL) return NULL;
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (eq == NULL || eq == *e) continue;
    ShObject *k = sh_posix_name(*e, (size_t)(eq - *e), false);
    ShObject *v = k ? sh_posix_name(eq + 1, strlen(eq + 1), false) : NULL;
    /* the first of repeated names wins, as getenv() finds it */
    int has = v ? sh_dict_contains(d, k) : -1;
    int rc = has < 0 ? -1 : has ? 0 : sh_dict_set_item(d, k, v);
    sh_xdecref(k);
    sh_xdecref(v);
    if (rc < 0) {
      sh_decref(d);
      return NULL;
    }
  }
  return d;
}

/* An environment name or value as file system bytes. */
static int env_arg(ShObject *o, const char *fname, const char *argname, ShPosixPath *p) {
  p->function = fname;
  p->argname = argname;
  p->allow_fd = false;
  p->nullable = false;
  if (sh_posix_path_convert(o, p) == 0) return 0;
  if (sh_err_matches(&sh_exc_TypeError)) {
    sh_err_clear();
    sh_err_format(&sh_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
  }
  return -1;
}

/* setenv() itself refuses an empty name (EINVAL) */
static bool bad_env_name(const char *name) {
  return strchr(name, '=') != NULL;
}

static ShObject *posix_putenv(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("putenv", nargs, 2, 2) < 0) return NULL;
  ShPosixPath name, value;
  if (env_arg(args[0], "putenv", "name", &name) < 0) return NULL;
  if (env_arg(args[1], "putenv", "value", &value) < 0) {
    sh_posix_path_release(&name);
    return NULL;
  }
  ShObject *r = SH_NONE;
  if (bad_env_name(name.narrow)) {
    sh_err_set_string(&sh_exc_ValueError, "illegal environment variable name");
    r = NULL;
  } else if (setenv(name.narrow, value.narrow, 1) < 0) {
    r = sh_posix_error(errno, NULL, NULL);
  }
  sh_posix_path_release(&name);
  sh_posix_path_release(&value);
  return r;
}

static ShObject *posix_unsetenv(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("posix.unsetenv", nargs, 1, 1) < 0) return NULL;
  ShObject *name_o = args[0];
  ShPosixPath name;
  if (env_arg(name_o, "unsetenv", "name", &name) < 0) return NULL;
  ShObject *r = SH_NONE;
  if (unsetenv(name.narrow) < 0) {
    r = sh_posix_error(errno, NULL, NULL);
  }
  sh_posix_path_release(&name);
  return r;
}

static ShObject *posix_strerror(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("posix.strerror", nargs, 1, 1) < 0) return NULL;
  ShObject *code_o = args[0];
  int code;
  if (int_arg(code_o, &code) < 0) return NULL;
  return sh_str_from_cstr(strerror(code));
}

/* --------------------------------------------------------------- processes */

static ShObject *posix_system(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *cmd_o;
  if (sh_args_parse("system", args, nargs, kwnames, "command", &cmd_o) < 0) return NULL;
  ShPosixPath cmd = {.function = "system", .argname = "command"};
  if (sh_posix_path_convert(cmd_o, &cmd) < 0) return NULL;
  int status = system(cmd.narrow);
  sh_posix_path_release(&cmd);
  if (status == -1) return sh_posix_error(errno, NULL, NULL);
  return sh_int_from_i64(status);
}

static ShObject *posix__exit(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *st;
  int status;
  if (sh_args_parse("_exit", args, nargs, kwnames, "status", &st) < 0) return NULL;
  if (int_arg(st, &status) < 0) return NULL;
  _exit(status);
}

static ShObject *posix_fork(ShObject *self) {
  pid_t pid = fork();
  if (pid < 0) return sh_posix_error(errno, NULL, NULL);
  return sh_int_from_i64(pid);
}

/* the message CPython gives for these two */
static int exactly_two(const char *fname, size_t nargs) {
  if (nargs == 2) return 0;
  sh_err_format(&sh_exc_TypeError, "%s() takes exactly 2 arguments (%zu given)", fname, nargs);
  return -1;
}

static ShObject *posix_kill(ShObject *self, ShObject *const *args, size_t nargs) {
  int pid, sig;
  if (exactly_two("kill", nargs) < 0) return NULL;
  if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0) return NULL;
  if (kill(pid, sig) < 0) return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

static ShObject *pid_status(pid_t pid, int status) {
  ShObject *a = sh_int_from_i64(pid), *b = sh_int_from_i64(status);
  ShObject *r = (a && b) ? sh_tuple_pack(2, a, b) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  return r;
}

static ShObject *posix_waitpid(ShObject *self, ShObject *const *args, size_t nargs) {
  int pid, options, status = 0;
  if (exactly_two("waitpid", nargs) < 0) return NULL;
  if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &options) < 0) return NULL;
  pid_t r;
  int e;
  SH_POSIX_BLOCKING(r, waitpid(pid, &status, options), e);
  if (r < 0) return e < 0 ? NULL : sh_posix_error(e, NULL, NULL);
  return pid_status(r, status);
}

static ShObject *posix_wait(ShObject *self) {
  int status = 0;
  pid_t r;
  int e;
  SH_POSIX_BLOCKING(r, wait(&status), e);
  if (r < 0) return e < 0 ? NULL : sh_posix_error(e, NULL, NULL);
  return pid_status(r, status);
}

/* argv/env items to a NULL-terminated array of C strings; `keep` holds
   the ShPosixPath conversions until the call is done. */
static char **string_array(ShObject *seq, const char *fname, ShPosixPath **keep, intptr_t *count) {
  ShObject *items = sh_sequence_tuple(seq);
  if (items == NULL) return NULL;
  intptr_t n = SH_TUPLE_SIZE(items);
  char **arr = sh_mem_calloc((size_t)n + 1, sizeof(char *));
  ShPosixPath *paths = sh_mem_calloc((size_t)n + 1, sizeof(ShPosixPath));
  if (arr == NULL || paths == NULL) {
    sh_mem_free(arr);
    sh_mem_free(paths);
    sh_decref(items);
    sh_err_no_memory();
    return NULL;
  }
  intptr_t i;
  for (i = 0; i < n; i++) {
    paths[i].function = fname;
    paths[i].argname = "args";
    if (sh_posix_path_convert(SH_TUPLE_GET(items, i), &paths[i]) < 0) break;
    arr[i] = (char *)paths[i].narrow;
  }
  sh_decref(items);
  if (i < n) {
    for (intptr_t j = 0; j < i; j++)
      sh_posix_path_release(&paths[j]);
    sh_mem_free(paths);
    sh_mem_free(arr);
    return NULL;
  }
  *keep = paths;
  *count = n;
  return arr;
}

static void free_array(char **arr, ShPosixPath *keep, intptr_t n) {
  for (intptr_t i = 0; i < n; i++)
    sh_posix_path_release(&keep[i]);
  sh_mem_free(keep);
  sh_mem_free(arr);
}

/* "KEY=VALUE" strings of a mapping, for execve */
static char **env_array(ShObject *env, ShObject **keep) {
  ShObject *items = sh_call_method(env, sh_str_intern_cstr("items"), NULL, 0);
  ShObject *list = items ? sh_sequence_list(items) : NULL;
  sh_xdecref(items);
  if (list == NULL) return NULL;
  intptr_t n = sh_list_size(list);
  ShObject *strs = sh_list_new(0);
  char **arr = sh_mem_calloc((size_t)n + 1, sizeof(char *));
  if (strs == NULL || arr == NULL) goto fail;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *pair = sh_list_get_item(list, i);
    if (pair == NULL) goto fail;
    ShObject *k = SH_TUPLE_CHECK(pair) && SH_TUPLE_SIZE(pair) == 2 ? SH_TUPLE_GET(pair, 0) : NULL;
    ShObject *v = k ? SH_TUPLE_GET(pair, 1) : NULL;
    ShPosixPath kp = {.function = "execve", .argname = "env"}, vp = kp;
    int rc = k ? sh_posix_path_convert(k, &kp) : -1;
    if (rc == 0 && sh_posix_path_convert(v, &vp) < 0) {
      sh_posix_path_release(&kp);
      rc = -1;
    }
    sh_decref(pair);
    if (rc < 0) {
      if (!sh_err_occurred()) sh_err_set_string(&sh_exc_TypeError, "env.items() must be pairs");
      goto fail;
    }
    if (bad_env_name(kp.narrow)) {
      sh_posix_path_release(&kp);
      sh_posix_path_release(&vp);
      sh_err_set_string(&sh_exc_ValueError, "illegal environment variable name");
      goto fail;
    }
    ShObject *b = sh_bytes_new((intptr_t)(strlen(kp.narrow) + strlen(vp.narrow) + 1));
    if (b) {
      strcpy(SH_BYTES_DATA(b), kp.narrow);
      strcat(SH_BYTES_DATA(b), "=");
      strcat(SH_BYTES_DATA(b), vp.narrow);
    }
    sh_posix_path_release(&kp);
    sh_posix_path_release(&vp);
    if (b == NULL || sh_list_append(strs, b) < 0) {
      sh_xdecref(b);
      goto fail;
    }
    arr[i] = SH_BYTES_DATA(b);
    sh_decref(b);
  }
  sh_decref(list);
  *keep = strs;
  return arr;
fail:
  sh_decref(list);
  sh_xdecref(strs);
  sh_mem_free(arr);
  return NULL;
}

static ShObject *do_exec(const char *fname, ShObject *path_o, ShObject *argv_o, ShObject *env_o) {
  if (!SH_TUPLE_CHECK(argv_o) && !SH_LIST_CHECK(argv_o))
    return sh_err_format(&sh_exc_TypeError, "%s() arg 2 must be a tuple or list", fname);
  if (sh_object_length(argv_o) < 1)
    return sh_err_format(&sh_exc_ValueError, "%s() arg 2 must not be empty", fname);
  ShPosixPath path = {.function = fname, .argname = "path"};
  if (sh_posix_path_convert(path_o, &path) < 0) return NULL;
  ShPosixPath *keep;
  intptr_t n;
  char **argv = string_array(argv_o, fname, &keep, &n);
  if (argv == NULL) {
    sh_posix_path_release(&path);
    return NULL;
  }
  if (argv[0][0] == 0) {
    sh_err_format(&sh_exc_ValueError, "%s() arg 2 first element cannot be empty", fname);
  } else if (env_o) {
    ShObject *keep_env;
    char **envp = env_array(env_o, &keep_env);
    if (envp) {
      execve(path.narrow, argv, envp);
      sh_posix_error(errno, NULL, NULL);
      sh_mem_free(envp);
      sh_decref(keep_env);
    }
  } else {
    execv(path.narrow, argv);
    sh_posix_error(errno, NULL, NULL);
  }
  free_array(argv, keep, n);
  sh_posix_path_release(&path);
  return NULL;
}

static ShObject *posix_execv(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("execv", nargs, 2, 2) < 0) return NULL;
  return do_exec("execv", args[0], args[1], NULL);
}

static ShObject *posix_execve(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *path, *argv, *env;
  if (sh_args_parse("execve", args, nargs, kwnames, "path,argv,env", &path, &argv, &env) < 0)
    return NULL;
  return do_exec("execve", path, argv, env);
}

/* The W*() macros on a wait status. */
static int status_arg(const char *fname, ShObject *const *args, size_t nargs, ShObject *kwnames,
                      int *status) {
  ShObject *o;
  if (sh_args_parse(fname, args, nargs, kwnames, "status", &o) < 0) return -1;
  return int_arg(o, status);
}

#define STATUS_FUNC(NAME, EXPR, MAKE)                                                              \
  static ShObject *posix_##NAME(ShObject *self, ShObject *const *args, size_t nargs,               \
                                ShObject *kwnames) {                                               \
    int status;                                                                                    \
    if (status_arg(#NAME, args, nargs, kwnames, &status) < 0) return NULL;                         \
    return MAKE(EXPR(status));                                                                     \
  }
STATUS_FUNC(WIFEXITED, WIFEXITED, sh_bool_from)
STATUS_FUNC(WEXITSTATUS, WEXITSTATUS, sh_int_from_i64)
STATUS_FUNC(WIFSIGNALED, WIFSIGNALED, sh_bool_from)
STATUS_FUNC(WTERMSIG, WTERMSIG, sh_int_from_i64)
STATUS_FUNC(WIFSTOPPED, WIFSTOPPED, sh_bool_from)
STATUS_FUNC(WSTOPSIG, WSTOPSIG, sh_int_from_i64)
STATUS_FUNC(WCOREDUMP, WCOREDUMP, sh_bool_from)
STATUS_FUNC(WIFCONTINUED, WIFCONTINUED, sh_bool_from)

static ShObject *posix_waitstatus_to_exitcode(ShObject *self, ShObject *const *args, size_t nargs,
                                              ShObject *kwnames) {
  int status;
  if (status_arg("waitstatus_to_exitcode", args, nargs, kwnames, &status) < 0) return NULL;
  if (WIFEXITED(status)) return sh_int_from_i64(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return sh_int_from_i64(-WTERMSIG(status));
  if (WIFSTOPPED(status))
    return sh_err_format(&sh_exc_ValueError, "process stopped by delivery of signal %d",
                         WSTOPSIG(status));
  return sh_err_format(&sh_exc_ValueError, "invalid wait status: %d", status);
}

/* ------------------------------------------------------ the machine */

static ShObject *posix_uname(ShObject *self) {
  struct utsname u;
  if (uname(&u) < 0) return sh_posix_error(errno, NULL, NULL);
  const char *f[] = {u.sysname, u.nodename, u.release, u.version, u.machine};
  ShObject *v[5];
  for (int i = 0; i < 5; i++)
    v[i] = sh_posix_name(f[i], strlen(f[i]), false);
  return sh_structseq_make(&uname_result_type, v);
}

static ShObject *posix_times(ShObject *self) {
  struct tms t;
  clock_t c = times(&t);
  if (c == (clock_t)-1) return sh_posix_error(errno, NULL, NULL);
  double tick = (double)sysconf(_SC_CLK_TCK);
  ShObject *v[] = {sh_float_from_double(t.tms_utime / tick),
                   sh_float_from_double(t.tms_stime / tick),
                   sh_float_from_double(t.tms_cutime / tick),
                   sh_float_from_double(t.tms_cstime / tick), sh_float_from_double(c / tick)};
  return sh_structseq_make(&times_result_type, v);
}

static ShObject *posix_cpu_count(ShObject *self) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) SH_RETURN_NONE;
  return sh_int_from_i64(n);
}

static ShObject *posix_getloadavg(ShObject *self) {
  double l[3];
  if (getloadavg(l, 3) != 3) {
    sh_err_set_string(&sh_exc_OSError, "Load averages are unobtainable");
    return NULL;
  }
  ShObject *a = sh_float_from_double(l[0]), *b = sh_float_from_double(l[1]),
           *c = sh_float_from_double(l[2]);
  ShObject *r = (a && b && c) ? sh_tuple_pack(3, a, b, c) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  sh_xdecref(c);
  return r;
}

/* sched_getaffinity(pid) / sched_setaffinity(pid, cpus): pid 0 is the
   calling thread, as on Linux. */
static int pid_arg(ShObject *o, pid_t *out) {
  intptr_t v = sh_number_as_ssize(o, &sh_exc_OverflowError);
  if (v == -1 && sh_err_occurred()) return -1;
  *out = (pid_t)v;
  return 0;
}

static ShObject *posix_sched_getaffinity(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("sched_getaffinity", nargs, 1, 1) < 0) return NULL;
  pid_t pid;
  if (pid_arg(args[0], &pid) < 0) return NULL;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(pid, sizeof set, &set) < 0) return sh_posix_error(errno, NULL, NULL);
  ShObject *res = sh_set_new(NULL);
  for (int cpu = 0; res && cpu < CPU_SETSIZE; cpu++) {
    if (!CPU_ISSET(cpu, &set)) continue;
    ShObject *n = sh_int_from_i64(cpu);
    if (!n || sh_set_add(res, n) < 0) SH_CLEAR(res);
    sh_xdecref(n);
  }
  return res;
}

static ShObject *posix_sched_setaffinity(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("sched_setaffinity", nargs, 2, 2) < 0) return NULL;
  pid_t pid;
  if (pid_arg(args[0], &pid) < 0) return NULL;
  ShObject *it = sh_object_iter(args[1]);
  if (!it) return NULL;
  cpu_set_t set;
  CPU_ZERO(&set);
  ShObject *item;
  while ((item = sh_iter_next(it))) {
    if (!SH_INT_CHECK(item)) {
      sh_err_format(&sh_exc_TypeError, "expected an iterator of ints, but iterator yielded %R",
                    SH_OBJ(SH_TYPE(item)));
      sh_decref(item);
      break;
    }
    bool overflow = false;
    int64_t cpu = sh_int_as_i64(item, &overflow);
    sh_decref(item);
    if (cpu < 0 && !overflow) {
      sh_err_set_string(&sh_exc_ValueError, "negative CPU number");
      break;
    }
    if (overflow) {
      sh_err_set_string(&sh_exc_OverflowError, "Python int too large to convert to C long");
      break;
    }
    if (cpu >= CPU_SETSIZE) { /* no such CPU: what the kernel says of one */
      sh_decref(it);
      return sh_posix_error(EINVAL, NULL, NULL);
    }
    CPU_SET((int)cpu, &set);
  }
  sh_decref(it);
  if (sh_err_occurred()) return NULL;
  if (sched_setaffinity(pid, sizeof set, &set) < 0) return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

static ShObject *posix_urandom(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("posix.urandom", nargs, 1, 1) < 0) return NULL;
  ShObject *size_o = args[0];
  intptr_t n = sh_number_as_ssize(size_o, &sh_exc_OverflowError);
  if (n == -1 && sh_err_occurred()) return NULL;
  if (n < 0) {
    sh_err_set_string(&sh_exc_ValueError, "negative argument not allowed");
    return NULL;
  }
  ShObject *b = sh_bytes_new(n);
  if (b == NULL) return NULL;
  char *p = SH_BYTES_DATA(b);
  intptr_t done = 0;
  while (done < n) {
    ssize_t got = getrandom(p + done, (size_t)(n - done), 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      sh_decref(b);
      return sh_posix_error(e, NULL, NULL);
    }
    done += got;
  }
  return b;
}

static ShMethodDef posix_proc_methods[] = {
    {"getpid", (void *)posix_getpid, SH_METH_NOARGS, NULL},
    {"getppid", (void *)posix_getppid, SH_METH_NOARGS, NULL},
    {"getuid", (void *)posix_getuid, SH_METH_NOARGS, NULL},
    {"geteuid", (void *)posix_geteuid, SH_METH_NOARGS, NULL},
    {"getgid", (void *)posix_getgid, SH_METH_NOARGS, NULL},
    {"getegid", (void *)posix_getegid, SH_METH_NOARGS, NULL},
    {"getpgrp", (void *)posix_getpgrp, SH_METH_NOARGS, NULL},
    {"putenv", (void *)posix_putenv, SH_METH_FAST, NULL},
    {"unsetenv", (void *)posix_unsetenv, SH_METH_FAST, NULL},
    {"strerror", (void *)posix_strerror, SH_METH_FAST, NULL},
    {"system", (void *)posix_system, SH_METH_FASTKW, NULL},
    {"_exit", (void *)posix__exit, SH_METH_FASTKW, NULL},
    {"fork", (void *)posix_fork, SH_METH_NOARGS, NULL},
    {"kill", (void *)posix_kill, SH_METH_FAST, NULL},
    {"waitpid", (void *)posix_waitpid, SH_METH_FAST, NULL},
    {"wait", (void *)posix_wait, SH_METH_NOARGS, NULL},
    {"execv", (void *)posix_execv, SH_METH_FAST, NULL},
    {"execve", (void *)posix_execve, SH_METH_FASTKW, NULL},
    {"WIFEXITED", (void *)posix_WIFEXITED, SH_METH_FASTKW, NULL},
    {"WEXITSTATUS", (void *)posix_WEXITSTATUS, SH_METH_FASTKW, NULL},
    {"WIFSIGNALED", (void *)posix_WIFSIGNALED, SH_METH_FASTKW, NULL},
    {"WTERMSIG", (void *)posix_WTERMSIG, SH_METH_FASTKW, NULL},
    {"WIFSTOPPED", (void *)posix_WIFSTOPPED, SH_METH_FASTKW, NULL},
    {"WSTOPSIG", (void *)posix_WSTOPSIG, SH_METH_FASTKW, NULL},
    {"WCOREDUMP", (void *)posix_WCOREDUMP, SH_METH_FASTKW, NULL},
    {"WIFCONTINUED", (void *)posix_WIFCONTINUED, SH_METH_FASTKW, NULL},
    {"waitstatus_to_exitcode", (void *)posix_waitstatus_to_exitcode, SH_METH_FASTKW, NULL},
    {"uname", (void *)posix_uname, SH_METH_NOARGS, NULL},
    {"times", (void *)posix_times, SH_METH_NOARGS, NULL},
    {"cpu_count", (void *)posix_cpu_count, SH_METH_NOARGS, NULL},
    {"sched_getaffinity", (void *)posix_sched_getaffinity, SH_METH_FAST, NULL},
    {"sched_setaffinity", (void *)posix_sched_setaffinity, SH_METH_FAST, NULL},
    {"getloadavg", (void *)posix_getloadavg, SH_METH_NOARGS, NULL},
    {"urandom", (void *)posix_urandom, SH_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct {
  const char *name;
  long value;
} proc_constants[] = {
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED}, {"EX_OK", 0},
    {"EX_USAGE", 64},     {"EX_DATAERR", 65},       {"EX_NOINPUT", 66},         {"EX_NOUSER", 67},
    {"EX_NOHOST", 68},    {"EX_UNAVAILABLE", 69},   {"EX_SOFTWARE", 70},        {"EX_OSERR", 71},
    {"EX_OSFILE", 72},    {"EX_CANTCREAT", 73},     {"EX_IOERR", 74},           {"EX_TEMPFAIL", 75},
    {"EX_PROTOCOL", 76},  {"EX_NOPERM", 77},        {"EX_CONFIG", 78},
};

int sh_posix_proc_init(ShObject *m) {
  static bool ready;
  if (!ready) {
    if (sh_structseq_init_type(&uname_result_type, "posix.uname_result", uname_fields, 5, 5, true) <
            0 ||
        sh_structseq_init_type(&times_result_type, "posix.times_result", times_fields, 5, 5, true) <
            0)
      return -1;
    ready = true;
  }
  if (sh_module_add_functions(m, posix_proc_methods) < 0) return -1;
  for (size_t i = 0; i < sizeof proc_constants / sizeof *proc_constants; i++)
    if (sh_module_add_int(m, proc_constants[i].name, proc_constants[i].value) < 0) return -1;
  ShObject *env = make_environ();
  if (env == NULL || sh_module_add_object(m, "environ", env) < 0) return -1;
  return 0;
}
