/* The object header, the type object and biased reference counting.
   Every other file builds on this one; see DESIGN.md sections 2 and 3. */
#ifndef SHOAL_OBJECT_H
#define SHOAL_OBJECT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "sharestats.h"

typedef struct ShObject ShObject;
typedef struct ShType ShType;
typedef intptr_t sh_hash_t;

/* 32 bytes. `tid` names the owning thread (0: none). Only the owner writes
   ref_local; everyone else goes through the atomic ref_shared, whose low
   four bits are flags. All accesses are atomic (relaxed where plain would do) so
   that ThreadSanitizer sees no race. */
struct ShObject {
  _Atomic uintptr_t tid;
  _Atomic uint8_t mutex; /* per-object lock of mutable containers */
  _Atomic uint8_t gc_bits;
  uint16_t aux; /* free for the type's own use */
  _Atomic uint32_t ref_local;
  _Atomic intptr_t ref_shared;
  ShType *type;
};

typedef struct ShVarObject {
  ShObject ob;
  intptr_t size; /* item count for tuples, ints (unused), types... */
} ShVarObject;

#define SH_REF_IMMORTAL UINT32_MAX
#define SH_SHARED_MERGED 1
#define SH_SHARED_QUEUED 2
/* Lock-free readers may count it (sh_refcount_publish): the owner merges
   before freeing instead of freeing at once on a shared word of 0. */
#define SH_SHARED_PUBLISHED 4
/* A deferred object whose extra reference the collector took back (it was
   garbage; it may outlive that collection while its owner has yet to
   merge): the next collection must not count or take it again. */
#define SH_SHARED_DEFERRED_DROPPED 8
#define SH_SHARED_FLAGS 15
#define SH_SHARED_SHIFT 4

/* gc_bits */
#define SH_GC_TRACKED 1
#define SH_GC_FINALIZED 2
#define SH_GC_DEFERRED 4
#define SH_GC_UNREACHABLE 8
#define SH_GC_FREED 16        /* set just before the block goes back to mimalloc */
#define SH_GC_WEAKREFS 32     /* a weak reference to it was made (modules/weakref.c) */
#define SH_GC_LOANED 64       /* a container other threads read loans from (objects/loan.c) */
#define SH_GC_SHARED_READ 128 /* a list another thread reads without its lock (list.c) */

/* Static initializer of the header for an immortal, statically allocated
   object of type `t` (types, None, small ints, builtin functions...). */
#define SH_OBJECT_HEAD_INIT(t)                                                                     \
  {                                                                                                \
    .tid = 0, .mutex = 0, .gc_bits = 0, .aux = 0, .ref_local = SH_REF_IMMORTAL, .ref_shared = 0,   \
    .type = (t)                                                                                    \
  }

/* The current thread's id: the address of a thread-local, never 0. */
extern _Thread_local char sh_thread_marker;
static inline uintptr_t sh_thread_id(void) {
  return (uintptr_t)&sh_thread_marker;
}

void sh_refcount_merge_zero(ShObject *o);    /* owner's local count hit 0 */
void sh_refcount_incref_shared(ShObject *o); /* incref by a non-owner */
void sh_refcount_decref_shared(ShObject *o); /* decref by a non-owner */
void sh_object_dealloc(ShObject *o);         /* calls type->dealloc */

static inline bool sh_is_immortal(ShObject *o) {
  return atomic_load_explicit(&o->ref_local, memory_order_relaxed) == SH_REF_IMMORTAL;
}

/* Deferred objects (module-level functions, classes, modules): frames
   hold them through borrowed register references that cost nothing, and
   only the cycle collector frees them (it treats frames as roots). */
static inline bool sh_is_deferred(ShObject *o) {
  return (atomic_load_explicit(&o->gc_bits, memory_order_relaxed) & SH_GC_DEFERRED) != 0;
}
/* Marks o deferred, adding the one reference that only the collector
   takes away. */
void sh_set_deferred(ShObject *o);
/* Whether an instance of t holds a counted reference to it: a class made
   by Python code, unless it is deferred (a class only becomes deferred,
   never back, so a count taken is at worst never dropped, never dropped
   without being taken). */
