/* The _weakref module: weak references (ref), proxies, and the clearing of
   every weak reference to an object when it dies, safe across threads. */
#include <string.h>

#include "../shoal.h"
#include "weakref.h"

/* One lock guards every weak reference list, every referent pointer and
   every callback of a published weak reference. Nothing under it runs
   Python code, decrefs or allocates objects, so it is held briefly. A
   dereference takes a reference to the referent under the lock; the dying
   object's clearing takes the same lock before its memory is touched, so
   the dereferencing thread sees either a live object with a reference of
   its own, or NULL. */
static _Atomic uint8_t wr_lock;

typedef struct ShWeakRef {
  ShObject ob;
  _Atomic(ShObject *) referent; /* NULL once dead (or not linked yet) */
  ShObject *callback;           /* NULL when none; changed under wr_lock */
  sh_hash_t hash;               /* -1 until computed */
  struct ShWeakRef *prev, *next;
} ShWeakRef;

#define WR(o) ((ShWeakRef *)(o))

static ShObject *referent_of(ShWeakRef *w) {
  return atomic_load_explicit(&w->referent, memory_order_acquire);
}

static bool is_proxy(ShObject *o) {
  return SH_TYPE(o) == &sh_type_weakproxy || SH_TYPE(o) == &sh_type_weakcallableproxy;
}

/* A weak reference that `ref(o)` / `proxy(o)` without a callback shares. */
static bool is_basic_ref(ShWeakRef *w) {
  return SH_TYPE(w) == &sh_type_weakref && !w->callback;
}
static bool is_basic_proxy(ShWeakRef *w) {
  return is_proxy(SH_OBJ(w)) && !w->callback;
}

/* ------------------------------------------------ where lists live */

/* Instances of classes keep the list head in their __weakref__ slot;
   objects of builtin types that allow weak references (functions, sets,
   types...) in a side table keyed by address. Both under wr_lock. */
typedef struct SideEntry {
  ShObject *obj;
  ShWeakRef *head;
  struct SideEntry *next;
} SideEntry;

static SideEntry **side_buckets;
static size_t side_nbuckets, side_count;

static size_t side_index(ShObject *o, size_t n) {
  uintptr_t h = (uintptr_t)o;
  h ^= h >> 17;
  h *= 0x9E3779B97F4A7C15u;
  return (size_t)(h >> 20) & (n - 1);
}

static SideEntry **side_find(ShObject *o) {
  if (!side_nbuckets) return NULL;
  SideEntry **p = &side_buckets[side_index(o, side_nbuckets)];
  while (*p && (*p)->obj != o)
    p = &(*p)->next;
  return p;
}

static bool side_grow(void) {
  size_t n = side_nbuckets ? side_nbuckets * 2 : 64;
  SideEntry **b = sh_mem_calloc(n, sizeof *b);
  if (!b) return false;
  for (size_t i = 0; i < side_nbuckets; i++) {
    SideEntry *e = side_buckets[i];
    while (e) {
      SideEntry *next = e->next;
      size_t k = side_index(e->obj, n);
      e->next = b[k];
      b[k] = e;
      e = next;
    }
  }
  sh_mem_free(side_buckets);
  side_buckets = b;
  side_nbuckets = n;
  return true;
}

static ShWeakRef *head_get(ShObject *o) {
  intptr_t off = SH_TYPE(o)->weaklistoffset;
  if (off) return __atomic_load_n((ShWeakRef **)((char *)o + off), __ATOMIC_RELAXED);
  SideEntry **p = side_find(o);
  return p && *p ? (*p)->head : NULL;
}

