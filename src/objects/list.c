/* list: a growable array of references behind one atomically published
   pointer. Writers lock the list; readers load the block without locking. */
#include <string.h>

#include "../shoal.h"
#include "../runtime/qsbr.h"
#include "container_util.h"

/* ------------------------------------------------------------ storage */

static inline ShListItems *items_of(ShObject *l) {
  return atomic_load_explicit(&((ShList *)l)->items, memory_order_acquire);
}
/* acquire: a reader without the lock then sees the item's initialisation
   (stores are release) */
static inline ShObject *ld(ShListItems *it, intptr_t i) {
  return atomic_load_explicit(&it->data[i], memory_order_acquire);
}
static inline void st(ShListItems *it, intptr_t i, ShObject *v) {
  atomic_store_explicit(&it->data[i], v, memory_order_release);
}
static inline intptr_t size_of(ShObject *l) {
  return atomic_load_explicit(&((ShList *)l)->size, memory_order_acquire);
}
static inline void set_size(ShObject *l, intptr_t n) {
  atomic_store_explicit(&((ShList *)l)->size, n, memory_order_release);
}

static ShListItems *items_alloc(intptr_t cap) {
  if (cap > (intptr_t)((SIZE_MAX - sizeof(ShListItems)) / sizeof(ShObject *))) return NULL;
  ShListItems *it = sh_mem_alloc(sizeof(ShListItems) + (size_t)cap * sizeof(ShObject *));
  if (it) it->capacity = cap;
  return it;
}

/* Where a replaced item block goes: a reader may still be on it. */
static void list_items_retire(ShListItems *it) {
  if (it) sh_qsbr_retire(it);
}

/* Moves n slots from src to dst inside one block (overlap allowed). */
static void move_slots(ShListItems *it, intptr_t dst, intptr_t src, intptr_t n) {
  if (dst < src)
    for (intptr_t i = 0; i < n; i++)
      st(it, dst + i, ld(it, src + i));
  else
    for (intptr_t i = n - 1; i >= 0; i--)
      st(it, dst + i, ld(it, src + i));
}

/* Makes room for `newsize` items; called with the lock held. Returns the
   (possibly new) block or NULL with MemoryError set. Grows as CPython does
   (about 1/8 over-allocation) so that append is amortised O(1). */
static ShListItems *reserve_locked(ShObject *l, intptr_t newsize) {
  ShListItems *old = items_of(l);
  if (old && old->capacity >= newsize) return old;
  if (newsize == 0) return old;
  /* Growth copies (a reader may still be on the old array, which QSBR
     frees later), so grow by half rather than CPython's eighth. */
  intptr_t cap = (newsize + (newsize >> 1) + 6) & ~(intptr_t)3;
  if (newsize - size_of(l) > cap - newsize) cap = (newsize + 3) & ~(intptr_t)3;
  /* A list of this thread's that no other thread ever read without the
     lock (see read_item) grows in place when the allocator can: no copy,
     and for big arrays no fresh pages to fault in. */
  if (old && atomic_load_explicit(&l->tid, memory_order_relaxed) == sh_thread_id() &&
      !(atomic_load_explicit(&l->gc_bits, memory_order_relaxed) & SH_GC_SHARED_READ) &&
      cap <= (intptr_t)((SIZE_MAX - sizeof(ShListItems)) / sizeof(ShObject *))) {
    ShListItems *it = sh_mem_realloc(old, sizeof(ShListItems) + (size_t)cap * sizeof(ShObject *));
    if (!it) {
      sh_err_no_memory();
      return NULL;
    }
    it->capacity = cap;
    atomic_store_explicit(&((ShList *)l)->items, it, memory_order_release);
    return it;
  }
  ShListItems *it = items_alloc(cap);
  if (!it) {
    sh_err_no_memory();
    return NULL;
  }
  intptr_t n = size_of(l);
  if (n) memcpy((void *)it->data, (const void *)old->data, (size_t)n * sizeof(ShObject *));
  atomic_store_explicit(&((ShList *)l)->items, it, memory_order_release);
  list_items_retire(old);
  return it;
}

/* Item i, or NULL when i is out of range now: a counted reference, or a
   loan when `loaned` is given and sh_take_how allows (*loaned says which).
   Once threads exist an item could be replaced and freed between the load
   and the incref: try-incref and re-check the slot (freed objects and
   arrays wait for QSBR), falling back to the lock after repeated
   collisions. */
