/* Character properties as unicodedata reports them (Unicode 14), and the
   four normalization forms. */
#ifndef SH_UNICODE_PROPS_H
#define SH_UNICODE_PROPS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "unicode_props_data.h"

const ShUniProps *sh_uprops_of(uint32_t cp);
const ShUniNumeric *sh_uprops_numeric(uint32_t cp); /* NULL: not numeric */
const ShUniDecomp *sh_uprops_decomp(uint32_t cp);   /* NULL: none */

/* Normalizes cps[0:n] to form "NFC", "NFD", "NFKC" or "NFKD": a malloc'd
   array with its length in *out_n, or NULL when out of memory. */
uint32_t *sh_unormalize(const uint32_t *cps, size_t n, bool compat, bool compose, size_t *out_n);

#endif
