/* The gc module: control of the cycle collector (runtime/gc.c) and the
   introspection functions programs use. */
#include <stdlib.h>
#include "../shoal.h"
#include "../runtime/gc.h"

static ShObject *gc_collect(ShObject *self, ShObject *const *args, size_t nargs,
                            ShObject *kwnames) {
  ShObject *generation = NULL;
  if (sh_args_parse("collect", args, nargs, kwnames, "|generation", &generation) < 0) return NULL;
  if (generation) {
    intptr_t g = sh_int_as_ssize(generation);
    if (g == -1 && sh_err_occurred()) return NULL;
    if (g < 0 || g > 2) return sh_err_format(&sh_exc_ValueError, "invalid generation");
  }
  return sh_int_from_i64(sh_gc_collect());
}

static ShObject *gc_enable(ShObject *self) {
  sh_gc_enable(true);
  SH_RETURN_NONE;
}

static ShObject *gc_disable(ShObject *self) {
  sh_gc_enable(false);
  SH_RETURN_NONE;
}

static ShObject *gc_isenabled(ShObject *self) {
  return sh_bool_from(sh_gc_is_enabled());
}

static ShObject *gc_get_count(ShObject *self) {
  ShObject *n = sh_int_from_i64(sh_gc_count());
  ShObject *zero = sh_int_from_i64(0);
  ShObject *r = n && zero ? sh_tuple_pack(3, n, zero, zero) : NULL;
  sh_xdecref(n);
  sh_xdecref(zero);
  return r;
}

static ShObject *gc_get_threshold(ShObject *self) {
  int t[3];
  sh_gc_get_thresholds(t);
  ShObject *v[3] = {sh_int_from_i64(t[0]), sh_int_from_i64(t[1]), sh_int_from_i64(t[2])};
  ShObject *r = v[0] && v[1] && v[2] ? sh_tuple_from_array(v, 3) : NULL;
  for (int i = 0; i < 3; i++)
    sh_xdecref(v[i]);
  return r;
}

static ShObject *gc_set_threshold(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("set_threshold", nargs, 1, 3) < 0) return NULL;
  int t[3];
  sh_gc_get_thresholds(t);
  for (size_t i = 0; i < nargs; i++) {
    intptr_t v = sh_int_as_ssize(args[i]);
    if (v == -1 && sh_err_occurred()) return NULL;
    t[i] = (int)v;
  }
  sh_gc_set_thresholds(t);
  SH_RETURN_NONE;
}

static ShObject *gc_is_tracked(ShObject *self, ShObject *o) {
  uint8_t bits = atomic_load_explicit(&o->gc_bits, memory_order_relaxed);
  return sh_bool_from((bits & SH_GC_TRACKED) && !sh_is_immortal(o));
}

static ShObject *gc_is_finalized(ShObject *self, ShObject *o) {
  uint8_t bits = atomic_load_explicit(&o->gc_bits, memory_order_relaxed);
  return sh_bool_from(bits & SH_GC_FINALIZED);
}

/* Objects found with the world stopped (sh_gc_foreach_tracked), each
   counted so that it outlives the restart, and only then put in a list:
   nothing that allocates objects or takes locks runs while others wait. */
typedef struct Gathered {
  ShObject **items;
  size_t n, cap;
  bool nomem;
} Gathered;

static int gather(Gathered *g, ShObject *o) {
  if (g->n == g->cap) {
    size_t cap = g->cap ? g->cap * 2 : 256;
    ShObject **items = realloc(g->items, cap * sizeof *items);
    if (!items) {
      g->nomem = true;
      return -1;
    }
    g->items = items;
    g->cap = cap;
  }
  sh_incref(o);
  g->items[g->n++] = o;
  return 0;
}

/* The gathered objects as a list (their references move into it). */
static ShObject *gathered_list(Gathered *g) {
  ShObject *list = g->nomem ? NULL : sh_list_new((intptr_t)g->n);
  for (size_t i = 0; i < g->n; i++) {
    if (list)
      sh_list_init_item(list, (intptr_t)i, g->items[i]);
    else
      sh_decref(g->items[i]);
  }
  free(g->items);
  if (!list && g->nomem) sh_err_no_memory();
  return list;
}

