/* File objects: _io.TextIOWrapper for text and _io.Buffered{Reader,Writer,
   Random} for binary files, over a POSIX descriptor with our own buffers;
   open() and the standard streams. Text encoding is utf-8/latin-1/ascii. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../shoal.h"
#include "../vm/eval.h"
#include "fileio.h"

#define DEFAULT_BUFFER 8192

enum { NL_UNIVERSAL, NL_NONE_TRANSLATE /* '' */, NL_LF, NL_CR, NL_CRLF };

typedef struct ShFile {
  ShObject ob;
  int fd;
  bool readable, writable, appending, created, text, closefd;
  bool line_buffering, is_std;
  _Atomic int io;  /* IO_*: open, holder in read(), closed (see "Closing") */
  bool fd_closed;  /* the descriptor is closed (under the mutex) */
  bool close_owed; /* a close() left to the holder (under the mutex) */
  int seekable;    /* -1 unknown (under the mutex) */
  int newline;
  ShObject *name;    /* str, bytes or int */
  ShObject *mode;    /* str */
  char encoding[24]; /* as shown by .encoding */
  char codec[12];    /* "utf-8", "latin-1" or "ascii" */
  char errors[24];
  char *rbuf;
  size_t rpos, rlen, rcap;
  bool eof;
  char *wbuf;
  size_t wlen, wcap, bufsize;
} ShFile;

ShType *sh_exc_unsupported_operation;
static ShObject *std_streams[3];

#define F(o) ((ShFile *)(o))

static ShObject *err_closed(void) {
  sh_err_set_string(&sh_exc_ValueError, "I/O operation on closed file.");
  return NULL;
}

static ShObject *err_unsupported(const char *msg) {
  sh_err_set_string(sh_exc_unsupported_operation ? sh_exc_unsupported_operation : &sh_exc_OSError,
                    msg);
  return NULL;
}

static ShObject *no_period_closed(void) {
  sh_err_set_string(&sh_exc_ValueError, "I/O operation on closed file");
  return NULL;
}

static ShObject *errno_error(ShFile *f) {
  (void)f;
  return sh_err_from_errno(NULL);
}

/* ------------------------------------------------------------ raw I/O */

/* A file's buffers are guarded by its object mutex, held across the
   blocking read() and write() calls, which run detached: a thread blocked
   on a pipe or a terminal holds up no other thread and no stop-the-world.
   That breaks the rule that a mutex holder never reaches a safe point, so
   a thread that finds a file's mutex held waits detached too (an attached
   waiter would hold up the stop-the-world that the holder, re-attaching,
   waits for). Only this file takes a file's mutex. */
static void file_lock(ShObject *o) {
  /* always taken, even with one thread: a Python signal handler run while
     it is held (EINTR) may start threads */
  if (sh_mutex_trylock(&o->mutex)) return;
  ShThreadState *ts = sh_thread_state();
  if (!ts) {
    sh_mutex_lock(&o->mutex);
    return;
  }
  sh_thread_detach(ts);
  sh_mutex_lock(&o->mutex);
  sh_thread_attach(ts);
}

/* Closing. Every operation takes the mutex and only then looks whether the
   file is closed (file_begin), so that it runs wholly before a close() or
   raises ValueError after it, and no read() or write() reaches the
   descriptor once close() has closed it (the number may be another file's
   by then). close() marks the file closed (IO_CLOSING) first, so that
   operations waiting for the mutex fail, then takes the mutex, flushes and
   closes the descriptor: like CPython's close(), which waits for its
   buffer's lock.
   One exception: a holder blocked in read() on a pipe or a terminal may
   stay there forever, and CPython's close() with it. Here close() does not
   wait for a holder inside read() (IO_READING): it leaves the flush and
   the close(2) to that thread (IO_HANDED), which does them when it lets go
   of the mutex (file_end), and returns at once. The descriptor stays
   open until then; closing it under the blocked read() would not end the
   read anyway (it holds the open file), and the number could be reused
   before that thread's next read(). A holder starts no read() once the
   file is marked closed (ValueError), so close() only ever waits for
   work that ends (or for a flush's write(), as CPython's does). Which
   side closes is settled by compare-and-swap on `io`. */
enum { IO_OPEN, IO_READING, IO_CLOSING, IO_HANDED };

static bool is_closed(ShFile *f) {
  return atomic_load(&f->io) >= IO_CLOSING;
}

/* read() or write() (`writing`) with the thread detached; -2 with
   ValueError for a read on a file marked closed. */
static ssize_t io_detached(ShFile *f, void *p, size_t n, bool writing) {
  int open = IO_OPEN;
  if (!writing && !atomic_compare_exchange_strong(&f->io, &open, IO_READING)) {
    err_closed();
    return -2;
  }
  ShThreadState *ts = sh_thread_state();
  if (ts) sh_thread_detach(ts);
  ssize_t r = writing ? write(f->fd, p, n) : read(f->fd, p, n);
  int saved = errno;
  if (ts) sh_thread_attach(ts);
  int reading = IO_READING;
  if (!writing && !atomic_compare_exchange_strong(&f->io, &reading, IO_OPEN)) {
    atomic_store(&f->io, IO_CLOSING); /* IO_HANDED: the close is this thread's */
    f->close_owed = true;
  }
  errno = saved;
  return r;
}

