/* "Did you mean: 'x'?" for uncaught NameError and AttributeError: the
   closest candidate name by a weighted edit distance, as CPython 3.11. */
#include <stdlib.h>
#include <string.h>

#include "suggestions.h"
#include "../shoal.h"

#define MAX_CANDIDATES 750
#define MAX_NAME 40
#define MOVE_COST 2
#define CASE_COST 1

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int substitution_cost(char a, char b) {
  if (a == b) return 0;
  return lower((unsigned char)a) == lower((unsigned char)b) ? CASE_COST : MOVE_COST;
}

/* Edit distance where replacing a letter by its other case costs 1 and
   any other edit 2; gives up (returns max + 1) once beyond max. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max) {
  while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
  while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
  if (na == 0) return nb * MOVE_COST;
  if (nb == 0) return na * MOVE_COST;
  if (na > MAX_NAME || nb > MAX_NAME) return max + 1;
  if (na > nb) {
    const char *t = a;
    a = b, b = t;
    size_t tn = na;
    na = nb, nb = tn;
  }
  if ((nb - na) * MOVE_COST > max) return max + 1;
  size_t row[MAX_NAME + 1];
  for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
  size_t result = 0;
  for (size_t bi = 0; bi < nb; bi++) {
    size_t distance_diag = bi * MOVE_COST;
    result = bi * MOVE_COST + MOVE_COST;
    size_t minimum = (size_t)-1;
    for (size_t ai = 0; ai < na; ai++) {
      size_t sub = distance_diag + substitution_cost(a[ai], b[bi]);
      distance_diag = row[ai];
      size_t ins_del = (result < distance_diag ? result : distance_diag) + MOVE_COST;
      result = ins_del < sub ? ins_del : sub;
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

/* The best match for name among the str items of list, or NULL. */
static ShObject *best_match(ShObject *list, ShObject *name) {
  intptr_t n = sh_list_size(list);
  if (n > MAX_CANDIDATES) return NULL;
  intptr_t nlen;
  const char *s = sh_str_utf8_and_size(name, &nlen);
  if (!s) {
    sh_err_clear();
    return NULL;
  }
  ShObject *best = NULL;
  size_t best_distance = (size_t)-1;
  for (intptr_t i = 0; i < n; i++) {
    ShObject *c = sh_list_get_item(list, i);
    if (!c) {
      sh_err_clear();
      break;
    }
    intptr_t clen;
    const char *cs = SH_STR_CHECK(c) ? sh_str_utf8_and_size(c, &clen) : NULL;
    if (!cs || sh_str_equal(c, name)) {
      sh_err_clear();
      sh_decref(c);
      continue;
    }
    size_t max = (size_t)(nlen + clen + 3) * MOVE_COST / 6;
    if (best && best_distance - 1 < max) max = best_distance - 1;
    size_t d = distance(s, (size_t)nlen, cs, (size_t)clen, max);
    if (d > max) {
      sh_decref(c);
      continue;
    }
    if (!best || d < best_distance) {
      SH_SETREF(best, c);
      best_distance = d;
    } else {
      sh_decref(c);
    }
  }
  return best;
}

static ShObject *match_in_keys(ShObject *dict, ShObject *name) {
  if (!dict || !SH_DICT_CHECK(dict)) return NULL;
  ShObject *keys = sh_dict_keys_list(dict);
  if (!keys) {
    sh_err_clear();
    return NULL;
  }
  ShObject *r = best_match(keys, name);
  sh_decref(keys);
  return r;
}

ShObject *sh_suggest_for_name(ShObject *name, ShObject *locals, ShObject *globals,
                              ShObject *builtins) {
  ShObject *r = match_in_keys(locals, name);
  if (!r) r = match_in_keys(globals, name);
  if (!r) r = match_in_keys(builtins, name);
  return r;
}

ShObject *sh_suggest_for_attribute(ShObject *obj, ShObject *name) {
  ShObject *names = sh_object_dir(obj);
  if (!names) {
    sh_err_clear();
    return NULL;
  }
  ShObject *r = SH_LIST_CHECK(names) ? best_match(names, name) : NULL;
  sh_decref(names);
  return r;
}
