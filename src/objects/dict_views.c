/* dict views (keys, values, items) with their set operations, and the six
   dict iterator types (forward and reversed over keys, values, items). */
#include "../shoal.h"
#include "container_util.h"
#include "dict_internal.h"
#include "type_internal.h"

/* ----------------------------------------------------------- iterators */

/* Threads may share an iterator. Once several threads run, each step
   claims its entry by moving `pos` with a compare-and-swap and counts it
   off `len` with an atomic subtraction: a stale plain store could move
   `pos` back and hand out entries twice, running `len` down to 0 early
   and raising a bogus "dictionary keys changed during iteration". (Telling
   a loop's own iterator from a shared one by its counts is not exact: a
   thread may borrow it from a container without counting; measured, the
   two atomics cost ~10% of a dict iteration step.) Until then plain steps
   suffice. `pos` is DONE once exhausted; `dict` is let go only by
   sh_iter_let_go. */
typedef struct {
  ShObject ob;
  ShObject *dict; /* NULL when exhausted and let go */
  intptr_t pos, used, len;
  int kind, dir;
} DictIter;

#define DONE INTPTR_MIN

static ShType *iter_types[2][3] = {
    {&sh_type_dict_keyiterator, &sh_type_dict_valueiterator, &sh_type_dict_itemiterator},
    {&sh_type_dict_reversekeyiterator, &sh_type_dict_reversevalueiterator,
     &sh_type_dict_reverseitemiterator}};

ShObject *sh_dict_iter_new(ShObject *d, int kind, bool reversed) {
  DictIter *it = (DictIter *)sh_object_alloc(iter_types[reversed][kind], 0);
  if (!it) return NULL;
  it->dict = sh_newref(d);
  it->used = sh_dict_size(d);
  it->len = it->used;
  it->kind = kind;
  it->dir = reversed ? -1 : 1;
  it->pos = reversed ? INTPTR_MAX : 0;
  if (reversed && it->used == 0) it->pos = -1;
  return SH_OBJ(it);
}

static void dictiter_dealloc(ShObject *o) {
  sh_xdecref(((DictIter *)o)->dict);
  sh_object_free(o);
}

static int dictiter_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShObject *d = ((DictIter *)o)->dict;
  return d ? visit(d, arg) : 0;
}

static inline intptr_t load_relaxed(intptr_t *p) {
  return __atomic_load_n(p, __ATOMIC_RELAXED);
}

/* One step once several threads run: the entry at or after pos is taken
   (new references in *k, *v) only if pos can be moved past it before
   another thread moves it; otherwise the step starts again from where
   that thread left pos. 0 at the end. */
static __attribute__((noinline)) int step_shared(DictIter *it, ShObject *d, intptr_t pos,
                                                 ShObject **k, ShObject **v) {
  for (;;) {
    /* pos < 0: the reversed end, or DONE by another thread */
    intptr_t next = pos;
    if (pos < 0 || !sh_dict_step_ref(d, &next, it->dir, k, v, NULL)) return 0;
    if (__atomic_compare_exchange_n(&it->pos, &pos, next, false, __ATOMIC_RELAXED,
                                    __ATOMIC_RELAXED))
      return 1;
    if (k) SH_CLEAR(*k);
    if (v) SH_CLEAR(*v);
  }
}

/* Counts one entry off len; returns len before. */
static inline intptr_t count_off(DictIter *it, bool shared) {
  if (shared) return __atomic_fetch_sub(&it->len, 1, __ATOMIC_RELAXED);
  intptr_t n = load_relaxed(&it->len);
  __atomic_store_n(&it->len, n - 1, __ATOMIC_RELAXED);
  return n;
}

static ShObject *dictiter_end(DictIter *it) {
  __atomic_store_n(&it->pos, DONE, __ATOMIC_RELAXED);
  sh_iter_let_go(&it->dict);
  return NULL;
}

static __attribute__((noinline)) ShObject *changed_size(DictIter *it) {
  sh_err_set_string(&sh_exc_RuntimeError, "dictionary changed size during iteration");
  __atomic_store_n(&it->used, -1, __ATOMIC_RELAXED);
  return NULL;
}

