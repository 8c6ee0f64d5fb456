/* float: an IEEE double, with CPython's repr (shortest round-trip),
   formatting, hashing and arithmetic rules. */
#ifndef SHOAL_FLOAT_H
#define SHOAL_FLOAT_H

#include "../runtime/object.h"
#include "../runtime/freelist.h"

typedef struct ShFloat {
  ShObject ob;
  double value;
} ShFloat;

extern ShType sh_type_float;
#define SH_FLOAT_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_FLOAT_SUBCLASS) != 0)
#define SH_FLOAT_CHECK_EXACT(o) (SH_TYPE(o) == &sh_type_float)
#define SH_FLOAT_VALUE(o) (((ShFloat *)(o))->value)

/* Inline: every float result of the eval loop comes from here. */
static inline ShObject *sh_float_from_double(double v) {
  ShFloat *f = (ShFloat *)sh_freelist_alloc(SH_FREELIST_FLOAT, &sh_type_float);
  if (f) f->value = v;
  return (ShObject *)f;
}
/* float(o) as a C double: accepts float, int, __float__, __index__;
   -1.0 with an exception set on error (check sh_err_occurred). */
double sh_float_as_double(ShObject *o);
/* repr(float) into buf (at least 32 bytes): "0.1", "1e+16", "inf", "nan" */
void sh_float_repr_buf(double v, char *buf, size_t size);
ShObject *sh_float_from_string(const char *s, size_t len); /* float("1.5") rules */
ShObject *sh_float_format(ShObject *o, ShObject *spec);    /* float.__format__ */
sh_hash_t sh_float_hash_double(double v);                  /* CPython's numeric hash */

#endif
