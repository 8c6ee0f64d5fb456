/* str core: allocation in the narrowest kind, constructors, interning,
   hashing, comparison, concatenation, indexing/slicing, iteration, repr. */
#define _GNU_SOURCE
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "str_internal.h"
#include "../objects/container_util.h"
#include "../objects/range.h"

/* ------------------------------------------------------------ allocation */

/* The empty string and the 256 one-character Latin-1 strings are static,
   immortal and interned-like singletons, filled in once. */
typedef struct {
  ShStr s;
  uint8_t data[8];
} StaticStr;
static StaticStr empty_str;
static StaticStr char_strs[256];
static pthread_once_t statics_once = PTHREAD_ONCE_INIT;

static void init_static(StaticStr *st, intptr_t len, uint8_t c) {
  ShObject head = SH_OBJECT_HEAD_INIT(&sh_type_str);
  memcpy(&st->s.ob, &head, sizeof head);
  st->s.length = len;
  atomic_store(&st->s.hash, -1);
  st->s.kind = 1;
  st->s.ascii = c < 128;
  st->data[0] = c;
  st->data[1] = 0;
  if (st->s.ascii) {
    atomic_store(&st->s.utf8, (char *)st->data);
    st->s.utf8_length = len;
  }
}

static void statics_init(void) {
  init_static(&empty_str, 0, 0);
  for (int i = 0; i < 256; i++)
    init_static(&char_strs[i], 1, (uint8_t)i);
}

ShObject *sh_str_empty(void) {
  pthread_once(&statics_once, statics_init);
  return SH_OBJ(&empty_str);
}

ShObject *sh_str_from_char(uint32_t cp) {
  if (cp < 256) {
    pthread_once(&statics_once, statics_init);
    return SH_OBJ(&char_strs[cp]);
  }
  ShObject *s = sh_str_new(1, cp);
  if (!s) return NULL;
  if (SH_STR_KIND(s) == 2)
    ((uint16_t *)SH_STR_DATA(s))[0] = (uint16_t)cp;
  else
    ((uint32_t *)SH_STR_DATA(s))[0] = cp;
  return s;
}

static int kind_for(uint32_t maxchar) {
  return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}

static ShObject *str_alloc(ShType *type, intptr_t length, uint32_t maxchar) {
  if (length < 0 || length > (INTPTR_MAX / 4) - 64) return sh_err_no_memory();
  int kind = kind_for(maxchar);
  ShObject *o = sh_object_alloc(type, (length + 1) * kind);
  if (!o) return NULL;
  ShStr *s = (ShStr *)o;
  s->length = length;
  atomic_store_explicit(&s->hash, -1, memory_order_relaxed);
  s->kind = (uint8_t)kind;
  s->ascii = maxchar < 128;
  atomic_store_explicit(&s->interned, false, memory_order_relaxed);
  if (s->ascii) {
    atomic_store_explicit(&s->utf8, (char *)SH_STR_DATA(o), memory_order_relaxed);
    s->utf8_length = length;
  } else {
    atomic_store_explicit(&s->utf8, NULL, memory_order_relaxed);
    s->utf8_length = 0;
  }
  return o;
}

int sh_str_append_in_place(ShObject **pa, ShObject *b) {
  ShObject *a = *pa;
  ShStr *sa = (ShStr *)a, *sb = (ShStr *)b;
  if (!SH_STR_CHECK_EXACT(a) || !SH_STR_CHECK_EXACT(b) || sh_str_is_interned(a) ||
      sa->kind < sb->kind || sb->length == 0)
    return 0;
  /* only this reference exists: owned here, never counted elsewhere */
  if (atomic_load_explicit(&a->ref_local, memory_order_relaxed) != 1 ||
      atomic_load_explicit(&a->tid, memory_order_relaxed) != sh_thread_id() ||
      atomic_load_explicit(&a->ref_shared, memory_order_relaxed) != 0)
    return 0;
  intptr_t old_len = sa->length, new_len = old_len + sb->length;
  int kind = sa->kind;
  bool ascii = sa->ascii && sb->ascii;
  if (!sa->ascii) {
    char *u = atomic_load_explicit(&sa->utf8, memory_order_relaxed);
    if (u) sh_mem_free(u);
  }
  ShObject *n = sh_object_resize(a, (size_t)sh_type_str.basicsize + (size_t)(new_len + 1) * kind);
  if (!n) {
    /* the old block is intact: give it a consistent utf8 view back */
    atomic_store_explicit(&sa->utf8, sa->ascii ? (char *)SH_STR_DATA(a) : NULL,
                          memory_order_relaxed);
    return -1;
  }
  ShStr *sn = (ShStr *)n;
  char *data = SH_STR_DATA(n);
  if (kind == sb->kind) {
    memcpy(data + old_len * kind, SH_STR_DATA(b), (size_t)sb->length * kind);
  } else {
    for (intptr_t i = 0; i < sb->length; i++) {
      uint32_t c = SH_STR_CHAR(b, i);
      if (kind == 2)
        ((uint16_t *)data)[old_len + i] = (uint16_t)c;
      else
        ((uint32_t *)data)[old_len + i] = c;
    }
  }
  memset(data + new_len * kind, 0, (size_t)kind);
  sn->length = new_len;
  sn->ascii = ascii;
  atomic_store_explicit(&sn->hash, -1, memory_order_relaxed);
  atomic_store_explicit(&sn->utf8, ascii ? data : NULL, memory_order_relaxed);
  sn->utf8_length = ascii ? new_len : 0;
  *pa = n;
  return 1;
}

