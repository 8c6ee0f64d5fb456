/* Reading directories for the posix module: listdir, and scandir with its
   iterator and DirEntry objects (which cache what readdir told them). */
#define _GNU_SOURCE /* pipe2, dup3, O_PATH, SEEK_DATA... */
#include "posix_internal.h"
#include "../shoal.h"
#include "../objects/container_util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

static bool is_dot_or_dotdot(const char *n) {
  return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

/* Opens the directory a path argument names; a descriptor is duplicated
   so that closedir leaves the caller's open. */
static DIR *open_dir(ShPosixPath *p) {
  if (p->use_fd) {
    int fd = fcntl(p->fd, F_DUPFD_CLOEXEC, 0);
    if (fd < 0) return NULL;
    DIR *d = fdopendir(fd);
    if (d == NULL) {
      int e = errno;
      close(fd);
      errno = e;
      return NULL;
    }
    rewinddir(d);
    return d;
  }
  return opendir(p->narrow ? p->narrow : ".");
}

/* ---------------------------------------------------------------- listdir */

static ShObject *posix_listdir(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  ShObject *path_o = NULL;
  if (sh_args_parse("listdir", args, nargs, kwnames, "|path", &path_o) < 0) return NULL;
  ShPosixPath p = {.function = "listdir", .argname = "path", .allow_fd = true, .nullable = true};
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  ShObject *list = NULL;
  DIR *d = open_dir(&p);
  if (d == NULL) {
    int e = errno;
    if (p.use_fd) {
      sh_posix_error(e, NULL, NULL);
    } else if (p.object == NULL || p.object == SH_NONE) {
      ShObject *dot = sh_str_from_cstr(".");
      if (dot) {
        ShPosixPath q = {.object = dot};
        sh_posix_error(e, &q, NULL);
        sh_decref(dot);
      }
    } else {
      sh_posix_error(e, &p, NULL);
    }
    goto done;
  }
  list = sh_list_new(0);
  if (list == NULL) goto close;
  for (;;) {
    errno = 0;
    struct dirent *ent = readdir(d);
    if (ent == NULL) {
      if (errno) {
        SH_CLEAR(list);
        sh_posix_error(errno, &p, NULL);
      }
      break;
    }
    if (is_dot_or_dotdot(ent->d_name)) continue;
    ShObject *name = sh_posix_name(ent->d_name, strlen(ent->d_name), p.is_bytes);
    if (name == NULL || sh_list_append(list, name) < 0) {
      sh_xdecref(name);
      SH_CLEAR(list);
      break;
    }
    sh_decref(name);
  }
close:
  closedir(d);
done:
  sh_posix_path_release(&p);
  return list;
}

/* --------------------------------------------------------------- DirEntry */

typedef struct {
  ShObject ob;
  ShObject *name, *path;  /* str or bytes */
  ShObject *stat, *lstat; /* cached stat_result, NULL until asked for */
  unsigned char d_type;
  ino_t ino;
  int dir_fd; /* scandir(fd): names are relative to it; else -1 */
} DirEntry;

static ShType dir_entry_type, scandir_iter_type;

static void dir_entry_dealloc(ShObject *o) {
  DirEntry *e = (DirEntry *)o;
  sh_xdecref(e->name);
  sh_xdecref(e->path);
  sh_xdecref(e->stat);
  sh_xdecref(e->lstat);
  sh_object_free(o);
}

static ShObject *dir_entry_repr(ShObject *o) {
  return sh_str_from_format("<DirEntry %R>", ((DirEntry *)o)->name);
}

static ShObject *entry_get_name(ShObject *o, void *closure) {
  return sh_newref(((DirEntry *)o)->name);
}
static ShObject *entry_get_path(ShObject *o, void *closure) {
  return sh_newref(((DirEntry *)o)->path);
}

/* stat or lstat of the entry, uncached; raises with the entry's path */
static ShObject *entry_fetch_stat(DirEntry *e, bool follow) {
  const char *target;
  if (e->dir_fd >= 0)
    target = SH_BYTES_CHECK(e->name) ? SH_BYTES_DATA(e->name) : sh_str_utf8(e->name);
  else
    target = SH_BYTES_CHECK(e->path) ? SH_BYTES_DATA(e->path) : sh_str_utf8(e->path);
  ShObject *encoded = NULL;
  if (target == NULL) {
    sh_err_clear();
    encoded = sh_str_encode(e->dir_fd >= 0 ? e->name : e->path, "utf-8", "surrogateescape");
    if (encoded == NULL) return NULL;
    target = SH_BYTES_DATA(encoded);
  }
  struct stat st;
  int rc =
      fstatat(e->dir_fd >= 0 ? e->dir_fd : AT_FDCWD, target, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  int err = errno;
  sh_xdecref(encoded);
  if (rc < 0) {
    ShPosixPath p = {.object = e->path};
    return sh_posix_error(err, &p, NULL);
  }
  return sh_posix_stat_result(&st);
}

static ShObject *entry_lstat(DirEntry *e) {
  if (e->lstat == NULL) {
    e->lstat = entry_fetch_stat(e, false);
    if (e->lstat == NULL) return NULL;
  }
  return sh_newref(e->lstat);
}

static int entry_is_symlink(DirEntry *e) {
  if (e->d_type != DT_UNKNOWN) return e->d_type == DT_LNK;
  ShObject *st = entry_lstat(e);
  if (st == NULL) {
    if (sh_err_matches(&sh_exc_FileNotFoundError)) {
      sh_err_clear();
      return 0;
    }
    return -1;
  }
  int64_t mode = SH_INT_SMALL_VALUE(SH_TUPLE_GET(st, 0));
  sh_decref(st);
  return S_ISLNK(mode);
}

static ShObject *entry_stat(DirEntry *e, bool follow) {
  if (!follow) return entry_lstat(e);
  if (e->stat == NULL) {
    int link = entry_is_symlink(e);
    if (link < 0) return NULL;
    e->stat = link ? entry_fetch_stat(e, true) : entry_lstat(e);
    if (e->stat == NULL) return NULL;
  }
  return sh_newref(e->stat);
}

/* is_dir / is_file: from d_type when that answers, else from stat; a
   vanished file is neither. */
static int entry_test_mode(DirEntry *e, bool follow, mode_t want) {
  if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK))
    return want == S_IFDIR ? e->d_type == DT_DIR : e->d_type == DT_REG;
  ShObject *st = entry_stat(e, follow);
  if (st == NULL) {
    if (sh_err_matches(&sh_exc_FileNotFoundError)) {
      sh_err_clear();
      return 0;
    }
    return -1;
  }
  int64_t mode = SH_INT_SMALL_VALUE(SH_TUPLE_GET(st, 0));
  sh_decref(st);
  return (mode & S_IFMT) == want;
}

