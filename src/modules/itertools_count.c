/* itertools.count in C (module _itertools, re-exported by lib/itertools.py),
   so that threads sharing one counter never get the same value twice. */
#include "../shoal.h"
#include "../objects/container_util.h"
#include "../runtime/field.h"
#include "itertools_internal.h"

/* Two modes, as CPython's fast and slow ones. While `cur` is NULL the next
   value is the machine word `cnt`, advanced by `wstep` with one
   compare-and-swap (a plain store before a second thread has run), no
   Python code. The word is used when start and step are ints that fit and
   the values are the same plain ints CPython makes: step an int equal to 1
   (CPython's fast mode), or start an exact int and step an exact int or
   bool (CPython adds them with int.__add__). A step that would overflow the
   word freezes it: every thread then finds the same last value, stores it
   once in `cur` under the mutex and goes on with objects; `cur` never goes
   back to NULL.

   Otherwise `cur` holds the next value, a field other threads replace
   (runtime/field.h): a thread loads it, computes cur + step without any
   lock (it may run Python code) and installs the sum only if the field
   still holds the value it loaded, else it tries again. We hold a
   reference to cur meanwhile, so an equal pointer is the same object: a
   value is handed out by the one thread whose store replaced it. */
typedef struct {
  ShObject ob;
  _Atomic int64_t cnt;
  int64_t wstep;
  ShObject *cur;  /* NULL: word mode; written under the mutex */
  ShObject *step; /* never changes */
} Count;

#define CNT(o) ((Count *)(o))

/* CPython's PyNumber_Check: what count() accepts as start and step. */
static bool is_number(ShObject *o) {
  ShNumberMethods *nb = SH_TYPE(o)->as_number;
  return (nb && (nb->index || nb->int_ || nb->float_)) || sh_type_check(o, &sh_type_complex);
}

static bool is_word(ShObject *o) {
  return SH_INT_CHECK(o) && SH_INT_IS_SMALL(o);
}

/* An int equal to 1: CPython shows no step then and pickles (cnt,) in fast
   mode. */
static bool step_is_one(ShObject *step) {
  return is_word(step) && SH_INT_SMALL_VALUE(step) == 1;
}

/* The word makes the values CPython's int arithmetic makes: with a step of
   1 CPython counts in a C integer too (values are plain ints whatever int
   subclass start was); otherwise it returns start itself first and then
   int.__add__ results, which only an exact int start and an exact int or
   bool step give as well. */
static bool uses_word(ShObject *start, ShObject *step) {
  if (!is_word(start) || !is_word(step)) return false;
  if (step_is_one(step)) return true;
  return SH_INT_CHECK_EXACT(start) && (SH_INT_CHECK_EXACT(step) || SH_TYPE(step) == &sh_type_bool);
}

static ShObject *count_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  size_t nkw = kwnames ? (size_t)SH_TUPLE_SIZE(kwnames) : 0;
  if (nargs + nkw > 2)
    return sh_err_format(&sh_exc_TypeError, "count() takes at most 2 %sarguments (%zu given)",
                         nargs == 0 ? "keyword " : "", nargs + nkw);
  ShObject *start = NULL, *step = NULL;
  if (sh_args_parse("count", args, nargs, kwnames, "|start,step", &start, &step) < 0) return NULL;
  if ((start && !is_number(start)) || (step && !is_number(step))) {
    sh_err_set_string(&sh_exc_TypeError, "a number is required");
    return NULL;
  }
  if (!start) start = sh_int_from_i64(0);
  if (!step) step = sh_int_from_i64(1);
  Count *c = (Count *)sh_object_alloc(type, 0);
  if (!c) return NULL;
  c->step = sh_newref(step);
  if (uses_word(start, step)) {
    atomic_init(&c->cnt, SH_INT_SMALL_VALUE(start));
    c->wstep = SH_INT_SMALL_VALUE(step);
  } else {
    c->cur = sh_newref(start);
  }
  return SH_OBJ(c);
}

/* The word stopped at v (v + wstep overflows): v, not handed out yet, goes
   to `cur`, once, whichever thread gets here first. */
static int switch_to_objects(ShObject *self, int64_t v) {
  Count *c = CNT(self);
  ShObject *o = sh_int_from_i64(v);
  if (!o) return -1;
  sh_object_lock(self);
  if (!c->cur) {
    __atomic_store_n(&c->cur, o, __ATOMIC_RELEASE);
    o = NULL;
  }
  sh_object_unlock(self);
  sh_xdecref(o);
  return 0;
}

