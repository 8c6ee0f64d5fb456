/* dict: the compact ordered hash table (entries in insertion order plus a
   sparse index array), its locking protocol, and the public C API. */
#include "../shoal.h"
#include "../runtime/qsbr.h"
#include "container_util.h"
#include "dict_internal.h"

/* ------------------------------------------------------------- tables */

#define LOG2_MINSIZE 3
#define PERTURB_SHIFT 5

static inline intptr_t usable_fraction(intptr_t size) {
  return (size << 1) / 3;
}

static ShDictTable *table_alloc(int log2) {
  intptr_t size = (intptr_t)1 << log2;
  int ixbytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  intptr_t usable = usable_fraction(size);
  size_t idx_bytes = ((size_t)size * (size_t)ixbytes + 7) & ~(size_t)7;
  ShDictTable *t =
      sh_mem_alloc(sizeof(ShDictTable) + idx_bytes + (size_t)usable * sizeof(ShDictEntry));
  if (!t) return NULL;
  t->log2 = (uint8_t)log2;
  t->ixbytes = (uint8_t)ixbytes;
  t->usable = usable;
  t->nentries = 0;
  t->key_filter = 0;
  t->entries = (ShDictEntry *)(t->indices + idx_bytes);
  memset(t->indices, 0xff, (size_t)size * (size_t)ixbytes); /* all EMPTY (-1) */
  return t;
}

/* Replaced tables go here; DESIGN.md hands them to QSBR once several
   threads run. One thread: free at once. */
/* Always deferred: frames read globals and class dicts through borrowed
   references, so "nobody else counted it" does not mean "nobody reads it". */
static void dict_table_retire(ShObject *d, ShDictTable *t) {
  (void)d;
  if (t) sh_qsbr_retire(t);
}

static inline intptr_t get_index(ShDictTable *t, size_t i) {
  switch (t->ixbytes) {
  case 1: return __atomic_load_n(&((int8_t *)t->indices)[i], __ATOMIC_ACQUIRE);
  case 2: return __atomic_load_n(&((int16_t *)t->indices)[i], __ATOMIC_ACQUIRE);
  case 4: return __atomic_load_n(&((int32_t *)t->indices)[i], __ATOMIC_ACQUIRE);
  default: return (intptr_t)__atomic_load_n(&((int64_t *)t->indices)[i], __ATOMIC_ACQUIRE);
  }
}

static inline void set_index(ShDictTable *t, size_t i, intptr_t ix) {
  switch (t->ixbytes) {
  case 1: __atomic_store_n(&((int8_t *)t->indices)[i], (int8_t)ix, __ATOMIC_RELEASE); break;
  case 2: __atomic_store_n(&((int16_t *)t->indices)[i], (int16_t)ix, __ATOMIC_RELEASE); break;
  case 4: __atomic_store_n(&((int32_t *)t->indices)[i], (int32_t)ix, __ATOMIC_RELEASE); break;
  default: __atomic_store_n(&((int64_t *)t->indices)[i], (int64_t)ix, __ATOMIC_RELEASE); break;
  }
}

static inline ShDictTable *table_of(ShObject *d) {
  return atomic_load_explicit(&((ShDict *)d)->table, memory_order_acquire);
}

/* Writers hold the dict's lock, so a plain increment (no atomic
   read-modify-write) is enough; readers load it with acquire. */
static inline void bump_version(ShObject *d) {
  uint64_t v = atomic_load_explicit(&((ShDict *)d)->version, memory_order_relaxed);
  atomic_store_explicit(&((ShDict *)d)->version, v + 1, memory_order_release);
}

static inline void set_used(ShObject *d, intptr_t n) {
  atomic_store_explicit(&((ShDict *)d)->used, n, memory_order_relaxed);
}