/* Stores o's list head; NULL empties it. false: out of memory. */
static bool head_set(ShObject *o, ShWeakRef *head) {
  intptr_t off = SH_TYPE(o)->weaklistoffset;
  if (off) {
    __atomic_store_n((ShWeakRef **)((char *)o + off), head, __ATOMIC_RELAXED);
    return true;
  }
  SideEntry **p = side_find(o);
  if (p && *p) {
    if (head) {
      (*p)->head = head;
    } else {
      SideEntry *e = *p;
      *p = e->next;
      sh_mem_free(e);
      side_count--;
    }
    return true;
  }
  if (!head) return true;
  if (side_count >= side_nbuckets && !side_grow()) return false;
  SideEntry *e = sh_mem_alloc(sizeof *e);
  if (!e) return false;
  size_t k = side_index(o, side_nbuckets);
  e->obj = o;
  e->head = head;
  e->next = side_buckets[k];
  side_buckets[k] = e;
  side_count++;
  return true;
}

static bool weakrefable(ShObject *o) {
  if (SH_TYPE(o)->weaklistoffset) return true;
  return sh_type_check(o, &sh_type_function) || sh_type_check(o, &sh_type_method) ||
         SH_ANYSET_CHECK(o) || SH_TYPE_CHECK(o) || sh_type_check(o, &sh_type_module) ||
         sh_type_check(o, &sh_type_generator);
}

/* Takes w out of its referent's list and marks it dead. */
static void unlink_locked(ShWeakRef *w) {
  ShObject *o = referent_of(w);
  if (!o) return;
  atomic_store_explicit(&w->referent, NULL, memory_order_release);
  if (w->prev)
    w->prev->next = w->next;
  else
    head_set(o, w->next); /* shrinking never allocates */
  if (w->next) w->next->prev = w->prev;
  w->prev = w->next = NULL;
}

/* Links w into o's list, basic ref first, basic proxy next, then the
   others newest first (the order getweakrefs reports and callbacks run). */
static bool link_locked(ShWeakRef *w, ShObject *o) {
  ShWeakRef *head = head_get(o), *prev = NULL;
  if (!is_basic_ref(w)) {
    if (head && is_basic_ref(head)) prev = head;
    ShWeakRef *after = prev ? prev->next : head;
    if (!is_basic_proxy(w) && after && is_basic_proxy(after)) prev = after;
  }
  if (prev) {
    w->next = prev->next;
    w->prev = prev;
    if (prev->next) prev->next->prev = w;
    prev->next = w;
  } else {
    if (!head_set(o, w)) return false;
    w->next = head;
    w->prev = NULL;
    if (head) head->prev = w;
  }
  atomic_store_explicit(&w->referent, o, memory_order_release);
  atomic_fetch_or_explicit(&o->gc_bits, SH_GC_WEAKREFS, memory_order_relaxed);
  sh_refcount_publish(o); /* other threads' deref try-increfs it */
  return true;
}

/* The referent with a new reference, or NULL (no error) when it is dead. */
static ShObject *deref(ShWeakRef *w) {
  if (!referent_of(w)) return NULL;
  sh_mutex_lock(&wr_lock);
  ShObject *o = referent_of(w);
  if (o && !sh_try_incref(o)) o = NULL;
  sh_mutex_unlock(&wr_lock);
  return o;
}

/* ------------------------------------------------ clearing on death */

static void callbacks_init(ShWeakrefCallbacks *l) {
  l->items = l->inline_items;
  l->n = 0;
  l->cap = SH_WEAKREF_INLINE_CALLBACKS;
}

/* Room for one more pair; false when out of memory (the callback is then
   dropped, the weak reference still cleared). */
static bool callbacks_reserve(ShWeakrefCallbacks *l) {
  if (l->n < l->cap) return true;
  size_t cap = l->cap * 2;
  ShObject **items = sh_mem_alloc(2 * cap * sizeof *items);
  if (!items) return false;
  memcpy(items, l->items, 2 * l->n * sizeof *items);
  if (l->items != l->inline_items) sh_mem_free(l->items);
  l->items = items;
  l->cap = cap;
  return true;
}

/* Clears every weak reference to o and adds the callbacks to run to l
   (weak reference, callback pairs, both counted). For the collector
   (`garbage`), o is pinned rather than dying, and callbacks of weak
   references that are garbage themselves are dropped, as CPython does.
   Runs no Python code and takes no lock but wr_lock. */