static __attribute__((noinline)) ShObject *keys_changed(DictIter *it, ShObject *k, ShObject *v) {
  sh_xdecref(k);
  sh_xdecref(v);
  sh_err_set_string(&sh_exc_RuntimeError, "dictionary keys changed during iteration");
  return dictiter_end(it);
}

static ShObject *dictiter_next(ShObject *o) {
  DictIter *it = (DictIter *)o;
  ShObject *d = it->dict;
  intptr_t pos = load_relaxed(&it->pos);
  if (!d || pos == DONE) return NULL;
  if (load_relaxed(&it->used) != sh_dict_size(d)) return changed_size(it);
  ShObject *k = NULL, *v = NULL;
  ShObject **kp = it->kind != 1 ? &k : NULL, **vp = it->kind != 0 ? &v : NULL;
  bool shared = sh_multithreaded();
  int found = shared ? step_shared(it, d, pos, kp, vp)
                     : pos >= 0 && sh_dict_step_ref(d, &it->pos, it->dir, kp, vp, NULL);
  if (!found) return dictiter_end(it);
  if (count_off(it, shared) <= 0) return keys_changed(it, k, v);
  if (it->kind == 0) return k;
  if (it->kind == 1) return v;
  ShObject *t = sh_tuple_new(2);
  if (!t) {
    sh_decref(k);
    sh_decref(v);
    return NULL;
  }
  SH_TUPLE_ITEMS(t)[0] = k;
  SH_TUPLE_ITEMS(t)[1] = v;
  return t;
}

static ShObject *dictiter_length_hint(ShObject *o) {
  DictIter *it = (DictIter *)o;
  ShObject *d = it->dict;
  intptr_t len = load_relaxed(&it->len);
  bool live = d && load_relaxed(&it->pos) != DONE && load_relaxed(&it->used) == sh_dict_size(d);
  return sh_int_from_i64(live && len > 0 ? len : 0);
}

static ShMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

#define DICT_ITER_TYPE(cname, pyname)                                                              \
  ShType cname = {                                                                                 \
      .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},                                               \
      .name = pyname,                                                                              \
      .basicsize = sizeof(DictIter),                                                               \
      .flags = SH_TPFLAGS_GC,                                                                      \
      .dealloc = dictiter_dealloc,                                                                 \
      .traverse = dictiter_traverse,                                                               \
      .iter = sh_iter_self,                                                                        \
      .iternext = dictiter_next,                                                                   \
      .methods = dictiter_methods,                                                                 \
  };
DICT_ITER_TYPE(sh_type_dict_keyiterator, "dict_keyiterator")
DICT_ITER_TYPE(sh_type_dict_valueiterator, "dict_valueiterator")
DICT_ITER_TYPE(sh_type_dict_itemiterator, "dict_itemiterator")
DICT_ITER_TYPE(sh_type_dict_reversekeyiterator, "dict_reversekeyiterator")
DICT_ITER_TYPE(sh_type_dict_reversevalueiterator, "dict_reversevalueiterator")
DICT_ITER_TYPE(sh_type_dict_reverseitemiterator, "dict_reverseitemiterator")

/* --------------------------------------------------------------- views */

typedef struct {
  ShObject ob;
  ShObject *dict;
} DictView;

#define VIEW_DICT(o) (((DictView *)(o))->dict)

static int view_kind(ShObject *o) {
  ShType *t = SH_TYPE(o);
  return t == &sh_type_dict_keys ? 0 : t == &sh_type_dict_values ? 1 : 2;
}

static bool is_setlike_view(ShObject *o) {
  return sh_type_check(o, &sh_type_dict_keys) || sh_type_check(o, &sh_type_dict_items);
}

ShObject *sh_dict_view_new(ShObject *d, ShType *type) {
  DictView *v = (DictView *)sh_object_alloc(type, 0);
  if (!v) return NULL;
  v->dict = sh_newref(d);
  return SH_OBJ(v);
}

static void view_dealloc(ShObject *o) {
  sh_xdecref(VIEW_DICT(o));
  sh_object_free(o);
}

