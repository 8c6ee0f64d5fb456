/* The format-spec mini-language ("[[fill]align][sign][z][#][0][width]
   [grouping][.precision][type]") shared by str, int and float __format__. */
#ifndef SHOAL_FORMATSPEC_H
#define SHOAL_FORMATSPEC_H

#include "../runtime/object.h"

typedef struct ShFormatSpec {
  uint32_t fill;      /* ' ' by default */
  char align;         /* '<' '>' '^' '=' or 0 when not given */
  char sign;          /* '+' '-' ' ' or 0 */
  bool no_neg_zero;   /* 'z' */
  bool alternate;     /* '#' */
  bool zero_pad;      /* '0' given before the width */
  intptr_t width;     /* -1 when not given */
  char grouping;      /* ',' '_' or 0 */
  intptr_t precision; /* -1 when not given */
  char type;          /* 0 when not given; 0x7f for a non-ASCII code (see type_cp) */
  uint32_t type_cp;   /* the type code point as written (0 when not given) */
} ShFormatSpec;

/* Parses spec (a str). ValueError "Invalid format specifier" etc. on error.
   The _for form names obj's type in the message as CPython does ("Invalid
   format specifier 'xx' for object of type 'int'"); prefer it. */
int sh_format_spec_parse(ShObject *spec, ShFormatSpec *out);
int sh_format_spec_parse_for(ShObject *spec, ShObject *obj, ShFormatSpec *out);
/* The same, checking ',' and '_' against default_type when the spec names no
   type (str.__format__ passes 's': "Cannot specify ',' with 's'."); out->type
   stays 0 then. */
int sh_format_spec_parse_default(ShObject *spec, ShObject *obj, char default_type,
                                 ShFormatSpec *out);
/* The same for the spec text spec[start:end) (a part of a str.format
   template), with no substring made. */
int sh_format_spec_parse_range(ShObject *spec, intptr_t start, intptr_t end, ShObject *obj,
                               char default_type, ShFormatSpec *out);
/* Raises ValueError "Unknown format code 'd' for object of type 'str'";
   returns NULL. */
ShObject *sh_format_spec_unknown_code(const ShFormatSpec *spec, ShObject *obj);
/* Pads UTF-8 `body` to spec->width with fill/align (default_align when the
   spec gives none) and returns the str. A '0' before the width with no
   align given and default_align '>' means '=' (numbers). '=' puts the fill
   after a leading sign (+, -, space) and, with '#' and type b/o/x/X, after
   the "0x"-style prefix. */
ShObject *sh_format_spec_pad(const ShFormatSpec *spec, const char *body, size_t len,
                             char default_align);

#endif
