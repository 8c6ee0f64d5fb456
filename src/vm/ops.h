/* The slower halves of instructions, kept out of the eval loop so that it
   reads top to bottom: names, unpacking, raising, with, imports, calls. */
#ifndef SHOAL_OPS_H
#define SHOAL_OPS_H

#include "frame.h"

void sh_op_name_error(ShObject *name);
void sh_op_unbound_local(ShCode *co, uint32_t reg);
void sh_op_unbound_deref(ShCode *co, uint32_t reg);
/* 1 found (*v new ref), 0 absent, -1 error: the frame's locals mapping only */
int sh_op_lookup_locals(ShFrame *f, ShObject *name, ShObject **v);
ShObject *sh_op_load_name(ShFrame *f, ShObject *name);
int sh_op_store_name(ShFrame *f, ShObject *name, ShObject *v);
int sh_op_delete_name(ShFrame *f, ShObject *name);

int sh_op_unpack(ShObject *seq, ShRef *out, uint32_t n);
int sh_op_unpack_ex(ShObject *seq, ShRef *out, uint32_t before, uint32_t after);
ShObject *sh_op_build_string(ShRef *parts, uint32_t n);
ShObject *sh_op_format_value(ShObject *v, uint32_t conversion, ShObject *spec);
int sh_op_list_extend(ShObject *list, ShObject *iterable);
int sh_op_dict_update(ShObject *dict, ShObject *other);
int sh_op_dict_merge(ShObject *dict, ShObject *other, ShObject *callee);
struct ShAttrCache;
/* Fills an attribute cache for a LOAD_ATTR, LOAD_METHOD or STORE_ATTR site. */
enum { SH_ATTR_FOR_LOAD, SH_ATTR_FOR_METHOD, SH_ATTR_FOR_STORE };
void sh_op_fill_attr_cache(struct ShAttrCache *cache, ShObject *obj, ShObject *name, int use);
ShObject *sh_op_make_function(ShFrame *f, ShCode *code, uint32_t flags, ShRef *extra);
ShObject *sh_op_call_ex(ShObject *callable, ShObject *args, ShObject *kwargs);
ShObject *sh_op_get_yield_from_iter(ShObject *o);

void sh_op_raise(ShObject *exc, ShObject *cause);
void sh_op_reraise_handled(ShThreadState *ts);
int sh_op_exc_match(ShObject *exc, ShObject *type);
/* WITH_ENTER, ASYNC_WITH_ENTER: calls ctx.__enter__() (__aenter__, not
   awaited) into *result; *exit_fn is __exit__ (__aexit__), unbound when
   *exit_unbound (WITH_EXIT then passes ctx first). */
int sh_op_with_enter(ShObject *ctx, bool is_async, ShObject **exit_fn, bool *exit_unbound,
                     ShObject **result);
/* WITH_EXIT: exit_fn(self if not NULL, type, value, traceback), None x3
   without exc. */
ShObject *sh_op_with_exit(ShObject *exit_fn, ShObject *self, ShObject *exc);

ShObject *sh_op_import_name(ShFrame *f, ShObject *name, ShObject *fromlist, int level);
ShObject *sh_op_import_from(ShObject *module, ShObject *name);
int sh_op_import_star(ShFrame *f, ShObject *module);
int sh_op_setup_annotations(ShFrame *f);
int sh_op_print_expr(ShObject *v);

#endif