static void detach_all(ShObject *o, bool garbage, ShWeakrefCallbacks *l) {
  sh_mutex_lock(&wr_lock);
  ShWeakRef *w = head_get(o);
  while (w) {
    ShWeakRef *next = w->next;
    atomic_store_explicit(&w->referent, NULL, memory_order_release);
    w->prev = w->next = NULL;
    /* weak references are merged from birth, so try-incref refuses a dying one */
    bool dropped = garbage && (atomic_load_explicit(&SH_OBJ(w)->gc_bits, memory_order_relaxed) &
                               SH_GC_UNREACHABLE);
    if (w->callback && !dropped && callbacks_reserve(l) && sh_try_incref(SH_OBJ(w))) {
      l->items[2 * l->n] = SH_OBJ(w);
      l->items[2 * l->n + 1] = w->callback;
      w->callback = NULL;
      l->n++;
    }
    w = next;
  }
  head_set(o, NULL);
  sh_mutex_unlock(&wr_lock);
}

void sh_weakref_run_callbacks(ShWeakrefCallbacks *l) {
  if (l->n) {
    ShObject *saved = sh_err_fetch();
    for (size_t i = 0; i < l->n; i++) {
      ShObject *r = sh_call1(l->items[2 * i + 1], l->items[2 * i]);
      if (r)
        sh_decref(r);
      else
        sh_err_write_unraisable(sh_err_fetch(), l->items[2 * i + 1]);
      sh_decref(l->items[2 * i + 1]);
      sh_decref(l->items[2 * i]);
    }
    sh_err_restore(saved);
  }
  if (l->items != l->inline_items) sh_mem_free(l->items);
  callbacks_init(l);
}

void sh_weakref_clear_dying(ShObject *o) {
  ShWeakrefCallbacks l;
  callbacks_init(&l);
  detach_all(o, false, &l);
  sh_weakref_run_callbacks(&l);
}

void sh_weakref_callbacks_init(ShWeakrefCallbacks *l) {
  callbacks_init(l);
}

void sh_weakref_detach_garbage(ShObject *o, ShWeakrefCallbacks *l) {
  detach_all(o, true, l);
}

/* ------------------------------------------------ the ref type */

static ShObject *find_basic_locked(ShObject *o, bool proxy) {
  ShWeakRef *h = head_get(o);
  if (h && is_basic_ref(h)) {
    if (!proxy) return SH_OBJ(h);
    h = h->next;
  }
  return h && proxy && is_basic_proxy(h) ? SH_OBJ(h) : NULL;
}

/* ref(o, callback) / proxy(o, callback) of `type`. */
static ShObject *make_weakref(ShType *type, ShObject *o, ShObject *callback) {
  if (callback == SH_NONE) callback = NULL;
  if (!weakrefable(o))
    return sh_err_format(&sh_exc_TypeError, "cannot create weak reference to '%s' object",
                         SH_TYPE(o)->name);
  bool proxy = type == &sh_type_weakproxy || type == &sh_type_weakcallableproxy;
  bool basic = !callback && (type == &sh_type_weakref || proxy);
  if (basic) {
    sh_mutex_lock(&wr_lock);
    ShObject *b = find_basic_locked(o, proxy);
    if (b && !sh_try_incref(b)) b = NULL;
    sh_mutex_unlock(&wr_lock);
    if (b) return b;
  }
  ShWeakRef *w = (ShWeakRef *)sh_object_alloc(type, 0);
  if (!w) return NULL;
  w->callback = sh_xnewref(callback);
  w->hash = -1;
  /* Other threads take references to weak references found in a list
     (callbacks, getweakrefs): a merged count makes try-incref exact. */
  sh_refcount_give_up_ownership(SH_OBJ(w));
  sh_mutex_lock(&wr_lock);
  ShObject *b = basic ? find_basic_locked(o, proxy) : NULL;
  if (b && sh_try_incref(b)) {
    sh_mutex_unlock(&wr_lock);
    sh_decref(SH_OBJ(w));
    return b;
  }
  bool ok = link_locked(w, o);
  sh_mutex_unlock(&wr_lock);
  if (!ok) {
    sh_decref(SH_OBJ(w));
    return sh_err_no_memory();
  }
  return SH_OBJ(w);
}

