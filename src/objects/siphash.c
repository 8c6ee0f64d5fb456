/* SipHash-1-3 over raw bytes, the hash of str (over its 1/2/4-byte form) and
   bytes, keyed per run like CPython: random, or derived from PYTHONHASHSEED. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "str_internal.h"

static uint64_t key0, key1;
static pthread_once_t secret_once = PTHREAD_ONCE_INIT;

/* A nonzero PYTHONHASHSEED fills the 24-byte secret with the bytes of a
   32-bit linear congruential generator (multiplier 214013, increment
   2531011, bits 16..23 of each state); the SipHash key is its first 16
   bytes, read little-endian. Seed 0 leaves the key all zero. */
static void secret_init_once(void) {
  unsigned char secret[24];
  memset(secret, 0, sizeof secret);
  const char *env = getenv("PYTHONHASHSEED");
  if (env && *env && strcmp(env, "random") != 0) {
    char *end;
    unsigned long seed = strtoul(env, &end, 10);
    if (*end == 0 && seed != 0) {
      uint32_t x = (uint32_t)seed;
      for (size_t i = 0; i < sizeof secret; i++) {
        x = x * 214013u + 2531011u;
        secret[i] = (unsigned char)((x >> 16) & 0xff);
      }
    }
  } else {
    size_t got = 0;
    while (got < sizeof secret) {
      ssize_t n = getrandom(secret + got, sizeof secret - got, 0);
      if (n <= 0) break;
      got += (size_t)n;
    }
  }
  key0 = key1 = 0;
  for (int i = 7; i >= 0; i--) {
    key0 = (key0 << 8) | secret[i];
    key1 = (key1 << 8) | secret[8 + i];
  }
}

void sh_hash_secret_init(void) {
  pthread_once(&secret_once, secret_init_once);
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define SIPROUND                                                                                   \
  do {                                                                                             \
    v0 += v1;                                                                                      \
    v1 = ROTL(v1, 13);                                                                             \
    v1 ^= v0;                                                                                      \
    v0 = ROTL(v0, 32);                                                                             \
    v2 += v3;                                                                                      \
    v3 = ROTL(v3, 16);                                                                             \
    v3 ^= v2;                                                                                      \
    v0 += v3;                                                                                      \
    v3 = ROTL(v3, 21);                                                                             \
    v3 ^= v0;                                                                                      \
    v2 += v1;                                                                                      \
    v1 = ROTL(v1, 17);                                                                             \
    v1 ^= v2;                                                                                      \
    v2 = ROTL(v2, 32);                                                                             \
  } while (0)

static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *in, size_t len) {
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  uint64_t b = (uint64_t)len << 56;
  size_t full = len & ~(size_t)7;
  for (size_t i = 0; i < full; i += 8) {
    uint64_t m = 0;
    for (int j = 7; j >= 0; j--)
      m = (m << 8) | in[i + (size_t)j];
    v3 ^= m;
    SIPROUND;
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t j = len - full; j > 0; j--)
    t = (t << 8) | in[full + j - 1];
  b |= t;
  v3 ^= b;
  SIPROUND;
  v0 ^= b;
  v2 ^= 0xff;
  SIPROUND;
  SIPROUND;
  SIPROUND;
  return v0 ^ v1 ^ v2 ^ v3;
}

sh_hash_t sh_hash_bytes(const void *data, size_t len) {
  if (len == 0) return 0;
  sh_hash_secret_init();
  sh_hash_t h = (sh_hash_t)siphash13(key0, key1, data, len);
  return h == -1 ? -2 : h;
}
