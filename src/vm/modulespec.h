/* __spec__ and __loader__ of modules loaded from files. */
#ifndef SHOAL_MODULESPEC_H
#define SHOAL_MODULESPEC_H

#include "../runtime/object.h"

extern ShType sh_type_modulespec, sh_type_sourcefileloader;
/* A spec for module `name` from `file`; pkgdir non-NULL for a package. */
ShObject *sh_module_spec_new(ShObject *name, const char *file, const char *pkgdir);
ShObject *sh_module_spec_loader(ShObject *spec); /* borrowed */

#endif