static ShObject *wr_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  /* keywords are left to a subclass's __init__ */
  if (type == &sh_type_weakref && sh_args_no_kwargs("ref", kwnames) < 0) return NULL;
  if (kwnames) nargs -= (size_t)SH_TUPLE_SIZE(kwnames);
  if (sh_args_check_count("__new__", nargs, 1, 2) < 0) return NULL;
  return make_weakref(type, args[0], nargs > 1 ? args[1] : NULL);
}

static int wr_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (kwnames) nargs -= (size_t)SH_TUPLE_SIZE(kwnames);
  return sh_args_check_count("__init__", nargs, 1, 2);
}

static void wr_dealloc(ShObject *self) {
  ShWeakRef *w = WR(self);
  sh_mutex_lock(&wr_lock);
  unlink_locked(w);
  ShObject *cb = w->callback;
  w->callback = NULL;
  sh_mutex_unlock(&wr_lock);
  sh_xdecref(cb);
  sh_object_free(self);
}

static int wr_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  ShObject *cb = WR(self)->callback;
  return cb ? visit(cb, arg) : 0;
}

static int wr_clear(ShObject *self) {
  ShWeakRef *w = WR(self);
  sh_mutex_lock(&wr_lock);
  unlink_locked(w);
  ShObject *cb = w->callback;
  w->callback = NULL;
  sh_mutex_unlock(&wr_lock);
  sh_xdecref(cb);
  return 0;
}

static ShObject *wr_call(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_args_no_kwargs("weakref", kwnames) < 0) return NULL;
  if (nargs)
    return sh_err_format(&sh_exc_TypeError, "weakref expected 0 arguments, got %zd",
                         (intptr_t)nargs);
  ShObject *o = deref(WR(self));
  return o ? o : sh_newref(SH_NONE);
}

static sh_hash_t wr_hash(ShObject *self) {
  ShWeakRef *w = WR(self);
  sh_hash_t h = __atomic_load_n(&w->hash, __ATOMIC_RELAXED);
  if (h != -1) return h;
  ShObject *o = deref(w);
  if (!o) {
    sh_err_set_string(&sh_exc_TypeError, "weak object has gone away");
    return -1;
  }
  h = sh_object_hash(o);
  sh_decref(o);
  if (h != -1) __atomic_store_n(&w->hash, h, __ATOMIC_RELAXED);
  return h;
}

static ShObject *wr_richcompare(ShObject *a, ShObject *b, int op) {
  if ((op != SH_EQ && op != SH_NE) || !sh_type_check(a, &sh_type_weakref) ||
      !sh_type_check(b, &sh_type_weakref))
    return sh_newref(SH_NOTIMPLEMENTED);
  ShObject *x = deref(WR(a)), *y = deref(WR(b));
  ShObject *r;
  if (x && y)
    r = sh_object_richcompare(x, y, op);
  else
    r = sh_bool_from((a == b) == (op == SH_EQ));
  sh_xdecref(x);
  sh_xdecref(y);
  return r;
}

static ShObject *describe(ShObject *self, const char *kind) {
  ShObject *o = deref(WR(self));
  if (!o) return sh_str_from_format("<%s at %p; dead>", kind, (void *)self);
  ShObject *name = sh_object_lookup_special(o, SH_ID(__name__));
  if (!name && sh_err_occurred()) sh_err_clear();
  ShObject *r;
  if (name && SH_STR_CHECK(name))
    r = sh_str_from_format("<%s at %p; to '%s' at %p (%U)>", kind, (void *)self, SH_TYPE(o)->name,
                           (void *)o, name);
  else
    r = sh_str_from_format("<%s at %p; to '%s' at %p>", kind, (void *)self, SH_TYPE(o)->name,
                           (void *)o);
  sh_xdecref(name);
  sh_decref(o);
  return r;
}