static int gather_object(ShObject *o, void *g) {
  return gather(g, o);
}

static ShObject *gc_get_objects(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  ShObject *generation = NULL;
  if (sh_args_parse("get_objects", args, nargs, kwnames, "|generation", &generation) < 0)
    return NULL;
  Gathered g = {0};
  sh_gc_foreach_tracked(gather_object, &g);
  return gathered_list(&g);
}

static int gather_referent(ShObject *o, void *g) {
  return o ? gather(g, o) : 0;
}

static ShObject *gc_get_referents(ShObject *self, ShObject *const *args, size_t nargs) {
  Gathered g = {0};
  /* other threads may be changing these containers: read them stopped */
  sh_stop_the_world();
  for (size_t i = 0; i < nargs && !g.nomem; i++) {
    ShObject *o = args[i];
    if (o->type->traverse) o->type->traverse(o, gather_referent, &g);
  }
  sh_start_the_world();
  return gathered_list(&g);
}

typedef struct Referrers {
  ShObject *const *targets;
  size_t ntargets;
  Gathered g;
  bool found;
} Referrers;

static int match_target(ShObject *o, void *arg) {
  Referrers *r = arg;
  for (size_t i = 0; i < r->ntargets; i++)
    if (o == r->targets[i]) r->found = true;
  return 0;
}

static int check_referrer(ShObject *o, void *arg) {
  Referrers *r = arg;
  if (!o->type->traverse) return 0;
  r->found = false;
  o->type->traverse(o, match_target, r);
  return r->found ? gather(&r->g, o) : 0;
}

static ShObject *gc_get_referrers(ShObject *self, ShObject *const *args, size_t nargs) {
  Referrers r = {args, nargs, {0}, false};
  sh_gc_foreach_tracked(check_referrer, &r);
  return gathered_list(&r.g);
}

static ShObject *gc_freeze(ShObject *self) {
  SH_RETURN_NONE;
}
static ShObject *gc_freeze_count(ShObject *self) {
  return sh_int_from_i64(0);
}

static ShMethodDef gc_functions[] = {
    {"collect", gc_collect, SH_METH_FASTKW, NULL},
    {"enable", gc_enable, SH_METH_NOARGS, NULL},
    {"disable", gc_disable, SH_METH_NOARGS, NULL},
    {"isenabled", gc_isenabled, SH_METH_NOARGS, NULL},
    {"get_count", gc_get_count, SH_METH_NOARGS, NULL},
    {"get_threshold", gc_get_threshold, SH_METH_NOARGS, NULL},
    {"set_threshold", gc_set_threshold, SH_METH_FAST, NULL},
    {"is_tracked", gc_is_tracked, SH_METH_O, NULL},
    {"is_finalized", gc_is_finalized, SH_METH_O, NULL},
    {"get_objects", gc_get_objects, SH_METH_FASTKW, NULL},
    {"get_referents", gc_get_referents, SH_METH_FAST, NULL},
    {"get_referrers", gc_get_referrers, SH_METH_FAST, NULL},
    {"freeze", gc_freeze, SH_METH_NOARGS, NULL},
    {"unfreeze", gc_freeze, SH_METH_NOARGS, NULL},
    {"get_freeze_count", gc_freeze_count, SH_METH_NOARGS, NULL},
    {NULL},
};

ShObject *sh_module_init_gc(void) {
  ShObject *m = sh_module_new("gc");
  if (!m || sh_module_add_functions(m, gc_functions) < 0 ||
      sh_module_add_object(m, "garbage", sh_list_new(0)) < 0 ||
      sh_module_add_object(m, "callbacks", sh_list_new(0)) < 0 ||
      sh_module_add_int(m, "DEBUG_STATS", 1) < 0 ||
      sh_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
      sh_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
      sh_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 || sh_module_add_int(m, "DEBUG_LEAK", 38) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
