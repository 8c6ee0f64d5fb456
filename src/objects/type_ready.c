/* Readying types: C3 MRO, slot inheritance, the dict built from C tables,
   subclass registry, MRO lookup (with a lock-free cache), start-up. */
#include <string.h>
#include "type_internal.h"

/* ------------------------------------------------------ lookup cache */

/* Each type's `version` comes from one global counter, so (type, version)
   never repeats even if a type's memory is reused. Entries are guarded by a
   sequence number: odd while being written; a reader that sees the same
   even number before and after reading the fields has a consistent entry. */
static _Atomic uint32_t next_version = 1;

#define CACHE_BITS 12
#define CACHE_SIZE (1u << CACHE_BITS)
typedef struct CacheEntry {
  _Atomic uint32_t seq;
  _Atomic uint32_t version;
  _Atomic(ShType *) type;
  _Atomic(ShObject *) name;
  _Atomic(ShObject *) value;
} CacheEntry;
static CacheEntry lookup_cache[CACHE_SIZE];

static inline uint32_t cache_index(ShType *type, ShObject *name) {
  uintptr_t h = ((uintptr_t)type >> 4) ^ ((uintptr_t)name >> 3) * 2654435761u;
  return (uint32_t)(h ^ (h >> CACHE_BITS)) & (CACHE_SIZE - 1);
}

static uint32_t fresh_version(void) {
  uint32_t v = atomic_fetch_add_explicit(&next_version, 1, memory_order_relaxed);
  if (v == 0) v = atomic_fetch_add_explicit(&next_version, 1, memory_order_relaxed);
  return v;
}

static void assign_version(ShType *type, void *unused) {
  (void)unused;
  atomic_store_explicit(&type->version, fresh_version(), memory_order_release);
}

/* name in t's own dict, with a new reference, or NULL. */
static ShObject *own_ref(ShType *t, ShObject *name, sh_hash_t hash) {
  ShObject *v;
  if (!t->dict) return NULL;
  int r = sh_dict_get_ref_hashed(t->dict, name, hash, &v);
  if (r < 0) sh_err_clear();
  return r > 0 ? v : NULL;
}

/* The MRO walk, with a new reference (the dicts' reads count it). */
static ShObject *lookup_uncached_ref(ShType *type, ShObject *name, sh_hash_t hash) {
  ShObject *mro = __atomic_load_n(&type->mro, __ATOMIC_ACQUIRE), *v = NULL;
  if (mro) {
    for (intptr_t i = 0; !v && i < SH_TUPLE_SIZE(mro); i++)
      v = own_ref((ShType *)SH_TUPLE_GET(mro, i), name, hash);
    return v;
  }
  for (ShType *t = type; !v && t; t = t->base)
    v = own_ref(t, name, hash);
  return v;
}

static ShObject *lookup_uncached(ShType *type, ShObject *name, sh_hash_t hash) {
  ShObject *v = lookup_uncached_ref(type, name, hash);
  if (v) sh_decref(v); /* the dict keeps it alive */
  return v;
}

ShObject *sh_type_lookup(ShType *type, ShObject *name) {
  if (!SH_STR_CHECK_EXACT(name)) {
    sh_hash_t h = sh_object_hash(name);
    if (h == -1) {
      sh_err_clear();
      return NULL;
    }
    return lookup_uncached(type, name, h);
  }
  uint32_t version = atomic_load_explicit(&type->version, memory_order_acquire);
  if (version == 0 || !sh_str_is_interned(name))
    return lookup_uncached(type, name, sh_str_hash(name));
  CacheEntry *e = &lookup_cache[cache_index(type, name)];
  uint32_t s1 = atomic_load_explicit(&e->seq, memory_order_acquire);
  if (!(s1 & 1) && atomic_load_explicit(&e->version, memory_order_relaxed) == version &&
      atomic_load_explicit(&e->type, memory_order_relaxed) == type &&
      atomic_load_explicit(&e->name, memory_order_relaxed) == name) {
    ShObject *v = atomic_load_explicit(&e->value, memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    if (atomic_load_explicit(&e->seq, memory_order_relaxed) == s1) return v;
  }
  ShObject *v = lookup_uncached(type, name, sh_str_hash(name));
  /* Publish only if the type did not change while we looked. */
  if (atomic_load_explicit(&type->version, memory_order_acquire) != version) return v;
  uint32_t s = atomic_load_explicit(&e->seq, memory_order_relaxed);
  if ((s & 1) || !atomic_compare_exchange_strong_explicit(&e->seq, &s, s + 1, memory_order_acquire,
                                                          memory_order_relaxed))
    return v;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&e->version, version, memory_order_relaxed);
  atomic_store_explicit(&e->type, type, memory_order_relaxed);
  atomic_store_explicit(&e->name, name, memory_order_relaxed);
  atomic_store_explicit(&e->value, v, memory_order_relaxed);
  atomic_store_explicit(&e->seq, s + 2, memory_order_release);
  return v;
}

