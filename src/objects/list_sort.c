/* The stable, adaptive merge sort behind list.sort and sorted(): natural
   runs extended by binary insertion, merged timsort-style with a run stack. */
#include <string.h>
#include "../shoal.h"
#include "container_util.h"

typedef struct Sorter Sorter;
typedef int (*lt_fn)(Sorter *, ShObject *, ShObject *);

struct Sorter {
  ShObject **k, **v; /* v may be NULL */
  ShObject **tk, **tv;
  intptr_t tcap;
  lt_fn lt;
  lt_fn first_lt; /* lt_tuple: compares the first items */
  intptr_t base[90], len[90];
  int nruns;
};

/* Comparisons: -1 error, 0 false, 1 true. The specialised ones are used
   when every key has the same exact type, as CPython does. */
static int lt_generic(Sorter *s, ShObject *a, ShObject *b) {
  (void)s;
  return sh_object_richcompare_bool(a, b, SH_LT);
}
static int lt_small_int(Sorter *s, ShObject *a, ShObject *b) {
  (void)s;
  return SH_INT_SMALL_VALUE(a) < SH_INT_SMALL_VALUE(b);
}
static int lt_int(Sorter *s, ShObject *a, ShObject *b) {
  (void)s;
  return sh_int_compare(a, b) < 0;
}
static int lt_float(Sorter *s, ShObject *a, ShObject *b) {
  (void)s;
  return SH_FLOAT_VALUE(a) < SH_FLOAT_VALUE(b);
}
static int lt_str(Sorter *s, ShObject *a, ShObject *b) {
  (void)s;
  return sh_str_compare(a, b) < 0;
}
/* Tuples compare at their first unequal items, as tuple `<` does; when
   that is the first item, with the compare picked for the first items. */
static int lt_tuple(Sorter *s, ShObject *a, ShObject *b) {
  intptr_t na = SH_TUPLE_SIZE(a), nb = SH_TUPLE_SIZE(b), n = na < nb ? na : nb, i = 0;
  ShObject **x = SH_TUPLE_ITEMS(a), **y = SH_TUPLE_ITEMS(b);
  for (; i < n; i++) {
    int eq = sh_object_richcompare_bool(x[i], y[i], SH_EQ);
    if (eq < 0) return -1;
    if (!eq) break;
  }
  if (i == n) return na < nb;
  if (i == 0) return s->first_lt(s, x[0], y[0]);
  return sh_object_richcompare_bool(x[i], y[i], SH_LT);
}

static inline void put(Sorter *s, intptr_t dst, ShObject *key, ShObject *val) {
  s->k[dst] = key;
  if (s->v) s->v[dst] = val;
}

static void reverse_range(Sorter *s, intptr_t lo, intptr_t hi) {
  for (hi--; lo < hi; lo++, hi--) {
    ShObject *t = s->k[lo];
    s->k[lo] = s->k[hi];
    s->k[hi] = t;
    if (s->v) {
      t = s->v[lo];
      s->v[lo] = s->v[hi];
      s->v[hi] = t;
    }
  }
}

/* [lo, start) is sorted; inserts the rest one by one. */
static int binary_insertion(Sorter *s, intptr_t lo, intptr_t hi, intptr_t start) {
  for (intptr_t i = start; i < hi; i++) {
    ShObject *pk = s->k[i], *pv = s->v ? s->v[i] : NULL;
    intptr_t l = lo, r = i;
    while (l < r) {
      intptr_t m = l + (r - l) / 2;
      int c = s->lt(s, pk, s->k[m]);
      if (c < 0) return -1;
      if (c)
        r = m;
      else
        l = m + 1;
    }
    for (intptr_t j = i; j > l; j--)
      put(s, j, s->k[j - 1], s->v ? s->v[j - 1] : NULL);
    put(s, l, pk, pv);
  }
  return 0;
}

/* Length of the run starting at lo; descending runs are reversed in place. */
static intptr_t count_run(Sorter *s, intptr_t lo, intptr_t hi) {
  if (hi - lo < 2) return hi - lo;
  int c = s->lt(s, s->k[lo + 1], s->k[lo]);
  if (c < 0) return -1;
  intptr_t i = lo + 2;
  if (c) {
    for (; i < hi; i++) {
      c = s->lt(s, s->k[i], s->k[i - 1]);
      if (c < 0) return -1;
      if (!c) break;
    }
    reverse_range(s, lo, i);
  } else {
    for (; i < hi; i++) {
      c = s->lt(s, s->k[i], s->k[i - 1]);
      if (c < 0) return -1;
      if (c) break;
    }
  }
  return i - lo;
}