#define SH_INSTANCE_COUNTS_TYPE(t)                                                                 \
  (((t)->flags & SH_TPFLAGS_HEAPTYPE) && !sh_is_deferred((ShObject *)(t)))

/* A tracked object that threads other than its owner keep taking
   references to (a function's code and globals, a closure cell or
   variable, a class attribute) becomes deferred: from then on they count
   it in tables of their own (refcount_deferred.c) instead of all writing
   its shared count, and only the collector frees it. The caller holds a
   reference, or a container that holds one. */
static inline void sh_defer_if_shared(ShObject *o) {
  uint8_t bits = atomic_load_explicit(&o->gc_bits, memory_order_relaxed);
  if ((bits & (SH_GC_TRACKED | SH_GC_DEFERRED)) == SH_GC_TRACKED &&
      atomic_load_explicit(&o->tid, memory_order_relaxed) != sh_thread_id() && !sh_is_immortal(o))
    sh_set_deferred(o);
}

/* This thread's and never counted or published by another. A deferred
   object is never taken for one: other threads count it in tables of their
   own, so its shared word may read 0 while they hold references. */
static inline bool sh_object_is_unshared(ShObject *o) {
  return atomic_load_explicit(&o->tid, memory_order_relaxed) == sh_thread_id() &&
         atomic_load_explicit(&o->ref_shared, memory_order_relaxed) == 0 && !sh_is_deferred(o);
}
/* Only the caller's one reference reaches o. */
static inline bool sh_object_is_private(ShObject *o) {
  return sh_object_is_unshared(o) && atomic_load_explicit(&o->ref_local, memory_order_relaxed) == 1;
}

static inline void sh_incref(ShObject *o) {
  uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
  if (local == SH_REF_IMMORTAL) return;
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) == sh_thread_id())
    atomic_store_explicit(&o->ref_local, local + 1, memory_order_relaxed);
  else
    sh_refcount_incref_shared(o);
}

static inline void sh_decref(ShObject *o) {
  uint32_t local = atomic_load_explicit(&o->ref_local, memory_order_relaxed);
  if (local == SH_REF_IMMORTAL) return;
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) == sh_thread_id()) {
    local--;
    atomic_store_explicit(&o->ref_local, local, memory_order_relaxed);
    if (local == 0) sh_refcount_merge_zero(o);
  } else {
    sh_refcount_decref_shared(o);
  }
}

static inline void sh_xincref(ShObject *o) {
  if (o) sh_incref(o);
}
static inline void sh_xdecref(ShObject *o) {
  if (o) sh_decref(o);
}
/* Returns o with a new reference: `return sh_newref(x);` */
static inline ShObject *sh_newref(ShObject *o) {
  sh_incref(o);
  return o;
}
static inline ShObject *sh_xnewref(ShObject *o) {
  if (o) sh_incref(o);
  return o;
}
/* Replaces *slot with v (stealing v), dropping the old value afterwards. */
#define SH_SETREF(slot, v)                                                                         \
  do {                                                                                             \
    ShObject *old_ = (ShObject *)(slot);                                                           \
    (slot) = (v);                                                                                  \
    sh_xdecref(old_);                                                                              \
  } while (0)
#define SH_CLEAR(slot)                                                                             \
  do {                                                                                             \
    ShObject *old_ = (ShObject *)(slot);                                                           \
    (slot) = NULL;                                                                                 \
    sh_xdecref(old_);                                                                              \
  } while (0)
#define SH_OBJ(p) ((ShObject *)(p))
#define SH_TYPE(o) (SH_OBJ(o)->type)

/* Folds the owner's count into the shared one and clears the owner; may
   free the object. Only the owner (or a thread releasing all it owns). */
void sh_refcount_give_up_ownership(ShObject *o);
/* For lock-free readers (DESIGN 5): takes a reference to o, loaded from a
   container slot without the container's lock, unless o may be dead. The
   caller must then check that the slot still holds o, and on failure drop
   the reference with sh_refcount_undo_try (which never frees: a racing
   free may already be under way). Freed memory stays valid meanwhile
   because objects freed while threads run go through QSBR. Fails as well
   on another thread's object that was never published: its owner frees it
   without a merge once its own count reaches 0, which a racing increment
   could not stop. The caller then takes the reference under the
   container's lock and publishes o. */
