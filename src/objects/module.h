/* module objects: a named namespace dict. Built-in modules written in C
   are created by their init functions listed in modules/registry.c. */
#ifndef SHOAL_MODULE_H
#define SHOAL_MODULE_H

#include "../runtime/object.h"

typedef struct ShModule {
  ShObject ob;
  ShObject *dict;
  ShObject *name;
} ShModule;

extern ShType sh_type_module;
#define SH_MODULE_DICT(m) (((ShModule *)(m))->dict)

ShObject *sh_module_new(const char *name); /* dict holds __name__, __doc__=None, ... */
ShObject *sh_module_new_object(ShObject *name);
/* The module type's getattr: the generic one, then the module's __getattr__. */
ShObject *sh_module_getattro(ShObject *o, ShObject *name);
int sh_module_add_functions(ShObject *module, ShMethodDef *defs); /* table ends with {NULL} */
int sh_module_add_object(ShObject *module, const char *name, ShObject *steal);
int sh_module_add_int(ShObject *module, const char *name, int64_t value);
int sh_module_add_string(ShObject *module, const char *name, const char *value);

/* A C module: init creates and fills the module (new ref), NULL on error. */
typedef struct ShBuiltinModule {
  const char *name;
  ShObject *(*init)(void);
} ShBuiltinModule;
extern const ShBuiltinModule sh_builtin_modules[]; /* ends with {NULL} */

#endif