static ShObject *wr_repr(ShObject *self) {
  return describe(self, "weakref");
}

static ShObject *wr_get_callback(ShObject *self, void *c) {
  sh_mutex_lock(&wr_lock);
  ShObject *cb = sh_xnewref(WR(self)->callback);
  sh_mutex_unlock(&wr_lock);
  return cb ? cb : sh_newref(SH_NONE);
}

static ShGetSetDef wr_getset[] = {
    {"__callback__", wr_get_callback, NULL, NULL, NULL},
    {NULL},
};

ShType sh_type_weakref = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(ShWeakRef),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .dealloc = wr_dealloc,
    .repr = wr_repr,
    .hash = wr_hash,
    .richcompare = wr_richcompare,
    .call = wr_call,
    .traverse = wr_traverse,
    .clear = wr_clear,
    .new_ = wr_new,
    .init = wr_init,
    .getset = wr_getset,
};

/* ------------------------------------------------ proxies */

/* The referent of a proxy (new reference), or ReferenceError. Other
   objects come back as they are, with a new reference. */
static ShObject *unwrap(ShObject *o) {
  if (!is_proxy(o)) return sh_newref(o);
  ShObject *r = deref(WR(o));
  if (!r) sh_err_set_string(&sh_exc_ReferenceError, "weakly-referenced object no longer exists");
  return r;
}

static ShObject *px_getattr(ShObject *self, ShObject *name) {
  ShObject *o = unwrap(self);
  if (!o) return NULL;
  ShObject *r = sh_object_getattr(o, name);
  sh_decref(o);
  return r;
}

static int px_setattr(ShObject *self, ShObject *name, ShObject *value) {
  ShObject *o = unwrap(self);
  if (!o) return -1;
  int r = value ? sh_object_setattr(o, name, value) : sh_object_delattr(o, name);
  sh_decref(o);
  return r;
}

static ShObject *px_call(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *o = unwrap(self);
  if (!o) return NULL;
  ShObject *r = sh_call(o, args, nargs, kwnames);
  sh_decref(o);
  return r;
}

static ShObject *px_repr(ShObject *self) {
  ShObject *o = deref(WR(self));
  ShObject *r = sh_str_from_format("<weakproxy at %p to %s at %p>", (void *)self,
                                   SH_TYPE(o ? o : SH_NONE)->name, (void *)(o ? o : SH_NONE));
  sh_xdecref(o);
  return r;
}

static sh_hash_t px_hash(ShObject *self) {
  sh_err_format(&sh_exc_TypeError, "unhashable type: '%s'", SH_TYPE(self)->name);
  return -1;
}

static ShObject *px_str(ShObject *self) {
  ShObject *o = unwrap(self);
  if (!o) return NULL;
  ShObject *r = sh_object_str(o);
  sh_decref(o);
  return r;
}

/* Both operands of a binary operation, proxies replaced by their referents
   (new references); false with ReferenceError when one is dead. */
static bool unwrap_pair(ShObject *a, ShObject *b, ShObject **x, ShObject **y) {
  if (!(*x = unwrap(a))) return false;
  if (!(*y = unwrap(b))) {
    sh_decref(*x);
    return false;
  }
  return true;
}

static ShObject *px_richcompare(ShObject *a, ShObject *b, int op) {
  ShObject *x, *y;
  if (!unwrap_pair(a, b, &x, &y)) return NULL;
  ShObject *r = sh_object_richcompare(x, y, op);
  sh_decref(x);
  sh_decref(y);
  return r;
}

static int px_bool(ShObject *self) {
  ShObject *o = unwrap(self);
  if (!o) return -1;
  int r = sh_object_is_true(o);
  sh_decref(o);
  return r;
}

static intptr_t px_len(ShObject *self) {
  ShObject *o = unwrap(self);
  if (!o) return -1;
  ShObject *n = sh_call_method(o, SH_ID(__len__), NULL, 0);
  sh_decref(o);
  if (!n) return -1;
  intptr_t r = sh_int_as_ssize(n);
  sh_decref(n);
  return r;
}