static intptr_t min_run(intptr_t n) {
  intptr_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/* First i in [0, n) with key < a[i] (after all equal items). */
static intptr_t search_right(Sorter *s, ShObject *key, ShObject **a, intptr_t n) {
  intptr_t l = 0, r = n;
  while (l < r) {
    intptr_t m = l + (r - l) / 2;
    int c = s->lt(s, key, a[m]);
    if (c < 0) return -1;
    if (c)
      r = m;
    else
      l = m + 1;
  }
  return l;
}

/* First i in [0, n) with !(a[i] < key) (before all equal items). */
static intptr_t search_left(Sorter *s, ShObject *key, ShObject **a, intptr_t n) {
  intptr_t l = 0, r = n;
  while (l < r) {
    intptr_t m = l + (r - l) / 2;
    int c = s->lt(s, a[m], key);
    if (c < 0) return -1;
    if (c)
      l = m + 1;
    else
      r = m;
  }
  return l;
}

static int ensure_tmp(Sorter *s, intptr_t n) {
  if (n <= s->tcap) return 0;
  sh_mem_free(s->tk);
  sh_mem_free(s->tv);
  s->tv = NULL;
  s->tk = sh_mem_alloc(sizeof(ShObject *) * (size_t)n);
  if (s->v) s->tv = sh_mem_alloc(sizeof(ShObject *) * (size_t)n);
  if (!s->tk || (s->v && !s->tv)) {
    s->tcap = 0;
    sh_err_no_memory();
    return -1;
  }
  s->tcap = n;
  return 0;
}

/* The merges below are instantiated with and without values (a sort with
   a key moves both arrays) so that the common loop has no test for them. */
#define MERGE_INLINE static inline __attribute__((always_inline))

/* Merges a = [pa, pa+na) and b = [pa+na, pa+na+nb) with na <= nb. */
MERGE_INLINE int merge_lo_with(Sorter *s, intptr_t pa, intptr_t na, intptr_t nb, bool values) {
  ShObject **k = s->k, **v = s->v, **tk = s->tk, **tv = s->tv;
  memcpy(tk, k + pa, (size_t)na * sizeof *tk);
  if (values) memcpy(tv, v + pa, (size_t)na * sizeof *tv);
  intptr_t i = 0, j = pa + na, end = pa + na + nb, d = pa;
  int err = 0;
  while (i < na && j < end) {
    int c = s->lt(s, k[j], tk[i]);
    if (c < 0) {
      err = -1;
      break;
    }
    if (c) {
      if (values) v[d] = v[j];
      k[d++] = k[j++];
    } else {
      if (values) v[d] = tv[i];
      k[d++] = tk[i++];
    }
  }
  memcpy(k + d, tk + i, (size_t)(na - i) * sizeof *tk);
  if (values) memcpy(v + d, tv + i, (size_t)(na - i) * sizeof *tv);
  return err;
}

/* Merges a = [pa, pa+na) and b = [pa+na, pa+na+nb) with nb < na, from the right. */
MERGE_INLINE int merge_hi_with(Sorter *s, intptr_t pa, intptr_t na, intptr_t nb, bool values) {
  ShObject **k = s->k, **v = s->v, **tk = s->tk, **tv = s->tv;
  intptr_t pb = pa + na;
  memcpy(tk, k + pb, (size_t)nb * sizeof *tk);
  if (values) memcpy(tv, v + pb, (size_t)nb * sizeof *tv);
  intptr_t i = pa + na - 1, j = nb - 1, d = pb + nb - 1;
  int err = 0;
  while (i >= pa && j >= 0) {
    int c = s->lt(s, tk[j], k[i]);
    if (c < 0) {
      err = -1;
      break;
    }
    if (c) {
      if (values) v[d] = v[i];
      k[d--] = k[i--];
    } else {
      if (values) v[d] = tv[j];
      k[d--] = tk[j--];
    }
  }
  memcpy(k + d - j, tk, (size_t)(j + 1) * sizeof *tk);
  if (values) memcpy(v + d - j, tv, (size_t)(j + 1) * sizeof *tv);
  return err;
}

static int merge_lo(Sorter *s, intptr_t pa, intptr_t na, intptr_t nb) {
  if (ensure_tmp(s, na) < 0) return -1;
  return s->v ? merge_lo_with(s, pa, na, nb, true) : merge_lo_with(s, pa, na, nb, false);
}

static int merge_hi(Sorter *s, intptr_t pa, intptr_t na, intptr_t nb) {
  if (ensure_tmp(s, nb) < 0) return -1;
  return s->v ? merge_hi_with(s, pa, na, nb, true) : merge_hi_with(s, pa, na, nb, false);
}

static int merge_at(Sorter *s, int i) {
  intptr_t pa = s->base[i], na = s->len[i], pb = s->base[i + 1], nb = s->len[i + 1];
  s->len[i] = na + nb;
  if (i == s->nruns - 3) {
    s->base[i + 1] = s->base[i + 2];
    s->len[i + 1] = s->len[i + 2];
  }
  s->nruns--;
  /* items of a already below b[0], and of b already above a[-1], stay put */
  intptr_t k = search_right(s, s->k[pb], s->k + pa, na);
  if (k < 0) return -1;
  pa += k;
  na -= k;
  if (na == 0) return 0;
  intptr_t m = search_left(s, s->k[pa + na - 1], s->k + pb, nb);
  if (m < 0) return -1;
  nb = m;
  if (nb == 0) return 0;
  return na <= nb ? merge_lo(s, pa, na, nb) : merge_hi(s, pa, na, nb);
}

static int merge_collapse(Sorter *s) {
  while (s->nruns > 1) {
    int n = s->nruns - 2;
    intptr_t *len = s->len;
    if ((n > 0 && len[n - 1] <= len[n] + len[n + 1]) ||
        (n > 1 && len[n - 2] <= len[n - 1] + len[n])) {
      if (len[n - 1] < len[n + 1]) n--;
      if (merge_at(s, n) < 0) return -1;
    } else if (len[n] <= len[n + 1]) {
      if (merge_at(s, n) < 0) return -1;
    } else {
      break;
    }
  }
  return 0;
}

static int merge_force(Sorter *s) {
  while (s->nruns > 1) {
    int n = s->nruns - 2;
    if (n > 0 && s->len[n - 1] < s->len[n + 1]) n--;
    if (merge_at(s, n) < 0) return -1;
  }
  return 0;
}

/* The compare for objects of exact type t (small: all ints fit a word). */
static lt_fn compare_for(ShType *t, bool small) {
  if (t == &sh_type_int) return small ? lt_small_int : lt_int;
  if (t == &sh_type_float) return lt_float;
  if (t == &sh_type_str) return lt_str;
  return lt_generic;
}

/* The compare for keys k[0..n): specialised when they all have one exact
   type; for non-empty tuples, *first compares their first items. */
static lt_fn pick_compare(ShObject **k, intptr_t n, lt_fn *first) {
  ShType *t = SH_TYPE(k[0]);
  bool small = true;
  for (intptr_t i = 0; i < n; i++) {
    if (SH_TYPE(k[i]) != t) return lt_generic;
    if (t == &sh_type_int && SH_INT_BIG(k[i])) small = false;
    if (t == &sh_type_tuple && SH_TUPLE_SIZE(k[i]) == 0) return lt_generic;
  }
  if (t != &sh_type_tuple) return compare_for(t, small);
  ShType *ft = SH_TYPE(SH_TUPLE_ITEMS(k[0])[0]);
  *first = lt_generic;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *f = SH_TUPLE_ITEMS(k[i])[0];
    if (SH_TYPE(f) != ft) return lt_tuple;
    if (ft == &sh_type_int && SH_INT_BIG(f)) small = false;
  }
  *first = compare_for(ft, small);
  return lt_tuple;
}

int sh_sort_keys_values(ShObject **keys, ShObject **values, intptr_t n) {
  if (n < 2) return 0;
  Sorter s = {.k = keys, .v = values};
  s.lt = pick_compare(keys, n, &s.first_lt);
  intptr_t minrun = min_run(n), lo = 0;
  int err = 0;
  while (lo < n) {
    intptr_t run = count_run(&s, lo, n);
    if (run < 0) {
      err = -1;
      break;
    }
    if (run < minrun) {
      intptr_t force = n - lo < minrun ? n - lo : minrun;
      if (binary_insertion(&s, lo, lo + force, lo + run) < 0) {
        err = -1;
        break;
      }
      run = force;
    }
    s.base[s.nruns] = lo;
    s.len[s.nruns] = run;
    s.nruns++;
    lo += run;
    if (merge_collapse(&s) < 0) {
      err = -1;
      break;
    }
  }
  if (!err) err = merge_force(&s);
  sh_mem_free(s.tk);
  sh_mem_free(s.tv);
  return err;
}
