/* The eval loop: runs register bytecode with computed-goto dispatch.
   Python-to-Python calls and returns switch frames here, not on the C stack. */
#include <string.h>

#include "eval.h"
#include "frame.h"
#include "function.h"
#include "generator.h"
#include "coroutine.h"
#include "ops.h"
#include "ops_match.h"
#include "cache.h"
#include "opcodes.h"
#include "../shoal.h"
#include "../objects/container_util.h"
#include "../objects/dict_internal.h"

/* Operand count of each instruction, from the kinds strings. */
static const uint8_t insn_operands[SH_INSN_COUNT] = {
#define SH_OPCODE_LEN(name, kinds) sizeof(kinds) - 1,
    SH_OPCODE_LIST(SH_OPCODE_LEN)
#undef SH_OPCODE_LEN
};

/* The same as constants, for the eval loop's NEXT_AFTER. */
enum {
#define SH_OPCODE_LENGTH(name, kinds) insn_length_##name = sizeof(kinds),
  SH_OPCODE_LIST(SH_OPCODE_LENGTH)
#undef SH_OPCODE_LENGTH
};

uint32_t sh_insn_length(uint32_t opcode) {
  return 1u + insn_operands[opcode];
}

static const ShExcHandler *find_handler(ShCode *co, uint32_t pc) {
  for (uint32_t i = 0; i < co->nhandlers; i++) {
    const ShExcHandler *h = &co->handlers[i];
    if (pc >= h->start && pc < h->end) return h;
  }
  return NULL;
}

static bool is_plain_function(ShObject *o) {
  return SH_TYPE(o) == &sh_type_function && !(((ShFunction *)o)->code->flags & SH_CO_RESUMABLE);
}

/* A call sh_frame_push_exact can make: a plain function taking exactly
   these positional arguments (self included), no cells. */
static inline bool takes_exact(ShObject *callable, ShObject *self, size_t nargs) {
  if (SH_TYPE(callable) != &sh_type_function) return false;
  ShCode *co = ((ShFunction *)callable)->code;
  return co->simple_call && !(co->flags & SH_CO_RESUMABLE) &&
         co->argcount == nargs + (self != NULL);
}

/* Starts a call from the loop. Either pushes a frame for a Python function
   (*pushed set, NULL returned) or calls through the type's slot and
   returns the result. `self`, when not NULL, goes before the arguments. */
static ShObject *start_call(ShThreadState *ts, ShObject *callable, ShObject *self,
                            const ShRef *argregs, size_t nargs, ShObject *kwnames,
                            ShFrame **pushed) {
  *pushed = NULL;
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  size_t total = nargs + nkw + 1;
  ShObject *small[16];
  ShObject **buf = total <= 16 ? small : sh_mem_alloc(total * sizeof(ShObject *));
  if (!buf) return sh_err_no_memory();
  ShObject **argv = buf + 1; /* buf[0]: room for self in front */
  for (size_t i = 0; i < nargs + nkw; i++)
    argv[i] = sh_ref_obj(argregs[i]);
  ShObject *result = NULL;
  if (self && SH_TYPE(callable) == &sh_type_method_descriptor) {
    result = sh_method_descr_call_self(callable, self, argv, nargs, kwnames);
    goto done;
  }
  if (!self && SH_TYPE(callable) == &sh_type_method &&
      is_plain_function(((ShMethod *)callable)->func)) {
    self = ((ShMethod *)callable)->self;
    callable = ((ShMethod *)callable)->func;
  }
  if (self) {
    *--argv = self;
    nargs++;
  }
  if (is_plain_function(callable))
    *pushed = sh_frame_push_function(ts, callable, argv, nargs, kwnames);
  else
    result = sh_call(callable, argv, nargs, kwnames);
done:
  if (buf != small) sh_mem_free(buf);
  return result;
}

static inline bool small_int_pair(ShObject *a, ShObject *b) {
  return SH_TYPE(a) == &sh_type_int && SH_TYPE(b) == &sh_type_int && !SH_INT_BIG(a) &&
         !SH_INT_BIG(b);
}

/* A small int as a double when a double holds it exactly (|v| <= 2**53:
   then mixed arithmetic and comparisons are exactly CPython's, which
   converts such an int to the same double). */
static inline bool int_as_double(ShObject *o, double *d) {
  if (SH_TYPE(o) != &sh_type_int || SH_INT_BIG(o)) return false;
  int64_t v = ((ShInt *)o)->small;
  *d = (double)v;
  return v >= -(INT64_C(1) << 53) && v <= (INT64_C(1) << 53);
}

/* Both as doubles: two floats, or a float and such an int. */
static inline bool double_pair(ShObject *a, ShObject *b, double *x, double *y) {
  if (SH_TYPE(a) == &sh_type_float) {
    *x = SH_FLOAT_VALUE(a);
    if (SH_TYPE(b) != &sh_type_float) return int_as_double(b, y);
    *y = SH_FLOAT_VALUE(b);
    return true;
  }
  if (SH_TYPE(b) != &sh_type_float) return false;
  *y = SH_FLOAT_VALUE(b);
  return int_as_double(a, x);
}

/* x op y for two small ints when the result is a small int for sure (op:
   +, -, *, &, |, ^, >>, //, % with Python's floor rules). false: take the
   general path (overflow, zero divisor, other operators). */
static inline bool small_int_arith(int64_t x, int64_t y, uint32_t op, int64_t *r) {
  switch (op) {
  case SH_BINOP_ADD: return !__builtin_add_overflow(x, y, r);
  case SH_BINOP_SUB: return !__builtin_sub_overflow(x, y, r);
  case SH_BINOP_MUL: return !__builtin_mul_overflow(x, y, r);
  case SH_BINOP_AND: *r = x & y; return true;
  case SH_BINOP_OR: *r = x | y; return true;
  case SH_BINOP_XOR: *r = x ^ y; return true;
  case SH_BINOP_RSHIFT:
    if (y < 0) return false;
    *r = y > 63 ? (x < 0 ? -1 : 0) : x >> y; /* arithmetic shift: floors */
    return true;
  case SH_BINOP_FLOORDIV:
  case SH_BINOP_MOD: {
    if (y == 0 || (x == INT64_MIN && y == -1)) return false;
    int64_t q = x / y, m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) { /* C truncates; Python floors */
      q--;
      m += y;
    }
    *r = op == SH_BINOP_FLOORDIV ? q : m;
    return true;
  }
  default: return false;
  }
}

/* +, -, * of two floats (op one of SH_BINOP_ADD, _SUB, _MUL). */
static inline double float_arith(double x, double y, uint32_t op) {
  return op == SH_BINOP_ADD ? x + y : op == SH_BINOP_SUB ? x - y : x * y;
}

/* a op b with the small-int and float fast paths; NULL when the operands
   need the number protocol (the caller then calls it: binary or in-place). */
