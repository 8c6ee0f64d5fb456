/* The `posix` built-in module (modules/posix*.c), the C half of lib/os.py;
   listed in modules/registry.c. */
#ifndef SHOAL_POSIX_H
#define SHOAL_POSIX_H

#include "../runtime/object.h"

ShObject *sh_module_init_posix(void);

#endif
