/* Argument binding for builtin functions and methods written in C.
   Gives CPython's error messages for wrong counts and unknown keywords. */
#ifndef SHOAL_ARGS_H
#define SHOAL_ARGS_H

#include "object.h"

/* Binds (args, nargs, kwnames) to the parameters named in `spec` and stores a
   BORROWED reference to each in the ShObject ** outputs that follow, NULL for
   an omitted optional parameter. `spec`: names separated by commas, with
   markers: '/' after the positional-only ones, '|' before the first optional
   one, '$' before the keyword-only ones (always optional: a function with a
   required keyword-only parameter checks for NULL itself). Example for
   `int.to_bytes(length=1, byteorder='big', *, signed=False)`:
     sh_args_parse("to_bytes", args, nargs, kwnames, "|length,byteorder,$signed",
                   &length, &byteorder, &sign)
   `fname` is the name used in messages ("to_bytes", without parentheses).
   `spec` must be a string literal: its address keys a cache.
   Returns 0, or -1 with TypeError set. */
int sh_args_parse(const char *fname, ShObject *const *args, size_t nargs, ShObject *kwnames,
                  const char *spec, ...);
/* TypeError "%s() takes no keyword arguments" when kwnames is non-empty. */
int sh_args_no_kwargs(const char *fname, ShObject *kwnames);
/* Checks min <= nargs <= max (max < 0: no limit) with CPython's messages:
   "%s expected at least %d argument(s), got %d" / "%s expected at most ..." /
   "%s() takes exactly one argument (%d given)" style chosen by the counts. */
int sh_args_check_count(const char *fname, size_t nargs, int min, int max);

#endif
