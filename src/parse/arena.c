/* The parse arena: every node, sequence and string of one parse is carved
   out of large zeroed chunks and released in one go by sh_arena_free. */
#include "ast.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE (64 * 1024)

typedef struct Chunk {
  struct Chunk *next;
  size_t size, used;
  /* 16-byte aligned payload follows the header */
} Chunk;

#define HEADER_SIZE ((sizeof(Chunk) + 15) & ~(size_t)15)

struct ShArena {
  Chunk *head;
};

ShArena *sh_arena_new(void) {
  return calloc(1, sizeof(ShArena));
}

static Chunk *chunk_new(size_t payload) {
  /* calloc gives the zeroed memory the allocator promises */
  Chunk *c = calloc(1, HEADER_SIZE + payload);
  if (!c) return NULL;
  c->size = payload;
  return c;
}

void *sh_arena_alloc(ShArena *arena, size_t size) {
  size = (size + 15) & ~(size_t)15;
  if (size == 0) size = 16;
  Chunk *c = arena->head;
  if (!c || c->size - c->used < size) {
    if (size > CHUNK_SIZE / 4) {
      /* a big block gets its own chunk, linked behind the current one so the
         current chunk's free space is not wasted */
      Chunk *big = chunk_new(size);
      if (!big) return NULL;
      big->used = size;
      if (c) {
        big->next = c->next;
        c->next = big;
      } else {
        arena->head = big;
      }
      return (char *)big + HEADER_SIZE;
    }
    c = chunk_new(CHUNK_SIZE);
    if (!c) return NULL;
    c->next = arena->head;
    arena->head = c;
  }
  void *p = (char *)c + HEADER_SIZE + c->used;
  c->used += size;
  return p;
}

char *sh_arena_strndup(ShArena *arena, const char *s, size_t n) {
  char *d = sh_arena_alloc(arena, n + 1);
  if (!d) return NULL;
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

void sh_arena_free(ShArena *arena) {
  if (!arena) return;
  Chunk *c = arena->head;
  while (c) {
    Chunk *next = c->next;
    free(c);
    c = next;
  }
  free(arena);
}