ShObject *sh_type_lookup_ref(ShType *type, ShObject *name) {
  for (;;) {
    uint32_t version = atomic_load_explicit(&type->version, memory_order_acquire);
    ShObject *v = sh_type_lookup(type, name);
    if (!v) return NULL;
    if (version == 0) return sh_newref(v); /* unversioned: nothing to check against */
    if (sh_try_incref(v)) {
      if (atomic_load_explicit(&type->version, memory_order_acquire) == version) {
        /* a method or descriptor that other threads keep looking up */
        sh_defer_if_shared(v);
        return v;
      }
      sh_refcount_undo_try(v);
      continue;
    }
    /* dead, or another thread's and never published: the dicts' reads
       count it (and publish it for the next time) */
    sh_hash_t h = SH_STR_CHECK_EXACT(name) ? sh_str_hash(name) : sh_object_hash(name);
    if (h == -1) {
      sh_err_clear();
      return NULL;
    }
    return lookup_uncached_ref(type, name, h);
  }
}

static int modified_rec(ShType *type, void *arg) {
  assign_version(type, arg);
  return sh_type_foreach_subclass(type, modified_rec, arg);
}

void sh_type_modified(ShType *type) {
  modified_rec(type, NULL);
}

/* ---------------------------------------------------------- subtypes */

bool sh_type_is_subtype(ShType *a, ShType *b) {
  if (a == b) return true;
  ShObject *mro = __atomic_load_n(&a->mro, __ATOMIC_ACQUIRE);
  if (mro) {
    intptr_t n = SH_TUPLE_SIZE(mro);
    ShObject **items = SH_TUPLE_ITEMS(mro);
    for (intptr_t i = 0; i < n; i++)
      if (items[i] == SH_OBJ(b)) return true;
    return false;
  }
  for (ShType *t = a->base; t; t = t->base)
    if (t == b) return true;
  return b == &sh_type_object;
}

/* The registry is made on first use, by CAS, while other threads may
   look at it (a new class beside a __bases__ assignment). */
static ShObject *subclasses_of(ShType *t) {
  return __atomic_load_n(&t->subclasses, __ATOMIC_ACQUIRE);
}

int sh_type_add_subclass(ShType *base, ShType *sub) {
  if (!subclasses_of(base)) {
    ShObject *d = sh_dict_new();
    if (!d) return -1;
    ShObject *expected = NULL;
    if (!atomic_compare_exchange_strong((_Atomic(ShObject *) *)&base->subclasses, &expected, d))
      sh_decref(d);
  }
  ShObject *key = sh_int_from_u64((uintptr_t)sub);
  if (!key) return -1;
  int r = sh_dict_set_item(subclasses_of(base), key, key);
  sh_decref(key);
  return r;
}

void sh_type_remove_subclass(ShType *base, ShType *sub) {
  ShObject *subs = subclasses_of(base);
  if (!subs) return;
  ShObject *key = sh_int_from_u64((uintptr_t)sub);
  if (!key) {
    sh_err_clear();
    return;
  }
  if (sh_dict_pop(subs, key, NULL) < 0) sh_err_clear();
  sh_decref(key);
}

int sh_type_foreach_subclass(ShType *type, int (*fn)(ShType *, void *), void *arg) {
  ShObject *subs = subclasses_of(type);
  if (!subs) return 0;
  ShObject *keys = sh_dict_keys_list(subs);
  if (!keys) return -1;
  int r = 0;
  intptr_t n = sh_list_size(keys);
  for (intptr_t i = 0; i < n && r == 0; i++) {
    ShObject *k = sh_list_get_item(keys, i);
    if (!k) {
      r = -1;
      break;
    }
    bool ovf;
    ShType *sub = (ShType *)(uintptr_t)sh_int_as_i64(k, &ovf);
    sh_decref(k);
    r = fn(sub, arg);
  }
  sh_decref(keys);
  return r;
}

