/* What the rest of the runtime asks of the interpreter proper: the running
   frame's namespaces, compiling and running source, importing. */
#ifndef SHOAL_VM_H
#define SHOAL_VM_H

#include "../runtime/object.h"

/* The innermost running Python frame's globals / locals mapping (a dict
   built from the registers for function frames) / builtins: new refs, or
   NULL without error when no Python frame runs. */
ShObject *sh_frame_globals(void);
ShObject *sh_frame_locals(void);
ShObject *sh_frame_builtins(void);
/* For zero-argument super(): the __class__ cell's class and the first
   argument of the innermost frame. -1 with RuntimeError "super(): no
   arguments" / "super(): __class__ cell not found" etc. New references. */
int sh_frame_super_args(ShType **type, ShObject **obj);

/* compile(source, filename, mode): mode "exec", "eval" or "single". */
ShObject *sh_compile_source(const char *source, size_t len, ShObject *filename, const char *mode);
/* Runs a code object with the given namespaces (locals may be NULL: globals). */
ShObject *sh_eval_code(ShObject *code, ShObject *globals, ShObject *locals);

/* import machinery */
ShObject *sh_import_get_modules(void); /* sys.modules, borrowed */
ShObject *sh_import_module(const char *name); /* import name; new ref */
ShObject *sh_import_name(ShObject *name, ShObject *globals, ShObject *fromlist, int level);

/* The builtin __import__ (FASTKW), which IMPORT_NAME calls directly
   unless builtins.__import__ was replaced. */
ShObject *sh_builtin___import__(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames);

/* The builtins module's dict (borrowed). */
ShObject *sh_builtins_dict(void);

extern ShType sh_type_function, sh_type_method, sh_type_cell, sh_type_generator,
    sh_type_traceback, sh_type_frame;

#endif
