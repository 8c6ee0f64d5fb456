/* Module _heapq: the heap operations of lib/heapq.py on a list in C, with
   CPython 3.11's comparisons (`<` only), errors and mutation checks. */
#include "../shoal.h"
#include "../objects/container_util.h"
#include "modules.h"

/* Threads may share one heap. An operation runs under the list's mutex,
   except for comparisons that may run Python code: those run on counted
   references to the two items with the mutex released, and the list must
   still have the size the sift started with afterwards (CPython's check
   after each comparison: "list changed size during iteration"). Items of
   the exact types whose `<` runs no Python code (int, float, str, bytes,
   and tuples decided by such items) are compared with the mutex held, so
   an operation on such a heap is atomic (but for the rare push that must
   grow the list, see push): threads may push and pop without a lock of
   their own and the heap stays ordered. With other items an operation is a
   sequence of atomic moves, each a permutation of the slots or a reference
   handed in or out whole: without a lock threads may break the order (or
   see the RuntimeError) but never lose or duplicate an item. The moves
   write the slots and the size of list.h's layout under the mutex, as
   list.c's own pop and append do (list.h offers no swap, nor a pop that a
   subclass cannot override). */

static inline ShListItems *items_of(ShObject *l) {
  return atomic_load_explicit(&((ShList *)l)->items, memory_order_acquire);
}
static inline ShObject *ld(ShObject *l, intptr_t i) {
  return atomic_load_explicit(&items_of(l)->data[i], memory_order_acquire);
}
static inline void st(ShObject *l, intptr_t i, ShObject *v) {
  atomic_store_explicit(&items_of(l)->data[i], v, memory_order_release);
}
static inline intptr_t size_of(ShObject *l) {
  return atomic_load_explicit(&((ShList *)l)->size, memory_order_acquire);
}
static inline void swap(ShObject *l, intptr_t i, intptr_t j) {
  ShObject *t = ld(l, i);
  st(l, i, ld(l, j));
  st(l, j, t);
}

static int changed_size(void) {
  sh_err_set_string(&sh_exc_RuntimeError, "list changed size during iteration");
  return -1;
}

static ShObject *empty_heap(void) {
  sh_err_set_string(&sh_exc_IndexError, "index out of range");
  return NULL;
}

static inline bool plain_type(ShType *t) {
  return t == &sh_type_int || t == &sh_type_float || t == &sh_type_str || t == &sh_type_bytes;
}

/* a < b when it is decided without running Python code: 1 or 0 (-1 on a
   memory error), else 2. Tuples compare as CPython's do: the first items
   that are not equal (identical counts as equal) decide, then the lengths. */
static int quick_lt(ShObject *a, ShObject *b) {
  ShType *t = SH_TYPE(a);
  if (t != SH_TYPE(b)) return 2;
  if (t == &sh_type_int && !SH_INT_BIG(a) && !SH_INT_BIG(b))
    return SH_INT_SMALL_VALUE(a) < SH_INT_SMALL_VALUE(b);
  if (plain_type(t)) return sh_object_richcompare_bool(a, b, SH_LT);
  if (t != &sh_type_tuple) return 2;
  intptr_t na = SH_TUPLE_SIZE(a), nb = SH_TUPLE_SIZE(b);
  for (intptr_t i = 0; i < na && i < nb; i++) {
    ShObject *x = SH_TUPLE_ITEMS(a)[i], *y = SH_TUPLE_ITEMS(b)[i];
    if (x == y) continue;
    if (SH_TYPE(x) != SH_TYPE(y) || !plain_type(SH_TYPE(x))) return 2;
    int eq = sh_object_richcompare_bool(x, y, SH_EQ);
    if (eq < 0) return -1;
    if (!eq) return sh_object_richcompare_bool(x, y, SH_LT);
  }
  return na < nb;
}

/* Whether item i comes before item j (i < j, or j < i in a max-heap):
   *r = 1 or 0. Called and returns with the mutex held; n is the size the
   sift started with. */
static int comes_before(ShObject *heap, intptr_t n, intptr_t i, intptr_t j, bool max, int *r) {
  ShObject *a = ld(heap, max ? j : i), *b = ld(heap, max ? i : j);
  int q = quick_lt(a, b);
  if (q != 2) {
    *r = q;
    return q < 0 ? -1 : 0;
  }
  sh_take_locked(a);
  sh_take_locked(b);
  sh_object_unlock(heap);
  q = sh_object_richcompare_bool(a, b, SH_LT);
  sh_decref(a);
  sh_decref(b);
  sh_object_lock(heap);
  if (q < 0) return -1;
  if (size_of(heap) != n) return changed_size();
  *r = q;
  return 0;
}

/* Moves the item at pos toward the root (not past start) while it comes
   before its parent. With the mutex held. */