/* --------------------------------------------------------------- MRO */

static int tail_contains(ShObject **seq, intptr_t len, intptr_t head, ShObject *o) {
  for (intptr_t i = head + 1; i < len; i++)
    if (seq[i] == o) return 1;
  return 0;
}

static void mro_error(ShObject ***seqs, intptr_t *lens, intptr_t *heads, intptr_t nseq) {
  ShStrBuilder sb;
  sh_sb_init(&sb);
  sh_sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
  ShObject *seen[64];
  int nseen = 0;
  for (intptr_t i = 0; i < nseq; i++) {
    if (heads[i] >= lens[i]) continue;
    ShObject *c = seqs[i][heads[i]];
    bool dup = false;
    for (int j = 0; j < nseen; j++)
      if (seen[j] == c) dup = true;
    if (dup) continue;
    if (nseen < 64) seen[nseen++] = c;
    sh_sb_append_cstr(&sb, nseen > 1 ? ", " : " ");
    sh_sb_append_cstr(&sb, sh_type_name((ShType *)c));
  }
  ShObject *msg = sh_sb_finish(&sb);
  if (msg) {
    sh_err_set_object(&sh_exc_TypeError, msg);
    sh_decref(msg);
  }
}

ShObject *sh_type_mro_default(ShType *type) {
  /* __bases__ assignment replaces bases and MROs (a grace period before
     the old ones go): each is loaded once */
  ShObject *bases = __atomic_load_n(&type->bases, __ATOMIC_ACQUIRE);
  intptr_t nb = bases ? SH_TUPLE_SIZE(bases) : 0;
  if (nb == 0) return sh_tuple_pack(1, SH_OBJ(type));
  if (nb == 1) {
    ShType *b = (ShType *)SH_TUPLE_GET(bases, 0);
    ShObject *bm = __atomic_load_n(&b->mro, __ATOMIC_ACQUIRE);
    if (!bm) {
      return sh_err_format(&sh_exc_TypeError, "Cannot extend an incomplete type '%.100s'",
                           sh_type_name(b));
    }
    intptr_t n = SH_TUPLE_SIZE(bm);
    ShObject *r = sh_tuple_new(n + 1);
    if (!r) return NULL;
    SH_TUPLE_ITEMS(r)[0] = sh_newref(SH_OBJ(type));
    for (intptr_t i = 0; i < n; i++)
      SH_TUPLE_ITEMS(r)[i + 1] = sh_newref(SH_TUPLE_GET(bm, i));
    return r;
  }
  intptr_t nseq = nb + 1;
  ShObject ***seqs = sh_mem_alloc(nseq * sizeof(ShObject **));
  intptr_t *lens = sh_mem_alloc(nseq * sizeof(intptr_t));
  intptr_t *heads = sh_mem_calloc(nseq, sizeof(intptr_t));
  intptr_t total = 1;
  if (!seqs || !lens || !heads) goto nomem;
  for (intptr_t i = 0; i < nb; i++) {
    ShType *b = (ShType *)SH_TUPLE_GET(bases, i);
    ShObject *bm = __atomic_load_n(&b->mro, __ATOMIC_ACQUIRE);
    if (!bm) {
      sh_err_format(&sh_exc_TypeError, "Cannot extend an incomplete type '%.100s'",
                    sh_type_name(b));
      goto fail;
    }
    seqs[i] = SH_TUPLE_ITEMS(bm);
    lens[i] = SH_TUPLE_SIZE(bm);
    total += lens[i];
  }
  seqs[nb] = SH_TUPLE_ITEMS(bases);
  lens[nb] = nb;
  ShObject **out = sh_mem_alloc(total * sizeof(ShObject *));
  if (!out) goto nomem;
  intptr_t nout = 0;
  out[nout++] = SH_OBJ(type);
  for (;;) {
    bool empty = true, progress = false;
    for (intptr_t i = 0; i < nseq; i++) {
      if (heads[i] >= lens[i]) continue;
      empty = false;
      ShObject *cand = seqs[i][heads[i]];
      bool bad = false;
      for (intptr_t j = 0; j < nseq && !bad; j++)
        if (heads[j] < lens[j] && tail_contains(seqs[j], lens[j], heads[j], cand)) bad = true;
      if (bad) continue;
      out[nout++] = cand;
      for (intptr_t j = 0; j < nseq; j++)
        if (heads[j] < lens[j] && seqs[j][heads[j]] == cand) heads[j]++;
      progress = true;
      break;
    }
    if (empty) break;
    if (!progress) {
      mro_error(seqs, lens, heads, nseq);
      sh_mem_free(out);
      goto fail;
    }
  }
  ShObject *r = sh_tuple_from_array(out, nout);
  sh_mem_free(out);
  sh_mem_free(seqs);
  sh_mem_free(lens);
  sh_mem_free(heads);
  return r;
nomem:
  sh_err_no_memory();
fail:
  sh_mem_free(seqs);
  sh_mem_free(lens);
  sh_mem_free(heads);
  return NULL;
}

