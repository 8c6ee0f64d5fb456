/* Unicode character names: the generated word-compressed streams are
   decoded once, on first use, into a text buffer and a hash table. */
#include "unicode_names.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_names_data.h"

/* Records: names (sorted by code point), then aliases, then sequences.
   rec_off[i] indexes the NUL-terminated text; rec_cp[i] is the code point
   (a sequence's index for sequences). */
static struct {
  bool ok;
  char *text;
  uint32_t *rec_off, *rec_cp;
  uint32_t nrec;
  uint32_t *slots; /* record + 1, 0 when empty */
  uint32_t mask;
} T;
static pthread_once_t once = PTHREAD_ONCE_INIT;

typedef struct {
  char *p;
  size_t len, cap;
} Buf;

static bool buf_put(Buf *b, const char *s, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 1 << 20;
    while (cap < b->len + n)
      cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) return false;
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  return true;
}

static uint32_t hash_name(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    h = (h ^ c) * 16777619u;
  }
  return h;
}

/* Decodes one stream of nrec records, appending to T's arrays from *at. */
static bool decode_stream(const unsigned char *d, unsigned len, const uint32_t *word_off, Buf *b,
                          uint32_t *at) {
  uint32_t cp = (uint32_t)-1;
  size_t prev_start = 0;
  size_t prev_ends[9] = {0}; /* end of the previous record's first words */
  unsigned i = 0;
  while (i < len) {
    if (d[i] == 0xFF) {
      cp = (uint32_t)d[i + 1] << 16 | (uint32_t)d[i + 2] << 8 | d[i + 3];
      i += 4;
    } else {
      cp++;
    }
    size_t start = b->len;
    size_t ends[9];
    int nw = 0;
    char sep = 0;
    for (; d[i] != 0xFE; i++) {
      unsigned t = d[i];
      if (t >= 0xF0 && t <= 0xF8) {
        int k = (int)(t - 0xF0) + 1;
        if (!buf_put(b, b->p + prev_start, prev_ends[k - 1] - prev_start)) return false;
        for (int j = 0; j < k; j++)
          ends[j] = start + (prev_ends[j] - prev_start);
        nw = k;
        continue;
      }
      if (t == 0xFA) {
        sep = '-';
        continue;
      }
      char hex[16];
      const char *w;
      size_t wn;
      if (t == 0xFB) {
        wn = (size_t)snprintf(hex, sizeof hex, "%04X", cp);
        w = hex;
      } else {
        unsigned idx = t;
        if (t >= 0xC0) idx = 192 + ((t - 0xC0) << 8) + d[++i];
        w = sh_un_words + word_off[idx];
        wn = word_off[idx + 1] - word_off[idx] - 1;
      }
      if (nw > 0 && !buf_put(b, sep ? &sep : " ", 1)) return false;
      sep = 0;
      if (!buf_put(b, w, wn)) return false;
      if (nw < 9) ends[nw] = b->len;
      nw++;
    }
    i++;
    if (!buf_put(b, "", 1)) return false;
    T.rec_off[*at] = (uint32_t)start;
    T.rec_cp[*at] = cp;
    (*at)++;
    prev_start = start;
    memcpy(prev_ends, ends, sizeof ends);
  }
  return true;
}

static void init(void) {
  uint32_t *word_off = malloc((sh_un_nwords + 1) * sizeof *word_off);
  if (!word_off) return;
  const char *w = sh_un_words;
  for (unsigned i = 0; i <= sh_un_nwords; i++) {
    word_off[i] = (uint32_t)(w - sh_un_words);
    if (i == sh_un_nwords) break;
    w = strchr(w, ' ') + 1;
  }
  T.nrec = sh_un_nnames + sh_un_naliases + sh_un_nseqs;
  T.rec_off = malloc(T.nrec * sizeof *T.rec_off);
  T.rec_cp = malloc(T.nrec * sizeof *T.rec_cp);
  uint32_t size = 1;
  while (size < T.nrec * 2)
    size *= 2;
  T.slots = calloc(size, sizeof *T.slots);
  T.mask = size - 1;
  Buf b = {0};
  uint32_t at = 0;
  bool ok = T.rec_off && T.rec_cp && T.slots &&
            decode_stream(sh_un_names, sh_un_names_len, word_off, &b, &at) &&
            decode_stream(sh_un_aliases, sh_un_aliases_len, word_off, &b, &at) &&
            decode_stream(sh_un_seq_names, sh_un_seq_names_len, word_off, &b, &at);
  free(word_off);
  if (!ok || at != T.nrec) {
    free(b.p);
    return;
  }
  T.text = b.p;
  for (uint32_t r = 0; r < T.nrec; r++) {
    const char *s = T.text + T.rec_off[r];
    uint32_t h = hash_name(s, strlen(s)) & T.mask;
    while (T.slots[h])
      h = (h + 1) & T.mask;
    T.slots[h] = r + 1;
  }
  T.ok = true;
}

static bool ready(void) {
  pthread_once(&once, init);
  return T.ok;
}

