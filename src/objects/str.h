/* str: immutable Unicode text stored as 1, 2 or 4 bytes per code point
   (the narrowest that holds every character), so s[i] is O(1). */
#ifndef SHOAL_STR_H
#define SHOAL_STR_H

#include <stdarg.h>
#include "../runtime/object.h"

/* kind 1: every code point < 256 (ascii set when all < 128); 2: < 65536;
   4: any. `data` follows the struct, NUL-terminated (one unit of `kind`).
   `utf8` is data itself for ASCII strings, otherwise a lazily made UTF-8
   copy (published with an atomic store; may be NULL until asked for). */
typedef struct ShStr {
  ShObject ob;
  intptr_t length;        /* in code points */
  _Atomic sh_hash_t hash; /* -1 until computed */
  uint8_t kind;
  bool ascii;
  /* Set once, under the intern lock, after the str became immortal; read
     without it (by any thread holding the str), hence atomic. */
  _Atomic bool interned;
  _Atomic(char *) utf8;
  intptr_t utf8_length;
  /* data follows */
} ShStr;

extern ShType sh_type_str;
#define SH_STR_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_STR_SUBCLASS) != 0)
#define SH_STR_CHECK_EXACT(o) (SH_TYPE(o) == &sh_type_str)
#define SH_STR_LEN(o) (((ShStr *)(o))->length)
#define SH_STR_KIND(o) (((ShStr *)(o))->kind)
/* The characters follow the instance's fixed part: right after the struct
   for str itself, after the subclass's extra fields (__dict__ slot...) for
   instances of Python subclasses. */
#define SH_STR_DATA(o) ((void *)((char *)(o) + SH_TYPE(o)->basicsize))
static inline uint32_t sh_str_read(int kind, const void *data, intptr_t i) {
  return kind == 1   ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i]
                     : ((const uint32_t *)data)[i];
}
#define SH_STR_CHAR(o, i) sh_str_read(SH_STR_KIND(o), SH_STR_DATA(o), (i))

/* Constructors. from_utf8 raises UnicodeDecodeError on bad input; the
   "surrogatepass"-free strictness matches CPython's `bytes.decode()`. */
ShObject *sh_str_from_utf8(const char *s, size_t len);
/* Like from_utf8, but also accepts encoded lone surrogates (U+D800..U+DFFF
   as 3-byte sequences, "WTF-8"), as the parser produces for "\ud800". */
ShObject *sh_str_from_utf8_surrogates(const char *s, size_t len);
ShObject *sh_str_from_cstr(const char *s);
ShObject *sh_str_from_latin1(const char *s, size_t len);
ShObject *sh_str_from_codepoints(const uint32_t *cps, size_t len);
ShObject *sh_str_new(intptr_t length, uint32_t maxchar); /* uninitialised data to fill */
ShObject *sh_str_from_char(uint32_t cp);                 /* cached for < 256 */
/* Same format codes as sh_err_format (see runtime/error.h). */
ShObject *sh_str_from_format(const char *fmt, ...);
ShObject *sh_str_from_vformat(const char *fmt, va_list ap);

/* UTF-8 view (borrowed, lives as long as the str); NULL + UnicodeEncodeError
   for lone surrogates. */
const char *sh_str_utf8(ShObject *s);
const char *sh_str_utf8_and_size(ShObject *s, intptr_t *size);

/* Interning: the result is immortal and unique per content. The _cstr form
   is for names used from C ("__init__"); its result is borrowed (immortal). */
ShObject *sh_str_intern_cstr(const char *s);
/* Replaces *p (a new reference, stolen) with the interned str of the same
   text. Once threads have run, a str that another thread owns or counts is
   not made immortal in place (its owner writes its count without atomic
   read-modify-writes): a private copy is interned instead. */
void sh_str_intern_in_place(ShObject **p);
static inline bool sh_str_is_interned(ShObject *s) {
  return atomic_load_explicit(&((ShStr *)s)->interned, memory_order_acquire);
}

bool sh_str_equal(ShObject *a, ShObject *b);        /* both str */
bool sh_str_equal_cstr(ShObject *a, const char *s); /* UTF-8 s */
int sh_str_compare(ShObject *a, ShObject *b);       /* code point order */
sh_hash_t sh_str_hash(ShObject *s);                 /* siphash13 like CPython, cached */
ShObject *sh_str_concat(ShObject *a, ShObject *b);
/* `a += b` when *pa is an exact str nobody else references: appends in
   place (the object may move; *pa is updated). 1 done, 0 not applicable
   (use sh_str_concat), -1 error. */
int sh_str_append_in_place(ShObject **pa, ShObject *b);
ShObject *sh_str_join(ShObject *sep, ShObject *iterable);
ShObject *sh_str_substring(ShObject *s, intptr_t start, intptr_t end);
ShObject *sh_str_repr(ShObject *s); /* 'it\'s' quoting rules */
ShObject *sh_str_format_method(ShObject *fmt, ShObject *const *args, size_t nargs,
                               ShObject *kwnames);               /* str.format */
ShObject *sh_str_percent_format(ShObject *fmt, ShObject *args);  /* fmt % args */
ShObject *sh_strm_dunder_format(ShObject *self, ShObject *spec); /* str.__format__ */

/* Grows UTF-8 text, then makes a str of it. Every append returns 0, or -1
   with an exception set. */
typedef struct ShStrBuilder {
  char *buf;
  size_t len, cap;
} ShStrBuilder;
void sh_sb_init(ShStrBuilder *sb);
int sh_sb_append(ShStrBuilder *sb, const char *utf8, size_t len);
int sh_sb_append_cstr(ShStrBuilder *sb, const char *s);
int sh_sb_append_char(ShStrBuilder *sb, uint32_t cp);
int sh_sb_append_str(ShStrBuilder *sb, ShObject *str); /* a str object */
int sh_sb_append_repr(ShStrBuilder *sb, ShObject *o);  /* repr(o) */
int sh_sb_append_format(ShStrBuilder *sb, const char *fmt, ...);
ShObject *sh_sb_finish(ShStrBuilder *sb); /* frees the buffer */
void sh_sb_discard(ShStrBuilder *sb);

#endif