static ShObject *px_getitem(ShObject *self, ShObject *key) {
  ShObject *o = unwrap(self);
  if (!o) return NULL;
  ShObject *r = sh_object_getitem(o, key);
  sh_decref(o);
  return r;
}

static int px_setitem(ShObject *self, ShObject *key, ShObject *value) {
  ShObject *o = unwrap(self);
  if (!o) return -1;
  int r = value ? sh_object_setitem(o, key, value) : sh_object_delitem(o, key);
  sh_decref(o);
  return r;
}

static int px_contains(ShObject *self, ShObject *item) {
  ShObject *o = unwrap(self);
  if (!o) return -1;
  int r = sh_sequence_contains(o, item);
  sh_decref(o);
  return r;
}

static ShObject *px_iter(ShObject *self) {
  ShObject *o = unwrap(self);
  if (!o) return NULL;
  ShObject *r = sh_object_iter(o);
  sh_decref(o);
  return r;
}

static ShObject *px_binary(ShObject *a, ShObject *b, ShBinaryOp op) {
  ShObject *x, *y;
  if (!unwrap_pair(a, b, &x, &y)) return NULL;
  ShObject *r = sh_number_binary(x, y, op);
  sh_decref(x);
  sh_decref(y);
  return r;
}

#define PX_BINOP(fname, op)                                                                        \
  static ShObject *fname(ShObject *a, ShObject *b) {                                               \
    return px_binary(a, b, op);                                                                    \
  }
PX_BINOP(px_add, SH_BINOP_ADD)
PX_BINOP(px_sub, SH_BINOP_SUB)
PX_BINOP(px_mul, SH_BINOP_MUL)
PX_BINOP(px_truediv, SH_BINOP_TRUEDIV)
PX_BINOP(px_floordiv, SH_BINOP_FLOORDIV)
PX_BINOP(px_mod, SH_BINOP_MOD)

static ShObject *px_neg(ShObject *self) {
  ShObject *o = unwrap(self);
  if (!o) return NULL;
  ShObject *r = sh_number_negative(o);
  sh_decref(o);
  return r;
}

static ShNumberMethods px_as_number = {
    .add = px_add,
    .subtract = px_sub,
    .multiply = px_mul,
    .true_divide = px_truediv,
    .floor_divide = px_floordiv,
    .remainder = px_mod,
    .negative = px_neg,
    .bool_ = px_bool,
};

static ShSequenceMethods px_as_sequence = {
    .contains = px_contains,
};

static ShMappingMethods px_as_mapping = {
    .length = px_len,
    .subscript = px_getitem,
    .ass_subscript = px_setitem,
};

#define PROXY_TYPE(var, tname, callslot)                                                           \
  ShType var = {                                                                                   \
      .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},                                               \
      .name = tname,                                                                               \
      .basicsize = sizeof(ShWeakRef),                                                              \
      .flags = SH_TPFLAGS_GC,                                                                      \
      .dealloc = wr_dealloc,                                                                       \
      .repr = px_repr,                                                                             \
      .str = px_str,                                                                               \
      .hash = px_hash,                                                                             \
      .richcompare = px_richcompare,                                                               \
      .getattro = px_getattr,                                                                      \
      .setattro = px_setattr,                                                                      \
      .call = callslot,                                                                            \
      .iter = px_iter,                                                                             \
      .traverse = wr_traverse,                                                                     \
      .clear = wr_clear,                                                                           \
      .as_number = &px_as_number,                                                                  \
      .as_sequence = &px_as_sequence,                                                              \
      .as_mapping = &px_as_mapping,                                                                \
  }

PROXY_TYPE(sh_type_weakproxy, "weakref.ProxyType", NULL);
PROXY_TYPE(sh_type_weakcallableproxy, "weakref.CallableProxyType", px_call);

/* ------------------------------------------------ module functions */