bool sh_try_incref(ShObject *o);
/* Lets later sh_try_incref calls by other threads count o. The caller
   holds a reference to o, or o's container's lock (o cannot die). */
void sh_refcount_publish(ShObject *o);
/* A new reference to o, which the caller's lock keeps alive (a container's
   or a field owner's), for the fallback of a lock-free read whose
   try-incref was refused: o is published on the way, so that later
   lock-free reads of it by other threads succeed. */
static inline ShObject *sh_take_locked(ShObject *o) {
  if (atomic_load_explicit(&o->tid, memory_order_relaxed) != sh_thread_id()) sh_refcount_publish(o);
  sh_incref(o);
  return o;
}
void sh_refcount_undo_try(ShObject *o);
/* Current total count (local + shared), for sys.getrefcount and tests. */
intptr_t sh_refcount_total(ShObject *o);
/* A dealloc that must run Python code on the dying object (a generator's
   finally blocks, __del__) first gives it a temporary reference; _end drops
   it and returns true when nobody else took one (the object stays dead). */
void sh_refcount_resurrect(ShObject *o);
bool sh_refcount_resurrect_end(ShObject *o);
/* Makes o immortal (interned strings, objects created at start-up). */
void sh_set_immortal(ShObject *o);

/* ---------------------------------------------------------------- types */

typedef ShObject *(*sh_unaryfunc)(ShObject *);
typedef ShObject *(*sh_binaryfunc)(ShObject *, ShObject *);
typedef ShObject *(*sh_ternaryfunc)(ShObject *, ShObject *, ShObject *);
typedef int (*sh_inquiry)(ShObject *);
typedef intptr_t (*sh_lenfunc)(ShObject *);
typedef ShObject *(*sh_ssizeargfunc)(ShObject *, intptr_t);
typedef int (*sh_ssizeobjargproc)(ShObject *, intptr_t, ShObject *);
typedef int (*sh_objobjproc)(ShObject *, ShObject *);
typedef int (*sh_objobjargproc)(ShObject *, ShObject *, ShObject *);
typedef int (*sh_visitproc)(ShObject *, void *);
typedef int (*sh_traverseproc)(ShObject *, sh_visitproc, void *);
typedef void (*sh_destructor)(ShObject *);
typedef ShObject *(*sh_reprfunc)(ShObject *);
typedef sh_hash_t (*sh_hashfunc)(ShObject *);
typedef ShObject *(*sh_richcmpfunc)(ShObject *, ShObject *, int op);
typedef ShObject *(*sh_getattrofunc)(ShObject *, ShObject *name);
/* value NULL means delete */
typedef int (*sh_setattrofunc)(ShObject *, ShObject *name, ShObject *value);
typedef ShObject *(*sh_descrgetfunc)(ShObject *descr, ShObject *obj, ShObject *type);
typedef int (*sh_descrsetfunc)(ShObject *descr, ShObject *obj, ShObject *value);
/* The one calling convention: `nargs` positional arguments followed by one
   value per name in `kwnames` (a tuple of str, or NULL when there are none). */
typedef ShObject *(*sh_vectorcallfunc)(ShObject *callable, ShObject *const *args, size_t nargs,
                                       ShObject *kwnames);
typedef ShObject *(*sh_newfunc)(ShType *type, ShObject *const *args, size_t nargs,
                                ShObject *kwnames);
typedef int (*sh_initfunc)(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames);

/* richcompare ops, same numbering as CPython's */
enum { SH_LT = 0, SH_LE = 1, SH_EQ = 2, SH_NE = 3, SH_GT = 4, SH_GE = 5 };

/* Binary slots are called with the operands in source order whichever of
   them owns the slot, and return NotImplemented for types they do not know;
   sh_number_* (abstract.h) does the reflected-operand dance. */
typedef struct ShNumberMethods {
  sh_binaryfunc add, subtract, multiply, remainder, divmod;
  sh_ternaryfunc power;
  sh_unaryfunc negative, positive, absolute;
  sh_inquiry bool_;
  sh_unaryfunc invert;
  sh_binaryfunc lshift, rshift, and_, xor_, or_;
  sh_unaryfunc int_, float_, index;
  sh_binaryfunc floor_divide, true_divide, matrix_multiply;
  sh_binaryfunc inplace_add, inplace_subtract, inplace_multiply, inplace_remainder;
  sh_ternaryfunc inplace_power;
  sh_binaryfunc inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
  sh_binaryfunc inplace_floor_divide, inplace_true_divide, inplace_matrix_multiply;
} ShNumberMethods;