ShObject *sh_str_new(intptr_t length, uint32_t maxchar) {
  return str_alloc(&sh_type_str, length, maxchar);
}

uint32_t sh_str_maxchar(ShObject *s) {
  int kind = SH_STR_KIND(s);
  if (kind == 1 && ((ShStr *)s)->ascii) return 127;
  const void *d = SH_STR_DATA(s);
  uint32_t m = 0;
  for (intptr_t i = 0, n = SH_STR_LEN(s); i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    if (c > m) m = c;
  }
  if (kind == 1 && m < 128) m = 127;
  return m;
}

/* Builds a str from `len` units of `kind`, narrowing to the smallest kind. */
ShObject *sh_str_from_kind(int kind, const void *data, intptr_t len) {
  if (len == 0) return sh_str_empty();
  uint32_t m = 0;
  for (intptr_t i = 0; i < len; i++) {
    uint32_t c = sh_str_read(kind, data, i);
    if (c > m) m = c;
  }
  if (len == 1) return sh_str_from_char(m);
  ShObject *s = sh_str_new(len, m);
  if (!s) return NULL;
  int nk = SH_STR_KIND(s);
  void *out = SH_STR_DATA(s);
  if (nk == kind) {
    memcpy(out, data, (size_t)len * (size_t)kind);
  } else {
    for (intptr_t i = 0; i < len; i++) {
      uint32_t c = sh_str_read(kind, data, i);
      if (nk == 1)
        ((uint8_t *)out)[i] = (uint8_t)c;
      else if (nk == 2)
        ((uint16_t *)out)[i] = (uint16_t)c;
      else
        ((uint32_t *)out)[i] = c;
    }
  }
  return s;
}

ShObject *sh_str_from_codepoints(const uint32_t *cps, size_t len) {
  return sh_str_from_kind(4, cps, (intptr_t)len);
}

ShObject *sh_str_from_latin1(const char *s, size_t len) {
  return sh_str_from_kind(1, s, (intptr_t)len);
}

ShObject *sh_str_from_ascii(const char *s, size_t len) {
  if (len == 0) return sh_str_empty();
  if (len == 1) return sh_str_from_char((uint8_t)s[0]);
  ShObject *o = sh_str_new((intptr_t)len, 127);
  if (o) memcpy(SH_STR_DATA(o), s, len);
  return o;
}

ShObject *sh_str_from_utf8(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && (unsigned char)s[i] < 128)
    i++;
  if (i == len) return sh_str_from_ascii(s, len);
  return sh_bytes_decode(s, len, "utf-8", "strict");
}

ShObject *sh_str_from_utf8_surrogates(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && (unsigned char)s[i] < 128)
    i++;
  if (i == len) return sh_str_from_ascii(s, len);
  return sh_bytes_decode(s, len, "utf-8", "surrogatepass");
}

ShObject *sh_str_from_cstr(const char *s) {
  return sh_str_from_utf8(s, strlen(s));
}

/* A copy of `value` (a str) as an instance of the str subclass `type`. */
ShObject *sh_str_subtype_new(ShType *type, ShObject *value) {
  intptr_t len = SH_STR_LEN(value);
  uint32_t m = sh_str_maxchar(value);
  ShObject *o = str_alloc(type, len, m);
  if (!o) return NULL;
  memcpy(SH_STR_DATA(o), SH_STR_DATA(value), (size_t)len * SH_STR_KIND(value));
  return o;
}

static void str_dealloc(ShObject *o) {
  ShStr *s = (ShStr *)o;
  char *u = atomic_load_explicit(&s->utf8, memory_order_relaxed);
  if (u && u != (char *)SH_STR_DATA(o)) sh_mem_free(u);
  sh_object_free(o);
}

/* ------------------------------------------------------------ UTF-8 view */