/* Slot of the first EMPTY or DUMMY index for `hash` (no comparisons). */
static size_t find_free_slot(ShDictTable *t, sh_hash_t hash) {
  size_t mask = ((size_t)1 << t->log2) - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
  while (get_index(t, i) >= 0) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/* Slot whose index is `ix` (the entry's own position). */
static size_t find_slot_of(ShDictTable *t, sh_hash_t hash, intptr_t ix) {
  size_t mask = ((size_t)1 << t->log2) - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
  while (get_index(t, i) != ix) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

static int log2_for(intptr_t minsize) {
  int log2 = LOG2_MINSIZE;
  while (((intptr_t)1 << log2) < minsize)
    log2++;
  return log2;
}

/* Builds a table holding the live entries of `old` compactly, big enough for
   `minused` entries. Called with the lock held; no references change. */
static ShDictTable *table_rebuild(ShDictTable *old, intptr_t minused) {
  int log2 = log2_for(minused * 3 / 2 + 1);
  while (usable_fraction((intptr_t)1 << log2) < minused)
    log2++;
  ShDictTable *t = table_alloc(log2);
  if (!t) return NULL;
  if (old) {
    intptr_t k = 0;
    for (intptr_t j = 0; j < old->nentries; j++) {
      ShDictEntry *e = &old->entries[j];
      if (!e->key) continue;
      t->entries[k] = *e;
      t->key_filter |= sh_dict_key_bit(e->hash);
      set_index(t, find_free_slot(t, e->hash), k);
      k++;
    }
    t->nentries = k;
  }
  return t;
}

/* Grows (or compacts) so that one more entry fits; lock held. */
static ShDictTable *make_room_locked(ShObject *d) {
  ShDictTable *t = table_of(d);
  if (t && t->nentries < t->usable) return t;
  intptr_t used = sh_dict_size(d);
  ShDictTable *nt = table_rebuild(t, used * 3 > 5 ? used * 3 : 5);
  if (!nt) {
    sh_err_no_memory();
    return NULL;
  }
  atomic_store_explicit(&((ShDict *)d)->table, nt, memory_order_release);
  dict_table_retire(d, t);
  return nt;
}

/* ------------------------------------------------------------- lookup */

#define IX_EMPTY (-1)
#define IX_ERROR (-3)

enum { KEY_DIFFERS, KEY_EQUAL, KEY_ERROR, KEY_RESTART };

/* Whether key k of entry e (table t), another object with key's hash, is
   equal to key: may run __eq__, out of line so that the probing loop saves
   no registers for it. KEY_RESTART when the table changed meanwhile. */
static __attribute__((noinline)) int compare_key(ShObject *d, ShDictTable *t, ShDictEntry *e,
                                                 ShObject *k, ShObject *key) {
  if (SH_STR_CHECK_EXACT(key) && sh_str_key_in_place(k)) {
    if (!sh_str_equal(k, key)) return KEY_DIFFERS;
    if (table_of(d) != t || __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) != k) return KEY_RESTART;
    return KEY_EQUAL;
  }
  /* k may be removed and freed meanwhile: count it only if it is alive and
     still the entry's key; under the lock when try-incref cannot tell */
  if (sh_try_incref(k)) {
    if (table_of(d) != t || __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) != k) {
      sh_refcount_undo_try(k);
      return KEY_RESTART;
    }
  } else {
    sh_object_lock(d);
    bool held = table_of(d) == t && __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) == k;
    if (held) sh_take_locked(k);
    sh_object_unlock(d);
    if (!held) return KEY_RESTART;
  }
  int c = sh_object_richcompare_bool(k, key, SH_EQ);
  sh_decref(k);
  if (c < 0) return KEY_ERROR;
  if (table_of(d) != t || __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) != k) return KEY_RESTART;
  return c ? KEY_EQUAL : KEY_DIFFERS;
}

/* Finds key without the lock, restarting when the table changed while an
   __eq__ ran. Returns the entry index, IX_EMPTY or IX_ERROR. */