/* The record named name[0:len] (ASCII case ignored) among [lo, hi), or -1. */
static long find_record(const char *name, size_t len, uint32_t lo, uint32_t hi) {
  if (len > SH_UNAME_MAX || !ready()) return -1;
  for (uint32_t h = hash_name(name, len) & T.mask; T.slots[h]; h = (h + 1) & T.mask) {
    uint32_t r = T.slots[h] - 1;
    if (r < lo || r >= hi) continue;
    const char *s = T.text + T.rec_off[r];
    size_t i;
    for (i = 0; i < len; i++) {
      unsigned char c = (unsigned char)name[i];
      if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
      if (c != (unsigned char)s[i]) break;
    }
    if (i == len && s[len] == 0) return (long)r;
  }
  return -1;
}

/* ---- algorithmic names ---- */

#define HANGUL_BASE 0xAC00
#define HANGUL_END 0xD7A3
static const char *const jamo_l[19] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                       "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
static const char *const jamo_v[21] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                       "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                       "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
static const char *const jamo_t[28] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                       "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                       "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

/* The longest of the n jamo names that s[0:len] starts with. */
static int longest_jamo(const char *s, size_t len, const char *const *names, int n, size_t *used) {
  int best = -1;
  size_t best_len = 0;
  for (int i = 0; i < n; i++) {
    size_t k = strlen(names[i]);
    if (k <= len && (best < 0 || k > best_len) && memcmp(s, names[i], k) == 0) {
      best = i;
      best_len = k;
    }
  }
  *used = best_len;
  return best;
}

static bool in_cjk(uint32_t cp) {
  for (unsigned i = 0; i < sh_un_ncjk; i++)
    if (cp >= sh_un_cjk_ranges[i][0] && cp <= sh_un_cjk_ranges[i][1]) return true;
  return false;
}

static long algorithmic(const char *name, size_t len) {
  static const char hangul[] = "HANGUL SYLLABLE ", cjk[] = "CJK UNIFIED IDEOGRAPH-";
  if (len > sizeof hangul - 1 && memcmp(name, hangul, sizeof hangul - 1) == 0) {
    const char *s = name + sizeof hangul - 1;
    size_t n = len - (sizeof hangul - 1), k;
    int l = longest_jamo(s, n, jamo_l, 19, &k);
    s += k, n -= k;
    int v = longest_jamo(s, n, jamo_v, 21, &k);
    s += k, n -= k;
    int t = longest_jamo(s, n, jamo_t, 28, &k);
    if (l < 0 || v < 0 || t < 0 || k != n) return -1;
    return HANGUL_BASE + (l * 21 + v) * 28 + t;
  }
  if (len > sizeof cjk - 1 && memcmp(name, cjk, sizeof cjk - 1) == 0) {
    size_t n = len - (sizeof cjk - 1);
    if (n != 4 && n != 5) return -1;
    uint32_t cp = 0;
    for (size_t i = sizeof cjk - 1; i < len; i++) {
      char c = name[i];
      if (c >= '0' && c <= '9')
        cp = cp * 16 + (uint32_t)(c - '0');
      else if (c >= 'A' && c <= 'F')
        cp = cp * 16 + (uint32_t)(c - 'A' + 10);
      else
        return -1;
    }
    return in_cjk(cp) ? (long)cp : -1;
  }
  return -1;
}

/* ---- public ---- */

long sh_uname_lookup(const char *name, size_t len, bool with_aliases) {
  long cp = algorithmic(name, len);
  if (cp >= 0) return cp;
  long r = find_record(name, len, 0, sh_un_nnames + (with_aliases ? sh_un_naliases : 0));
  return r < 0 ? -1 : (long)T.rec_cp[r];
}

const uint32_t *sh_uname_sequence(const char *name, size_t len, size_t *count) {
  uint32_t first = sh_un_nnames + sh_un_naliases;
  long r = find_record(name, len, first, first + sh_un_nseqs);
  if (r < 0) return NULL;
  uint32_t i = T.rec_cp[r];
  *count = sh_un_seq_starts[i + 1] - sh_un_seq_starts[i];
  return sh_un_seq_cps + sh_un_seq_starts[i];
}

bool sh_uname_of(uint32_t cp, char *buf) {
  if (cp >= HANGUL_BASE && cp <= HANGUL_END) {
    uint32_t s = cp - HANGUL_BASE;
    snprintf(buf, SH_UNAME_MAX, "HANGUL SYLLABLE %s%s%s", jamo_l[s / (21 * 28)],
             jamo_v[(s / 28) % 21], jamo_t[s % 28]);
    return true;
  }
  if (in_cjk(cp)) {
    snprintf(buf, SH_UNAME_MAX, "CJK UNIFIED IDEOGRAPH-%X", cp);
    return true;
  }
  if (!ready()) return false;
  uint32_t lo = 0, hi = sh_un_nnames;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (T.rec_cp[mid] < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == sh_un_nnames || T.rec_cp[lo] != cp) return false;
  snprintf(buf, SH_UNAME_MAX, "%s", T.text + T.rec_off[lo]);
  return true;
}
