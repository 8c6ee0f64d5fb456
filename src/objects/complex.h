/* complex: a pair of doubles with Python's arithmetic and repr. */
#ifndef SHOAL_COMPLEX_H
#define SHOAL_COMPLEX_H

#include "../runtime/object.h"

typedef struct ShComplex {
  ShObject ob;
  double real, imag;
} ShComplex;

extern ShType sh_type_complex;
ShObject *sh_complex_from_doubles(double real, double imag);

#endif