static inline __attribute__((always_inline)) intptr_t lookup(ShObject *d, ShObject *key,
                                                             sh_hash_t hash) {
restart:;
  ShDictTable *t = table_of(d);
  if (!t || !(__atomic_load_n(&t->key_filter, __ATOMIC_RELAXED) & sh_dict_key_bit(hash)))
    return IX_EMPTY;
  size_t mask = ((size_t)1 << t->log2) - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
  for (;;) {
    intptr_t ix = get_index(t, i);
    if (ix == IX_EMPTY) return IX_EMPTY;
    if (ix >= 0) {
      ShDictEntry *e = &t->entries[ix];
      ShObject *k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
      if (k == key) return ix;
      if (k && e->hash == hash) {
        switch (compare_key(d, t, e, k, key)) {
        case KEY_EQUAL: return ix;
        case KEY_ERROR: return IX_ERROR;
        case KEY_RESTART: goto restart;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* Runs `lookup` and takes the lock such that the result is still valid:
   the version did not move between the start of the lookup and the lock. */
static intptr_t lookup_locked(ShObject *d, ShObject *key, sh_hash_t hash) {
  for (;;) {
    uint64_t ver = sh_dict_version(d);
    intptr_t ix = lookup(d, key, hash);
    if (ix == IX_ERROR) return ix;
    sh_object_lock(d);
    if (sh_dict_version(d) == ver) return ix;
    sh_object_unlock(d);
  }
}

static inline sh_hash_t hash_of(ShObject *key) {
  if (SH_STR_CHECK_EXACT(key)) {
    sh_hash_t h = atomic_load_explicit(&((ShStr *)key)->hash, memory_order_relaxed);
    if (h != -1) return h;
  } else if (SH_TYPE(key) == &sh_type_int && !SH_INT_BIG(key)) {
    /* below the hash modulus 2**61 - 1 an int is its own hash */
    int64_t x = ((ShInt *)key)->small;
    if (x > -(INT64_C(1) << 60) && x < (INT64_C(1) << 60)) return x == -1 ? -2 : x;
  }
  return sh_object_hash(key);
}

/* ------------------------------------------------------- core actions */

/* Inserts a NEW key (known absent) into the table; lock held; steals refs. */
/* Returns the new entry's index, or -1. */
static intptr_t insert_new_locked(ShObject *d, ShObject *key, sh_hash_t hash, ShObject *value) {
  ShDictTable *t = make_room_locked(d);
  if (!t) return -1;
  intptr_t ix = t->nentries;
  ShDictEntry *e = &t->entries[ix];
  e->hash = hash;
  /* before the index publishes the entry (release) */
  __atomic_store_n(&t->key_filter, t->key_filter | sh_dict_key_bit(hash), __ATOMIC_RELAXED);
  __atomic_store_n(&e->value, value, __ATOMIC_RELEASE);
  __atomic_store_n(&e->key, key, __ATOMIC_RELEASE);
  __atomic_store_n(&t->nentries, ix + 1, __ATOMIC_RELEASE); /* hinted readers look */
  set_index(t, find_free_slot(t, hash), ix);
  set_used(d, sh_dict_size(d) + 1);
  bump_version(d);
  return ix;
}

/* Gives entry e (of d, whose lock is held) the value, then lets go of
   the lock and of the old value. */
static inline __attribute__((always_inline)) void replace_value_unlock(ShObject *d, ShDictEntry *e,
                                                                       ShObject *value) {
  ShObject *old = e->value;
  __atomic_store_n(&e->value, sh_newref(value), __ATOMIC_RELEASE);
  bump_version(d);
  sh_object_unlock(d);
  sh_container_drop(d, old);
}

/* mode 0: replace; 1: keep existing (returns it in *old); 2: KeyError when
   present. *at (when given) receives the key's entry index. */
static int insert(ShObject *d, ShObject *key, sh_hash_t hash, ShObject *value, int mode,
                  ShObject **existing, intptr_t *at) {
  intptr_t ix = lookup_locked(d, key, hash);
  if (ix == IX_ERROR) return -1;
  if (at) *at = ix;
  if (ix >= 0) {
    ShDictEntry *e = &table_of(d)->entries[ix];
    if (mode == 1) {
      if (existing) *existing = sh_newref(e->value);
      sh_object_unlock(d);
      return 1;
    }
    if (mode == 2) {
      sh_object_unlock(d);
      sh_err_set_object(&sh_exc_KeyError, key);
      return -1;
    }
    replace_value_unlock(d, e, value);
    return 0;
  }
  sh_incref(key);
  sh_incref(value);
  ix = insert_new_locked(d, key, hash, value);
  if (ix < 0) {
    sh_object_unlock(d);
    sh_decref(key);
    sh_decref(value);
    return -1;
  }
  if (at) *at = ix;
  sh_object_unlock(d);
  if (existing) *existing = sh_newref(value);
  return 0;
}

/* Removes the entry at ix (lock held); returns its key/value references. */
static void remove_locked(ShObject *d, intptr_t ix, ShObject **key, ShObject **value) {
  ShDictTable *t = table_of(d);
  ShDictEntry *e = &t->entries[ix];
  set_index(t, find_slot_of(t, e->hash, ix), -2 /* DUMMY */);
  *key = e->key;
  *value = e->value;
  __atomic_store_n(&e->key, NULL, __ATOMIC_RELEASE);
  __atomic_store_n(&e->value, NULL, __ATOMIC_RELEASE);
  set_used(d, sh_dict_size(d) - 1);
  bump_version(d);
}

/* Lock-free read: find the entry, take the value (a count: try-incref; or
   a loan when `loaned` is given and sh_take_how allows), then check that
   nothing changed (version, table, slot). Returns 1 (*loaned says how),
   0 when absent, -1 on error, -2 after a few collisions with writers:
   the caller then takes the lock. */
static int get_hashed_unlocked(ShObject *d, ShObject *key, sh_hash_t hash, ShObject **value,
                               bool *loaned, intptr_t *found) {
  if (!sh_multithreaded()) { /* one thread: no version or re-check needed */
    intptr_t ix = lookup(d, key, hash);
    if (ix == IX_ERROR) return -1;
    /* an __eq__ run by the lookup may have started a thread */
    if (!sh_multithreaded()) {
      if (loaned) *loaned = false;
      if (ix < 0) {
        *value = NULL;
        return 0;
      }
      *value = sh_newref(table_of(d)->entries[ix].value);
      if (found) *found = ix;
      return 1;
    }
  }
  for (int attempt = 0; attempt < 4; attempt++) {
    uint64_t ver = sh_dict_version(d);
    ShDictTable *t = table_of(d);
    intptr_t ix = lookup(d, key, hash);
    if (ix == IX_ERROR) return -1;
    if (ix < 0) {
      if (sh_dict_version(d) != ver) continue;
      *value = NULL;
      return 0;
    }
    if (table_of(d) != t) continue;
    ShObject *v = __atomic_load_n(&t->entries[ix].value, __ATOMIC_ACQUIRE);
    if (!v) continue;
    int how = sh_take_begin(d, v, loaned != NULL);
    if (how < 0) continue;
    if (sh_dict_version(d) == ver && table_of(d) == t &&
        __atomic_load_n(&t->entries[ix].value, __ATOMIC_ACQUIRE) == v) {
      *value = v;
      if (loaned) *loaned = how == SH_TAKE_LOAN;
      if (found) *found = ix;
      return 1;
    }
    sh_take_undo(v, how);
  }
  return -2;
}

static int get_hashed_locked(ShObject *d, ShObject *key, sh_hash_t hash, ShObject **value) {
  intptr_t ix = lookup_locked(d, key, hash);
  if (ix == IX_ERROR) {
    *value = NULL;
    return -1;
  }
  if (ix < 0) {
    sh_object_unlock(d);
    *value = NULL;
    return 0;
  }
  *value = sh_take_locked(table_of(d)->entries[ix].value);
  sh_object_unlock(d);
  return 1;
}

static int get_hashed(ShObject *d, ShObject *key, sh_hash_t hash, ShObject **value) {
  int fast = get_hashed_unlocked(d, key, hash, value, NULL, NULL);
  return fast != -2 ? fast : get_hashed_locked(d, key, hash, value);
}

int sh_dict_get_loan(ShObject *d, ShObject *key, ShObject **value, bool *loaned) {
  sh_hash_t h = hash_of(key);
  if (h == -1) return -1;
  int r = get_hashed_unlocked(d, key, h, value, loaned, NULL);
  if (r != -2) return r;
  *loaned = false;
  return get_hashed_locked(d, key, h, value);
}

int sh_dict_get_hinted(ShObject *d, ShObject *key, uint32_t *hint, ShObject **value, bool *loaned) {
  if ((*value = sh_dict_hinted_hit(d, key, *hint, loaned))) return 1;
  sh_hash_t h = hash_of(key);
  if (h == -1) return -1;
  intptr_t found = -1;
  int r = get_hashed_unlocked(d, key, h, value, loaned, &found);
  if (r == 1) *hint = (uint32_t)found;
  if (r != -2) return r;
  if (loaned) *loaned = false;
  return get_hashed_locked(d, key, h, value);
}

/* ---------------------------------------------------------- public API */

ShObject *sh_dict_new(void) {
  return sh_object_alloc(&sh_type_dict, 0);
}

ShObject *sh_dict_new_presized(intptr_t n) {
  ShObject *d = sh_dict_new();
  if (!d || n <= 5) return d;
  ShDictTable *t = table_rebuild(NULL, n);
  if (!t) {
    sh_decref(d);
    return sh_err_no_memory();
  }
  atomic_store_explicit(&((ShDict *)d)->table, t, memory_order_release);
  return d;
}

int sh_dict_get_ref_hashed(ShObject *d, ShObject *key, sh_hash_t hash, ShObject **value) {
  return get_hashed(d, key, hash, value);
}

int sh_dict_get_ref(ShObject *d, ShObject *key, ShObject **value) {
  sh_hash_t h = hash_of(key);
  if (h == -1) {
    *value = NULL;
    return -1;
  }
  return get_hashed(d, key, h, value);
}

int sh_dict_get_str_ref(ShObject *d, const char *key, ShObject **value) {
  ShObject *k = sh_str_from_cstr(key);
  if (!k) {
    *value = NULL;
    return -1;
  }
  int r = sh_dict_get_ref(d, k, value);
  sh_decref(k);
  return r;
}

int sh_dict_set_item_hashed(ShObject *d, ShObject *key, sh_hash_t hash, ShObject *value) {
  return insert(d, key, hash, value, 0, NULL, NULL);
}

int sh_dict_set_item(ShObject *d, ShObject *key, ShObject *value) {
  sh_hash_t h = hash_of(key);
  if (h == -1) return -1;
  return insert(d, key, h, value, 0, NULL, NULL);
}

int sh_dict_set_hinted(ShObject *d, ShObject *key, ShObject *value, uint32_t *hint) {
  sh_object_lock(d);
  ShDictTable *t = table_of(d);
  /* under the lock nobody moves entries: the entry holding key itself */
  if (t && *hint < (uint32_t)t->nentries && t->entries[*hint].key == key) {
    replace_value_unlock(d, &t->entries[*hint], value);
    return 0;
  }
  sh_object_unlock(d);
  sh_hash_t h = hash_of(key);
  if (h == -1) return -1;
  intptr_t at = -1;
  int r = insert(d, key, h, value, 0, NULL, &at);
  if (r == 0 && at >= 0 && at <= UINT32_MAX) *hint = (uint32_t)at;
  return r;
}

int sh_dict_set_str(ShObject *d, const char *key, ShObject *value) {
  /* interned, as names in code are: attribute caches find their entries
     by identity (a module's functions, a class's names) */
  ShObject *k = sh_str_intern_cstr(key);
  if (!k) return -1;
  int r = sh_dict_set_item(d, k, value);
  sh_decref(k);
  return r;
}

/* Removes key's entry if pred (when given) accepts its value, under the
   lock; the value passes to *value (when given) or is dropped. */
static int pop_where(ShObject *d, ShObject *key, bool (*pred)(ShObject *value, void *arg),
                     void *arg, ShObject **value) {
  if (value) *value = NULL;
  sh_hash_t h = hash_of(key);
  if (h == -1) return -1;
  intptr_t ix = lookup_locked(d, key, h);
  if (ix == IX_ERROR) return -1;
  if (ix < 0 || (pred && !pred(table_of(d)->entries[ix].value, arg))) {
    sh_object_unlock(d);
    return 0;
  }
  ShObject *k, *v;
  remove_locked(d, ix, &k, &v);
  sh_object_unlock(d);
  sh_container_drop(d, k);
  if (value)
    *value = sh_container_hand_out(d, v);
  else
    sh_container_drop(d, v);
  return 1;
}

int sh_dict_pop(ShObject *d, ShObject *key, ShObject **value) {
  return pop_where(d, key, NULL, NULL, value);
}

int sh_dict_pop_if(ShObject *d, ShObject *key, bool (*pred)(ShObject *value, void *arg),
                   void *arg) {
  return pop_where(d, key, pred, arg, NULL);
}

int sh_dict_del_item(ShObject *d, ShObject *key) {
  int r = sh_dict_pop(d, key, NULL);
  if (r == 0) {
    sh_err_set_object(&sh_exc_KeyError, key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

int sh_dict_contains_hashed(ShObject *d, ShObject *key, sh_hash_t hash) {
  intptr_t ix = lookup(d, key, hash);
  if (ix == IX_ERROR) return -1;
  return ix >= 0;
}

int sh_dict_contains(ShObject *d, ShObject *key) {
  sh_hash_t h = hash_of(key);
  if (h == -1) return -1;
  return sh_dict_contains_hashed(d, key, h);
}

bool sh_dict_next(ShObject *d, intptr_t *pos, ShObject **key, ShObject **value) {
  ShDictTable *t = table_of(d);
  if (!t) return false;
  for (intptr_t i = *pos; i < t->nentries; i++) {
    ShDictEntry *e = &t->entries[i];
    if (e->key) {
      if (key) *key = e->key;
      if (value) *value = e->value;
      *pos = i + 1;
      return true;
    }
  }
  *pos = t->nentries;
  return false;
}

/* A step without the lock once threads run, so that threads iterating one
   shared dict do not all write its mutex: the entry's key and value are
   counted (try-incref) and then checked to be still there in the same
   table, as a lock-free get does. -2 after a few collisions with writers
   (or a refused count): the caller takes the lock. */
static int step_unlocked(ShObject *d, intptr_t *pos, int dir, ShObject **key, ShObject **value,
                         sh_hash_t *hash) {
  for (int attempt = 0; attempt < 4; attempt++) {
    ShDictTable *t = table_of(d);
    intptr_t i = *pos, n = t ? __atomic_load_n(&t->nentries, __ATOMIC_ACQUIRE) : 0;
    if (dir < 0 && i >= n) i = n - 1;
    for (; i >= 0 && i < n; i += dir) {
      ShDictEntry *e = &t->entries[i];
      ShObject *k = __atomic_load_n(&e->key, __ATOMIC_ACQUIRE);
      ShObject *v = __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
      if (!k || !v) continue; /* deleted (or being deleted) */
      /* refused: never published (the locked path publishes it) or dead */
      int how_k = key ? sh_take_begin(d, k, false) : SH_TAKE_LOAN;
      if (how_k < 0) return -2;
      int how_v = value ? sh_take_begin(d, v, false) : SH_TAKE_LOAN;
      if (how_v < 0) {
        sh_take_undo(k, how_k);
        return -2;
      }
      if (table_of(d) == t && __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) == k &&
          __atomic_load_n(&e->value, __ATOMIC_ACQUIRE) == v) {
        if (key) *key = k;
        if (value) *value = v;
        if (hash) *hash = e->hash;
        *pos = i + dir;
        return 1;
      }
      sh_take_undo(v, how_v);
      sh_take_undo(k, how_k);
      break;
    }
    if (!(i >= 0 && i < n) && table_of(d) == t) {
      *pos = dir > 0 ? INTPTR_MAX : -1;
      return 0;
    }
  }
  return -2;
}

int sh_dict_step_ref(ShObject *d, intptr_t *pos, int dir, ShObject **key, ShObject **value,
                     sh_hash_t *hash) {
  if (sh_multithreaded()) {
    int r = step_unlocked(d, pos, dir, key, value, hash);
    if (r != -2) return r;
  }
  sh_object_lock(d);
  ShDictTable *t = table_of(d);
  intptr_t i = *pos;
  if (t) {
    if (dir < 0 && i >= t->nentries) i = t->nentries - 1;
    for (; i >= 0 && i < t->nentries; i += dir) {
      ShDictEntry *e = &t->entries[i];
      if (e->key) {
        if (key) *key = sh_take_locked(e->key);
        if (value) *value = sh_take_locked(e->value);
        if (hash) *hash = e->hash;
        *pos = i + dir;
        sh_object_unlock(d);
        return 1;
      }
    }
  }
  *pos = dir > 0 ? INTPTR_MAX : -1;
  sh_object_unlock(d);
  return 0;
}

int sh_dict_next_ref(ShObject *d, intptr_t *pos, ShObject **key, ShObject **value,
                     sh_hash_t *hash) {
  return sh_dict_step_ref(d, pos, 1, key, value, hash);
}

intptr_t sh_dict_nentries(ShObject *d) {
  ShDictTable *t = table_of(d);
  return t ? t->nentries : 0;
}

/* kind 0 keys, 1 values, 2 items */
static ShObject *dict_list_of(ShObject *d, int kind) {
  sh_object_lock(d);
  intptr_t n = sh_dict_size(d);
  ShObject *l = sh_list_new(n);
  if (!l) {
    sh_object_unlock(d);
    return NULL;
  }
  ShDictTable *t = table_of(d);
  intptr_t k = 0;
  for (intptr_t i = 0; t && i < t->nentries && k < n; i++) {
    ShDictEntry *e = &t->entries[i];
    if (!e->key) continue;
    ShObject *x;
    if (kind == 0)
      x = sh_newref(e->key);
    else if (kind == 1)
      x = sh_newref(e->value);
    else {
      x = sh_tuple_new(2);
      if (x) {
        SH_TUPLE_ITEMS(x)[0] = sh_newref(e->key);
        SH_TUPLE_ITEMS(x)[1] = sh_newref(e->value);
      }
    }
    if (!x) {
      sh_object_unlock(d);
      sh_decref(l);
      return NULL;
    }
    sh_list_init_item(l, k++, x);
  }
  sh_object_unlock(d);
  return l;
}

ShObject *sh_dict_keys_list(ShObject *d) {
  return dict_list_of(d, 0);
}
ShObject *sh_dict_values_list(ShObject *d) {
  return dict_list_of(d, 1);
}
ShObject *sh_dict_items_list(ShObject *d) {
  return dict_list_of(d, 2);
}

/* Copies the content of src into the empty exact dict dst (refs taken). */
static int copy_into(ShObject *dst, ShObject *src) {
  sh_object_lock(src);
  ShDictTable *t = table_of(src);
  if (!t || sh_dict_size(src) == 0) {
    sh_object_unlock(src);
    return 0;
  }
  ShDictTable *nt = table_rebuild(t, sh_dict_size(src));
  if (!nt) {
    sh_object_unlock(src);
    sh_err_no_memory();
    return -1;
  }
  for (intptr_t i = 0; i < nt->nentries; i++) {
    sh_incref(nt->entries[i].key);
    sh_incref(nt->entries[i].value);
  }
  intptr_t used = sh_dict_size(src);
  sh_object_unlock(src);
  atomic_store_explicit(&((ShDict *)dst)->table, nt, memory_order_release);
  set_used(dst, used);
  bump_version(dst);
  return 0;
}

ShObject *sh_dict_copy(ShObject *d) {
  ShObject *res = sh_dict_new();
  if (!res) return NULL;
  if (copy_into(res, d) < 0) {
    sh_decref(res);
    return NULL;
  }
  return res;
}

int sh_dict_clear(ShObject *d) {
  sh_object_lock(d);
  ShDictTable *t = table_of(d);
  atomic_store_explicit(&((ShDict *)d)->table, NULL, memory_order_release);
  set_used(d, 0);
  bump_version(d);
  sh_object_unlock(d);
  if (t) {
    for (intptr_t i = 0; i < t->nentries; i++) {
      ShDictEntry *e = &t->entries[i];
      if (e->key) {
        sh_container_drop(d, e->key);
        sh_container_drop(d, e->value);
      }
    }
    dict_table_retire(d, t);
  }
  return 0;
}

/* A dict whose iteration is the plain table walk (no __iter__ override). */
static bool plain_dict(ShObject *o) {
  return SH_DICT_CHECK(o) && SH_TYPE(o)->iter == sh_type_dict.iter;
}

int sh_dict_merge(ShObject *d, ShObject *other, int override) {
  if (plain_dict(other)) {
    if (other == d) return 0;
    if (sh_dict_size(d) == 0 && override != 2 && SH_DICT_CHECK_EXACT(d) && sh_dict_size(other) &&
        !table_of(d))
      return copy_into(d, other);
    intptr_t pos = 0;
    ShObject *k, *v;
    sh_hash_t h;
    while (sh_dict_next_ref(other, &pos, &k, &v, &h)) {
      int r = insert(d, k, h, v, override == 1 ? 0 : override == 0 ? 1 : 2, NULL, NULL);
      sh_decref(k);
      sh_decref(v);
      if (r < 0) return -1;
    }
    return 0;
  }
  ShObject *keys = sh_call_method(other, SH_ID(keys), NULL, 0);
  if (!keys) return -1;
  ShObject *it = sh_object_iter(keys);
  sh_decref(keys);
  if (!it) return -1;
  ShObject *k;
  while ((k = sh_iter_next(it)) != NULL) {
    if (override != 1) {
      int c = sh_dict_contains(d, k);
      if (c != 0) {
        if (c > 0 && override == 2) sh_err_set_object(&sh_exc_KeyError, k);
        sh_decref(k);
        if (c < 0 || override == 2) {
          sh_decref(it);
          return -1;
        }
        continue;
      }
    }
    ShObject *v = sh_object_getitem(other, k);
    int r = v ? sh_dict_set_item(d, k, v) : -1;
    sh_xdecref(v);
    sh_decref(k);
    if (r < 0) {
      sh_decref(it);
      return -1;
    }
  }
  sh_decref(it);
  return sh_err_occurred() ? -1 : 0;
}

/* d.update(iterable of pairs) */
static int merge_pairs(ShObject *d, ShObject *seq) {
  ShObject *it = sh_object_iter(seq);
  if (!it) return -1;
  ShObject *item;
  intptr_t i = 0;
  for (; (item = sh_iter_next(it)) != NULL; i++) {
    ShObject *pair = NULL;
    if (SH_TUPLE_CHECK(item) || SH_LIST_CHECK(item)) {
      pair = SH_TUPLE_CHECK(item) ? sh_newref(item) : sh_list_as_tuple(item);
    } else {
      ShObject *sub = sh_object_iter(item);
      if (!sub) {
        if (sh_err_matches(&sh_exc_TypeError)) {
          sh_err_clear();
          sh_err_format(&sh_exc_TypeError,
                        "cannot convert dictionary update sequence element #%zd to a sequence",
                        (ssize_t)i);
        }
      } else {
        sh_decref(sub);
        pair = sh_tuple_from_iterable(item);
      }
    }
    sh_decref(item);
    if (!pair) goto fail;
    if (SH_TUPLE_SIZE(pair) != 2) {
      sh_err_format(&sh_exc_ValueError,
                    "dictionary update sequence element #%zd has length %zd; 2 is required",
                    (ssize_t)i, (ssize_t)SH_TUPLE_SIZE(pair));
      sh_decref(pair);
      goto fail;
    }
    int r = sh_dict_set_item(d, SH_TUPLE_GET(pair, 0), SH_TUPLE_GET(pair, 1));
    sh_decref(pair);
    if (r < 0) goto fail;
  }
  sh_decref(it);
  return sh_err_occurred() ? -1 : 0;
fail:
  sh_decref(it);
  return -1;
}

int sh_dict_update(ShObject *d, ShObject *other) {
  if (plain_dict(other)) return sh_dict_merge(d, other, 1);
  ShObject *keys = NULL;
  int r = sh_object_lookup_attr(other, SH_ID(keys), &keys);
  if (r < 0) return -1;
  if (r > 0) {
    sh_decref(keys);
    return sh_dict_merge(d, other, 1);
  }
  return merge_pairs(d, other);
}

/* -------------------------------------------------------------- slots */

static void dict_dealloc(ShObject *o) {
  if (sh_container_defer_dealloc(o)) return;
  ShDictTable *t = atomic_load_explicit(&((ShDict *)o)->table, memory_order_relaxed);
  if (t) {
    for (intptr_t i = 0; i < t->nentries; i++) {
      ShDictEntry *e = &t->entries[i];
      if (e->key) {
        sh_decref(e->key);
        sh_decref(e->value);
      }
    }
    /* dying: nothing can reach it through a borrowed path any more */
    if (t) sh_qsbr_retire_for(o, t);
  }
  sh_object_free(o);
}

static int dict_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShDictTable *t = table_of(o);
  if (!t) return 0;
  for (intptr_t i = 0; i < t->nentries; i++) {
    ShDictEntry *e = &t->entries[i];
    if (e->key) {
      int r = visit(e->key, arg);
      if (!r) r = visit(e->value, arg);
      if (r) return r;
    }
  }
  return 0;
}

static int dict_clear_slot(ShObject *o) {
  return sh_dict_clear(o);
}

static ShObject *dict_repr(ShObject *o) {
  if (sh_dict_size(o) == 0) return sh_str_from_cstr("{}");
  int r = sh_repr_enter(o);
  if (r < 0) return NULL;
  if (r > 0) return sh_str_from_cstr("{...}");
  ShStrBuilder sb;
  sh_sb_init(&sb);
  intptr_t pos = 0;
  ShObject *k, *v;
  bool first = true;
  if (sh_sb_append_cstr(&sb, "{") < 0) goto fail;
  while (sh_dict_next_ref(o, &pos, &k, &v, NULL)) {
    int e = 0;
    if (!first) e = sh_sb_append_cstr(&sb, ", ");
    first = false;
    if (e >= 0) e = sh_sb_append_repr(&sb, k);
    if (e >= 0) e = sh_sb_append_cstr(&sb, ": ");
    if (e >= 0) e = sh_sb_append_repr(&sb, v);
    sh_decref(k);
    sh_decref(v);
    if (e < 0) goto fail;
  }
  if (sh_sb_append_cstr(&sb, "}") < 0) goto fail;
  sh_repr_leave(o);
  return sh_sb_finish(&sb);
fail:
  sh_repr_leave(o);
  sh_sb_discard(&sb);
  return NULL;
}

static int dict_equal(ShObject *a, ShObject *b) {
  if (sh_dict_size(a) != sh_dict_size(b)) return 0;
  intptr_t pos = 0;
  ShObject *k, *v;
  sh_hash_t h;
  while (sh_dict_next_ref(a, &pos, &k, &v, &h)) {
    ShObject *bv;
    int r = get_hashed(b, k, h, &bv);
    if (r > 0) {
      r = sh_object_richcompare_bool(v, bv, SH_EQ);
      sh_decref(bv);
    }
    sh_decref(k);
    sh_decref(v);
    if (r <= 0) return r;
  }
  return 1;
}

static ShObject *dict_richcompare(ShObject *a, ShObject *b, int op) {
  if (!SH_DICT_CHECK(a) || !SH_DICT_CHECK(b) || (op != SH_EQ && op != SH_NE))
    return SH_NOTIMPLEMENTED;
  int r = dict_equal(a, b);
  if (r < 0) return NULL;
  return sh_bool_from(op == SH_EQ ? r : !r);
}

static intptr_t dict_length(ShObject *o) {
  return sh_dict_size(o);
}

static ShObject *dict_subscript(ShObject *o, ShObject *key) {
  ShObject *v;
  int r = sh_dict_get_ref(o, key, &v);
  if (r > 0) return v;
  if (r < 0) return NULL;
  if (!SH_DICT_CHECK_EXACT(o)) {
    ShObject *missing = sh_object_lookup_special(o, SH_ID(__missing__));
    if (missing) {
      ShObject *res = sh_call1(missing, key);
      sh_decref(missing);
      return res;
    }
    if (sh_err_occurred()) return NULL;
  }
  sh_err_set_object(&sh_exc_KeyError, key);
  return NULL;
}

static int dict_ass_subscript(ShObject *o, ShObject *key, ShObject *value) {
  if (value) return sh_dict_set_item(o, key, value);
  return sh_dict_del_item(o, key);
}

static int dict_contains_slot(ShObject *o, ShObject *key) {
  return sh_dict_contains(o, key);
}

static ShObject *dict_iter(ShObject *o) {
  return sh_dict_iter_new(o, 0, false);
}

static ShObject *dict_or(ShObject *a, ShObject *b) {
  if (!SH_DICT_CHECK(a) || !SH_DICT_CHECK(b)) return SH_NOTIMPLEMENTED;
  ShObject *res = sh_dict_copy(a);
  if (res && sh_dict_update(res, b) < 0) SH_CLEAR(res);
  return res;
}

static ShObject *dict_ior(ShObject *a, ShObject *b) {
  if (sh_dict_update(a, b) < 0) return NULL;
  return sh_newref(a);
}

/* ------------------------------------------------------------ methods */

static ShObject *dict_get_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("get", nargs, 1, 2) < 0) return NULL;
  ShObject *v;
  int r = sh_dict_get_ref(self, args[0], &v);
  if (r < 0) return NULL;
  if (r > 0) return v;
  return sh_newref(nargs > 1 ? args[1] : SH_NONE);
}

static ShObject *dict_setdefault_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("setdefault", nargs, 1, 2) < 0) return NULL;
  sh_hash_t h = hash_of(args[0]);
  if (h == -1) return NULL;
  ShObject *res = NULL;
  if (insert(self, args[0], h, nargs > 1 ? args[1] : SH_NONE, 1, &res, NULL) < 0) return NULL;
  return res;
}

static ShObject *dict_pop_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("pop", nargs, 1, 2) < 0) return NULL;
  ShObject *v;
  int r = sh_dict_pop(self, args[0], &v);
  if (r < 0) return NULL;
  if (r > 0) return v;
  if (nargs > 1) return sh_newref(args[1]);
  sh_err_set_object(&sh_exc_KeyError, args[0]);
  return NULL;
}

