/* The posix module's file system half: path arguments, stat and
   stat_result, descriptor I/O, and the calls that name files. */
#define _GNU_SOURCE /* pipe2, dup3, O_PATH, SEEK_DATA... */
#include "posix.h"
#include "posix_internal.h"
#include "sys_structseq.h"
#include "../shoal.h"
#include "../vm/eval.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------ arguments */

static ShObject *fspath_of(ShObject *o, bool *ok_type) {
  *ok_type = true;
  if (SH_STR_CHECK(o) || SH_BYTES_CHECK(o)) return sh_newref(o);
  ShObject *meth = sh_object_lookup_special(o, sh_str_intern_cstr("__fspath__"));
  if (meth == NULL) {
    if (sh_err_occurred()) return NULL;
    *ok_type = false;
    return NULL;
  }
  ShObject *r = sh_call0(meth);
  sh_decref(meth);
  if (r == NULL) return NULL;
  if (!SH_STR_CHECK(r) && !SH_BYTES_CHECK(r)) {
    sh_err_format(&sh_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o,
                  r);
    sh_decref(r);
    return NULL;
  }
  return r;
}

int sh_posix_int_arg(ShObject *o, int *out) {
  if (SH_FLOAT_CHECK(o)) {
    sh_err_set_string(&sh_exc_TypeError, "'float' object cannot be interpreted as an integer");
    return -1;
  }
  intptr_t v = sh_number_as_ssize(o, &sh_exc_OverflowError);
  if (v == -1 && sh_err_occurred()) return -1;
  if (v > INT_MAX) {
    sh_err_set_string(&sh_exc_OverflowError, "signed integer is greater than maximum");
    return -1;
  }
  if (v < INT_MIN) {
    sh_err_set_string(&sh_exc_OverflowError, "signed integer is less than minimum");
    return -1;
  }
  *out = (int)v;
  return 0;
}

int sh_posix_dir_fd_arg(ShObject *o, int *out) {
  if (o == NULL || o == SH_NONE) {
    *out = AT_FDCWD;
    return 0;
  }
  if (!SH_INT_CHECK(o)) {
    sh_err_format(&sh_exc_TypeError, "argument should be integer or None, not %T", o);
    return -1;
  }
  return sh_posix_int_arg(o, out);
}

int sh_posix_bool_arg(ShObject *o, bool dflt, bool *out) {
  if (o == NULL) {
    *out = dflt;
    return 0;
  }
  int t = sh_object_is_true(o);
  if (t < 0) return -1;
  *out = t;
  return 0;
}

int sh_posix_path_convert(ShObject *arg, ShPosixPath *p) {
  p->narrow = NULL;
  p->length = 0;
  p->fd = -1;
  p->use_fd = false;
  p->is_bytes = false;
  p->object = arg;
  p->holder = NULL;
  p->encoded = NULL;
  if (arg == NULL || (arg == SH_NONE && p->nullable)) return 0;
  if (p->allow_fd && SH_INT_CHECK(arg)) {
    int fd;
    if (sh_posix_int_arg(arg, &fd) < 0) return -1;
    p->fd = fd;
    p->use_fd = true;
    return 0;
  }
  bool ok_type;
  ShObject *path = fspath_of(arg, &ok_type);
  if (path == NULL) {
    if (!ok_type)
      sh_err_format(&sh_exc_TypeError, "%s: %s should be %s, not %T", p->function, p->argname,
                    p->allow_fd   ? (p->nullable ? "string, bytes, os.PathLike, integer or None"
                                                 : "string, bytes, os.PathLike or integer")
                    : p->nullable ? "string, bytes, os.PathLike or None"
                                  : "string, bytes or os.PathLike",
                    arg);
    return -1;
  }
  p->holder = path;
  /* error messages show the path itself, not the PathLike object */
  if (!SH_STR_CHECK(arg) && !SH_BYTES_CHECK(arg)) p->object = path;
  if (SH_STR_CHECK(path)) {
    intptr_t n;
    const char *s = sh_str_utf8_and_size(path, &n);
    if (s == NULL) {
      /* lone surrogates: the bytes surrogateescape stands for */
      sh_err_clear();
      p->encoded = sh_str_encode(path, "utf-8", "surrogateescape");
      if (p->encoded == NULL) goto fail;
      s = SH_BYTES_DATA(p->encoded);
      n = SH_BYTES_SIZE(p->encoded);
    }
    if ((intptr_t)strlen(s) != n) {
      sh_err_set_string(&sh_exc_ValueError, "embedded null byte");
      goto fail;
    }
    p->narrow = s;
    p->length = n;
  } else {
    p->is_bytes = true;
    p->narrow = SH_BYTES_DATA(path);
    p->length = SH_BYTES_SIZE(path);
    if ((intptr_t)strlen(p->narrow) != p->length) {
      sh_err_format(&sh_exc_ValueError, "%s: embedded null character in %s", p->function,
                    p->argname);
      goto fail;
    }
  }
  return 0;
fail:
  sh_posix_path_release(p);
  return -1;
}

void sh_posix_path_release(ShPosixPath *p) {
  SH_CLEAR(p->holder);
  SH_CLEAR(p->encoded);
}

