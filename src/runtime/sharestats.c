/* Sharing profile: per-type counts of writes to objects another thread
   owns, printed to stderr at exit. Compiled in only by `make sharestats`. */
#include "sharestats.h"

#ifdef SH_SHARE_STATS
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../shoal.h"

/* An open-addressed table keyed by type; the counters are atomic, so the
   profile itself adds contention, but only to the runs that ask for it. */
#define SLOTS 512
static struct {
  _Atomic(ShType *) type;
  _Atomic uint64_t count[SH_SHARE_KINDS];
} table[SLOTS];
static _Atomic bool registered;

static void print_table(void) {
  static const char *const kinds[] = {"incref", "decref", "try_incref", "lock"};
  fprintf(stderr, "shared writes by type (%s, %s, %s, %s):\n", kinds[0], kinds[1], kinds[2],
          kinds[3]);
  for (int i = 0; i < SLOTS; i++) {
    ShType *t = atomic_load(&table[i].type);
    if (!t) continue;
    fprintf(stderr, "  %-28s", t->name);
    for (int k = 0; k < SH_SHARE_KINDS; k++)
      fprintf(stderr, " %10llu", (unsigned long long)atomic_load(&table[i].count[k]));
    fputc('\n', stderr);
  }
}

void sh_share_stat(ShObject *o, int kind) {
  if (!sh_multithreaded()) return;
  if (!atomic_exchange(&registered, true)) atexit(print_table);
  ShType *t = SH_TYPE(o);
  size_t i = ((uintptr_t)t >> 4) % SLOTS;
  for (size_t n = 0; n < SLOTS; n++, i = (i + 1) % SLOTS) {
    ShType *seen = atomic_load(&table[i].type);
    if (!seen && atomic_compare_exchange_strong(&table[i].type, &seen, t)) seen = t;
    if (seen == t) {
      atomic_fetch_add_explicit(&table[i].count[kind], 1, memory_order_relaxed);
      return;
    }
  }
}
#endif
