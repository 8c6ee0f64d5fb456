/* Shared between exception.c (BaseException itself) and exception_types.c
   (the static type of every built-in exception and the subclasses' extra
   behaviour). Not a public header. */
#ifndef SHOAL_EXCEPTION_INTERNAL_H
#define SHOAL_EXCEPTION_INTERNAL_H

#include "../shoal.h"

ShObject *sh_exc_base_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames);
int sh_exc_base_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames);
ShObject *sh_exc_base_str(ShObject *self);
ShObject *sh_exc_base_repr(ShObject *self);
void sh_exc_base_dealloc(ShObject *self);
int sh_exc_base_traverse(ShObject *self, sh_visitproc visit, void *arg);
int sh_exc_base_clear(ShObject *self);
extern ShGetSetDef sh_exc_base_getset[];
extern ShMethodDef sh_exc_base_methods[];

/* Readies BaseExceptionGroup and ExceptionGroup (exception_group.c). */
int sh_exception_groups_init(void);

/* Sets self->args to a tuple of the positional arguments. */
int sh_exc_set_args(ShObject *self, ShObject *const *args, size_t nargs);

#endif