typedef struct ShSequenceMethods {
  sh_lenfunc length;
  sh_binaryfunc concat;
  sh_ssizeargfunc repeat;
  sh_ssizeargfunc item;        /* raw index: the slot handles negatives and IndexError */
  sh_ssizeobjargproc ass_item; /* value NULL = delete */
  sh_objobjproc contains;
  sh_binaryfunc inplace_concat;
  sh_ssizeargfunc inplace_repeat;
} ShSequenceMethods;

typedef struct ShMappingMethods {
  sh_lenfunc length;
  sh_binaryfunc subscript;
  sh_objobjargproc ass_subscript; /* value NULL = delete */
} ShMappingMethods;

/* Method table entries of builtin types and modules. */
enum {
  SH_METH_NOARGS = 1, /* ShObject *f(ShObject *self) */
  SH_METH_O = 2,      /* ShObject *f(ShObject *self, ShObject *arg) */
  SH_METH_FAST = 4,   /* ShObject *f(ShObject *self, ShObject *const *args, size_t nargs) */
  SH_METH_FASTKW = 8, /* ... + ShObject *kwnames */
  SH_METH_CLASS = 16, /* self is the type (classmethod) */
  SH_METH_STATIC = 32 /* self is NULL */
};
typedef struct ShMethodDef {
  const char *name;
  void *func;
  int flags;
  const char *doc;
} ShMethodDef;

typedef ShObject *(*sh_getter)(ShObject *self, void *closure);
typedef int (*sh_setter)(ShObject *self, ShObject *value, void *closure); /* NULL = delete */
typedef struct ShGetSetDef {
  const char *name;
  sh_getter get;
  sh_setter set; /* NULL: read-only */
  const char *doc;
  void *closure;
} ShGetSetDef;

enum {
  SH_MEMBER_OBJECT,
  SH_MEMBER_OBJECT_EX /* AttributeError when NULL */,
  SH_MEMBER_INT,
  SH_MEMBER_SSIZE,
  SH_MEMBER_DOUBLE,
  SH_MEMBER_BOOL
};
#define SH_MEMBER_READONLY 1
typedef struct ShMemberDef {
  const char *name;
  int type;
  intptr_t offset;
  int flags;
  const char *doc;
} ShMemberDef;

/* type flags */
#define SH_TPFLAGS_HEAPTYPE (1u << 0) /* made by a class statement */
#define SH_TPFLAGS_BASETYPE (1u << 1) /* may be subclassed */
#define SH_TPFLAGS_GC (1u << 2)       /* instances are tracked by the cycle collector */
#define SH_TPFLAGS_READY (1u << 3)
#define SH_TPFLAGS_ABSTRACT (1u << 4)
#define SH_TPFLAGS_IMMUTABLE (1u << 5) /* attributes cannot be set (builtin types) */
#define SH_TPFLAGS_METHOD_DESCRIPTOR (1u << 6)
#define SH_TPFLAGS_INT_SUBCLASS (1u << 8) /* fast subtype checks */
#define SH_TPFLAGS_LIST_SUBCLASS (1u << 9)
#define SH_TPFLAGS_TUPLE_SUBCLASS (1u << 10)
#define SH_TPFLAGS_BYTES_SUBCLASS (1u << 11)
#define SH_TPFLAGS_STR_SUBCLASS (1u << 12)
#define SH_TPFLAGS_DICT_SUBCLASS (1u << 13)
#define SH_TPFLAGS_BASE_EXC_SUBCLASS (1u << 14)
#define SH_TPFLAGS_TYPE_SUBCLASS (1u << 15)
#define SH_TPFLAGS_FLOAT_SUBCLASS (1u << 16)

struct ShType {
  ShVarObject ob;
  const char *name; /* "int", "collections.deque": module prefix as CPython's tp_name */
  intptr_t basicsize, itemsize;
  uint32_t flags;
  const char *doc;

