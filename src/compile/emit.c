/* Emitting instructions into the current unit: labels and their fixups,
   constants, names, positions, exception handler ranges, and the final
   assembly of a unit into a code object. */
#include "cinternal.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../objects/abstract.h"
#include "../objects/bool.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/set.h"
#include "../objects/singletons.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../runtime/error.h"

/* Grows *arr (of elements of `size` bytes) to hold `need` of them. */
static void grow(ShCompiler *C, void *arr, int *cap, size_t size, int need) {
  if (need <= *cap) return;
  int ncap = *cap ? *cap * 2 : 16;
  while (ncap < need)
    ncap *= 2;
  void *p = realloc(*(void **)arr, size * (size_t)ncap);
  if (!p) sh_cg_nomem(C);
  *(void **)arr = p;
  *cap = ncap;
}
#define GROW(C, arr, n, cap) grow((C), &(arr), &(cap), sizeof(*(arr)), (n) + 1)

/* ------------------------------------------------------------ positions */

ShAstPos sh_cg_set_pos(ShCompiler *C, ShAstPos pos) {
  ShAstPos old = C->u->pos;
  C->u->pos = pos;
  return old;
}

static void note_position(ShCompiler *C) {
  ShCgUnit *u = C->u;
  ShAstPos p = u->pos;
  if (u->npositions) {
    ShPosition *last = &u->positions[u->npositions - 1];
    if (last->line == p.lineno && last->end_line == p.end_lineno && last->col == p.col_offset &&
        last->end_col == p.end_col_offset)
      return;
    if (last->pc == u->ncode) { /* nothing emitted under the last span */
      *last = (ShPosition){u->ncode, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset};
      if (u->npositions > 1) {
        ShPosition *prev = last - 1;
        if (prev->line == p.lineno && prev->end_line == p.end_lineno && prev->col == p.col_offset &&
            prev->end_col == p.end_col_offset)
          u->npositions--;
      }
      return;
    }
  }
  GROW(C, u->positions, u->npositions, u->cappositions);
  u->positions[u->npositions++] =
      (ShPosition){u->ncode, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset};
}

/* ------------------------------------------------------------ instructions */

static void put_word(ShCompiler *C, uint32_t w) {
  ShCgUnit *u = C->u;
  if (u->ncode + 1 > u->capcode) {
    int cap = (int)u->capcode;
    grow(C, &u->code, &cap, sizeof(uint32_t), (int)u->ncode + 1);
    u->capcode = (uint32_t)cap;
  }
  u->code[u->ncode++] = w;
}

void sh_cg_emit(ShCompiler *C, ShOpcode op, int n, const uint32_t *operands) {
  ShCgUnit *u = C->u;
  const char *kinds = sh_opcode_operands[op];
  note_position(C);
  put_word(C, (uint32_t)op);
  for (int i = 0; kinds[i]; i++) {
    uint32_t v = i < n ? operands[i] : 0;
    if (kinds[i] == 'C') {
      v = u->ncaches++;
    } else if (kinds[i] == 'T') {
      GROW(C, u->fixups, u->nfixups, u->capfixups);
      u->fixups[u->nfixups++] = u->ncode;
    } else if (kinds[i] == 'R' && v != NO_REG && v >= u->maxreg) {
      u->maxreg = v + 1;
    }
    put_word(C, v);
  }
  u->reachable =
      !(op == SH_INSN_RETURN || op == SH_INSN_JUMP || op == SH_INSN_RAISE || op == SH_INSN_RERAISE);
}

int sh_cg_new_label(ShCompiler *C) {
  ShCgUnit *u = C->u;
  u->in_entry = false; /* code from here may not run on every path */
  GROW(C, u->labels, u->nlabels, u->caplabels);
  u->labels[u->nlabels] = -1;
  return u->nlabels++;
}

void sh_cg_place(ShCompiler *C, int label) {
  C->u->labels[label] = (int32_t)C->u->ncode;
  C->u->reachable = true;
  sh_cg_reset_bound(C);
}

/* ------------------------------------------------------------ constants */