static int write_all(ShFile *f, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = io_detached(f, (void *)p, n, true);
    if (w < 0) {
      if (errno == EINTR) {
        if (sh_signal_interrupted() < 0) return -1;
        continue;
      }
      errno_error(f);
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static int flush_locked(ShFile *f) {
  if (f->wlen == 0) return 0;
  size_t n = f->wlen;
  f->wlen = 0;
  return write_all(f, f->wbuf, n);
}

/* Before writing after reading: put the descriptor back at the logical
   position and forget the read-ahead. */
static void drop_read_buffer(ShFile *f) {
  if (f->rlen > f->rpos && f->seekable != 0) lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR);
  f->rpos = f->rlen = 0;
  f->eof = false;
}

/* Reads more bytes into the read buffer; 1 got some, 0 EOF, -1 error. */
static int fill(ShFile *f) {
  if (f->wlen && flush_locked(f) < 0) return -1;
  if (f->rpos > 0 && f->rpos == f->rlen) f->rpos = f->rlen = 0;
  if (f->rpos > 0 && f->rlen - f->rpos < f->rcap / 2) {
    memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
    f->rlen -= f->rpos;
    f->rpos = 0;
  }
  if (f->rcap - f->rlen < DEFAULT_BUFFER) {
    size_t ncap = f->rcap ? f->rcap * 2 : DEFAULT_BUFFER * 2;
    char *nb = sh_mem_realloc(f->rbuf, ncap);
    if (!nb) {
      sh_err_no_memory();
      return -1;
    }
    f->rbuf = nb;
    f->rcap = ncap;
  }
  for (;;) {
    ssize_t r = io_detached(f, f->rbuf + f->rlen, f->rcap - f->rlen, false);
    if (r == -2) return -1;
    if (r < 0) {
      if (errno == EINTR) {
        if (sh_signal_interrupted() < 0) return -1;
        continue;
      }
      errno_error(f);
      return -1;
    }
    if (r == 0) {
      f->eof = true;
      return 0;
    }
    f->rlen += (size_t)r;
    return 1;
  }
}

static int buffer_write(ShFile *f, const char *p, size_t n) {
  if (f->rlen) drop_read_buffer(f);
  if (f->wlen + n > f->wcap) {
    if (flush_locked(f) < 0) return -1;
    if (n >= f->bufsize) return write_all(f, p, n);
    if (!f->wbuf) {
      f->wbuf = sh_mem_alloc(f->bufsize);
      if (!f->wbuf) {
        sh_err_no_memory();
        return -1;
      }
      f->wcap = f->bufsize;
    }
  }
  if (n) memcpy(f->wbuf + f->wlen, p, n); /* p may be NULL when n is 0 */
  f->wlen += n;
  return 0;
}

/* CPython's texts differ between text and binary files and per method:
   `bin_msg` is the binary file's message for a closed file. */
static ShObject *closed_error(ShFile *f, const char *bin_msg) {
  sh_err_set_string(&sh_exc_ValueError, f->text ? "I/O operation on closed file." : bin_msg);
  return NULL;
}

/* The mutex, for an operation on an open file: false (nothing set) once
   closed. */
static bool file_begin(ShFile *f) {
  file_lock((ShObject *)f);
  if (!is_closed(f)) return true;
  sh_object_unlock((ShObject *)f);
  return false;
}

/* Under the mutex, on a file marked closed: flushes and closes the
   descriptor, once. */
static int finish_close(ShFile *f) {
  f->close_owed = false;
  if (f->fd_closed) return 0;
  int rc = flush_locked(f);
  f->fd_closed = true;
  if (f->closefd && f->fd >= 0 && close(f->fd) < 0 && rc == 0) {
    errno_error(f);
    rc = -1;
  }
  return rc;
}

/* Lets go of the mutex, closing the file first when a close() was left to
   this thread (an error then has nobody to go to). */
static void file_end(ShFile *f) {
  if (f->close_owed) {
    ShObject *exc = sh_err_fetch();
    if (finish_close(f) < 0) sh_err_clear();
    sh_err_restore(exc);
  }
  sh_object_unlock((ShObject *)f);
}

/* The checks before an operation (closed, then the mode), without the
   mutex: file_begin checks closed again under it. */
static ShObject *check_readable(ShFile *f, const char *bin_msg) {
  if (is_closed(f)) return closed_error(f, bin_msg);
  if (!f->readable) return err_unsupported(f->text ? "not readable" : "read");
  return SH_NONE;
}

static ShObject *check_writable(ShFile *f, const char *bin_msg, const char *op) {
  if (is_closed(f)) return closed_error(f, bin_msg);
  if (!f->writable) return err_unsupported(op ? op : f->text ? "not writable" : "write");
  return SH_NONE;
}

/* ------------------------------------------------------------ decoding */

static ShObject *decode(ShFile *f, const char *p, size_t n) {
  if (!f->text) return sh_bytes_from_data(p, n);
  /* newline translation on input */
  if (f->newline == NL_UNIVERSAL && memchr(p, '\r', n)) {
    char *t = sh_mem_alloc(n + 1);
    if (!t) return sh_err_no_memory();
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
      if (p[i] == '\r') {
        t[o++] = '\n';
        if (i + 1 < n && p[i + 1] == '\n') i++;
      } else {
        t[o++] = p[i];
      }
    }
    ShObject *r = sh_bytes_decode(t, o, f->codec, f->errors);
    sh_mem_free(t);
    return r;
  }
  return sh_bytes_decode(p, n, f->codec, f->errors);
}

/* End (exclusive) of the line starting at rbuf+start, or 0 when no line
   end is buffered yet. A '\r' at the very end needs one more byte to know
   whether a '\n' follows, unless at EOF. */
static size_t find_line_end(ShFile *f, size_t start) {
  const char *b = f->rbuf;
  int nl = f->text ? f->newline : NL_LF;
  for (size_t i = start; i < f->rlen; i++) {
    char c = b[i];
    if (c == '\n' && (nl == NL_LF || nl == NL_UNIVERSAL || nl == NL_NONE_TRANSLATE)) return i + 1;
    if (c == '\r' && nl != NL_LF) {
      if (nl == NL_CR) return i + 1;
      if (i + 1 >= f->rlen) {
        if (f->eof) return nl == NL_CRLF ? 0 : i + 1;
        return 0;
      }
      if (b[i + 1] == '\n') return i + 2;
      if (nl != NL_CRLF) return i + 1;
    }
  }
  return 0;
}