static inline __attribute__((always_inline)) ShObject *arith_fast(ShObject *a, ShObject *b,
                                                                  uint32_t op, bool *done) {
  int64_t n;
  double x, y;
  *done = true;
  if (small_int_pair(a, b) && small_int_arith(((ShInt *)a)->small, ((ShInt *)b)->small, op, &n))
    return sh_int_from_i64(n);
  if (op <= SH_BINOP_MUL && double_pair(a, b, &x, &y))
    return sh_float_from_double(float_arith(x, y, op));
  if (op == SH_BINOP_TRUEDIV && double_pair(a, b, &x, &y) && y != 0.0)
    return sh_float_from_double(x / y);
  *done = false;
  return NULL;
}

/* A call's argument registers (temporaries) are emptied when the call
   returns, so that arguments die when CPython's would (weakref callbacks,
   __del__): the instruction at pc tells which registers they were. */
/* Empties registers [first, first + n), dropping what they held. */
static inline void drop_registers(ShRef *R, uint32_t first, uint32_t n) {
  for (uint32_t i = first; i < first + n; i++) {
    ShRef r = R[i];
    R[i] = SH_REF_NULL;
    sh_ref_close(r);
  }
}

static void clear_call_args(ShRef *R, const uint32_t *ip) {
  switch (*ip) {
  case SH_INSN_CALL:
  case SH_INSN_CALL_KW: drop_registers(R, ip[3], ip[4]); break;
  case SH_INSN_CALL_METHOD:
  case SH_INSN_CALL_METHOD_KW: drop_registers(R, ip[2] + 1, ip[3] + 1); break;
  default: break;
  }
}

/* The inline cache of a caching instruction (NULL: run uncached). */
static inline ShAttrCache *attr_cache(ShCode *co, uint32_t index) {
  ShCacheSlot *caches = __atomic_load_n(&co->caches, __ATOMIC_ACQUIRE);
  if (!caches) caches = sh_code_caches(co);
  return caches ? &caches[index].attr : NULL;
}

/* The data descriptor an attribute cache borrowed from the type's dict,
   counted for the call of its __get__/__set__ (which may run Python code,
   during which another thread may replace it on the class). The count is
   taken first, then the cache is checked again: an unchanged version means
   the type still held it (sh_type_dict_set moves the version before the
   old value can die). false: take the slow path. */
static inline bool take_cached_descr(ShAttrCache *cache, ShType *type, ShObject *descr) {
  ShObject *again;
  if (!sh_try_incref(descr)) return false;
  if (sh_attr_cache_get(cache, type, &again) == SH_ATTR_DATA_DESCR && again == descr) {
    sh_defer_if_shared(descr); /* a property that other threads use */
    return true;
  }
  sh_refcount_undo_try(descr);
  return false;
}

/* obj.__dict__ if it has one (the common fixed offset inline). */
static inline ShObject *instance_dict(ShObject *obj) {
  intptr_t off = SH_TYPE(obj)->dictoffset;
  if (off == 0) return NULL;
  ShObject **slot = off > 0 ? (ShObject **)((char *)obj + off) : sh_object_dict_ptr(obj);
  return __atomic_load_n(slot, __ATOMIC_ACQUIRE);
}

/* obj.name from the instance dict (or a module's dict), which an attribute
   cache of kind INSTANCE_DICT says holds it if anything does: 1 with *v
   taken (a loan when *loaned), 0 when absent (the caller goes the slow
   way, which raises or finds a __getattr__), -1 on error. */
static inline __attribute__((always_inline)) int
instance_dict_get(ShAttrCache *cache, ShObject *obj, ShObject *name, ShObject **v, bool *loaned) {
  ShObject *dict = instance_dict(obj);
  *loaned = false;
  if (!dict) return 0;
  if (!SH_DICT_CHECK_EXACT(dict)) return sh_dict_get_ref(dict, name, v);
  uint32_t hint = atomic_load_explicit(&cache->hint, memory_order_relaxed);
  if ((*v = sh_dict_hinted_hit(dict, name, hint, loaned))) return 1;
  uint32_t was = hint;
  int r = sh_dict_get_hinted(dict, name, &hint, v, sh_multithreaded() ? loaned : NULL);
  if (hint != was) atomic_store_explicit(&cache->hint, hint, memory_order_relaxed);
  return r;
}

/* Truth of a register value with the common cases inline. -1 on error. */
static inline int truth(ShObject *o) {
  if (o == SH_TRUE) return 1;
  if (o == SH_FALSE || o == SH_NONE) return 0;
  return sh_object_is_true(o);
}

ShObject *sh_eval_frame(ShThreadState *ts, ShFrame *f) {
  static void *const dispatch[SH_INSN_COUNT] = {
#define SH_OPCODE_LABEL(name, kinds) &&op_##name,
      SH_OPCODE_LIST(SH_OPCODE_LABEL)
#undef SH_OPCODE_LABEL
  };
  char stack_probe;
  if (ts->c_stack_limit && &stack_probe < ts->c_stack_limit) {
    sh_err_set_string(&sh_exc_RecursionError, "maximum recursion depth exceeded");
    if (!f->on_heap) sh_frame_pop(ts, f);
    return NULL;
  }

  ShCode *co;
  ShRef *R;
  uint32_t *code;
  uint32_t *ip;
  ShObject *retval;
  f->back = ts->frame;
  f->state = SH_FRAME_RUNNING;
  ts->frame = f;

#define LOAD_FRAME()                                                                               \
  do {                                                                                             \
    co = f->code;                                                                                  \
    R = f->regs;                                                                                   \
    code = co->code;                                                                               \
  } while (0)
#define OBJ(i) sh_ref_obj(R[(i)])
#define SETREG(i, ref)                                                                             \
  do {                                                                                             \
    ShRef old_ = R[(i)];                                                                           \
    R[(i)] = (ref);                                                                                \
    sh_ref_close(old_);                                                                            \
  } while (0)
#define SET(i, obj) SETREG((i), sh_ref_steal(obj))
/* a loan for a register; the thread must promote it before its next
   quiescent point */
#define LOAN(obj) (ts->has_loans = true, sh_ref_loan(obj))
/* an item read by the loan-taking reads: a loan or a counted reference */
#define SET_TAKEN(i, obj, loaned) SETREG((i), (loaned) ? LOAN(obj) : sh_ref_steal(obj))
#define NEXT() goto *dispatch[*(ip += 1 + insn_operands[*ip])]
/* NEXT() where the instruction is known: its length is a constant */
#define NEXT_AFTER(name) goto *dispatch[*(ip += insn_length_##name)]
#define DISPATCH() goto *dispatch[*ip]
#define JUMPTO(t) goto *dispatch[*(ip = code + (t))]
#define FAIL() goto error
#define CHECK(x)                                                                                   \
  do {                                                                                             \
    if (!(x)) goto error;                                                                          \
  } while (0)
#define BREAKER_CHECK()                                                                            \
  do {                                                                                             \
    if (atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed) &&                           \
        sh_eval_breaker_run(ts) < 0)                                                               \
      goto error;                                                                                  \
  } while (0)

  LOAD_FRAME();
  ip = code + f->pc;
  if (f->throwing) {
    /* generator.throw(): raise at the suspended instruction */
    f->throwing = 0;
    ip = code + f->cur_pc;
    goto error;
  }
  DISPATCH();

op_NOP:
  NEXT_AFTER(NOP);

op_MOVE:
  SETREG(ip[1], sh_ref_dup(R[ip[2]]));
  NEXT_AFTER(MOVE);