static ShObject *dict_popitem_m(ShObject *self) {
  ShObject *res = sh_tuple_new(2);
  if (!res) return NULL;
  sh_object_lock(self);
  ShDictTable *t = table_of(self);
  if (sh_dict_size(self) == 0 || !t) {
    sh_object_unlock(self);
    sh_decref(res);
    sh_err_set_string(&sh_exc_KeyError, "popitem(): dictionary is empty");
    return NULL;
  }
  intptr_t i = t->nentries - 1;
  while (i >= 0 && !t->entries[i].key)
    i--;
  ShObject *k, *v;
  remove_locked(self, i, &k, &v);
  /* The entry is handed back (draining by popitem stays linear), but its
     index slot stays a dummy: the room for it goes too, or alternating
     insert and popitem would fill every index slot without a rebuild and
     a probe for an absent key would never meet an empty one. */
  __atomic_store_n(&t->nentries, i, __ATOMIC_RELEASE);
  t->usable--;
  sh_object_unlock(self);
  SH_TUPLE_ITEMS(res)[0] = sh_container_hand_out(self, k);
  SH_TUPLE_ITEMS(res)[1] = sh_container_hand_out(self, v);
  return res;
}

/* dict(...) / d.update(...): one positional mapping or iterable, plus kwargs */
static int update_args(ShObject *self, const char *name, ShObject *const *args, size_t nargs,
                       ShObject *kwnames) {
  if (sh_args_check_count(name, nargs, 0, 1) < 0) return -1;
  if (nargs == 1 && sh_dict_update(self, args[0]) < 0) return -1;
  if (kwnames) {
    intptr_t nk = SH_TUPLE_SIZE(kwnames);
    for (intptr_t i = 0; i < nk; i++)
      if (sh_dict_set_item(self, SH_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) return -1;
  }
  return 0;
}

static ShObject *dict_update_m(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  if (update_args(self, "update", args, nargs, kwnames) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *dict_keys_m(ShObject *self) {
  return sh_dict_view_new(self, &sh_type_dict_keys);
}
static ShObject *dict_values_m(ShObject *self) {
  return sh_dict_view_new(self, &sh_type_dict_values);
}
static ShObject *dict_items_m(ShObject *self) {
  return sh_dict_view_new(self, &sh_type_dict_items);
}

static ShObject *dict_copy_m(ShObject *self) {
  return sh_dict_copy(self);
}

static ShObject *dict_clear_m(ShObject *self) {
  sh_dict_clear(self);
  SH_RETURN_NONE;
}

static ShObject *dict_fromkeys_m(ShObject *cls, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("fromkeys", nargs, 1, 2) < 0) return NULL;
  ShObject *value = nargs > 1 ? args[1] : SH_NONE;
  ShObject *d = sh_call0(cls);
  if (!d) return NULL;
  bool fast = SH_DICT_CHECK_EXACT(d);
  ShObject *it = sh_object_iter(args[0]);
  if (!it) {
    sh_decref(d);
    return NULL;
  }
  ShObject *k;
  while ((k = sh_iter_next(it)) != NULL) {
    int r = fast ? sh_dict_set_item(d, k, value) : sh_object_setitem(d, k, value);
    sh_decref(k);
    if (r < 0) break;
  }
  sh_decref(it);
  if (sh_err_occurred()) {
    sh_decref(d);
    return NULL;
  }
  return d;
}

static ShObject *dict_reversed_m(ShObject *self) {
  return sh_dict_iter_new(self, 0, true);
}

static ShObject *dict_sizeof_m(ShObject *self) {
  ShDictTable *t = table_of(self);
  intptr_t n = sizeof(ShDict);
  if (t)
    n += sizeof(ShDictTable) + ((intptr_t)t->ixbytes << t->log2) +
         usable_fraction((intptr_t)1 << t->log2) * (intptr_t)sizeof(ShDictEntry);
  return sh_int_from_i64(n);
}

static ShObject *dict_class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

static ShObject *dict_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return sh_object_alloc(type, 0);
}

static int dict_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return update_args(self, "dict", args, nargs, kwnames);
}

