/* The _collections module: collections.deque written in C so that each of
   its operations is atomic under threads (modules/collections_deque.c). */
#ifndef SHOAL_COLLECTIONS_DEQUE_H
#define SHOAL_COLLECTIONS_DEQUE_H

#include "../runtime/object.h"

extern ShType sh_type_deque, sh_type_deque_iterator, sh_type_deque_reverse_iterator;
#define SH_DEQUE_CHECK(o) sh_type_check(SH_OBJ(o), &sh_type_deque)

ShObject *sh_module_init__collections(void);

#endif