static int view_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  return VIEW_DICT(o) ? visit(VIEW_DICT(o), arg) : 0;
}

static intptr_t view_len(ShObject *o) {
  return sh_dict_size(VIEW_DICT(o));
}

static ShObject *view_iter(ShObject *o) {
  return sh_dict_iter_new(VIEW_DICT(o), view_kind(o), false);
}

static ShObject *view_reversed(ShObject *o) {
  return sh_dict_iter_new(VIEW_DICT(o), view_kind(o), true);
}

static ShObject *view_mapping(ShObject *o, void *closure) {
  (void)closure;
  return sh_mappingproxy_new(VIEW_DICT(o));
}

static ShObject *view_repr(ShObject *o) {
  int r = sh_repr_enter(o);
  if (r < 0) return NULL;
  if (r > 0) return sh_str_from_cstr("...");
  ShObject *l = sh_list_new(0);
  ShObject *res = NULL;
  if (l && sh_list_extend(l, o) == 0)
    res = sh_str_from_format("%s(%R)", sh_type_name(SH_TYPE(o)), l);
  sh_xdecref(l);
  sh_repr_leave(o);
  return res;
}

static int keys_contains(ShObject *o, ShObject *key) {
  return sh_dict_contains(VIEW_DICT(o), key);
}

static int items_contains(ShObject *o, ShObject *item) {
  if (!SH_TUPLE_CHECK(item) || SH_TUPLE_SIZE(item) != 2) return 0;
  ShObject *v;
  int r = sh_dict_get_ref(VIEW_DICT(o), SH_TUPLE_GET(item, 0), &v);
  if (r <= 0) return r;
  r = sh_object_richcompare_bool(v, SH_TUPLE_GET(item, 1), SH_EQ);
  sh_decref(v);
  return r;
}

static int view_contains(ShObject *o, ShObject *x) {
  return view_kind(o) == 0 ? keys_contains(o, x) : items_contains(o, x);
}

int sh_all_contained_in(ShObject *a, ShObject *b) {
  ShObject *it = sh_object_iter(a);
  if (!it) return -1;
  ShObject *x;
  int ok = 1;
  while ((x = sh_iter_next(it)) != NULL) {
    int r = sh_sequence_contains(b, x);
    sh_decref(x);
    if (r <= 0) {
      ok = r;
      break;
    }
  }
  sh_decref(it);
  if (ok == 1 && sh_err_occurred()) return -1;
  return ok;
}

static ShObject *view_richcompare(ShObject *a, ShObject *b, int op) {
  if (!SH_ANYSET_CHECK(b) && !is_setlike_view(b)) return SH_NOTIMPLEMENTED;
  intptr_t la = sh_object_length(a), lb = sh_object_length(b);
  if (la < 0 || lb < 0) return NULL;
  int r;
  switch (op) {
  case SH_EQ:
  case SH_NE: r = la == lb ? sh_all_contained_in(a, b) : 0; break;
  case SH_LT: r = la < lb ? sh_all_contained_in(a, b) : 0; break;
  case SH_LE: r = la <= lb ? sh_all_contained_in(a, b) : 0; break;
  case SH_GT: r = la > lb ? sh_all_contained_in(b, a) : 0; break;
  default: r = la >= lb ? sh_all_contained_in(b, a) : 0; break;
  }
  if (r < 0) return NULL;
  if (op == SH_NE) r = !r;
  return sh_bool_from(r);
}

static ShObject *view_sub(ShObject *a, ShObject *b) {
  ShObject *res = sh_set_new(a);
  if (res && sh_set_difference_update1(res, b) < 0) SH_CLEAR(res);
  return res;
}

static ShObject *view_or(ShObject *a, ShObject *b) {
  ShObject *res = sh_set_new(a);
  if (res && sh_set_update(res, b) < 0) SH_CLEAR(res);
  return res;
}

static ShObject *view_xor(ShObject *a, ShObject *b) {
  ShObject *res = sh_set_new(a);
  if (res && sh_set_symmetric_difference_update1(res, b) < 0) SH_CLEAR(res);
  return res;
}