const char *sh_str_utf8_and_size(ShObject *o, intptr_t *size) {
  ShStr *s = (ShStr *)o;
  char *u = atomic_load_explicit(&s->utf8, memory_order_acquire);
  if (!u) {
    ShObject *b = sh_str_encode(o, "utf-8", "strict");
    if (!b) return NULL;
    intptr_t n = SH_BYTES_SIZE(b);
    char *buf = sh_mem_alloc((size_t)n + 1);
    if (!buf) {
      sh_decref(b);
      sh_err_no_memory();
      return NULL;
    }
    memcpy(buf, SH_BYTES_DATA(b), (size_t)n + 1);
    sh_decref(b);
    /* Racing threads compute the same length; the pointer is published
       after it with release order. */
    __atomic_store_n(&s->utf8_length, n, __ATOMIC_RELAXED);
    char *expected = NULL;
    if (atomic_compare_exchange_strong_explicit(&s->utf8, &expected, buf, memory_order_acq_rel,
                                                memory_order_acquire)) {
      u = buf;
    } else {
      sh_mem_free(buf);
      u = expected;
    }
  }
  if (size) *size = __atomic_load_n(&s->utf8_length, __ATOMIC_RELAXED);
  return u;
}

const char *sh_str_utf8(ShObject *s) {
  return sh_str_utf8_and_size(s, NULL);
}

/* ------------------------------------------------------------ hashing, equality */

sh_hash_t sh_str_hash(ShObject *o) {
  ShStr *s = (ShStr *)o;
  sh_hash_t h = atomic_load_explicit(&s->hash, memory_order_relaxed);
  if (h != -1) return h;
  h = sh_hash_bytes(SH_STR_DATA(o), (size_t)s->length * s->kind);
  atomic_store_explicit(&s->hash, h, memory_order_relaxed);
  return h;
}

bool sh_str_equal(ShObject *a, ShObject *b) {
  if (a == b) return true;
  if (SH_STR_LEN(a) != SH_STR_LEN(b) || SH_STR_KIND(a) != SH_STR_KIND(b)) return false;
  sh_hash_t ha = atomic_load_explicit(&((ShStr *)a)->hash, memory_order_relaxed);
  sh_hash_t hb = atomic_load_explicit(&((ShStr *)b)->hash, memory_order_relaxed);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return memcmp(SH_STR_DATA(a), SH_STR_DATA(b), (size_t)SH_STR_LEN(a) * SH_STR_KIND(a)) == 0;
}

bool sh_str_equal_cstr(ShObject *a, const char *s) {
  size_t n = strlen(s);
  if (((ShStr *)a)->ascii) return (size_t)SH_STR_LEN(a) == n && memcmp(SH_STR_DATA(a), s, n) == 0;
  intptr_t len;
  const char *u = sh_str_utf8_and_size(a, &len);
  if (!u) {
    sh_err_clear();
    return false;
  }
  return (size_t)len == n && memcmp(u, s, n) == 0;
}