/* One line (limit < 0: unlimited, in characters for text). */
static ShObject *readline_locked(ShFile *f, intptr_t limit) {
  size_t scanned = f->rpos;
  for (;;) {
    size_t end = find_line_end(f, scanned);
    if (end) {
      size_t n = end - f->rpos;
      if (limit >= 0 && (size_t)limit < n && !f->text) n = (size_t)limit;
      if (limit >= 0 && f->text) {
        /* count characters */
        size_t chars = 0, i = f->rpos;
        for (; i < end && (intptr_t)chars < limit; i++)
          if (strcmp(f->codec, "utf-8") != 0 || ((unsigned char)f->rbuf[i] & 0xC0) != 0x80) chars++;
        while (i < end && strcmp(f->codec, "utf-8") == 0 &&
               ((unsigned char)f->rbuf[i] & 0xC0) == 0x80)
          i++;
        n = i - f->rpos;
      }
      ShObject *r = decode(f, f->rbuf + f->rpos, n);
      if (r) f->rpos += n;
      return r;
    }
    if (limit >= 0 && !f->text && f->rlen - f->rpos >= (size_t)limit) {
      ShObject *r = decode(f, f->rbuf + f->rpos, (size_t)limit);
      if (r) f->rpos += (size_t)limit;
      return r;
    }
    if (limit >= 0 && f->text && f->rlen - f->rpos >= (size_t)limit * 4 + 4) {
      /* plenty buffered: let the counting branch above cut it */
      size_t chars = 0, i = f->rpos;
      bool u8 = strcmp(f->codec, "utf-8") == 0;
      for (; i < f->rlen && (intptr_t)chars < limit; i++)
        if (!u8 || ((unsigned char)f->rbuf[i] & 0xC0) != 0x80) chars++;
      while (u8 && i < f->rlen && ((unsigned char)f->rbuf[i] & 0xC0) == 0x80)
        i++;
      ShObject *r = decode(f, f->rbuf + f->rpos, i - f->rpos);
      if (r) f->rpos = i;
      return r;
    }
    scanned = f->rlen > f->rpos ? f->rlen - 1 : f->rpos;
    if (scanned < f->rpos) scanned = f->rpos;
    size_t off = scanned - f->rpos;
    if (f->eof) {
      ShObject *r = decode(f, f->rbuf + f->rpos, f->rlen - f->rpos);
      if (r) f->rpos = f->rlen;
      return r;
    }
    int rc = fill(f);
    if (rc < 0) return NULL;
    scanned = f->rpos + off;
  }
}

static ShObject *read_all_locked(ShFile *f) {
  for (;;) {
    int rc = fill(f);
    if (rc < 0) return NULL;
    if (rc == 0) break;
  }
  ShObject *r = decode(f, f->rbuf + f->rpos, f->rlen - f->rpos);
  if (r) f->rpos = f->rlen;
  return r;
}

/* n characters (text) or bytes (binary) */
static ShObject *read_n_locked(ShFile *f, intptr_t n) {
  if (!f->text) {
    while (f->rlen - f->rpos < (size_t)n && !f->eof) {
      int rc = fill(f);
      if (rc < 0) return NULL;
      if (rc == 0) break;
    }
    size_t take = f->rlen - f->rpos < (size_t)n ? f->rlen - f->rpos : (size_t)n;
    ShObject *r = sh_bytes_from_data(f->rbuf + f->rpos, take);
    if (r) f->rpos += take;
    return r;
  }
  bool u8 = strcmp(f->codec, "utf-8") == 0;
  size_t i = f->rpos;
  intptr_t chars = 0;
  while (chars < n) {
    if (i >= f->rlen) {
      if (f->eof) break;
      size_t off = i - f->rpos;
      int rc = fill(f);
      if (rc < 0) return NULL;
      i = f->rpos + off;
      continue;
    }
    unsigned char c = (unsigned char)f->rbuf[i];
    size_t len = 1;
    if (u8 && c >= 0xC0) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c == '\r' && f->newline == NL_UNIVERSAL) {
      if (i + 1 >= f->rlen && !f->eof) {
        size_t off = i - f->rpos;
        int rc = fill(f);
        if (rc < 0) return NULL;
        i = f->rpos + off;
        continue;
      }
      if (i + 1 < f->rlen && f->rbuf[i + 1] == '\n') len = 2;
    }
    if (i + len > f->rlen && !f->eof) {
      size_t off = i - f->rpos;
      int rc = fill(f);
      if (rc < 0) return NULL;
      i = f->rpos + off;
      continue;
    }
    if (i + len > f->rlen) len = f->rlen - i;
    i += len;
    chars++;
  }
  ShObject *r = decode(f, f->rbuf + f->rpos, i - f->rpos);
  if (r) f->rpos = i;
  return r;
}

/* ------------------------------------------------------------- methods */

static intptr_t size_arg(ShObject *const *args, size_t nargs, bool *err) {
  *err = false;
  if (nargs == 0 || args[0] == SH_NONE) return -1;
  intptr_t n = sh_number_as_ssize(args[0], &sh_exc_OverflowError);
  if (n == -1 && sh_err_occurred()) *err = true;
  return n;
}

static ShObject *file_read(ShObject *self, ShObject *const *args, size_t nargs) {
  ShFile *f = F(self);
  if (sh_args_check_count("read", nargs, 0, 1) < 0) return NULL;
  bool err;
  intptr_t n = size_arg(args, nargs, &err);
  if (err) return NULL;
  if (!check_readable(f, "read of closed file")) return NULL;
  if (!file_begin(f)) return closed_error(f, "read of closed file");
  ShObject *r = n < 0 ? read_all_locked(f) : read_n_locked(f, n);
  file_end(f);
  return r;
}

static ShObject *file_readline(ShObject *self, ShObject *const *args, size_t nargs) {
  ShFile *f = F(self);
  if (sh_args_check_count("readline", nargs, 0, 1) < 0) return NULL;
  bool err;
  intptr_t n = size_arg(args, nargs, &err);
  if (err) return NULL;
  if (!check_readable(f, "readline of closed file")) return NULL;
  if (!file_begin(f)) return closed_error(f, "readline of closed file");
  ShObject *r = n == 0 ? decode(f, "", 0) : readline_locked(f, n);
  file_end(f);
  return r;
}

static intptr_t obj_len(ShObject *o) {
  return SH_STR_CHECK(o) ? SH_STR_LEN(o) : SH_BYTES_SIZE(o);
}

static ShObject *file_readlines(ShObject *self, ShObject *const *args, size_t nargs) {
  ShFile *f = F(self);
  if (sh_args_check_count("readlines", nargs, 0, 1) < 0) return NULL;
  bool err;
  intptr_t hint = size_arg(args, nargs, &err);
  if (err) return NULL;
  if (!check_readable(f, "I/O operation on closed file.")) return NULL;
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  intptr_t total = 0;
  for (;;) {
    ShObject *line = NULL;
    if (!file_begin(f)) {
      closed_error(f, "I/O operation on closed file.");
    } else {
      line = readline_locked(f, -1);
      file_end(f);
    }
    if (!line) {
      sh_decref(list);
      return NULL;
    }
    intptr_t len = obj_len(line);
    if (len == 0) {
      sh_decref(line);
      break;
    }
    int rc = sh_list_append(list, line);
    sh_decref(line);
    if (rc < 0) {
      sh_decref(list);
      return NULL;
    }
    total += len;
    if (hint > 0 && total >= hint) break;
  }
  return list;
}

