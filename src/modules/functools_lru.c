/* functools._lru_cache_wrapper in C (module _functools; the lru_cache
   decorator in lib/functools.py makes one): CPython 3.11's semantics, with
   threads calling one cached function at once. */
#include <stddef.h>
#include "../shoal.h"
#include "../vm/function.h"
#include "functools_internal.h"
#include "itertools_internal.h"

/* Three modes, by maxsize: 0 caches nothing and only counts misses; None
   (-1 here) keeps every result in `cache`, a dict key -> result; n > 0
   keeps at most n: `cache` maps key -> Link, and the links also form a
   doubly linked list, most recently used first, which says what to evict.

   Threads: the user function, and anything that hashes or compares keys
   (their __hash__ and __eq__ may be Python code), run with no lock of ours
   held. The dict is only used through its own thread-safe API: a lookup,
   setdefault (so that of two threads computing the same key one result
   stays), and a removal that takes the key only if it still maps to the
   evicted link. The list, its length and each link's `linked` flag change
   under the wrapper's mutex, which is held only for pointer moves. A link
   can be found in the dict while it is not (or no longer) in the list: a
   thread inserting it links it just after, an eviction unlinks it just
   before removing it; a hit on such a link still counts as a hit. Hits and
   misses are atomic counters (plain stores before a second thread has
   run), so that their sum is exactly the number of calls. */
typedef struct Link {
  ShObject ob;
  struct Link *prev, *next; /* under the wrapper's mutex, while linked */
  ShObject *key, *result;   /* never change */
  bool linked;
} Link;

typedef struct {
  ShObject ob;
  ShObject *func, *cache, *info_type;
  ShObject *dict, *weakrefs;
  intptr_t maxsize; /* -1: unbounded */
  bool typed;
  _Atomic intptr_t hits, misses;
  Link *head, *tail; /* most and least recently used */
  intptr_t linked;   /* links in the list */
} Lru;

#define LRU(o) ((Lru *)(o))

static ShType link_type, lru_type;
/* The marker between positional and keyword parts of a key, as CPython's
   kwd_mark: an object() of our own. */
static ShObject kwd_mark = SH_OBJECT_HEAD_INIT(&sh_type_object);
static ShObject *str_setdefault;

static inline void count_up(_Atomic intptr_t *c) {
  if (!sh_multithreaded())
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + 1,
                          memory_order_relaxed);
  else
    atomic_fetch_add_explicit(c, 1, memory_order_relaxed);
}

/* ----------------------------------------------------------------- keys */

/* CPython's key: a single exact int or str argument is its own key;
   otherwise the positional arguments, then (with keywords) the marker and
   each name and value, then (typed) the type of each argument, positional
   and keyword. */
static ShObject *make_key(Lru *w, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  if (!w->typed && nkw == 0) {
    if (nargs == 1 && (SH_INT_CHECK_EXACT(args[0]) || SH_STR_CHECK_EXACT(args[0])))
      return sh_newref(args[0]);
    return sh_tuple_from_array(args, (intptr_t)nargs);
  }
  size_t n = nargs + (nkw ? 1 + 2 * nkw : 0) + (w->typed ? nargs + nkw : 0), i = 0;
  ShObject *key = sh_tuple_new((intptr_t)n);
  if (!key) return NULL;
  ShObject **items = SH_TUPLE_ITEMS(key);
  for (size_t a = 0; a < nargs; a++)
    items[i++] = sh_newref(args[a]);
  if (nkw) {
    items[i++] = sh_newref(&kwd_mark);
    for (size_t k = 0; k < nkw; k++) {
      items[i++] = sh_newref(SH_TUPLE_GET(kwnames, (intptr_t)k));
      items[i++] = sh_newref(args[nargs + k]);
    }
  }
  if (w->typed)
    for (size_t a = 0; a < nargs + nkw; a++)
      items[i++] = sh_newref(SH_OBJ(SH_TYPE(args[a])));
  return key;
}

/* ---------------------------------------------------------------- links */

static Link *link_new(ShObject *key, ShObject *result) {
  Link *l = (Link *)sh_object_alloc(&link_type, 0);
  if (!l) return NULL;
  l->key = sh_newref(key);
  l->result = sh_newref(result);
  return l;
}

