/* Character property lookups over the generated run tables, and
   normalization: full decomposition, canonical ordering, composition. */
#include "unicode_props.h"

#include <stdlib.h>

const ShUniProps *sh_uprops_of(uint32_t cp) {
  unsigned lo = 0, hi = sh_up_nruns; /* last run with first <= cp */
  while (hi - lo > 1) {
    unsigned mid = lo + (hi - lo) / 2;
    if (sh_up_runs[mid].first <= cp)
      lo = mid;
    else
      hi = mid;
  }
  return &sh_up_records[sh_up_runs[lo].rec];
}

const ShUniNumeric *sh_uprops_numeric(uint32_t cp) {
  unsigned lo = 0, hi = sh_up_nnumeric;
  while (lo < hi) {
    unsigned mid = lo + (hi - lo) / 2;
    if (sh_up_numeric[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < sh_up_nnumeric && sh_up_numeric[lo].cp == cp ? &sh_up_numeric[lo] : NULL;
}

const ShUniDecomp *sh_uprops_decomp(uint32_t cp) {
  unsigned lo = 0, hi = sh_up_ndecomp;
  while (lo < hi) {
    unsigned mid = lo + (hi - lo) / 2;
    if (sh_up_decomp[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < sh_up_ndecomp && sh_up_decomp[lo].cp == cp ? &sh_up_decomp[lo] : NULL;
}

/* ---- normalization ---- */

#define S_BASE 0xAC00
#define L_BASE 0x1100
#define V_BASE 0x1161
#define T_BASE 0x11A7
#define L_COUNT 19
#define V_COUNT 21
#define T_COUNT 28
#define S_COUNT (L_COUNT * V_COUNT * T_COUNT)

typedef struct {
  uint32_t *p;
  size_t n, cap;
} Out;

static bool put(Out *o, uint32_t c) {
  if (o->n == o->cap) {
    size_t cap = o->cap ? o->cap * 2 : 16;
    uint32_t *p = realloc(o->p, cap * sizeof *p);
    if (!p) return false;
    o->p = p;
    o->cap = cap;
  }
  o->p[o->n++] = c;
  return true;
}

static bool decompose(Out *o, uint32_t c, bool compat) {
  if (c >= S_BASE && c < S_BASE + S_COUNT) {
    uint32_t s = c - S_BASE;
    if (!put(o, L_BASE + s / (V_COUNT * T_COUNT)) ||
        !put(o, V_BASE + (s % (V_COUNT * T_COUNT)) / T_COUNT))
      return false;
    return s % T_COUNT == 0 || put(o, T_BASE + s % T_COUNT);
  }
  const ShUniDecomp *d = sh_uprops_decomp(c);
  if (!d || (d->tag != 0 && !compat)) return put(o, c);
  for (unsigned i = 0; i < d->count; i++)
    if (!decompose(o, sh_up_decomp_cps[d->start + i], compat)) return false;
  return true;
}

static unsigned ccc(uint32_t c) {
  return sh_uprops_of(c)->combining;
}

/* The primary composite of a + b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b) {
  if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
    return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
  if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE &&
      b < T_BASE + T_COUNT)
    return a + (b - T_BASE);
  unsigned lo = 0, hi = sh_up_ncomps;
  while (lo < hi) {
    unsigned mid = lo + (hi - lo) / 2;
    const uint32_t *e = sh_up_comps[mid];
    if (e[0] < a || (e[0] == a && e[1] < b))
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < sh_up_ncomps && sh_up_comps[lo][0] == a && sh_up_comps[lo][1] == b)
    return sh_up_comps[lo][2];
  return 0;
}

uint32_t *sh_unormalize(const uint32_t *cps, size_t n, bool compat, bool compose, size_t *out_n) {
  Out o = {0};
  for (size_t i = 0; i < n; i++) {
    if (!decompose(&o, cps[i], compat)) {
      free(o.p);
      return NULL;
    }
  }
  if (!o.p) { /* empty input: the result still needs storage */
    if (!put(&o, 0)) return NULL;
    o.n = 0;
  }
  /* canonical ordering: a stable sort of each run of non-starters */
  for (size_t i = 1; i < o.n; i++) {
    uint32_t c = o.p[i];
    unsigned k = ccc(c);
    if (k == 0) continue;
    size_t j = i;
    while (j > 0 && ccc(o.p[j - 1]) > k) {
      o.p[j] = o.p[j - 1];
      j--;
    }
    o.p[j] = c;
  }
  if (compose && o.n > 1) {
    size_t starter = 0, w = 1;
    unsigned last = ccc(o.p[0]) ? 256 : 0;
    for (size_t i = 1; i < o.n; i++) {
      uint32_t c = o.p[i];
      unsigned k = ccc(c);
      uint32_t comp = last != 256 ? compose_pair(o.p[starter], c) : 0;
      if (comp && (last == 0 || last < k)) {
        o.p[starter] = comp;
        continue;
      }
      if (k == 0) {
        starter = w;
        last = 0;
      } else if (last != 256) {
        last = k;
      }
      o.p[w++] = c;
    }
    o.n = w;
  }
  *out_n = o.n;
  return o.p;
}