static __attribute__((noinline)) ShObject *next_object(ShObject *self) {
  Count *c = CNT(self);
  for (;;) {
    ShObject *cur = sh_field_get_ref(self, &c->cur);
    ShObject *next = sh_number_binary(cur, c->step, SH_BINOP_ADD);
    if (!next) {
      sh_decref(cur);
      return NULL;
    }
    sh_object_lock(self);
    bool won = __atomic_load_n(&c->cur, __ATOMIC_RELAXED) == cur;
    if (won) __atomic_store_n(&c->cur, next, __ATOMIC_RELEASE);
    sh_object_unlock(self);
    if (won) {
      sh_decref(cur); /* the field's reference; ours goes to the caller */
      return cur;
    }
    sh_decref(next);
    sh_decref(cur);
  }
}

/* The word mode once a second thread has run, and its end. */
static __attribute__((noinline)) ShObject *next_word_shared(ShObject *self) {
  Count *c = CNT(self);
  int64_t v = atomic_load_explicit(&c->cnt, memory_order_relaxed), n;
  while (!__builtin_add_overflow(v, c->wstep, &n))
    if (atomic_compare_exchange_weak_explicit(&c->cnt, &v, n, memory_order_relaxed,
                                              memory_order_relaxed))
      return sh_int_from_i64(v);
  if (switch_to_objects(self, v) < 0) return NULL;
  return next_object(self);
}

static ShObject *count_next(ShObject *self) {
  Count *c = CNT(self);
  if (__atomic_load_n(&c->cur, __ATOMIC_ACQUIRE)) return next_object(self);
  /* Before a second thread has run nobody else can reach the counter (see
     sh_object_lock): a load and a store advance it. */
  int64_t v = atomic_load_explicit(&c->cnt, memory_order_relaxed), n;
  if (sh_multithreaded() || __builtin_add_overflow(v, c->wstep, &n)) return next_word_shared(self);
  atomic_store_explicit(&c->cnt, n, memory_order_relaxed);
  return sh_int_from_i64(v);
}

/* The current value (new reference), from either mode. Once the word has
   stopped it never moves again, so reading it after finding `cur` empty
   is right even if another thread switched meanwhile. */
static ShObject *current(ShObject *self) {
  Count *c = CNT(self);
  ShObject *cur = sh_field_get_ref(self, &c->cur);
  return cur ? cur : sh_int_from_i64(atomic_load_explicit(&c->cnt, memory_order_relaxed));
}

/* count(5), count(5, 2), count(1.5, 0.5), Sub(0): the step is left out
   when it is an int equal to 1, as CPython does. */
static ShObject *count_repr(ShObject *self) {
  Count *c = CNT(self);
  ShObject *cur = current(self);
  if (!cur) return NULL;
  const char *name = sh_type_name(SH_TYPE(self));
  ShObject *r = step_is_one(c->step) ? sh_str_from_format("%s(%R)", name, cur)
                                     : sh_str_from_format("%s(%R, %R)", name, cur, c->step);
  sh_decref(cur);
  return r;
}

/* CPython 3.11: (type, (cnt,)) in fast mode (word, step 1), else
   (type, (cur, step)). */
static ShObject *count_reduce(ShObject *self) {
  Count *c = CNT(self);
  bool fast = !__atomic_load_n(&c->cur, __ATOMIC_ACQUIRE) && step_is_one(c->step);
  ShObject *cur = current(self);
  if (!cur) return NULL;
  ShObject *args = fast ? sh_tuple_pack(1, cur) : sh_tuple_pack(2, cur, c->step);
  sh_decref(cur);
  ShObject *r = args ? sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args) : NULL;
  sh_xdecref(args);
  return r;
}

static void count_dealloc(ShObject *self) {
  Count *c = CNT(self);
  sh_xdecref(c->cur);
  sh_decref(c->step);
  sh_object_free(self);
}

/* The collector calls this with the world stopped; gc.get_referents while
   other threads run, when the mutex keeps `cur` from being replaced and
   dropped under the visitor. */
static int count_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  Count *c = CNT(self);
  sh_object_lock(self);
  int r = c->cur ? visit(c->cur, arg) : 0;
  sh_object_unlock(self);
  return r ? r : visit(c->step, arg);
}

static ShMethodDef count_methods[] = {
    {"__reduce__", count_reduce, SH_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL}};

static ShType count_type = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "itertools.count",
    .basicsize = sizeof(Count),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC,
    .doc = "Return a count object whose .__next__() method returns consecutive values.\n"
           "\n"
           "Equivalent to:\n"
           "    def count(firstval=0, step=1):\n"
           "        x = firstval\n"
           "        while 1:\n"
           "            yield x\n"
           "            x += step",
    .dealloc = count_dealloc,
    .repr = count_repr,
    .iter = sh_iter_self,
    .iternext = count_next,
    .traverse = count_traverse,
    .new_ = count_new,
    .methods = count_methods,
};

int sh_itertools_add_count(ShObject *m) {
  static _Atomic bool ready;
  if (!atomic_load(&ready)) {
    if (sh_type_ready(&count_type) < 0) return -1;
    atomic_store(&ready, true);
  }
  return sh_module_add_object(m, "count", sh_newref(SH_OBJ(&count_type)));
}
