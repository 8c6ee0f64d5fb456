/* The whole internal API in one include, for files that use many parts.
   Prefer including the specific headers in small files. */
#ifndef SHOAL_H
#define SHOAL_H

#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/thread.h"
#include "runtime/args.h"
#include "runtime/lock.h"
#include "objects/abstract.h"
#include "objects/singletons.h"
#include "objects/int.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/complex.h"
#include "objects/str.h"
#include "objects/bytes.h"
#include "objects/formatspec.h"
#include "objects/tuple.h"
#include "objects/list.h"
#include "objects/dict.h"
#include "objects/set.h"
#include "objects/range.h"
#include "objects/typeobject.h"
#include "objects/descr.h"
#include "objects/module.h"
#include "objects/exception.h"
#include "objects/ids.h"
#include "vm/vm.h"
#include "modules/modules.h"

/* Start-up: each part readies its own types (sh_type_ready) in this order. */
int sh_init_typesystem(void); /* type, object, descriptors, property, super... */
int sh_init_numbers(void);    /* int, bool, float, complex; GMP allocator */
int sh_init_strings(void);    /* str, bytes, bytearray and their iterators */
int sh_init_containers(void); /* tuple, list, dict (+views), set, range, slice, iterators */
int sh_init_exceptions(void); /* exception types, None/NotImplemented/Ellipsis types */
int sh_init_io(void);         /* file object types */

#endif