  sh_destructor dealloc; /* drops references, then sh_object_free() */
  sh_reprfunc repr, str;
  sh_hashfunc hash; /* NULL inherits; sh_hash_not_implemented = unhashable */
  sh_richcmpfunc richcompare;
  sh_getattrofunc getattro;
  sh_setattrofunc setattro;
  sh_vectorcallfunc call;
  sh_unaryfunc iter;
  sh_unaryfunc iternext; /* NULL without exception set = exhausted */
  sh_descrgetfunc descr_get;
  sh_descrsetfunc descr_set; /* value NULL = __delete__ */
  sh_traverseproc traverse;
  sh_inquiry clear;
  sh_newfunc new_;
  sh_initfunc init;
  sh_destructor finalize; /* __del__ for heap types (PEP 442) */

  ShNumberMethods *as_number;
  ShSequenceMethods *as_sequence;
  ShMappingMethods *as_mapping;
  ShMethodDef *methods;
  ShGetSetDef *getset;
  ShMemberDef *members;

  ShType *base;             /* primary base; NULL only for object */
  ShObject *bases;          /* tuple */
  ShObject *mro;            /* tuple, set by sh_type_ready */
  ShObject *dict;           /* the type's namespace (a dict) */
  ShObject *subclasses;     /* dict id -> weakref or type, may be NULL */
  intptr_t dictoffset;      /* offset of the instance __dict__ slot, 0 = none */
  intptr_t weaklistoffset;  /* offset of the weakref list slot, 0 = none */
  _Atomic uint32_t version; /* bumped when the type or a base changes (caches) */

  /* heap types only */
  ShObject *ht_name, *ht_qualname, *ht_module, *ht_slots;
  ShNumberMethods ht_number;
  ShSequenceMethods ht_sequence;
  ShMappingMethods ht_mapping;
};

/* Finishes a statically defined type: fills mro, dict (methods, getset,
   members, slot wrappers), inherits slots. Called for every builtin type at
   start-up, before any instance is made. */
int sh_type_ready(ShType *type);
bool sh_type_is_subtype(ShType *a, ShType *b); /* walks the mro */
static inline bool sh_type_check(ShObject *o, ShType *t) {
  return o->type == t || sh_type_is_subtype(o->type, t);
}

/* ---------------------------------------------------------- allocation */

/* Allocates a zeroed instance of `type` with `nitems` variable items (use 0
   for fixed-size types): size = basicsize + nitems * itemsize. The header is
   set: owner = this thread, ref_local = 1. Tracked types (SH_TPFLAGS_GC) go to
   the thread's tracked heap. An instance holds a reference to its type when
   the type is a heap type: taken here, dropped by sh_object_free, so deallocs
   never touch it. Returns NULL with MemoryError set. */
ShObject *sh_object_alloc(ShType *type, intptr_t nitems);
/* Grows or shrinks a variable-size object in place or by moving it
   (the caller must hold its only reference). NULL with MemoryError. */
ShObject *sh_object_resize(ShObject *o, size_t newsize);
/* Gives an object's memory back; the last step of every dealloc. */
void sh_object_free(ShObject *o);
/* Default dealloc for heap types and simple objects. */
void sh_object_generic_dealloc(ShObject *o);

/* Per-thread free lists for the exact types allocated and freed most
   (float and int results of arithmetic): skips mimalloc and zeroing. The
   header is initialised, the body is not. Only for the exact type. After
   them come the block caches of sh_object_alloc (alloc.c), by heap kind
   and size class. */
enum {
  SH_FREELIST_FLOAT,
  SH_FREELIST_INT,
  SH_FREELIST_BLOCKS,
  SH_FREELIST_COUNT = SH_FREELIST_BLOCKS + 2 * 14
};
/* sh_freelist_alloc / sh_freelist_free: runtime/freelist.h */

/* Raw memory (item arrays, tables, buffers): per-thread mimalloc heap. Any
   thread may free. NULL return sets no exception: callers raise MemoryError
   with sh_err_no_memory(). */
void *sh_mem_alloc(size_t n);
void *sh_mem_calloc(size_t count, size_t size);
void *sh_mem_realloc(void *p, size_t n);
void sh_mem_free(void *p);
char *sh_mem_strdup(const char *s);

#endif