int sh_str_compare(ShObject *a, ShObject *b) {
  intptr_t la = SH_STR_LEN(a), lb = SH_STR_LEN(b), n = la < lb ? la : lb;
  int ka = SH_STR_KIND(a), kb = SH_STR_KIND(b);
  const void *da = SH_STR_DATA(a), *db = SH_STR_DATA(b);
  if (ka == 1 && kb == 1) {
    int r = memcmp(da, db, (size_t)n);
    if (r) return r < 0 ? -1 : 1;
  } else {
    for (intptr_t i = 0; i < n; i++) {
      uint32_t ca = sh_str_read(ka, da, i), cb = sh_str_read(kb, db, i);
      if (ca != cb) return ca < cb ? -1 : 1;
    }
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

static ShObject *str_richcompare(ShObject *a, ShObject *b, int op) {
  if (!SH_STR_CHECK(a) || !SH_STR_CHECK(b)) return SH_NOTIMPLEMENTED;
  bool r;
  if (op == SH_EQ || op == SH_NE) {
    r = sh_str_equal(a, b);
    if (op == SH_NE) r = !r;
  } else {
    int c = sh_str_compare(a, b);
    r = op == SH_LT ? c < 0 : op == SH_LE ? c <= 0 : op == SH_GT ? c > 0 : c >= 0;
  }
  return sh_bool_from(r);
}

/* ------------------------------------------------------------ interning */

static _Atomic uint8_t intern_lock;
static ShObject **intern_table;
static size_t intern_cap, intern_used;

static ShObject *intern_lookup_locked(ShObject *s, sh_hash_t h) {
  if (!intern_table) return NULL;
  size_t mask = intern_cap - 1, i = (size_t)h & mask;
  while (intern_table[i]) {
    if (sh_str_hash(intern_table[i]) == h && sh_str_equal(intern_table[i], s))
      return intern_table[i];
    i = (i + 1) & mask;
  }
  return NULL;
}

static int intern_insert_locked(ShObject *s, sh_hash_t h) {
  if ((intern_used + 1) * 2 > intern_cap) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    ShObject **nt = sh_mem_calloc(ncap, sizeof *nt);
    if (!nt) return -1;
    for (size_t k = 0; k < intern_cap; k++) {
      ShObject *o = intern_table[k];
      if (!o) continue;
      size_t j = (size_t)sh_str_hash(o) & (ncap - 1);
      while (nt[j])
        j = (j + 1) & (ncap - 1);
      nt[j] = o;
    }
    sh_mem_free(intern_table);
    intern_table = nt;
    intern_cap = ncap;
  }
  size_t i = (size_t)h & (intern_cap - 1);
  while (intern_table[i])
    i = (i + 1) & (intern_cap - 1);
  intern_table[i] = s;
  intern_used++;
  return 0;
}

/* Whether s may be made immortal where it is: only its owner writes its
   local count, with a plain load and store, so a thread other than the
   owner storing the immortal mark could be overwritten by the owner's next
   incref or decref, leaving the table pointing at a counted str that may
   then be freed. A str other threads have counted (shared word non-zero)
   may also sit on its owner's merge queue. Before a second thread has
   run, every str is private. */
static bool intern_in_place_ok(ShObject *s) {
  if (!sh_multithreaded()) return true;
  return atomic_load_explicit(&s->tid, memory_order_relaxed) == sh_thread_id() &&
         atomic_load_explicit(&s->ref_shared, memory_order_relaxed) == 0;
}

/* A str with s's text that only this thread can reach (same kind, hash
   carried over). */
static ShObject *intern_private_copy(ShObject *s) {
  ShStr *src = (ShStr *)s;
  uint32_t maxchar = src->ascii ? 127 : src->kind == 1 ? 255 : src->kind == 2 ? 0xFFFF : 0x10FFFF;
  ShObject *c = str_alloc(&sh_type_str, src->length, maxchar);
  if (!c) return NULL;
  memcpy(SH_STR_DATA(c), SH_STR_DATA(s), (size_t)(src->length + 1) * src->kind);
  atomic_store_explicit(&((ShStr *)c)->hash, sh_str_hash(s), memory_order_relaxed);
  return c;
}

void sh_str_intern_in_place(ShObject **p) {
  ShObject *s = *p;
  if (!s || !SH_STR_CHECK_EXACT(s) || sh_str_is_interned(s)) return;
  sh_hash_t h = sh_str_hash(s);
  ShObject *copy = NULL;
  if (!intern_in_place_ok(s)) {
    sh_mutex_lock(&intern_lock);
    ShObject *found = intern_lookup_locked(s, h);
    sh_mutex_unlock(&intern_lock);
    if (found) {
      *p = found;
      sh_decref(s);
      return;
    }
    /* made outside the lock (allocation may collect); on failure the
       original stays, not interned, as when the table cannot grow */
    copy = intern_private_copy(s);
    if (!copy) {
      sh_err_clear();
      return;
    }
  }
  ShObject *cand = copy ? copy : s;
  sh_mutex_lock(&intern_lock);
  ShObject *found = intern_lookup_locked(s, h);
  if (!found) {
    if (intern_insert_locked(cand, h) == 0) {
      sh_set_immortal(cand);
      atomic_store_explicit(&((ShStr *)cand)->interned, true, memory_order_release);
      found = cand;
    }
  }
  sh_mutex_unlock(&intern_lock);
  if (found && found != s) {
    *p = found;
    sh_decref(s);
  }
  if (copy && found != copy) sh_decref(copy);
}

/* ASCII names (the common case from C) are looked up without building a
   temporary str: their 1-byte form is the C string itself. */
static ShObject *intern_lookup_ascii(const char *cs, size_t n) {
  sh_hash_t h = sh_hash_bytes(cs, n);
  ShObject *found = NULL;
  sh_mutex_lock(&intern_lock);
  if (intern_table) {
    size_t mask = intern_cap - 1, i = (size_t)h & mask;
    for (ShObject *o; (o = intern_table[i]); i = (i + 1) & mask) {
      if (((ShStr *)o)->ascii && SH_STR_LEN(o) == (intptr_t)n && sh_str_hash(o) == h &&
          memcmp(SH_STR_DATA(o), cs, n) == 0) {
        found = o;
        break;
      }
    }
  }
  sh_mutex_unlock(&intern_lock);
  return found;
}

ShObject *sh_str_intern_cstr(const char *cs) {
  size_t n = 0;
  bool ascii = true;
  for (; cs[n]; n++)
    if ((unsigned char)cs[n] >= 128) ascii = false;
  if (ascii) {
    ShObject *found = intern_lookup_ascii(cs, n);
    if (found) return found;
  }
  ShObject *s = sh_str_from_cstr(cs);
  if (!s) return NULL;
  sh_str_intern_in_place(&s);
  return s; /* immortal: the reference need not be dropped */
}

/* ------------------------------------------------------------ operators */

ShObject *sh_str_concat(ShObject *a, ShObject *b) {
  if (!SH_STR_CHECK(b)) {
    return sh_err_format(&sh_exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
  }
  if (!SH_STR_CHECK(a)) {
    return sh_err_format(&sh_exc_TypeError, "can only concatenate str (not \"%T\") to str", a);
  }
  intptr_t la = SH_STR_LEN(a), lb = SH_STR_LEN(b);
  if (lb == 0 && SH_STR_CHECK_EXACT(a)) return sh_newref(a);
  if (la == 0 && SH_STR_CHECK_EXACT(b)) return sh_newref(b);
  if (la > INTPTR_MAX / 8 - lb) {
    sh_err_set_string(&sh_exc_OverflowError, "strings are too large to concat");
    return NULL;
  }
  uint32_t ma = sh_str_maxchar(a), mb = sh_str_maxchar(b);
  ShObject *r = sh_str_new(la + lb, ma > mb ? ma : mb);
  if (!r) return NULL;
  int kr = SH_STR_KIND(r);
  char *out = SH_STR_DATA(r);
  const ShObject *parts[2] = {a, b};
  intptr_t at = 0;
  for (int p = 0; p < 2; p++) {
    ShObject *x = (ShObject *)parts[p];
    intptr_t n = SH_STR_LEN(x);
    int kx = SH_STR_KIND(x);
    if (kx == kr) {
      memcpy(out + at * kr, SH_STR_DATA(x), (size_t)n * kr);
    } else {
      const void *d = SH_STR_DATA(x);
      for (intptr_t i = 0; i < n; i++) {
        uint32_t c = sh_str_read(kx, d, i);
        if (kr == 2)
          ((uint16_t *)out)[at + i] = (uint16_t)c;
        else
          ((uint32_t *)out)[at + i] = c;
      }
    }
    at += n;
  }
  return r;
}

static ShObject *str_repeat(ShObject *s, intptr_t n) {
  intptr_t len = SH_STR_LEN(s);
  if (n <= 0 || len == 0) return sh_str_empty();
  if (n == 1 && SH_STR_CHECK_EXACT(s)) return sh_newref(s);
  if (len > INTPTR_MAX / n) {
    sh_err_set_string(&sh_exc_OverflowError, "repeated string is too long");
    return NULL;
  }
  ShObject *r = sh_str_new(len * n, sh_str_maxchar(s));
  if (!r) return NULL;
  size_t unit = (size_t)len * SH_STR_KIND(s);
  char *out = SH_STR_DATA(r);
  if (len == 1 && SH_STR_KIND(s) == 1) {
    memset(out, *(char *)SH_STR_DATA(s), (size_t)n);
  } else {
    memcpy(out, SH_STR_DATA(s), unit);
    size_t done = unit, total = unit * (size_t)n;
    while (done < total) {
      size_t chunk = done < total - done ? done : total - done;
      memcpy(out + done, out, chunk);
      done += chunk;
    }
  }
  return r;
}

static intptr_t str_length(ShObject *s) {
  return SH_STR_LEN(s);
}

static ShObject *str_item(ShObject *s, intptr_t i) {
  intptr_t n = SH_STR_LEN(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    sh_err_set_string(&sh_exc_IndexError, "string index out of range");
    return NULL;
  }
  return sh_str_from_char(SH_STR_CHAR(s, i));
}

ShObject *sh_str_substring(ShObject *s, intptr_t start, intptr_t end) {
  intptr_t n = SH_STR_LEN(s);
  if (start < 0) start = 0;
  if (end > n) end = n;
  if (start >= end) return sh_str_empty();
  if (start == 0 && end == n && SH_STR_CHECK_EXACT(s)) return sh_newref(s);
  int kind = SH_STR_KIND(s);
  if (kind == 1 && ((ShStr *)s)->ascii)
    return sh_str_from_ascii((char *)SH_STR_DATA(s) + start, (size_t)(end - start));
  return sh_str_from_kind(kind, (char *)SH_STR_DATA(s) + start * kind, end - start);
}

ShObject *sh_str_slice_step(ShObject *s, intptr_t start, intptr_t step, intptr_t count) {
  if (count <= 0) return sh_str_empty();
  if (step == 1) return sh_str_substring(s, start, start + count);
  int kind = SH_STR_KIND(s);
  const void *d = SH_STR_DATA(s);
  uint32_t m = 0;
  for (intptr_t i = 0, j = start; i < count; i++, j += step) {
    uint32_t c = sh_str_read(kind, d, j);
    if (c > m) m = c;
  }
  if (count == 1) return sh_str_from_char(m);
  ShObject *r = sh_str_new(count, m);
  if (!r) return NULL;
  int kr = SH_STR_KIND(r);
  void *out = SH_STR_DATA(r);
  for (intptr_t i = 0, j = start; i < count; i++, j += step) {
    uint32_t c = sh_str_read(kind, d, j);
    if (kr == 1)
      ((uint8_t *)out)[i] = (uint8_t)c;
    else if (kr == 2)
      ((uint16_t *)out)[i] = (uint16_t)c;
    else
      ((uint32_t *)out)[i] = c;
  }
  return r;
}

static ShObject *str_subscript(ShObject *s, ShObject *key) {
  if (SH_TYPE(key) == &sh_type_slice) {
    intptr_t start, stop, step;
    intptr_t count = sh_slice_unpack(key, SH_STR_LEN(s), &start, &stop, &step);
    if (count < 0) return NULL;
    return sh_str_slice_step(s, start, step, count);
  }
  if (SH_INT_CHECK(key) || (SH_TYPE(key)->as_number && SH_TYPE(key)->as_number->index)) {
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return str_item(s, i);
  }
  return sh_err_format(&sh_exc_TypeError, "string indices must be integers, not '%T'", key);
}

/* `sub in s` */
static int str_contains(ShObject *s, ShObject *sub) {
  if (!SH_STR_CHECK(sub)) {
    sh_err_format(&sh_exc_TypeError, "'in <string>' requires string as left operand, not %T", sub);
    return -1;
  }
  return sh_str_find_raw(s, sub, 0, SH_STR_LEN(s), false) >= 0;
}

static ShObject *str_mod(ShObject *a, ShObject *b) {
  if (!SH_STR_CHECK(a)) return SH_NOTIMPLEMENTED;
  return sh_str_percent_format(a, b);
}

/* ------------------------------------------------------------ repr */

ShObject *sh_str_repr(ShObject *s) {
  intptr_t n = SH_STR_LEN(s);
  int kind = SH_STR_KIND(s);
  const void *d = SH_STR_DATA(s);
  bool has_sq = false, has_dq = false;
  intptr_t outlen = 2;
  uint32_t maxc = 0;
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    if (c == '\'')
      has_sq = true;
    else if (c == '"')
      has_dq = true;
  }
  uint32_t quote = (has_sq && !has_dq) ? '"' : '\'';
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r')
      outlen += 2;
    else if (c < 128)
      outlen += (c < 32 || c == 127) ? 4 : 1;
    else if (sh_uni_isprintable(c)) {
      outlen += 1;
      if (c > maxc) maxc = c;
    } else
      outlen += c < 256 ? 4 : c < 65536 ? 6 : 10;
  }
  ShObject *r = sh_str_new(outlen, maxc < 128 ? 127 : maxc);
  if (!r) return NULL;
  int kr = SH_STR_KIND(r);
  void *out = SH_STR_DATA(r);
  intptr_t o = 0;
#define PUT(ch)                                                                                    \
  do {                                                                                             \
    uint32_t c_ = (ch);                                                                            \
    if (kr == 1)                                                                                   \
      ((uint8_t *)out)[o++] = (uint8_t)c_;                                                         \
    else if (kr == 2)                                                                              \
      ((uint16_t *)out)[o++] = (uint16_t)c_;                                                       \
    else                                                                                           \
      ((uint32_t *)out)[o++] = c_;                                                                 \
  } while (0)
  static const char hex[] = "0123456789abcdef";
  PUT(quote);
  for (intptr_t i = 0; i < n; i++) {
    uint32_t c = sh_str_read(kind, d, i);
    if (c == quote || c == '\\') {
      PUT('\\');
      PUT(c);
    } else if (c == '\t') {
      PUT('\\');
      PUT('t');
    } else if (c == '\n') {
      PUT('\\');
      PUT('n');
    } else if (c == '\r') {
      PUT('\\');
      PUT('r');
    } else if ((c < 128 && c >= 32 && c != 127) || (c >= 128 && sh_uni_isprintable(c))) {
      PUT(c);
    } else {
      PUT('\\');
      int digits;
      if (c < 256) {
        PUT('x');
        digits = 2;
      } else if (c < 65536) {
        PUT('u');
        digits = 4;
      } else {
        PUT('U');
        digits = 8;
      }
      for (int k = digits - 1; k >= 0; k--)
        PUT(hex[(c >> (4 * k)) & 15]);
    }
  }
  PUT(quote);
#undef PUT
  return r;
}