static ShObject *mod_proxy(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("proxy", nargs, 1, 2) < 0) return NULL;
  ShType *t = sh_callable(args[0]) ? &sh_type_weakcallableproxy : &sh_type_weakproxy;
  return make_weakref(t, args[0], nargs > 1 ? args[1] : NULL);
}

static ShObject *mod_getweakrefcount(ShObject *self, ShObject *o) {
  intptr_t n = 0;
  sh_mutex_lock(&wr_lock);
  if (atomic_load_explicit(&o->gc_bits, memory_order_relaxed) & SH_GC_WEAKREFS)
    for (ShWeakRef *w = head_get(o); w; w = w->next)
      n++;
  sh_mutex_unlock(&wr_lock);
  return sh_int_from_i64(n);
}

static ShObject *mod_getweakrefs(ShObject *self, ShObject *o) {
  ShObject *list = sh_list_new(0);
  if (!list) return NULL;
  for (;;) {
    /* take references under the lock, append (which allocates) after */
    ShObject *got[32];
    int n = 0;
    intptr_t skip = sh_list_size(list);
    sh_mutex_lock(&wr_lock);
    if (atomic_load_explicit(&o->gc_bits, memory_order_relaxed) & SH_GC_WEAKREFS)
      for (ShWeakRef *w = head_get(o); w && n < 32; w = w->next)
        if (skip-- <= 0 && sh_try_incref(SH_OBJ(w))) got[n++] = SH_OBJ(w);
    sh_mutex_unlock(&wr_lock);
    int err = 0;
    for (int i = 0; i < n; i++) {
      if (!err && sh_list_append(list, got[i]) < 0) err = 1;
      sh_decref(got[i]);
    }
    if (err) {
      sh_decref(list);
      return NULL;
    }
    if (n < 32) return list;
  }
}

static bool is_dead_weakref(ShObject *v, void *unused) {
  (void)unused;
  return sh_type_check(v, &sh_type_weakref) && !referent_of(WR(v));
}

/* Removes d[key] if it is a dead weak reference, in one step: another
   thread may store a live one under the same key meanwhile, which must
   stay (WeakValueDictionary's callbacks). */
static ShObject *mod_remove_dead_weakref(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("_remove_dead_weakref", nargs, 2, 2) < 0) return NULL;
  if (!SH_DICT_CHECK(args[0])) {
    return sh_err_format(&sh_exc_TypeError,
                         "_remove_dead_weakref() argument 1 must be dict, not %s",
                         sh_type_name(SH_TYPE(args[0])));
  }
  if (sh_dict_pop_if(args[0], args[1], is_dead_weakref, NULL) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShMethodDef weakref_functions[] = {
    {"proxy", mod_proxy, SH_METH_FAST, NULL},
    {"getweakrefcount", mod_getweakrefcount, SH_METH_O, NULL},
    {"getweakrefs", mod_getweakrefs, SH_METH_O, NULL},
    {"_remove_dead_weakref", mod_remove_dead_weakref, SH_METH_FAST, NULL},
    {NULL},
};

ShObject *sh_module_init__weakref(void) {
  static bool ready;
  if (!ready) {
    if (sh_type_ready(&sh_type_weakref) < 0 || sh_type_ready(&sh_type_weakproxy) < 0 ||
        sh_type_ready(&sh_type_weakcallableproxy) < 0)
      return NULL;
    ready = true;
  }
  ShObject *m = sh_module_new("_weakref");
  if (!m || sh_module_add_functions(m, weakref_functions) < 0 ||
      sh_module_add_object(m, "ref", sh_newref(SH_OBJ(&sh_type_weakref))) < 0 ||
      sh_module_add_object(m, "ReferenceType", sh_newref(SH_OBJ(&sh_type_weakref))) < 0 ||
      sh_module_add_object(m, "ProxyType", sh_newref(SH_OBJ(&sh_type_weakproxy))) < 0 ||
      sh_module_add_object(m, "CallableProxyType", sh_newref(SH_OBJ(&sh_type_weakcallableproxy))) <
          0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