static bool same_double(double a, double b) {
  return memcmp(&a, &b, sizeof a) == 0;
}

/* Same type and same value, telling 0, 0.0, -0.0 and False apart. */
static bool same_const(ShObject *a, ShObject *b) {
  if (a == b) return true;
  if (SH_TYPE(a) != SH_TYPE(b)) return false;
  ShType *t = SH_TYPE(a);
  if (t == &sh_type_int) return sh_int_compare(a, b) == 0;
  if (t == &sh_type_float) return same_double(SH_FLOAT_VALUE(a), SH_FLOAT_VALUE(b));
  if (t == &sh_type_complex)
    return same_double(((ShComplex *)a)->real, ((ShComplex *)b)->real) &&
           same_double(((ShComplex *)a)->imag, ((ShComplex *)b)->imag);
  if (t == &sh_type_str) return sh_str_equal(a, b);
  if (t == &sh_type_bytes)
    return SH_BYTES_SIZE(a) == SH_BYTES_SIZE(b) &&
           memcmp(SH_BYTES_DATA(a), SH_BYTES_DATA(b), (size_t)SH_BYTES_SIZE(a)) == 0;
  if (t == &sh_type_tuple) {
    if (SH_TUPLE_SIZE(a) != SH_TUPLE_SIZE(b)) return false;
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(a); i++)
      if (!same_const(SH_TUPLE_GET(a, i), SH_TUPLE_GET(b, i))) return false;
    return true;
  }
  return false; /* code objects and the rest: identity only */
}

/* Code constants are shared by every thread that runs the code, so
   counting one (storing 1.5 in an attribute, returning ()) would bounce its
   count between cores: numbers, bytes and tuples of such become immortal,
   interned across code objects so that compiling the same source again
   (exec, eval in a loop) reuses them instead of leaking new ones (CPython
   3.13t does the same). Strings stay as they are (their identity is
   visible through `is`). */
static pthread_mutex_t interned_lock = PTHREAD_MUTEX_INITIALIZER;
static ShObject **interned;
static size_t interned_len, interned_cap;

static uintptr_t const_hash(ShObject *o) {
  ShType *t = SH_TYPE(o);
  uint64_t bits[2] = {0, 0};
  if (t == &sh_type_float) {
    double d = SH_FLOAT_VALUE(o);
    memcpy(bits, &d, sizeof d);
  } else if (t == &sh_type_complex) {
    memcpy(&bits[0], &((ShComplex *)o)->real, sizeof(double));
    memcpy(&bits[1], &((ShComplex *)o)->imag, sizeof(double));
  } else if (t == &sh_type_tuple) {
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(o); i++)
      bits[0] = bits[0] * 1000003 ^ (uintptr_t)SH_TUPLE_GET(o, i);
  } else {
    sh_hash_t h = sh_object_hash(o); /* exact int and bytes: no Python code */
    bits[0] = (uint64_t)h;
  }
  return (uintptr_t)((bits[0] ^ (bits[1] * 31) ^ (uintptr_t)t) * 0x9E3779B97F4A7C15ull);
}

static bool internable(ShObject *o) {
  if (sh_is_immortal(o) || atomic_load_explicit(&o->tid, memory_order_relaxed) != sh_thread_id())
    return false;
  ShType *t = SH_TYPE(o);
  if (t == &sh_type_int || t == &sh_type_float || t == &sh_type_complex || t == &sh_type_bytes)
    return true;
  if (t != &sh_type_tuple) return false;
  for (intptr_t i = 0; i < SH_TUPLE_SIZE(o); i++)
    if (!sh_is_immortal(SH_TUPLE_GET(o, i))) return false;
  return true;
}

static bool same_const(ShObject *a, ShObject *b);

/* o (a reference the caller gives) or the equal constant made before;
   either way immortal when internable. Items of a tuple first. */