static ShObject *str_str(ShObject *s) {
  if (SH_STR_CHECK_EXACT(s)) return sh_newref(s);
  return sh_str_from_kind(SH_STR_KIND(s), SH_STR_DATA(s), SH_STR_LEN(s));
}

static sh_hash_t str_hash_slot(ShObject *s) {
  return sh_str_hash(s);
}

/* ------------------------------------------------------------ iteration */

/* Threads may share an iterator: each next() claims its index with one
   atomic add, so the index only grows and the end stays the end; `str` is
   let go only by sh_iter_let_go. */
typedef struct {
  ShObject ob;
  ShObject *str; /* NULL when exhausted and let go */
  _Atomic intptr_t index;
} StrIter;

static void striter_dealloc(ShObject *o) {
  SH_CLEAR(((StrIter *)o)->str);
  sh_object_free(o);
}

static ShObject *striter_next(ShObject *o) {
  StrIter *it = (StrIter *)o;
  ShObject *s = it->str;
  if (!s) return NULL;
  intptr_t i = atomic_fetch_add_explicit(&it->index, 1, memory_order_relaxed);
  if (i < SH_STR_LEN(s)) return sh_str_from_char(SH_STR_CHAR(s, i));
  sh_iter_let_go(&it->str);
  return NULL;
}