/* ------------------------------------------------------- inheritance */

#define COPY(f)                                                                                    \
  if (!type->f) type->f = base->f
#define COPYN(tbl, f)                                                                              \
  if (!type->tbl->f) type->tbl->f = base->tbl->f

static void inherit_number(ShType *type, ShType *base) {
  COPYN(as_number, add);
  COPYN(as_number, subtract);
  COPYN(as_number, multiply);
  COPYN(as_number, remainder);
  COPYN(as_number, divmod);
  COPYN(as_number, power);
  COPYN(as_number, negative);
  COPYN(as_number, positive);
  COPYN(as_number, absolute);
  COPYN(as_number, bool_);
  COPYN(as_number, invert);
  COPYN(as_number, lshift);
  COPYN(as_number, rshift);
  COPYN(as_number, and_);
  COPYN(as_number, xor_);
  COPYN(as_number, or_);
  COPYN(as_number, int_);
  COPYN(as_number, float_);
  COPYN(as_number, index);
  COPYN(as_number, floor_divide);
  COPYN(as_number, true_divide);
  COPYN(as_number, matrix_multiply);
  COPYN(as_number, inplace_add);
  COPYN(as_number, inplace_subtract);
  COPYN(as_number, inplace_multiply);
  COPYN(as_number, inplace_remainder);
  COPYN(as_number, inplace_power);
  COPYN(as_number, inplace_lshift);
  COPYN(as_number, inplace_rshift);
  COPYN(as_number, inplace_and);
  COPYN(as_number, inplace_xor);
  COPYN(as_number, inplace_or);
  COPYN(as_number, inplace_floor_divide);
  COPYN(as_number, inplace_true_divide);
  COPYN(as_number, inplace_matrix_multiply);
}

void sh_type_inherit_slots(ShType *type, ShType *base) {
  if (base->as_number) {
    if (!type->as_number)
      type->as_number = base->as_number;
    else if (type->as_number != base->as_number)
      inherit_number(type, base);
  }
  if (base->as_sequence) {
    if (!type->as_sequence)
      type->as_sequence = base->as_sequence;
    else if (type->as_sequence != base->as_sequence) {
      COPYN(as_sequence, length);
      COPYN(as_sequence, concat);
      COPYN(as_sequence, repeat);
      COPYN(as_sequence, item);
      COPYN(as_sequence, ass_item);
      COPYN(as_sequence, contains);
      COPYN(as_sequence, inplace_concat);
      COPYN(as_sequence, inplace_repeat);
    }
  }
  if (base->as_mapping) {
    if (!type->as_mapping)
      type->as_mapping = base->as_mapping;
    else if (type->as_mapping != base->as_mapping) {
      COPYN(as_mapping, length);
      COPYN(as_mapping, subscript);
      COPYN(as_mapping, ass_subscript);
    }
  }
  COPY(dealloc);
  COPY(repr);
  COPY(str);
  if (!type->hash && !type->richcompare) {
    type->hash = base->hash;
    type->richcompare = base->richcompare;
  }
  COPY(hash);
  COPY(richcompare);
  COPY(getattro);
  COPY(setattro);
  COPY(call);
  COPY(iter);
  COPY(iternext);
  COPY(descr_get);
  COPY(descr_set);
  COPY(init);
  COPY(finalize);
  if ((type->flags & SH_TPFLAGS_GC) && (base->flags & SH_TPFLAGS_GC)) {
    COPY(traverse);
    COPY(clear);
  }
  if (!type->basicsize) {
    type->basicsize = base->basicsize;
    if (!type->itemsize) type->itemsize = base->itemsize;
  }
  COPY(dictoffset);
  COPY(weaklistoffset);
  type->flags |=
      base->flags &
      (SH_TPFLAGS_INT_SUBCLASS | SH_TPFLAGS_LIST_SUBCLASS | SH_TPFLAGS_TUPLE_SUBCLASS |
       SH_TPFLAGS_BYTES_SUBCLASS | SH_TPFLAGS_STR_SUBCLASS | SH_TPFLAGS_DICT_SUBCLASS |
       SH_TPFLAGS_BASE_EXC_SUBCLASS | SH_TPFLAGS_TYPE_SUBCLASS | SH_TPFLAGS_FLOAT_SUBCLASS);
}