static ShObject *intern_const(ShObject *o) {
  if (SH_TUPLE_CHECK_EXACT(o) && !sh_is_immortal(o) &&
      atomic_load_explicit(&o->tid, memory_order_relaxed) == sh_thread_id())
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(o); i++) /* the compiler's own tuple */
      SH_TUPLE_ITEMS(o)[i] = intern_const(SH_TUPLE_ITEMS(o)[i]);
  if (!internable(o)) return o;
  uintptr_t h = const_hash(o);
  pthread_mutex_lock(&interned_lock);
  if (interned_len * 2 >= interned_cap) {
    size_t cap = interned_cap ? interned_cap * 2 : 256;
    ShObject **t = calloc(cap, sizeof *t);
    if (!t) {
      pthread_mutex_unlock(&interned_lock);
      return o;
    }
    for (size_t i = 0; i < interned_cap; i++) {
      ShObject *c = interned[i];
      if (!c) continue;
      size_t j = const_hash(c) & (cap - 1);
      while (t[j])
        j = (j + 1) & (cap - 1);
      t[j] = c;
    }
    free(interned);
    interned = t;
    interned_cap = cap;
  }
  size_t i = h & (interned_cap - 1);
  for (; interned[i]; i = (i + 1) & (interned_cap - 1))
    if (same_const(interned[i], o)) {
      ShObject *c = interned[i];
      pthread_mutex_unlock(&interned_lock);
      sh_decref(o);
      return c;
    }
  sh_set_immortal(o);
  interned[i] = o;
  interned_len++;
  pthread_mutex_unlock(&interned_lock);
  return o;
}

/* Equal under same_const means equal hashes (tuples hash their items the
   same way; code objects and the rest by identity). */
static uintptr_t unit_const_hash(ShObject *o) {
  ShType *t = SH_TYPE(o);
  if (t == &sh_type_float || t == &sh_type_complex) return const_hash(o);
  if (t == &sh_type_int || t == &sh_type_bytes || t == &sh_type_str)
    return (uintptr_t)sh_object_hash(o) ^ (uintptr_t)t;
  if (t == &sh_type_tuple) {
    uintptr_t h = 0x345678;
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(o); i++)
      h = (h ^ unit_const_hash(SH_TUPLE_GET(o, i))) * 1000003;
    return h;
  }
  if (t == &sh_type_frozenset) return (uintptr_t)t;
  return (uintptr_t)o;
}