static int sift_rootward(ShObject *heap, intptr_t start, intptr_t pos, bool max) {
  intptr_t n = size_of(heap);
  if (pos >= n) {
    empty_heap();
    return -1;
  }
  while (pos > start) {
    intptr_t parent = (pos - 1) >> 1;
    int r;
    if (comes_before(heap, n, pos, parent, max, &r) < 0) return -1;
    if (!r) break;
    swap(heap, pos, parent);
    pos = parent;
  }
  return 0;
}

/* Moves the item at pos down to a leaf along the path of the children that
   come first, then back up to where it belongs: fewer comparisons than
   stopping on the way down, as most of a heap is near its leaves. With the
   mutex held. */
static int sift_leafward(ShObject *heap, intptr_t pos, bool max) {
  intptr_t n = size_of(heap), start = pos;
  if (pos >= n) {
    empty_heap();
    return -1;
  }
  while (pos < (n >> 1)) {
    intptr_t child = 2 * pos + 1;
    if (child + 1 < n) {
      int r;
      if (comes_before(heap, n, child, child + 1, max, &r) < 0) return -1;
      if (!r) child++;
    }
    swap(heap, child, pos);
    pos = child;
  }
  return sift_rootward(heap, start, pos, max);
}

static bool check_list(ShObject *heap, const char *name, bool numbered) {
  if (SH_LIST_CHECK(heap)) return true;
  /* None is named as itself, as CPython's argument clinic does */
  sh_err_format(&sh_exc_TypeError, "%s() argument %smust be list, not %s", name,
                numbered ? "1 " : "", heap == SH_NONE ? "None" : sh_type_name(SH_TYPE(heap)));
  return false;
}

