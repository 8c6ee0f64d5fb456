/* The dict table layout, shared by dict.c and dict_views.c only. */
#ifndef SHOAL_DICT_INTERNAL_H
#define SHOAL_DICT_INTERNAL_H

#include <string.h>
#include "../shoal.h"

/* A deleted entry has key == NULL. */
typedef struct ShDictEntry {
  sh_hash_t hash;
  ShObject *key;
  ShObject *value;
} ShDictEntry;

/* One block: this header, the index array (1 << log2 slots of ixbytes
   bytes each: -1 empty, -2 dummy, else an entry number), then `usable`
   entries in insertion order. Replaced as a whole on resize. */
struct ShDictTable {
  uint8_t log2, ixbytes;
  intptr_t usable;
  intptr_t nentries; /* entries used so far, deleted ones included */
  ShDictEntry *entries;
  char indices[];
};

/* One step of iteration from *pos in direction dir (+1 / -1; for -1 a
   *pos past the end starts at the last entry), under the dict's lock. New
   references in *key / *value (either may be NULL). 1 found, 0 at the end. */
int sh_dict_step_ref(ShObject *d, intptr_t *pos, int dir, ShObject **key, ShObject **value,
                     sh_hash_t *hash);
intptr_t sh_dict_nentries(ShObject *d);

#endif
