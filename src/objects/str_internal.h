/* Helpers shared by the str, bytes and codec files (not a public API). */
#ifndef SHOAL_STR_INTERNAL_H
#define SHOAL_STR_INTERNAL_H

#include <string.h>

#include "../shoal.h"

/* siphash.c: SipHash-1-3 keyed like CPython (PYTHONHASHSEED). */
void sh_hash_secret_init(void);
sh_hash_t sh_hash_bytes(const void *data, size_t len);

/* str.c */
ShObject *sh_str_empty(void);                                         /* immortal "" */
ShObject *sh_str_from_kind(int kind, const void *data, intptr_t len); /* narrows */
uint32_t sh_str_maxchar(ShObject *s);
ShObject *sh_str_from_ascii(const char *s, size_t len); /* s is known ASCII */
/* Returns a new str holding s[start:stop:step] (already clamped). */
ShObject *sh_str_slice_step(ShObject *s, intptr_t start, intptr_t step, intptr_t count);
ShObject *sh_str_subtype_new(ShType *type, ShObject *value);
/* Converts obj to a str argument or raises TypeError "<what> must be str, not X"
   style message `msg` with %s = type name. */
bool sh_str_arg_check(ShObject *o, const char *fmt);

/* str_methods.c: argument helpers shared with bytes */
int sh_str_count_check(const char *name, size_t nargs, size_t min, size_t max);
int sh_slice_index_arg(ShObject *o, intptr_t *out);
/* A flag argument taken as an int, as CPython's bool(accept={int})
   (splitlines keepends): an int or __index__ object, else TypeError. NULL
   leaves *out untouched. 0, or -1 with an exception. */
int sh_arg_int_bool(ShObject *o, int *out);
void sh_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len);
intptr_t sh_str_find_raw(ShObject *hay, ShObject *needle, intptr_t start, intptr_t end,
                         bool reverse);

/* str_unicode.c: per-code-point properties and case mapping */
bool sh_uni_isspace(uint32_t c);
bool sh_uni_isalpha(uint32_t c);
bool sh_uni_isdecimal(uint32_t c);
bool sh_uni_isdigit(uint32_t c);
bool sh_uni_isnumeric(uint32_t c);
bool sh_uni_isprintable(uint32_t c);
bool sh_uni_islower(uint32_t c);
bool sh_uni_isupper(uint32_t c);
bool sh_uni_istitle(uint32_t c);
bool sh_uni_iscased(uint32_t c);
bool sh_uni_iscaseignorable(uint32_t c);
bool sh_uni_islinebreak(uint32_t c);
bool sh_uni_isxidstart(uint32_t c);
bool sh_uni_isxidcontinue(uint32_t c);
int sh_uni_decimal_value(uint32_t c); /* -1 if not a decimal digit */
/* Full case mappings: write up to 3 code points to out, return the count. */
int sh_uni_tolower_full(uint32_t c, uint32_t *out);
int sh_uni_toupper_full(uint32_t c, uint32_t *out);
int sh_uni_totitle_full(uint32_t c, uint32_t *out);
int sh_uni_casefold_full(uint32_t c, uint32_t *out);
uint32_t sh_uni_tolower(uint32_t c);
uint32_t sh_uni_toupper(uint32_t c);

/* codecs.c */
/* Error handler name check; normalised encoding id or -1 (LookupError set). */
enum { SH_ENC_UTF8, SH_ENC_ASCII, SH_ENC_LATIN1 };
int sh_codec_lookup(const char *encoding);

/* str_builder.c: ShStrWriter, text built in place as 1/2/4-byte units (the
   kind widens as wider characters arrive), starting in a stack buffer; the
   finish makes the str with one copy. Also a raw byte buffer (bytes %). */
typedef struct ShStrWriter {
  char *data;        /* `small` until it outgrows it */
  intptr_t len, cap; /* in units of kind */
  int kind;
  bool ascii; /* every unit < 128 */
  char small[240];
} ShStrWriter;
void sh_sw_init(ShStrWriter *w);
char *sh_sw_reserve_ascii_slow(ShStrWriter *w, intptr_t n);
int sh_sw_write_ascii_wide(ShStrWriter *w, const char *s, intptr_t n);
/* Room for n ASCII bytes at the end of a kind-1 writer (commit with
   sh_sw_commit); NULL with an exception set. */
static inline char *sh_sw_reserve_ascii(ShStrWriter *w, intptr_t n) {
  if (w->len + n <= w->cap) return w->data + w->len;
  return sh_sw_reserve_ascii_slow(w, n);
}
static inline void sh_sw_commit(ShStrWriter *w, intptr_t n) {
  w->len += n;
}
static inline int sh_sw_write_ascii(ShStrWriter *w, const char *s, intptr_t n) {
  if (w->kind == 1 && w->len + n <= w->cap) {
    memcpy(w->data + w->len, s, (size_t)n);
    w->len += n;
    return 0;
  }
  return sh_sw_write_ascii_wide(w, s, n);
}
int sh_sw_write_fill(ShStrWriter *w, uint32_t c, intptr_t n); /* n copies of c */
/* s[start:start+n] (a str, range already valid) */
int sh_sw_write_substr(ShStrWriter *w, ShObject *s, intptr_t start, intptr_t n);
int sh_sw_write_bytes(ShStrWriter *w, const void *p, intptr_t n); /* bytes mode */
ShObject *sh_sw_finish(ShStrWriter *w);                           /* the str; frees the storage */
ShObject *sh_sw_finish_bytes(ShStrWriter *w);                     /* the bytes; frees the storage */
void sh_sw_discard(ShStrWriter *w);

/* str_percent.c: shared engine of str % args and bytes % args */
ShObject *sh_percent_format(ShObject *fmt, ShObject *args, bool is_bytes);

/* bytes_methods.c: byte-string algorithms shared by bytes and bytearray,
   which operate on (data, len) and build results with `make` (bytes or
   bytearray constructor). */
typedef ShObject *(*sh_bytes_maker)(const void *data, size_t len);
extern ShMethodDef sh_bytes_common_methods[];
ShObject *sh_bytes_repr_impl(const char *data, intptr_t len, const char *prefix,
                             const char *suffix);
/* The slots both types share: `x in self`, comparison, and concatenation
   (a new bytearray when `bytearray`, else bytes). */
int sh_bytes_contains(ShObject *self, ShObject *arg);
ShObject *sh_bytes_richcompare(ShObject *a, ShObject *b, int op);
ShObject *sh_bytes_concat(ShObject *a, ShObject *b, bool bytearray);
/* bytes(x) / bytearray(x) source conversion: fills a raw buffer (sh_mem) */
int sh_bytes_from_source(ShObject *x, ShObject *encoding, ShObject *errors, const char *fname,
                         char **out, intptr_t *outlen);
ShObject *sh_bytes_fromhex_impl(ShObject *string, sh_bytes_maker make);
ShObject *sh_bytes_iter_new(ShObject *seq);
void sh_bytes_build_method_table(void);
void sh_bytearray_build_method_table(void);

#endif
