/* The slower halves of the match-statement and except* instructions
   (ops_match.c). Int results: 1 yes/matched, 0 no, -1 error. */
#ifndef SHOAL_OPS_MATCH_H
#define SHOAL_OPS_MATCH_H

#include "ref.h"

int sh_op_match_sequence(ShObject *o);
int sh_op_match_mapping(ShObject *o);
ShObject *sh_op_get_len(ShObject *o);
/* out[0..len(keys)) get the values when all keys are present */
int sh_op_match_keys(ShObject *map, ShObject *keys, ShRef *out);
ShObject *sh_op_dict_without_keys(ShObject *map, ShObject *keys);
/* out[0..nargs+len(kwnames)) get the attributes on a match */
int sh_op_match_class(ShObject *subject, ShObject *cls, uint32_t nargs, ShObject *kwnames,
                      ShRef *out);

/* except* `type`: *match and *rest (new refs, rest may be None) on a match */
int sh_op_exc_group_match(ShObject *exc, ShObject *type, ShObject **match, ShObject **rest);
/* What a try/except* re-raises (None: nothing), from the original exception
   and the list of those raised in its clauses plus the unhandled rest. */
ShObject *sh_op_prep_reraise_star(ShObject *orig, ShObject *list);

#endif