static ShObject *read_item(ShObject *l, intptr_t i, bool *loaned) {
  bool locked = sh_multithreaded();
  if (!locked) { /* one thread: nothing can change the list meanwhile */
    if (loaned) *loaned = false;
    return sh_xnewref(sh_list_peek(l, i));
  }
  /* Marked under the lock before the first read without it, so that the
     owner's growth (under the lock) either ran before or sees the mark and
     then leaves the old array to QSBR. */
  if (locked && atomic_load_explicit(&l->tid, memory_order_relaxed) != sh_thread_id() &&
      !(atomic_load_explicit(&l->gc_bits, memory_order_acquire) & SH_GC_SHARED_READ)) {
    sh_object_lock(l);
    atomic_fetch_or_explicit(&l->gc_bits, SH_GC_SHARED_READ, memory_order_release);
    sh_object_unlock(l);
  }
  /* Marked LOANED before the load: a writer that drops the item after the
     load sees the mark (it reads it under the lock) and hands the item to
     a grace period, so the item outlives this thread's loans whatever
     happens to its slot; no re-check needed. */
  bool loaned_before = loaned && sh_container_is_loaned(l);
  for (int attempt = 0; locked && attempt < 4; attempt++) {
    ShListItems *it = items_of(l);
    if (!it || i < 0 || i >= size_of(l) || i >= it->capacity) return NULL;
    ShObject *v = ld(it, i);
    if (!v) continue;
    /* an immortal needs no count; the re-check guards against v being a
       block freed and reused since the load */
    if (sh_is_immortal(v) && items_of(l) == it && ld(it, i) == v) {
      if (loaned) *loaned = false;
      return v;
    }
    if (loaned_before && sh_loanable(v)) {
      *loaned = true;
      return v;
    }
    int how = sh_take_begin(l, v, loaned != NULL);
    if (how < 0) continue;
    if (items_of(l) == it && ld(it, i) == v) {
      if (loaned) *loaned = how == SH_TAKE_LOAN;
      return v;
    }
    sh_take_undo(v, how);
  }
  if (loaned) *loaned = false;
  if (locked) sh_object_lock(l);
  ShListItems *it = items_of(l);
  ShObject *v = NULL;
  if (it && i >= 0 && i < size_of(l) && i < it->capacity) {
    v = ld(it, i);
    if (v) sh_take_locked(v);
  }
  if (locked) sh_object_unlock(l);
  return v;
}

static ShObject *get_ref(ShObject *l, intptr_t i) {
  return read_item(l, i, NULL);
}

ShObject *sh_list_get_loan(ShObject *l, intptr_t i, bool *loaned) {
  return read_item(l, i, loaned);
}

/* --------------------------------------------------------- public API */

ShObject *sh_list_new(intptr_t n) {
  if (n < 0) return sh_err_bad_internal_call();
  ShList *l = (ShList *)sh_object_alloc(&sh_type_list, 0);
  if (!l) return NULL;
  if (n > 0) {
    ShListItems *it = items_alloc(n);
    if (!it) {
      sh_decref(SH_OBJ(l));
      return sh_err_no_memory();
    }
    for (intptr_t i = 0; i < n; i++)
      atomic_init(&it->data[i], NULL);
    atomic_init(&l->items, it);
    atomic_init(&l->size, n);
  }
  return SH_OBJ(l);
}

void sh_list_init_item(ShObject *l, intptr_t i, ShObject *steal) {
  st(items_of(l), i, steal);
}

ShObject *sh_list_from_array(ShObject *const *items, intptr_t n) {
  ShObject *l = sh_list_new(n);
  if (!l) return NULL;
  for (intptr_t i = 0; i < n; i++)
    sh_list_init_item(l, i, sh_newref(items[i]));
  return l;
}

int sh_list_append(ShObject *l, ShObject *item) {
  sh_incref(item);
  sh_object_lock(l);
  intptr_t n = size_of(l);
  ShListItems *it = reserve_locked(l, n + 1);
  if (!it) {
    sh_object_unlock(l);
    sh_decref(item);
    return -1;
  }
  st(it, n, item);
  set_size(l, n + 1);
  sh_object_unlock(l);
  return 0;
}

/* Appends n items (stealing them). */
static int append_array_steal(ShObject *l, ShObject **items, intptr_t n) {
  if (n == 0) return 0;
  sh_object_lock(l);
  intptr_t size = size_of(l);
  ShListItems *it = reserve_locked(l, size + n);
  if (!it) {
    sh_object_unlock(l);
    for (intptr_t i = 0; i < n; i++)
      sh_decref(items[i]);
    return -1;
  }
  for (intptr_t i = 0; i < n; i++)
    st(it, size + i, items[i]);
  set_size(l, size + n);
  sh_object_unlock(l);
  return 0;
}

ShObject *sh_list_as_tuple(ShObject *l) {
  sh_object_lock(l);
  intptr_t n = size_of(l);
  ShObject *t = sh_tuple_new(n);
  if (t) {
    ShListItems *it = items_of(l);
    for (intptr_t i = 0; i < n; i++)
      SH_TUPLE_ITEMS(t)[i] = sh_newref(ld(it, i));
  }
  sh_object_unlock(l);
  return t;
}