static ShNumberMethods dict_as_number = {
    .or_ = dict_or,
    .inplace_or = dict_ior,
};

static ShSequenceMethods dict_as_sequence = {
    .contains = dict_contains_slot,
};

static ShMappingMethods dict_as_mapping = {
    .length = dict_length,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
};

static ShMethodDef dict_methods[] = {
    {"get", dict_get_m, SH_METH_FAST,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_m, SH_METH_FAST, NULL},
    {"pop", dict_pop_m, SH_METH_FAST, NULL},
    {"popitem", dict_popitem_m, SH_METH_NOARGS, NULL},
    {"keys", dict_keys_m, SH_METH_NOARGS, NULL},
    {"values", dict_values_m, SH_METH_NOARGS, NULL},
    {"items", dict_items_m, SH_METH_NOARGS, NULL},
    {"update", dict_update_m, SH_METH_FASTKW, NULL},
    {"copy", dict_copy_m, SH_METH_NOARGS, NULL},
    {"clear", dict_clear_m, SH_METH_NOARGS, NULL},
    {"fromkeys", dict_fromkeys_m, SH_METH_FAST | SH_METH_CLASS, NULL},
    {"__reversed__", dict_reversed_m, SH_METH_NOARGS, NULL},
    {"__sizeof__", dict_sizeof_m, SH_METH_NOARGS, NULL},
    {"__class_getitem__", dict_class_getitem, SH_METH_O | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

ShType sh_type_dict = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "dict",
    .basicsize = sizeof(ShDict),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC | SH_TPFLAGS_DICT_SUBCLASS,
    .doc = "dict() -> new empty dictionary",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = sh_hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .new_ = dict_new,
    .init = dict_init,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .methods = dict_methods,
};
