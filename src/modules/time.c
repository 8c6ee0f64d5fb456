/* The time module: clocks, sleep, struct_time conversions (gmtime,
   localtime, mktime), strftime/asctime/ctime and the timezone constants. */
#include "sys_structseq.h"
#include "../shoal.h"
#include "../vm/eval.h"

#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <time.h>

static ShStructSeqType struct_time_type, clock_info_type;
static const char *const struct_time_fields[] = {"tm_year",  "tm_mon",  "tm_mday",  "tm_hour",
                                                 "tm_min",   "tm_sec",  "tm_wday",  "tm_yday",
                                                 "tm_isdst", "tm_zone", "tm_gmtoff"};
static const char *const clock_info_fields[] = {"implementation", "monotonic", "adjustable",
                                                "resolution"};

/* --------------------------------------------------------------- clocks */

static int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static ShObject *seconds(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return sh_float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static ShObject *time_time(ShObject *self) {
  return seconds(CLOCK_REALTIME);
}
static ShObject *time_time_ns(ShObject *self) {
  return sh_int_from_i64(clock_ns(CLOCK_REALTIME));
}
static ShObject *time_monotonic(ShObject *self) {
  return seconds(CLOCK_MONOTONIC);
}
static ShObject *time_monotonic_ns(ShObject *self) {
  return sh_int_from_i64(clock_ns(CLOCK_MONOTONIC));
}
static ShObject *time_process_time(ShObject *self) {
  return seconds(CLOCK_PROCESS_CPUTIME_ID);
}
static ShObject *time_process_time_ns(ShObject *self) {
  return sh_int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static ShObject *time_thread_time(ShObject *self) {
  return seconds(CLOCK_THREAD_CPUTIME_ID);
}
static ShObject *time_thread_time_ns(ShObject *self) {
  return sh_int_from_i64(clock_ns(CLOCK_THREAD_CPUTIME_ID));
}

/* A seconds argument (int or float) as a double; CPython's messages. */
static int get_seconds(ShObject *o, double *out) {
  if (SH_FLOAT_CHECK(o)) {
    *out = SH_FLOAT_VALUE(o);
    if (isnan(*out)) {
      sh_err_set_string(&sh_exc_ValueError, "Invalid value NaN (not a number)");
      return -1;
    }
    return 0;
  }
  ShObject *i = sh_number_index(o);
  if (i == NULL) return -1;
  *out = sh_int_as_double(i);
  sh_decref(i);
  return (*out == -1.0 && sh_err_occurred()) ? -1 : 0;
}

static ShObject *time_sleep(ShObject *self, ShObject *arg) {
  double secs;
  if (get_seconds(arg, &secs) < 0) return NULL;
  if (secs < 0) {
    sh_err_set_string(&sh_exc_ValueError, "sleep length must be non-negative");
    return NULL;
  }
  if (secs > 9.2e9) {
    sh_err_set_string(&sh_exc_OverflowError, "sleep length is too large");
    return NULL;
  }
  /* sleep until an absolute deadline so that signals do not stretch it */
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = floor(secs);
  deadline.tv_sec += (time_t)whole;
  deadline.tv_nsec += (long)((secs - whole) * 1e9);
  if (deadline.tv_nsec >= 1000000000) {
    deadline.tv_sec++;
    deadline.tv_nsec -= 1000000000;
  }
  /* Detached while asleep: a sleeping thread holds up no stop-the-world. A
     signal (Ctrl-C) wakes the main thread to run its handler. */
  ShThreadState *ts = sh_thread_state();
  sh_thread_detach(ts);
  int rc;
  while ((rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL)) == EINTR) {
    if (ts->is_main && sh_pending_sigint) break;
  }
  sh_thread_attach(ts);
  if (rc == EINTR && sh_eval_breaker_run(ts) < 0) return NULL;
  SH_RETURN_NONE;
}

/* ---------------------------------------------------------- struct_time */

static ShObject *tm_to_struct_time(const struct tm *tm, long gmtoff, const char *zone) {
  ShObject *v[] = {sh_int_from_i64(tm->tm_year + 1900LL),
                   sh_int_from_i64(tm->tm_mon + 1),
                   sh_int_from_i64(tm->tm_mday),
                   sh_int_from_i64(tm->tm_hour),
                   sh_int_from_i64(tm->tm_min),
                   sh_int_from_i64(tm->tm_sec),
                   sh_int_from_i64((tm->tm_wday + 6) % 7),
                   sh_int_from_i64(tm->tm_yday + 1),
                   sh_int_from_i64(tm->tm_isdst),
                   sh_str_from_cstr(zone ? zone : ""),
                   sh_int_from_i64(gmtoff)};
  return sh_structseq_make(&struct_time_type, v);
}

/* secs (None = now) to time_t */
static int get_time_t(ShObject *o, time_t *out) {
  if (o == NULL || o == SH_NONE) {
    *out = time(NULL);
    return 0;
  }
  double d;
  if (get_seconds(o, &d) < 0) return -1;
  d = floor(d);
  if (!(d >= -9.2e18 && d <= 9.2e18)) {
    sh_err_set_string(&sh_exc_OverflowError, "timestamp out of range for platform time_t");
    return -1;
  }
  *out = (time_t)d;
  return 0;
}

static ShObject *time_gmtime(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("gmtime", nargs, 0, 1) < 0) return NULL;
  time_t t;
  if (get_time_t(nargs ? args[0] : NULL, &t) < 0) return NULL;
  struct tm tm;
  if (gmtime_r(&t, &tm) == NULL) {
    sh_err_set_string(&sh_exc_OverflowError, "timestamp out of range for platform time_t");
    return NULL;
  }
  return tm_to_struct_time(&tm, 0, tm.tm_zone ? tm.tm_zone : "UTC");
}