int sh_list_extend(ShObject *l, ShObject *iterable) {
  if (SH_LIST_CHECK(iterable) || SH_TUPLE_CHECK(iterable)) {
    ShObject *snap = SH_TUPLE_CHECK(iterable) ? sh_newref(iterable) : sh_list_as_tuple(iterable);
    if (!snap) return -1;
    intptr_t n = SH_TUPLE_SIZE(snap);
    for (intptr_t i = 0; i < n; i++)
      sh_incref(SH_TUPLE_ITEMS(snap)[i]);
    int r = append_array_steal(l, SH_TUPLE_ITEMS(snap), n);
    sh_decref(snap);
    return r;
  }
  ShObject *iter = sh_object_iter(iterable);
  if (!iter) return -1;
  /* Asked of the iterable as CPython does: a bad __length_hint__ is an
     error even though the result is only a sizing guess. */
  if (sh_object_length_hint(iterable, 8) < 0) {
    sh_decref(iter);
    return -1;
  }
  ShObject *x;
  while ((x = sh_iter_next(iter)) != NULL) {
    int r = append_array_steal(l, &x, 1);
    if (r < 0) {
      sh_decref(iter);
      return -1;
    }
  }
  sh_decref(iter);
  return sh_err_occurred() ? -1 : 0;
}

ShObject *sh_list_get_item(ShObject *l, intptr_t i) {
  ShObject *v = get_ref(l, i);
  if (!v) sh_err_set_string(&sh_exc_IndexError, "list index out of range");
  return v;
}

int sh_list_set_item(ShObject *l, intptr_t i, ShObject *item) {
  sh_incref(item);
  sh_object_lock(l);
  if (i < 0 || i >= size_of(l)) {
    sh_object_unlock(l);
    sh_decref(item);
    sh_err_set_string(&sh_exc_IndexError, "list assignment index out of range");
    return -1;
  }
  ShListItems *it = items_of(l);
  ShObject *old = ld(it, i);
  st(it, i, item);
  sh_object_unlock(l);
  sh_container_drop(l, old);
  return 0;
}

int sh_list_insert(ShObject *l, intptr_t i, ShObject *item) {
  sh_incref(item);
  sh_object_lock(l);
  intptr_t n = size_of(l);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  ShListItems *it = reserve_locked(l, n + 1);
  if (!it) {
    sh_object_unlock(l);
    sh_decref(item);
    return -1;
  }
  move_slots(it, i + 1, i, n - i);
  st(it, i, item);
  set_size(l, n + 1);
  sh_object_unlock(l);
  return 0;
}

int sh_list_reverse(ShObject *l) {
  sh_object_lock(l);
  intptr_t n = size_of(l);
  ShListItems *it = items_of(l);
  for (intptr_t a = 0, b = n - 1; a < b; a++, b--) {
    ShObject *t = ld(it, a);
    st(it, a, ld(it, b));
    st(it, b, t);
  }
  sh_object_unlock(l);
  return 0;
}

/* Detaches the whole content (block and size) under the lock. */
static void take_all_locked(ShObject *l, ShListItems **it, intptr_t *n) {
  *it = items_of(l);
  *n = size_of(l);
  atomic_store_explicit(&((ShList *)l)->items, NULL, memory_order_release);
  set_size(l, 0);
}

static void drop_block(ShObject *l, ShListItems *it, intptr_t n) {
  /* one look at the mark: a reader marking l after the items left it can
     no longer validate a loan of one of them */
  if (sh_container_is_loaned(l))
    for (intptr_t i = 0; i < n; i++)
      sh_container_drop(l, ld(it, i));
  else
    for (intptr_t i = 0; i < n; i++)
      sh_xdecref(ld(it, i));
  list_items_retire(it);
}

int sh_list_clear(ShObject *l) {
  ShListItems *it;
  intptr_t n;
  sh_object_lock(l);
  take_all_locked(l, &it, &n);
  sh_object_unlock(l);
  drop_block(l, it, n);
  return 0;
}

/* The sort runs on the detached array: the list looks empty meanwhile, and
   any mutation a key function or __lt__ makes is detected afterwards. */
