/* bool: the two immortal ShInt instances True and False. */
#ifndef SHOAL_BOOL_H
#define SHOAL_BOOL_H

#include "int.h"

extern ShType sh_type_bool;
extern ShInt sh_true_object, sh_false_object;
#define SH_TRUE ((ShObject *)&sh_true_object)
#define SH_FALSE ((ShObject *)&sh_false_object)
static inline ShObject *sh_bool_from(bool b) { return b ? SH_TRUE : SH_FALSE; } /* immortal */

#endif
