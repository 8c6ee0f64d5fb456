/* Per-code-point Unicode properties and full case mappings for str's
   methods, looked up in tables generated from CPython's own behaviour. */
#include "str_internal.h"
#include "str_unicode_tables.h"

#define COUNT(t) (sizeof(t) / sizeof((t)[0]))

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < r[mid][0])
      hi = mid;
    else if (c > r[mid][1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

#define RANGES(t, c) in_ranges((t), COUNT(t), (c))

bool sh_uni_isspace(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return RANGES(uni_space, c);
}
bool sh_uni_isalpha(uint32_t c) {
  if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
  return RANGES(uni_alpha, c);
}
bool sh_uni_isdecimal(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return RANGES(uni_decimal, c);
}
int sh_uni_decimal_value(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
  size_t lo = 0, hi = COUNT(uni_decimal);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < uni_decimal[mid][0])
      hi = mid;
    else if (c > uni_decimal[mid][1])
      lo = mid + 1;
    else
      return (int)((c - uni_decimal[mid][0]) % 10);
  }
  return -1;
}
bool sh_uni_isdigit(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return RANGES(uni_digit, c);
}
bool sh_uni_isnumeric(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return RANGES(uni_numeric, c);
}
bool sh_uni_isprintable(uint32_t c) {
  if (c < 128) return c >= 32 && c < 127;
  return !RANGES(uni_unprintable, c);
}
bool sh_uni_islower(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return RANGES(uni_lower, c);
}
bool sh_uni_isupper(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return RANGES(uni_upper, c);
}
bool sh_uni_istitle(uint32_t c) {
  return c >= 128 && RANGES(uni_title, c);
}
bool sh_uni_iscased(uint32_t c) {
  if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
  return RANGES(uni_cased, c);
}
bool sh_uni_iscaseignorable(uint32_t c) {
  return RANGES(uni_case_ignorable, c);
}
bool sh_uni_islinebreak(uint32_t c) {
  switch (c) {
  case '\n':
  case '\r':
  case 0x0b:
  case 0x0c:
  case 0x1c:
  case 0x1d:
  case 0x1e:
  case 0x85:
  case 0x2028:
  case 0x2029: return true;
  default: return false;
  }
}

static int map_full(const ShCaseRun *runs, size_t nruns, const ShCaseMulti *multi, size_t nmulti,
                    uint32_t c, uint32_t *out) {
  size_t lo = 0, hi = nruns;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < runs[mid].lo)
      hi = mid;
    else if (c > runs[mid].hi)
      lo = mid + 1;
    else {
      if ((c - runs[mid].lo) % (uint32_t)runs[mid].stride == 0) {
        out[0] = (uint32_t)((int32_t)c + runs[mid].delta);
        return 1;
      }
      break;
    }
  }
  lo = 0;
  hi = nmulti;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < multi[mid].cp)
      hi = mid;
    else if (c > multi[mid].cp)
      lo = mid + 1;
    else {
      int n = 0;
      while (n < 3 && multi[mid].to[n]) {
        out[n] = multi[mid].to[n];
        n++;
      }
      return n;
    }
  }
  out[0] = c;
  return 1;
}

#define MAP(name, c, out)                                                                          \
  map_full(name##_runs, COUNT(name##_runs), name##_multi, COUNT(name##_multi), (c), (out))

int sh_uni_tolower_full(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return 1;
  }
  return MAP(uni_tolower, c, out);
}
int sh_uni_toupper_full(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    return 1;
  }
  return MAP(uni_toupper, c, out);
}
int sh_uni_totitle_full(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    return 1;
  }
  return MAP(uni_totitle, c, out);
}
int sh_uni_casefold_full(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return 1;
  }
  return MAP(uni_casefold, c, out);
}
uint32_t sh_uni_tolower(uint32_t c) {
  uint32_t out[3];
  return sh_uni_tolower_full(c, out) == 1 ? out[0] : c;
}
uint32_t sh_uni_toupper(uint32_t c) {
  uint32_t out[3];
  return sh_uni_toupper_full(c, out) == 1 ? out[0] : c;
}

bool sh_uni_isxidstart(uint32_t c) {
  if (c < 128) return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z');
  return RANGES(uni_xid_start, c);
}
bool sh_uni_isxidcontinue(uint32_t c) {
  if (c < 128) return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
  return RANGES(uni_xid_continue, c);
}