int sh_list_sort(ShObject *l, ShObject *key, bool reverse) {
  ShListItems *it;
  intptr_t n;
  sh_object_lock(l);
  take_all_locked(l, &it, &n);
  sh_object_unlock(l);
  ShObject **vals = sh_mem_alloc(sizeof(ShObject *) * (size_t)(n ? n : 1));
  ShObject **keys = NULL;
  int r = 0;
  if (!vals) {
    sh_err_no_memory();
    r = -1;
    goto restore_block;
  }
  for (intptr_t i = 0; i < n; i++)
    vals[i] = ld(it, i);
  if (key && key != SH_NONE) {
    keys = sh_mem_alloc(sizeof(ShObject *) * (size_t)(n ? n : 1));
    if (!keys) {
      sh_err_no_memory();
      r = -1;
      goto restore_block;
    }
    for (intptr_t i = 0; i < n; i++) {
      keys[i] = sh_call1(key, vals[i]);
      if (!keys[i]) {
        for (intptr_t j = 0; j < i; j++)
          sh_decref(keys[j]);
        r = -1;
        goto restore_block;
      }
    }
  }
  /* reverse first and after, so that equal items keep their order */
  if (reverse && n > 1) {
    for (intptr_t a = 0, b = n - 1; a < b; a++, b--) {
      ShObject *t = vals[a];
      vals[a] = vals[b];
      vals[b] = t;
      if (keys) {
        t = keys[a];
        keys[a] = keys[b];
        keys[b] = t;
      }
    }
  }
  r = keys ? sh_sort_keys_values(keys, vals, n) : sh_sort_keys_values(vals, NULL, n);
  if (reverse && n > 1)
    for (intptr_t a = 0, b = n - 1; a < b; a++, b--) {
      ShObject *t = vals[a];
      vals[a] = vals[b];
      vals[b] = t;
    }
  if (keys) {
    for (intptr_t i = 0; i < n; i++)
      sh_decref(keys[i]);
  }
  for (intptr_t i = 0; i < n; i++)
    st(it, i, vals[i]);
restore_block:;
  ShListItems *junk;
  intptr_t junk_n;
  sh_object_lock(l);
  bool modified = items_of(l) != NULL || size_of(l) != 0;
  take_all_locked(l, &junk, &junk_n);
  atomic_store_explicit(&((ShList *)l)->items, it, memory_order_release);
  set_size(l, n);
  sh_object_unlock(l);
  drop_block(l, junk, junk_n);
  sh_mem_free(vals);
  sh_mem_free(keys);
  if (modified && r == 0) {
    sh_err_set_string(&sh_exc_ValueError, "list modified during sort");
    r = -1;
  }
  return r;
}

/* --------------------------------------------------------------- slots */

static void list_dealloc(ShObject *o) {
  if (sh_container_defer_dealloc(o)) return;
  ShList *l = (ShList *)o;
  ShListItems *it = atomic_load_explicit(&l->items, memory_order_relaxed);
  if (it) drop_block(o, it, atomic_load_explicit(&l->size, memory_order_relaxed));
  sh_object_free(o);
}

static int list_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShListItems *it = items_of(o);
  intptr_t n = size_of(o);
  for (intptr_t i = 0; i < n; i++) {
    ShObject *x = ld(it, i);
    if (x) {
      int r = visit(x, arg);
      if (r) return r;
    }
  }
  return 0;
}

static int list_clear_slot(ShObject *o) {
  return sh_list_clear(o);
}

static ShObject *list_repr(ShObject *o) {
  if (size_of(o) == 0) return sh_str_from_cstr("[]");
  int r = sh_repr_enter(o);
  if (r < 0) return NULL;
  if (r > 0) return sh_str_from_cstr("[...]");
  ShStrBuilder sb;
  sh_sb_init(&sb);
  if (sh_sb_append_cstr(&sb, "[") < 0) goto fail;
  for (intptr_t i = 0; i < size_of(o); i++) {
    ShObject *x = get_ref(o, i);
    if (!x) break;
    if (i > 0 && sh_sb_append_cstr(&sb, ", ") < 0) {
      sh_decref(x);
      goto fail;
    }
    int e = sh_sb_append_repr(&sb, x);
    sh_decref(x);
    if (e < 0) goto fail;
  }
  if (sh_sb_append_cstr(&sb, "]") < 0) goto fail;
  sh_repr_leave(o);
  return sh_sb_finish(&sb);
fail:
  sh_repr_leave(o);
  sh_sb_discard(&sb);
  return NULL;
}

static ShObject *list_richcompare(ShObject *a, ShObject *b, int op) {
  if (!SH_LIST_CHECK(a) || !SH_LIST_CHECK(b)) return SH_NOTIMPLEMENTED;
  if ((op == SH_EQ || op == SH_NE) && size_of(a) != size_of(b)) return sh_bool_from(op == SH_NE);
  intptr_t i;
  for (i = 0; i < size_of(a) && i < size_of(b); i++) {
    ShObject *x = get_ref(a, i), *y = get_ref(b, i);
    if (!x || !y) {
      sh_xdecref(x);
      sh_xdecref(y);
      break;
    }
    int r = sh_object_richcompare_bool(x, y, SH_EQ);
    if (r == 0) {
      ShObject *res;
      if (op == SH_EQ)
        res = SH_FALSE;
      else if (op == SH_NE)
        res = SH_TRUE;
      else
        res = sh_object_richcompare(x, y, op);
      sh_decref(x);
      sh_decref(y);
      return res;
    }
    sh_decref(x);
    sh_decref(y);
    if (r < 0) return NULL;
  }
  intptr_t na = size_of(a), nb = size_of(b);
  bool res;
  switch (op) {
  case SH_LT: res = na < nb; break;
  case SH_LE: res = na <= nb; break;
  case SH_EQ: res = na == nb; break;
  case SH_NE: res = na != nb; break;
  case SH_GT: res = na > nb; break;
  default: res = na >= nb; break;
  }
  return sh_bool_from(res);
}

static intptr_t list_length(ShObject *o) {
  return size_of(o);
}

static ShObject *list_item(ShObject *o, intptr_t i) {
  if (i < 0) i += size_of(o);
  return sh_list_get_item(o, i);
}

