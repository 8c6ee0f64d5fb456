/* list: a growable array of references. The item storage sits behind one
   pointer (items->data) so readers can load it without the list's lock. */
#ifndef SHOAL_LIST_H
#define SHOAL_LIST_H

#include "../runtime/object.h"

typedef struct ShListItems {
  intptr_t capacity;
  _Atomic(ShObject *) data[];
} ShListItems;

typedef struct ShList {
  ShObject ob;
  _Atomic intptr_t size;
  _Atomic(ShListItems *) items; /* NULL when capacity is 0 */
} ShList;

extern ShType sh_type_list;
#define SH_LIST_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_LIST_SUBCLASS) != 0)
#define SH_LIST_CHECK_EXACT(o) (SH_TYPE(o) == &sh_type_list)
static inline intptr_t sh_list_size(ShObject *l) {
  return atomic_load_explicit(&((ShList *)l)->size, memory_order_relaxed);
}

/* A list of n None-free NULL slots to be filled with sh_list_init_item
   before the list is shared. */
ShObject *sh_list_new(intptr_t n);
void sh_list_init_item(ShObject *l, intptr_t i, ShObject *steal);
ShObject *sh_list_from_array(ShObject *const *items, intptr_t n); /* increfs */
int sh_list_append(ShObject *l, ShObject *item);                  /* increfs */
int sh_list_extend(ShObject *l, ShObject *iterable);
ShObject *sh_list_get_item(ShObject *l, intptr_t i); /* new ref; IndexError */
/* For the eval loop once several threads run: item i, counted or as a
   loan (*loaned; see sh_dict_get_loan), NULL (no exception) when out of
   range. Exact lists. */
ShObject *sh_list_get_loan(ShObject *l, intptr_t i, bool *loaned);
/* FOR_ITER's step over an exact list iterator, the item as above: 1 with
 *v set, 0 at the end, -2 when the iterator's own next must be used. */
int sh_list_iter_next_loan(ShObject *it, ShObject **v, bool *loaned);
int sh_list_set_item(ShObject *l, intptr_t i, ShObject *item); /* increfs */
/* Item i borrowed, or NULL when out of range, read without the lock or a
   re-check: only while no second thread has run (sh_multithreaded false). */
static inline ShObject *sh_list_peek(ShObject *l, intptr_t i) {
  ShListItems *it = atomic_load_explicit(&((ShList *)l)->items, memory_order_relaxed);
  if (i < 0 || i >= sh_list_size(l)) return NULL;
  return atomic_load_explicit(&it->data[i], memory_order_relaxed);
}
int sh_list_insert(ShObject *l, intptr_t i, ShObject *item);
ShObject *sh_list_as_tuple(ShObject *l);
int sh_list_sort(ShObject *l, ShObject *key, bool reverse); /* key may be NULL */
int sh_list_reverse(ShObject *l);
int sh_list_clear(ShObject *l);

#endif