static ShObject *file_iternext(ShObject *self) {
  ShFile *f = F(self);
  if (!check_readable(f, "readline of closed file")) return NULL;
  if (!file_begin(f)) return closed_error(f, "readline of closed file");
  ShObject *line = readline_locked(f, -1);
  file_end(f);
  if (line && obj_len(line) == 0) {
    sh_decref(line);
    return NULL;
  }
  return line;
}

static ShObject *file_iter(ShObject *self) {
  if (is_closed(F(self))) return err_closed();
  return sh_newref(self);
}

/* Encodes text for writing with output newline translation. */
static ShObject *encode_text(ShFile *f, ShObject *s) {
  ShObject *b = sh_str_encode(s, f->codec, f->errors);
  if (!b || (f->newline != NL_CR && f->newline != NL_CRLF)) return b;
  const char *p = SH_BYTES_DATA(b);
  intptr_t n = SH_BYTES_SIZE(b);
  if (!memchr(p, '\n', (size_t)n)) return b;
  const char *rep = f->newline == NL_CR ? "\r" : "\r\n";
  size_t rl = strlen(rep);
  char *out = sh_mem_alloc((size_t)n * 2 + 1);
  if (!out) {
    sh_decref(b);
    return sh_err_no_memory();
  }
  size_t o = 0;
  for (intptr_t i = 0; i < n; i++) {
    if (p[i] == '\n') {
      memcpy(out + o, rep, rl);
      o += rl;
    } else {
      out[o++] = p[i];
    }
  }
  ShObject *r = sh_bytes_from_data(out, o);
  sh_mem_free(out);
  sh_decref(b);
  return r;
}

static ShObject *file_write(ShObject *self, ShObject *arg) {
  ShFile *f = F(self);
  if (!check_writable(f, "write to closed file", NULL)) return NULL;
  ShObject *data;
  intptr_t count;
  if (f->text) {
    if (!SH_STR_CHECK(arg))
      return sh_err_format(&sh_exc_TypeError, "write() argument must be str, not %T", arg);
    data = encode_text(f, arg);
    if (!data) return NULL;
    count = SH_STR_LEN(arg);
  } else {
    ShBytesView v;
    if (sh_bytes_view(arg, &v) < 0) return NULL;
    data = sh_bytes_from_data(v.data, (size_t)v.len);
    sh_bytes_view_end(&v);
    if (!data) return NULL;
    count = SH_BYTES_SIZE(data);
  }
  if (!file_begin(f)) {
    sh_decref(data);
    return closed_error(f, "write to closed file");
  }
  int rc = buffer_write(f, SH_BYTES_DATA(data), (size_t)SH_BYTES_SIZE(data));
  if (rc == 0 && f->line_buffering && f->text &&
      (memchr(SH_BYTES_DATA(data), '\n', (size_t)SH_BYTES_SIZE(data)) ||
       memchr(SH_BYTES_DATA(data), '\r', (size_t)SH_BYTES_SIZE(data))))
    rc = flush_locked(f);
  if (rc == 0 && f->bufsize <= 1 && !f->text) rc = flush_locked(f);
  file_end(f);
  sh_decref(data);
  if (rc < 0) return NULL;
  return sh_int_from_i64(count);
}

static ShObject *file_writelines(ShObject *self, ShObject *lines) {
  if (is_closed(F(self))) return err_closed();
  ShObject *it = sh_object_iter(lines);
  if (!it) return NULL;
  ShObject *item;
  while ((item = sh_iter_next(it)) != NULL) {
    ShObject *r = file_write(self, item);
    sh_decref(item);
    if (!r) {
      sh_decref(it);
      return NULL;
    }
    sh_decref(r);
  }
  sh_decref(it);
  if (sh_err_occurred()) return NULL;
  SH_RETURN_NONE;
}

static ShObject *file_flush(ShObject *self) {
  ShFile *f = F(self);
  if (!file_begin(f)) return err_closed();
  int rc = flush_locked(f);
  file_end(f);
  if (rc < 0) return NULL;
  SH_RETURN_NONE;
}

/* See "Closing" above. */
static int close_file(ShFile *f) {
  int s = atomic_load(&f->io);
  for (;;) {
    if (s == IO_HANDED) return 0; /* the reader closes it */
    if (s == IO_CLOSING) {        /* another close(): wait for it */
      file_lock((ShObject *)f);
      sh_object_unlock((ShObject *)f);
      return 0;
    }
    if (atomic_compare_exchange_weak(&f->io, &s, s == IO_READING ? IO_HANDED : IO_CLOSING)) break;
  }
  if (s == IO_READING) return 0; /* handed to the thread inside read() */
  file_lock((ShObject *)f);
  int rc = finish_close(f);
  sh_object_unlock((ShObject *)f);
  return rc;
}

static ShObject *file_close(ShObject *self) {
  if (close_file(F(self)) < 0) return NULL;
  SH_RETURN_NONE;
}

static bool is_seekable(ShFile *f) {
  if (f->seekable < 0) f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
  return f->seekable;
}

/* Under the mutex: 0, or -1 with the error for a file that cannot seek. */
static int check_seekable(ShFile *f) {
  if (is_seekable(f)) return 0;
  if (f->text) {
    err_unsupported("underlying stream is not seekable");
  } else {
    errno = ESPIPE;
    errno_error(f);
  }
  return -1;
}

static ShObject *file_tell(ShObject *self) {
  ShFile *f = F(self);
  if (!file_begin(f)) return closed_error(f, "I/O operation on closed file");
  off_t pos = -1;
  if (check_seekable(f) == 0) {
    pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0)
      errno_error(f);
    else
      pos = pos - (off_t)(f->rlen - f->rpos) + (off_t)f->wlen;
  }
  file_end(f);
  return pos < 0 ? NULL : sh_int_from_i64((int64_t)pos);
}

/* A text file seeks only to 0 from the end or the current position, or
   to a position got from tell(): 0, or -1 with the error. */