static ShObject *time_localtime(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("localtime", nargs, 0, 1) < 0) return NULL;
  time_t t;
  if (get_time_t(nargs ? args[0] : NULL, &t) < 0) return NULL;
  struct tm tm;
  if (localtime_r(&t, &tm) == NULL) {
    sh_err_set_string(&sh_exc_OverflowError, "timestamp out of range for platform time_t");
    return NULL;
  }
  return tm_to_struct_time(&tm, tm.tm_gmtoff, tm.tm_zone);
}

/* A 9-item tuple or struct_time to struct tm (fields not range-checked
   beyond what the caller needs). */
static int tuple_to_tm(ShObject *o, struct tm *tm, const char *fname) {
  if (!SH_TUPLE_CHECK(o)) {
    sh_err_set_string(&sh_exc_TypeError, "Tuple or struct_time argument required");
    return -1;
  }
  if (SH_TUPLE_SIZE(o) != 9) {
    sh_err_format(&sh_exc_TypeError, "%s(): illegal time tuple argument", fname);
    return -1;
  }
  long v[9];
  for (int i = 0; i < 9; i++) {
    ShObject *x = SH_TUPLE_GET(o, i);
    if (SH_FLOAT_CHECK(x)) {
      sh_err_set_string(&sh_exc_TypeError, "'float' object cannot be interpreted as an integer");
      return -1;
    }
    intptr_t n = sh_number_as_ssize(x, &sh_exc_OverflowError);
    if (n == -1 && sh_err_occurred()) return -1;
    v[i] = (long)n;
  }
  memset(tm, 0, sizeof *tm);
  tm->tm_year = (int)(v[0] - 1900);
  tm->tm_mon = (int)(v[1] - 1);
  tm->tm_mday = (int)v[2];
  tm->tm_hour = (int)v[3];
  tm->tm_min = (int)v[4];
  tm->tm_sec = (int)v[5];
  tm->tm_wday = (int)((v[6] + 1) % 7);
  tm->tm_yday = (int)(v[7] - 1);
  tm->tm_isdst = (int)v[8];
  if (sh_type_check(o, &struct_time_type.type)) {
    ShObject *zone = SH_TUPLE_ITEMS(o)[9], *off = SH_TUPLE_ITEMS(o)[10];
    if (off && SH_INT_CHECK(off)) tm->tm_gmtoff = (long)sh_int_as_ssize(off);
    if (zone && SH_STR_CHECK(zone)) tm->tm_zone = sh_str_utf8(zone);
    if (sh_err_occurred()) return -1;
  }
  return 0;
}

/* The checks CPython makes before strftime/asctime. */
static int check_tm(struct tm *tm, bool for_strftime) {
  if (tm->tm_mon == -1)
    tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11)
    goto month;
  if (tm->tm_mday == 0)
    tm->tm_mday = 1;
  else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
    sh_err_set_string(&sh_exc_ValueError, "day of month out of range");
    return -1;
  }
  if (tm->tm_hour < 0 || tm->tm_hour > 23) {
    sh_err_set_string(&sh_exc_ValueError, "hour out of range");
    return -1;
  }
  if (tm->tm_min < 0 || tm->tm_min > 59) {
    sh_err_set_string(&sh_exc_ValueError, "minute out of range");
    return -1;
  }
  if (tm->tm_sec < 0 || tm->tm_sec > 61) {
    sh_err_set_string(&sh_exc_ValueError, "seconds out of range");
    return -1;
  }
  if (tm->tm_wday < 0) {
    sh_err_set_string(&sh_exc_ValueError, "day of week out of range");
    return -1;
  }
  if (tm->tm_yday == -1)
    tm->tm_yday = 0;
  else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
    sh_err_set_string(&sh_exc_ValueError, "day of year out of range");
    return -1;
  }
  if (for_strftime) {
    if (tm->tm_isdst < -1)
      tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1)
      tm->tm_isdst = 1;
  }
  return 0;
