/* Inline caches of the eval loop: one slot per caching instruction site,
   allocated with the code object's first run. Readers never lock: a slot is
   a seqlock, so a reader that races a writer sees a miss, never a torn entry. */
#ifndef SHOAL_CACHE_H
#define SHOAL_CACHE_H

#include "code.h"
#include "../objects/dict.h"

/* The fields are atomics too: a reader may race a writer (and then misses). */
typedef struct ShGlobalCache {
  _Atomic uint32_t seq; /* odd while a writer fills the slot */
  _Atomic(ShObject *) globals, builtins;
  _Atomic uint64_t globals_version, builtins_version;
  _Atomic(ShObject *) value; /* borrowed from whichever dict holds it */
} ShGlobalCache;

/* acquire/release on the fields themselves keeps the seqlock ordered
   without fences (which ThreadSanitizer does not model) */
#define CACHE_LOAD(field) atomic_load_explicit(&(field), memory_order_acquire)
#define CACHE_STORE(field, v) atomic_store_explicit(&(field), (v), memory_order_release)

/* LOAD_ATTR and LOAD_METHOD: what the type said about a name at one type
   version. SH_ATTR_METHOD (LOAD_METHOD only): the type's attribute is a
   function or method descriptor that lives until a collection (deferred or
   immortal), so a register may borrow it; an instance dict may shadow it.
   SH_ATTR_SLOT: a __slots__ member, read and written in place; `descr`
   then holds the slot's byte offset in the instance, not a descriptor. */
enum { SH_ATTR_NONE, SH_ATTR_INSTANCE_DICT, SH_ATTR_DATA_DESCR, SH_ATTR_METHOD, SH_ATTR_SLOT };
typedef struct ShAttrCache {
  _Atomic uint32_t seq;
  _Atomic(ShType *) type;
  _Atomic uint32_t version;
  _Atomic int kind;
  _Atomic(ShObject *) descr; /* borrowed from the type's dict (kept while the version holds) */
  _Atomic uint32_t hint;     /* instance dict entry where the name was last found */
} ShAttrCache;

typedef union ShCacheSlot {
  ShGlobalCache global;
  ShAttrCache attr;
} ShCacheSlot;

/* The kind (and descriptor) cached for this type at its current version,
   or SH_ATTR_NONE. */
static inline int sh_attr_cache_get(ShAttrCache *c, ShType *type, ShObject **descr) {
  uint32_t s1 = atomic_load_explicit(&c->seq, memory_order_acquire);
  if (s1 & 1) return SH_ATTR_NONE;
  ShType *t = CACHE_LOAD(c->type);
  uint32_t v = CACHE_LOAD(c->version);
  int kind = CACHE_LOAD(c->kind);
  *descr = CACHE_LOAD(c->descr);
  if (atomic_load_explicit(&c->seq, memory_order_acquire) != s1) return SH_ATTR_NONE;
  if (t != type || v != atomic_load_explicit(&type->version, memory_order_acquire) || v == 0)
    return SH_ATTR_NONE;
  return kind;
}

static inline void sh_attr_cache_set(ShAttrCache *c, ShType *type, uint32_t version, int kind,
                                     ShObject *descr) {
  uint32_t s = atomic_load_explicit(&c->seq, memory_order_relaxed);
  if ((s & 1) || !atomic_compare_exchange_strong_explicit(&c->seq, &s, s + 1, memory_order_acquire,
                                                          memory_order_relaxed))
    return;
  CACHE_STORE(c->type, type);
  CACHE_STORE(c->version, version);
  CACHE_STORE(c->kind, kind);
  CACHE_STORE(c->descr, descr);
  atomic_store_explicit(&c->seq, s + 2, memory_order_release);
}

/* The code object's cache array, created on first use (NULL on failure:
   callers then run uncached). */
ShCacheSlot *sh_code_caches(ShCode *co);

/* A hit gives the cached value (borrowed), a miss NULL. */
static inline ShObject *sh_global_cache_get(ShGlobalCache *c, ShObject *globals,
                                            ShObject *builtins) {
  uint32_t s1 = atomic_load_explicit(&c->seq, memory_order_acquire);
  if (s1 & 1) return NULL;
  ShObject *g = CACHE_LOAD(c->globals), *b = CACHE_LOAD(c->builtins), *v = CACHE_LOAD(c->value);
  uint64_t gv = CACHE_LOAD(c->globals_version), bv = CACHE_LOAD(c->builtins_version);
  if (atomic_load_explicit(&c->seq, memory_order_acquire) != s1) return NULL;
  if (g != globals || b != builtins || !v) return NULL;
  if (sh_dict_version(globals) != gv || sh_dict_version(builtins) != bv) return NULL;
  return v;
}

/* Fills the slot unless another writer holds it. The versions must have
   been read before the lookup that found value. */
static inline void sh_global_cache_set(ShGlobalCache *c, ShObject *globals, ShObject *builtins,
                                       uint64_t gv, uint64_t bv, ShObject *value) {
  uint32_t s = atomic_load_explicit(&c->seq, memory_order_relaxed);
  if ((s & 1) || !atomic_compare_exchange_strong_explicit(&c->seq, &s, s + 1, memory_order_acquire,
                                                          memory_order_relaxed))
    return;
  CACHE_STORE(c->globals, globals);
  CACHE_STORE(c->builtins, builtins);
  CACHE_STORE(c->globals_version, gv);
  CACHE_STORE(c->builtins_version, bv);
  CACHE_STORE(c->value, value);
  atomic_store_explicit(&c->seq, s + 2, memory_order_release);
}

#endif