static int follow_kw(const char *fname, ShObject *const *args, size_t nargs, ShObject *kwnames,
                     bool *follow) {
  ShObject *f;
  if (sh_args_parse(fname, args, nargs, kwnames, "$follow_symlinks", &f) < 0) return -1;
  return sh_posix_bool_arg(f, true, follow);
}

static ShObject *entry_is_dir_m(ShObject *o, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  bool follow;
  if (follow_kw("is_dir", args, nargs, kwnames, &follow) < 0) return NULL;
  int r = entry_test_mode((DirEntry *)o, follow, S_IFDIR);
  return r < 0 ? NULL : sh_bool_from(r);
}

static ShObject *entry_is_file_m(ShObject *o, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  bool follow;
  if (follow_kw("is_file", args, nargs, kwnames, &follow) < 0) return NULL;
  int r = entry_test_mode((DirEntry *)o, follow, S_IFREG);
  return r < 0 ? NULL : sh_bool_from(r);
}

static ShObject *entry_is_symlink_m(ShObject *o) {
  int r = entry_is_symlink((DirEntry *)o);
  return r < 0 ? NULL : sh_bool_from(r);
}

static ShObject *entry_stat_m(ShObject *o, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  bool follow;
  if (follow_kw("stat", args, nargs, kwnames, &follow) < 0) return NULL;
  return entry_stat((DirEntry *)o, follow);
}

static ShObject *entry_inode(ShObject *o) {
  return sh_int_from_u64(((DirEntry *)o)->ino);
}

