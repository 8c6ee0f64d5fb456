/* The dict table layout, shared by dict.c, dict_views.c and the eval
   loop's attribute reads (the hinted hit, inline). */
#ifndef SHOAL_DICT_INTERNAL_H
#define SHOAL_DICT_INTERNAL_H

#include <string.h>
#include "../shoal.h"
#include "container_util.h"

/* A deleted entry has key == NULL. */
typedef struct ShDictEntry {
  sh_hash_t hash;
  ShObject *key;
  ShObject *value;
} ShDictEntry;

/* One block: this header, the index array (1 << log2 slots of ixbytes
   bytes each: -1 empty, -2 dummy, else an entry number), then `usable`
   entries in insertion order. Replaced as a whole on resize. */
struct ShDictTable {
  uint8_t log2, ixbytes;
  intptr_t usable;   /* entries this table may take; popitem gives one up */
  intptr_t nentries; /* entries used so far, deleted ones included */
  /* one bit (sh_dict_key_bit) per key ever inserted into this table: a
     clear bit proves a key absent without probing (instance dicts asked
     for a method name, globals asked for a builtin) */
  uint64_t key_filter;
  ShDictEntry *entries;
  char indices[];
};

static inline uint64_t sh_dict_key_bit(sh_hash_t hash) {
  return (uint64_t)1 << (((uint64_t)hash * 0x9E3779B97F4A7C15u) >> 58);
}

/* False proves the str key absent from d: d's table never took a key with
   its filter bit (an instance dict asked whether it shadows a method). */
static inline bool sh_dict_may_contain_str(ShObject *d, ShObject *key) {
  ShDictTable *t = atomic_load_explicit(&((ShDict *)d)->table, memory_order_acquire);
  if (!t) return false;
  sh_hash_t h = atomic_load_explicit(&((ShStr *)key)->hash, memory_order_relaxed);
  return h == -1 || (__atomic_load_n(&t->key_filter, __ATOMIC_RELAXED) & sh_dict_key_bit(h));
}

/* The hit of sh_dict_get_hinted, inline for the eval loop: entry `hint`
   of d's table holds key. Returns its value, counted or (loaned given,
   threads running) a loan; NULL when the hint misses: then call
   sh_dict_get_hinted. */
static inline __attribute__((always_inline)) ShObject *
sh_dict_hinted_hit(ShObject *d, ShObject *key, uint32_t hint, bool *loaned) {
  ShDictTable *t = atomic_load_explicit(&((ShDict *)d)->table, memory_order_acquire);
  if (!t || hint >= (uint32_t)__atomic_load_n(&t->nentries, __ATOMIC_ACQUIRE)) return NULL;
  ShDictEntry *e = &t->entries[hint];
  ShObject *v = __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
  if (__atomic_load_n(&e->key, __ATOMIC_ACQUIRE) != key || !v) return NULL;
  /* one thread: nobody else can change it meanwhile. An immortal needs no
     count; the value is loaded again in case v is a block freed and
     reused (as an immortal) since the first load */
  if (!sh_multithreaded() ||
      (sh_is_immortal(v) && __atomic_load_n(&e->value, __ATOMIC_ACQUIRE) == v)) {
    if (loaned) *loaned = false;
    return sh_newref(v);
  }
  int how = sh_take_begin(d, v, loaned != NULL);
  if (how < 0) return NULL;
  /* still the entry of key, holding v, in the live table: a delete empties
     the entry, a rebuild replaces the table */
  if (atomic_load_explicit(&((ShDict *)d)->table, memory_order_acquire) == t &&
      __atomic_load_n(&e->key, __ATOMIC_ACQUIRE) == key &&
      __atomic_load_n(&e->value, __ATOMIC_ACQUIRE) == v) {
    if (loaned) *loaned = how == SH_TAKE_LOAN;
    return v;
  }
  sh_take_undo(v, how);
  return NULL;
}

/* One step of iteration from *pos in direction dir (+1 / -1; for -1 a
   *pos past the end starts at the last entry), under the dict's lock. New
   references in *key / *value (either may be NULL). 1 found, 0 at the end. */
int sh_dict_step_ref(ShObject *d, intptr_t *pos, int dir, ShObject **key, ShObject **value,
                     sh_hash_t *hash);
intptr_t sh_dict_nentries(ShObject *d);

#endif
