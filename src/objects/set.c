/* set and frozenset: open addressing with CPython's probe sequence (runs of
   linear probes, then perturbed jumps) and resize rules, so iteration order
   matches CPython's; plus the set operations and set_iterator. */
#include "../shoal.h"
#include "container_util.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MINSIZE 8

typedef struct {
  ShObject *key; /* NULL: never used; &dummy: deleted */
  sh_hash_t hash;
} SetEntry;

typedef struct {
  intptr_t mask;
  SetEntry e[];
} SetTable;

typedef struct {
  ShObject ob;
  intptr_t fill;                /* used + dummies; lock held to write */
  _Atomic intptr_t used;
  _Atomic uint64_t version;     /* bumped on every change (lock held) */
  _Atomic(SetTable *) table;    /* NULL: empty with the minimum size */
  intptr_t finger;              /* where pop() looks first */
  sh_hash_t hash;               /* frozenset only: -1 until computed */
} ShSet;

static ShObject dummy_obj = SH_OBJECT_HEAD_INIT(&sh_type_object);
#define DUMMY (&dummy_obj)

#define SO(o) ((ShSet *)(o))
static inline SetTable *table_of(ShObject *o) {
  return atomic_load_explicit(&SO(o)->table, memory_order_acquire);
}
static inline intptr_t mask_of(ShObject *o) {
  SetTable *t = table_of(o);
  return t ? t->mask : MINSIZE - 1;
}
static inline uint64_t version_of(ShObject *o) {
  return atomic_load_explicit(&SO(o)->version, memory_order_acquire);
}
static inline void bump(ShObject *o) {
  atomic_fetch_add_explicit(&SO(o)->version, 1, memory_order_release);
}
static inline void set_used(ShObject *o, intptr_t n) {
  atomic_store_explicit(&SO(o)->used, n, memory_order_relaxed);
}
static inline ShObject *ekey(SetEntry *e) { return __atomic_load_n(&e->key, __ATOMIC_ACQUIRE); }
static inline bool is_frozen(ShObject *o) { return sh_type_check(o, &sh_type_frozenset); }

intptr_t sh_set_size(ShObject *o) { return atomic_load_explicit(&SO(o)->used, memory_order_relaxed); }

static SetTable *table_new(intptr_t size) {
  SetTable *t = sh_mem_calloc(1, sizeof(SetTable) + (size_t)size * sizeof(SetEntry));
  if (t) t->mask = size - 1;
  return t;
}

/* Replaced tables: freed now; QSBR later (DESIGN.md 5). */
static void set_table_retire(SetTable *t) {
  if (t) sh_mem_free(t);
}

/* Insert into a table with no dummies and no equal key (resize, copies). */
static void insert_clean(SetTable *t, ShObject *key, sh_hash_t hash) {
  size_t mask = (size_t)t->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
  for (;;) {
    SetEntry *e = &t->e[i];
    if (!e->key) goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (!e->key) goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->hash = hash;
    __atomic_store_n(&e->key, key, __ATOMIC_RELEASE);
    return;
  }
}

/* Rebuilds the table for `minused` items; lock held. */
static int resize_locked(ShObject *o, intptr_t minused) {
  intptr_t size = MINSIZE;
  while (size <= minused) size <<= 1;
  SetTable *nt = table_new(size), *old = table_of(o);
  if (!nt) {
    sh_err_no_memory();
    return -1;
  }
  if (old)
    for (intptr_t i = 0; i <= old->mask; i++) {
      SetEntry *e = &old->e[i];
      if (e->key && e->key != DUMMY) insert_clean(nt, e->key, e->hash);
    }
  SO(o)->fill = sh_set_size(o);
  atomic_store_explicit(&SO(o)->table, nt, memory_order_release);
  bump(o);
  set_table_retire(old);
  return 0;
}

