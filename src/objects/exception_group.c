/* BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules,
   str, derive/split/subgroup. The except* machinery is the VM's. */
#include "exception_internal.h"

/* objects/tuple_alias.c */
ShObject *sh_generic_alias_new(ShObject *origin, ShObject *args);

#define EG(o) ((ShBaseExceptionGroup *)(o))

static ShObject *eg_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (nargs != 2)
    return sh_err_format(&sh_exc_TypeError,
                         "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                         nargs);
  ShObject *msg = args[0], *seq = args[1];
  if (!SH_STR_CHECK(msg))
    return sh_err_format(&sh_exc_TypeError,
                         "BaseExceptionGroup.__new__() argument 1 must be str, not %T", msg);
  ShSequenceMethods *sq = SH_TYPE(seq)->as_sequence;
  if (sq == NULL || sq->item == NULL || SH_DICT_CHECK(seq)) {
    sh_err_set_string(&sh_exc_TypeError, "second argument (exceptions) must be a sequence");
    return NULL;
  }
  ShObject *excs = sh_sequence_tuple(seq);
  if (excs == NULL) return NULL;
  intptr_t n = SH_TUPLE_SIZE(excs);
  if (n == 0) {
    sh_err_set_string(&sh_exc_ValueError,
                      "second argument (exceptions) must be a non-empty sequence");
    goto fail;
  }
  bool all_exceptions = true;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *e = SH_TUPLE_GET(excs, i);
    if (!SH_EXC_CHECK(e)) {
      sh_err_format(&sh_exc_ValueError,
                    "Item %zd of second argument (exceptions) is not an exception", i);
      goto fail;
    }
    if (!sh_type_check(e, &sh_exc_Exception)) all_exceptions = false;
  }
  if (type == &sh_exc_BaseExceptionGroup) {
    if (all_exceptions) type = &sh_exc_ExceptionGroup;
  } else if (type == &sh_exc_ExceptionGroup) {
    if (!all_exceptions) {
      sh_err_set_string(&sh_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
      goto fail;
    }
  } else if (!all_exceptions && sh_type_is_subtype(type, &sh_exc_Exception)) {
    sh_err_format(&sh_exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    goto fail;
  }
  ShObject *self = sh_exc_base_new(type, args, nargs, NULL);
  if (self == NULL) goto fail;
  EG(self)->msg = sh_newref(msg);
  EG(self)->excs = excs;
  return self;
fail:
  sh_decref(excs);
  return NULL;
}

static int eg_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  return sh_exc_base_init(self, args, nargs, kwnames);
}

static ShObject *eg_str(ShObject *self) {
  intptr_t n = EG(self)->excs ? SH_TUPLE_SIZE(EG(self)->excs) : 0;
  return sh_str_from_format("%S (%zd sub-exception%s)", EG(self)->msg ? EG(self)->msg : SH_NONE, n,
                            n > 1 ? "s" : "");
}

static ShObject *eg_derive(ShObject *self, ShObject *excs) {
  ShObject *args[2] = {EG(self)->msg ? EG(self)->msg : SH_NONE, excs};
  return sh_call(SH_OBJ(&sh_exc_BaseExceptionGroup), args, 2, NULL);
}

/* ------------------------------------------------------- split/subgroup */

typedef enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_INSTANCE } MatchKind;

static int get_matcher(ShObject *value, MatchKind *kind) {
  if (SH_EXC_CLASS_CHECK(value)) {
    *kind = MATCH_TYPE;
    return 0;
  }
  if (SH_TUPLE_CHECK(value)) {
    bool ok = true;
    for (intptr_t i = 0; i < SH_TUPLE_SIZE(value); i++)
      if (!SH_EXC_CLASS_CHECK(SH_TUPLE_GET(value, i))) ok = false;
    if (ok) {
      *kind = MATCH_TYPE;
      return 0;
    }
  }
  if (sh_callable(value) && !SH_TYPE_CHECK(value)) {
    *kind = MATCH_PREDICATE;
    return 0;
  }
  sh_err_set_string(&sh_exc_TypeError,
                    "expected a function, exception type or tuple of exception types");
  return -1;
}

static int matches(ShObject *exc, MatchKind kind, ShObject *value) {
  switch (kind) {
  case MATCH_TYPE: return sh_object_isinstance(exc, value);
  case MATCH_INSTANCE: return exc == value;
  case MATCH_PREDICATE: {
    ShObject *r = sh_call1(value, exc);
    if (r == NULL) return -1;
    int t = sh_object_is_true(r);
    sh_decref(r);
    return t;
  }
  }
  return 0;
}