static void link_dealloc(ShObject *self) {
  Link *l = (Link *)self;
  SH_CLEAR(l->key);
  SH_CLEAR(l->result);
  sh_object_free(self);
}

static int link_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  Link *l = (Link *)self;
  if (l->key && visit(l->key, arg)) return 1;
  return l->result ? visit(l->result, arg) : 0;
}

static ShType link_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "functools._lru_list_elem",
    .basicsize = sizeof(Link),
    .flags = SH_TPFLAGS_GC,
    .dealloc = link_dealloc,
    .traverse = link_traverse,
};

/* List operations: the wrapper's mutex held. */
static void list_unlink(Lru *w, Link *l) {
  if (l->prev)
    l->prev->next = l->next;
  else
    w->head = l->next;
  if (l->next)
    l->next->prev = l->prev;
  else
    w->tail = l->prev;
  l->prev = l->next = NULL;
}

static void list_push_front(Lru *w, Link *l) {
  l->prev = NULL;
  l->next = w->head;
  if (w->head)
    w->head->prev = l;
  else
    w->tail = l;
  w->head = l;
}

/* Empties the list under the mutex and returns its links (chained by
   `next`, no longer linked: nobody else touches their pointers), whose
   references pass to the caller. */
static Link *list_take_all(ShObject *self) {
  Lru *w = LRU(self);
  sh_object_lock(self);
  Link *all = w->head;
  for (Link *l = all; l; l = l->next)
    l->linked = false;
  w->head = w->tail = NULL;
  w->linked = 0;
  sh_object_unlock(self);
  return all;
}

static void drop_links(Link *l) {
  while (l) {
    Link *next = l->next;
    sh_decref(SH_OBJ(l));
    l = next;
  }
}

/* -------------------------------------------------------------- calling */

static ShObject *call_uncached(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  count_up(&LRU(self)->misses);
  return sh_call(LRU(self)->func, args, nargs, kwnames);
}

static ShObject *call_unbounded(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  Lru *w = LRU(self);
  ShObject *key = make_key(w, args, nargs, kwnames), *r;
  if (!key) return NULL;
  int found = sh_dict_get_ref(w->cache, key, &r);
  if (found != 0) {
    sh_decref(key);
    if (found < 0) return NULL;
    count_up(&w->hits);
    return r;
  }
  count_up(&w->misses);
  r = sh_call(w->func, args, nargs, kwnames);
  if (r && sh_dict_set_item(w->cache, key, r) < 0) SH_CLEAR(r);
  sh_decref(key);
  return r;
}

static bool is_link(ShObject *value, void *link) {
  return value == link;
}

/* Puts a new link (in the dict already) at the front, and takes the least
   recently used one out of the list when there are more than maxsize: its
   key leaves the dict afterwards, unless the dict has a newer link for it. */
static int insert_link(ShObject *self, Link *l) {
  Lru *w = LRU(self);
  Link *victim = NULL;
  sh_incref(SH_OBJ(l)); /* the list's reference */
  sh_object_lock(self);
  list_push_front(w, l);
  l->linked = true;
  if (++w->linked > w->maxsize) {
    victim = w->tail;
    list_unlink(w, victim);
    victim->linked = false;
    w->linked--;
  }
  sh_object_unlock(self);
  if (!victim) return 0;
  int r = sh_dict_pop_if(w->cache, victim->key, is_link, victim);
  sh_decref(SH_OBJ(victim));
  return r < 0 ? -1 : 0;
}