static int text_seek_check(ShFile *f, intptr_t off, intptr_t whence) {
  if (!f->text || (whence == 0 ? off >= 0 : off == 0)) return 0;
  if (whence == 0)
    sh_err_format(&sh_exc_ValueError, "negative seek position %zd", off);
  else
    err_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                : "can't do nonzero end-relative seeks");
  return -1;
}

static ShObject *file_seek(ShObject *self, ShObject *const *args, size_t nargs) {
  ShFile *f = F(self);
  if (sh_args_check_count("seek", nargs, 1, 2) < 0) return NULL;
  if (is_closed(f)) return closed_error(f, "seek of closed file");
  if (!SH_INT_CHECK(args[0])) return sh_err_format(&sh_exc_TypeError, "an integer is required");
  intptr_t off = sh_int_as_ssize(args[0]);
  if (off == -1 && sh_err_occurred()) return NULL;
  intptr_t whence = 0;
  if (nargs == 2) {
    whence = sh_number_as_ssize(args[1], &sh_exc_OverflowError);
    if (whence == -1 && sh_err_occurred()) return NULL;
  }
  if (whence < 0 || whence > 2)
    return sh_err_format(&sh_exc_ValueError,
                         f->text ? "invalid whence (%zd, should be 0, 1 or 2)"
                                 : "whence value %zd unsupported",
                         whence);
  if (!file_begin(f)) return closed_error(f, "seek of closed file");
  off_t pos = -1;
  if (check_seekable(f) == 0 && text_seek_check(f, off, whence) == 0 && flush_locked(f) == 0) {
    if (whence == 1) off -= (intptr_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    f->eof = false;
    pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) errno_error(f);
  }
  file_end(f);
  return pos < 0 ? NULL : sh_int_from_i64((int64_t)pos);
}

static ShObject *file_truncate(ShObject *self, ShObject *const *args, size_t nargs) {
  ShFile *f = F(self);
  if (sh_args_check_count("truncate", nargs, 0, 1) < 0) return NULL;
  if (!check_writable(f, "truncate of closed file", "truncate")) return NULL;
  ShObject *pos_obj = NULL;
  if (nargs == 0 || args[0] == SH_NONE) {
    pos_obj = file_tell(self);
    if (!pos_obj) return NULL;
  } else {
    pos_obj = sh_number_index(args[0]);
    if (!pos_obj) return NULL;
  }
  intptr_t pos = sh_int_as_ssize(pos_obj);
  sh_decref(pos_obj);
  if (pos == -1 && sh_err_occurred()) return NULL;
  if (!file_begin(f)) return closed_error(f, "truncate of closed file");
  int rc = flush_locked(f);
  if (rc == 0 && ftruncate(f->fd, (off_t)pos) < 0) {
    errno_error(f);
    rc = -1;
  }
  file_end(f);
  if (rc < 0) return NULL;
  return sh_int_from_i64(pos);
}

static ShObject *file_fileno(ShObject *self) {
  if (is_closed(F(self))) return no_period_closed();
  return sh_int_from_i64(F(self)->fd);
}
/* isatty() and seekable(): a question to the descriptor, under the mutex */
static ShObject *file_isatty(ShObject *self) {
  if (!file_begin(F(self))) return no_period_closed();
  bool r = isatty(F(self)->fd);
  file_end(F(self));
  return sh_bool_from(r);
}
static ShObject *file_seekable(ShObject *self) {
  if (!file_begin(F(self))) return no_period_closed();
  bool r = is_seekable(F(self));
  file_end(F(self));
  return sh_bool_from(r);
}
static ShObject *file_readable(ShObject *self) {
  if (is_closed(F(self))) return no_period_closed();
  return sh_bool_from(F(self)->readable);
}
static ShObject *file_writable(ShObject *self) {
  if (is_closed(F(self))) return no_period_closed();
  return sh_bool_from(F(self)->writable);
}
static ShObject *file_enter(ShObject *self) {
  if (is_closed(F(self))) return err_closed();
  return sh_newref(self);
}
static ShObject *file_exit(ShObject *self, ShObject *const *args, size_t nargs) {
  (void)args;
  (void)nargs;
  return file_close(self);
}

static ShObject *get_closed(ShObject *self, void *c) {
  (void)c;
  return sh_bool_from(is_closed(F(self)));
}
static ShObject *get_name(ShObject *self, void *c) {
  (void)c;
  return sh_newref(F(self)->name);
}
static ShObject *get_mode(ShObject *self, void *c) {
  (void)c;
  return sh_newref(F(self)->mode);
}
static ShObject *get_encoding(ShObject *self, void *c) {
  (void)c;
  return sh_str_from_cstr(F(self)->encoding);
}
static ShObject *get_errors(ShObject *self, void *c) {
  (void)c;
  return sh_str_from_cstr(F(self)->errors);
}
static ShObject *get_line_buffering(ShObject *self, void *c) {
  (void)c;
  return sh_bool_from(F(self)->line_buffering);
}
static ShObject *get_none(ShObject *self, void *c) {
  (void)self;
  (void)c;
  SH_RETURN_NONE;
}

static ShObject *file_repr(ShObject *self) {
  ShFile *f = F(self);
  const char *tn = SH_TYPE(self)->name;
  if (f->text)
    return sh_str_from_format("<%s name=%R mode=%R encoding='%s'>", tn, f->name, f->mode,
                              f->encoding);
  return sh_str_from_format("<%s name=%R>", tn, f->name);
}

static void file_dealloc(ShObject *self) {
  ShFile *f = F(self);
  if (!is_closed(f)) {
    ShObject *exc = sh_err_fetch();
    if (close_file(f) < 0) sh_err_clear();
    sh_err_restore(exc);
  }
  sh_xdecref(f->name);
  sh_xdecref(f->mode);
  sh_mem_free(f->rbuf);
  sh_mem_free(f->wbuf);
  sh_object_free(self);
}

