/* BaseException: construction, args, str/repr, traceback and chaining
   attributes, notes; and the sh_exc_* helpers the VM uses. */
#include "exception_internal.h"

#define EXC(o) ((ShBaseException *)(o))

/* The size of the C layout of o's exception type: every field past
   ShBaseException up to it is an object pointer (see exception.h). */
static intptr_t layout_size(ShType *t) {
  while ((t->flags & SH_TPFLAGS_HEAPTYPE) && t->base)
    t = t->base;
  return t->basicsize;
}

static ShObject **extra_fields(ShObject *self, intptr_t *n) {
  intptr_t size = layout_size(SH_TYPE(self));
  *n = (size - (intptr_t)sizeof(ShBaseException)) / (intptr_t)sizeof(ShObject *);
  if (*n < 0) *n = 0;
  return (ShObject **)((char *)self + sizeof(ShBaseException));
}

int sh_exc_set_args(ShObject *self, ShObject *const *args, size_t nargs) {
  ShObject *t = sh_tuple_from_array(args, (intptr_t)nargs);
  if (t == NULL) return -1;
  SH_SETREF(EXC(self)->args, t);
  return 0;
}

ShObject *sh_exc_base_new(ShType *type, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  ShObject *self = sh_object_alloc(type, 0);
  if (self == NULL) return NULL;
  if (sh_exc_set_args(self, args, nargs) < 0) {
    sh_decref(self);
    return NULL;
  }
  return self;
}

int sh_exc_base_init(ShObject *self, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  if (kwnames && SH_TUPLE_SIZE(kwnames)) {
    sh_err_format(&sh_exc_TypeError, "%s() takes no keyword arguments",
                  sh_type_name(SH_TYPE(self)));
    return -1;
  }
  return sh_exc_set_args(self, args, nargs);
}

int sh_exc_base_clear(ShObject *self) {
  ShBaseException *e = EXC(self);
  SH_CLEAR(e->dict);
  SH_CLEAR(e->args);
  SH_CLEAR(e->traceback);
  SH_CLEAR(e->context);
  SH_CLEAR(e->cause);
  SH_CLEAR(e->notes);
  intptr_t n;
  ShObject **f = extra_fields(self, &n);
  for (intptr_t i = 0; i < n; i++)
    SH_CLEAR(f[i]);
  return 0;
}

void sh_exc_base_dealloc(ShObject *self) {
  sh_exc_base_clear(self);
  sh_object_free(self);
}

int sh_exc_base_traverse(ShObject *self, sh_visitproc visit, void *arg) {
  ShBaseException *e = EXC(self);
  ShObject *fixed[] = {e->dict, e->args, e->traceback, e->context, e->cause, e->notes};
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
    if (fixed[i]) {
      int rc = visit(fixed[i], arg);
      if (rc) return rc;
    }
  }
  intptr_t n;
  ShObject **f = extra_fields(self, &n);
  for (intptr_t i = 0; i < n; i++) {
    if (f[i]) {
      int rc = visit(f[i], arg);
      if (rc) return rc;
    }
  }
  return 0;
}

ShObject *sh_exc_base_str(ShObject *self) {
  ShObject *args = EXC(self)->args;
  if (args == NULL) return sh_str_from_cstr("");
  switch (SH_TUPLE_SIZE(args)) {
  case 0: return sh_str_from_cstr("");
  case 1: return sh_object_str(SH_TUPLE_GET(args, 0));
  default: return sh_object_str(args);
  }
}

ShObject *sh_exc_base_repr(ShObject *self) {
  const char *name = sh_type_name(SH_TYPE(self));
  ShObject *args = EXC(self)->args;
  if (args && SH_TUPLE_SIZE(args) == 1)
    return sh_str_from_format("%s(%R)", name, SH_TUPLE_GET(args, 0));
  if (args == NULL) return sh_str_from_format("%s()", name);
  return sh_str_from_format("%s%R", name, args);
}

/* --------------------------------------------------------------- getset */

static ShObject *get_args(ShObject *self, void *c) {
  ShObject *a = EXC(self)->args;
  return a ? sh_newref(a) : sh_tuple_new(0);
}

static int set_args(ShObject *self, ShObject *value, void *c) {
  if (value == NULL) {
    sh_err_set_string(&sh_exc_TypeError, "args may not be deleted");
    return -1;
  }
  ShObject *t = sh_sequence_tuple(value);
  if (t == NULL) return -1;
  SH_SETREF(EXC(self)->args, t);
  return 0;
}