static ShObject *striter_self(ShObject *o) {
  return sh_newref(o);
}

static ShObject *striter_length_hint(ShObject *o) {
  StrIter *it = (StrIter *)o;
  ShObject *s = it->str;
  intptr_t n = s ? SH_STR_LEN(s) - atomic_load_explicit(&it->index, memory_order_relaxed) : 0;
  return sh_int_from_i64(n < 0 ? 0 : n);
}

static ShMethodDef striter_methods[] = {
    {"__length_hint__", (void *)striter_length_hint, SH_METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};

ShType sh_type_str_ascii_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = striter_dealloc,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
};
ShType sh_type_str_iterator = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "str_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = striter_dealloc,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
};

static ShObject *str_iter(ShObject *s) {
  StrIter *it = (StrIter *)sh_object_alloc(
      ((ShStr *)s)->ascii ? &sh_type_str_ascii_iterator : &sh_type_str_iterator, 0);
  if (!it) return NULL;
  it->str = sh_newref(s);
  atomic_store_explicit(&it->index, 0, memory_order_relaxed);
  return SH_OBJ(it);
}

/* ------------------------------------------------------------ str() */

static ShObject *str_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  /* str(x), the common call */
  if (type == &sh_type_str && nargs == 1 && (!kwnames || SH_TUPLE_SIZE(kwnames) == 0))
    return sh_object_str(args[0]);
  ShObject *obj = NULL, *encoding = NULL, *errors = NULL;
  if (sh_args_parse("str", args, nargs, kwnames, "|object,encoding,errors", &obj, &encoding,
                    &errors) < 0)
    return NULL;
  ShObject *r;
  if (!obj) {
    r = sh_str_empty();
  } else if (encoding || errors) {
    const char *enc = "utf-8", *err = "strict";
    if (encoding) {
      if (!SH_STR_CHECK(encoding))
        return sh_err_format(&sh_exc_TypeError, "str() argument 'encoding' must be str, not %T",
                             encoding);
      if (!(enc = sh_str_utf8(encoding))) return NULL;
    }
    if (errors) {
      if (!SH_STR_CHECK(errors))
        return sh_err_format(&sh_exc_TypeError, "str() argument 'errors' must be str, not %T",
                             errors);
      if (!(err = sh_str_utf8(errors))) return NULL;
    }
    if (SH_STR_CHECK(obj)) {
      sh_err_set_string(&sh_exc_TypeError, "decoding str is not supported");
      return NULL;
    }
    ShBytesView v;
    if (sh_bytes_view(obj, &v) < 0) {
      sh_err_clear();
      return sh_err_format(&sh_exc_TypeError, "decoding to str: need a bytes-like object, %T found",
                           obj);
    }
    r = sh_bytes_decode(v.data, (size_t)v.len, enc, err);
    sh_bytes_view_end(&v);
  } else {
    r = sh_object_str(obj);
  }
  if (!r || type == &sh_type_str) return r;
  ShObject *sub = sh_str_subtype_new(type, r);
  sh_decref(r);
  return sub;
}