/* eg.derive(items) with eg's traceback, cause, context and notes copied. */
static ShObject *derive_and_copy(ShObject *eg, ShObject *items) {
  ShObject *r = sh_call_method(eg, sh_str_intern_cstr("derive"), &items, 1);
  if (r == NULL) return NULL;
  if (!sh_type_check(r, &sh_exc_BaseExceptionGroup)) {
    sh_decref(r);
    sh_err_set_string(&sh_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    return NULL;
  }
  ShBaseException *src = (ShBaseException *)eg, *dst = (ShBaseException *)r;
  sh_exc_set_traceback(r, src->traceback);
  SH_SETREF(dst->context, sh_xnewref(src->context));
  SH_SETREF(dst->cause, sh_xnewref(src->cause));
  dst->suppress_context = src->suppress_context;
  if (src->notes) {
    ShObject *copy =
        SH_LIST_CHECK(src->notes) ? sh_sequence_list(src->notes) : sh_newref(src->notes);
    if (copy == NULL || sh_object_setattr_str(r, "__notes__", copy) < 0) {
      sh_xdecref(copy);
      sh_decref(r);
      return NULL;
    }
    sh_decref(copy);
  }
  return r;
}

/* Splits exc into (*match, *rest), either possibly NULL. */
static int split_recursive(ShObject *exc, MatchKind kind, ShObject *value, bool want_rest,
                           ShObject **match, ShObject **rest) {
  *match = *rest = NULL;
  int m = matches(exc, kind, value);
  if (m < 0) return -1;
  if (m) {
    *match = sh_newref(exc);
    return 0;
  }
  if (!sh_type_check(exc, &sh_exc_BaseExceptionGroup)) {
    if (want_rest) *rest = sh_newref(exc);
    return 0;
  }
  if (sh_enter_recursive_call(" in split_exception_group") < 0) return -1;
  ShObject *mlist = sh_list_new(0), *rlist = want_rest ? sh_list_new(0) : NULL;
  int rc = (mlist && (!want_rest || rlist)) ? 0 : -1;
  ShObject *excs = EG(exc)->excs;
  for (intptr_t i = 0; rc == 0 && excs && i < SH_TUPLE_SIZE(excs); i++) {
    ShObject *sm, *sr;
    rc = split_recursive(SH_TUPLE_GET(excs, i), kind, value, want_rest, &sm, &sr);
    if (rc == 0 && sm) rc = sh_list_append(mlist, sm);
    if (rc == 0 && sr) rc = sh_list_append(rlist, sr);
    sh_xdecref(sm);
    sh_xdecref(sr);
  }
  sh_leave_recursive_call();
  if (rc == 0 && sh_list_size(mlist) > 0 && (*match = derive_and_copy(exc, mlist)) == NULL) rc = -1;
  if (rc == 0 && rlist && sh_list_size(rlist) > 0 && (*rest = derive_and_copy(exc, rlist)) == NULL)
    rc = -1;
  sh_xdecref(mlist);
  sh_xdecref(rlist);
  if (rc < 0) {
    SH_CLEAR(*match);
    SH_CLEAR(*rest);
  }
  return rc;
}

static ShObject *eg_split(ShObject *self, ShObject *cond) {
  MatchKind kind;
  if (get_matcher(cond, &kind) < 0) return NULL;
  ShObject *m, *r;
  if (split_recursive(self, kind, cond, true, &m, &r) < 0) return NULL;
  ShObject *t = sh_tuple_pack(2, m ? m : SH_NONE, r ? r : SH_NONE);
  sh_xdecref(m);
  sh_xdecref(r);
  return t;
}

static ShObject *eg_subgroup(ShObject *self, ShObject *cond) {
  MatchKind kind;
  if (get_matcher(cond, &kind) < 0) return NULL;
  ShObject *m, *r;
  if (split_recursive(self, kind, cond, false, &m, &r) < 0) return NULL;
  return m ? m : SH_NONE;
}

static ShObject *eg_class_getitem(ShObject *cls, ShObject *arg) {
  return sh_generic_alias_new(cls, arg);
}

static ShMethodDef eg_methods[] = {
    {"derive", (void *)eg_derive, SH_METH_O, NULL},
    {"split", (void *)eg_split, SH_METH_O, NULL},
    {"subgroup", (void *)eg_subgroup, SH_METH_O, NULL},
    {"__class_getitem__", (void *)eg_class_getitem, SH_METH_O | SH_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static ShMemberDef eg_members[] = {
    {"message", SH_MEMBER_OBJECT, offsetof(ShBaseExceptionGroup, msg), SH_MEMBER_READONLY,
     "exception message"},
    {"exceptions", SH_MEMBER_OBJECT, offsetof(ShBaseExceptionGroup, excs), SH_MEMBER_READONLY,
     "nested exceptions"},
    {NULL, 0, 0, 0, NULL},
};

#define EG_FLAGS (SH_TPFLAGS_BASETYPE | SH_TPFLAGS_GC | SH_TPFLAGS_BASE_EXC_SUBCLASS)

ShType sh_exc_BaseExceptionGroup = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "BaseExceptionGroup",
    .doc = "A combination of multiple unrelated exceptions.",
    .basicsize = sizeof(ShBaseExceptionGroup),
    .flags = EG_FLAGS,
    .base = &sh_exc_BaseException,
    .dealloc = sh_exc_base_dealloc,
    .traverse = sh_exc_base_traverse,
    .clear = sh_exc_base_clear,
    .repr = sh_exc_base_repr,
    .str = eg_str,
    .new_ = eg_new,
    .init = eg_init,
    .methods = eg_methods,
    .members = eg_members,
    .dictoffset = offsetof(ShBaseException, dict),
};

ShType sh_exc_ExceptionGroup = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "ExceptionGroup",
    .basicsize = sizeof(ShBaseExceptionGroup),
    .flags = EG_FLAGS,
    .base = &sh_exc_BaseExceptionGroup,
    .dealloc = sh_exc_base_dealloc,
    .traverse = sh_exc_base_traverse,
    .clear = sh_exc_base_clear,
    .repr = sh_exc_base_repr,
    .str = eg_str,
    .new_ = eg_new,
    .init = eg_init,
    .dictoffset = offsetof(ShBaseException, dict),
};

int sh_exception_groups_init(void) {
  if (sh_type_ready(&sh_exc_BaseExceptionGroup) < 0) return -1;
  if (sh_exc_ExceptionGroup.bases == NULL) {
    sh_exc_ExceptionGroup.bases =
        sh_tuple_pack(2, SH_OBJ(&sh_exc_BaseExceptionGroup), SH_OBJ(&sh_exc_Exception));
    if (sh_exc_ExceptionGroup.bases == NULL) return -1;
  }
  return sh_type_ready(&sh_exc_ExceptionGroup);
}