static ShObject *list_slice_copy(ShObject *o, intptr_t start, intptr_t step, intptr_t n) {
  ShObject *res = sh_list_new(0);
  if (!res || n == 0) return res;
  sh_object_lock(o);
  ShListItems *dst = items_alloc(n);
  if (!dst) {
    sh_object_unlock(o);
    sh_decref(res);
    return sh_err_no_memory();
  }
  ShListItems *it = items_of(o);
  intptr_t size = size_of(o), k = 0;
  /* bounds from a size read before the lock: check them once */
  intptr_t last = start + (n - 1) * step;
  if (start >= 0 && start < size && last >= 0 && last < size)
    for (intptr_t j = start; k < n; j += step, k++)
      atomic_init(&dst->data[k], sh_newref(ld(it, j)));
  else
    for (intptr_t j = start; k < n && j >= 0 && j < size; j += step, k++)
      atomic_init(&dst->data[k], sh_newref(ld(it, j)));
  sh_object_unlock(o);
  atomic_store_explicit(&((ShList *)res)->items, dst, memory_order_release);
  set_size(res, k);
  return res;
}

static ShObject *list_subscript(ShObject *o, ShObject *key) {
  if (sh_is_index(key)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return list_item(o, i);
  }
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t start, stop, step;
    intptr_t n = sh_slice_unpack(key, size_of(o), &start, &stop, &step);
    if (n < 0) return NULL;
    return list_slice_copy(o, start, step, n);
  }
  return sh_err_format(&sh_exc_TypeError, "list indices must be integers or slices, not %T", key);
}

/* Replaces/deletes a slice. `value` NULL deletes. */
static int list_ass_slice(ShObject *o, ShObject *slice, ShObject *value) {
  intptr_t start, stop, step;
  intptr_t n = sh_slice_unpack(slice, size_of(o), &start, &stop, &step);
  if (n < 0) return -1;
  ShObject *seq = NULL;
  intptr_t vn = 0;
  if (value) {
    if (SH_TUPLE_CHECK(value))
      seq = sh_newref(value);
    else if (SH_LIST_CHECK(value))
      seq = sh_list_as_tuple(value);
    else {
      ShObject *it = sh_object_iter(value);
      if (!it) {
        if (sh_err_matches(&sh_exc_TypeError)) {
          sh_err_clear();
          sh_err_set_string(&sh_exc_TypeError, step != 1 ? "must assign iterable to extended slice"
                                                         : "can only assign an iterable");
        }
        return -1;
      }
      sh_decref(it);
      seq = sh_tuple_from_iterable(value);
    }
    if (!seq) return -1;
    vn = SH_TUPLE_SIZE(seq);
  }
  ShObject **removed = NULL;
  intptr_t nremoved = 0;
  sh_object_lock(o);
  /* the length may have changed while the value was iterated */
  n = sh_slice_unpack(slice, size_of(o), &start, &stop, &step);
  intptr_t size = size_of(o);
  if (step == 1 || (value && n == 0 && vn == 0)) {
    if (step != 1) {
      sh_object_unlock(o);
      sh_xdecref(seq);
      return 0;
    }
    /* contiguous: replace [start, start+n) by the vn new items */
    if (n > 0) {
      removed = sh_mem_alloc(sizeof(ShObject *) * (size_t)n);
      if (!removed) {
        sh_object_unlock(o);
        sh_xdecref(seq);
        sh_err_no_memory();
        return -1;
      }
    }
    ShListItems *it = reserve_locked(o, size - n + vn);
    if (!it && size - n + vn > 0) {
      sh_object_unlock(o);
      sh_xdecref(seq);
      sh_mem_free(removed);
      return -1;
    }
    for (intptr_t k = 0; k < n; k++)
      removed[k] = ld(it, start + k);
    nremoved = n;
    if (vn != n) move_slots(it, start + vn, start + n, size - start - n);
    for (intptr_t k = 0; k < vn; k++)
      st(it, start + k, sh_newref(SH_TUPLE_ITEMS(seq)[k]));
    set_size(o, size - n + vn);
  } else if (value) {
    if (vn != n) {
      sh_object_unlock(o);
      sh_decref(seq);
      sh_err_format(&sh_exc_ValueError,
                    "attempt to assign sequence of size %zd to extended slice of size %zd",
                    (ssize_t)vn, (ssize_t)n);
      return -1;
    }
    removed = sh_mem_alloc(sizeof(ShObject *) * (size_t)(n ? n : 1));
    if (!removed) {
      sh_object_unlock(o);
      sh_decref(seq);
      sh_err_no_memory();
      return -1;
    }
    ShListItems *it = items_of(o);
    for (intptr_t k = 0, j = start; k < n; k++, j += step) {
      removed[k] = ld(it, j);
      st(it, j, sh_newref(SH_TUPLE_ITEMS(seq)[k]));
    }
    nremoved = n;
  } else {
    /* extended deletion: compact the survivors */
    removed = sh_mem_alloc(sizeof(ShObject *) * (size_t)(n ? n : 1));
    if (!removed) {
      sh_object_unlock(o);
      sh_err_no_memory();
      return -1;
    }
    if (step < 0) { /* walk it forwards */
      start = start + step * (n - 1);
      step = -step;
    }
    ShListItems *it = items_of(o);
    intptr_t w = start, k = 0;
    for (intptr_t r = start; r < size; r++) {
      if (k < n && r == start + k * step) {
        removed[k++] = ld(it, r);
      } else {
        st(it, w++, ld(it, r));
      }
    }
    nremoved = k;
    set_size(o, size - k);
  }
  sh_object_unlock(o);
  for (intptr_t k = 0; k < nremoved; k++)
    sh_container_drop(o, removed[k]);
  sh_mem_free(removed);
  sh_xdecref(seq);
  return 0;
}