/* ------------------------------------------------------------- dict */

static int dict_setdefault(ShObject *dict, ShObject *name, ShObject *value) {
  int has = sh_dict_contains(dict, name);
  if (has < 0) return -1;
  if (has) return 0;
  return sh_dict_set_item(dict, name, value);
}

static int add_operators(ShType *type) {
  for (ShSlotDef *sd = sh_slotdefs; sd->name; sd++) {
    if (!sd->wrapper) continue;
    void **ptr = sh_slot_ptr(type, sd);
    if (!ptr || !*ptr) continue;
    int has = sh_dict_contains(type->dict, sd->id);
    if (has < 0) return -1;
    if (has) continue;
    if (*ptr == (void *)sh_hash_not_implemented) {
      if (sh_dict_set_item(type->dict, sd->id, SH_NONE) < 0) return -1;
      continue;
    }
    ShObject *w = sh_descr_new_wrapper(type, sd, *ptr);
    if (!w) return -1;
    int r = sh_dict_set_item(type->dict, sd->id, w);
    sh_decref(w);
    if (r < 0) return -1;
  }
  if (type->new_) {
    int has = sh_dict_contains(type->dict, SH_ID(__new__));
    if (has < 0) return -1;
    if (!has) {
      ShObject *f = sh_descr_new_tp_new(type);
      if (!f) return -1;
      int r = sh_dict_set_item(type->dict, SH_ID(__new__), f);
      sh_decref(f);
      if (r < 0) return -1;
    }
  }
  return 0;
}

int sh_type_fill_dict(ShType *type) {
  if (!(type->flags & SH_TPFLAGS_HEAPTYPE) && add_operators(type) < 0) return -1;
  if (type->methods) {
    for (ShMethodDef *m = type->methods; m->name; m++) {
      ShObject *name = sh_str_intern_cstr(m->name);
      if (!name) return -1;
      ShObject *d;
      if (m->flags & SH_METH_CLASS) {
        d = sh_descr_new_method(type, m);
      } else if (m->flags & SH_METH_STATIC) {
        ShObject *f = sh_cfunction_new(m, NULL, NULL);
        if (!f) return -1;
        d = sh_staticmethod_new(f);
        sh_decref(f);
      } else {
        d = sh_descr_new_method(type, m);
      }
      if (!d) return -1;
      int r = dict_setdefault(type->dict, name, d);
      sh_decref(d);
      if (r < 0) return -1;
    }
  }
  if (type->members) {
    for (ShMemberDef *m = type->members; m->name; m++) {
      ShObject *name = sh_str_intern_cstr(m->name);
      ShObject *d = name ? sh_descr_new_member(type, m) : NULL;
      if (!d) return -1;
      int r = dict_setdefault(type->dict, name, d);
      sh_decref(d);
      if (r < 0) return -1;
    }
  }
  if (type->getset) {
    for (ShGetSetDef *g = type->getset; g->name; g++) {
      ShObject *name = sh_str_intern_cstr(g->name);
      ShObject *d = name ? sh_descr_new_getset(type, g) : NULL;
      if (!d) return -1;
      int r = dict_setdefault(type->dict, name, d);
      sh_decref(d);
      if (r < 0) return -1;
    }
  }
  return 0;
}

/* --------------------------------------------------------- readying */