month:
  sh_err_set_string(&sh_exc_ValueError, "month out of range");
  return -1;
}

static int current_or_given(ShObject *const *args, size_t nargs, struct tm *tm, const char *fname) {
  if (nargs == 0 || args[0] == SH_NONE) {
    time_t t = time(NULL);
    localtime_r(&t, tm);
    return 0;
  }
  return tuple_to_tm(args[0], tm, fname);
}

static ShObject *time_mktime(ShObject *self, ShObject *arg) {
  struct tm tm;
  if (tuple_to_tm(arg, &tm, "mktime") < 0) return NULL;
  tm.tm_wday = -1; /* sentinel: mktime() sets it on success */
  time_t t = mktime(&tm);
  if (t == (time_t)-1 && tm.tm_wday == -1) {
    sh_err_set_string(&sh_exc_OverflowError, "mktime argument out of range");
    return NULL;
  }
  return sh_float_from_double((double)t);
}

static ShObject *time_strftime(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("strftime", nargs, 1, 2) < 0) return NULL;
  if (!SH_STR_CHECK(args[0]))
    return sh_err_format(&sh_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
  struct tm tm;
  if (current_or_given(args + 1, nargs - 1, &tm, "strftime") < 0) return NULL;
  if (check_tm(&tm, true) < 0) return NULL;
  intptr_t flen;
  const char *fmt = sh_str_utf8_and_size(args[0], &flen);
  if (fmt == NULL) return NULL;
  if (flen == 0) return sh_str_from_cstr("");
  for (size_t size = 256;; size *= 2) {
    char *buf = sh_mem_alloc(size);
    if (buf == NULL) return sh_err_no_memory();
    size_t n = strftime(buf, size, fmt, &tm);
    if (n > 0 || size >= 256 * (size_t)flen + 4096) {
      ShObject *r = sh_str_from_utf8(buf, n);
      sh_mem_free(buf);
      return r;
    }
    sh_mem_free(buf);
  }
}

static const char *const wday_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const mon_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static ShObject *format_asctime(const struct tm *tm) {
  char buf[64];
  snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", wday_names[tm->tm_wday % 7],
           mon_names[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
           1900 + tm->tm_year);
  return sh_str_from_cstr(buf);
}

static ShObject *time_asctime(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("asctime", nargs, 0, 1) < 0) return NULL;
  struct tm tm;
  if (current_or_given(args, nargs, &tm, "asctime") < 0) return NULL;
  if (check_tm(&tm, false) < 0) return NULL;
  return format_asctime(&tm);
}

static ShObject *time_ctime(ShObject *self, ShObject *const *args, size_t nargs) {
  if (sh_args_check_count("ctime", nargs, 0, 1) < 0) return NULL;
  time_t t;
  if (get_time_t(nargs ? args[0] : NULL, &t) < 0) return NULL;
  struct tm tm;
  if (localtime_r(&t, &tm) == NULL) {
    sh_err_set_string(&sh_exc_OverflowError, "timestamp out of range for platform time_t");
    return NULL;
  }
  return format_asctime(&tm);
}

static ShObject *time_get_clock_info(ShObject *self, ShObject *name) {
  if (!SH_STR_CHECK(name))
    return sh_err_format(&sh_exc_TypeError, "get_clock_info() argument 1 must be str, not %T",
                         name);
  const char *impl;
  bool monotonic, adjustable;
  clockid_t id;
  if (sh_str_equal_cstr(name, "time")) {
    impl = "clock_gettime(CLOCK_REALTIME)", monotonic = false, adjustable = true;
    id = CLOCK_REALTIME;
  } else if (sh_str_equal_cstr(name, "monotonic") || sh_str_equal_cstr(name, "perf_counter")) {
    impl = "clock_gettime(CLOCK_MONOTONIC)", monotonic = true, adjustable = false;
    id = CLOCK_MONOTONIC;
  } else if (sh_str_equal_cstr(name, "process_time")) {
    impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", monotonic = true, adjustable = false;
    id = CLOCK_PROCESS_CPUTIME_ID;
  } else if (sh_str_equal_cstr(name, "thread_time")) {
    impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", monotonic = true, adjustable = false;
    id = CLOCK_THREAD_CPUTIME_ID;
  } else {
    sh_err_set_string(&sh_exc_ValueError, "unknown clock");
    return NULL;
  }
  struct timespec res;
  double resolution = clock_getres(id, &res) == 0 ? res.tv_sec + res.tv_nsec * 1e-9 : 1e-9;
  ShObject *v[] = {sh_str_from_cstr(impl), sh_bool_from(monotonic), sh_bool_from(adjustable),
                   sh_float_from_double(resolution)};
  return sh_structseq_make(&clock_info_type, v);
}