static int list_ass_item(ShObject *o, intptr_t i, ShObject *value) {
  if (value) {
    if (i < 0) i += size_of(o);
    return sh_list_set_item(o, i, value);
  }
  sh_object_lock(o);
  intptr_t n = size_of(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_object_unlock(o);
    sh_err_set_string(&sh_exc_IndexError, "list assignment index out of range");
    return -1;
  }
  ShListItems *it = items_of(o);
  ShObject *old = ld(it, i);
  move_slots(it, i, i + 1, n - i - 1);
  set_size(o, n - 1);
  sh_object_unlock(o);
  sh_container_drop(o, old);
  return 0;
}

static int list_ass_subscript(ShObject *o, ShObject *key, ShObject *value) {
  if (sh_is_index(key)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return -1;
    return list_ass_item(o, i, value);
  }
  if (SH_TYPE(key) == &sh_type_slice) return list_ass_slice(o, key, value);
  sh_err_format(&sh_exc_TypeError, "list indices must be integers or slices, not %T", key);
  return -1;
}

static ShObject *list_concat(ShObject *a, ShObject *b) {
  if (!SH_LIST_CHECK(b))
    return sh_err_format(&sh_exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
  ShObject *res = sh_list_new(0);
  if (!res) return NULL;
  if (sh_list_extend(res, a) < 0 || sh_list_extend(res, b) < 0) {
    sh_decref(res);
    return NULL;
  }
  return res;
}

static ShObject *list_repeat(ShObject *a, intptr_t count) {
  ShObject *snap = sh_list_as_tuple(a);
  if (!snap) return NULL;
  intptr_t n = SH_TUPLE_SIZE(snap);
  if (count < 0) count = 0;
  if (n && count > INTPTR_MAX / 8 / n) {
    sh_decref(snap);
    return sh_err_no_memory();
  }
  ShObject *res = sh_list_new(n * count);
  if (res) {
    for (intptr_t k = 0; k < count; k++)
      for (intptr_t i = 0; i < n; i++)
        sh_list_init_item(res, k * n + i, sh_newref(SH_TUPLE_ITEMS(snap)[i]));
  }
  sh_decref(snap);
  return res;
}

static ShObject *list_inplace_concat(ShObject *a, ShObject *b) {
  if (sh_list_extend(a, b) < 0) return NULL;
  return sh_newref(a);
}

static ShObject *list_inplace_repeat(ShObject *a, intptr_t count) {
  if (count <= 0) {
    sh_list_clear(a);
    return sh_newref(a);
  }
  if (count == 1) return sh_newref(a);
  ShObject *snap = sh_list_as_tuple(a);
  if (!snap) return NULL;
  intptr_t n = SH_TUPLE_SIZE(snap);
  if (n && count > INTPTR_MAX / 8 / n) {
    sh_decref(snap);
    return sh_err_no_memory();
  }
  for (intptr_t k = 1; k < count; k++) {
    for (intptr_t i = 0; i < n; i++)
      sh_incref(SH_TUPLE_ITEMS(snap)[i]);
    if (append_array_steal(a, SH_TUPLE_ITEMS(snap), n) < 0) {
      sh_decref(snap);
      return NULL;
    }
  }
  sh_decref(snap);
  return sh_newref(a);
}

static int list_contains(ShObject *o, ShObject *x) {
  for (intptr_t i = 0; i < size_of(o); i++) {
    ShObject *y = get_ref(o, i);
    if (!y) break;
    int r = sh_object_richcompare_bool(y, x, SH_EQ);
    sh_decref(y);
    if (r != 0) return r;
  }
  return 0;
}

/* ------------------------------------------------------------ methods */

static ShObject *list_append_m(ShObject *self, ShObject *x) {
  if (sh_list_append(self, x) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *list_extend_m(ShObject *self, ShObject *x) {
  if (sh_list_extend(self, x) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *list_insert_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("insert", nargs, 2, 2) < 0) return NULL;
  if (!sh_is_index(args[0]))
    return sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                         args[0]);
  intptr_t i = sh_number_as_ssize_arg(args[0]);
  if (i == -1 && sh_err_occurred()) return NULL;
  if (sh_list_insert(self, i, args[1]) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *list_pop_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("pop", nargs, 0, 1) < 0) return NULL;
  intptr_t i = -1;
  if (nargs == 1) {
    if (!sh_is_index(args[0]))
      return sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                           args[0]);
    i = sh_number_as_ssize_arg(args[0]);
    if (i == -1 && sh_err_occurred()) return NULL;
  }
  sh_object_lock(self);
  intptr_t n = size_of(self);
  if (n == 0) {
    sh_object_unlock(self);
    sh_err_set_string(&sh_exc_IndexError, "pop from empty list");
    return NULL;
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_object_unlock(self);
    sh_err_set_string(&sh_exc_IndexError, "pop index out of range");
    return NULL;
  }
  ShListItems *it = items_of(self);
  ShObject *v = ld(it, i);
  move_slots(it, i, i + 1, n - i - 1);
  set_size(self, n - 1);
  sh_object_unlock(self);
  return sh_container_hand_out(self, v);
}

static ShObject *list_remove_m(ShObject *self, ShObject *x) {
  for (intptr_t i = 0; i < size_of(self); i++) {
    ShObject *y = get_ref(self, i);
    if (!y) break;
    int r = sh_object_richcompare_bool(y, x, SH_EQ);
    if (r < 0) {
      sh_decref(y);
      return NULL;
    }
    if (r > 0) {
      sh_object_lock(self);
      intptr_t n = size_of(self);
      ShListItems *it = items_of(self);
      if (i < n && ld(it, i) == y) {
        move_slots(it, i, i + 1, n - i - 1);
        set_size(self, n - 1);
        sh_object_unlock(self);
        sh_container_drop(self, y); /* the list's reference */
        sh_decref(y);
        SH_RETURN_NONE;
      }
      sh_object_unlock(self);
      i = -1; /* the list changed under us: search again */
    }
    sh_decref(y);
  }
  sh_err_set_string(&sh_exc_ValueError, "list.remove(x): x not in list");
  return NULL;
}

static ShObject *list_index_m(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("index", nargs, 1, 3) < 0) return NULL;
  intptr_t start = 0, stop = INTPTR_MAX;
  if (nargs > 1 && sh_slice_index_not_none(args[1], &start) < 0) return NULL;
  if (nargs > 2 && sh_slice_index_not_none(args[2], &stop) < 0) return NULL;
  sh_clamp_range(size_of(self), &start, &stop);
  for (intptr_t i = start; i < stop && i < size_of(self); i++) {
    ShObject *y = get_ref(self, i);
    if (!y) break;
    int r = sh_object_richcompare_bool(y, args[0], SH_EQ);
    sh_decref(y);
    if (r < 0) return NULL;
    if (r) return sh_int_from_i64(i);
  }
  return sh_err_format(&sh_exc_ValueError, "%R is not in list", args[0]);
}