op_LOAD_CONST:
  SETREG(ip[1], sh_ref_borrow(SH_TUPLE_GET(co->consts, ip[2])));
  NEXT_AFTER(LOAD_CONST);

op_LOAD_GLOBAL : {
  ShCacheSlot *caches = __atomic_load_n(&co->caches, __ATOMIC_ACQUIRE);
  if (!caches) caches = sh_code_caches(co);
  ShGlobalCache *cache = caches ? &caches[ip[3]].global : NULL;
  /* Once threads run, the namespaces are marked LOANED before the read, so
     that a value the cache hands out stays alive until this thread's next
     quiescent point even if another thread rebinds the name meanwhile. */
  bool loans = cache && sh_multithreaded() && SH_DICT_CHECK_EXACT(f->globals) &&
               SH_DICT_CHECK_EXACT(f->builtins);
  bool marked = loans && sh_container_is_loaned(f->globals) && sh_container_is_loaned(f->builtins);
  ShObject *v = cache ? sh_global_cache_get(cache, f->globals, f->builtins) : NULL;
  /* functions, classes, modules (only the collector frees them) and
     immortals (builtins): borrowed */
  if (v && (sh_is_deferred(v) || sh_is_immortal(v))) {
    SETREG(ip[1], sh_ref_borrow(v));
    NEXT_AFTER(LOAD_GLOBAL);
  }
  if (loans && !marked) { /* mark, then read again */
    if (!sh_container_is_loaned(f->globals)) sh_container_mark_loaned(f->globals);
    if (!sh_container_is_loaned(f->builtins)) sh_container_mark_loaned(f->builtins);
    v = cache ? sh_global_cache_get(cache, f->globals, f->builtins) : NULL;
  }
  bool counted = false;
  if (!v) {
    ShObject *name = SH_TUPLE_GET(co->names, ip[2]);
    uint64_t gv = sh_dict_version(f->globals), bv = sh_dict_version(f->builtins);
    int r = sh_dict_get_ref(f->globals, name, &v);
    if (r == 0) r = sh_dict_get_ref(f->builtins, name, &v);
    if (r <= 0) {
      if (r == 0) sh_op_name_error(name);
      FAIL();
    }
    if (cache && SH_DICT_CHECK_EXACT(f->globals) && SH_DICT_CHECK_EXACT(f->builtins))
      sh_global_cache_set(cache, f->globals, f->builtins, gv, bv, v);
    counted = true;
  }
  /* A tracked global that another thread uses becomes deferred (DESIGN 3):
     from then on every thread borrows it instead of bouncing its count.
     The collector frees it once nothing reaches it. Other values read
     through the cache are loans. */
  if (!sh_is_deferred(v) && loans && (SH_TYPE(v)->flags & SH_TPFLAGS_GC) &&
      atomic_load_explicit(&v->tid, memory_order_relaxed) != sh_thread_id())
    sh_set_deferred(v);
  if (sh_is_deferred(v)) {
    SETREG(ip[1], sh_ref_borrow(v));
    if (counted) sh_decref(v); /* cannot free it: only the collector does */
  } else if (counted) {
    SET(ip[1], v);
  } else if (loans && sh_loanable(v)) {
    SETREG(ip[1], LOAN(v));
  } else {
    SETREG(ip[1], sh_ref_steal(sh_newref(v)));
  }
  NEXT_AFTER(LOAD_GLOBAL);
}

