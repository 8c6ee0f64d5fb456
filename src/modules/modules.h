/* Init functions of the built-in modules written in C (one file each),
   and access to the sys module's attributes from C. */
#ifndef SHOAL_MODULES_H
#define SHOAL_MODULES_H

#include "../runtime/object.h"

ShObject *sh_module_init_builtins(void); /* every builtin except those the VM adds */
ShObject *sh_module_init_sys(void);      /* argv and path are set by main */
ShObject *sh_module_init_time(void);
ShObject *sh_module_init_math(void);
ShObject *sh_module_init_gc(void);
ShObject *sh_module_init__thread(void);
ShObject *sh_module_init__weakref(void);
ShObject *sh_module_init_unicodedata(void);
ShObject *sh_module_init__pcre(void);      /* sre_pcre.c: the engine under lib/re.py */
ShObject *sh_module_init__itertools(void); /* itertools.c: the C parts of itertools */
ShObject *sh_module_init__functools(void); /* functools_module.c: the C parts of functools */
ShObject *sh_module_init_atexit(void);
ShObject *sh_module_init__stringio(void); /* stringio.c: io.StringIO */
ShObject *sh_module_init__heapq(void);    /* heapq.c: the heap functions of heapq */
ShObject *sh_module_init__json(void);     /* json.c: the C parts of lib/json */
/* json_scan.c: _json.scan_once(context, string, idx) */
ShObject *sh_json_scan_once(ShObject *self, ShObject *const *args, size_t nargs);

/* Runs the atexit callbacks, last registered first, then forgets them all:
   main.c at a normal exit, once the non-daemon threads have ended. */
void sh_atexit_run(void);

/* sys.<name> (borrowed) or NULL without error; used by print, input, ... */
ShObject *sh_sys_get(const char *name);
int sh_sys_set(const char *name, ShObject *value);

/* io: file objects (modules/fileio.c) */
extern ShType sh_type_textio, sh_type_bufferedio;
/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True) */
ShObject *sh_io_open(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames);
/* A text file on an inherited descriptor, for sys.stdin/stdout/stderr. */
ShObject *sh_io_from_fd(int fd, const char *mode, const char *name);

#endif
