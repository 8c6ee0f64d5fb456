/* Struct sequence types: tuple subclasses with named fields, used by sys
   (version_info, flags, float_info, ...) and time (struct_time). */
#include "sys_structseq.h"
#include "../shoal.h"

#include <string.h>

#define SEQTYPE(o) ((ShStructSeqType *)SH_TYPE(o))

/* All fields, hidden ones included, live in the tuple's item array;
   ob.size only counts the visible ones. */
static void structseq_dealloc(ShObject *o) {
  int n = SEQTYPE(o)->n_fields;
  for (int i = 0; i < n; i++)
    SH_CLEAR(SH_TUPLE_ITEMS(o)[i]);
  sh_object_free(o);
}

static int structseq_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  int n = SEQTYPE(o)->n_fields;
  for (int i = 0; i < n; i++) {
    ShObject *x = SH_TUPLE_ITEMS(o)[i];
    if (x) {
      int rc = visit(x, arg);
      if (rc) return rc;
    }
  }
  return 0;
}

static ShObject *structseq_repr(ShObject *o) {
  ShStructSeqType *t = SEQTYPE(o);
  ShStrBuilder sb;
  sh_sb_init(&sb);
  if (sh_sb_append_cstr(&sb, t->type.name) < 0 || sh_sb_append_cstr(&sb, "(") < 0) goto fail;
  for (int i = 0; i < t->n_in_sequence; i++) {
    ShObject *v = SH_TUPLE_ITEMS(o)[i];
    if (i && sh_sb_append_cstr(&sb, ", ") < 0) goto fail;
    if (sh_sb_append_format(&sb, "%s=", t->fields[i]) < 0) goto fail;
    if (sh_sb_append_repr(&sb, v ? v : SH_NONE) < 0) goto fail;
  }
  if (sh_sb_append_cstr(&sb, ")") < 0) goto fail;
  return sh_sb_finish(&sb);
fail:
  sh_sb_discard(&sb);
  return NULL;
}

static ShObject *structseq_get(ShObject *o, void *closure) {
  ShObject *v = SH_TUPLE_ITEMS(o)[(intptr_t)closure];
  return sh_newref(v ? v : SH_NONE);
}

ShObject *sh_structseq_new(ShStructSeqType *t) {
  ShObject *o = sh_object_alloc(&t->type, t->n_fields);
  if (o == NULL) return NULL;
  for (int i = 0; i < t->n_fields; i++)
    SH_TUPLE_ITEMS(o)[i] = SH_NONE;
  ((ShTuple *)o)->ob.size = t->n_in_sequence;
  return o;
}

void sh_structseq_set(ShObject *o, int i, ShObject *steal) {
  SH_SETREF(SH_TUPLE_ITEMS(o)[i], steal);
}

ShObject *sh_structseq_make(ShStructSeqType *t, ShObject **values) {
  bool ok = true;
  for (int i = 0; i < t->n_fields; i++)
    if (values[i] == NULL) ok = false;
  ShObject *o = ok ? sh_structseq_new(t) : NULL;
  for (int i = 0; i < t->n_fields; i++) {
    if (o)
      sh_structseq_set(o, i, values[i]);
    else
      sh_xdecref(values[i]);
  }
  return o;
}

/* type(seq[, dict]): what time.struct_time((2024, 1, ...)) does. */
static ShObject *structseq_type_new(ShType *type, ShObject *const *args, size_t nargs,
                                    ShObject *kwnames) {
  ShStructSeqType *t = (ShStructSeqType *)type;
  ShObject *seq, *dict;
  if (sh_args_parse(t->type.name, args, nargs, kwnames, "sequence|dict", &seq, &dict) < 0)
    return NULL;
  ShObject *tup = sh_sequence_tuple(seq);
  if (tup == NULL) return NULL;
  intptr_t len = SH_TUPLE_SIZE(tup), min = t->n_in_sequence, max = t->n_fields;
  if (len < min || len > max) {
    if (min == max)
      sh_err_format(&sh_exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                    t->type.name, min, len);
    else if (len < min)
      sh_err_format(&sh_exc_TypeError, "%s() takes an at least %zd-sequence (%zd-sequence given)",
                    t->type.name, min, len);
    else
      sh_err_format(&sh_exc_TypeError, "%s() takes an at most %zd-sequence (%zd-sequence given)",
                    t->type.name, max, len);
    sh_decref(tup);
    return NULL;
  }
  ShObject *o = sh_structseq_new(t);
  if (o == NULL) {
    sh_decref(tup);
    return NULL;
  }
  for (intptr_t i = 0; i < len; i++)
    sh_structseq_set(o, (int)i, sh_newref(SH_TUPLE_GET(tup, i)));
  sh_decref(tup);
  if (dict && SH_DICT_CHECK(dict)) {
    for (intptr_t i = len; i < max; i++) {
      ShObject *v;
      int rc = sh_dict_get_str_ref(dict, t->fields[i], &v);
      if (rc < 0) {
        sh_decref(o);
        return NULL;
      }
      if (rc) sh_structseq_set(o, (int)i, v);
    }
  }
  return o;
}

