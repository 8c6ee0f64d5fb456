/* A minimal types.GenericAlias, what `list[int]` and the other builtin
   __class_getitem__ methods return: origin, args, repr, ==, hash, call. */
#include "../shoal.h"
#include "container_util.h"

typedef struct {
  ShObject ob;
  ShObject *origin;
  ShObject *args; /* tuple */
} GenericAlias;

ShObject *sh_generic_alias_new(ShObject *origin, ShObject *args) {
  GenericAlias *ga = (GenericAlias *)sh_object_alloc(&sh_type_generic_alias, 0);
  if (!ga) return NULL;
  ga->origin = sh_newref(origin);
  ga->args = SH_TUPLE_CHECK(args) ? sh_newref(args) : sh_tuple_pack(1, args);
  if (!ga->args) {
    sh_decref(SH_OBJ(ga));
    return NULL;
  }
  return SH_OBJ(ga);
}

static void ga_dealloc(ShObject *o) {
  GenericAlias *ga = (GenericAlias *)o;
  sh_xdecref(ga->origin);
  sh_xdecref(ga->args);
  sh_object_free(o);
}

static int ga_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  GenericAlias *ga = (GenericAlias *)o;
  int r = 0;
  if (ga->origin && (r = visit(ga->origin, arg))) return r;
  if (ga->args && (r = visit(ga->args, arg))) return r;
  return 0;
}

/* Types print as module.qualname (builtins without the module). */
static int ga_repr_item(ShStrBuilder *sb, ShObject *p) {
  if (p == SH_ELLIPSIS) return sh_sb_append_cstr(sb, "...");
  if (!SH_TYPE_CHECK(p)) return sh_sb_append_repr(sb, p);
  ShObject *qual = NULL, *mod = NULL;
  int r = sh_object_lookup_attr(p, SH_ID(__qualname__), &qual);
  if (r > 0) r = sh_object_lookup_attr(p, SH_ID(__module__), &mod);
  if (r < 0) {
    sh_xdecref(qual);
    return -1;
  }
  if (r == 0 || !qual || !mod) {
    sh_xdecref(qual);
    sh_xdecref(mod);
    return sh_sb_append_repr(sb, p);
  }
  if (!(SH_STR_CHECK(mod) && sh_str_equal_cstr(mod, "builtins"))) {
    if (sh_sb_append_format(sb, "%S.", mod) < 0) r = -1;
  }
  if (r >= 0 && sh_sb_append_format(sb, "%S", qual) < 0) r = -1;
  sh_decref(qual);
  sh_decref(mod);
  return r < 0 ? -1 : 0;
}

static ShObject *ga_repr(ShObject *o) {
  GenericAlias *ga = (GenericAlias *)o;
  ShStrBuilder sb;
  sh_sb_init(&sb);
  if (ga_repr_item(&sb, ga->origin) < 0 || sh_sb_append_cstr(&sb, "[") < 0) goto fail;
  intptr_t n = SH_TUPLE_SIZE(ga->args);
  if (n == 0 && sh_sb_append_cstr(&sb, "()") < 0) goto fail;
  for (intptr_t i = 0; i < n; i++) {
    if (i && sh_sb_append_cstr(&sb, ", ") < 0) goto fail;
    if (ga_repr_item(&sb, SH_TUPLE_GET(ga->args, i)) < 0) goto fail;
  }
  if (sh_sb_append_cstr(&sb, "]") < 0) goto fail;
  return sh_sb_finish(&sb);
fail:
  sh_sb_discard(&sb);
  return NULL;
}

static ShObject *ga_richcompare(ShObject *a, ShObject *b, int op) {
  if (SH_TYPE(b) != &sh_type_generic_alias || (op != SH_EQ && op != SH_NE))
    return SH_NOTIMPLEMENTED;
  GenericAlias *x = (GenericAlias *)a, *y = (GenericAlias *)b;
  int r = sh_object_richcompare_bool(x->origin, y->origin, SH_EQ);
  if (r < 0) return NULL;
  if (r) r = sh_object_richcompare_bool(x->args, y->args, SH_EQ);
  if (r < 0) return NULL;
  return sh_bool_from(op == SH_EQ ? r : !r);
}

static sh_hash_t ga_hash(ShObject *o) {
  GenericAlias *ga = (GenericAlias *)o;
  sh_hash_t h0 = sh_object_hash(ga->origin);
  if (h0 == -1) return -1;
  sh_hash_t h1 = sh_object_hash(ga->args);
  if (h1 == -1) return -1;
  sh_hash_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

static ShObject *ga_call(ShObject *o, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return sh_call(((GenericAlias *)o)->origin, args, nargs, kwnames);
}

static ShObject *ga_getattro(ShObject *o, ShObject *name) {
  GenericAlias *ga = (GenericAlias *)o;
  if (SH_STR_CHECK(name)) {
    if (sh_str_equal_cstr(name, "__origin__")) return sh_newref(ga->origin);
    if (sh_str_equal_cstr(name, "__args__")) return sh_newref(ga->args);
    if (sh_str_equal_cstr(name, "__parameters__")) return sh_tuple_new(0);
    /* everything but dunders comes from the origin, as CPython does */
    intptr_t n = SH_STR_LEN(name);
    if (!(n > 4 && SH_STR_CHAR(name, 0) == '_' && SH_STR_CHAR(name, 1) == '_' &&
          SH_STR_CHAR(name, n - 1) == '_' && SH_STR_CHAR(name, n - 2) == '_'))
      return sh_object_getattr(ga->origin, name);
  }
  return sh_object_generic_getattr(o, name);
}

ShType sh_type_generic_alias = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAlias),
    .flags = SH_TPFLAGS_GC,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .repr = ga_repr,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .call = ga_call,
    .getattro = ga_getattro,
};
