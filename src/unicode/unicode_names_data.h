/* Declarations of the generated name tables (unicode_names_data.c); the
   stream format is described in tests/strings/_gen_unicode_names.py. */
#ifndef SH_UNICODE_NAMES_DATA_H
#define SH_UNICODE_NAMES_DATA_H
#include <stdint.h>

extern const char sh_un_words[];
extern const unsigned sh_un_nwords;
extern const unsigned char sh_un_names[], sh_un_aliases[], sh_un_seq_names[];
extern const unsigned sh_un_names_len, sh_un_aliases_len, sh_un_seq_names_len;
extern const unsigned sh_un_nnames, sh_un_naliases, sh_un_nseqs;
extern const uint32_t sh_un_seq_cps[];
extern const uint16_t sh_un_seq_starts[];
extern const uint32_t sh_un_cjk_ranges[][2];
extern const unsigned sh_un_ncjk;

#endif