static ShObject *list_count_m(ShObject *self, ShObject *x) {
  intptr_t c = 0;
  for (intptr_t i = 0; i < size_of(self); i++) {
    ShObject *y = get_ref(self, i);
    if (!y) break;
    int r = sh_object_richcompare_bool(y, x, SH_EQ);
    sh_decref(y);
    if (r < 0) return NULL;
    c += r;
  }
  return sh_int_from_i64(c);
}

static ShObject *list_clear_m(ShObject *self) {
  sh_list_clear(self);
  SH_RETURN_NONE;
}

static ShObject *list_copy_m(ShObject *self) {
  return list_slice_copy(self, 0, 1, size_of(self));
}

static ShObject *list_reverse_m(ShObject *self) {
  sh_list_reverse(self);
  SH_RETURN_NONE;
}

static ShObject *list_sort_m(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *key = NULL, *reverse = NULL;
  if (nargs > 0) {
    sh_err_set_string(&sh_exc_TypeError, "sort() takes no positional arguments");
    return NULL;
  }
  if (sh_args_parse("sort", args, nargs, kwnames, "|$key,reverse", &key, &reverse) < 0) return NULL;
  int rev = 0;
  if (reverse) {
    if (!sh_is_index(reverse))
      return sh_err_format(&sh_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                           reverse);
    rev = sh_object_is_true(reverse);
    if (rev < 0) return NULL;
  }
  if (sh_list_sort(self, key, rev) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *list_sizeof_m(ShObject *self) {
  ShListItems *it = items_of(self);
  return sh_int_from_i64((int64_t)(sizeof(ShList) + (it ? it->capacity : 0) * sizeof(void *)));
}

static ShObject *list_class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

/* ---------------------------------------------------------- iterators */

/* Threads may share an iterator: `index` is read and written with relaxed
   atomics (two threads may get the same item, as in CPython), -1 once
   exhausted; `seq` is let go only by sh_iter_let_go. */
typedef struct {
  ShObject ob;
  intptr_t index;
  ShObject *seq; /* NULL when exhausted and let go */
} ListIter;

static ShObject *listiter_make(ShType *t, ShObject *l, intptr_t index) {
  ListIter *it = (ListIter *)sh_object_alloc(t, 0);
  if (!it) return NULL;
  it->seq = sh_newref(l);
  it->index = index;
  return SH_OBJ(it);
}

static ShObject *list_iter(ShObject *o) {
  return listiter_make(&sh_type_list_iterator, o, 0);
}

static ShObject *list_reversed_m(ShObject *self) {
  return listiter_make(&sh_type_list_reverseiterator, self, size_of(self) - 1);
}

static void listiter_dealloc(ShObject *o) {
  sh_xdecref(((ListIter *)o)->seq);
  sh_object_free(o);
}

static int listiter_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShObject *s = ((ListIter *)o)->seq;
  return s ? visit(s, arg) : 0;
}

static inline intptr_t iter_index(ListIter *it) {
  return __atomic_load_n(&it->index, __ATOMIC_RELAXED);
}

/* The item at the iterator's index, stepping by `step` (+1, -1): counted,
   or a loan when `loaned` is given. NULL at the end. */
static ShObject *listiter_step(ListIter *it, int step, bool *loaned) {
  ShObject *seq = it->seq;
  if (!seq) return NULL;
  intptr_t i = iter_index(it);
  ShObject *v = i < 0 ? NULL : loaned ? sh_list_get_loan(seq, i, loaned) : get_ref(seq, i);
  __atomic_store_n(&it->index, v ? i + step : -1, __ATOMIC_RELAXED);
  if (!v) sh_iter_let_go(&it->seq);
  return v;
}

static ShObject *listiter_next(ShObject *o) {
  return listiter_step((ListIter *)o, 1, NULL);
}

int sh_list_iter_next_loan(ShObject *o, ShObject **v, bool *loaned) {
  ListIter *it = (ListIter *)o;
  ShObject *seq = it->seq;
  if (SH_TYPE(o) != &sh_type_list_iterator || !seq || SH_TYPE(seq) != &sh_type_list) return -2;
  *v = listiter_step(it, 1, loaned);
  return *v != NULL;
}

static ShObject *listreviter_next(ShObject *o) {
  return listiter_step((ListIter *)o, -1, NULL);
}

static ShObject *listiter_length_hint(ShObject *o) {
  ListIter *it = (ListIter *)o;
  intptr_t i = iter_index(it);
  intptr_t n = it->seq && i >= 0 ? size_of(it->seq) - i : 0;
  return sh_int_from_i64(n < 0 ? 0 : n);
}

static ShObject *listreviter_length_hint(ShObject *o) {
  ListIter *it = (ListIter *)o;
  intptr_t i = iter_index(it);
  intptr_t n = it->seq && i < size_of(it->seq) ? i + 1 : 0;
  return sh_int_from_i64(n < 0 ? 0 : n);
}

static ShMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static ShMethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_list_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "list_iterator",
    .basicsize = sizeof(ListIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = sh_iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

ShType sh_type_list_reverseiterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIter),
    .flags = SH_TPFLAGS_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = sh_iter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

/* ------------------------------------------------------- construction */

static ShObject *list_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return sh_object_alloc(type, 0);
}

