/* Struct sequences: named-tuple-like C types (sys.version_info, sys.flags,
   time.struct_time, ...). A tuple subclass whose fields are also
   attributes; fields past n_in_sequence are attributes only. */
#ifndef SHOAL_SYS_STRUCTSEQ_H
#define SHOAL_SYS_STRUCTSEQ_H

#include "../runtime/object.h"

typedef struct ShStructSeqType {
  ShType type;               /* first: the type object itself */
  const char *const *fields; /* n_fields names */
  int n_fields, n_in_sequence;
  ShGetSetDef *getset;
} ShStructSeqType;

/* Fills and readies `t` (static storage, zeroed). `name` is the qualified
   name used by repr ("sys.version_info"); instantiable: type(x)(seq) works. */
int sh_structseq_init_type(ShStructSeqType *t, const char *name, const char *const *fields,
                           int n_fields, int n_in_sequence, bool instantiable);
/* An instance with every field None; set them with sh_structseq_set. */
ShObject *sh_structseq_new(ShStructSeqType *t);
void sh_structseq_set(ShObject *o, int i, ShObject *steal);
/* A whole instance from `values` (steals each; a NULL value fails the call
   after releasing the others). */
ShObject *sh_structseq_make(ShStructSeqType *t, ShObject **values);

#endif
