/* Container protocols: subscription, len, `in`, iteration and conversion
   of any iterable to a list or tuple. */
#include "../shoal.h"

/* objects/tuple_alias.c: types.GenericAlias, for type[int] */
ShObject *sh_generic_alias_new(ShObject *origin, ShObject *args);

static bool has_index(ShObject *o) {
  ShNumberMethods *nb = SH_TYPE(o)->as_number;
  return nb != NULL && nb->index != NULL;
}

ShObject *sh_object_getitem(ShObject *o, ShObject *key) {
  ShType *t = SH_TYPE(o);
  if (t->as_mapping && t->as_mapping->subscript) return t->as_mapping->subscript(o, key);
  ShSequenceMethods *sq = t->as_sequence;
  if (sq && sq->item) {
    if (!has_index(key))
      return sh_err_format(&sh_exc_TypeError, "sequence index must be integer, not '%T'", key);
    intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
    if (i == -1 && sh_err_occurred()) return NULL;
    return sq->item(o, i);
  }
  if (SH_TYPE_CHECK(o)) {
    if (o == SH_OBJ(&sh_type_type)) return sh_generic_alias_new(o, key);
    ShObject *meth;
    int rc = sh_object_lookup_attr(o, SH_ID(__class_getitem__), &meth);
    if (rc < 0) return NULL;
    if (rc > 0) {
      ShObject *r = sh_call1(meth, key);
      sh_decref(meth);
      return r;
    }
    return sh_err_format(&sh_exc_TypeError, "type '%N' is not subscriptable", (ShType *)o);
  }
  return sh_err_format(&sh_exc_TypeError, "'%T' object is not subscriptable", o);
}

static int assign_item(ShObject *o, ShObject *key, ShObject *value) {
  ShType *t = SH_TYPE(o);
  if (t->as_mapping && t->as_mapping->ass_subscript)
    return t->as_mapping->ass_subscript(o, key, value);
  ShSequenceMethods *sq = t->as_sequence;
  if (sq) {
    if (has_index(key)) {
      intptr_t i = sh_number_as_ssize(key, &sh_exc_IndexError);
      if (i == -1 && sh_err_occurred()) return -1;
      if (sq->ass_item) return sq->ass_item(o, i, value);
      /* CPython's sequence-level wording differs for deletion */
      if (value)
        sh_err_format(&sh_exc_TypeError, "'%T' object does not support item assignment", o);
      else
        sh_err_format(&sh_exc_TypeError, "'%T' object doesn't support item deletion", o);
      return -1;
    }
    if (sq->ass_item) {
      sh_err_format(&sh_exc_TypeError, "sequence index must be integer, not '%T'", key);
      return -1;
    }
  }
  if (value)
    sh_err_format(&sh_exc_TypeError, "'%T' object does not support item assignment", o);
  else
    sh_err_format(&sh_exc_TypeError, "'%T' object does not support item deletion", o);
  return -1;
}

int sh_object_setitem(ShObject *o, ShObject *key, ShObject *value) {
  if (value == NULL) {
    sh_err_bad_internal_call();
    return -1;
  }
  return assign_item(o, key, value);
}

int sh_object_delitem(ShObject *o, ShObject *key) {
  return assign_item(o, key, NULL);
}

intptr_t sh_object_length(ShObject *o) {
  ShType *t = SH_TYPE(o);
  if (t->as_sequence && t->as_sequence->length) return t->as_sequence->length(o);
  if (t->as_mapping && t->as_mapping->length) return t->as_mapping->length(o);
  sh_err_format(&sh_exc_TypeError, "object of type '%T' has no len()", o);
  return -1;
}

static bool has_length(ShType *t) {
  return (t->as_sequence && t->as_sequence->length) || (t->as_mapping && t->as_mapping->length);
}

