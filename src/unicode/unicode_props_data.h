/* Declarations of the generated character property tables
   (unicode_props_data.c, from tests/strings/_gen_unicode_names.py --props). */
#ifndef SH_UNICODE_PROPS_DATA_H
#define SH_UNICODE_PROPS_DATA_H
#include <stdint.h>

typedef struct {
  uint8_t category, bidi, eaw, combining, mirrored;
} ShUniProps;
typedef struct {
  uint32_t first;
  uint16_t rec;
} ShUniRun;
typedef struct {
  uint32_t cp;
  int8_t decimal, digit; /* -1 when none */
  double numeric;
} ShUniNumeric;
typedef struct {
  uint32_t cp;
  uint8_t tag;           /* index in sh_up_tags; 0: canonical */
  uint16_t start, count; /* in sh_up_decomp_cps */
} ShUniDecomp;

extern const char *const sh_up_categories[], *const sh_up_bidis[], *const sh_up_eaws[],
                                                                       *const sh_up_tags[];
extern const ShUniProps sh_up_records[];
extern const ShUniRun sh_up_runs[];
extern const unsigned sh_up_nruns;
extern const ShUniNumeric sh_up_numeric[];
extern const unsigned sh_up_nnumeric;
extern const ShUniDecomp sh_up_decomp[];
extern const unsigned sh_up_ndecomp;
extern const uint32_t sh_up_decomp_cps[];
extern const uint32_t sh_up_comps[][3];
extern const unsigned sh_up_ncomps;

#endif
