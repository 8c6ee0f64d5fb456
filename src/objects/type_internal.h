/* Private glue between the files of the type system (type_*.c, object.c,
   descr*.c, property.c, super.c): the slot table and shared helpers. */
#ifndef SHOAL_TYPE_INTERNAL_H
#define SHOAL_TYPE_INTERNAL_H

#include "../shoal.h"

/* Where a slot lives: in ShType itself or in one of its method tables. */
enum { SH_SUB_TYPE, SH_SUB_NUMBER, SH_SUB_SEQUENCE, SH_SUB_MAPPING };

/* Calls the C slot `wrapped` for a Python-level call of the dunder
   (`int.__add__(1, 2)`); self is already type-checked. */
typedef ShObject *(*sh_wrapperfunc)(ShObject *self, ShObject *const *args, size_t nargs,
                                    ShObject *kwnames, void *wrapped);

typedef struct ShSlotDef {
  const char *name;       /* "__add__" */
  uint8_t sub;            /* SH_SUB_* */
  uint16_t offset;        /* of the function pointer in its struct */
  void *generic;          /* heap-type implementation calling the dunder (NULL: none) */
  sh_wrapperfunc wrapper; /* NULL: no wrapper is generated from this entry */
  const char *doc;
  ShObject *id; /* interned name, set by sh_slotdefs_init */
} ShSlotDef;

/* Slot wrapper descriptor: `int.__add__` (descr.c). */
typedef struct ShWrapperDescr {
  ShObject ob;
  ShType *type;
  ShSlotDef *sd;
  void *wrapped;
} ShWrapperDescr;
/* Bound slot wrapper: `(1).__add__` (descr.c). */
typedef struct ShMethodWrapper {
  ShObject ob;
  ShWrapperDescr *descr;
  ShObject *self;
} ShMethodWrapper;
/* new_ is the generic one that calls a Python-level __new__. */
bool sh_new_is_generic(sh_newfunc f);
/* Runs sd->wrapper (keeps the name around for its messages). */
ShObject *sh_slot_wrapper_call(ShSlotDef *sd, ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames, void *wrapped);
/* The cfunction is some type's builtin __new__. */
bool sh_descr_is_tp_new(ShObject *cfunc);

/* The table, ended by an entry with name NULL (type_slots.c). */
extern ShSlotDef sh_slotdefs[];
int sh_slotdefs_init(void);
/* Address of the slot of `type` named by `sd`, or NULL when the method
   table it lives in is absent. */
void **sh_slot_ptr(ShType *type, const ShSlotDef *sd);
/* Recomputes every C slot of a heap type from its MRO's dunders. */
void sh_type_fixup_slots(ShType *type);
/* Recomputes the slots fed by dunder `name` in type and its subclasses,
   after `name` was assigned or deleted on the class. */
void sh_type_update_slot(ShType *type, ShObject *name);

/* type_ready.c */
ShObject *sh_type_mro_default(ShType *type); /* C3 linearization: new tuple */
void sh_type_inherit_slots(ShType *type, ShType *base);
int sh_type_add_subclass(ShType *base, ShType *sub);
void sh_type_remove_subclass(ShType *base, ShType *sub);
/* Visits every live subclass (direct only). */
int sh_type_foreach_subclass(ShType *type, int (*fn)(ShType *, void *), void *arg);
int sh_type_fill_dict(ShType *type); /* methods, getset, members, wrappers */

/* type_new.c */
ShObject *sh_type_new_impl(ShType *metatype, ShObject *const *args, size_t nargs,
                           ShObject *kwnames);
void sh_subtype_dealloc(ShObject *o);
int sh_subtype_traverse(ShObject *o, sh_visitproc visit, void *arg);
int sh_subtype_clear(ShObject *o);
/* The instance's __dict__ slot, or NULL when the type has none (never
   creates the dict). */
ShObject **sh_object_dict_ptr(ShObject *o);

/* type_attrs.c */
ShObject *sh_type_getattro(ShObject *type, ShObject *name);
int sh_type_setattro(ShObject *type, ShObject *name, ShObject *value);
ShObject *sh_type_call(ShObject *type, ShObject *const *args, size_t nargs, ShObject *kwnames);
extern ShType sh_type_mappingproxy;
ShObject *sh_mappingproxy_new(ShObject *mapping);
/* Sets an attribute in a type's own dict and refreshes slots/version. */
int sh_type_dict_set(ShType *type, ShObject *name, ShObject *value);

/* object.c */
ShObject *sh_object_new_impl(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames);
int sh_object_init_impl(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames);
ShObject *sh_object_default_repr(ShObject *o);
sh_hash_t sh_object_default_hash(ShObject *o);
ShObject *sh_object_default_richcompare(ShObject *a, ShObject *b, int op);
/* AttributeError "'T' object has no attribute 'x'" with name/obj filled. */
void sh_err_no_attribute(ShObject *o, ShObject *name);
void sh_err_set_attribute_fields(ShObject *o, ShObject *name);

/* descr.c */
ShObject *sh_descr_new_wrapper(ShType *type, ShSlotDef *sd, void *wrapped);
/* The one builtin `__new__` entry point every type with new_ gets. */
ShObject *sh_descr_new_tp_new(ShType *type);
/* True for objects whose descr_get just binds self (plain functions,
   method descriptors): sh_object_get_method may skip the binding. */
static inline bool sh_is_method_like(ShObject *d) {
  return (SH_TYPE(d)->flags & SH_TPFLAGS_METHOD_DESCRIPTOR) != 0;
}

/* type_slots.c: looks up dunder `name` on type(self) and calls it with
   self prepended. *found (may be NULL) says whether it existed; when it
   did not, returns NULL without an exception. */
ShObject *sh_call_special(ShObject *self, ShObject *name, ShObject *const *args, size_t nargs,
                          bool *found);

/* Bound method constructor of the VM (vm/), when it provides one. */
ShObject *sh_method_new(ShObject *func, ShObject *self) __attribute__((weak));
ShObject *sh_make_bound_method(ShObject *func, ShObject *self);

/* type_union.c: `int | None` */
extern ShType sh_type_union;
ShObject *sh_type_or(ShObject *a, ShObject *b);

/* Names without an entry in ids.h. */
ShObject *sh_typeid(const char *s); /* sh_str_intern_cstr, cached by caller */

#endif