/* ------------------------------------------------------------ sh_str_from_format */

ShObject *sh_str_from_vformat(const char *fmt, va_list ap) {
  ShStrBuilder sb;
  sh_sb_init(&sb);
  va_list args;
  va_copy(args, ap);
  const char *p = fmt;
  while (*p) {
    const char *q = strchr(p, '%');
    if (!q) q = p + strlen(p);
    if (q > p && sh_sb_append(&sb, p, (size_t)(q - p)) < 0) goto fail;
    if (!*q) break;
    p = q + 1;
    /* [0][width][.precision][l|ll|z]conversion */
    bool zero = false;
    int width = -1, prec = -1;
    if (*p == '0') {
      zero = true;
      p++;
    }
    if (*p >= '0' && *p <= '9') {
      width = 0;
      while (*p >= '0' && *p <= '9')
        width = width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
      p++;
      prec = 0;
      while (*p >= '0' && *p <= '9')
        prec = prec * 10 + (*p++ - '0');
    }
    int longness = 0;
    bool size_t_len = false;
    while (*p == 'l') {
      longness++;
      p++;
    }
    if (*p == 'z') {
      size_t_len = true;
      p++;
    }
    char conv = *p ? *p++ : 0;
    char num[64];
    ShObject *tmp = NULL;
    switch (conv) {
    case '%':
      if (sh_sb_append(&sb, "%", 1) < 0) goto fail;
      continue;
    case 'c':
      if (sh_sb_append_char(&sb, (uint32_t)va_arg(args, int)) < 0) goto fail;
      continue;
    case 'd':
    case 'i':
    case 'u':
    case 'x': {
      char f[16];
      int k = 0;
      f[k++] = '%';
      if (zero) f[k++] = '0';
      if (width >= 0) k += snprintf(f + k, sizeof f - (size_t)k, "%d", width);
      if (conv == 'd' || conv == 'i') {
        long long v = size_t_len      ? (long long)va_arg(args, intptr_t)
                      : longness == 2 ? va_arg(args, long long)
                      : longness == 1 ? va_arg(args, long)
                                      : va_arg(args, int);
        f[k++] = 'l';
        f[k++] = 'l';
        f[k++] = 'd';
        f[k] = 0;
        snprintf(num, sizeof num, f, v);
      } else {
        unsigned long long v = size_t_len      ? (unsigned long long)va_arg(args, size_t)
                               : longness == 2 ? va_arg(args, unsigned long long)
                               : longness == 1 ? va_arg(args, unsigned long)
                                               : va_arg(args, unsigned int);
        f[k++] = 'l';
        f[k++] = 'l';
        f[k++] = conv == 'x' ? 'x' : 'u';
        f[k] = 0;
        snprintf(num, sizeof num, f, v);
      }
      if (sh_sb_append_cstr(&sb, num) < 0) goto fail;
      continue;
    }
    case 'p':
      snprintf(num, sizeof num, "%p", va_arg(args, void *));
      if (sh_sb_append_cstr(&sb, num) < 0) goto fail;
      continue;
    case 's': {
      const char *s = va_arg(args, const char *);
      if (!s) s = "(null)";
      size_t n = strlen(s);
      if (prec >= 0) {
        /* precision counts characters, not bytes */
        size_t i = 0;
        int chars = 0;
        while (i < n && chars < prec) {
          i++;
          while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
          chars++;
        }
        n = i;
      }
      tmp = sh_str_from_utf8(s, n);
      if (!tmp) {
        sh_err_clear();
        tmp = sh_str_from_latin1(s, n);
      }
      break;
    }
    case 'U': tmp = sh_newref(va_arg(args, ShObject *)); break;
    case 'S': tmp = sh_object_str(va_arg(args, ShObject *)); break;
    case 'R': tmp = sh_object_repr(va_arg(args, ShObject *)); break;
    case 'A': tmp = sh_object_ascii(va_arg(args, ShObject *)); break;
    case 'T': tmp = sh_str_from_cstr(SH_TYPE(va_arg(args, ShObject *))->name); break;
    case 'N': tmp = sh_str_from_cstr(va_arg(args, ShType *)->name); break;
    default:
      if (sh_sb_append(&sb, q, (size_t)(p - q)) < 0) goto fail;
      continue;
    }
    if (!tmp) goto fail;
    if (prec >= 0 && conv != 's' && SH_STR_LEN(tmp) > prec)
      SH_SETREF(tmp, sh_str_substring(tmp, 0, prec));
    if (!tmp) goto fail;
    if (width > 0 && SH_STR_LEN(tmp) < width)
      for (intptr_t k = SH_STR_LEN(tmp); k < width; k++)
        if (sh_sb_append(&sb, " ", 1) < 0) {
          sh_decref(tmp);
          goto fail;
        }
    int rc = sh_sb_append_str(&sb, tmp);
    sh_decref(tmp);
    if (rc < 0) goto fail;
  }
  va_end(args);
  return sh_sb_finish(&sb);
fail:
  va_end(args);
  sh_sb_discard(&sb);
  return NULL;
}

