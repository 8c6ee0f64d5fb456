/* File objects (modules/fileio.c): what main and the io module need
   beyond modules.h. */
#ifndef SHOAL_FILEIO_H
#define SHOAL_FILEIO_H

#include "../runtime/object.h"

/* _io.BufferedWriter and _io.BufferedRandom share sh_type_bufferedio's
   layout and methods (sh_type_bufferedio is _io.BufferedReader). */
extern ShType sh_type_bufferedwriter, sh_type_bufferedrandom;
/* io.UnsupportedOperation (OSError and ValueError); NULL before sh_init_io */
extern ShType *sh_exc_unsupported_operation;

/* Flushes sys.stdout and sys.stderr (and the original standard streams);
   called at exit. -1 when a flush failed (the error is cleared). */
int sh_io_flush_std(void);

/* The `_io` built-in module (UnsupportedOperation, TextIOWrapper,
   BufferedReader/Writer/Random, open, DEFAULT_BUFFER_SIZE), for lib/io.py;
   to be listed in modules/registry.c as "_io". */
ShObject *sh_module_init__io(void);

#endif
