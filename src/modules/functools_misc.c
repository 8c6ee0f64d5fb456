/* functools.reduce and functools.cmp_to_key (its KeyWrapper type) in C, for
   module _functools. */
#include <stddef.h>
#include "../shoal.h"
#include "../runtime/field.h"
#include "functools_internal.h"
#include "itertools_internal.h"

/* --------------------------------------------------------------- reduce */

static ShObject *reduce(ShObject *module, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)module;
  if (sh_args_no_kwargs("reduce", kwnames) < 0 || sh_args_check_count("reduce", nargs, 2, 3) < 0)
    return NULL;
  ShObject *func = args[0];
  ShObject *it = sh_object_iter(args[1]);
  if (!it) {
    if (sh_err_matches(&sh_exc_TypeError))
      sh_err_set_string(&sh_exc_TypeError, "reduce() arg 2 must support iteration");
    return NULL;
  }
  ShObject *acc = nargs > 2 ? sh_newref(args[2]) : NULL;
  for (;;) {
    ShObject *item = sh_iter_next(it);
    if (!item) break;
    if (!acc) {
      acc = item;
      continue;
    }
    ShObject *pair[2] = {acc, item};
    ShObject *next = sh_call(func, pair, 2, NULL);
    sh_decref(item);
    SH_SETREF(acc, next);
    if (!acc) break;
  }
  sh_decref(it);
  if (sh_err_occurred()) {
    sh_xdecref(acc);
    return NULL;
  }
  if (!acc)
    sh_err_set_string(&sh_exc_TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

/* ----------------------------------------------------------- KeyWrapper */

/* cmp_to_key(mycmp) is a KeyWrapper without an object; calling it makes
   one wrapping its argument. `obj` is writable (a field threads replace:
   runtime/field.h); `cmp` never changes. */
typedef struct {
  ShObject ob;
  ShObject *cmp;
  ShObject *obj;
} KeyWrapper;

#define KW(o) ((KeyWrapper *)(o))

static ShType keywrapper_type;

static ShObject *keywrapper_make(ShObject *cmp, ShObject *obj) {
  KeyWrapper *k = (KeyWrapper *)sh_object_alloc(&keywrapper_type, 0);
  if (!k) return NULL;
  k->cmp = sh_newref(cmp);
  k->obj = sh_xnewref(obj);
  return SH_OBJ(k);
}

static ShObject *keywrapper_call(ShObject *self, ShObject *const *args, size_t nargs,
                                 ShObject *kwnames) {
  static const char *const names[] = {"obj"};
  ShObject *obj;
  if (sh_itertools_parse("K", args, nargs, kwnames, names, 1, 1, 1, &obj) < 0) return NULL;
  return keywrapper_make(KW(self)->cmp, obj);
}

/* mycmp(a.obj, b.obj) <op> 0 */
static ShObject *keywrapper_richcompare(ShObject *self, ShObject *other, int op) {
  if (SH_TYPE(other) != &keywrapper_type) {
    sh_err_set_string(&sh_exc_TypeError, "other argument must be K instance");
    return NULL;
  }
  ShObject *x = sh_field_get_ref(self, &KW(self)->obj);
  ShObject *y = sh_field_get_ref(other, &KW(other)->obj);
  ShObject *r = NULL;
  if (!x || !y) {
    sh_err_set_string(&sh_exc_AttributeError, "object");
  } else {
    ShObject *c = sh_call2(KW(self)->cmp, x, y);
    if (c) {
      r = sh_object_richcompare(c, sh_int_from_i64(0), op);
      sh_decref(c);
    }
  }
  sh_xdecref(x);
  sh_xdecref(y);
  return r;
}

static void keywrapper_dealloc(ShObject *self) {
  SH_CLEAR(KW(self)->cmp);
  SH_CLEAR(KW(self)->obj);
  sh_object_free(self);
}

static int keywrapper_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  if (KW(self)->cmp && visit(KW(self)->cmp, arg)) return 1;
  sh_object_lock(self);
  ShObject *obj = KW(self)->obj;
  int r = obj ? visit(obj, arg) : 0;
  sh_object_unlock(self);
  return r;
}

static int keywrapper_clear(ShObject *self) {
  sh_xdecref(sh_field_swap(self, &KW(self)->obj, NULL));
  return 0;
}

static ShMemberDef keywrapper_members[] = {
    {"obj", SH_MEMBER_OBJECT, offsetof(KeyWrapper, obj), 0, "Value wrapped by a key function."},
    {NULL, 0, 0, 0, NULL}};

static ShType keywrapper_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KeyWrapper),
    .flags = SH_TPFLAGS_GC,
    .dealloc = keywrapper_dealloc,
    .hash = sh_hash_not_implemented,
    .richcompare = keywrapper_richcompare,
    .call = keywrapper_call,
    .traverse = keywrapper_traverse,
    .clear = keywrapper_clear,
    .members = keywrapper_members,
};

static ShObject *cmp_to_key(ShObject *module, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  (void)module;
  static const char *const names[] = {"mycmp"};
  ShObject *cmp;
  if (sh_itertools_parse("cmp_to_key", args, nargs, kwnames, names, 1, 1, 1, &cmp) < 0) return NULL;
  return keywrapper_make(cmp, NULL);
}

static ShMethodDef misc_functions[] = {
    {"reduce", reduce, SH_METH_FASTKW,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single\n"
     "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
     "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
     "of the iterable in the calculation, and serves as a default when the\n"
     "iterable is empty."},
    {"cmp_to_key", cmp_to_key, SH_METH_FASTKW, "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL}};

int sh_functools_add_misc(ShObject *m) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&keywrapper_type) < 0) return -1;
    atomic_store(&ready, true);
  }
  return sh_module_add_functions(m, misc_functions);
}
