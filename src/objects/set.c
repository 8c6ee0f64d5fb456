/* set and frozenset: open addressing with CPython's probe sequence (runs of
   linear probes, then perturbed jumps) and resize rules, so iteration order
   matches CPython's; plus the set operations and set_iterator. */
#include "../shoal.h"
#include "../runtime/qsbr.h"
#include <string.h>
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
  intptr_t fill; /* used + dummies; lock held to write */
  _Atomic intptr_t used;
  _Atomic uint64_t version;  /* bumped on every change (lock held) */
  _Atomic(SetTable *) table; /* NULL: empty with the minimum size */
  intptr_t finger;           /* where pop() looks first */
  sh_hash_t hash;            /* frozenset only: -1 until computed */
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
static inline ShObject *ekey(SetEntry *e) {
  return __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
}
static inline bool is_frozen(ShObject *o) {
  return sh_type_check(o, &sh_type_frozenset);
}

intptr_t sh_set_size(ShObject *o) {
  return atomic_load_explicit(&SO(o)->used, memory_order_relaxed);
}

static SetTable *table_new(intptr_t size) {
  SetTable *t = sh_mem_calloc(1, sizeof(SetTable) + (size_t)size * sizeof(SetEntry));
  if (t) t->mask = size - 1;
  return t;
}

/* Replaced tables: freed now; QSBR later (DESIGN.md 5). */
static void set_table_retire(ShObject *so, SetTable *t) {
  if (t) sh_qsbr_retire_for(so, t);
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
    /* the table may be live (merge_set): find reads both unlocked */
    __atomic_store_n(&e->hash, hash, __ATOMIC_RELAXED);
    __atomic_store_n(&e->key, key, __ATOMIC_RELEASE);
    return;
  }
}

