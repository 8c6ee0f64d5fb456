/* dict: an insertion-ordered hash table (compact entries + index table).
   The table sits behind one pointer so readers can load it without a lock. */
#ifndef SHOAL_DICT_H
#define SHOAL_DICT_H

#include "../runtime/object.h"

typedef struct ShDictTable ShDictTable; /* private to dict.c */

typedef struct ShDict {
  ShObject ob;
  _Atomic intptr_t used;
  _Atomic uint64_t version; /* bumped on every change; inline caches key on it */
  _Atomic(ShDictTable *) table;
} ShDict;

extern ShType sh_type_dict;
extern ShType sh_type_dict_keys, sh_type_dict_values, sh_type_dict_items;
#define SH_DICT_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_DICT_SUBCLASS) != 0)
#define SH_DICT_CHECK_EXACT(o) (SH_TYPE(o) == &sh_type_dict)
static inline intptr_t sh_dict_size(ShObject *d) {
  return atomic_load_explicit(&((ShDict *)d)->used, memory_order_relaxed);
}
static inline uint64_t sh_dict_version(ShObject *d) {
  return atomic_load_explicit(&((ShDict *)d)->version, memory_order_acquire);
}

ShObject *sh_dict_new(void);
ShObject *sh_dict_new_presized(intptr_t n);
/* 1 found (*value = new ref), 0 missing (*value = NULL), -1 error (unhashable...) */
int sh_dict_get_ref(ShObject *d, ShObject *key, ShObject **value);
/* The same for the eval loop once several threads run: the value may come
   as a loan (*loaned; DESIGN 5a: uncounted, valid until this thread's next
   quiescent point, to be kept only in a frame register). Exact dicts. */
int sh_dict_get_loan(ShObject *d, ShObject *key, ShObject **value, bool *loaned);
/* An attribute read for the eval loop: *hint is the entry index where key
   (an interned str) was found last time at this instruction, tried first
   and updated when wrong. A loan when `loaned` is given (as above), else a
   counted reference. */
int sh_dict_get_hinted(ShObject *d, ShObject *key, uint32_t *hint, ShObject **value, bool *loaned);
/* An attribute store for the eval loop: d[key] = value, in place when
   entry *hint holds key (an interned name: the same object), else the
   plain way, leaving key's entry index in *hint. 0, or -1 on error. */
int sh_dict_set_hinted(ShObject *d, ShObject *key, ShObject *value, uint32_t *hint);
int sh_dict_get_str_ref(ShObject *d, const char *key, ShObject **value);
/* Known hash: avoids recomputing for str keys */
int sh_dict_get_ref_hashed(ShObject *d, ShObject *key, sh_hash_t hash, ShObject **value);
int sh_dict_set_item(ShObject *d, ShObject *key, ShObject *value); /* increfs both */
int sh_dict_set_str(ShObject *d, const char *key, ShObject *value);
int sh_dict_del_item(ShObject *d, ShObject *key); /* KeyError when missing */
/* 1 removed, 0 missing, -1 error; *value (may be NULL) gets the old value */
int sh_dict_pop(ShObject *d, ShObject *key, ShObject **value);
/* Removes key only if pred(value, arg) holds for its value, all at once
   (under the dict's lock: pred must not run Python code, lock or
   allocate). 1 removed, 0 absent or kept, -1 error. */
int sh_dict_pop_if(ShObject *d, ShObject *key, bool (*pred)(ShObject *value, void *arg), void *arg);
int sh_dict_contains(ShObject *d, ShObject *key);
/* Iterates: pos starts at 0; returns false at the end. Borrowed key/value:
   only for a dict no other thread can mutate during the loop. */
bool sh_dict_next(ShObject *d, intptr_t *pos, ShObject **key, ShObject **value);
ShObject *sh_dict_keys_list(ShObject *d);
ShObject *sh_dict_values_list(ShObject *d);
ShObject *sh_dict_items_list(ShObject *d);
ShObject *sh_dict_copy(ShObject *d);
/* d.update(other) for a mapping or an iterable of pairs */
int sh_dict_update(ShObject *d, ShObject *other);
/* Merge mapping `other` into d; override=0 keeps existing keys,
   override=2 raises KeyError(key) on a duplicate (for f(**a, **b)). */
int sh_dict_merge(ShObject *d, ShObject *other, int override);
int sh_dict_clear(ShObject *d);

#endif