op_STORE_GLOBAL:
  CHECK(sh_dict_set_item(f->globals, SH_TUPLE_GET(co->names, ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(STORE_GLOBAL);

op_DELETE_GLOBAL : {
  ShObject *name = SH_TUPLE_GET(co->names, ip[1]);
  int r = sh_dict_pop(f->globals, name, NULL);
  if (r <= 0) {
    if (r == 0) sh_op_name_error(name);
    FAIL();
  }
  NEXT_AFTER(DELETE_GLOBAL);
}

op_LOAD_NAME : {
  ShObject *v = sh_op_load_name(f, SH_TUPLE_GET(co->names, ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(LOAD_NAME);
}

op_STORE_NAME:
  CHECK(sh_op_store_name(f, SH_TUPLE_GET(co->names, ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(STORE_NAME);

op_DELETE_NAME:
  CHECK(sh_op_delete_name(f, SH_TUPLE_GET(co->names, ip[1])) == 0);
  NEXT_AFTER(DELETE_NAME);

op_LOAD_DEREF : {
  bool loaned;
  ShObject *v = sh_cell_take(OBJ(ip[2]), &loaned);
  if (!v) {
    sh_op_unbound_deref(co, ip[2]);
    FAIL();
  }
  SET_TAKEN(ip[1], v, loaned);
  NEXT_AFTER(LOAD_DEREF);
}

op_LOAD_CLASSDEREF : {
  ShObject *v = NULL;
  int r = sh_op_lookup_locals(f, SH_TUPLE_GET(co->names, ip[3]), &v);
  CHECK(r >= 0);
  if (!r) {
    v = sh_cell_get_ref(OBJ(ip[2]));
    if (!v) {
      sh_op_unbound_deref(co, ip[2]);
      FAIL();
    }
  }
  SET(ip[1], v);
  NEXT_AFTER(LOAD_CLASSDEREF);
}

op_STORE_DEREF:
  sh_cell_set(OBJ(ip[1]), sh_newref(OBJ(ip[2])));
  NEXT_AFTER(STORE_DEREF);

op_DELETE_DEREF : {
  if (!sh_cell_set(OBJ(ip[1]), NULL)) {
    sh_op_unbound_deref(co, ip[1]);
    FAIL();
  }
  NEXT_AFTER(DELETE_DEREF);
}

op_CHECK_BOUND:
  if (!R[ip[1]]) {
    sh_op_unbound_local(co, ip[1]);
    FAIL();
  }
  NEXT_AFTER(CHECK_BOUND);

op_DELETE_FAST:
  SETREG(ip[1], SH_REF_NULL);
  NEXT_AFTER(DELETE_FAST);

op_LOAD_ATTR : {
  ShObject *obj = OBJ(ip[2]), *name = SH_TUPLE_GET(co->names, ip[3]), *v = NULL;
  ShAttrCache *cache = attr_cache(co, ip[4]);
  ShObject *descr;
  int kind = cache ? sh_attr_cache_get(cache, SH_TYPE(obj), &descr) : SH_ATTR_NONE;
  if (kind == SH_ATTR_INSTANCE_DICT) {
    bool loaned;
    int r = instance_dict_get(cache, obj, name, &v, &loaned);
    CHECK(r >= 0);
    if (r) {
      SET_TAKEN(ip[1], v, loaned);
      NEXT_AFTER(LOAD_ATTR);
    }
  } else if (kind == SH_ATTR_DATA_DESCR) {
    f->cur_pc = (uint32_t)(ip - code); /* a property or frame.f_lineno looks */
    if (take_cached_descr(cache, SH_TYPE(obj), descr)) {
      v = SH_TYPE(descr)->descr_get(descr, obj, SH_OBJ(SH_TYPE(obj)));
      sh_decref(descr);
      CHECK(v);
    }
  } else if (kind == SH_ATTR_SLOT) {
    /* NULL: the slot is empty and getattr below raises */
    v = sh_field_get_ref(obj, (ShObject **)((char *)obj + (uintptr_t)descr));
  } else if (cache) {
    sh_op_fill_attr_cache(cache, obj, name, SH_ATTR_FOR_LOAD);
  }
  if (!v) {
    f->cur_pc = (uint32_t)(ip - code);
    CHECK(v = sh_object_getattr(obj, name));
  }
  SET(ip[1], v);
  NEXT_AFTER(LOAD_ATTR);
}

op_STORE_ATTR : {
  ShObject *obj = OBJ(ip[1]), *name = SH_TUPLE_GET(co->names, ip[2]), *descr;
  ShAttrCache *cache = attr_cache(co, ip[4]);
  int kind = cache ? sh_attr_cache_get(cache, SH_TYPE(obj), &descr) : SH_ATTR_NONE;
  if (kind == SH_ATTR_INSTANCE_DICT) {
    ShObject *dict = instance_dict(obj);
    if (!dict) { /* the first attribute of a new instance (__init__) */
      ShObject **slot = sh_object_dict_slot(obj);
      CHECK(slot);
      dict = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    }
    if (SH_DICT_CHECK_EXACT(dict)) {
      uint32_t hint = atomic_load_explicit(&cache->hint, memory_order_relaxed), was = hint;
      CHECK(sh_dict_set_hinted(dict, name, OBJ(ip[3]), &hint) == 0);
      if (hint != was) atomic_store_explicit(&cache->hint, hint, memory_order_relaxed);
      NEXT_AFTER(STORE_ATTR);
    }
  } else if (kind == SH_ATTR_SLOT) {
    ShObject **slot = (ShObject **)((char *)obj + (uintptr_t)descr);
    sh_xdecref(sh_field_swap(obj, slot, sh_newref(OBJ(ip[3]))));
    NEXT_AFTER(STORE_ATTR);
  } else if (kind == SH_ATTR_DATA_DESCR && take_cached_descr(cache, SH_TYPE(obj), descr)) {
    int r = SH_TYPE(descr)->descr_set(descr, obj, OBJ(ip[3]));
    sh_decref(descr);
    CHECK(r == 0);
    NEXT_AFTER(STORE_ATTR);
  }
  CHECK(sh_object_setattr(obj, name, OBJ(ip[3])) == 0);
  if (cache && kind == SH_ATTR_NONE) sh_op_fill_attr_cache(cache, obj, name, SH_ATTR_FOR_STORE);
  NEXT_AFTER(STORE_ATTR);
}

op_DELETE_ATTR:
  CHECK(sh_object_delattr(OBJ(ip[1]), SH_TUPLE_GET(co->names, ip[2])) == 0);
  NEXT_AFTER(DELETE_ATTR);

op_LOAD_METHOD : {
  ShObject *obj = OBJ(ip[2]), *name = SH_TUPLE_GET(co->names, ip[3]), *descr;
  ShAttrCache *cache = attr_cache(co, ip[4]);
  int kind = cache ? sh_attr_cache_get(cache, SH_TYPE(obj), &descr) : SH_ATTR_NONE;
  if (kind == SH_ATTR_METHOD) {
    ShObject *dict = instance_dict(obj);
    if (!dict || !sh_dict_may_contain_str(dict, name) || sh_dict_contains(dict, name) == 0) {
      SETREG(ip[1], sh_ref_borrow(descr));
      SETREG(ip[1] + 1, sh_ref_dup(R[ip[2]]));
      NEXT_AFTER(LOAD_METHOD);
    }
  } else if (kind == SH_ATTR_INSTANCE_DICT) { /* a module's function, a callable attribute */
    ShObject *v;
    bool loaned;
    int r = instance_dict_get(cache, obj, name, &v, &loaned);
    CHECK(r >= 0);
    if (r) {
      SET_TAKEN(ip[1], v, loaned);
      SETREG(ip[1] + 1, SH_REF_NULL);
      NEXT_AFTER(LOAD_METHOD);
    }
  }
  bool unbound = false, borrowed = false;
  ShObject *m = sh_object_get_method_ref(obj, name, &unbound, &borrowed);
  CHECK(m);
  if (cache && kind == SH_ATTR_NONE) sh_op_fill_attr_cache(cache, obj, name, SH_ATTR_FOR_METHOD);
  ShRef self = unbound ? sh_ref_dup(R[ip[2]]) : SH_REF_NULL;
  SETREG(ip[1], borrowed ? sh_ref_borrow(m) : sh_ref_steal(m));
  SETREG(ip[1] + 1, self);
  NEXT_AFTER(LOAD_METHOD);
}

  /* The _K forms take their right operand (key, second operand) from the
     constants instead of a register, and share the body of the plain form
     (same length): item_key / rhs hold that operand. */
  ShObject *item_key, *rhs;

op_GET_ITEM_K:
  item_key = SH_TUPLE_GET(co->consts, ip[3]);
  goto get_item;

op_GET_ITEM:
  item_key = OBJ(ip[3]);
get_item : {
  ShObject *container = OBJ(ip[2]), *key = item_key;
  ShObject *v;
  if (SH_TYPE(container) == &sh_type_list && SH_TYPE(key) == &sh_type_int && !SH_INT_BIG(key)) {
    int64_t i = ((ShInt *)key)->small;
    if (i < 0) i += sh_list_size(container);
    bool loaned;
    if (!sh_multithreaded()) {
      if ((v = sh_list_peek(container, i))) {
        SET(ip[1], sh_newref(v));
        NEXT_AFTER(GET_ITEM);
      }
    } else if ((v = sh_list_get_loan(container, i, &loaned))) {
      SET_TAKEN(ip[1], v, loaned);
      NEXT_AFTER(GET_ITEM);
    }
    v = sh_list_get_item(container, i);
  } else if (SH_TYPE(container) == &sh_type_tuple && SH_TYPE(key) == &sh_type_int &&
             !SH_INT_BIG(key) && sh_multithreaded()) {
    int64_t i = ((ShInt *)key)->small;
    if (i < 0) i += SH_TUPLE_SIZE(container);
    if (i >= 0 && i < SH_TUPLE_SIZE(container)) {
      bool loaned;
      v = sh_tuple_item_take(container, SH_TUPLE_ITEMS(container)[i], &loaned);
      SET_TAKEN(ip[1], v, loaned);
      NEXT_AFTER(GET_ITEM);
    }
    v = sh_object_getitem(container, key); /* IndexError */
  } else if (SH_DICT_CHECK_EXACT(container)) {
    /* a loan once threads run; a counted value (and no protocol) before */
    bool loaned;
    int r = sh_dict_get_loan(container, key, &v, &loaned);
    CHECK(r >= 0);
    if (r) {
      SET_TAKEN(ip[1], v, loaned);
      NEXT_AFTER(GET_ITEM);
    }
    sh_err_set_object(&sh_exc_KeyError, key); /* exact dicts have no __missing__ */
  } else
    v = sh_object_getitem(container, key);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(GET_ITEM);
}

op_SET_ITEM_K:
  item_key = SH_TUPLE_GET(co->consts, ip[2]);
  goto set_item;

op_SET_ITEM:
  item_key = OBJ(ip[2]);
set_item : {
  ShObject *container = OBJ(ip[1]), *key = item_key;
  if (SH_DICT_CHECK_EXACT(container))
    CHECK(sh_dict_set_item(container, key, OBJ(ip[3])) == 0);
  else if (SH_TYPE(container) == &sh_type_list && SH_TYPE(key) == &sh_type_int &&
           !SH_INT_BIG(key)) {
    int64_t i = ((ShInt *)key)->small;
    CHECK(sh_list_set_item(container, i < 0 ? i + sh_list_size(container) : i, OBJ(ip[3])) == 0);
  } else
    CHECK(sh_object_setitem(container, key, OBJ(ip[3])) == 0);
  NEXT_AFTER(SET_ITEM);
}

op_DELETE_ITEM:
  CHECK(sh_object_delitem(OBJ(ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(DELETE_ITEM);

op_BUILD_SLICE : {
  ShObject *v =
      sh_slice_new(ip[2] == SH_NO_REG ? NULL : OBJ(ip[2]), ip[3] == SH_NO_REG ? NULL : OBJ(ip[3]),
                   ip[4] == SH_NO_REG ? NULL : OBJ(ip[4]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(BUILD_SLICE);
}

op_ADD : {
  ShObject *a = OBJ(ip[2]), *b = OBJ(ip[3]), *v;
  bool done;
  v = arith_fast(a, b, SH_BINOP_ADD, &done);
  if (!done) v = sh_number_binary(a, b, SH_BINOP_ADD);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(ADD);
}

op_SUB : {
  ShObject *a = OBJ(ip[2]), *b = OBJ(ip[3]), *v;
  bool done;
  v = arith_fast(a, b, SH_BINOP_SUB, &done);
  if (!done) v = sh_number_binary(a, b, SH_BINOP_SUB);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(SUB);
}

op_MUL : {
  ShObject *a = OBJ(ip[2]), *b = OBJ(ip[3]), *v;
  bool done;
  v = arith_fast(a, b, SH_BINOP_MUL, &done);
  if (!done) v = sh_number_binary(a, b, SH_BINOP_MUL);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(MUL);
}

op_BINARY_K:
  rhs = SH_TUPLE_GET(co->consts, ip[3]);
  goto binary;

op_BINARY:
  rhs = OBJ(ip[3]);
binary : {
  ShObject *a = OBJ(ip[2]), *b = rhs, *v;
  bool done;
  v = arith_fast(a, b, ip[4], &done);
  if (!done) v = sh_number_binary(a, b, (ShBinaryOp)ip[4]);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(BINARY);
}

op_INPLACE_K:
  rhs = SH_TUPLE_GET(co->consts, ip[3]);
  goto inplace;

op_INPLACE:
  rhs = OBJ(ip[3]);
inplace : {
  ShObject *a = OBJ(ip[2]), *b = rhs, *v;
  if (ip[4] == SH_BINOP_ADD && ip[1] == ip[2] && SH_STR_CHECK_EXACT(a) &&
      !sh_ref_is_borrowed(R[ip[2]])) {
    /* s += t on a string only this register holds: grow it in place */
    int r = sh_str_append_in_place(&a, b);
    CHECK(r >= 0);
    if (r) {
      R[ip[1]] = sh_ref_steal(a);
      NEXT_AFTER(INPLACE);
    }
  }
  bool done;
  v = arith_fast(a, b, ip[4], &done);
  if (!done) v = sh_number_inplace(a, b, (ShBinaryOp)ip[4]);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(INPLACE);
}

op_UNARY_NEG : {
  ShObject *v = sh_number_negative(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(UNARY_NEG);
}

op_UNARY_POS : {
  ShObject *v = sh_number_positive(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(UNARY_POS);
}

op_UNARY_INVERT : {
  ShObject *v = sh_number_invert(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(UNARY_INVERT);
}

op_UNARY_NOT : {
  int t = truth(OBJ(ip[2]));
  CHECK(t >= 0);
  SETREG(ip[1], sh_ref_borrow(sh_bool_from(!t)));
  NEXT_AFTER(UNARY_NOT);
}

op_COMPARE_K:
  rhs = SH_TUPLE_GET(co->consts, ip[3]);
  goto compare;

op_COMPARE:
  rhs = OBJ(ip[3]);
compare : {
  ShObject *a = OBJ(ip[2]), *b = rhs, *v;
  double x, y;
  if (small_int_pair(a, b))
    v = sh_bool_from(sh_compare_i64(((ShInt *)a)->small, ((ShInt *)b)->small, ip[4]));
  else if (double_pair(a, b, &x, &y))
    v = sh_bool_from(sh_compare_double(x, y, ip[4]));
  else
    CHECK(v = sh_object_richcompare(a, b, (int)ip[4]));
  SET(ip[1], v);
  NEXT_AFTER(COMPARE);
}

op_IS:
  SETREG(ip[1], sh_ref_borrow(sh_bool_from(OBJ(ip[2]) == OBJ(ip[3]))));
  NEXT_AFTER(IS);

op_IS_NOT:
  SETREG(ip[1], sh_ref_borrow(sh_bool_from(OBJ(ip[2]) != OBJ(ip[3]))));
  NEXT_AFTER(IS_NOT);

op_IN : {
  int r = sh_sequence_contains(OBJ(ip[3]), OBJ(ip[2]));
  CHECK(r >= 0);
  SETREG(ip[1], sh_ref_borrow(sh_bool_from(r)));
  NEXT_AFTER(IN);
}

op_NOT_IN : {
  int r = sh_sequence_contains(OBJ(ip[3]), OBJ(ip[2]));
  CHECK(r >= 0);
  SETREG(ip[1], sh_ref_borrow(sh_bool_from(!r)));
  NEXT_AFTER(NOT_IN);
}

op_JUMP:
  if (ip[1] <= (uint32_t)(ip - code)) BREAKER_CHECK();
  JUMPTO(ip[1]);

op_JUMP_IF_TRUE : {
  int t = truth(OBJ(ip[1]));
  CHECK(t >= 0);
  if (t) JUMPTO(ip[2]);
  NEXT_AFTER(JUMP_IF_TRUE);
}

op_JUMP_IF_FALSE : {
  int t = truth(OBJ(ip[1]));
  CHECK(t >= 0);
  if (!t) JUMPTO(ip[2]);
  NEXT_AFTER(JUMP_IF_FALSE);
}

op_JUMP_IF_NOT_COMPARE_K:
  rhs = SH_TUPLE_GET(co->consts, ip[2]);
  goto jump_if_not_compare;

op_JUMP_IF_NOT_COMPARE:
  rhs = OBJ(ip[2]);
jump_if_not_compare : {
  ShObject *a = OBJ(ip[1]), *b = rhs;
  double x, y;
  int t;
  if (small_int_pair(a, b)) {
    t = sh_compare_i64(((ShInt *)a)->small, ((ShInt *)b)->small, ip[3]);
  } else if (double_pair(a, b, &x, &y)) {
    t = sh_compare_double(x, y, ip[3]);
  } else {
    ShObject *v = sh_object_richcompare(a, b, (int)ip[3]);
    CHECK(v);
    t = truth(v);
    sh_decref(v);
    CHECK(t >= 0);
  }
  if (!t) JUMPTO(ip[4]);
  NEXT_AFTER(JUMP_IF_NOT_COMPARE);
}

op_GET_ITER : {
  ShObject *v = sh_object_iter(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(GET_ITER);
}

op_FOR_ITER : {
  ShObject *it = OBJ(ip[2]);
  ShObject *v;
  if ((SH_TYPE(it) == &sh_type_list_iterator || SH_TYPE(it) == &sh_type_tuple_iterator) &&
      sh_multithreaded()) {
    bool loaned;
    int r = SH_TYPE(it) == &sh_type_list_iterator ? sh_list_iter_next_loan(it, &v, &loaned)
                                                  : sh_tuple_iter_next_loan(it, &v, &loaned);
    if (r == 1) {
      SET_TAKEN(ip[1], v, loaned);
      NEXT_AFTER(FOR_ITER);
    }
    if (r == 0) JUMPTO(ip[3]);
  }
  v = SH_TYPE(it)->iternext(it);
  if (!v) {
    if (sh_err_occurred()) {
      if (!sh_err_matches(&sh_exc_StopIteration)) FAIL();
      sh_err_clear();
    }
    JUMPTO(ip[3]);
  }
  SET(ip[1], v);
  NEXT_AFTER(FOR_ITER);
}

op_BUILD_TUPLE : {
  uint32_t n = ip[3];
  ShObject *t = sh_tuple_new(n);
  CHECK(t);
  for (uint32_t i = 0; i < n; i++)
    SH_TUPLE_ITEMS(t)[i] = sh_ref_new_object(R[ip[2] + i]);
  SET(ip[1], t);
  NEXT_AFTER(BUILD_TUPLE);
}

op_BUILD_LIST : {
  uint32_t n = ip[3];
  ShObject *l = sh_list_new(n);
  CHECK(l);
  for (uint32_t i = 0; i < n; i++)
    sh_list_init_item(l, i, sh_ref_new_object(R[ip[2] + i]));
  SET(ip[1], l);
  NEXT_AFTER(BUILD_LIST);
}

op_BUILD_SET : {
  ShObject *s = sh_set_new(NULL);
  CHECK(s);
  for (uint32_t i = 0; i < ip[3]; i++)
    if (sh_set_add(s, OBJ(ip[2] + i)) < 0) {
      sh_decref(s);
      FAIL();
    }
  SET(ip[1], s);
  NEXT_AFTER(BUILD_SET);
}

op_BUILD_MAP : {
  ShObject *d = sh_dict_new_presized(ip[3]);
  CHECK(d);
  for (uint32_t i = 0; i < ip[3]; i++)
    if (sh_dict_set_item(d, OBJ(ip[2] + 2 * i), OBJ(ip[2] + 2 * i + 1)) < 0) {
      sh_decref(d);
      FAIL();
    }
  SET(ip[1], d);
  NEXT_AFTER(BUILD_MAP);
}

op_BUILD_STRING : {
  ShObject *v = sh_op_build_string(R + ip[2], ip[3]);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(BUILD_STRING);
}

op_LIST_APPEND:
  CHECK(sh_list_append(OBJ(ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(LIST_APPEND);

op_SET_ADD:
  CHECK(sh_set_add(OBJ(ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(SET_ADD);

op_MAP_ADD:
  CHECK(sh_dict_set_item(OBJ(ip[1]), OBJ(ip[2]), OBJ(ip[3])) == 0);
  NEXT_AFTER(MAP_ADD);

op_LIST_EXTEND:
  CHECK(sh_op_list_extend(OBJ(ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(LIST_EXTEND);

op_SET_UPDATE:
  CHECK(sh_set_update(OBJ(ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(SET_UPDATE);

op_DICT_UPDATE:
  CHECK(sh_op_dict_update(OBJ(ip[1]), OBJ(ip[2])) == 0);
  NEXT_AFTER(DICT_UPDATE);

op_DICT_MERGE:
  CHECK(sh_op_dict_merge(OBJ(ip[1]), OBJ(ip[2]), OBJ(ip[3])) == 0);
  NEXT_AFTER(DICT_MERGE);

op_LIST_TO_TUPLE : {
  ShObject *t = sh_list_as_tuple(OBJ(ip[2]));
  CHECK(t);
  SET(ip[1], t);
  NEXT_AFTER(LIST_TO_TUPLE);
}

op_UNPACK_SEQUENCE:
  CHECK(sh_op_unpack(OBJ(ip[1]), R + ip[2], ip[3]) == 0);
  NEXT_AFTER(UNPACK_SEQUENCE);

op_UNPACK_TEMP : {
  /* A tuple nobody else can see (this thread's, counted once, by this
     register, never published or lent from): its items move to the
     targets, neither counted nor lent (`for k, v in d.items()`). */
  ShRef src = R[ip[1]];
  ShObject *t = sh_ref_obj(src);
  uint32_t n = ip[3];
  if (SH_TYPE(t) == &sh_type_tuple && SH_TUPLE_SIZE(t) == n && !sh_ref_is_borrowed(src) &&
      sh_object_is_private(t) && !sh_container_is_loaned(t)) {
    ShObject **items = SH_TUPLE_ITEMS(t);
    R[ip[1]] = SH_REF_NULL;
    for (uint32_t i = 0; i < n; i++) {
      ShRef old = R[ip[2] + i];
      R[ip[2] + i] = sh_ref_steal(items[i]);
      items[i] = NULL;
      sh_ref_close(old);
    }
    sh_decref(t);
    NEXT_AFTER(UNPACK_TEMP);
  }
  CHECK(sh_op_unpack(t, R + ip[2], n) == 0);
  NEXT_AFTER(UNPACK_TEMP);
}

op_UNPACK_EX:
  CHECK(sh_op_unpack_ex(OBJ(ip[1]), R + ip[2], ip[3], ip[4]) == 0);
  NEXT_AFTER(UNPACK_EX);

op_FORMAT_VALUE : {
  ShObject *v = sh_op_format_value(OBJ(ip[2]), ip[3], ip[4] == SH_NO_REG ? NULL : OBJ(ip[4]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(FORMAT_VALUE);
}

op_MAKE_FUNCTION : {
  ShObject *fn =
      sh_op_make_function(f, (ShCode *)SH_TUPLE_GET(co->consts, ip[2]), ip[3], R + ip[4]);
  CHECK(fn);
  SET(ip[1], fn);
  NEXT_AFTER(MAKE_FUNCTION);
}

  /* All call forms meet here with: callable, self (or NULL), the argument
     registers, their count and the keyword names. */
  ShObject *call_callable, *call_self, *call_kwnames;
  ShRef *call_args;
  size_t call_nargs;
  uint32_t call_dst;

op_CALL:
  if (ip[4] <= 2 && SH_TYPE(OBJ(ip[2])) == &sh_type_cfunction) {
    /* a builtin (len, isinstance...) with up to two arguments: called from
       here, no argument buffer */
    uint32_t first = ip[3], n = ip[4];
    f->cur_pc = (uint32_t)(ip - code); /* for a frame the C code inspects */
    ShObject *args[2] = {n > 0 ? OBJ(first) : NULL, n > 1 ? OBJ(first + 1) : NULL};
    ShObject *v = sh_call(OBJ(ip[2]), args, n, NULL);
    drop_registers(R, first, n); /* the arguments die */
    CHECK(v);
    SET(ip[1], v);
    NEXT_AFTER(CALL);
  }
  call_callable = OBJ(ip[2]);
  call_self = NULL;
  call_args = R + ip[3];
  call_nargs = ip[4];
  call_kwnames = NULL;
  call_dst = ip[1];
  goto do_call;

op_CALL_KW:
  call_callable = OBJ(ip[2]);
  call_self = NULL;
  call_args = R + ip[3];
  call_kwnames = SH_TUPLE_GET(co->consts, ip[5]);
  call_nargs = ip[4] - SH_TUPLE_SIZE(call_kwnames);
  call_dst = ip[1];
  goto do_call;

op_CALL_METHOD : {
  /* a C method of the receiver's type with up to two arguments (append,
     get, upper...): called from here, no argument buffer, no frame */
  uint32_t base = ip[2], n = ip[3];
  if (n <= 2 && R[base + 1] && SH_TYPE(OBJ(base)) == &sh_type_method_descriptor) {
    f->cur_pc = (uint32_t)(ip - code); /* for a frame the C code inspects */
    ShObject *args[2] = {n > 0 ? OBJ(base + 2) : NULL, n > 1 ? OBJ(base + 3) : NULL};
    ShObject *v = sh_method_descr_call_self(OBJ(base), OBJ(base + 1), args, n, NULL);
    drop_registers(R, base + 1, n + 1); /* self and the arguments die */
    CHECK(v);
    SET(ip[1], v);
    NEXT_AFTER(CALL_METHOD);
  }
  goto call_method;
}

op_CALL_METHOD_KW:
call_method : {
  uint32_t base = ip[2];
  call_callable = OBJ(base);
  call_self = R[base + 1] ? OBJ(base + 1) : NULL;
  call_args = R + base + 2;
  call_kwnames = *ip == SH_INSN_CALL_METHOD_KW ? SH_TUPLE_GET(co->consts, ip[4]) : NULL;
  call_nargs = ip[3] - (call_kwnames ? SH_TUPLE_SIZE(call_kwnames) : 0);
  call_dst = ip[1];
  goto do_call;
}

op_CALL_EX : {
  ShObject *v = sh_op_call_ex(OBJ(ip[2]), OBJ(ip[3]), ip[4] == SH_NO_REG ? NULL : OBJ(ip[4]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(CALL_EX);
}

do_call : {
  f->cur_pc = (uint32_t)(ip - code);
  ShFrame *callee;
  ShObject *v = NULL;
  if (!call_kwnames && takes_exact(call_callable, call_self, call_nargs))
    callee = sh_frame_push_exact(ts, call_callable, call_self, call_args, call_nargs);
  else
    v = start_call(ts, call_callable, call_self, call_args, call_nargs, call_kwnames, &callee);
  if (callee) {
    f->pc = f->cur_pc + 1 + insn_operands[*ip];
    f->result_reg = call_dst;
    callee->back = f;
    callee->state = SH_FRAME_RUNNING;
    ts->frame = f = callee;
    LOAD_FRAME();
    ip = code;
    BREAKER_CHECK();
    DISPATCH();
  }
  clear_call_args(R, ip);
  CHECK(v);
  SET(call_dst, v);
  NEXT();
}

op_RETURN : {
  if (f->frame_obj) { /* it keeps this line and every local */
    f->cur_pc = (uint32_t)(ip - code);
    sh_frame_object_detach(f);
  }
  ShRef r = R[ip[1]];
  R[ip[1]] = SH_REF_NULL;
  retval = sh_ref_is_borrowed(r) ? sh_newref(sh_ref_obj(r)) : sh_ref_obj(r);
  if (f->is_entry) goto exit_returning;
  ShFrame *caller = f->back;
  ts->frame = caller; /* as in CPython, the frame is gone before its locals die */
  sh_frame_pop(ts, f);
  f = caller;
  LOAD_FRAME();
  clear_call_args(R, code + f->cur_pc);
  ip = code + f->pc;
  SET(f->result_reg, retval);
  DISPATCH();
}

op_LOAD_BUILD_CLASS : {
  ShObject *v;
  int r = sh_dict_get_ref(f->builtins, SH_ID(__build_class__), &v);
  if (r <= 0) {
    if (r == 0) sh_err_set_string(&sh_exc_NameError, "__build_class__ not found");
    FAIL();
  }
  SET(ip[1], v);
  NEXT_AFTER(LOAD_BUILD_CLASS);
}

op_YIELD : {
  ShRef r = R[ip[2]];
  R[ip[2]] = SH_REF_NULL;
  retval = sh_ref_is_borrowed(r) ? sh_newref(sh_ref_obj(r)) : sh_ref_obj(r);
  f->cur_pc = (uint32_t)(ip - code);
  f->pc = f->cur_pc + 1 + insn_operands[*ip];
  f->resume_reg = ip[1];
  goto exit_yielding;
}

op_GET_YIELD_FROM_ITER : {
  ShObject *v = sh_op_get_yield_from_iter(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(GET_YIELD_FROM_ITER);
}

op_YIELD_FROM : {
  f->cur_pc = (uint32_t)(ip - code);
  ShObject *sent = f->sent;
  f->sent = NULL;
  bool done = false;
  ShObject *v = sh_gen_delegate_send(OBJ(ip[2]), sent, &done);
  sh_xdecref(sent);
  CHECK(v);
  if (done) {
    SET(ip[1], v);
    NEXT_AFTER(YIELD_FROM);
  }
  retval = v;
  f->pc = f->cur_pc; /* resume by running YIELD_FROM again with the sent value */
  f->resume_reg = SH_RESUME_INTO_SENT;
  goto exit_yielding;
}

op_GET_AWAITABLE : {
  f->cur_pc = (uint32_t)(ip - code); /* a "never awaited" warning names this line */
  ShObject *v = sh_coro_get_awaitable(OBJ(ip[2]), ip[3]);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(GET_AWAITABLE);
}

op_GET_AITER : {
  ShObject *v = sh_coro_get_aiter(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(GET_AITER);
}

op_GET_ANEXT : {
  ShObject *v = sh_coro_get_anext(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(GET_ANEXT);
}

op_END_ASYNC_FOR:
  if (!sh_type_check(OBJ(ip[1]), &sh_exc_StopAsyncIteration)) {
    f->cur_pc = (uint32_t)(ip - code);
    sh_err_restore(sh_ref_new_object(R[ip[1]]));
    goto unwind;
  }
  SETREG(ip[1], SH_REF_NULL);
  NEXT_AFTER(END_ASYNC_FOR);

  bool with_async;
op_ASYNC_WITH_ENTER:
  with_async = true;
  goto with_enter;
op_WITH_ENTER:
  with_async = false;
with_enter : {
  /* r[a+1] keeps the context manager when __exit__ is unbound: a copy of
     its register (a loan stays a loan), no bound method counting it */
  ShObject *exit_fn, *result;
  bool unbound;
  CHECK(sh_op_with_enter(OBJ(ip[3]), with_async, &exit_fn, &unbound, &result) == 0);
  SETREG(ip[1] + 1, unbound ? sh_ref_dup(R[ip[3]]) : SH_REF_NULL);
  SET(ip[1], exit_fn);
  SET(ip[2], result);
  NEXT_AFTER(WITH_ENTER);
}

op_RAISE : {
  f->cur_pc = (uint32_t)(ip - code);
  if (ip[1] == SH_NO_REG) {
    sh_op_reraise_handled(ts);
    goto unwind; /* a bare raise adds no traceback entry */
  }
  sh_op_raise(OBJ(ip[1]), ip[2] == SH_NO_REG ? NULL : OBJ(ip[2]));
  FAIL();
}

op_RERAISE:
  f->cur_pc = (uint32_t)(ip - code);
  sh_err_restore(sh_ref_new_object(R[ip[1]]));
  goto unwind;

op_EXC_MATCH : {
  int r = sh_op_exc_match(OBJ(ip[2]), OBJ(ip[3]));
  CHECK(r >= 0);
  SETREG(ip[1], sh_ref_borrow(sh_bool_from(r)));
  NEXT_AFTER(EXC_MATCH);
}

op_PUSH_EXC_INFO : {
  ShObject *prev = ts->handled_exc ? ts->handled_exc : sh_newref(SH_NONE);
  ts->handled_exc = sh_ref_new_object(R[ip[2]]);
  SET(ip[1], prev);
  NEXT_AFTER(PUSH_EXC_INFO);
}

op_POP_EXC_INFO : {
  ShObject *saved = OBJ(ip[1]);
  SH_SETREF(ts->handled_exc, saved == SH_NONE ? NULL : sh_newref(saved));
  NEXT_AFTER(POP_EXC_INFO);
}

op_LOAD_ASSERTION_ERROR:
  SETREG(ip[1], sh_ref_borrow(SH_OBJ(&sh_exc_AssertionError)));
  NEXT_AFTER(LOAD_ASSERTION_ERROR);

op_WITH_EXIT : {
  ShObject *v = sh_op_with_exit(OBJ(ip[2]), R[ip[2] + 1] ? OBJ(ip[2] + 1) : NULL,
                                ip[3] == SH_NO_REG ? NULL : OBJ(ip[3]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(WITH_EXIT);
}

op_IMPORT_NAME : {
  ShObject *v = sh_op_import_name(f, SH_TUPLE_GET(co->names, ip[2]),
                                  SH_TUPLE_GET(co->consts, ip[3]), (int)ip[4]);
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(IMPORT_NAME);
}

op_IMPORT_FROM : {
  ShObject *v = sh_op_import_from(OBJ(ip[2]), SH_TUPLE_GET(co->names, ip[3]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(IMPORT_FROM);
}

op_IMPORT_STAR:
  CHECK(sh_op_import_star(f, OBJ(ip[1])) == 0);
  NEXT_AFTER(IMPORT_STAR);

op_SETUP_ANNOTATIONS:
  CHECK(sh_op_setup_annotations(f) == 0);
  NEXT_AFTER(SETUP_ANNOTATIONS);

op_PRINT_EXPR:
  CHECK(sh_op_print_expr(OBJ(ip[1])) == 0);
  NEXT_AFTER(PRINT_EXPR);

op_MATCH_SEQUENCE : {
  int r = sh_op_match_sequence(OBJ(ip[1]));
  CHECK(r >= 0);
  if (!r) JUMPTO(ip[2]);
  NEXT_AFTER(MATCH_SEQUENCE);
}

op_MATCH_MAPPING : {
  int r = sh_op_match_mapping(OBJ(ip[1]));
  CHECK(r >= 0);
  if (!r) JUMPTO(ip[2]);
  NEXT_AFTER(MATCH_MAPPING);
}

op_GET_LEN : {
  ShObject *v = sh_op_get_len(OBJ(ip[2]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(GET_LEN);
}

op_MATCH_KEYS : {
  int r = sh_op_match_keys(OBJ(ip[2]), OBJ(ip[3]), R + ip[1]);
  CHECK(r >= 0);
  if (!r) JUMPTO(ip[4]);
  NEXT_AFTER(MATCH_KEYS);
}

op_COPY_DICT_WITHOUT_KEYS : {
  ShObject *v = sh_op_dict_without_keys(OBJ(ip[2]), OBJ(ip[3]));
  CHECK(v);
  SET(ip[1], v);
  NEXT_AFTER(COPY_DICT_WITHOUT_KEYS);
}

op_MATCH_CLASS : {
  int r =
      sh_op_match_class(OBJ(ip[2]), OBJ(ip[3]), ip[4], SH_TUPLE_GET(co->consts, ip[5]), R + ip[1]);
  CHECK(r >= 0);
  if (!r) JUMPTO(ip[6]);
  NEXT_AFTER(MATCH_CLASS);
}

op_EXC_GROUP_MATCH : {
  ShObject *match, *rest;
  int r = sh_op_exc_group_match(OBJ(ip[2]), OBJ(ip[3]), &match, &rest);
  CHECK(r >= 0);
  if (!r) JUMPTO(ip[4]);
  SH_SETREF(ts->handled_exc, sh_newref(match));
  SET(ip[2], rest);
  SET(ip[1], match);
  NEXT_AFTER(EXC_GROUP_MATCH);
}

op_RERAISE_STAR : {
  ShObject *v = sh_op_prep_reraise_star(OBJ(ip[1]), OBJ(ip[2]));
  CHECK(v);
  if (v == SH_NONE) {
    sh_decref(v);
    NEXT_AFTER(RERAISE_STAR);
  }
  f->cur_pc = (uint32_t)(ip - code);
  sh_err_restore(v);
  goto unwind;
}

error:
  /* An instruction failed with an exception set: record where, then look
     for a handler in this frame and, failing that, in its callers. */
  f->cur_pc = (uint32_t)(ip - code);
  sh_traceback_add(sh_err_occurred(), f);
unwind:
  for (;;) {
    const ShExcHandler *h = find_handler(co, f->cur_pc);
    if (h) {
      SET(h->exc_reg, sh_err_fetch());
      JUMPTO(h->target);
    }
    if (f->is_entry) break;
    ShFrame *caller = f->back;
    ts->frame = caller;
    sh_frame_pop(ts, f);
    f = caller;
    LOAD_FRAME();
    sh_traceback_add(sh_err_occurred(), f);
  }
  ts->frame = f->back;
  f->state = SH_FRAME_DONE;
  if (!f->on_heap) sh_frame_pop(ts, f);
  return NULL;

exit_returning:
  ts->frame = f->back;
  f->state = SH_FRAME_DONE;
  if (!f->on_heap) sh_frame_pop(ts, f);
  return retval;

exit_yielding:
  /* a suspended generator frame must not lean on borrowed references */
  sh_frame_own_references(f);
  ts->frame = f->back;
  f->state = SH_FRAME_SUSPENDED;
  return retval;
}