/* Rebuilds the table for `minused` items; lock held. */
static int resize_locked(ShObject *o, intptr_t minused) {
  intptr_t size = MINSIZE;
  while (size <= minused)
    size <<= 1;
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
  set_table_retire(o, old);
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
      } else if (__atomic_load_n(&e->hash, __ATOMIC_RELAXED) == hash) {
        if (k == key) {
          *slot = (intptr_t)j;
          return 1;
        }
        if (key_str && sh_str_key_in_place(k)) {
          if (sh_str_equal(k, key)) {
            if (table_of(o) != t || ekey(e) != k) goto restart;
            *slot = (intptr_t)j;
            return 1;
          }
        } else {
          /* k may be removed and freed meanwhile: count it only if it is
             alive and still the entry's key; under the lock when
             try-incref cannot tell */
          if (sh_try_incref(k)) {
            if (table_of(o) != t || ekey(e) != k) {
              sh_refcount_undo_try(k);
              goto restart;
            }
          } else {
            sh_object_lock(o);
            bool held = table_of(o) == t && ekey(e) == k;
            if (held) sh_take_locked(k);
            sh_object_unlock(o);
            if (!held) goto restart;
          }
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
      __atomic_store_n(&t->e[freeslot].hash, hash, __ATOMIC_RELAXED); /* read unlocked */
      __atomic_store_n(&t->e[freeslot].key, key, __ATOMIC_RELEASE);
      set_used(o, used);
      bump(o);
    } else {
      __atomic_store_n(&t->e[slot].hash, hash, __ATOMIC_RELAXED);
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
    __atomic_store_n(&e->hash, -1, __ATOMIC_RELAXED);
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
    set_table_retire(o, t);
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
  for (intptr_t var##_i = 0; (s)->e && var##_i <= (s)->mask; var##_i++)                            \
    for (SetEntry *var = &(s)->e[var##_i]; var && var->key && var->key != DUMMY; var = NULL)

/* so |= other where other is a set or frozenset (CPython's set_merge). */
static int merge_set(ShObject *o, ShObject *other) {
  if (o == other || sh_set_size(other) == 0) return 0;
  Snapshot s;
  if (snapshot(other, &s) < 0) return -1;
  if (!s.e) return 0; /* emptied by another thread since the size test */
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
        if (s.e[i].key) {
          __atomic_store_n(&t->e[i].hash, s.e[i].hash, __ATOMIC_RELAXED);
          __atomic_store_n(&t->e[i].key, s.e[i].key, __ATOMIC_RELEASE);
        }
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
    if ((SO(o)->fill + n) * 5 >= mask_of(o) * 3 && resize_locked(o, (sh_set_size(o) + n) * 2) < 0) {
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

int sh_set_update(ShObject *o, ShObject *iterable) {
  return update_internal(o, iterable);
}

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

ShObject *sh_set_new(ShObject *iterable) {
  return make_new_set(&sh_type_set, iterable);
}
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
  if ((SO(so)->fill - used) > mask_of(so) / 4 && table_of(so))
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
      if (r == 0)
        r = sh_set_add_hashed(result, e->key, e->hash);
      else if (r > 0)
        r = 0;
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
      if (r == 0)
        r = sh_set_add_hashed(so, e->key, e->hash);
      else if (r > 0)
        r = 0;
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

/* -------------------------------------------------------------- slots */

static void set_dealloc(ShObject *o) {
  SetTable *t = table_of(o);
  if (t) {
    for (intptr_t i = 0; i <= t->mask; i++)
      if (t->e[i].key && t->e[i].key != DUMMY) sh_decref(t->e[i].key);
    set_table_retire(o, t);
  }
  sh_object_free(o);
}

static int set_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  SetTable *t = table_of(o);
  if (!t) return 0;
  for (intptr_t i = 0; i <= t->mask; i++) {
    ShObject *k = t->e[i].key;
    if (k && k != DUMMY) {
      int r = visit(k, arg);
      if (r) return r;
    }
  }
  return 0;
}

static ShObject *set_repr(ShObject *o) {
  const char *name = sh_type_name(SH_TYPE(o));
  bool plain = SH_TYPE(o) == &sh_type_set;
  if (sh_set_size(o) == 0) return sh_str_from_format("%s()", name);
  int r = sh_repr_enter(o);
  if (r < 0) return NULL;
  if (r > 0) return sh_str_from_format("%s(...)", name);
  ShStrBuilder sb;
  sh_sb_init(&sb);
  Snapshot s;
  if (snapshot(o, &s) < 0) {
    sh_repr_leave(o);
    return NULL;
  }
  int e = 0;
  if (!plain) e = sh_sb_append_format(&sb, "%s(", name);
  if (e >= 0) e = sh_sb_append_cstr(&sb, "{");
  bool first = true;
  SNAP_FOREACH(&s, en) {
    if (e >= 0 && !first) e = sh_sb_append_cstr(&sb, ", ");
    first = false;
    if (e >= 0) e = sh_sb_append_repr(&sb, en->key);
  }
  if (e >= 0) e = sh_sb_append_cstr(&sb, plain ? "}" : "})");
  snapshot_free(&s);
  sh_repr_leave(o);
  if (e < 0) {
    sh_sb_discard(&sb);
    return NULL;
  }
  return sh_sb_finish(&sb);
}

static uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython's frozenset hash: xor of shuffled entry hashes, then mixed. */
static sh_hash_t frozenset_hash(ShObject *o) {
  /* threads may hash one frozenset at once: each stores the same value */
  sh_hash_t cached = __atomic_load_n(&SO(o)->hash, __ATOMIC_RELAXED);
  if (cached != -1) return cached;
  uint64_t h = 0;
  SetTable *t = table_of(o);
  if (t)
    for (intptr_t i = 0; i <= t->mask; i++)
      if (t->e[i].key && t->e[i].key != DUMMY) h ^= shuffle_bits((uint64_t)t->e[i].hash);
  h ^= ((uint64_t)sh_set_size(o) + 1) * 1927868237UL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923UL;
  if (h == (uint64_t)-1) h = 590923713UL;
  __atomic_store_n(&SO(o)->hash, (sh_hash_t)h, __ATOMIC_RELAXED);
  return (sh_hash_t)h;
}

static ShObject *set_richcompare(ShObject *a, ShObject *b, int op) {
  if (!SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  intptr_t la = sh_set_size(a), lb = sh_set_size(b);
  int r;
  switch (op) {
  case SH_EQ:
  case SH_NE:
    r = la == lb ? set_issubset1(a, b) : 0;
    if (r >= 0 && op == SH_NE) r = !r;
    break;
  case SH_LE: r = set_issubset1(a, b); break;
  case SH_GE: r = set_issuperset1(a, b); break;
  case SH_LT: r = la < lb ? set_issubset1(a, b) : 0; break;
  default: r = la > lb ? set_issuperset1(a, b) : 0; break;
  }
  if (r < 0) return NULL;
  return sh_bool_from(r);
}

static intptr_t set_len(ShObject *o) {
  return sh_set_size(o);
}

static int set_contains_slot(ShObject *o, ShObject *key) {
  return sh_set_contains(o, key);
}

static ShObject *set_or(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(a) || !SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  ShObject *res = make_new_set_basetype(SH_TYPE(a), a);
  if (res && update_internal(res, b) < 0) SH_CLEAR(res);
  return res;
}
static ShObject *set_and(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(a) || !SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  return sh_set_intersection1(a, b);
}
static ShObject *set_sub(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(a) || !SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  return set_difference1(a, b);
}
static ShObject *set_xor(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(a) || !SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  return set_symmetric_difference1(a, b);
}

/* in-place forms exist on set only: frozenset falls back to the binary ones */
static ShObject *set_ior(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  if (update_internal(a, b) < 0) return NULL;
  return sh_newref(a);
}

/* a takes b's table if a is still at version ver (b, a temporary, takes
   a's, to be freed with it); false when a changed meanwhile. */
static bool swap_bodies_if(ShObject *a, ShObject *b, uint64_t ver) {
  sh_object_lock(a);
  if (version_of(a) != ver) {
    sh_object_unlock(a);
    return false;
  }
  SetTable *ta = table_of(a), *tb = table_of(b);
  intptr_t fa = SO(a)->fill, ua = sh_set_size(a);
  atomic_store_explicit(&SO(a)->table, tb, memory_order_release);
  SO(a)->fill = SO(b)->fill;
  set_used(a, sh_set_size(b));
  bump(a);
  sh_object_unlock(a);
  atomic_store_explicit(&SO(b)->table, ta, memory_order_release);
  SO(b)->fill = fa;
  set_used(b, ua);
  return true;
}

/* Drops from so, one by one, the items not in every set of others. */
static int retain_in_place(ShObject *so, ShObject *const *others, size_t n) {
  Snapshot s;
  if (snapshot(so, &s) < 0) return -1;
  int r = 0;
  SNAP_FOREACH(&s, e) {
    int keep = 1;
    for (size_t i = 0; keep == 1 && i < n; i++)
      keep = sh_set_contains_hashed(others[i], e->key, e->hash);
    if (keep < 0 || (keep == 0 && discard_hashed(so, e->key, e->hash) < 0)) {
      r = -1;
      break;
    }
  }
  snapshot_free(&s);
  return r;
}

/* so &= others[0] & others[1] ... The intersection is computed without
   the lock (comparisons run Python code) and replaces so's table only if
   so did not change meanwhile, else it is computed again: an item another
   thread added in between must not be lost (CPython's is one atomic
   step). An operand that is not a set is read once, into a list, so that
   it can be read again (a list keeps CPython's results: the operand's
   items are the ones kept). Under constant changes it falls back to
   discarding so's items one by one. */
static int intersection_update_n(ShObject *so, ShObject *const *args, size_t n) {
  if (n == 0) return 0;
  ShObject *stack_ops[4], **ops = n <= 4 ? stack_ops : sh_mem_alloc(n * sizeof *ops);
  if (!ops) {
    sh_err_no_memory();
    return -1;
  }
  bool threads = sh_multithreaded();
  size_t made = 0;
  int r = 0;
  for (; made < n; made++) {
    ShObject *a = args[made];
    ops[made] = !threads || SH_ANYSET_CHECK(a) ? sh_newref(a) : sh_sequence_list(a);
    if (!ops[made]) {
      r = -1;
      break;
    }
  }
  for (int attempt = 0; r == 0 && attempt < 4; attempt++) {
    uint64_t ver = version_of(so);
    ShObject *tmp = sh_newref(so);
    for (size_t i = 0; tmp && i < n; i++) {
      ShObject *t = sh_set_intersection1(tmp, ops[i]);
      sh_decref(tmp);
      tmp = t;
    }
    if (!tmp) {
      r = -1;
      break;
    }
    if (tmp == so) { /* so & so: nothing to do */
      sh_decref(tmp);
      goto done;
    }
    bool swapped = swap_bodies_if(so, tmp, ver);
    sh_decref(tmp);
    if (swapped) goto done;
  }
  if (r == 0) {
    /* the membership tests want sets */
    for (size_t i = 0; r == 0 && i < n; i++)
      if (!SH_ANYSET_CHECK(ops[i])) {
        ShObject *set = sh_set_new(ops[i]);
        if (!set)
          r = -1;
        else {
          sh_decref(ops[i]);
          ops[i] = set;
        }
      }
    if (r == 0) r = retain_in_place(so, ops, n);
  }
done:
  for (size_t i = 0; i < made; i++)
    sh_decref(ops[i]);
  if (ops != stack_ops) sh_mem_free(ops);
  return r;
}

static int intersection_update1(ShObject *so, ShObject *other) {
  return intersection_update_n(so, &other, 1);
}

static ShObject *set_iand(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  if (intersection_update1(a, b) < 0) return NULL;
  return sh_newref(a);
}
static ShObject *set_isub(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  if (sh_set_difference_update1(a, b) < 0) return NULL;
  return sh_newref(a);
}
static ShObject *set_ixor(ShObject *a, ShObject *b) {
  if (!SH_ANYSET_CHECK(b)) return SH_NOTIMPLEMENTED;
  if (sh_set_symmetric_difference_update1(a, b) < 0) return NULL;
  return sh_newref(a);
}

/* ------------------------------------------------------------ methods */

static ShObject *set_add_m(ShObject *self, ShObject *key) {
  if (sh_set_add(self, key) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *set_remove_m(ShObject *self, ShObject *key) {
  int r = sh_set_discard(self, key);
  if (r < 0) return NULL;
  if (r == 0) {
    sh_err_set_object(&sh_exc_KeyError, key);
    return NULL;
  }
  SH_RETURN_NONE;
}

static ShObject *set_discard_m(ShObject *self, ShObject *key) {
  if (sh_set_discard(self, key) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *set_pop_m(ShObject *self) {
  sh_object_lock(self);
  SetTable *t = table_of(self);
  if (sh_set_size(self) == 0 || !t) {
    sh_object_unlock(self);
    sh_err_set_string(&sh_exc_KeyError, "pop from an empty set");
    return NULL;
  }
  intptr_t i = SO(self)->finger & t->mask;
  while (!t->e[i].key || t->e[i].key == DUMMY) {
    i++;
    if (i > t->mask) i = 0;
  }
  ShObject *key = t->e[i].key;
  __atomic_store_n(&t->e[i].hash, -1, __ATOMIC_RELAXED); /* read unlocked */
  __atomic_store_n(&t->e[i].key, DUMMY, __ATOMIC_RELEASE);
  set_used(self, sh_set_size(self) - 1);
  SO(self)->finger = i + 1;
  bump(self);
  sh_object_unlock(self);
  return key;
}

static ShObject *set_clear_m(ShObject *self) {
  set_clear_internal(self);
  SH_RETURN_NONE;
}

static ShObject *set_copy_m(ShObject *self) {
  return set_copy(self);
}

static ShObject *set_update_m(ShObject *self, ShObject *const *args, size_t nargs) {
  for (size_t i = 0; i < nargs; i++)
    if (update_internal(self, args[i]) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *set_union_m(ShObject *self, ShObject *const *args, size_t nargs) {
  ShObject *res = make_new_set_basetype(SH_TYPE(self), self);
  for (size_t i = 0; res && i < nargs; i++)
    if (update_internal(res, args[i]) < 0) SH_CLEAR(res);
  return res;
}

static ShObject *set_intersection_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs == 0) return make_new_set_basetype(SH_TYPE(self), self);
  ShObject *res = sh_newref(self);
  for (size_t i = 0; i < nargs; i++) {
    ShObject *t = sh_set_intersection1(res, args[i]);
    sh_decref(res);
    if (!t) return NULL;
    res = t;
  }
  return res;
}

static ShObject *set_intersection_update_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (intersection_update_n(self, args, nargs) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *set_difference_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (nargs == 0) return make_new_set_basetype(SH_TYPE(self), self);
  ShObject *res = set_difference1(self, args[0]);
  for (size_t i = 1; res && i < nargs; i++)
    if (sh_set_difference_update1(res, args[i]) < 0) SH_CLEAR(res);
  return res;
}

static ShObject *set_difference_update_m(ShObject *self, ShObject *const *args, size_t nargs) {
  for (size_t i = 0; i < nargs; i++)
    if (sh_set_difference_update1(self, args[i]) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *set_symmetric_difference_m(ShObject *self, ShObject *other) {
  return set_symmetric_difference1(self, other);
}

static ShObject *set_symmetric_difference_update_m(ShObject *self, ShObject *other) {
  if (sh_set_symmetric_difference_update1(self, other) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *bool_result(int r) {
  return r < 0 ? NULL : sh_bool_from(r);
}
static ShObject *set_issubset_m(ShObject *self, ShObject *o) {
  return bool_result(set_issubset1(self, o));
}
static ShObject *set_issuperset_m(ShObject *self, ShObject *o) {
  return bool_result(set_issuperset1(self, o));
}
static ShObject *set_isdisjoint_m(ShObject *self, ShObject *o) {
  return bool_result(set_isdisjoint1(self, o));
}

static ShObject *set_sizeof_m(ShObject *self) {
  SetTable *t = table_of(self);
  intptr_t n = sizeof(ShSet) + (t ? (t->mask + 1) * (intptr_t)sizeof(SetEntry) : 0);
  return sh_int_from_i64(n);
}

static ShObject *set_class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

/* ---------------------------------------------------------- iterator */

/* Threads may share an iterator (two of them may get the same key, as in
   CPython): its counters are read and written with relaxed atomics, `pos`
   is -1 once exhausted, and `set` is let go only by sh_iter_let_go. */
typedef struct {
  ShObject ob;
  ShObject *set; /* NULL when exhausted and let go */
  intptr_t pos, used, len;
} SetIter;

static ShObject *set_iter(ShObject *o) {
  SetIter *it = (SetIter *)sh_object_alloc(&sh_type_set_iterator, 0);
  if (!it) return NULL;
  it->set = sh_newref(o);
  it->used = it->len = sh_set_size(o);
  return SH_OBJ(it);
}

static void setiter_dealloc(ShObject *o) {
  sh_xdecref(((SetIter *)o)->set);
  sh_object_free(o);
}

static int setiter_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShObject *s = ((SetIter *)o)->set;
  return s ? visit(s, arg) : 0;
}

static inline intptr_t load_relaxed(intptr_t *p) {
  return __atomic_load_n(p, __ATOMIC_RELAXED);
}
static inline void store_relaxed(intptr_t *p, intptr_t v) {
  __atomic_store_n(p, v, __ATOMIC_RELAXED);
}

static ShObject *setiter_next(ShObject *o) {
  SetIter *it = (SetIter *)o;
  ShObject *s = it->set;
  intptr_t pos = load_relaxed(&it->pos);
  if (!s || pos < 0) return NULL;
  if (load_relaxed(&it->used) != sh_set_size(s)) {
    sh_err_set_string(&sh_exc_RuntimeError, "Set changed size during iteration");
    store_relaxed(&it->used, -1);
    return NULL;
  }
  ShObject *key = NULL;
  sh_object_lock(s);
  SetTable *t = table_of(s);
  if (t) {
    for (intptr_t i = pos; i <= t->mask; i++) {
      ShObject *k = t->e[i].key;
      if (k && k != DUMMY) {
        key = sh_newref(k);
        pos = i + 1;
        break;
      }
    }
  }
  sh_object_unlock(s);
  if (!key) {
    store_relaxed(&it->pos, -1);
    sh_iter_let_go(&it->set);
    return NULL;
  }
  store_relaxed(&it->pos, pos);
  store_relaxed(&it->len, load_relaxed(&it->len) - 1);
  return key;
}

static ShObject *setiter_length_hint(ShObject *o) {
  SetIter *it = (SetIter *)o;
  ShObject *s = it->set;
  intptr_t len = load_relaxed(&it->len);
  bool live = s && load_relaxed(&it->pos) >= 0 && load_relaxed(&it->used) == sh_set_size(s);
  return sh_int_from_i64(live && len > 0 ? len : 0);
}

static ShMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_set_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = sh_iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

/* ------------------------------------------------------- construction */

static ShObject *set_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  (void)nargs;
  if (type == &sh_type_set && sh_args_no_kwargs("set", kwnames) < 0) return NULL;
  return make_new_set(type, NULL);
}

static int set_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (sh_type_check(self, &sh_type_set) && SH_TYPE(self) == &sh_type_set &&
      sh_args_no_kwargs("set", kwnames) < 0)
    return -1;
  if (sh_args_check_count("set", nargs, 0, 1) < 0) return -1;
  if (SO(self)->fill) set_clear_internal(self);
  if (nargs == 1) return update_internal(self, args[0]);
  return 0;
}

static ShObject *frozenset_new(ShType *type, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  if (type == &sh_type_frozenset && sh_args_no_kwargs("frozenset", kwnames) < 0) return NULL;
  if (sh_args_check_count("frozenset", nargs, 0, 1) < 0) return NULL;
  if (nargs == 1 && type == &sh_type_frozenset && SH_TYPE(args[0]) == &sh_type_frozenset)
    return sh_newref(args[0]);
  return make_new_set(type, nargs ? args[0] : NULL);
}

static ShNumberMethods set_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
    .inplace_subtract = set_isub,
    .inplace_and = set_iand,
    .inplace_xor = set_ixor,
    .inplace_or = set_ior,
};

static ShNumberMethods frozenset_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
};

static ShSequenceMethods set_as_sequence = {
    .length = set_len,
    .contains = set_contains_slot,
};

static ShMethodDef set_methods[] = {
    {"add", set_add_m, SH_METH_O, "Add an element to a set."},
    {"remove", set_remove_m, SH_METH_O, NULL},
    {"discard", set_discard_m, SH_METH_O, NULL},
    {"pop", set_pop_m, SH_METH_NOARGS, NULL},
    {"clear", set_clear_m, SH_METH_NOARGS, NULL},
    {"copy", set_copy_m, SH_METH_NOARGS, NULL},
    {"update", set_update_m, SH_METH_FAST, NULL},
    {"union", set_union_m, SH_METH_FAST, NULL},
    {"intersection", set_intersection_m, SH_METH_FAST, NULL},
    {"intersection_update", set_intersection_update_m, SH_METH_FAST, NULL},
    {"difference", set_difference_m, SH_METH_FAST, NULL},
    {"difference_update", set_difference_update_m, SH_METH_FAST, NULL},
    {"symmetric_difference", set_symmetric_difference_m, SH_METH_O, NULL},
    {"symmetric_difference_update", set_symmetric_difference_update_m, SH_METH_O, NULL},
    {"issubset", set_issubset_m, SH_METH_O, NULL},
    {"issuperset", set_issuperset_m, SH_METH_O, NULL},
    {"isdisjoint", set_isdisjoint_m, SH_METH_O, NULL},
    {"__sizeof__", set_sizeof_m, SH_METH_NOARGS, NULL},
    {"__class_getitem__", set_class_getitem, SH_METH_O | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

static ShMethodDef frozenset_methods[] = {
    {"copy", set_copy_m, SH_METH_NOARGS, NULL},
    {"union", set_union_m, SH_METH_FAST, NULL},
    {"intersection", set_intersection_m, SH_METH_FAST, NULL},
    {"difference", set_difference_m, SH_METH_FAST, NULL},
    {"symmetric_difference", set_symmetric_difference_m, SH_METH_O, NULL},
    {"issubset", set_issubset_m, SH_METH_O, NULL},
    {"issuperset", set_issuperset_m, SH_METH_O, NULL},
    {"isdisjoint", set_isdisjoint_m, SH_METH_O, NULL},
    {"__sizeof__", set_sizeof_m, SH_METH_NOARGS, NULL},
    {"__class_getitem__", set_class_getitem, SH_METH_O | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

ShType sh_type_set = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "set",
    .basicsize = sizeof(ShSet),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an "
           "unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = sh_hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .new_ = set_new,
    .init = set_init,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .methods = set_methods,
};

ShType sh_type_frozenset = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "frozenset",
    .basicsize = sizeof(ShSet),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .traverse = set_traverse,
    .new_ = frozenset_new,
    .as_number = &frozenset_as_number,
    .as_sequence = &set_as_sequence,
    .methods = frozenset_methods,
};