static ShMethodDef file_methods[] = {{"read", file_read, SH_METH_FAST, NULL},
                                     {"read1", file_read, SH_METH_FAST, NULL},
                                     {"readline", file_readline, SH_METH_FAST, NULL},
                                     {"readlines", file_readlines, SH_METH_FAST, NULL},
                                     {"write", file_write, SH_METH_O, NULL},
                                     {"writelines", file_writelines, SH_METH_O, NULL},
                                     {"flush", file_flush, SH_METH_NOARGS, NULL},
                                     {"close", file_close, SH_METH_NOARGS, NULL},
                                     {"seek", file_seek, SH_METH_FAST, NULL},
                                     {"tell", file_tell, SH_METH_NOARGS, NULL},
                                     {"truncate", file_truncate, SH_METH_FAST, NULL},
                                     {"fileno", file_fileno, SH_METH_NOARGS, NULL},
                                     {"isatty", file_isatty, SH_METH_NOARGS, NULL},
                                     {"readable", file_readable, SH_METH_NOARGS, NULL},
                                     {"writable", file_writable, SH_METH_NOARGS, NULL},
                                     {"seekable", file_seekable, SH_METH_NOARGS, NULL},
                                     {"__enter__", file_enter, SH_METH_NOARGS, NULL},
                                     {"__exit__", file_exit, SH_METH_FAST, NULL},
                                     {NULL, NULL, 0, NULL}};

static ShGetSetDef text_getset[] = {{"closed", get_closed, NULL, NULL, NULL},
                                    {"name", get_name, NULL, NULL, NULL},
                                    {"mode", get_mode, NULL, NULL, NULL},
                                    {"encoding", get_encoding, NULL, NULL, NULL},
                                    {"errors", get_errors, NULL, NULL, NULL},
                                    {"line_buffering", get_line_buffering, NULL, NULL, NULL},
                                    {"newlines", get_none, NULL, NULL, NULL},
                                    {NULL, NULL, NULL, NULL, NULL}};

static ShGetSetDef binary_getset[] = {{"closed", get_closed, NULL, NULL, NULL},
                                      {"name", get_name, NULL, NULL, NULL},
                                      {"mode", get_mode, NULL, NULL, NULL},
                                      {NULL, NULL, NULL, NULL, NULL}};

#define FILE_TYPE(var, tname, gs)                                                                  \
  ShType var = {                                                                                   \
      .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},                                               \
      .name = tname,                                                                               \
      .basicsize = sizeof(ShFile),                                                                 \
      .dealloc = file_dealloc,                                                                     \
      .repr = file_repr,                                                                           \
      .iter = file_iter,                                                                           \
      .iternext = file_iternext,                                                                   \
      .methods = file_methods,                                                                     \
      .getset = gs,                                                                                \
  };
FILE_TYPE(sh_type_textio, "_io.TextIOWrapper", text_getset)
FILE_TYPE(sh_type_bufferedio, "_io.BufferedReader", binary_getset)
FILE_TYPE(sh_type_bufferedwriter, "_io.BufferedWriter", binary_getset)
FILE_TYPE(sh_type_bufferedrandom, "_io.BufferedRandom", binary_getset)

/* ---------------------------------------------------------------- open */

static int canonical_codec(const char *enc, char *out) {
  char low[32];
  size_t n = strlen(enc);
  if (n >= sizeof low) return -1;
  for (size_t i = 0; i <= n; i++) {
    char c = enc[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c == '_' || c == ' ') c = '-';
    low[i] = c;
  }
  if (!strcmp(low, "utf-8") || !strcmp(low, "utf8") || !strcmp(low, "u8"))
    strcpy(out, "utf-8");
  else if (!strcmp(low, "latin-1") || !strcmp(low, "latin1") || !strcmp(low, "iso-8859-1") ||
           !strcmp(low, "iso8859-1") || !strcmp(low, "l1") || !strcmp(low, "8859") ||
           !strcmp(low, "cp819"))
    strcpy(out, "latin-1");
  else if (!strcmp(low, "ascii") || !strcmp(low, "us-ascii") || !strcmp(low, "646"))
    strcpy(out, "ascii");
  else
    return -1;
  return 0;
}

typedef struct {
  bool r, w, a, x, plus, b, t;
} Mode;

static int parse_mode(const char *s, Mode *m) {
  memset(m, 0, sizeof *m);
  for (const char *p = s; *p; p++) {
    bool *flag;
    switch (*p) {
    case 'r': flag = &m->r; break;
    case 'w': flag = &m->w; break;
    case 'a': flag = &m->a; break;
    case 'x': flag = &m->x; break;
    case '+': flag = &m->plus; break;
    case 'b': flag = &m->b; break;
    case 't': flag = &m->t; break;
    default: flag = NULL; break;
    }
    if (!flag || *flag) {
      sh_err_format(&sh_exc_ValueError, "invalid mode: '%s'", s);
      return -1;
    }
    *flag = true;
  }
  if (m->b && m->t) {
    sh_err_set_string(&sh_exc_ValueError, "can't have text and binary mode at once");
    return -1;
  }
  int kinds = m->r + m->w + m->a + m->x;
  if (kinds != 1) {
    sh_err_set_string(&sh_exc_ValueError,
                      kinds == 0 ? "Must have exactly one of create/read/write/append mode and "
                                   "at most one plus"
                                 : "must have exactly one of create/read/write/append mode");
    return -1;
  }
  return 0;
}

static int parse_newline(ShObject *nl, int *out) {
  if (!nl || nl == SH_NONE) {
    *out = NL_UNIVERSAL;
    return 0;
  }
  if (!SH_STR_CHECK(nl)) {
    sh_err_format(&sh_exc_TypeError, "open() argument 'newline' must be str or None, not %T", nl);
    return -1;
  }
  if (sh_str_equal_cstr(nl, ""))
    *out = NL_NONE_TRANSLATE;
  else if (sh_str_equal_cstr(nl, "\n"))
    *out = NL_LF;
  else if (sh_str_equal_cstr(nl, "\r"))
    *out = NL_CR;
  else if (sh_str_equal_cstr(nl, "\r\n"))
    *out = NL_CRLF;
  else {
    sh_err_format(&sh_exc_ValueError, "illegal newline value: %S", nl);
    return -1;
  }
  return 0;
}

