/* `type` and `object`: classes made by class statements, the MRO, slot
   inheritance, and the generic attribute lookup every object uses. */
#ifndef SHOAL_TYPEOBJECT_H
#define SHOAL_TYPEOBJECT_H

#include "../runtime/object.h"

extern ShType sh_type_type, sh_type_object;
#define SH_TYPE_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_TYPE_SUBCLASS) != 0)

/* type(name, bases, dict) / class statement: metatype is type or a subclass. */
ShObject *sh_type_new_class(ShType *metatype, ShObject *name, ShObject *bases, ShObject *dict,
                            ShObject *kwnames_dict);
/* Looks `name` up along type's MRO (dicts only, no descriptors run).
   Borrowed result or NULL; no exception is set. */
ShObject *sh_type_lookup(ShType *type, ShObject *name);
/* The same as a new reference, safe while other threads change the type:
   counted, then kept only if the type's version did not move meanwhile
   (it moves before a replaced attribute can die). NULL without an
   exception when absent. */
ShObject *sh_type_lookup_ref(ShType *type, ShObject *name);
const char *sh_type_name(ShType *type);      /* "Foo" (short name, as __name__) */
ShObject *sh_type_qualname(ShType *type);    /* new ref */
ShObject *sh_type_module_name(ShType *type); /* new ref */
void sh_type_modified(ShType *type);         /* bumps version of type and subclasses */

/* object.__getattribute__ / __setattr__: data descriptors, instance dict,
   non-data descriptors, with CPython's messages. */
ShObject *sh_object_generic_getattr(ShObject *o, ShObject *name);
int sh_object_generic_setattr(ShObject *o, ShObject *name, ShObject *value);
/* The instance __dict__ slot, creating the dict on first use; NULL when the
   type has none. */
ShObject **sh_object_dict_slot(ShObject *o);
ShObject *sh_object_get_dict(ShObject *o); /* new ref or NULL (no error) */
/* The instance __dict__ slot without creating the dict (NULL: no slot). */
ShObject **sh_object_dict_ptr(ShObject *o);

/* Method lookup for calls: if obj.name is a plain function/method
   descriptor found on the type (not shadowed by the instance), returns it
   unbound with *is_unbound = true so the caller passes obj as the first
   argument; otherwise the bound attribute. NULL with an exception on failure. */
ShObject *sh_object_get_method(ShObject *obj, ShObject *name, bool *is_unbound);
/* The same for the eval loop: a deferred method comes back borrowed
   (*borrowed set, no reference taken). */
ShObject *sh_object_get_method_ref(ShObject *obj, ShObject *name, bool *is_unbound, bool *borrowed);

/* isinstance(inst, cls) / issubclass(derived, cls) for one class `cls`
   (not a tuple), running a metaclass's __instancecheck__ /
   __subclasscheck__ when it defines one. 1, 0, or -1 with an exception. */
int sh_type_instancecheck(ShObject *cls, ShObject *inst);
int sh_type_subclasscheck(ShObject *cls, ShObject *derived);

#endif