/* The argument checks of CPython's _heapq, with its messages. */
static bool check_args(const char *name, size_t nargs, ShObject *kwnames, size_t want) {
  if (kwnames && SH_TUPLE_SIZE(kwnames) > 0) {
    sh_err_format(&sh_exc_TypeError, "_heapq.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs == want) return true;
  if (want == 1)
    sh_err_format(&sh_exc_TypeError, "_heapq.%s() takes exactly one argument (%zu given)", name,
                  nargs);
  else
    sh_err_format(&sh_exc_TypeError, "%s expected %zu arguments, got %zu", name, want, nargs);
  return false;
}

static ShObject *push(ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (!check_args("heappush", nargs, kwnames, 2) || !check_list(args[0], "heappush", true))
    return NULL;
  ShObject *heap = args[0], *item = args[1];
  sh_object_lock(heap);
  intptr_t n = size_of(heap);
  ShListItems *it = items_of(heap);
  if (!it || it->capacity <= n) {
    /* The list must grow first, which only list.c does: append, then find
       the item (last unless other threads appended meanwhile) and sift it.
       Growth is rare; a thread stalled right here while the others push
       as many items as the heap holds could see its unsifted item become
       a parent in their sifts, breaking the order (never the contents). */
    sh_object_unlock(heap);
    if (sh_list_append(heap, item) < 0) return NULL;
    sh_object_lock(heap);
    n = size_of(heap);
  } else {
    st(heap, n, sh_newref(item));
    atomic_store_explicit(&((ShList *)heap)->size, ++n, memory_order_release);
  }
  intptr_t pos = n - 1;
  while (pos >= 0 && ld(heap, pos) != item)
    pos--;
  int r = pos >= 0 ? sift_rootward(heap, 0, pos, false) : 0;
  sh_object_unlock(heap);
  if (r < 0) return NULL;
  SH_RETURN_NONE;
}

/* Takes the last item out and puts it in the root's place; returns the
   old root (the last item itself when it was the only one). */
static ShObject *pop(ShObject *heap, bool max) {
  sh_object_lock(heap);
  intptr_t n = size_of(heap);
  if (n == 0) {
    sh_object_unlock(heap);
    return empty_heap();
  }
  ShObject *out = ld(heap, n - 1);
  atomic_store_explicit(&((ShList *)heap)->size, n - 1, memory_order_release);
  int r = 0;
  if (n > 1) {
    ShObject *last = out;
    out = ld(heap, 0);
    st(heap, 0, last);
    r = sift_leafward(heap, 0, max);
  }
  sh_object_unlock(heap);
  out = sh_container_hand_out(heap, out);
  if (r < 0) {
    sh_decref(out);
    return NULL;
  }
  return out;
}

/* Puts item in the root's place (with the mutex held and the heap not
   empty); returns the old root. */
static ShObject *replace_locked(ShObject *heap, ShObject *item, bool max) {
  ShObject *out = ld(heap, 0);
  st(heap, 0, sh_newref(item));
  int r = sift_leafward(heap, 0, max);
  sh_object_unlock(heap);
  out = sh_container_hand_out(heap, out);
  if (r < 0) {
    sh_decref(out);
    return NULL;
  }
  return out;
}

static ShObject *replace(ShObject *heap, ShObject *item, bool max) {
  sh_object_lock(heap);
  if (size_of(heap) == 0) {
    sh_object_unlock(heap);
    return empty_heap();
  }
  return replace_locked(heap, item, max);
}

static ShObject *pushpop(ShObject *heap, ShObject *item) {
  sh_object_lock(heap);
  if (size_of(heap) == 0) {
    sh_object_unlock(heap);
    return sh_newref(item);
  }
  ShObject *top = ld(heap, 0);
  int r = quick_lt(top, item);
  if (r == 2) {
    sh_take_locked(top);
    sh_object_unlock(heap);
    r = sh_object_richcompare_bool(top, item, SH_LT);
    sh_decref(top);
    sh_object_lock(heap);
  }
  if (r <= 0) {
    sh_object_unlock(heap);
    return r < 0 ? NULL : sh_newref(item);
  }
  if (size_of(heap) == 0) { /* emptied by the comparison */
    sh_object_unlock(heap);
    return empty_heap();
  }
  return replace_locked(heap, item, false);
}

static ShObject *heapify(ShObject *heap, bool max) {
  /* Each subtree is ordered after its children's, so the result is
     CPython's whatever order independent subtrees take. */
  sh_object_lock(heap);
  int r = 0;
  for (intptr_t i = (size_of(heap) >> 1) - 1; i >= 0 && r == 0; i--)
    r = sift_leafward(heap, i, max);
  sh_object_unlock(heap);
  if (r < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *heapq_heappush(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  return push(args, nargs, kwnames);
}

static ShObject *heapq_heappop(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  if (!check_args("heappop", nargs, kwnames, 1) || !check_list(args[0], "heappop", false))
    return NULL;
  return pop(args[0], false);
}

static ShObject *heapq_heapreplace(ShObject *self, ShObject *const *args, size_t nargs,
                                   ShObject *kwnames) {
  if (!check_args("heapreplace", nargs, kwnames, 2) || !check_list(args[0], "heapreplace", true))
    return NULL;
  return replace(args[0], args[1], false);
}

static ShObject *heapq_heappushpop(ShObject *self, ShObject *const *args, size_t nargs,
                                   ShObject *kwnames) {
  if (!check_args("heappushpop", nargs, kwnames, 2) || !check_list(args[0], "heappushpop", true))
    return NULL;
  return pushpop(args[0], args[1]);
}

static ShObject *heapq_heapify(ShObject *self, ShObject *const *args, size_t nargs,
                               ShObject *kwnames) {
  if (!check_args("heapify", nargs, kwnames, 1) || !check_list(args[0], "heapify", false))
    return NULL;
  return heapify(args[0], false);
}

static ShObject *heapq_heappop_max(ShObject *self, ShObject *const *args, size_t nargs,
                                   ShObject *kwnames) {
  if (!check_args("_heappop_max", nargs, kwnames, 1) || !check_list(args[0], "_heappop_max", false))
    return NULL;
  return pop(args[0], true);
}

static ShObject *heapq_heapreplace_max(ShObject *self, ShObject *const *args, size_t nargs,
                                       ShObject *kwnames) {
  if (!check_args("_heapreplace_max", nargs, kwnames, 2) ||
      !check_list(args[0], "_heapreplace_max", true))
    return NULL;
  return replace(args[0], args[1], true);
}

static ShObject *heapq_heapify_max(ShObject *self, ShObject *const *args, size_t nargs,
                                   ShObject *kwnames) {
  if (!check_args("_heapify_max", nargs, kwnames, 1) || !check_list(args[0], "_heapify_max", false))
    return NULL;
  return heapify(args[0], true);
}

static ShMethodDef heapq_functions[] = {
    {"heappush", (void *)heapq_heappush, SH_METH_FASTKW,
     "Push item onto heap, maintaining the heap invariant."},
    {"heappop", (void *)heapq_heappop, SH_METH_FASTKW,
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", (void *)heapq_heapreplace, SH_METH_FASTKW,
     "Pop and return the current smallest value, and add the new item.\n\nThis is more efficient "
     "than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size "
     "heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable "
     "uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item "
     "> heap[0]:\n        item = heapreplace(heap, item)"},
    {"heappushpop", (void *)heapq_heappushpop, SH_METH_FASTKW,
     "Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined "
     "action runs more efficiently than heappush() followed by\na separate call to heappop()."},
    {"heapify", (void *)heapq_heapify, SH_METH_FASTKW,
     "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", (void *)heapq_heappop_max, SH_METH_FASTKW, "Maxheap variant of heappop."},
    {"_heapreplace_max", (void *)heapq_heapreplace_max, SH_METH_FASTKW,
     "Maxheap variant of heapreplace."},
    {"_heapify_max", (void *)heapq_heapify_max, SH_METH_FASTKW, "Maxheap variant of heapify."},
    {NULL},
};

ShObject *sh_module_init__heapq(void) {
  ShObject *m = sh_module_new("_heapq");
  if (!m || sh_module_add_functions(m, heapq_functions) < 0) {
    sh_xdecref(m);
    return NULL;
  }
  return m;
}