static ShObject *make_file(int fd, const Mode *m, bool text, ShObject *name, ShObject *mode_str,
                           const char *encoding, const char *codec, const char *errors, int newline,
                           intptr_t buffering, bool closefd) {
  ShType *t = text        ? &sh_type_textio
              : (m->plus) ? &sh_type_bufferedrandom
              : m->r      ? &sh_type_bufferedio
                          : &sh_type_bufferedwriter;
  ShFile *f = (ShFile *)sh_object_alloc(t, 0);
  if (!f) return NULL;
  f->fd = fd;
  f->readable = m->r || m->plus;
  f->writable = m->w || m->a || m->x || m->plus;
  f->appending = m->a;
  f->created = m->x;
  f->text = text;
  f->closefd = closefd;
  f->seekable = -1;
  f->newline = newline;
  f->name = sh_newref(name);
  if (text) {
    f->mode = sh_newref(mode_str);
  } else {
    const char *bm = m->x      ? (m->plus ? "xb+" : "xb")
                     : m->a    ? (m->plus ? "ab+" : "ab")
                     : m->plus ? "rb+"
                     : m->r    ? "rb"
                               : "wb";
    f->mode = sh_str_from_cstr(bm);
    if (!f->mode) {
      sh_decref((ShObject *)f);
      return NULL;
    }
  }
  snprintf(f->encoding, sizeof f->encoding, "%s", encoding);
  snprintf(f->codec, sizeof f->codec, "%s", codec);
  snprintf(f->errors, sizeof f->errors, "%s", errors);
  f->line_buffering = text && buffering == 1;
  f->bufsize = buffering > 1 ? (size_t)buffering : buffering == 0 ? 1 : DEFAULT_BUFFER;
  if (buffering < 0) {
    struct stat st;
    if (fstat(fd, &st) == 0 && st.st_blksize > 1) f->bufsize = (size_t)st.st_blksize;
    if (text && isatty(fd)) f->line_buffering = true;
  }
  return (ShObject *)f;
}

ShObject *sh_io_open(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)self;
  ShObject *file, *mode_o = NULL, *buffering_o = NULL, *enc_o = NULL, *err_o = NULL, *nl_o = NULL,
                  *closefd_o = NULL, *opener = NULL;
  if (sh_args_parse("open", args, nargs, kwnames,
                    "file,|mode,buffering,encoding,errors,newline,closefd,opener", &file, &mode_o,
                    &buffering_o, &enc_o, &err_o, &nl_o, &closefd_o, &opener) < 0)
    return NULL;
  const char *mode = "r";
  if (mode_o) {
    if (!SH_STR_CHECK(mode_o))
      return sh_err_format(&sh_exc_TypeError, "open() argument 'mode' must be str, not %T", mode_o);
    mode = sh_str_utf8(mode_o);
    if (!mode) return NULL;
  }
  Mode m;
  if (parse_mode(mode, &m) < 0) return NULL;
  intptr_t buffering = -1;
  if (buffering_o) {
    buffering = sh_number_as_ssize(buffering_o, &sh_exc_OverflowError);
    if (buffering == -1 && sh_err_occurred()) return NULL;
  }
  const char *encoding = NULL, *errors = NULL;
  if (enc_o && enc_o != SH_NONE) {
    if (!SH_STR_CHECK(enc_o))
      return sh_err_format(&sh_exc_TypeError,
                           "open() argument 'encoding' must be str or None, not %T", enc_o);
    encoding = sh_str_utf8(enc_o);
    if (!encoding) return NULL;
  }
  if (err_o && err_o != SH_NONE) {
    if (!SH_STR_CHECK(err_o))
      return sh_err_format(&sh_exc_TypeError,
                           "open() argument 'errors' must be str or None, not %T", err_o);
    errors = sh_str_utf8(err_o);
    if (!errors) return NULL;
  }
  int newline;
  if (parse_newline(nl_o, &newline) < 0) return NULL;
  int closefd = 1;
  if (closefd_o && (closefd = sh_object_is_true(closefd_o)) < 0) return NULL;
  if (m.b) {
    if (encoding)
      return sh_err_format(&sh_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (errors)
      return sh_err_format(&sh_exc_ValueError, "binary mode doesn't take an errors argument");
    if (nl_o && nl_o != SH_NONE)
      return sh_err_format(&sh_exc_ValueError, "binary mode doesn't take a newline argument");
  } else if (buffering == 0) {
    return sh_err_format(&sh_exc_ValueError, "can't have unbuffered text I/O");
  }
  /* "locale" (io.text_encoding's answer outside UTF-8 mode): shoal's text
     files are utf-8 whatever the locale, shown as an encoding of None is */
  if (encoding && strcmp(encoding, "locale") == 0) encoding = NULL;
  char codec[12] = "utf-8";
  if (encoding && canonical_codec(encoding, codec) < 0)
    return sh_err_format(&sh_exc_LookupError, "unknown encoding: %s", encoding);
  if (errors && strlen(errors) >= 24)
    return sh_err_format(&sh_exc_LookupError, "unknown error handler name '%s'", errors);

  /* the path */
  ShObject *path = NULL;
  int fd = -1;
  if (SH_INT_CHECK(file)) {
    fd = (int)sh_int_as_ssize(file);
    if (fd == -1 && sh_err_occurred()) return NULL;
    if (fd < 0) return sh_err_format(&sh_exc_ValueError, "negative file descriptor");
  } else if (SH_STR_CHECK(file) || SH_BYTES_CHECK(file)) {
    path = sh_newref(file);
  } else {
    ShObject *fs = sh_object_lookup_special(file, sh_str_intern_cstr("__fspath__"));
    if (!fs) {
      if (sh_err_occurred()) return NULL;
      return sh_err_format(&sh_exc_TypeError, "expected str, bytes or os.PathLike object, not %T",
                           file);
    }
    path = sh_call0(fs);
    sh_decref(fs);
    if (!path) return NULL;
    if (!SH_STR_CHECK(path) && !SH_BYTES_CHECK(path)) {
      ShObject *e = sh_err_format(&sh_exc_TypeError,
                                  "expected %s.__fspath__() to return str or bytes, not %T",
                                  SH_TYPE(file)->name, path);
      sh_decref(path);
      return e;
    }
  }
  if (path) {
    if (!closefd) {
      sh_decref(path);
      return sh_err_format(&sh_exc_ValueError, "Cannot use closefd=False with file name");
    }
    const char *cpath;
    intptr_t plen;
    if (SH_STR_CHECK(path)) {
      cpath = sh_str_utf8_and_size(path, &plen);
      if (!cpath) {
        sh_decref(path);
        return NULL;
      }
    } else {
      cpath = SH_BYTES_DATA(path);
      plen = SH_BYTES_SIZE(path);
    }
    if ((intptr_t)strlen(cpath) != plen) {
      sh_decref(path);
      return sh_err_format(&sh_exc_ValueError, "embedded null byte");
    }
    int flags = O_CLOEXEC;
    if (m.plus)
      flags |= O_RDWR;
    else if (m.r)
      flags |= O_RDONLY;
    else
      flags |= O_WRONLY;
    if (m.w) flags |= O_CREAT | O_TRUNC;
    if (m.a) flags |= O_CREAT | O_APPEND;
    if (m.x) flags |= O_CREAT | O_EXCL;
    if (opener && opener != SH_NONE) {
      ShObject *fl = sh_int_from_i64(flags);
      ShObject *r = fl ? sh_call2(opener, file, fl) : NULL;
      sh_xdecref(fl);
      if (!r) {
        sh_decref(path);
        return NULL;
      }
      fd = SH_INT_CHECK(r) ? (int)sh_int_as_ssize(r) : -1;
      sh_decref(r);
      if (fd < 0) {
        sh_decref(path);
        if (!sh_err_occurred()) sh_err_format(&sh_exc_ValueError, "opener returned %d", fd);
        return NULL;
      }
    } else {
      do {
        fd = open(cpath, flags, 0666);
      } while (fd < 0 && errno == EINTR);
      if (fd < 0) {
        sh_err_from_errno(file);
        sh_decref(path);
        return NULL;
      }
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      close(fd);
      errno = EISDIR;
      sh_err_from_errno(file);
      sh_decref(path);
      return NULL;
    }
    sh_decref(path);
  }
  if (m.a) lseek(fd, 0, SEEK_END);
  ShObject *name = file;
  ShObject *f = make_file(fd, &m, !m.b, name, mode_o ? mode_o : sh_str_intern_cstr("r"),
                          encoding ? encoding : "UTF-8", codec, errors ? errors : "strict", newline,
                          buffering, closefd);
  if (!f && closefd) close(fd);
  return f;
}

