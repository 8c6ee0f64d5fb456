/* Name suggestions for the uncaught-exception printer ("Did you mean"). */
#ifndef SHOAL_SUGGESTIONS_H
#define SHOAL_SUGGESTIONS_H

#include "../runtime/object.h"

/* The closest name among the keys of locals, then globals, then builtins
   (each may be NULL), or NULL. New reference; never sets an exception. */
ShObject *sh_suggest_for_name(ShObject *name, ShObject *locals, ShObject *globals,
                              ShObject *builtins);
/* The closest attribute name in dir(obj), or NULL. */
ShObject *sh_suggest_for_attribute(ShObject *obj, ShObject *name);

#endif
