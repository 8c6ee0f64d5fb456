/* What the parts of the posix module share: path and descriptor argument
   conversion, errors carrying file names, and the stat_result maker. */
#ifndef SHOAL_POSIX_INTERNAL_H
#define SHOAL_POSIX_INTERNAL_H

#include "../runtime/object.h"

#include <stdbool.h>
#include <sys/stat.h>

/* A path argument: str, bytes or os.PathLike (and an int descriptor where
   `allow_fd`, None where `nullable`). Fill the first four fields, call
   sh_posix_path_convert, use `narrow` (or `fd` when `use_fd`), then
   sh_posix_path_release. */
typedef struct ShPosixPath {
  const char *function; /* for messages: "stat" */
  const char *argname;  /* "path", "src", ... */
  bool allow_fd, nullable;
  /* results */
  const char *narrow; /* NUL-terminated file system name; NULL for an fd or None */
  intptr_t length;
  int fd; /* the descriptor given, when use_fd */
  bool use_fd;
  bool is_bytes;     /* results built from this path come back as bytes */
  ShObject *object;  /* the argument as given (borrowed), for error messages */
  ShObject *holder;  /* the str or bytes path (owned) */
  ShObject *encoded; /* bytes of a str holding surrogates (owned), or NULL */
} ShPosixPath;

int sh_posix_path_convert(ShObject *arg, ShPosixPath *p);
void sh_posix_path_release(ShPosixPath *p);

/* An int argument (via __index__) that fits a C int. */
int sh_posix_int_arg(ShObject *o, int *out);
/* dir_fd=None (AT_FDCWD) or an int. */
int sh_posix_dir_fd_arg(ShObject *o, int *out);
/* Truth of an optional flag argument (NULL gives `dflt`). */
int sh_posix_bool_arg(ShObject *o, bool dflt, bool *out);

/* Raises the OSError subclass for `err` (an errno value) naming the path
   arguments given (NULL, one or two); always returns NULL. */
ShObject *sh_posix_error(int err, ShPosixPath *p1, ShPosixPath *p2);

/* A str decoded from the file system encoding (UTF-8, surrogateescape),
   or bytes when `as_bytes`. */
ShObject *sh_posix_name(const char *s, size_t len, bool as_bytes);

/* os.stat_result from a struct stat. */
ShObject *sh_posix_stat_result(const struct stat *st);

/* posix_dir.c: listdir, scandir and DirEntry; module part added to `m`. */
int sh_posix_dir_init(ShObject *m);
/* posix_proc.c: processes, environment and system information. */
int sh_posix_proc_init(ShObject *m);

/* Runs a blocking system call, `res = call`, with the thread detached (a
   thread blocked in it holds up nobody), again after EINTR unless that
   was Ctrl-C. Afterwards `err` is the call's errno, or -1 when
   KeyboardInterrupt is set (sh_signal_interrupted, vm/eval.h). */
#define SH_POSIX_BLOCKING(res, call, err)                                                          \
  for (;;) {                                                                                       \
    SH_BEGIN_BLOCKING();                                                                           \
    (res) = (call);                                                                                \
    (err) = errno;                                                                                 \
    SH_END_BLOCKING();                                                                             \
    if ((res) >= 0 || (err) != EINTR) break;                                                       \
    if (sh_signal_interrupted() < 0) {                                                             \
      (err) = -1;                                                                                  \
      break;                                                                                       \
    }                                                                                              \
  }

#endif