static ShObject *view_and(ShObject *a, ShObject *b) {
  if (!is_setlike_view(a)) {
    ShObject *t = a;
    a = b;
    b = t;
  }
  intptr_t la = view_len(a);
  if (SH_TYPE(b) == &sh_type_set) {
    if (la <= sh_set_size(b)) return sh_set_intersection1(b, a);
  }
  if (is_setlike_view(b) && view_len(b) > la) {
    ShObject *t = a;
    a = b;
    b = t;
  }
  ShObject *res = sh_set_new(NULL);
  if (!res) return NULL;
  ShObject *it = sh_object_iter(b);
  if (!it) {
    sh_decref(res);
    return NULL;
  }
  ShObject *x;
  while ((x = sh_iter_next(it)) != NULL) {
    int r = view_contains(a, x);
    if (r > 0) r = sh_set_add(res, x);
    sh_decref(x);
    if (r < 0) break;
  }
  sh_decref(it);
  if (sh_err_occurred()) SH_CLEAR(res);
  return res;
}

static ShObject *view_isdisjoint(ShObject *self, ShObject *other) {
  if (self == other) return sh_bool_from(view_len(self) == 0);
  ShObject *container = self, *iterable = other;
  if (SH_ANYSET_CHECK(other) || is_setlike_view(other)) {
    intptr_t lo = sh_object_length(other);
    if (lo < 0) return NULL;
    if (lo > view_len(self)) {
      container = other;
      iterable = self;
    }
  }
  ShObject *it = sh_object_iter(iterable);
  if (!it) return NULL;
  ShObject *x;
  int disjoint = 1;
  while ((x = sh_iter_next(it)) != NULL) {
    int r = sh_sequence_contains(container, x);
    sh_decref(x);
    if (r != 0) {
      disjoint = r < 0 ? -1 : 0;
      break;
    }
  }
  sh_decref(it);
  if (disjoint < 0 || sh_err_occurred()) return NULL;
  return sh_bool_from(disjoint);
}

static ShNumberMethods view_as_number = {
    .subtract = view_sub,
    .and_ = view_and,
    .or_ = view_or,
    .xor_ = view_xor,
};

static ShSequenceMethods setview_as_sequence = {
    .length = view_len,
    .contains = view_contains,
};

static ShSequenceMethods valuesview_as_sequence = {
    .length = view_len,
};

static ShMethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, SH_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

static ShMethodDef valuesview_methods[] = {{"__reversed__", view_reversed, SH_METH_NOARGS, NULL},
                                           {NULL, NULL, 0, NULL}};

static ShGetSetDef view_getset[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

ShType sh_type_dict_keys = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "dict_keys",
    .basicsize = sizeof(DictView),
    .flags = SH_TPFLAGS_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .hash = sh_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .as_number = &view_as_number,
    .as_sequence = &setview_as_sequence,
    .methods = setview_methods,
    .getset = view_getset,
};

ShType sh_type_dict_items = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "dict_items",
    .basicsize = sizeof(DictView),
    .flags = SH_TPFLAGS_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .hash = sh_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = view_iter,
    .as_number = &view_as_number,
    .as_sequence = &setview_as_sequence,
    .methods = setview_methods,
    .getset = view_getset,
};

ShType sh_type_dict_values = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "dict_values",
    .basicsize = sizeof(DictView),
    .flags = SH_TPFLAGS_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .iter = view_iter,
    .as_sequence = &valuesview_as_sequence,
    .methods = valuesview_methods,
    .getset = view_getset,
};

int sh_dict_init_types(void) {
  ShType *types[] = {&sh_type_dict,
                     &sh_type_dict_keys,
                     &sh_type_dict_values,
                     &sh_type_dict_items,
                     &sh_type_dict_keyiterator,
                     &sh_type_dict_valueiterator,
                     &sh_type_dict_itemiterator,
                     &sh_type_dict_reversekeyiterator,
                     &sh_type_dict_reversevalueiterator,
                     &sh_type_dict_reverseitemiterator};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (sh_type_ready(types[i]) < 0) return -1;
  return 0;
}
