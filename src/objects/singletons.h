/* None, NotImplemented and Ellipsis: immortal objects of their own types.
   (True and False live with int, in bool.h.) */
#ifndef SHOAL_SINGLETONS_H
#define SHOAL_SINGLETONS_H

#include "../runtime/object.h"

extern ShType sh_type_none, sh_type_notimplemented, sh_type_ellipsis;
extern ShObject sh_none_object, sh_notimplemented_object, sh_ellipsis_object;
#define SH_NONE (&sh_none_object)
#define SH_NOTIMPLEMENTED (&sh_notimplemented_object)
#define SH_ELLIPSIS (&sh_ellipsis_object)
#define SH_RETURN_NONE return SH_NONE /* immortal: no incref needed */

int sh_singletons_init(void); /* readies the three types; called by sh_init_exceptions */

#endif