static ShObject *time_tzset(ShObject *self);

static ShMethodDef time_methods[] = {
    {"time", (void *)time_time, SH_METH_NOARGS, NULL},
    {"time_ns", (void *)time_time_ns, SH_METH_NOARGS, NULL},
    {"monotonic", (void *)time_monotonic, SH_METH_NOARGS, NULL},
    {"monotonic_ns", (void *)time_monotonic_ns, SH_METH_NOARGS, NULL},
    {"perf_counter", (void *)time_monotonic, SH_METH_NOARGS, NULL},
    {"perf_counter_ns", (void *)time_monotonic_ns, SH_METH_NOARGS, NULL},
    {"process_time", (void *)time_process_time, SH_METH_NOARGS, NULL},
    {"process_time_ns", (void *)time_process_time_ns, SH_METH_NOARGS, NULL},
    {"thread_time", (void *)time_thread_time, SH_METH_NOARGS, NULL},
    {"thread_time_ns", (void *)time_thread_time_ns, SH_METH_NOARGS, NULL},
    {"sleep", (void *)time_sleep, SH_METH_O, NULL},
    {"gmtime", (void *)time_gmtime, SH_METH_FAST, NULL},
    {"localtime", (void *)time_localtime, SH_METH_FAST, NULL},
    {"mktime", (void *)time_mktime, SH_METH_O, NULL},
    {"strftime", (void *)time_strftime, SH_METH_FAST, NULL},
    {"asctime", (void *)time_asctime, SH_METH_FAST, NULL},
    {"ctime", (void *)time_ctime, SH_METH_FAST, NULL},
    {"get_clock_info", (void *)time_get_clock_info, SH_METH_O, NULL},
    {"tzset", (void *)time_tzset, SH_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------ timezones */

static ShObject *time_module;

/* timezone/altzone/daylight/tzname from January and July of this year,
   so the southern hemisphere's reversed DST comes out right. */
static int set_timezone_attrs(ShObject *m) {
  tzset();
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  int year = tm.tm_year;
  struct tm jan = {.tm_year = year, .tm_mon = 0, .tm_mday = 1, .tm_isdst = -1};
  struct tm jul = {.tm_year = year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1};
  time_t tjan = mktime(&jan), tjul = mktime(&jul);
  localtime_r(&tjan, &jan);
  localtime_r(&tjul, &jul);
  long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  char janname[16], julname[16];
  snprintf(janname, sizeof janname, "%s", jan.tm_zone ? jan.tm_zone : "");
  snprintf(julname, sizeof julname, "%s", jul.tm_zone ? jul.tm_zone : "");
  long tz, alt;
  const char *n0, *n1;
  if (janzone < julzone) {
    tz = julzone, alt = janzone, n0 = julname, n1 = janname;
  } else {
    tz = janzone, alt = julzone, n0 = janname, n1 = julname;
  }
  ShObject *a = sh_str_from_cstr(n0), *b = sh_str_from_cstr(n1);
  ShObject *names = (a && b) ? sh_tuple_pack(2, a, b) : NULL;
  sh_xdecref(a);
  sh_xdecref(b);
  if (names == NULL) return -1;
  if (sh_module_add_object(m, "tzname", names) < 0) return -1;
  if (sh_module_add_int(m, "timezone", tz) < 0 || sh_module_add_int(m, "altzone", alt) < 0 ||
      sh_module_add_int(m, "daylight", janzone != julzone) < 0)
    return -1;
  return 0;
}

static ShObject *time_tzset(ShObject *self) {
  if (time_module && set_timezone_attrs(time_module) < 0) return NULL;
  SH_RETURN_NONE;
}

ShObject *sh_module_init_time(void) {
  static bool types_ready;
  if (!types_ready) {
    if (sh_structseq_init_type(&struct_time_type, "time.struct_time", struct_time_fields, 11, 9,
                               true) < 0 ||
        sh_structseq_init_type(&clock_info_type, "namespace", clock_info_fields, 4, 4, false) < 0)
      return NULL;
    types_ready = true;
  }
  ShObject *m = sh_module_new("time");
  if (m == NULL) return NULL;
  if (sh_module_add_functions(m, time_methods) < 0) goto fail;
  if (sh_module_add_object(m, "struct_time", sh_newref(SH_OBJ(&struct_time_type.type))) < 0)
    goto fail;
  if (set_timezone_attrs(m) < 0) goto fail;
  if (sh_module_add_int(m, "CLOCK_REALTIME", CLOCK_REALTIME) < 0 ||
      sh_module_add_int(m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) < 0 ||
      sh_module_add_int(m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) < 0 ||
      sh_module_add_int(m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) < 0)
    goto fail;
  if (time_module == NULL) {
    time_module = m;
    sh_incref(m);
  }
  return m;
fail:
  sh_decref(m);
  return NULL;
}