static ShObject *call_bounded(ShObject *self, ShObject *const *args, size_t nargs,
                              ShObject *kwnames) {
  Lru *w = LRU(self);
  ShObject *key = make_key(w, args, nargs, kwnames), *found;
  if (!key) return NULL;
  int r = sh_dict_get_ref(w->cache, key, &found);
  if (r != 0) {
    sh_decref(key);
    if (r < 0) return NULL;
    Link *l = (Link *)found;
    sh_object_lock(self);
    if (l->linked && w->head != l) {
      list_unlink(w, l);
      list_push_front(w, l);
    }
    sh_object_unlock(self);
    count_up(&w->hits);
    ShObject *result = sh_newref(l->result);
    sh_decref(found);
    return result;
  }
  count_up(&w->misses);
  ShObject *result = sh_call(w->func, args, nargs, kwnames);
  Link *l = result ? link_new(key, result) : NULL;
  if (!l) goto fail;
  /* a thread (or the call itself) may have cached the key meanwhile: the
     link already there stays, and ours goes */
  ShObject *sd_args[2] = {key, SH_OBJ(l)};
  found = sh_call_method(w->cache, str_setdefault, sd_args, 2);
  if (!found) goto fail;
  sh_decref(found);
  if (found == SH_OBJ(l) && insert_link(self, l) < 0) goto fail;
  sh_decref(SH_OBJ(l));
  sh_decref(key);
  return result;
fail:
  sh_xdecref(SH_OBJ(l));
  sh_xdecref(result);
  sh_decref(key);
  return NULL;
}

static ShObject *lru_call(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  intptr_t maxsize = LRU(self)->maxsize;
  if (maxsize > 0) return call_bounded(self, args, nargs, kwnames);
  if (maxsize < 0) return call_unbounded(self, args, nargs, kwnames);
  return call_uncached(self, args, nargs, kwnames);
}

/* ---------------------------------------------------------- the wrapper */

static ShObject *lru_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type"};
  ShObject *a[4];
  if (sh_itertools_parse("lru_cache", args, nargs, kwnames, names, 4, 4, 4, a) < 0) return NULL;
  if (!sh_callable(a[0])) {
    sh_err_set_string(&sh_exc_TypeError, "the first argument must be callable");
    return NULL;
  }
  int typed = sh_object_is_true(a[2]);
  if (typed < 0) return NULL;
  intptr_t maxsize = -1;
  if (a[1] != SH_NONE) {
    ShNumberMethods *nb = SH_TYPE(a[1])->as_number;
    if (!nb || !nb->index) {
      sh_err_set_string(&sh_exc_TypeError, "maxsize should be integer or None");
      return NULL;
    }
    maxsize = sh_number_as_ssize(a[1], &sh_exc_OverflowError);
    if (maxsize == -1 && sh_err_occurred()) return NULL;
    if (maxsize < 0) maxsize = 0;
  }
  ShObject *cache = sh_dict_new();
  if (!cache) return NULL;
  Lru *w = (Lru *)sh_object_alloc(type, 0);
  if (!w) {
    sh_decref(cache);
    return NULL;
  }
  w->func = sh_newref(a[0]);
  w->cache = cache;
  w->info_type = sh_newref(a[3]);
  w->maxsize = maxsize;
  w->typed = typed;
  return SH_OBJ(w);
}

/* The dict's size, as CPython reports. A bounded cache's dict may hold
   one more entry for each thread between its insertion and the eviction
   that follows it, and (after a cache_clear racing an insertion) the list
   may hold a link the dict has lost: the smaller of the two is what the
   cache keeps, and never passes maxsize. */
static intptr_t current_size(ShObject *self) {
  Lru *w = LRU(self);
  intptr_t n = sh_dict_size(w->cache);
  if (w->maxsize <= 0) return n;
  sh_object_lock(self);
  if (w->linked < n) n = w->linked;
  sh_object_unlock(self);
  return n;
}

/* cache_info_type(hits, misses, maxsize, currsize) */
static ShObject *lru_cache_info(ShObject *self) {
  Lru *w = LRU(self);
  ShObject *v[4];
  v[0] = sh_int_from_i64(atomic_load_explicit(&w->hits, memory_order_relaxed));
  v[1] = sh_int_from_i64(atomic_load_explicit(&w->misses, memory_order_relaxed));
  v[2] = w->maxsize < 0 ? sh_newref(SH_NONE) : sh_int_from_i64(w->maxsize);
  v[3] = sh_int_from_i64(current_size(self));
  ShObject *r = NULL;
  if (v[0] && v[1] && v[2] && v[3]) r = sh_call(w->info_type, v, 4, NULL);
  for (int i = 0; i < 4; i++)
    sh_xdecref(v[i]);
  return r;
}

