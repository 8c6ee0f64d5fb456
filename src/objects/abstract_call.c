/* Calling objects: the vectorcall entry point and its convenience forms
   (tuple + dict arguments, method calls). */
#include "../shoal.h"

bool sh_callable(ShObject *o) {
  return SH_TYPE(o)->call != NULL;
}

ShObject *sh_call(ShObject *callable, ShObject *const *args, size_t nargs, ShObject *kwnames) {
  sh_vectorcallfunc call = SH_TYPE(callable)->call;
  if (call == NULL)
    return sh_err_format(&sh_exc_TypeError, "'%T' object is not callable", callable);
  if (kwnames != NULL && SH_TUPLE_SIZE(kwnames) == 0) kwnames = NULL;
  if (sh_enter_recursive_call(" while calling a Python object") < 0) return NULL;
  ShObject *r = call(callable, args, nargs, kwnames);
  sh_leave_recursive_call();
  return sh_call_check_result(callable, r);
}

ShObject *sh_call_check_result_slow(ShObject *callable, ShObject *r) {
  if (r == NULL) {
    if (!sh_err_occurred())
      sh_err_format(&sh_exc_SystemError, "%R returned NULL without setting an exception", callable);
  } else if (sh_err_occurred()) {
    sh_decref(r);
    ShObject *exc = sh_err_fetch();
    sh_err_format(&sh_exc_SystemError, "%R returned a result with an exception set", callable);
    ShObject *sys_err = sh_err_fetch();
    sh_exc_set_context(sys_err, exc);
    sh_err_restore(sys_err);
    return NULL;
  }
  return r;
}

ShObject *sh_call0(ShObject *callable) {
  return sh_call(callable, NULL, 0, NULL);
}

ShObject *sh_call1(ShObject *callable, ShObject *arg) {
  return sh_call(callable, &arg, 1, NULL);
}

ShObject *sh_call2(ShObject *callable, ShObject *a, ShObject *b) {
  ShObject *args[2] = {a, b};
  return sh_call(callable, args, 2, NULL);
}

ShObject *sh_call_tuple_dict(ShObject *callable, ShObject *args, ShObject *kwargs) {
  if (args == NULL || !SH_TUPLE_CHECK(args)) return sh_err_bad_internal_call();
  intptr_t nargs = SH_TUPLE_SIZE(args);
  intptr_t nkw = (kwargs && SH_DICT_CHECK(kwargs)) ? sh_dict_size(kwargs) : 0;
  if (nkw == 0) return sh_call(callable, SH_TUPLE_ITEMS(args), (size_t)nargs, NULL);

  /* Snapshot the dict first: keys and values get real references so a
     callee mutating the dict cannot free them under us. */
  ShObject *items = sh_dict_items_list(kwargs);
  if (items == NULL) return NULL;
  nkw = sh_list_size(items);
  ShObject **stack = sh_mem_alloc((size_t)(nargs + nkw) * sizeof(ShObject *));
  ShObject *kwnames = sh_tuple_new(nkw);
  ShObject *result = NULL;
  intptr_t filled = 0;
  if (stack == NULL || kwnames == NULL) {
    if (stack == NULL) sh_err_no_memory();
    goto done;
  }
  for (intptr_t i = 0; i < nargs; i++)
    stack[i] = SH_TUPLE_GET(args, i);
  for (intptr_t i = 0; i < nkw; i++) {
    ShObject *pair = sh_list_get_item(items, i);
    if (pair == NULL) goto done;
    ShObject *k = SH_TUPLE_GET(pair, 0), *v = SH_TUPLE_GET(pair, 1);
    if (!SH_STR_CHECK(k)) {
      sh_decref(pair);
      sh_err_set_string(&sh_exc_TypeError, "keywords must be strings");
      goto done;
    }
    SH_TUPLE_ITEMS(kwnames)[i] = sh_newref(k);
    stack[nargs + i] = sh_newref(v);
    filled++;
    sh_decref(pair);
  }
  result = sh_call(callable, stack, (size_t)nargs, kwnames);
done:
  if (stack) {
    for (intptr_t i = 0; i < filled; i++)
      sh_decref(stack[nargs + i]);
    sh_mem_free(stack);
  }
  if (kwnames && filled < nkw) {
    /* a partially filled tuple: fill the rest so its dealloc sees no NULLs */
    for (intptr_t i = filled; i < nkw; i++)
      SH_TUPLE_ITEMS(kwnames)[i] = sh_newref(SH_NONE);
  }
  sh_xdecref(kwnames);
  sh_decref(items);
  return result;
}

ShObject *sh_call_method(ShObject *obj, ShObject *name, ShObject *const *args, size_t nargs) {
  bool unbound = false;
  ShObject *meth = sh_object_get_method(obj, name, &unbound);
  if (meth == NULL) return NULL;
  ShObject *r;
  if (unbound) {
    ShObject *small[8];
    ShObject **stack = nargs + 1 <= 8 ? small : sh_mem_alloc((nargs + 1) * sizeof(ShObject *));
    if (stack == NULL) {
      sh_decref(meth);
      return sh_err_no_memory();
    }
    stack[0] = obj;
    for (size_t i = 0; i < nargs; i++)
      stack[i + 1] = args[i];
    r = sh_call(meth, stack, nargs + 1, NULL);
    if (stack != small) sh_mem_free(stack);
  } else {
    r = sh_call(meth, args, nargs, NULL);
  }
  sh_decref(meth);
  return r;
}