/* (type, (visible items, {hidden field: value})), as CPython pickles them */
/* Without this the type would inherit tuple's constructor and make
   instances missing their hidden fields. */
static ShObject *structseq_no_new(ShType *type, ShObject *const *args, size_t nargs,
                                  ShObject *kwnames) {
  return sh_err_format(&sh_exc_TypeError, "cannot create '%s' instances", type->name);
}

static ShObject *structseq_reduce(ShObject *o) {
  ShStructSeqType *t = SEQTYPE(o);
  ShObject *visible = sh_tuple_slice(o, 0, t->n_in_sequence);
  ShObject *extra = sh_dict_new();
  ShObject *inner = NULL, *r = NULL;
  if (visible == NULL || extra == NULL) goto done;
  for (int i = t->n_in_sequence; i < t->n_fields; i++)
    if (sh_dict_set_str(extra, t->fields[i], SH_TUPLE_ITEMS(o)[i]) < 0) goto done;
  inner = sh_tuple_pack(2, visible, extra);
  if (inner) r = sh_tuple_pack(2, SH_OBJ(SH_TYPE(o)), inner);
done:
  sh_xdecref(inner);
  sh_xdecref(visible);
  sh_xdecref(extra);
  return r;
}

static ShMethodDef structseq_methods[] = {
    {"__reduce__", (void *)structseq_reduce, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

int sh_structseq_init_type(ShStructSeqType *t, const char *name, const char *const *fields,
                           int n_fields, int n_in_sequence, bool instantiable) {
  static ShType head = {.ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0}};
  memcpy(&t->type, &head, sizeof head);
  t->fields = fields;
  t->n_fields = n_fields;
  t->n_in_sequence = n_in_sequence;
  t->getset = sh_mem_calloc((size_t)n_fields + 1, sizeof(ShGetSetDef));
  if (t->getset == NULL) {
    sh_err_no_memory();
    return -1;
  }
  for (int i = 0; i < n_fields; i++) {
    t->getset[i].name = fields[i];
    t->getset[i].get = structseq_get;
    t->getset[i].closure = (void *)(intptr_t)i;
  }
  ShType *ty = &t->type;
  ty->name = name;
  ty->basicsize = sh_type_tuple.basicsize ? sh_type_tuple.basicsize : (intptr_t)sizeof(ShTuple);
  ty->itemsize = sizeof(ShObject *);
  ty->flags = SH_TPFLAGS_TUPLE_SUBCLASS | (sh_type_tuple.flags & SH_TPFLAGS_GC);
  ty->base = &sh_type_tuple;
  ty->dealloc = structseq_dealloc;
  ty->traverse = structseq_traverse;
  ty->repr = structseq_repr;
  ty->getset = t->getset;
  ty->methods = structseq_methods;
  ty->new_ = instantiable ? structseq_type_new : structseq_no_new;
  if (sh_type_ready(ty) < 0) return -1;
  /* the counts CPython exposes on the type */
  if (ty->dict) {
    ShObject *a = sh_int_from_i64(n_in_sequence), *b = sh_int_from_i64(n_fields),
             *c = sh_int_from_i64(0);
    int rc = (a && b && c && sh_dict_set_str(ty->dict, "n_sequence_fields", a) == 0 &&
              sh_dict_set_str(ty->dict, "n_fields", b) == 0 &&
              sh_dict_set_str(ty->dict, "n_unnamed_fields", c) == 0)
                 ? 0
                 : -1;
    sh_xdecref(a);
    sh_xdecref(b);
    sh_xdecref(c);
    if (rc < 0) return -1;
  }
  return 0;
}