static ShObject *lru_cache_clear(ShObject *self) {
  Lru *w = LRU(self);
  Link *all = list_take_all(self);
  atomic_store_explicit(&w->hits, 0, memory_order_relaxed);
  atomic_store_explicit(&w->misses, 0, memory_order_relaxed);
  int r = sh_dict_clear(w->cache);
  drop_links(all);
  return r < 0 ? NULL : sh_newref(SH_NONE);
}

/* Pickled by name, as a module-level function is. */
static ShObject *lru_reduce(ShObject *self) {
  return sh_object_getattr(self, SH_ID(__qualname__));
}

static ShObject *lru_copy(ShObject *self) {
  return sh_newref(self);
}

static ShObject *lru_deepcopy(ShObject *self, ShObject *memo) {
  (void)memo;
  return sh_newref(self);
}

/* A method when looked up on an instance, as a function would be. */
static ShObject *lru_descr_get(ShObject *self, ShObject *obj, ShObject *type) {
  (void)type;
  if (!obj || obj == SH_NONE) return sh_newref(self);
  return sh_method_new(self, obj);
}

static void lru_dealloc(ShObject *self) {
  Lru *w = LRU(self);
  drop_links(w->head);
  SH_CLEAR(w->func);
  SH_CLEAR(w->cache);
  SH_CLEAR(w->info_type);
  SH_CLEAR(w->dict);
  sh_object_free(self);
}

/* The list's references to its links are visited too (the collector must
   see every reference the wrapper holds); under the mutex for
   gc.get_referents while other threads run. */
static int lru_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  Lru *w = LRU(self);
  if (w->func && visit(w->func, arg)) return 1;
  if (w->cache && visit(w->cache, arg)) return 1;
  if (w->info_type && visit(w->info_type, arg)) return 1;
  ShObject *d = __atomic_load_n(&w->dict, __ATOMIC_ACQUIRE);
  if (d && visit(d, arg)) return 1;
  int r = 0;
  sh_object_lock(self);
  for (Link *l = w->head; l && !r; l = l->next)
    r = visit(SH_OBJ(l), arg);
  sh_object_unlock(self);
  return r;
}

static int lru_clear(ShObject *self) {
  Lru *w = LRU(self);
  drop_links(list_take_all(self));
  if (w->cache) sh_dict_clear(w->cache);
  SH_CLEAR(w->dict);
  return 0;
}

static ShGetSetDef lru_getset[] = {
    {"__dict__", sh_functools_get_dict, sh_functools_set_dict, NULL, (void *)offsetof(Lru, dict)},
    {NULL, NULL, NULL, NULL, NULL}};

static ShMethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, SH_METH_NOARGS, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, SH_METH_NOARGS, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, SH_METH_NOARGS, NULL},
    {"__copy__", lru_copy, SH_METH_NOARGS, NULL},
    {"__deepcopy__", lru_deepcopy, SH_METH_O, NULL},
    {NULL, NULL, 0, NULL}};

static ShType lru_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(Lru),
    .flags = SH_TPFLAGS_GC | SH_TPFLAGS_METHOD_DESCRIPTOR,
    .doc = "Create a cached callable that wraps another function.\n\n"
           "user_function:      the function being cached\n\n"
           "maxsize:  0         for no caching\n"
           "          None      for unlimited cache size\n"
           "          n         for a bounded cache\n\n"
           "typed:    False     cache f(3) and f(3.0) as identical calls\n"
           "          True      cache f(3) and f(3.0) as distinct calls\n\n"
           "cache_info_type:    namedtuple class with the fields:\n"
           "                        hits misses currsize maxsize\n",
    .dealloc = lru_dealloc,
    .call = lru_call,
    .descr_get = lru_descr_get,
    .traverse = lru_traverse,
    .clear = lru_clear,
    .new_ = lru_new,
    .methods = lru_methods,
    .getset = lru_getset,
    .dictoffset = offsetof(Lru, dict),
    .weaklistoffset = offsetof(Lru, weakrefs),
};

int sh_functools_add_lru(ShObject *m) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&link_type) < 0 || sh_type_ready(&lru_type) < 0) return -1;
    str_setdefault = sh_str_intern_cstr("setdefault");
    if (!str_setdefault) return -1;
    atomic_store(&ready, true);
  }
  return sh_module_add_object(m, "_lru_cache_wrapper", sh_newref(SH_OBJ(&lru_type)));
}