ShObject *sh_posix_error(int err, ShPosixPath *p1, ShPosixPath *p2) {
  ShObject *args[5];
  args[0] = sh_int_from_i64(err);
  args[1] = sh_str_from_cstr(strerror(err));
  size_t n = 2;
  if (p1 && p1->object) {
    args[2] = p1->object;
    n = 3;
    if (p2 && p2->object) {
      args[3] = SH_NONE;
      args[4] = p2->object;
      n = 5;
    }
  }
  if (args[0] && args[1]) {
    ShObject *exc = sh_exc_new(&sh_exc_OSError, args, n);
    if (exc) {
      sh_err_raise(exc);
      sh_decref(exc);
    }
  }
  sh_xdecref(args[0]);
  sh_xdecref(args[1]);
  return NULL;
}

ShObject *sh_posix_name(const char *s, size_t len, bool as_bytes) {
  if (as_bytes) return sh_bytes_from_data(s, len);
  return sh_bytes_decode(s, len, "utf-8", "surrogateescape");
}

#define PATH_INIT(fn, arg, fd_ok, null_ok)                                                         \
  { .function = (fn), .argname = (arg), .allow_fd = (fd_ok), .nullable = (null_ok) }

/* ----------------------------------------------------------- stat_result */

static ShStructSeqType stat_result_type, terminal_size_type;
/* The three integer times are what index 7..9 give and what repr shows;
   the attributes of those names are the float times (fields 10..12). */