static int list_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (SH_LIST_CHECK_EXACT(self) && sh_args_no_kwargs("list", kwnames) < 0) return -1;
  if (sh_args_check_count("list", nargs, 0, 1) < 0) return -1;
  if (size_of(self) > 0) sh_list_clear(self);
  if (nargs == 1) return sh_list_extend(self, args[0]);
  return 0;
}

static ShSequenceMethods list_as_sequence = {
    .length = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .ass_item = list_ass_item,
    .contains = list_contains,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
};

static ShMappingMethods list_as_mapping = {
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

static ShMethodDef list_methods[] = {
    {"append", list_append_m, SH_METH_O, "Append object to the end of the list."},
    {"extend", list_extend_m, SH_METH_O, "Extend list by appending elements from the iterable."},
    {"insert", list_insert_m, SH_METH_FAST, "Insert object before index."},
    {"pop", list_pop_m, SH_METH_FAST, "Remove and return item at index (default last)."},
    {"remove", list_remove_m, SH_METH_O, "Remove first occurrence of value."},
    {"index", list_index_m, SH_METH_FAST, "Return first index of value."},
    {"count", list_count_m, SH_METH_O, "Return number of occurrences of value."},
    {"clear", list_clear_m, SH_METH_NOARGS, "Remove all items from list."},
    {"copy", list_copy_m, SH_METH_NOARGS, "Return a shallow copy of the list."},
    {"reverse", list_reverse_m, SH_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", list_sort_m, SH_METH_FASTKW, "Sort the list in ascending order and return None."},
    {"__reversed__", list_reversed_m, SH_METH_NOARGS, NULL},
    {"__sizeof__", list_sizeof_m, SH_METH_NOARGS, NULL},
    {"__class_getitem__", list_class_getitem, SH_METH_O | SH_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

ShType sh_type_list = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "list",
    .basicsize = sizeof(ShList),
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC | SH_TPFLAGS_LIST_SUBCLASS,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
           "empty list.\nThe argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = sh_hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .new_ = list_new,
    .init = list_init,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .methods = list_methods,
};