/* A static type lives for the whole run, and so does what sh_type_ready
   made for it (its dict, the descriptors in it, mro and bases): immortal, so
   that every thread using `list.append` or `str.join` pays no count. */
static void immortalize_static_parts(ShType *type) {
  ShObject *parts[] = {type->dict, type->mro, type->bases};
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (parts[i]) sh_set_immortal(parts[i]);
  intptr_t pos = 0;
  ShObject *key, *value;
  while (type->dict && sh_dict_next(type->dict, &pos, &key, &value)) {
    sh_set_immortal(key);
    sh_set_immortal(value);
  }
}

int sh_type_ready(ShType *type) {
  if (type->flags & SH_TPFLAGS_READY) return 0;
  if (!SH_OBJ(type)->type) SH_OBJ(type)->type = &sh_type_type;
  ShType *base = type->base;
  if (!base && type != &sh_type_object) base = type->base = &sh_type_object;
  if (base && !(base->flags & SH_TPFLAGS_READY) && sh_type_ready(base) < 0) return -1;
  if (!type->bases) {
    type->bases = base ? sh_tuple_pack(1, SH_OBJ(base)) : sh_tuple_new(0);
    if (!type->bases) return -1;
  }
  if (!type->dict) {
    type->dict = sh_dict_new();
    if (!type->dict) return -1;
  }
  if (!(type->flags & SH_TPFLAGS_HEAPTYPE)) {
    type->flags |= SH_TPFLAGS_IMMUTABLE;
    /* Types deriving straight from object without new_ cannot be instantiated. */
    bool no_new = !type->new_ && base == &sh_type_object;
    if (sh_type_fill_dict(type) < 0) return -1;
    if (!no_new && !type->new_ && base) type->new_ = base->new_;
  } else if (sh_type_fill_dict(type) < 0) {
    return -1;
  }
  if (!type->mro) {
    type->mro = sh_type_mro_default(type);
    if (!type->mro) return -1;
  }
  /* Inherit from every class of the MRO, nearest first. */
  intptr_t n = SH_TUPLE_SIZE(type->mro);
  for (intptr_t i = 1; i < n; i++) {
    ShType *b = (ShType *)SH_TUPLE_GET(type->mro, i);
    ShNumberMethods *keepn = type->as_number;
    sh_type_inherit_slots(type, b);
    (void)keepn;
  }
  if (!type->getattro) type->getattro = sh_object_generic_getattr;
  if (!type->setattro) type->setattro = sh_object_generic_setattr;
  if (sh_type_is_subtype(type, &sh_type_type)) type->flags |= SH_TPFLAGS_TYPE_SUBCLASS;
  int has = sh_dict_contains(type->dict, SH_ID(__doc__));
  if (has < 0) return -1;
  if (!has) {
    ShObject *doc = type->doc ? sh_str_from_utf8(type->doc, strlen(type->doc)) : SH_NONE;
    if (!doc) return -1;
    int r = sh_dict_set_item(type->dict, SH_ID(__doc__), doc);
    sh_decref(doc);
    if (r < 0) return -1;
  }
  intptr_t nb = SH_TUPLE_SIZE(type->bases);
  for (intptr_t i = 0; i < nb; i++)
    if (sh_type_add_subclass((ShType *)SH_TUPLE_GET(type->bases, i), type) < 0) return -1;
  assign_version(type, NULL);
  type->flags |= SH_TPFLAGS_READY;
  if (!(type->flags & SH_TPFLAGS_HEAPTYPE)) immortalize_static_parts(type);
  return 0;
}

/* ---------------------------------------------------------- start-up */

int sh_init_typesystem(void) {
  if (sh_slotdefs_init() < 0) return -1;
  ShType *types[] = {&sh_type_object,
                     &sh_type_type,
                     &sh_type_cfunction,
                     &sh_type_method_descriptor,
                     &sh_type_classmethod_descriptor,
                     &sh_type_getset_descriptor,
                     &sh_type_member_descriptor,
                     &sh_type_wrapper_descriptor,
                     &sh_type_method_wrapper,
                     &sh_type_property,
                     &sh_type_classmethod,
                     &sh_type_staticmethod,
                     &sh_type_super,
                     &sh_type_mappingproxy,
                     &sh_type_union,
                     NULL};
  for (ShType **t = types; *t; t++)
    if (sh_type_ready(*t) < 0) return -1;
  return 0;
}
