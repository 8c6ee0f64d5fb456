/* Builtins that consume an iterable: all, any, sum, min, max, sorted. */
#include "builtins_internal.h"

static ShObject *all_any(ShObject *iterable, bool want) {
  ShObject *it = sh_object_iter(iterable);
  if (it == NULL) return NULL;
  ShObject *x;
  while ((x = sh_iter_next(it)) != NULL) {
    int t = sh_object_is_true(x);
    sh_decref(x);
    if (t < 0) {
      sh_decref(it);
      return NULL;
    }
    if ((bool)t == want) {
      sh_decref(it);
      return sh_bool_from(want);
    }
  }
  sh_decref(it);
  if (sh_err_occurred()) return NULL;
  return sh_bool_from(!want);
}

static ShObject *builtin_all(ShObject *self, ShObject *o) {
  return all_any(o, false);
}
static ShObject *builtin_any(ShObject *self, ShObject *o) {
  return all_any(o, true);
}

/* ------------------------------------------------------------------- sum */

static ShObject *builtin_sum(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  ShObject *iterable, *start;
  if (nargs == 0)
    return sh_err_format(&sh_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (sh_args_parse("sum", args, nargs, kwnames, "iterable/|start", &iterable, &start) < 0)
    return NULL;
  if (start == NULL) {
    start = sh_int_from_i64(0);
  } else {
    if (SH_STR_CHECK(start))
      return sh_err_format(&sh_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (SH_BYTES_CHECK(start))
      return sh_err_format(&sh_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (sh_type_check(start, &sh_type_bytearray))
      return sh_err_format(&sh_exc_TypeError,
                           "sum() can't sum bytearray [use b''.join(seq) instead]");
    sh_incref(start);
  }
  ShObject *result = start;
  ShObject *it = sh_object_iter(iterable);
  if (it == NULL) {
    sh_decref(result);
    return NULL;
  }
  ShObject *item;

  /* Exact ints accumulate in a machine word until one overflows or a
     non-int shows up; then the objects take over. */
  if (SH_INT_CHECK_EXACT(result) && SH_INT_IS_SMALL(result)) {
    int64_t acc = SH_INT_SMALL_VALUE(result);
    bool done = false;
    while (!done) {
      item = sh_iter_next(it);
      if (item == NULL) {
        sh_decref(it);
        sh_decref(result);
        if (sh_err_occurred()) return NULL;
        return sh_int_from_i64(acc);
      }
      if ((SH_INT_CHECK_EXACT(item) || SH_TYPE(item) == &sh_type_bool) && SH_INT_IS_SMALL(item)) {
        int64_t sum;
        if (!__builtin_add_overflow(acc, SH_INT_SMALL_VALUE(item), &sum)) {
          acc = sum;
          sh_decref(item);
          continue;
        }
      }
      ShObject *partial = sh_int_from_i64(acc);
      if (partial == NULL) goto fail_item;
      SH_SETREF(result, partial);
      ShObject *t = sh_number_binary(result, item, SH_BINOP_ADD);
      sh_decref(item);
      SH_SETREF(result, t);
      if (result == NULL) goto fail;
      done = true;
    }
  }

  /* Floats add in a double (plain summation, as CPython 3.11). */
  if (SH_FLOAT_CHECK_EXACT(result)) {
    double acc = SH_FLOAT_VALUE(result);
    for (;;) {
      item = sh_iter_next(it);
      if (item == NULL) {
        sh_decref(it);
        sh_decref(result);
        if (sh_err_occurred()) return NULL;
        return sh_float_from_double(acc);
      }
      if (SH_FLOAT_CHECK_EXACT(item)) {
        acc += SH_FLOAT_VALUE(item);
        sh_decref(item);
        continue;
      }
      if (SH_INT_CHECK(item) && SH_INT_IS_SMALL(item)) {
        acc += (double)SH_INT_SMALL_VALUE(item);
        sh_decref(item);
        continue;
      }
      ShObject *partial = sh_float_from_double(acc);
      if (partial == NULL) goto fail_item;
      SH_SETREF(result, partial);
      ShObject *t = sh_number_binary(result, item, SH_BINOP_ADD);
      sh_decref(item);
      SH_SETREF(result, t);
      if (result == NULL) goto fail;
      break;
    }
  }

  while ((item = sh_iter_next(it)) != NULL) {
    ShObject *t = sh_number_binary(result, item, SH_BINOP_ADD);
    sh_decref(item);
    SH_SETREF(result, t);
    if (result == NULL) goto fail;
  }
  sh_decref(it);
  if (sh_err_occurred()) {
    sh_decref(result);
    return NULL;
  }
  return result;
fail_item:
  sh_decref(item);
fail:
  sh_xdecref(result);
  sh_decref(it);
  return NULL;
}

/* --------------------------------------------------------------- min/max */

static ShObject *min_max(ShObject *const *args, size_t nargs, ShObject *kwnames, int op,
                         const char *name) {
  ShObject *key = NULL, *dflt = NULL;
  if (kwnames && SH_TUPLE_SIZE(kwnames) &&
      sh_args_parse(name, args + nargs, 0, kwnames, "|$key,default", &key, &dflt) < 0)
    return NULL;
  if (nargs == 0)
    return sh_err_format(&sh_exc_TypeError, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && dflt)
    return sh_err_format(&sh_exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
  if (key == SH_NONE) key = NULL;
  ShObject *it = NULL, *seq = NULL;
  if (nargs == 1) {
    it = sh_object_iter(args[0]);
  } else {
    seq = sh_tuple_from_array(args, (intptr_t)nargs);
    if (seq) it = sh_object_iter(seq);
  }
  sh_xdecref(seq);
  if (it == NULL) return NULL;
  ShObject *best = NULL, *bestval = NULL, *item;
  while ((item = sh_iter_next(it)) != NULL) {
    ShObject *val = key ? sh_call1(key, item) : sh_newref(item);
    if (val == NULL) {
      sh_decref(item);
      goto fail;
    }
    if (best == NULL) {
      best = item;
      bestval = val;
      continue;
    }
    int c = sh_object_richcompare_bool(val, bestval, op);
    if (c < 0) {
      sh_decref(item);
      sh_decref(val);
      goto fail;
    }
    if (c) {
      SH_SETREF(best, item);
      SH_SETREF(bestval, val);
    } else {
      sh_decref(item);
      sh_decref(val);
    }
  }
  if (sh_err_occurred()) goto fail;
  sh_decref(it);
  sh_xdecref(bestval);
  if (best) return best;
  if (dflt) return sh_newref(dflt);
  return sh_err_format(&sh_exc_ValueError, "%s() arg is an empty sequence", name);
fail:
  sh_xdecref(best);
  sh_xdecref(bestval);
  sh_decref(it);
  return NULL;
}

static ShObject *builtin_min(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  return min_max(args, nargs, kwnames, SH_LT, "min");
}

static ShObject *builtin_max(ShObject *self, ShObject *const *args, size_t nargs,
                             ShObject *kwnames) {
  return min_max(args, nargs, kwnames, SH_GT, "max");
}

/* ---------------------------------------------------------------- sorted */

static ShObject *builtin_sorted(ShObject *self, ShObject *const *args, size_t nargs,
                                ShObject *kwnames) {
  if (nargs != 1)
    return sh_err_format(&sh_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
  ShObject *key = NULL, *reverse = NULL;
  if (kwnames && SH_TUPLE_SIZE(kwnames) &&
      sh_args_parse("sort", args + nargs, 0, kwnames, "|$key,reverse", &key, &reverse) < 0)
    return NULL;
  bool rev = false;
  if (reverse) {
    intptr_t r = sh_number_as_ssize(reverse, NULL);
    if (r == -1 && sh_err_occurred()) return NULL;
    rev = r != 0;
  }
  ShObject *list = sh_sequence_list(args[0]);
  if (list == NULL) return NULL;
  if (sh_list_sort(list, key == SH_NONE ? NULL : key, rev) < 0) {
    sh_decref(list);
    return NULL;
  }
  return list;
}

ShMethodDef sh_builtins_iter_methods[] = {
    {"all", (void *)builtin_all, SH_METH_O,
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", (void *)builtin_any, SH_METH_O,
     "Return True if bool(x) is True for any x in the iterable."},
    {"sum", (void *)builtin_sum, SH_METH_FASTKW, NULL},
    {"min", (void *)builtin_min, SH_METH_FASTKW, NULL},
    {"max", (void *)builtin_max, SH_METH_FASTKW, NULL},
    {"sorted", (void *)builtin_sorted, SH_METH_FASTKW, NULL},
    {NULL, NULL, 0, NULL},
};
