/* The unit tests' check: reports a failed condition with its place and
   counts it; main() returns non-zero when `failures` is. */
#ifndef SHOAL_UNIT_CHECK_H
#define SHOAL_UNIT_CHECK_H

#include <stdio.h>

static int failures;
#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                     \
      failures++;                                                                                  \
    }                                                                                              \
  } while (0)

#endif