ShObject *sh_str_from_format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  ShObject *r = sh_str_from_vformat(fmt, ap);
  va_end(ap);
  return r;
}

/* ------------------------------------------------------------ the type */

static ShNumberMethods str_as_number = {.remainder = str_mod};
static ShSequenceMethods str_as_sequence = {
    .length = str_length,
    .concat = sh_str_concat,
    .repeat = str_repeat,
    .item = str_item,
    .contains = str_contains,
};
static ShMappingMethods str_as_mapping = {.length = str_length, .subscript = str_subscript};

extern ShMethodDef sh_str_methods[];

ShType sh_type_str = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "str",
    .basicsize = sizeof(ShStr),
    .itemsize = 1,
    .flags = SH_TPFLAGS_BASETYPE | SH_TPFLAGS_STR_SUBCLASS | SH_TPFLAGS_IMMUTABLE,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .dealloc = str_dealloc,
    .repr = sh_str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .as_number = &str_as_number,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .methods = sh_str_methods,
};

extern ShType sh_type_bytes_iterator, sh_type_bytearray_iterator;

int sh_init_strings(void) {
  setlocale(LC_CTYPE, "C.UTF-8");
  sh_hash_secret_init();
  pthread_once(&statics_once, statics_init);
  sh_bytes_build_method_table();
  sh_bytearray_build_method_table();
  ShType *types[] = {&sh_type_str,
                     &sh_type_str_iterator,
                     &sh_type_str_ascii_iterator,
                     &sh_type_bytes,
                     &sh_type_bytes_iterator,
                     &sh_type_bytearray,
                     &sh_type_bytearray_iterator,
                     &sh_type_memoryview};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
    if (sh_type_ready(types[i]) < 0) return -1;
  return 0;
}
