/* Descriptors made from C tables (methods, getset, members, slot wrappers),
   builtin functions, and property, classmethod, staticmethod and super. */
#ifndef SHOAL_DESCR_H
#define SHOAL_DESCR_H

#include "../runtime/object.h"

/* builtin_function_or_method: a ShMethodDef bound to `self` (a module for
   module functions, an instance for bound builtin methods). */
typedef struct ShCFunction {
  ShObject ob;
  ShMethodDef *def;
  ShObject *self;   /* may be NULL */
  ShObject *module; /* __module__ value, may be NULL */
} ShCFunction;

extern ShType sh_type_cfunction, sh_type_method_descriptor, sh_type_classmethod_descriptor,
    sh_type_getset_descriptor, sh_type_member_descriptor, sh_type_wrapper_descriptor,
    sh_type_method_wrapper, sh_type_property, sh_type_classmethod, sh_type_staticmethod,
    sh_type_super;

ShObject *sh_cfunction_new(ShMethodDef *def, ShObject *self, ShObject *module);
/* Calls def->func with self and the arguments per def->flags. */
ShObject *sh_methoddef_call(ShMethodDef *def, ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames);
/* descr(self, *args) for a method_descriptor, self apart from the
   arguments (the eval loop's method calls). */
ShObject *sh_method_descr_call_self(ShObject *descr, ShObject *self, ShObject *const *args,
                                    size_t nargs, ShObject *kwnames);
ShObject *sh_descr_new_method(ShType *type, ShMethodDef *def);
ShObject *sh_descr_new_getset(ShType *type, ShGetSetDef *def);
ShObject *sh_descr_new_member(ShType *type, ShMemberDef *def);
/* The byte offset in the instance of the writable object slot that member
   descriptor `descr` reads and writes (a Python-level __slots__ entry),
   or -1 for any other member. */
intptr_t sh_member_slot_offset(ShObject *descr);
ShObject *sh_classmethod_new(ShObject *callable);
ShObject *sh_staticmethod_new(ShObject *callable);

#endif
