/* Unicode character names (Unicode 14, as CPython 3.11): name to code
   point, with CPython's case rules, and code point to name. */
#ifndef SH_UNICODE_NAMES_H
#define SH_UNICODE_NAMES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SH_UNAME_MAX 256 /* longer names are never found */

/* The code point named name[0:len] (ASCII letters in any case, except in
   the algorithmic CJK/Hangul names), or -1. with_aliases also accepts the
   formal name aliases (as \N{...} does). */
long sh_uname_lookup(const char *name, size_t len, bool with_aliases);

/* The code points of the named sequence name[0:len], or NULL. */
const uint32_t *sh_uname_sequence(const char *name, size_t len, size_t *count);

/* Writes cp's name (NUL-terminated) to buf of size >= SH_UNAME_MAX;
   false when cp has none. */
bool sh_uname_of(uint32_t cp, char *buf);

#endif