static ShObject *entry_fspath(ShObject *o) {
  return sh_newref(((DirEntry *)o)->path);
}

static ShMethodDef dir_entry_methods[] = {
    {"is_dir", (void *)entry_is_dir_m, SH_METH_FASTKW, NULL},
    {"is_file", (void *)entry_is_file_m, SH_METH_FASTKW, NULL},
    {"is_symlink", (void *)entry_is_symlink_m, SH_METH_NOARGS, NULL},
    {"stat", (void *)entry_stat_m, SH_METH_FASTKW, NULL},
    {"inode", (void *)entry_inode, SH_METH_NOARGS, NULL},
    {"__fspath__", (void *)entry_fspath, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static ShGetSetDef dir_entry_getset[] = {
    {"name", entry_get_name, NULL, NULL, NULL},
    {"path", entry_get_path, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static ShType dir_entry_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "posix.DirEntry",
    .basicsize = sizeof(DirEntry),
    .dealloc = dir_entry_dealloc,
    .repr = dir_entry_repr,
    .methods = dir_entry_methods,
    .getset = dir_entry_getset,
};

/* -------------------------------------------------------- ScandirIterator */

/* Threads may share an iterator: `dir` and the entry readdir returns
   (which the next readdir overwrites) are used only under the iterator's
   mutex, which is released before anything is allocated; the entry is
   copied out first. */
typedef struct {
  ShObject ob;
  DIR *dir;       /* NULL once closed */
  ShObject *path; /* the directory as given (str or bytes); NULL for a descriptor */
  bool is_bytes;
  int dir_fd; /* for scandir(fd), else -1 */
} ScandirIter;

/* Takes the DIR out of the iterator (lock held). */
static DIR *take_dir_locked(ScandirIter *it) {
  DIR *d = it->dir;
  it->dir = NULL;
  return d;
}

static void scandir_close(ScandirIter *it) {
  sh_object_lock(SH_OBJ(it));
  DIR *d = take_dir_locked(it);
  sh_object_unlock(SH_OBJ(it));
  if (d) closedir(d);
}

static void scandir_dealloc(ShObject *o) {
  ScandirIter *it = (ScandirIter *)o;
  scandir_close(it);
  sh_xdecref(it->path);
  sh_object_free(o);
}

/* directory + "/" + name, as str or bytes like the directory */
static ShObject *join_path(ScandirIter *it, const char *name, size_t nlen) {
  if (it->path == NULL) return sh_posix_name(name, nlen, it->is_bytes);
  ShObject *n = sh_posix_name(name, nlen, it->is_bytes);
  if (n == NULL) return NULL;
  ShObject *r;
  if (it->is_bytes) {
    size_t dlen = (size_t)SH_BYTES_SIZE(it->path); /* sizes are never negative */
    const char *dir = SH_BYTES_DATA(it->path);
    bool slash = dlen > 0 && dir[dlen - 1] != '/';
    r = sh_bytes_new((intptr_t)(dlen + slash + nlen));
    if (r) {
      memcpy(SH_BYTES_DATA(r), dir, dlen);
      if (slash) SH_BYTES_DATA(r)[dlen] = '/';
      memcpy(SH_BYTES_DATA(r) + dlen + slash, name, nlen);
      SH_BYTES_DATA(r)[dlen + slash + nlen] = 0;
    }
  } else {
    intptr_t dlen = SH_STR_LEN(it->path);
    if (dlen > 0 && SH_STR_CHAR(it->path, dlen - 1) != '/') {
      ShObject *slash = sh_str_from_cstr("/");
      ShObject *d = slash ? sh_str_concat(it->path, slash) : NULL;
      sh_xdecref(slash);
      r = d ? sh_str_concat(d, n) : NULL;
      sh_xdecref(d);
    } else {
      r = sh_str_concat(it->path, n);
    }
  }
  sh_decref(n);
  return r;
}

static ShObject *scandir_next(ShObject *o) {
  ScandirIter *it = (ScandirIter *)o;
  char name[sizeof(((struct dirent *)0)->d_name)];
  for (;;) {
    sh_object_lock(o);
    if (!it->dir) {
      sh_object_unlock(o);
      return NULL;
    }
    errno = 0;
    struct dirent *ent = readdir(it->dir);
    if (ent == NULL) {
      int e = errno;
      DIR *d = take_dir_locked(it);
      sh_object_unlock(o);
      closedir(d);
      if (e) {
        ShPosixPath p = {.object = it->path};
        return sh_posix_error(e, it->path ? &p : NULL, NULL);
      }
      return NULL;
    }
    if (is_dot_or_dotdot(ent->d_name)) {
      sh_object_unlock(o);
      continue;
    }
    size_t nlen = strlen(ent->d_name);
    memcpy(name, ent->d_name, nlen + 1);
    unsigned char d_type = ent->d_type;
    ino_t ino = ent->d_ino;
    sh_object_unlock(o);
    DirEntry *e = (DirEntry *)sh_object_alloc(&dir_entry_type, 0);
    if (e == NULL) return NULL;
    e->d_type = d_type;
    e->ino = ino;
    e->dir_fd = it->dir_fd;
    e->name = sh_posix_name(name, nlen, it->is_bytes);
    e->path = join_path(it, name, nlen);
    if (e->name == NULL || e->path == NULL) {
      sh_decref(SH_OBJ(e));
      return NULL;
    }
    return SH_OBJ(e);
  }
}

static ShObject *scandir_close_m(ShObject *o) {
  scandir_close((ScandirIter *)o);
  SH_RETURN_NONE;
}

static ShObject *scandir_enter(ShObject *o) {
  return sh_newref(o);
}

static ShObject *scandir_exit(ShObject *o, ShObject *const *args, size_t nargs) {
  scandir_close((ScandirIter *)o);
  SH_RETURN_NONE;
}

static ShMethodDef scandir_methods[] = {
    {"close", (void *)scandir_close_m, SH_METH_NOARGS, NULL},
    {"__enter__", (void *)scandir_enter, SH_METH_NOARGS, NULL},
    {"__exit__", (void *)scandir_exit, SH_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

static ShType scandir_iter_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(ScandirIter),
    .dealloc = scandir_dealloc,
    .iter = sh_iter_self,
    .iternext = scandir_next,
    .methods = scandir_methods,
};

static ShObject *posix_scandir(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  ShObject *path_o = NULL;
  if (sh_args_parse("scandir", args, nargs, kwnames, "|path", &path_o) < 0) return NULL;
  ShPosixPath p = {.function = "scandir", .argname = "path", .allow_fd = true, .nullable = true};
  if (sh_posix_path_convert(path_o, &p) < 0) return NULL;
  ShObject *dirname = NULL;
  if (!p.use_fd) {
    dirname = p.holder ? sh_newref(p.holder) : sh_str_from_cstr(".");
    if (dirname == NULL) goto fail;
  }
  DIR *d = open_dir(&p);
  if (d == NULL) {
    ShPosixPath q = {.object = dirname};
    sh_posix_error(errno, p.use_fd ? NULL : &q, NULL);
    goto fail;
  }
  ScandirIter *it = (ScandirIter *)sh_object_alloc(&scandir_iter_type, 0);
  if (it == NULL) {
    closedir(d);
    goto fail;
  }
  it->dir = d;
  it->path = dirname;
  it->is_bytes = p.is_bytes;
  it->dir_fd = p.use_fd ? p.fd : -1;
  sh_posix_path_release(&p);
  return SH_OBJ(it);
fail:
  sh_xdecref(dirname);
  sh_posix_path_release(&p);
  return NULL;
}

static ShMethodDef posix_dir_methods[] = {
    {"listdir", (void *)posix_listdir, SH_METH_FASTKW, NULL},
    {"scandir", (void *)posix_scandir, SH_METH_FASTKW, NULL},
    {NULL, NULL, 0, NULL},
};

int sh_posix_dir_init(ShObject *m) {
  static bool ready;
  if (!ready) {
    if (sh_type_ready(&dir_entry_type) < 0 || sh_type_ready(&scandir_iter_type) < 0) return -1;
    ready = true;
  }
  if (sh_module_add_functions(m, posix_dir_methods) < 0) return -1;
  return sh_module_add_object(m, "DirEntry", sh_newref(SH_OBJ(&dir_entry_type)));
}