static uintptr_t name_hash(const char *s) {
  uintptr_t h = 1469598103934665603u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

/* Slot of the index for hash h holding an entry that `same` accepts, or
   the empty slot where it goes. */
#define INDEX_FIND(index, cap, h, same)                                                            \
  ({                                                                                               \
    size_t slot_ = (h) & (size_t)((cap)-1);                                                        \
    while ((index)[slot_] && !(same((index)[slot_] - 1)))                                          \
      slot_ = (slot_ + 1) & (size_t)((cap)-1);                                                     \
    slot_;                                                                                         \
  })

/* Makes room for one more entry in an index of n entries, rehashing with
   hash_of(i) for entry i. */
static void index_reserve(ShCompiler *C, int32_t **index, int *cap, int n,
                          uintptr_t (*hash_of)(ShCgUnit *, int)) {
  if ((n + 1) * 2 <= *cap) return;
  int ncap = *cap ? *cap * 2 : 64;
  int32_t *t = calloc((size_t)ncap, sizeof *t);
  if (!t) sh_cg_nomem(C);
  for (int i = 0; i < n; i++) {
    size_t s = hash_of(C->u, i) & (size_t)(ncap - 1);
    while (t[s])
      s = (s + 1) & (size_t)(ncap - 1);
    t[s] = i + 1;
  }
  free(*index);
  *index = t;
  *cap = ncap;
}

static uintptr_t const_at(ShCgUnit *u, int i) {
  return unit_const_hash(u->consts[i]);
}
static uintptr_t name_at(ShCgUnit *u, int i) {
  return name_hash(u->names[i]);
}

uint32_t sh_cg_const(ShCompiler *C, ShObject *o) {
  ShCgUnit *u = C->u;
  if (!o) sh_cg_fail(C);
  index_reserve(C, &u->const_index, &u->const_index_cap, u->nconsts, const_at);
#define SAME_CONST(i) same_const(u->consts[i], o)
  size_t slot = INDEX_FIND(u->const_index, u->const_index_cap, unit_const_hash(o), SAME_CONST);
#undef SAME_CONST
  if (u->const_index[slot]) {
    sh_decref(o);
    return (uint32_t)(u->const_index[slot] - 1);
  }
  if (u->nconsts + 1 > u->capconsts) {
    void *p =
        realloc(u->consts, sizeof(ShObject *) * (size_t)(u->capconsts ? u->capconsts * 2 : 8));
    if (!p) {
      sh_decref(o);
      sh_cg_nomem(C);
    }
    u->consts = p;
    u->capconsts = u->capconsts ? u->capconsts * 2 : 8;
  }
  u->consts[u->nconsts] = o;
  u->const_index[slot] = u->nconsts + 1;
  return (uint32_t)u->nconsts++;
}

uint32_t sh_cg_const_none(ShCompiler *C) {
  return sh_cg_const(C, SH_NONE);
}

uint32_t sh_cg_name(ShCompiler *C, const char *utf8) {
  ShCgUnit *u = C->u;
  index_reserve(C, &u->name_index, &u->name_index_cap, u->nnames, name_at);
#define SAME_NAME(i) (!strcmp(u->names[i], utf8))
  size_t slot = INDEX_FIND(u->name_index, u->name_index_cap, name_hash(utf8), SAME_NAME);
#undef SAME_NAME
  if (u->name_index[slot]) return (uint32_t)(u->name_index[slot] - 1);
  GROW(C, u->names, u->nnames, u->capnames);
  u->names[u->nnames] = utf8;
  u->name_index[slot] = u->nnames + 1;
  return (uint32_t)u->nnames++;
}

/* ------------------------------------------------------------ handlers */

ShCgHandler *sh_cg_handler_new(ShCompiler *C, int target, uint32_t exc_reg) {
  ShCgHandler *h = sh_cg_alloc(C, sizeof *h);
  h->id = C->u->nhandlers++;
  h->target = target;
  h->exc_reg = exc_reg;
  h->open_at = -1;
  return h;
}

void sh_cg_handler_open(ShCompiler *C, ShCgHandler *h) {
  if (h && h->open_at < 0) h->open_at = C->u->ncode;
}

void sh_cg_handler_close(ShCompiler *C, ShCgHandler *h) {
  ShCgUnit *u = C->u;
  if (!h || h->open_at < 0) return;
  if ((uint32_t)h->open_at < u->ncode) {
    GROW(C, u->ranges, u->nranges, u->capranges);
    u->ranges[u->nranges++] = (ShCgRange){h->id, (uint32_t)h->open_at, u->ncode};
  }
  h->open_at = -1;
}

void sh_cg_handler_finish(ShCompiler *C, ShCgHandler *h) {
  ShCgUnit *u = C->u;
  sh_cg_handler_close(C, h);
  int kept = 0;
  for (int i = 0; i < u->nranges; i++) {
    ShCgRange r = u->ranges[i];
    if (r.hid != h->id) {
      u->ranges[kept++] = r;
      continue;
    }
    GROW(C, u->table, u->ntable, u->captable);
    /* the target is a label until assembly */
    u->table[u->ntable++] = (ShExcHandler){r.start, r.end, (uint32_t)h->target, h->exc_reg};
  }
  u->nranges = kept;
}

/* ------------------------------------------------------------ fblocks */

ShCgFBlock *sh_cg_push_fblock(ShCompiler *C, ShFBlockKind kind) {
  ShCgUnit *u = C->u;
  GROW(C, u->fb, u->nfb, u->capfb);
  ShCgFBlock *fb = &u->fb[u->nfb++];
  memset(fb, 0, sizeof *fb);
  fb->kind = kind;
  fb->save_reg = fb->exit_reg = fb->iter_reg = NO_REG;
  return fb;
}

void sh_cg_pop_fblock(ShCompiler *C) {
  C->u->nfb--;
}

/* ------------------------------------------------------------ assembly */

static ShObject *str_tuple(ShCompiler *C, const char **v, int n) {
  ShObject *t = sh_tuple_new(n);
  if (!t) sh_cg_fail(C);
  for (int i = 0; i < n; i++) {
    ShObject *s = sh_cg_str(C, v[i]);
    SH_TUPLE_ITEMS(t)[i] = s;
  }
  return t;
}

/* Copies n elements of `size` bytes into memory owned by the code object. */
static void *mem_copy(ShCompiler *C, const void *src, size_t n, size_t size) {
  if (!n) return NULL;
  void *p = sh_mem_alloc(n * size);
  if (!p) sh_cg_nomem(C);
  memcpy(p, src, n * size);
  return p;
}

static void resolve_labels(ShCompiler *C) {
  ShCgUnit *u = C->u;
  for (int i = 0; i < u->nfixups; i++) {
    uint32_t at = u->fixups[i];
    u->code[at] = (uint32_t)u->labels[u->code[at]];
  }
  for (int i = 0; i < u->ntable; i++)
    u->table[i].target = (uint32_t)u->labels[u->table[i].target];
  u->nfixups = 0;
}

static ShObject *consts_tuple(ShCompiler *C) {
  ShCgUnit *u = C->u;
  ShObject *t = sh_tuple_new(u->nconsts);
  if (!t) sh_cg_fail(C);
  for (int i = 0; i < u->nconsts; i++)
    SH_TUPLE_ITEMS(t)[i] = intern_const(u->consts[i]);
  u->nconsts = 0; /* the tuple owns them now */
  free(u->const_index);
  u->const_index = NULL;
  u->const_index_cap = 0;
  return t;
}

ShCode *sh_cg_assemble(ShCompiler *C) {
  ShCgUnit *u = C->u;
  resolve_labels(C);
  ShCode *co = sh_code_new();
  if (!co) sh_cg_fail(C);
  u->pending = co;
  /* filled in an order where a failure leaves co consistent to drop */
  co->consts = consts_tuple(C);
  co->names = str_tuple(C, u->names, u->nnames);
  co->varnames = str_tuple(C, u->varnames, (int)u->nlocals);
  co->cellvars = str_tuple(C, u->cellvars, (int)u->ncells);
  co->freevars = str_tuple(C, u->freevars, (int)u->nfree);
  co->name = sh_cg_str(C, u->name);
  co->qualname = sh_cg_str(C, u->qualname);
  co->filename = sh_newref(C->filename);
  co->code = mem_copy(C, u->code, u->ncode, sizeof(uint32_t));
  co->ncode = u->ncode;
  co->handlers = mem_copy(C, u->table, (size_t)u->ntable, sizeof(ShExcHandler));
  co->nhandlers = (uint32_t)u->ntable;
  co->positions = mem_copy(C, u->positions, (size_t)u->npositions, sizeof(ShPosition));
  co->npositions = (uint32_t)u->npositions;
  uint32_t fixed = u->nlocals + u->ncells + u->nfree;
  co->nregs = u->maxreg > fixed ? u->maxreg : fixed;
  co->nlocals = u->nlocals;
  co->ncells = u->ncells;
  co->nfree = u->nfree;
  co->argcount = u->argcount;
  co->posonlyargcount = u->posonlyargcount;
  co->kwonlyargcount = u->kwonlyargcount;
  co->flags = u->flags;
  if (!u->ncells && !u->nfree) co->flags |= SH_CO_NOFREE;
  co->simple_call = !co->kwonlyargcount && !u->ncells && !u->nfree &&
                    !(co->flags & (SH_CO_VARARGS | SH_CO_VARKEYWORDS));
  co->ncaches = u->ncaches;
  co->firstlineno = u->firstlineno;
  u->pending = NULL;
  return co;
}

void sh_cg_unit_free(ShCgUnit *u) {
  if (u->pending) sh_decref(SH_OBJ(u->pending));
  for (int i = 0; i < u->nconsts; i++)
    sh_decref(u->consts[i]);
  free(u->code);
  free(u->labels);
  free(u->fixups);
  free(u->consts);
  free(u->names);
  free(u->const_index);
  free(u->name_index);
  free(u->positions);
  free(u->ranges);
  free(u->table);
  free(u->fb);
}