ShObject *sh_io_from_fd(int fd, const char *mode, const char *name) {
  Mode m;
  if (parse_mode(mode, &m) < 0) return NULL;
  ShObject *n = sh_str_from_cstr(name);
  ShObject *ms = sh_str_from_cstr(mode);
  if (!n || !ms) {
    sh_xdecref(n);
    sh_xdecref(ms);
    return NULL;
  }
  bool text = !m.b;
  intptr_t buffering = -1;
  if (text && (fd == 2 || isatty(fd))) buffering = 1;
  ShObject *f = make_file(fd, &m, text, n, ms, "utf-8", "utf-8",
                          fd == 2 ? "backslashreplace" : "strict", NL_UNIVERSAL, buffering, false);
  sh_decref(n);
  sh_decref(ms);
  if (f && fd >= 0 && fd <= 2) {
    F(f)->is_std = true;
    if (!std_streams[fd]) std_streams[fd] = sh_newref(f);
  }
  return f;
}

static bool is_file(ShObject *o) {
  ShType *t = SH_TYPE(o);
  return t == &sh_type_textio || t == &sh_type_bufferedio || t == &sh_type_bufferedwriter ||
         t == &sh_type_bufferedrandom;
}

static int flush_stream(ShObject *o) {
  if (!o || o == SH_NONE) return 0;
  if (is_file(o)) {
    if (!file_begin(F(o))) return 0;
    int rc = flush_locked(F(o));
    file_end(F(o));
    return rc;
  }
  ShObject *r = sh_call_method(o, SH_ID(flush), NULL, 0);
  if (!r) return -1;
  sh_decref(r);
  return 0;
}

int sh_io_flush_std(void) {
  int rc = 0;
  const char *names[2] = {"stdout", "stderr"};
  for (int i = 0; i < 2; i++) {
    if (flush_stream(sh_sys_get(names[i])) < 0) {
      sh_err_clear();
      rc = -1;
    }
  }
  for (int i = 1; i <= 2; i++) {
    if (std_streams[i] && flush_stream(std_streams[i]) < 0) {
      sh_err_clear();
      rc = -1;
    }
  }
  return rc;
}

int sh_init_io(void) {
  ShType *types[] = {&sh_type_textio, &sh_type_bufferedio, &sh_type_bufferedwriter,
                     &sh_type_bufferedrandom};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (sh_type_ready(types[i]) < 0) return -1;
  /* io.UnsupportedOperation(OSError, ValueError), as CPython builds it */
  ShObject *name = sh_str_from_cstr("UnsupportedOperation");
  ShObject *bases = sh_tuple_pack(2, (ShObject *)&sh_exc_OSError, (ShObject *)&sh_exc_ValueError);
  ShObject *dict = sh_dict_new();
  ShObject *mod = sh_str_from_cstr("io");
  ShObject *t = NULL;
  if (name && bases && dict && mod && sh_dict_set_item(dict, SH_ID(__module__), mod) == 0)
    t = sh_type_new_class(&sh_type_type, name, bases, dict, NULL);
  sh_xdecref(name);
  sh_xdecref(bases);
  sh_xdecref(dict);
  sh_xdecref(mod);
  if (!t) return -1;
  sh_set_immortal(t);
  sh_exc_unsupported_operation = (ShType *)t;
  return 0;
}

static ShMethodDef io_functions[] = {{"open", (void *)sh_io_open, SH_METH_FASTKW, NULL},
                                     {NULL, NULL, 0, NULL}};

ShObject *sh_module_init__io(void) {
  ShObject *m = sh_module_new("_io");
  if (!m) return NULL;
  struct {
    const char *name;
    ShObject *obj;
  } items[] = {{"UnsupportedOperation", (ShObject *)sh_exc_unsupported_operation},
               {"TextIOWrapper", (ShObject *)&sh_type_textio},
               {"BufferedReader", (ShObject *)&sh_type_bufferedio},
               {"BufferedWriter", (ShObject *)&sh_type_bufferedwriter},
               {"BufferedRandom", (ShObject *)&sh_type_bufferedrandom}};
  if (sh_module_add_functions(m, io_functions) < 0 ||
      sh_module_add_int(m, "DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER) < 0)
    goto fail;
  for (size_t i = 0; i < sizeof items / sizeof *items; i++)
    if (items[i].obj && sh_module_add_object(m, items[i].name, sh_newref(items[i].obj)) < 0)
      goto fail;
  return m;
fail:
  sh_decref(m);
  return NULL;
}
