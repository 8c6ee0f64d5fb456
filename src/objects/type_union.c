/* types.UnionType: what `int | None` makes (PEP 604), enough for
   annotations, isinstance()/issubclass() and printing. */
#include "type_internal.h"

typedef struct ShUnion {
  ShObject ob;
  ShObject *args; /* tuple of the distinct members, NoneType for None */
} ShUnion;

ShType sh_type_union;

static bool union_member_ok(ShObject *o) {
  return o == SH_NONE || SH_TYPE_CHECK(o) || SH_TYPE(o) == &sh_type_union;
}

static int add_member(ShObject *list, ShObject *o) {
  if (o == SH_NONE) o = SH_OBJ(&sh_type_none);
  intptr_t n = sh_list_size(list);
  for (intptr_t i = 0; i < n; i++) {
    ShObject *x = sh_list_get_item(list, i);
    if (!x) return -1;
    sh_decref(x);
    if (x == o) return 0;
  }
  return sh_list_append(list, o);
}

static int add_all(ShObject *list, ShObject *o) {
  if (SH_TYPE(o) == &sh_type_union) {
    ShObject *args = ((ShUnion *)o)->args;
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(args); i++)
      if (add_member(list, SH_TUPLE_GET(args, i)) < 0) return -1;
    return 0;
  }
  return add_member(list, o);
}

/* a | b where each side is a class, None or a union; NotImplemented else. */
static ShObject *union_or(ShObject *a, ShObject *b) {
  if (!union_member_ok(a) || !union_member_ok(b)) return SH_NOTIMPLEMENTED;
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  if (add_all(list, a) < 0 || add_all(list, b) < 0) {
    sh_decref(list);
    return NULL;
  }
  if (sh_list_size(list) == 1) {
    ShObject *only = sh_list_get_item(list, 0);
    sh_decref(list);
    return only;
  }
  ShObject *args = sh_list_as_tuple(list);
  sh_decref(list);
  if (!args) return NULL;
  ShUnion *u = (ShUnion *)sh_object_alloc(&sh_type_union, 0);
  if (!u) {
    sh_decref(args);
    return NULL;
  }
  u->args = args;
  return SH_OBJ(u);
}

static void union_dealloc(ShObject *o) {
  SH_CLEAR(((ShUnion *)o)->args);
  sh_object_free(o);
}

static int union_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShObject *a = ((ShUnion *)o)->args;
  return a && visit(a, arg);
}

static ShObject *union_repr(ShObject *o) {
  ShObject *args = ((ShUnion *)o)->args;
  ShStrBuilder sb;
  sh_sb_init(&sb);
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(args); i++) {
    ShObject *a = SH_TUPLE_GET(args, i);
    int r = i ? sh_sb_append_cstr(&sb, " | ") : 0;
    if (r == 0) {
      if (a == SH_OBJ(&sh_type_none)) {
        r = sh_sb_append_cstr(&sb, "None");
      } else if (SH_TYPE_CHECK(a)) {
        ShObject *mod = sh_type_module_name((ShType *)a);
        if (!mod) sh_err_clear();
        ShObject *q = sh_type_qualname((ShType *)a);
        if (!q) r = -1;
        if (r == 0 && mod && SH_STR_CHECK(mod) && !sh_str_equal_cstr(mod, "builtins"))
          r = sh_sb_append_format(&sb, "%U.", mod);
        if (r == 0) r = sh_sb_append_str(&sb, q);
        sh_xdecref(mod);
        sh_xdecref(q);
      } else {
        r = sh_sb_append_repr(&sb, a);
      }
    }
    if (r < 0) {
      sh_sb_discard(&sb);
      return NULL;
    }
  }
  return sh_sb_finish(&sb);
}

static ShObject *union_richcompare(ShObject *a, ShObject *b, int op) {
  if ((op != SH_EQ && op != SH_NE) || SH_TYPE(b) != &sh_type_union) return SH_NOTIMPLEMENTED;
  ShObject *x = ((ShUnion *)a)->args, *y = ((ShUnion *)b)->args;
  bool eq = SH_TUPLE_SIZE(x) == SH_TUPLE_SIZE(y);
  for (intptr_t i = 0; eq && i < SH_TUPLE_SIZE(x); i++) {
    bool found = false;
    for (intptr_t j = 0; j < SH_TUPLE_SIZE(y) && !found; j++)
      found = SH_TUPLE_GET(x, i) == SH_TUPLE_GET(y, j);
    eq = found;
  }
  return sh_bool_from(op == SH_EQ ? eq : !eq);
}

static sh_hash_t union_hash(ShObject *o) {
  ShObject *args = ((ShUnion *)o)->args;
  uintptr_t h = 0x345678;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(args); i++)
    h ^= (uintptr_t)SH_TUPLE_GET(args, i) >> 4;
  sh_hash_t r = (sh_hash_t)h;
  return r == -1 ? -2 : r;
}

static ShObject *union_check(ShObject *self, ShObject *arg, bool instance) {
  ShObject *args = ((ShUnion *)self)->args;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(args); i++) {
    ShObject *c = SH_TUPLE_GET(args, i);
    int r = instance ? sh_object_isinstance(arg, c) : sh_object_issubclass(arg, c);
    if (r < 0) return NULL;
    if (r) return SH_TRUE;
  }
  return SH_FALSE;
}
static ShObject *union_instancecheck(ShObject *self, ShObject *arg) {
  return union_check(self, arg, true);
}
static ShObject *union_subclasscheck(ShObject *self, ShObject *arg) {
  return union_check(self, arg, false);
}

static ShObject *union_get_args(ShObject *o, void *c) {
  (void)c;
  return sh_newref(((ShUnion *)o)->args);
}
static ShObject *union_get_params(ShObject *o, void *c) {
  (void)o;
  (void)c;
  return sh_tuple_new(0);
}

static ShGetSetDef union_getset[] = {{"__args__", union_get_args, NULL, NULL, NULL},
                                     {"__parameters__", union_get_params, NULL, NULL, NULL},
                                     {NULL, NULL, NULL, NULL, NULL}};
static ShMethodDef union_methods[] = {{"__instancecheck__", union_instancecheck, SH_METH_O, NULL},
                                      {"__subclasscheck__", union_subclasscheck, SH_METH_O, NULL},
                                      {NULL, NULL, 0, NULL}};
static ShNumberMethods union_as_number = {.or_ = union_or};

ShType sh_type_union = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "types.UnionType",
    .basicsize = sizeof(ShUnion),
    .flags = SH_TPFLAGS_GC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .as_number = &union_as_number,
    .getset = union_getset,
    .methods = union_methods,
};

/* type.__or__ / __ror__ */
ShObject *sh_type_or(ShObject *a, ShObject *b) {
  return union_or(a, b);
}