intptr_t sh_object_length_hint(ShObject *o, intptr_t dflt) {
  if (has_length(SH_TYPE(o))) {
    intptr_t n = sh_object_length(o);
    if (n >= 0) return n;
    if (!sh_err_matches(&sh_exc_TypeError)) return -1;
    sh_err_clear();
  }
  ShObject *hint = sh_object_lookup_special(o, SH_ID(__length_hint__));
  if (hint == NULL) return sh_err_occurred() ? -1 : dflt;
  ShObject *r = sh_call0(hint);
  sh_decref(hint);
  if (r == NULL) {
    if (sh_err_matches(&sh_exc_TypeError)) {
      sh_err_clear();
      return dflt;
    }
    return -1;
  }
  if (r == SH_NOTIMPLEMENTED) return dflt;
  if (!SH_INT_CHECK(r)) {
    sh_err_format(&sh_exc_TypeError, "__length_hint__ must be an integer, not %T", r);
    sh_decref(r);
    return -1;
  }
  intptr_t n = sh_int_as_ssize(r);
  sh_decref(r);
  if (n == -1 && sh_err_occurred()) return -1;
  if (n < 0) {
    sh_err_set_string(&sh_exc_ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

int sh_sequence_contains(ShObject *container, ShObject *item) {
  ShSequenceMethods *sq = SH_TYPE(container)->as_sequence;
  if (sq && sq->contains) return sq->contains(container, item);
  ShObject *it = sh_object_iter(container);
  if (it == NULL) {
    if (sh_err_matches(&sh_exc_TypeError)) {
      sh_err_clear();
      sh_err_format(&sh_exc_TypeError, "argument of type '%T' is not iterable", container);
    }
    return -1;
  }
  ShObject *x;
  int found = 0;
  while ((x = sh_iter_next(it)) != NULL) {
    found = sh_object_richcompare_bool(x, item, SH_EQ);
    sh_decref(x);
    if (found != 0) break;
  }
  sh_decref(it);
  if (found == 0 && sh_err_occurred()) return -1;
  return found;
}

/* ------------------------------------------------------------ iteration */

/* Old-style iteration via __getitem__: builtins with an item slot, and
   classes that define __getitem__ without __iter__. */
static bool is_getitem_sequence(ShType *t) {
  if (t->flags & SH_TPFLAGS_DICT_SUBCLASS) return false;
  if (t->as_sequence && t->as_sequence->item) return true;
  return (t->flags & SH_TPFLAGS_HEAPTYPE) && sh_type_lookup(t, SH_ID(__getitem__)) != NULL;
}

ShObject *sh_object_iter(ShObject *o) {
  ShType *t = SH_TYPE(o);
  if (t->iter) {
    ShObject *r = t->iter(o);
    if (r != NULL && SH_TYPE(r)->iternext == NULL) {
      sh_err_format(&sh_exc_TypeError, "iter() returned non-iterator of type '%T'", r);
      SH_CLEAR(r);
    }
    return r;
  }
  if (is_getitem_sequence(t)) return sh_seqiter_new(o);
  return sh_err_format(&sh_exc_TypeError, "'%T' object is not iterable", o);
}

ShObject *sh_iter_next(ShObject *it) {
  sh_unaryfunc next = SH_TYPE(it)->iternext;
  if (next == NULL) return sh_err_format(&sh_exc_TypeError, "'%T' object is not an iterator", it);
  ShObject *r = next(it);
  if (r == NULL && sh_err_occurred() && sh_err_matches(&sh_exc_StopIteration)) sh_err_clear();
  return r;
}

bool sh_iter_check(ShObject *o) {
  return SH_TYPE(o)->iternext != NULL;
}

ShObject *sh_sequence_list(ShObject *iterable) {
  ShObject *list = sh_list_new(0);
  if (list == NULL) return NULL;
  if (sh_list_extend(list, iterable) < 0) {
    sh_decref(list);
    return NULL;
  }
  return list;
}

ShObject *sh_sequence_tuple(ShObject *iterable) {
  if (SH_TUPLE_CHECK_EXACT(iterable)) return sh_newref(iterable);
  if (SH_LIST_CHECK(iterable)) return sh_list_as_tuple(iterable);
  ShObject *list = sh_sequence_list(iterable);
  if (list == NULL) return NULL;
  ShObject *t = sh_list_as_tuple(list);
  sh_decref(list);
  return t;
}