static const char *const stat_result_fields[] = {
    "st_mode",     "st_ino",      "st_dev",     "st_nlink",  "st_uid",   "st_gid",   "st_size",
    "st_atime",    "st_mtime",    "st_ctime",   "st_atime",  "st_mtime", "st_ctime", "st_atime_ns",
    "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
static const char *const terminal_size_fields[] = {"columns", "lines"};

static ShObject *time_ns(struct timespec ts) {
  ShObject *sec = sh_int_from_i64(ts.tv_sec), *billion = sh_int_from_i64(1000000000);
  ShObject *nsec = sh_int_from_i64(ts.tv_nsec);
  ShObject *r = NULL;
  if (sec && billion && nsec) {
    ShObject *prod = sh_number_binary(sec, billion, SH_BINOP_MUL);
    if (prod) {
      r = sh_number_binary(prod, nsec, SH_BINOP_ADD);
      sh_decref(prod);
    }
  }
  sh_xdecref(sec);
  sh_xdecref(billion);
  sh_xdecref(nsec);
  return r;
}

static ShObject *time_float(struct timespec ts) {
  return sh_float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

ShObject *sh_posix_stat_result(const struct stat *st) {
  ShObject *v[] = {sh_int_from_i64(st->st_mode),
                   sh_int_from_u64(st->st_ino),
                   sh_int_from_u64(st->st_dev),
                   sh_int_from_i64((int64_t)st->st_nlink),
                   sh_int_from_i64(st->st_uid),
                   sh_int_from_i64(st->st_gid),
                   sh_int_from_i64(st->st_size),
                   sh_int_from_i64(st->st_atim.tv_sec),
                   sh_int_from_i64(st->st_mtim.tv_sec),
                   sh_int_from_i64(st->st_ctim.tv_sec),
                   time_float(st->st_atim),
                   time_float(st->st_mtim),
                   time_float(st->st_ctim),
                   time_ns(st->st_atim),
                   time_ns(st->st_mtim),
                   time_ns(st->st_ctim),
                   sh_int_from_i64(st->st_blksize),
                   sh_int_from_i64(st->st_blocks),
                   sh_int_from_u64(st->st_rdev)};
  return sh_structseq_make(&stat_result_type, v);
}

/* stat(path, *, dir_fd=None, follow_symlinks=True), lstat, fstat */
static ShObject *do_stat(const char *fname, ShObject *path_o, ShObject *dir_fd_o, bool follow) {
  ShPosixPath p = PATH_INIT(fname, "path", true, false);
  int dir_fd;
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  if (sh_posix_dir_fd_arg(dir_fd_o, &dir_fd) < 0) {
    sh_posix_path_release(&p);
    return NULL;
  }
  struct stat st;
  int rc = p.use_fd ? fstat(p.fd, &st)
                    : fstatat(dir_fd, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  ShObject *r = rc < 0 ? sh_posix_error(errno, &p, NULL) : sh_posix_stat_result(&st);
  sh_posix_path_release(&p);
  return r;
}

static ShObject *posix_stat(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  ShObject *path, *dir_fd, *follow_o;
  if (sh_args_parse("stat", args, nargs, kwnames, "path,|$dir_fd,follow_symlinks", &path, &dir_fd,
                    &follow_o) < 0)
    return NULL;
  bool follow;
  if (sh_posix_bool_arg(follow_o, true, &follow) < 0) return NULL;
  return do_stat("stat", path, dir_fd, follow);
}

static ShObject *posix_lstat(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *path, *dir_fd;
  if (sh_args_parse("lstat", args, nargs, kwnames, "path,|$dir_fd", &path, &dir_fd) < 0)
    return NULL;
  if (SH_INT_CHECK(path))
    return sh_err_format(&sh_exc_TypeError,
                         "lstat: path should be string, bytes or os.PathLike, not int");
  return do_stat("lstat", path, dir_fd, false);
}

static ShObject *posix_fstat(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *fd_o;
  int fd;
  if (sh_args_parse("fstat", args, nargs, kwnames, "fd", &fd_o) < 0) return NULL;
  if (sh_posix_int_arg(fd_o, &fd) < 0) return NULL;
  struct stat st;
  if (fstat(fd, &st) < 0) return sh_posix_error(errno, NULL, NULL);
  return sh_posix_stat_result(&st);
}

/* ------------------------------------------------------ descriptor I/O */

static ShObject *posix_open(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  ShObject *path_o, *flags_o, *mode_o, *dir_fd_o;
  if (sh_args_parse("open", args, nargs, kwnames, "path,flags,|mode,$dir_fd", &path_o, &flags_o,
                    &mode_o, &dir_fd_o) < 0)
    return NULL;
  int flags, mode = 0777, dir_fd;
  if (sh_posix_int_arg(flags_o, &flags) < 0) return NULL;
  if (mode_o && sh_posix_int_arg(mode_o, &mode) < 0) return NULL;
  if (sh_posix_dir_fd_arg(dir_fd_o, &dir_fd) < 0) return NULL;
  ShPosixPath p = PATH_INIT("open", "path", false, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int fd;
  do {
    fd = openat(dir_fd, p.narrow, flags | O_CLOEXEC, mode);
  } while (fd < 0 && errno == EINTR);
  ShObject *r = fd < 0 ? sh_posix_error(errno, &p, NULL) : sh_int_from_i64(fd);
  sh_posix_path_release(&p);
  return r;
}

static int fd_from(ShObject *const *args, size_t nargs, const char *fname, int *fd) {
  if (sh_args_check_count(fname, nargs, 1, 1) < 0) return -1;
  return sh_posix_int_arg(args[0], fd);
}

static ShObject *posix_close(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *fd_o;
  int fd;
  if (sh_args_parse("close", args, nargs, kwnames, "fd", &fd_o) < 0) return NULL;
  if (sh_posix_int_arg(fd_o, &fd) < 0) return NULL;
  if (close(fd) < 0 && errno != EINTR) return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

static ShObject *posix_closerange(ShObject *self, ShObject *const *args, size_t nargs) {
  int lo, hi;
  if (sh_args_check_count("closerange", nargs, 2, 2) < 0) return NULL;
  if (sh_posix_int_arg(args[0], &lo) < 0 || sh_posix_int_arg(args[1], &hi) < 0) return NULL;
  for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++)
    close(fd);
  SH_RETURN_NONE;
}

static ShObject *posix_read(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd;
  if (sh_args_check_count("read", nargs, 2, 2) < 0) return NULL;
  if (sh_posix_int_arg(args[0], &fd) < 0) return NULL;
  intptr_t n = sh_number_as_ssize(args[1], &sh_exc_OverflowError);
  if (n == -1 && sh_err_occurred()) return NULL;
  if (n < 0) return sh_posix_error(EINVAL, NULL, NULL);
  ShObject *b = sh_bytes_new(n);
  if (b == NULL) return NULL;
  ssize_t got;
  int e;
  SH_POSIX_BLOCKING(got, read(fd, SH_BYTES_DATA(b), (size_t)n), e);
  if (got < 0) {
    sh_decref(b);
    return e < 0 ? NULL : sh_posix_error(e, NULL, NULL);
  }
  if (got == n) return b;
  ShObject *r = sh_bytes_from_data(SH_BYTES_DATA(b), (size_t)got);
  sh_decref(b);
  return r;
}

static ShObject *posix_write(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd;
  if (sh_args_check_count("write", nargs, 2, 2) < 0) return NULL;
  if (sh_posix_int_arg(args[0], &fd) < 0) return NULL;
  /* a copy of a bytearray: the write blocks, and a signal handler may run
     Python code between tries */
  ShBytesView v;
  if (sh_bytes_view_stable(args[1], &v) < 0) return NULL;
  ssize_t n;
  int e;
  SH_POSIX_BLOCKING(n, write(fd, v.data, (size_t)v.len), e);
  sh_bytes_view_end(&v);
  if (n < 0) return e < 0 ? NULL : sh_posix_error(e, NULL, NULL);
  return sh_int_from_i64(n);
}

static ShObject *posix_lseek(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd, how;
  if (sh_args_check_count("lseek", nargs, 3, 3) < 0) return NULL;
  if (sh_posix_int_arg(args[0], &fd) < 0) return NULL;
  if (SH_FLOAT_CHECK(args[1])) {
    sh_err_set_string(&sh_exc_TypeError, "'float' object cannot be interpreted as an integer");
    return NULL;
  }
  intptr_t pos = sh_number_as_ssize(args[1], &sh_exc_OverflowError);
  if (pos == -1 && sh_err_occurred()) return NULL;
  if (sh_posix_int_arg(args[2], &how) < 0) return NULL;
  off_t r = lseek(fd, (off_t)pos, how);
  if (r < 0) return sh_posix_error(errno, NULL, NULL);
  return sh_int_from_i64(r);
}

static ShObject *posix_ftruncate(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd;
  if (sh_args_check_count("ftruncate", nargs, 2, 2) < 0) return NULL;
  if (sh_posix_int_arg(args[0], &fd) < 0) return NULL;
  intptr_t len = sh_number_as_ssize(args[1], &sh_exc_OverflowError);
  if (len == -1 && sh_err_occurred()) return NULL;
  if (ftruncate(fd, (off_t)len) < 0) return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

static ShObject *posix_fsync(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *fd_o;
  int fd;
  if (sh_args_parse("fsync", args, nargs, kwnames, "fd", &fd_o) < 0) return NULL;
  ShObject *fileno = NULL;
  if (!SH_INT_CHECK(fd_o)) {
    /* a file object: its fileno() */
    fileno = sh_call_method(fd_o, sh_str_intern_cstr("fileno"), NULL, 0);
    if (fileno == NULL) return NULL;
    fd_o = fileno;
  }
  int rc = sh_posix_int_arg(fd_o, &fd);
  sh_xdecref(fileno);
  if (rc < 0) return NULL;
  if (fsync(fd) < 0) return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

static ShObject *posix_isatty(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd;
  if (fd_from(args, nargs, "posix.isatty", &fd) < 0) return NULL;
  return sh_bool_from(isatty(fd));
}

static ShObject *posix_pipe(ShObject *self) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) < 0) return sh_posix_error(errno, NULL, NULL);
  ShObject *a = sh_int_from_i64(fds[0]), *b = sh_int_from_i64(fds[1]);
  ShObject *r = (a && b) ? sh_tuple_pack(2, a, b) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  return r;
}

static ShObject *posix_dup(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd;
  if (fd_from(args, nargs, "posix.dup", &fd) < 0) return NULL;
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return sh_posix_error(errno, NULL, NULL);
  return sh_int_from_i64(r);
}

static ShObject *posix_dup2(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  ShObject *fd_o, *fd2_o, *inh_o;
  if (sh_args_parse("dup2", args, nargs, kwnames, "fd,fd2,|inheritable", &fd_o, &fd2_o, &inh_o) < 0)
    return NULL;
  int fd, fd2;
  bool inheritable;
  if (sh_posix_int_arg(fd_o, &fd) < 0 || sh_posix_int_arg(fd2_o, &fd2) < 0 ||
      sh_posix_bool_arg(inh_o, true, &inheritable) < 0)
    return NULL;
  int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
  if (r < 0 && !inheritable && errno == EINVAL && fd == fd2) r = fd2;
  if (r < 0) return sh_posix_error(errno, NULL, NULL);
  return sh_int_from_i64(r);
}

static ShObject *posix_get_inheritable(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd;
  if (fd_from(args, nargs, "posix.get_inheritable", &fd) < 0) return NULL;
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return sh_posix_error(errno, NULL, NULL);
  return sh_bool_from(!(flags & FD_CLOEXEC));
}

static ShObject *posix_set_inheritable(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd, on;
  if (sh_args_check_count("set_inheritable", nargs, 2, 2) < 0) return NULL;
  if (sh_posix_int_arg(args[0], &fd) < 0) return NULL;
  if ((on = sh_object_is_true(args[1])) < 0) return NULL;
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0 || fcntl(fd, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0)
    return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

static ShObject *posix_get_blocking(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd;
  if (fd_from(args, nargs, "posix.get_blocking", &fd) < 0) return NULL;
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) return sh_posix_error(errno, NULL, NULL);
  return sh_bool_from(!(flags & O_NONBLOCK));
}

static ShObject *posix_set_blocking(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd, on;
  if (sh_args_check_count("set_blocking", nargs, 2, 2) < 0) return NULL;
  if (sh_posix_int_arg(args[0], &fd) < 0) return NULL;
  if ((on = sh_object_is_true(args[1])) < 0) return NULL;
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, on ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0)
    return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

/* ----------------------------------------------------- names of files */

/* f(path, *, dir_fd=None) calls that only succeed or fail */
static ShObject *path_call(const char *fname, ShObject *const *args, size_t nargs,
                           ShObject *kwnames, int (*call)(int dir_fd, const char *path)) {
  ShObject *path_o, *dir_fd_o;
  if (sh_args_parse(fname, args, nargs, kwnames, "path,|$dir_fd", &path_o, &dir_fd_o) < 0)
    return NULL;
  int dir_fd;
  if (sh_posix_dir_fd_arg(dir_fd_o, &dir_fd) < 0) return NULL;
  ShPosixPath p = PATH_INIT(fname, "path", false, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int rc = call(dir_fd, p.narrow);
  ShObject *r = rc < 0 ? sh_posix_error(errno, &p, NULL) : SH_NONE;
  sh_posix_path_release(&p);
  return r;
}

static int do_unlink(int dir_fd, const char *path) {
  return unlinkat(dir_fd, path, 0);
}
static int do_rmdir(int dir_fd, const char *path) {
  return unlinkat(dir_fd, path, AT_REMOVEDIR);
}

static ShObject *posix_remove(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  return path_call("remove", args, nargs, kwnames, do_unlink);
}
static ShObject *posix_unlink(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  return path_call("unlink", args, nargs, kwnames, do_unlink);
}
static ShObject *posix_rmdir(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  return path_call("rmdir", args, nargs, kwnames, do_rmdir);
}

/* Two-path calls: rename, replace, link. */
static ShObject *two_paths(const char *fname, ShObject *const *args, size_t nargs,
                           ShObject *kwnames, int which) {
  ShObject *src_o, *dst_o, *sfd_o, *dfd_o, *follow_o = NULL;
  int rc;
  if (which == 2)
    rc = sh_args_parse(fname, args, nargs, kwnames,
                       "src,dst,|$src_dir_fd,dst_dir_fd,follow_symlinks", &src_o, &dst_o, &sfd_o,
                       &dfd_o, &follow_o);
  else
    rc = sh_args_parse(fname, args, nargs, kwnames, "src,dst,|$src_dir_fd,dst_dir_fd", &src_o,
                       &dst_o, &sfd_o, &dfd_o);
  if (rc < 0) return NULL;
  int sfd, dfd;
  bool follow;
  if (sh_posix_dir_fd_arg(sfd_o, &sfd) < 0 || sh_posix_dir_fd_arg(dfd_o, &dfd) < 0 ||
      sh_posix_bool_arg(follow_o, true, &follow) < 0)
    return NULL;
  ShPosixPath src = PATH_INIT(fname, "src", false, false);
  ShPosixPath dst = PATH_INIT(fname, "dst", false, false);
  if (sh_posix_path_convert(src_o, &src) < 0) return NULL;
  if (sh_posix_path_convert(dst_o, &dst) < 0) {
    sh_posix_path_release(&src);
    return NULL;
  }
  ShObject *r = SH_NONE;
  if (src.is_bytes != dst.is_bytes) {
    sh_err_format(&sh_exc_ValueError, "%s: src and dst must be the same type", fname);
    r = NULL;
  } else {
    if (which == 2)
      rc = linkat(sfd, src.narrow, dfd, dst.narrow, follow ? AT_SYMLINK_FOLLOW : 0);
    else
      rc = renameat(sfd, src.narrow, dfd, dst.narrow);
    if (rc < 0) r = sh_posix_error(errno, &src, &dst);
  }
  sh_posix_path_release(&src);
  sh_posix_path_release(&dst);
  return r;
}

static ShObject *posix_rename(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  return two_paths("rename", args, nargs, kwnames, 0);
}
static ShObject *posix_replace(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  return two_paths("replace", args, nargs, kwnames, 1);
}
static ShObject *posix_link(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  return two_paths("link", args, nargs, kwnames, 2);
}

static ShObject *posix_symlink(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  ShObject *src_o, *dst_o, *isdir_o, *dfd_o;
  if (sh_args_parse("symlink", args, nargs, kwnames, "src,dst,|target_is_directory,$dir_fd", &src_o,
                    &dst_o, &isdir_o, &dfd_o) < 0)
    return NULL;
  int dfd;
  if (sh_posix_dir_fd_arg(dfd_o, &dfd) < 0) return NULL;
  ShPosixPath src = PATH_INIT("symlink", "src", false, false);
  ShPosixPath dst = PATH_INIT("symlink", "dst", false, false);
  if (sh_posix_path_convert(src_o, &src) < 0) return NULL;
  if (sh_posix_path_convert(dst_o, &dst) < 0) {
    sh_posix_path_release(&src);
    return NULL;
  }
  ShObject *r =
      symlinkat(src.narrow, dfd, dst.narrow) < 0 ? sh_posix_error(errno, &src, &dst) : SH_NONE;
  sh_posix_path_release(&src);
  sh_posix_path_release(&dst);
  return r;
}

static ShObject *posix_readlink(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  ShObject *path_o, *dfd_o;
  if (sh_args_parse("readlink", args, nargs, kwnames, "path,|$dir_fd", &path_o, &dfd_o) < 0)
    return NULL;
  int dfd;
  if (sh_posix_dir_fd_arg(dfd_o, &dfd) < 0) return NULL;
  ShPosixPath p = PATH_INIT("readlink", "path", false, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  ShObject *r = NULL;
  for (size_t size = 256;; size *= 2) {
    char *buf = sh_mem_alloc(size);
    if (buf == NULL) {
      sh_err_no_memory();
      break;
    }
    ssize_t n = readlinkat(dfd, p.narrow, buf, size);
    if (n < 0) {
      int e = errno;
      sh_mem_free(buf);
      sh_posix_error(e, &p, NULL);
      break;
    }
    if ((size_t)n < size) {
      r = sh_posix_name(buf, (size_t)n, p.is_bytes);
      sh_mem_free(buf);
      break;
    }
    sh_mem_free(buf);
  }
  sh_posix_path_release(&p);
  return r;
}

static ShObject *posix_mkdir(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *path_o, *mode_o, *dfd_o;
  if (sh_args_parse("mkdir", args, nargs, kwnames, "path,|mode,$dir_fd", &path_o, &mode_o, &dfd_o) <
      0)
    return NULL;
  int mode = 0777, dfd;
  if (mode_o && sh_posix_int_arg(mode_o, &mode) < 0) return NULL;
  if (sh_posix_dir_fd_arg(dfd_o, &dfd) < 0) return NULL;
  ShPosixPath p = PATH_INIT("mkdir", "path", false, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  ShObject *r =
      mkdirat(dfd, p.narrow, (mode_t)mode) < 0 ? sh_posix_error(errno, &p, NULL) : SH_NONE;
  sh_posix_path_release(&p);
  return r;
}

static ShObject *posix_access(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *path_o, *mode_o, *dfd_o, *eff_o, *follow_o;
  if (sh_args_parse("access", args, nargs, kwnames,
                    "path,mode,|$dir_fd,effective_ids,follow_symlinks", &path_o, &mode_o, &dfd_o,
                    &eff_o, &follow_o) < 0)
    return NULL;
  int mode, dfd;
  bool eff, follow;
  if (sh_posix_int_arg(mode_o, &mode) < 0 || sh_posix_dir_fd_arg(dfd_o, &dfd) < 0 ||
      sh_posix_bool_arg(eff_o, false, &eff) < 0 || sh_posix_bool_arg(follow_o, true, &follow) < 0)
    return NULL;
  ShPosixPath p = PATH_INIT("access", "path", false, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int flags = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  int rc = faccessat(dfd, p.narrow, mode, flags);
  sh_posix_path_release(&p);
  return sh_bool_from(rc == 0);
}

static ShObject *posix_chmod(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *path_o, *mode_o, *dfd_o, *follow_o;
  if (sh_args_parse("chmod", args, nargs, kwnames, "path,mode,|$dir_fd,follow_symlinks", &path_o,
                    &mode_o, &dfd_o, &follow_o) < 0)
    return NULL;
  int mode, dfd;
  bool follow;
  if (sh_posix_int_arg(mode_o, &mode) < 0 || sh_posix_dir_fd_arg(dfd_o, &dfd) < 0 ||
      sh_posix_bool_arg(follow_o, true, &follow) < 0)
    return NULL;
  ShPosixPath p = PATH_INIT("chmod", "path", true, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int rc = p.use_fd ? fchmod(p.fd, (mode_t)mode)
                    : fchmodat(dfd, p.narrow, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  ShObject *r = rc < 0 ? sh_posix_error(errno, &p, NULL) : SH_NONE;
  sh_posix_path_release(&p);
  return r;
}

static ShObject *posix_chown(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *path_o, *uid_o, *gid_o, *dfd_o, *follow_o;
  if (sh_args_parse("chown", args, nargs, kwnames, "path,uid,gid,|$dir_fd,follow_symlinks", &path_o,
                    &uid_o, &gid_o, &dfd_o, &follow_o) < 0)
    return NULL;
  int uid, gid, dfd;
  bool follow;
  if (sh_posix_int_arg(uid_o, &uid) < 0 || sh_posix_int_arg(gid_o, &gid) < 0 ||
      sh_posix_dir_fd_arg(dfd_o, &dfd) < 0 || sh_posix_bool_arg(follow_o, true, &follow) < 0)
    return NULL;
  ShPosixPath p = PATH_INIT("chown", "path", true, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int rc = p.use_fd
               ? fchown(p.fd, (uid_t)uid, (gid_t)gid)
               : fchownat(dfd, p.narrow, (uid_t)uid, (gid_t)gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  ShObject *r = rc < 0 ? sh_posix_error(errno, &p, NULL) : SH_NONE;
  sh_posix_path_release(&p);
  return r;
}

/* A (seconds) time argument of utime: int or float. */
static int timespec_from_seconds(ShObject *o, struct timespec *ts) {
  if (SH_FLOAT_CHECK(o)) {
    double d = SH_FLOAT_VALUE(o);
    if (!isfinite(d)) {
      sh_err_set_string(&sh_exc_ValueError, "Invalid value NaN (not a number)");
      return -1;
    }
    double whole = floor(d);
    ts->tv_sec = (time_t)whole;
    ts->tv_nsec = (long)round((d - whole) * 1e9);
    if (ts->tv_nsec >= 1000000000) {
      ts->tv_sec++;
      ts->tv_nsec -= 1000000000;
    }
    return 0;
  }
  intptr_t v = sh_number_as_ssize(o, &sh_exc_OverflowError);
  if (v == -1 && sh_err_occurred()) return -1;
  ts->tv_sec = (time_t)v;
  ts->tv_nsec = 0;
  return 0;
}

static int timespec_from_ns(ShObject *o, struct timespec *ts) {
  ShObject *billion = sh_int_from_i64(1000000000);
  ShObject *qr = billion ? sh_number_binary(o, billion, SH_BINOP_DIVMOD) : NULL;
  sh_xdecref(billion);
  if (qr == NULL) return -1;
  bool ovf1 = false, ovf2 = false;
  int64_t q = SH_INT_CHECK(SH_TUPLE_GET(qr, 0)) ? sh_int_as_i64(SH_TUPLE_GET(qr, 0), &ovf1) : 0;
  int64_t r = SH_INT_CHECK(SH_TUPLE_GET(qr, 1)) ? sh_int_as_i64(SH_TUPLE_GET(qr, 1), &ovf2) : 0;
  sh_decref(qr);
  if (ovf1 || ovf2) {
    sh_err_set_string(&sh_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return -1;
  }
  ts->tv_sec = (time_t)q;
  ts->tv_nsec = (long)r;
  return 0;
}

static bool is_pair(ShObject *o) {
  return o && SH_TUPLE_CHECK(o) && SH_TUPLE_SIZE(o) == 2;
}

static ShObject *posix_utime(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *path_o, *times, *ns, *dfd_o, *follow_o;
  if (sh_args_parse("utime", args, nargs, kwnames, "path,|times,$ns,dir_fd,follow_symlinks",
                    &path_o, &times, &ns, &dfd_o, &follow_o) < 0)
    return NULL;
  if (times == SH_NONE) times = NULL;
  if (times && ns) {
    sh_err_set_string(&sh_exc_ValueError,
                      "utime: you may specify either 'times' or 'ns' but not both");
    return NULL;
  }
  struct timespec ts[2];
  struct timespec *tsp = NULL;
  if (times) {
    if (!is_pair(times)) {
      sh_err_set_string(&sh_exc_TypeError,
                        "utime: 'times' must be either a tuple of two ints or None");
      return NULL;
    }
    if (timespec_from_seconds(SH_TUPLE_GET(times, 0), &ts[0]) < 0 ||
        timespec_from_seconds(SH_TUPLE_GET(times, 1), &ts[1]) < 0)
      return NULL;
    tsp = ts;
  } else if (ns) {
    if (!is_pair(ns)) {
      sh_err_set_string(&sh_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
      return NULL;
    }
    if (timespec_from_ns(SH_TUPLE_GET(ns, 0), &ts[0]) < 0 ||
        timespec_from_ns(SH_TUPLE_GET(ns, 1), &ts[1]) < 0)
      return NULL;
    tsp = ts;
  }
  int dfd;
  bool follow;
  if (sh_posix_dir_fd_arg(dfd_o, &dfd) < 0 || sh_posix_bool_arg(follow_o, true, &follow) < 0)
    return NULL;
  ShPosixPath p = PATH_INIT("utime", "path", true, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int rc = p.use_fd ? futimens(p.fd, tsp)
                    : utimensat(dfd, p.narrow, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  /* CPython 3.11 names no file in utime's errors */
  ShObject *r = rc < 0 ? sh_posix_error(errno, NULL, NULL) : SH_NONE;
  sh_posix_path_release(&p);
  return r;
}

static ShObject *posix_truncate(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  ShObject *path_o, *len_o;
  if (sh_args_parse("truncate", args, nargs, kwnames, "path,length", &path_o, &len_o) < 0)
    return NULL;
  intptr_t len = sh_number_as_ssize(len_o, &sh_exc_OverflowError);
  if (len == -1 && sh_err_occurred()) return NULL;
  ShPosixPath p = PATH_INIT("truncate", "path", true, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int rc = p.use_fd ? ftruncate(p.fd, (off_t)len) : truncate(p.narrow, (off_t)len);
  ShObject *r = rc < 0 ? sh_posix_error(errno, &p, NULL) : SH_NONE;
  sh_posix_path_release(&p);
  return r;
}

/* ------------------------------------------------- working directory */

static ShObject *cwd(bool as_bytes) {
  for (size_t size = 1024;; size *= 2) {
    char *buf = sh_mem_alloc(size);
    if (buf == NULL) return sh_err_no_memory();
    if (getcwd(buf, size)) {
      ShObject *r = sh_posix_name(buf, strlen(buf), as_bytes);
      sh_mem_free(buf);
      return r;
    }
    int e = errno;
    sh_mem_free(buf);
    if (e != ERANGE) return sh_posix_error(e, NULL, NULL);
  }
}

static ShObject *posix_getcwd(ShObject *self) {
  return cwd(false);
}
static ShObject *posix_getcwdb(ShObject *self) {
  return cwd(true);
}

static ShObject *posix_chdir(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *path_o;
  if (sh_args_parse("chdir", args, nargs, kwnames, "path", &path_o) < 0) return NULL;
  ShPosixPath p = PATH_INIT("chdir", "path", true, false);
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  int rc = p.use_fd ? fchdir(p.fd) : chdir(p.narrow);
  ShObject *r = rc < 0 ? sh_posix_error(errno, &p, NULL) : SH_NONE;
  sh_posix_path_release(&p);
  return r;
}

static ShObject *posix_fchdir(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *fd_o;
  int fd;
  if (sh_args_parse("fchdir", args, nargs, kwnames, "fd", &fd_o) < 0) return NULL;
  if (sh_posix_int_arg(fd_o, &fd) < 0) return NULL;
  if (fchdir(fd) < 0) return sh_posix_error(errno, NULL, NULL);
  SH_RETURN_NONE;
}

static ShObject *posix_umask(ShObject *self, ShObject *const *args, size_t nargs) {
  int mask;
  if (fd_from(args, nargs, "posix.umask", &mask) < 0) return NULL;
  return sh_int_from_i64(umask((mode_t)mask));
}

/* fspath(path): str and bytes as they are, else __fspath__() */
static ShObject *posix_fspath(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  ShObject *path;
  if (sh_args_parse("fspath", args, nargs, kwnames, "path", &path) < 0) return NULL;
  bool ok_type;
  ShObject *r = fspath_of(path, &ok_type);
  if (r == NULL && !ok_type)
    sh_err_format(&sh_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", path);
  return r;
}

static ShObject *posix_get_terminal_size(ShObject *self, ShObject *const *args, size_t nargs);

static ShMethodDef posix_file_methods[] = {
    {"stat", (void *)posix_stat, SH_METH_FASTKW, NULL},
    {"lstat", (void *)posix_lstat, SH_METH_FASTKW, NULL},
    {"fstat", (void *)posix_fstat, SH_METH_FASTKW, NULL},
    {"open", (void *)posix_open, SH_METH_FASTKW, NULL},
    {"close", (void *)posix_close, SH_METH_FASTKW, NULL},
    {"closerange", (void *)posix_closerange, SH_METH_FAST, NULL},
    {"read", (void *)posix_read, SH_METH_FAST, NULL},
    {"write", (void *)posix_write, SH_METH_FAST, NULL},
    {"lseek", (void *)posix_lseek, SH_METH_FAST, NULL},
    {"ftruncate", (void *)posix_ftruncate, SH_METH_FAST, NULL},
    {"truncate", (void *)posix_truncate, SH_METH_FASTKW, NULL},
    {"fsync", (void *)posix_fsync, SH_METH_FASTKW, NULL},
    {"isatty", (void *)posix_isatty, SH_METH_FAST, NULL},
    {"pipe", (void *)posix_pipe, SH_METH_NOARGS, NULL},
    {"dup", (void *)posix_dup, SH_METH_FAST, NULL},
    {"dup2", (void *)posix_dup2, SH_METH_FASTKW, NULL},
    {"get_inheritable", (void *)posix_get_inheritable, SH_METH_FAST, NULL},
    {"set_inheritable", (void *)posix_set_inheritable, SH_METH_FAST, NULL},
    {"get_blocking", (void *)posix_get_blocking, SH_METH_FAST, NULL},
    {"set_blocking", (void *)posix_set_blocking, SH_METH_FAST, NULL},
    {"remove", (void *)posix_remove, SH_METH_FASTKW, NULL},
    {"unlink", (void *)posix_unlink, SH_METH_FASTKW, NULL},
    {"rmdir", (void *)posix_rmdir, SH_METH_FASTKW, NULL},
    {"rename", (void *)posix_rename, SH_METH_FASTKW, NULL},
    {"replace", (void *)posix_replace, SH_METH_FASTKW, NULL},
    {"link", (void *)posix_link, SH_METH_FASTKW, NULL},
    {"symlink", (void *)posix_symlink, SH_METH_FASTKW, NULL},
    {"readlink", (void *)posix_readlink, SH_METH_FASTKW, NULL},
    {"mkdir", (void *)posix_mkdir, SH_METH_FASTKW, NULL},
    {"access", (void *)posix_access, SH_METH_FASTKW, NULL},
    {"chmod", (void *)posix_chmod, SH_METH_FASTKW, NULL},
    {"chown", (void *)posix_chown, SH_METH_FASTKW, NULL},
    {"utime", (void *)posix_utime, SH_METH_FASTKW, NULL},
    {"getcwd", (void *)posix_getcwd, SH_METH_NOARGS, NULL},
    {"getcwdb", (void *)posix_getcwdb, SH_METH_NOARGS, NULL},
    {"chdir", (void *)posix_chdir, SH_METH_FASTKW, NULL},
    {"fchdir", (void *)posix_fchdir, SH_METH_FASTKW, NULL},
    {"umask", (void *)posix_umask, SH_METH_FAST, NULL},
    {"fspath", (void *)posix_fspath, SH_METH_FASTKW, NULL},
    {"get_terminal_size", (void *)posix_get_terminal_size, SH_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------ terminal size */

#include <sys/ioctl.h>

static ShObject *posix_get_terminal_size(ShObject *self, ShObject *const *args, size_t nargs) {
  int fd = STDOUT_FILENO;
  if (sh_args_check_count("get_terminal_size", nargs, 0, 1) < 0) return NULL;
  if (nargs && sh_posix_int_arg(args[0], &fd) < 0) return NULL;
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0) return sh_posix_error(errno, NULL, NULL);
  ShObject *v[] = {sh_int_from_i64(w.ws_col), sh_int_from_i64(w.ws_row)};
  return sh_structseq_make(&terminal_size_type, v);
}

/* ------------------------------------------------------------ the module */

static const struct {
  const char *name;
  long value;
} file_constants[] = {
    {"F_OK", F_OK},
    {"R_OK", R_OK},
    {"W_OK", W_OK},
    {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET},
    {"SEEK_CUR", SEEK_CUR},
    {"SEEK_END", SEEK_END},
    {"SEEK_DATA", SEEK_DATA},
    {"SEEK_HOLE", SEEK_HOLE},
    {"O_RDONLY", O_RDONLY},
    {"O_WRONLY", O_WRONLY},
    {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},
    {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY},
    {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC},
    {"O_NOCTTY", O_NOCTTY},
    {"O_CLOEXEC", O_CLOEXEC},
    {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_ACCMODE", O_ACCMODE},
    {"O_ASYNC", O_ASYNC},
    {"O_NOATIME", O_NOATIME},
    {"O_PATH", O_PATH},
    {"O_TMPFILE", O_TMPFILE},
    {"O_LARGEFILE", 0},
};

ShObject *sh_module_init_posix(void) {
  static bool types_ready;
  if (!types_ready) {
    if (sh_structseq_init_type(&stat_result_type, "os.stat_result", stat_result_fields, 19, 10,
                               true) < 0 ||
        sh_structseq_init_type(&terminal_size_type, "os.terminal_size", terminal_size_fields, 2, 2,
                               true) < 0)
      return NULL;
    /* the attributes st_atime... are the float fields */
    ShType *ty = &stat_result_type.type;
    for (int i = 10; i < 13; i++) {
      ShObject *d = sh_descr_new_getset(ty, &stat_result_type.getset[i]);
      if (d == NULL || sh_dict_set_str(ty->dict, stat_result_fields[i], d) < 0) {
        sh_xdecref(d);
        return NULL;
      }
      sh_decref(d);
    }
    ShObject *three = sh_int_from_i64(3);
    if (three == NULL || sh_dict_set_str(ty->dict, "n_unnamed_fields", three) < 0) return NULL;
    sh_type_modified(ty);
    types_ready = true;
  }
  ShObject *m = sh_module_new("posix");
  if (m == NULL) return NULL;
  if (sh_module_add_functions(m, posix_file_methods) < 0) goto fail;
  for (size_t i = 0; i < sizeof file_constants / sizeof *file_constants; i++)
    if (sh_module_add_int(m, file_constants[i].name, file_constants[i].value) < 0) goto fail;
  if (sh_module_add_object(m, "stat_result", sh_newref(SH_OBJ(&stat_result_type.type))) < 0 ||
      sh_module_add_object(m, "terminal_size", sh_newref(SH_OBJ(&terminal_size_type.type))) < 0)
    goto fail;
  if (sh_posix_dir_init(m) < 0 || sh_posix_proc_init(m) < 0) goto fail;
  return m;
fail:
  sh_decref(m);
  return NULL;
}