static SetTable *ensure_table_locked(ShObject *o) {
  SetTable *t = table_of(o);
  if (t) return t;
  t = table_new(MINSIZE);
  if (!t) {
    sh_err_no_memory();
    return NULL;
  }
  atomic_store_explicit(&SO(o)->table, t, memory_order_release);
  return t;
}

/* Finds key without the lock (running __eq__ as needed, restarting when the
   table changes under it). 1: found at *slot. 0: absent; *slot is the
   unused slot ending the probe, *freeslot the first dummy or -1. -1: error. */
static int find(ShObject *o, ShObject *key, sh_hash_t hash, intptr_t *slot, intptr_t *freeslot) {
  bool key_str = SH_STR_CHECK_EXACT(key);
restart:;
  SetTable *t = table_of(o);
  *freeslot = -1;
  if (!t) {
    *slot = (intptr_t)((size_t)hash & (MINSIZE - 1));
    return 0;
  }
  size_t mask = (size_t)t->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
  for (;;) {
    size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    size_t j = i;
    for (;;) {
      SetEntry *e = &t->e[j];
      ShObject *k = ekey(e);
      if (!k) {
        *slot = (intptr_t)j;
        return 0;
      }
      if (k == DUMMY) {
        if (*freeslot < 0) *freeslot = (intptr_t)j;
      } else if (e->hash == hash) {
        if (k == key) {
          *slot = (intptr_t)j;
          return 1;
        }
        if (key_str && SH_STR_CHECK_EXACT(k)) {
          if (sh_str_equal(k, key)) {
            *slot = (intptr_t)j;
            return 1;
          }
        } else {
          sh_incref(k);
          int c = sh_object_richcompare_bool(k, key, SH_EQ);
          sh_decref(k);
          if (c < 0) return -1;
          if (table_of(o) != t || ekey(e) != k) goto restart;
          if (c) {
            *slot = (intptr_t)j;
            return 1;
          }
        }
      }
      if (probes == 0) break;
      probes--;
      j++;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int sh_set_add_hashed(ShObject *o, ShObject *key, sh_hash_t hash) {
  for (;;) {
    uint64_t ver = version_of(o);
    intptr_t slot, freeslot;
    int r = find(o, key, hash, &slot, &freeslot);
    if (r < 0) return -1;
    sh_object_lock(o);
    if (version_of(o) != ver) {
      sh_object_unlock(o);
      continue;
    }
    if (r == 1) {
      sh_object_unlock(o);
      return 0;
    }
    SetTable *t = ensure_table_locked(o);
    if (!t) {
      sh_object_unlock(o);
      return -1;
    }
    sh_incref(key);
    intptr_t used = sh_set_size(o) + 1;
    if (freeslot >= 0) {
      t->e[freeslot].hash = hash;
      __atomic_store_n(&t->e[freeslot].key, key, __ATOMIC_RELEASE);
      set_used(o, used);
      bump(o);
    } else {
      t->e[slot].hash = hash;
      __atomic_store_n(&t->e[slot].key, key, __ATOMIC_RELEASE);
      SO(o)->fill++;
      set_used(o, used);
      bump(o);
      if (SO(o)->fill * 5 >= t->mask * 3 &&
          resize_locked(o, used > 50000 ? used * 2 : used * 4) < 0) {
        sh_object_unlock(o);
        return -1;
      }
    }
    sh_object_unlock(o);
    return 0;
  }
}

/* A set used as a key is looked up as the equal frozenset, as CPython does. */
static sh_hash_t key_hash(ShObject *key, ShObject **alt) {
  *alt = NULL;
  if (SH_STR_CHECK_EXACT(key)) {
    sh_hash_t h = atomic_load_explicit(&((ShStr *)key)->hash, memory_order_relaxed);
    if (h != -1) return h;
  }
  sh_hash_t h = sh_object_hash(key);
  if (h == -1 && sh_type_check(key, &sh_type_set) && sh_err_matches(&sh_exc_TypeError)) {
    sh_err_clear();
    *alt = sh_frozenset_new(key);
    if (!*alt) return -1;
    h = sh_object_hash(*alt);
  }
  return h;
}

int sh_set_contains_hashed(ShObject *o, ShObject *key, sh_hash_t hash) {
  intptr_t slot, freeslot;
  return find(o, key, hash, &slot, &freeslot);
}

/* 1 removed, 0 absent, -1 error */
static int discard_hashed(ShObject *o, ShObject *key, sh_hash_t hash) {
  for (;;) {
    uint64_t ver = version_of(o);
    intptr_t slot, freeslot;
    int r = find(o, key, hash, &slot, &freeslot);
    if (r <= 0) return r;
    sh_object_lock(o);
    if (version_of(o) != ver) {
      sh_object_unlock(o);
      continue;
    }
    SetEntry *e = &table_of(o)->e[slot];
    ShObject *old = e->key;
    e->hash = -1;
    __atomic_store_n(&e->key, DUMMY, __ATOMIC_RELEASE);
    set_used(o, sh_set_size(o) - 1);
    bump(o);
    sh_object_unlock(o);
    sh_decref(old);
    return 1;
  }
}

int sh_set_add(ShObject *o, ShObject *key) {
  sh_hash_t h = sh_object_hash(key);
  if (h == -1) return -1;
  return sh_set_add_hashed(o, key, h);
}

int sh_set_contains(ShObject *o, ShObject *key) {
  ShObject *alt;
  sh_hash_t h = key_hash(key, &alt);
  if (h == -1) return -1;
  int r = sh_set_contains_hashed(o, alt ? alt : key, h);
  sh_xdecref(alt);
  return r;
}

int sh_set_discard(ShObject *o, ShObject *key) {
  ShObject *alt;
  sh_hash_t h = key_hash(key, &alt);
  if (h == -1) return -1;
  int r = discard_hashed(o, alt ? alt : key, h);
  sh_xdecref(alt);
  return r;
}

static int set_clear_internal(ShObject *o) {
  sh_object_lock(o);
  SetTable *t = table_of(o);
  atomic_store_explicit(&SO(o)->table, NULL, memory_order_release);
  SO(o)->fill = 0;
  set_used(o, 0);
  bump(o);
  sh_object_unlock(o);
  if (t) {
    for (intptr_t i = 0; i <= t->mask; i++)
      if (t->e[i].key && t->e[i].key != DUMMY) sh_decref(t->e[i].key);
    set_table_retire(t);
  }
  return 0;
}

/* A copy of another set's table with references taken (under its lock). */
typedef struct {
  intptr_t mask, fill, used;
  SetEntry *e; /* mask+1 entries, or NULL when empty */
} Snapshot;

static int snapshot(ShObject *o, Snapshot *s) {
  sh_object_lock(o);
  SetTable *t = table_of(o);
  s->mask = mask_of(o);
  s->fill = SO(o)->fill;
  s->used = sh_set_size(o);
  s->e = NULL;
  if (t && s->used) {
    s->e = sh_mem_alloc(sizeof(SetEntry) * (size_t)(t->mask + 1));
    if (!s->e) {
      sh_object_unlock(o);
      sh_err_no_memory();
      return -1;
    }
    memcpy(s->e, t->e, sizeof(SetEntry) * (size_t)(t->mask + 1));
    for (intptr_t i = 0; i <= t->mask; i++)
      if (s->e[i].key && s->e[i].key != DUMMY) sh_incref(s->e[i].key);
  }
  sh_object_unlock(o);
  return 0;
}

static void snapshot_free(Snapshot *s) {
  if (!s->e) return;
  for (intptr_t i = 0; i <= s->mask; i++)
    if (s->e[i].key && s->e[i].key != DUMMY) sh_decref(s->e[i].key);
  sh_mem_free(s->e);
  s->e = NULL;
}

#define SNAP_FOREACH(s, var)                                                                       \
  for (intptr_t var##_i = 0; (s)->e && var##_i <= (s)->mask; var##_i++)                             \
    for (SetEntry *var = &(s)->e[var##_i]; var && var->key && var->key != DUMMY; var = NULL)

/* so |= other where other is a set or frozenset (CPython's set_merge). */
static int merge_set(ShObject *o, ShObject *other) {
  if (o == other || sh_set_size(other) == 0) return 0;
  Snapshot s;
  if (snapshot(other, &s) < 0) return -1;
  sh_object_lock(o);
  if ((SO(o)->fill + s.used) * 5 >= mask_of(o) * 3 &&
      resize_locked(o, (sh_set_size(o) + s.used) * 2) < 0) {
    sh_object_unlock(o);
    snapshot_free(&s);
    return -1;
  }
  if (SO(o)->fill == 0) {
    SetTable *t = ensure_table_locked(o);
    if (!t) {
      sh_object_unlock(o);
      snapshot_free(&s);
      return -1;
    }
    if (t->mask == s.mask && s.fill == s.used) {
      for (intptr_t i = 0; i <= s.mask; i++)
        if (s.e[i].key) t->e[i] = s.e[i];
    } else {
      SNAP_FOREACH(&s, e) insert_clean(t, e->key, e->hash);
    }
    SO(o)->fill = s.used;
    set_used(o, s.used);
    bump(o);
    sh_object_unlock(o);
    sh_mem_free(s.e); /* the references moved into the table */
    return 0;
  }
  sh_object_unlock(o);
  int r = 0;
  SNAP_FOREACH(&s, e) {
    if (r == 0 && sh_set_add_hashed(o, e->key, e->hash) < 0) r = -1;
  }
  snapshot_free(&s);
  return r;
}

static int update_internal(ShObject *o, ShObject *other) {
  if (SH_ANYSET_CHECK(other)) return merge_set(o, other);
  if (SH_DICT_CHECK_EXACT(other)) {
    intptr_t n = sh_dict_size(other);
    sh_object_lock(o);
    if ((SO(o)->fill + n) * 5 >= mask_of(o) * 3 &&
        resize_locked(o, (sh_set_size(o) + n) * 2) < 0) {
      sh_object_unlock(o);
      return -1;
    }
    sh_object_unlock(o);
    intptr_t pos = 0;
    ShObject *k;
    sh_hash_t h;
    while (sh_dict_next_ref(other, &pos, &k, NULL, &h)) {
      int r = sh_set_add_hashed(o, k, h);
      sh_decref(k);
      if (r < 0) return -1;
    }
    return 0;
  }
  ShObject *it = sh_object_iter(other);
  if (!it) return -1;
  ShObject *k;
  while ((k = sh_iter_next(it)) != NULL) {
    int r = sh_set_add(o, k);
    sh_decref(k);
    if (r < 0) {
      sh_decref(it);
      return -1;
    }
  }
  sh_decref(it);
  return sh_err_occurred() ? -1 : 0;
}

int sh_set_update(ShObject *o, ShObject *iterable) { return update_internal(o, iterable); }

static ShObject *make_new_set(ShType *type, ShObject *iterable) {
  ShObject *o = sh_object_alloc(type, 0);
  if (!o) return NULL;
  SO(o)->hash = -1;
  if (iterable && update_internal(o, iterable) < 0) {
    sh_decref(o);
    return NULL;
  }
  return o;
}

/* set for set subclasses, frozenset for frozenset subclasses */
static ShObject *make_new_set_basetype(ShType *type, ShObject *iterable) {
  if (type != &sh_type_set && type != &sh_type_frozenset)
    type = sh_type_is_subtype(type, &sh_type_set) ? &sh_type_set : &sh_type_frozenset;
  return make_new_set(type, iterable);
}

ShObject *sh_set_new(ShObject *iterable) { return make_new_set(&sh_type_set, iterable); }
ShObject *sh_frozenset_new(ShObject *iterable) {
  return make_new_set(&sh_type_frozenset, iterable);
}

static ShObject *set_copy(ShObject *o) {
  if (SH_TYPE(o) == &sh_type_frozenset) return sh_newref(o);
  return make_new_set_basetype(SH_TYPE(o), o);
}

/* ------------------------------------------------------ set algebra */

ShObject *sh_set_intersection1(ShObject *so, ShObject *other) {
  if (so == other) return set_copy(so);
  ShObject *result = make_new_set_basetype(SH_TYPE(so), NULL);
  if (!result) return NULL;
  if (SH_ANYSET_CHECK(other)) {
    if (sh_set_size(other) > sh_set_size(so)) {
      ShObject *t = so;
      so = other;
      other = t;
    }
    Snapshot s;
    if (snapshot(other, &s) < 0) {
      sh_decref(result);
      return NULL;
    }
    int r = 0;
    SNAP_FOREACH(&s, e) {
      if (r == 0) {
        r = sh_set_contains_hashed(so, e->key, e->hash);
        if (r > 0) r = sh_set_add_hashed(result, e->key, e->hash);
      }
    }
    snapshot_free(&s);
    if (r < 0) SH_CLEAR(result);
    return result;
  }
  ShObject *it = sh_object_iter(other);
  if (!it) {
    sh_decref(result);
    return NULL;
  }
  ShObject *k;
  while ((k = sh_iter_next(it)) != NULL) {
    sh_hash_t h = sh_object_hash(k);
    int r = h == -1 ? -1 : sh_set_contains_hashed(so, k, h);
    if (r > 0) r = sh_set_add_hashed(result, k, h);
    sh_decref(k);
    if (r < 0) break;
  }
  sh_decref(it);
  if (sh_err_occurred()) SH_CLEAR(result);
  return result;
}

/* Discards every item of other (which may be any iterable) from so. */
int sh_set_difference_update1(ShObject *so, ShObject *other) {
  if (so == other) return set_clear_internal(so);
  if (SH_ANYSET_CHECK(other)) {
    Snapshot s;
    if (snapshot(other, &s) < 0) return -1;
    int r = 0;
    SNAP_FOREACH(&s, e) {
      if (r == 0 && discard_hashed(so, e->key, e->hash) < 0) r = -1;
    }
    snapshot_free(&s);
    if (r < 0) return -1;
  } else {
    ShObject *it = sh_object_iter(other);
    if (!it) return -1;
    ShObject *k;
    while ((k = sh_iter_next(it)) != NULL) {
      int r = sh_set_discard(so, k);
      sh_decref(k);
      if (r < 0) {
        sh_decref(it);
        return -1;
      }
    }
    sh_decref(it);
    if (sh_err_occurred()) return -1;
  }
  /* many dummies left: shrink, as CPython does after difference_update */
  sh_object_lock(so);
  int r = 0;
  intptr_t used = sh_set_size(so);
  if ((SO(so)->fill - used) * 5 >= mask_of(so) && table_of(so))
    r = resize_locked(so, used > 50000 ? used * 2 : used * 4);
  sh_object_unlock(so);
  return r;
}

static ShObject *set_difference1(ShObject *so, ShObject *other) {
  intptr_t other_size;
  if (SH_ANYSET_CHECK(other))
    other_size = sh_set_size(other);
  else if (SH_DICT_CHECK_EXACT(other))
    other_size = sh_dict_size(other);
  else
    other_size = -1;
  if (other_size < 0 || (sh_set_size(so) >> 2) > other_size) {
    ShObject *result = make_new_set_basetype(SH_TYPE(so), so);
    if (result && sh_set_difference_update1(result, other) < 0) SH_CLEAR(result);
    return result;
  }
  ShObject *result = make_new_set_basetype(SH_TYPE(so), NULL);
  if (!result) return NULL;
  Snapshot s;
  if (snapshot(so, &s) < 0) {
    sh_decref(result);
    return NULL;
  }
  int r = 0;
  SNAP_FOREACH(&s, e) {
    if (r == 0) {
      r = SH_ANYSET_CHECK(other) ? sh_set_contains_hashed(other, e->key, e->hash)
                                 : sh_dict_contains_hashed(other, e->key, e->hash);
      if (r == 0) r = sh_set_add_hashed(result, e->key, e->hash);
      else if (r > 0) r = 0;
    }
  }
  snapshot_free(&s);
  if (r < 0) SH_CLEAR(result);
  return result;
}

int sh_set_symmetric_difference_update1(ShObject *so, ShObject *other) {
  if (so == other) return set_clear_internal(so);
  ShObject *oset;
  if (SH_ANYSET_CHECK(other))
    oset = sh_newref(other);
  else {
    oset = sh_set_new(other);
    if (!oset) return -1;
  }
  Snapshot s;
  int r = snapshot(oset, &s);
  sh_decref(oset);
  if (r < 0) return -1;
  SNAP_FOREACH(&s, e) {
    if (r == 0) {
      r = discard_hashed(so, e->key, e->hash);
      if (r == 0) r = sh_set_add_hashed(so, e->key, e->hash);
      else if (r > 0) r = 0;
    }
  }
  snapshot_free(&s);
  return r < 0 ? -1 : 0;
}

static ShObject *set_symmetric_difference1(ShObject *so, ShObject *other) {
  ShObject *result = make_new_set_basetype(SH_TYPE(so), other);
  if (result && sh_set_symmetric_difference_update1(result, so) < 0) SH_CLEAR(result);
  return result;
}

static int set_issubset1(ShObject *so, ShObject *other) {
  if (!SH_ANYSET_CHECK(other)) {
    ShObject *tmp = sh_set_new(other);
    if (!tmp) return -1;
    int r = set_issubset1(so, tmp);
    sh_decref(tmp);
    return r;
  }
  if (sh_set_size(so) > sh_set_size(other)) return 0;
  Snapshot s;
  if (snapshot(so, &s) < 0) return -1;
  int r = 1;
  SNAP_FOREACH(&s, e) {
    if (r == 1) r = sh_set_contains_hashed(other, e->key, e->hash);
  }
  snapshot_free(&s);
  return r;
}

static int set_issuperset1(ShObject *so, ShObject *other) {
  if (SH_ANYSET_CHECK(other)) return set_issubset1(other, so);
  ShObject *it = sh_object_iter(other);
  if (!it) return -1;
  ShObject *k;
  int r = 1;
  while (r == 1 && (k = sh_iter_next(it)) != NULL) {
    r = sh_set_contains(so, k);
    sh_decref(k);
  }
  sh_decref(it);
  if (r == 1 && sh_err_occurred()) return -1;
  return r;
}

static int set_isdisjoint1(ShObject *so, ShObject *other) {
  if (so == other) return sh_set_size(so) == 0;
  if (SH_ANYSET_CHECK(other)) {
    if (sh_set_size(other) > sh_set_size(so)) {
      ShObject *t = so;
      so = other;
      other = t;
    }
    Snapshot s;
    if (snapshot(other, &s) < 0) return -1;
    int r = 0;
    SNAP_FOREACH(&s, e) {
      if (r == 0) r = sh_set_contains_hashed(so, e->key, e->hash);
    }
    snapshot_free(&s);
    return r < 0 ? -1 : !r;
  }
  ShObject *it = sh_object_iter(other);
  if (!it) return -1;
  ShObject *k;
  int r = 0;
  while (r == 0 && (k = sh_iter_next(it)) != NULL) {
    r = sh_set_contains(so, k);
    sh_decref(k);
  }
  sh_decref(it);
  if (r == 0 && sh_err_occurred()) return -1;
  return r < 0 ? -1 : !r;
}

#include "set_methods.inc"
