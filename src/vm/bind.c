/* Binding call arguments to a Python function's parameter registers, as
   borrowed references, with CPython's messages for every kind of mismatch. */
#include <stdio.h>
#include <string.h>

#include "frame.h"
#include "function.h"
#include "../shoal.h"

static ShObject *func_qualname(ShObject *func) {
  return ((ShFunction *)func)->qualname;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static ShObject *join_names(ShObject **names, int n) {
  ShStrBuilder sb;
  sh_sb_init(&sb);
  for (int i = 0; i < n; i++) {
    if (i > 0) sh_sb_append_cstr(&sb, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
    if (sh_sb_append_repr(&sb, names[i]) < 0) {
      sh_sb_discard(&sb);
      return NULL;
    }
  }
  return sh_sb_finish(&sb);
}

static void missing_error(ShObject *func, ShFrame *f, uint32_t from, uint32_t to, bool kwonly) {
  ShCode *co = f->code;
  ShObject *names[64];
  int n = 0;
  for (uint32_t i = from; i < to && n < 64; i++)
    if (!f->regs[i]) names[n++] = SH_TUPLE_GET(co->varnames, i);
  ShObject *list = join_names(names, n);
  if (!list) return;
  sh_err_format(&sh_exc_TypeError, "%U() missing %d required %sargument%s: %U", func_qualname(func),
                n, kwonly ? "keyword-only " : "positional ", n == 1 ? "" : "s", list);
  sh_decref(list);
}

static void too_many_positional(ShObject *func, ShFrame *f, size_t given) {
  ShCode *co = f->code;
  ShFunction *fn = (ShFunction *)func;
  ShObject *defaults = __atomic_load_n(&fn->defaults, __ATOMIC_ACQUIRE);
  intptr_t ndefaults = defaults ? SH_TUPLE_SIZE(defaults) : 0;
  uint32_t argc = co->argcount;
  int kwonly_given = 0;
  for (uint32_t i = argc; i < argc + co->kwonlyargcount; i++)
    if (f->regs[i]) kwonly_given++;
  char takes[64];
  if (ndefaults)
    snprintf(takes, sizeof takes, "from %d to %u positional argument%s", (int)(argc - ndefaults),
             argc, argc == 1 ? "" : "s");
  else
    snprintf(takes, sizeof takes, "%u positional argument%s", argc, argc == 1 ? "" : "s");
  char kwpart[96] = "";
  if (kwonly_given)
    snprintf(kwpart, sizeof kwpart, " positional argument%s (and %d keyword-only argument%s)",
             given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
  sh_err_format(&sh_exc_TypeError, "%U() takes %s but %zu%s %s given", func_qualname(func), takes,
                given, kwpart, given == 1 && !kwonly_given ? "was" : "were");
}

static int find_keyword(ShCode *co, ShObject *name, uint32_t first, uint32_t end) {
  for (uint32_t i = first; i < end; i++)
    if (SH_TUPLE_GET(co->varnames, i) == name) return (int)i;
  for (uint32_t i = first; i < end; i++)
    if (sh_str_equal(SH_TUPLE_GET(co->varnames, i), name)) return (int)i;
  return -1;
}

int sh_bind_arguments(ShFrame *f, ShObject *func, ShObject *const *args, size_t nargs,
                      ShObject *kwnames) {
  ShCode *co = f->code;
  ShFunction *fn = (ShFunction *)func;
  uint32_t argc = co->argcount, kwc = co->kwonlyargcount;
  uint32_t total = argc + kwc;
  uint32_t varargs_reg = total, varkw_reg = total + ((co->flags & SH_CO_VARARGS) ? 1 : 0);
  ShRef *R = f->regs;
  ShObject *kwdict = NULL;

  if (co->flags & SH_CO_VARKEYWORDS) {
    if (!(kwdict = sh_dict_new())) return -1;
    R[varkw_reg] = sh_ref_steal(kwdict);
  }
  size_t npos = nargs < argc ? nargs : argc;
  /* Arguments are borrowed (DESIGN 5a): the caller keeps them alive for
     the whole call, and a frame that outlives the call (a generator) takes
     real references first. No count traffic on shared arguments. */
  for (size_t i = 0; i < npos; i++)
    R[i] = sh_ref_borrow(args[i]);
  if (co->flags & SH_CO_VARARGS) {
    ShObject *rest =
        nargs > argc ? sh_tuple_from_array(args + argc, (intptr_t)(nargs - argc)) : sh_tuple_new(0);
    if (!rest) return -1;
    R[varargs_reg] = sh_ref_steal(rest);
  }

  intptr_t nkw = kwnames ? SH_TUPLE_SIZE(kwnames) : 0;
  for (intptr_t k = 0; k < nkw; k++) {
    ShObject *name = SH_TUPLE_GET(kwnames, k);
    ShObject *value = args[nargs + k];
    int i = find_keyword(co, name, co->posonlyargcount, total);
    if (i < 0) {
      int posonly = find_keyword(co, name, 0, co->posonlyargcount);
      if (kwdict) {
        if (sh_dict_set_item(kwdict, name, value) < 0) return -1;
        continue;
      }
      if (posonly >= 0)
        sh_err_format(&sh_exc_TypeError,
                      "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                      func_qualname(func), name);
      else
        sh_err_format(&sh_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                      func_qualname(func), name);
      return -1;
    }
    if (R[i]) {
      sh_err_format(&sh_exc_TypeError, "%U() got multiple values for argument '%U'",
                    func_qualname(func), name);
      return -1;
    }
    R[i] = sh_ref_borrow(value);
  }

  if (nargs > argc && !(co->flags & SH_CO_VARARGS)) {
    too_many_positional(func, f, nargs);
    return -1;
  }

  if (nargs < argc) {
    /* loaded once: another thread may replace __defaults__ meanwhile (the
       old tuple lives until a grace period, function.c) */
    ShObject *defaults = __atomic_load_n(&fn->defaults, __ATOMIC_ACQUIRE);
    intptr_t ndefaults = defaults ? SH_TUPLE_SIZE(defaults) : 0;
    uint32_t first_default = argc - (uint32_t)ndefaults;
    for (uint32_t i = (uint32_t)nargs; i < first_default; i++)
      if (!R[i]) {
        missing_error(func, f, (uint32_t)nargs, first_default, false);
        return -1;
      }
    for (uint32_t i = first_default > nargs ? first_default : (uint32_t)nargs; i < argc; i++)
      if (!R[i]) R[i] = sh_ref_steal(sh_newref(SH_TUPLE_GET(defaults, i - first_default)));
  }

  if (kwc) {
    ShObject *kwdefaults = __atomic_load_n(&fn->kwdefaults, __ATOMIC_ACQUIRE);
    bool missing = false;
    for (uint32_t i = argc; i < total; i++) {
      if (R[i]) continue;
      ShObject *dflt = NULL;
      if (kwdefaults) {
        int r = sh_dict_get_ref(kwdefaults, SH_TUPLE_GET(co->varnames, i), &dflt);
        if (r < 0) return -1;
      }
      if (dflt)
        R[i] = sh_ref_steal(dflt);
      else
        missing = true;
    }
    if (missing) {
      missing_error(func, f, argc, total, true);
      return -1;
    }
  }
  return 0;
}