static ShObject *get_traceback(ShObject *self, void *c) {
  ShObject *tb = EXC(self)->traceback;
  return sh_newref(tb ? tb : SH_NONE);
}

static int set_traceback(ShObject *self, ShObject *value, void *c) {
  if (value == NULL) {
    sh_err_set_string(&sh_exc_TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (value != SH_NONE && !sh_type_check(value, &sh_type_traceback)) {
    sh_err_set_string(&sh_exc_TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  sh_exc_set_traceback(self, value == SH_NONE ? NULL : value);
  return 0;
}

static ShObject *get_context(ShObject *self, void *c) {
  ShObject *x = EXC(self)->context;
  return sh_newref(x ? x : SH_NONE);
}

static int set_context(ShObject *self, ShObject *value, void *c) {
  if (value == NULL) {
    sh_err_set_string(&sh_exc_TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (value != SH_NONE && !SH_EXC_CHECK(value)) {
    sh_err_set_string(&sh_exc_TypeError,
                      "exception context must be None or derive from BaseException");
    return -1;
  }
  SH_SETREF(EXC(self)->context, value == SH_NONE ? NULL : sh_newref(value));
  return 0;
}

static ShObject *get_cause(ShObject *self, void *c) {
  ShObject *x = EXC(self)->cause;
  return sh_newref(x ? x : SH_NONE);
}

static int set_cause(ShObject *self, ShObject *value, void *c) {
  if (value == NULL) {
    sh_err_set_string(&sh_exc_TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (value != SH_NONE && !SH_EXC_CHECK(value)) {
    sh_err_set_string(&sh_exc_TypeError,
                      "exception cause must be None or derive from BaseException");
    return -1;
  }
  SH_SETREF(EXC(self)->cause, value == SH_NONE ? NULL : sh_newref(value));
  EXC(self)->suppress_context = true;
  return 0;
}

static ShObject *get_suppress(ShObject *self, void *c) {
  return sh_bool_from(EXC(self)->suppress_context);
}

static int set_suppress(ShObject *self, ShObject *value, void *c) {
  if (value == NULL) {
    sh_err_set_string(&sh_exc_TypeError, "__suppress_context__ may not be deleted");
    return -1;
  }
  int t = sh_object_is_true(value);
  if (t < 0) return -1;
  EXC(self)->suppress_context = t;
  return 0;
}

static ShObject *get_notes(ShObject *self, void *c) {
  ShObject *n = EXC(self)->notes;
  if (n == NULL)
    return sh_err_format(&sh_exc_AttributeError, "'%T' object has no attribute '__notes__'", self);
  return sh_newref(n);
}

/* The notes live in the `notes` field (the traceback printer reads it)
   and, as in CPython, under "__notes__" in the instance dict. */
static int mirror_notes(ShObject *self, ShObject *value) {
  ShObject **slot = sh_object_dict_slot(self);
  if (slot == NULL || *slot == NULL) return 0;
  if (value) return sh_dict_set_str(*slot, "__notes__", value);
  ShObject *key = sh_str_intern_cstr("__notes__");
  if (key == NULL) return -1;
  if (sh_dict_pop(*slot, key, NULL) < 0) return -1;
  return 0;
}

static int set_notes(ShObject *self, ShObject *value, void *c) {
  if (value == NULL && EXC(self)->notes == NULL) {
    sh_err_set_string(&sh_exc_AttributeError, "__notes__");
    return -1;
  }
  if (mirror_notes(self, value) < 0) return -1;
  SH_SETREF(EXC(self)->notes, sh_xnewref(value));
  return 0;
}

static ShObject *get_dict(ShObject *self, void *c) {
  ShObject **slot = sh_object_dict_slot(self);
  if (slot == NULL || *slot == NULL) return sh_err_no_memory();
  return sh_newref(*slot);
}

static int set_dict(ShObject *self, ShObject *value, void *c) {
  if (value == NULL) {
    sh_err_set_string(&sh_exc_TypeError, "__dict__ may not be deleted");
    return -1;
  }
  if (!SH_DICT_CHECK(value)) {
    sh_err_format(&sh_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
    return -1;
  }
  SH_SETREF(EXC(self)->dict, sh_newref(value));
  return 0;
}

ShGetSetDef sh_exc_base_getset[] = {
    {"__dict__", get_dict, set_dict, NULL, NULL},
    {"args", get_args, set_args, NULL, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL, NULL},
    {"__context__", get_context, set_context, "exception context", NULL},
    {"__cause__", get_cause, set_cause, "exception cause", NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL, NULL},
    {"__notes__", get_notes, set_notes, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* -------------------------------------------------------------- methods */

static ShObject *exc_with_traceback(ShObject *self, ShObject *tb) {
  if (set_traceback(self, tb, NULL) < 0) return NULL;
  return sh_newref(self);
}

static ShObject *exc_add_note(ShObject *self, ShObject *note) {
  if (!SH_STR_CHECK(note))
    return sh_err_format(&sh_exc_TypeError, "note must be a str, not '%T'", note);
  ShBaseException *e = EXC(self);
  if (e->notes == NULL) {
    ShObject *l = sh_list_new(0);
    if (l == NULL) return NULL;
    int rc = set_notes(self, l, NULL);
    sh_decref(l);
    if (rc < 0) return NULL;
  } else if (!SH_LIST_CHECK(e->notes)) {
    sh_err_set_string(&sh_exc_TypeError, "Cannot add note: __notes__ is not a list");
    return NULL;
  }
  if (sh_list_append(e->notes, note) < 0) return NULL;
  SH_RETURN_NONE;
}

static ShObject *exc_reduce(ShObject *self) {
  ShBaseException *e = EXC(self);
  ShObject *args = e->args ? e->args : SH_NONE;
  if (e->dict && sh_dict_size(e->dict) > 0)
    return sh_tuple_pack(3, SH_OBJ(SH_TYPE(self)), args, e->dict);
  return sh_tuple_pack(2, SH_OBJ(SH_TYPE(self)), args);
}

static ShObject *exc_setstate(ShObject *self, ShObject *state) {
  if (state == SH_NONE) SH_RETURN_NONE;
  if (!SH_DICT_CHECK(state)) {
    sh_err_set_string(&sh_exc_TypeError, "state is not a dictionary");
    return NULL;
  }
  ShObject *items = sh_dict_items_list(state);
  if (items == NULL) return NULL;
  for (intptr_t i = 0; i < sh_list_size(items); i++) {
    ShObject *pair = sh_list_get_item(items, i);
    if (pair == NULL) goto fail;
    int rc = sh_object_setattr(self, SH_TUPLE_GET(pair, 0), SH_TUPLE_GET(pair, 1));
    sh_decref(pair);
    if (rc < 0) goto fail;
  }
  sh_decref(items);
  SH_RETURN_NONE;
fail:
  sh_decref(items);
  return NULL;
}

ShMethodDef sh_exc_base_methods[] = {
    {"with_traceback", (void *)exc_with_traceback, SH_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", (void *)exc_add_note, SH_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", (void *)exc_reduce, SH_METH_NOARGS, NULL},
    {"__setstate__", (void *)exc_setstate, SH_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------ C helpers */

ShObject *sh_exc_new(ShType *exc_type, ShObject *const *args, size_t nargs) {
  /* Not through sh_call: its recursion guard would make raising
     RecursionError itself recurse. */
  sh_vectorcallfunc call = SH_TYPE(exc_type)->call;
  if (call == NULL) return sh_err_bad_internal_call();
  return call(SH_OBJ(exc_type), args, nargs, NULL);
}

ShObject *sh_exc_new_str(ShType *exc_type, const char *msg) {
  ShObject *s = sh_str_from_cstr(msg);
  if (s == NULL) return NULL;
  ShObject *e = sh_exc_new(exc_type, &s, 1);
  sh_decref(s);
  return e;
}

ShObject *sh_exc_get_traceback(ShObject *exc) {
  return EXC(exc)->traceback;
}

void sh_exc_set_traceback(ShObject *exc, ShObject *tb) {
  SH_SETREF(EXC(exc)->traceback, sh_xnewref(tb));
}

ShObject *sh_exc_get_context(ShObject *exc) {
  return EXC(exc)->context;
}

void sh_exc_set_context(ShObject *exc, ShObject *context) {
  if (context == SH_NONE) context = NULL;
  SH_SETREF(EXC(exc)->context, context);
}

void sh_exc_set_cause(ShObject *exc, ShObject *cause) {
  if (cause == SH_NONE) cause = NULL;
  SH_SETREF(EXC(exc)->cause, cause);
  EXC(exc)->suppress_context = true;
}

ShObject *sh_stop_iteration_value(ShObject *exc) {
  if (exc && sh_type_check(exc, &sh_exc_StopIteration)) {
    ShObject *v = ((ShStopIteration *)exc)->value;
    if (v) return sh_newref(v);
  }
  return SH_NONE;
}
