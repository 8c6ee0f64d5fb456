/* The format-spec mini-language parser and the padding step shared by the
   __format__ of str, int, float and complex. */
#include <stdio.h>
#include <string.h>

#include "../shoal.h"

static bool is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Reads a decimal number at *pos; returns -2 on overflow (error set), -1
   when there are no digits. */
static intptr_t read_number(ShObject *spec, intptr_t *pos, intptr_t end) {
  intptr_t v = -1;
  while (*pos < end) {
    uint32_t c = SH_STR_CHAR(spec, *pos);
    if (c < '0' || c > '9') break;
    if (v < 0) v = 0;
    if (v > (INTPTR_MAX - 9) / 10) {
      sh_err_set_string(&sh_exc_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + (intptr_t)(c - '0');
    (*pos)++;
  }
  return v;
}

static void set_code_error(const char *prefix, uint32_t code, ShObject *obj, const char *suffix) {
  char codebuf[16];
  if (code > 32 && code < 128)
    snprintf(codebuf, sizeof codebuf, "%c", (char)code);
  else
    snprintf(codebuf, sizeof codebuf, "\\x%x", (unsigned)code);
  if (obj)
    sh_err_format(&sh_exc_ValueError, "%s'%s' for object of type '%s'%s", prefix, codebuf,
                  sh_type_name(SH_TYPE(obj)), suffix);
  else
    sh_err_format(&sh_exc_ValueError, "%s'%s'%s", prefix, codebuf, suffix);
}

ShObject *sh_format_spec_unknown_code(const ShFormatSpec *spec, ShObject *obj) {
  set_code_error("Unknown format code ", spec->type_cp ? spec->type_cp : (uint8_t)spec->type, obj,
                 "");
  return NULL;
}

static int grouping_error(char grouping, uint32_t type) {
  char codebuf[16];
  if (type > 32 && type < 128)
    snprintf(codebuf, sizeof codebuf, "%c", (char)type);
  else
    snprintf(codebuf, sizeof codebuf, "\\x%x", (unsigned)type);
  sh_err_format(&sh_exc_ValueError, "Cannot specify '%c' with '%s'.", grouping, codebuf);
  return -1;
}

static int both_separators(void) {
  sh_err_set_string(&sh_exc_ValueError, "Cannot specify both ',' and '_'.");
  return -1;
}

int sh_format_spec_parse_for(ShObject *spec, ShObject *obj, ShFormatSpec *out) {
  return sh_format_spec_parse_default(spec, obj, 0, out);
}

int sh_format_spec_parse_default(ShObject *spec, ShObject *obj, char default_type,
                                 ShFormatSpec *out) {
  return sh_format_spec_parse_range(spec, 0, spec ? SH_STR_LEN(spec) : 0, obj, default_type, out);
}

int sh_format_spec_parse_range(ShObject *spec, intptr_t start, intptr_t end, ShObject *obj,
                               char default_type, ShFormatSpec *out) {
  memset(out, 0, sizeof *out);
  out->fill = ' ';
  out->width = -1;
  out->precision = -1;
  intptr_t pos = start;
  bool fill_given = false;
  if (end == start) return 0;

  if (end - start >= 2 && is_align(SH_STR_CHAR(spec, start + 1))) {
    out->fill = SH_STR_CHAR(spec, start);
    out->align = (char)SH_STR_CHAR(spec, start + 1);
    fill_given = true;
    pos = start + 2;
  } else if (is_align(SH_STR_CHAR(spec, start))) {
    out->align = (char)SH_STR_CHAR(spec, start);
    pos = start + 1;
  }
  if (pos < end) {
    uint32_t c = SH_STR_CHAR(spec, pos);
    if (c == '+' || c == '-' || c == ' ') {
      out->sign = (char)c;
      pos++;
    }
  }
  if (pos < end && SH_STR_CHAR(spec, pos) == 'z') {
    out->no_neg_zero = true;
    pos++;
  }
  if (pos < end && SH_STR_CHAR(spec, pos) == '#') {
    out->alternate = true;
    pos++;
  }
  if (!fill_given && pos < end && SH_STR_CHAR(spec, pos) == '0') {
    out->fill = '0';
    out->zero_pad = true;
    pos++;
  }
  intptr_t w = read_number(spec, &pos, end);
  if (w == -2) return -1;
  out->width = w;

  if (pos < end && SH_STR_CHAR(spec, pos) == ',') {
    out->grouping = ',';
    pos++;
  }
  if (pos < end && SH_STR_CHAR(spec, pos) == '_') {
    if (out->grouping) return both_separators();
    out->grouping = '_';
    pos++;
  }
  if (pos < end && SH_STR_CHAR(spec, pos) == ',' && out->grouping == '_') return both_separators();

  if (pos < end && SH_STR_CHAR(spec, pos) == '.') {
    pos++;
    intptr_t p = read_number(spec, &pos, end);
    if (p == -2) return -1;
    if (p == -1) {
      sh_err_set_string(&sh_exc_ValueError, "Format specifier missing precision");
      return -1;
    }
    out->precision = p;
  }

  if (end - pos > 1) {
    ShObject *text = sh_str_substring(spec, start, end);
    if (!text) return -1;
    if (obj)
      sh_err_format(&sh_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                    text, sh_type_name(SH_TYPE(obj)));
    else
      sh_err_format(&sh_exc_ValueError, "Invalid format specifier '%U'", text);
    sh_decref(text);
    return -1;
  }
  if (end - pos == 1) {
    uint32_t c = SH_STR_CHAR(spec, pos);
    out->type_cp = c;
    out->type = c < 128 ? (char)c : 0x7f;
  }

  if (out->grouping) {
    uint32_t code = out->type_cp ? out->type_cp : (uint8_t)default_type;
    switch (out->type ? out->type : default_type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0: break;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (out->grouping == '_') break;
      return grouping_error(out->grouping, code);
    default: return grouping_error(out->grouping, code);
    }
  }
  return 0;
}

int sh_format_spec_parse(ShObject *spec, ShFormatSpec *out) {
  return sh_format_spec_parse_for(spec, NULL, out);
}

/* Code points in a UTF-8 buffer (continuation bytes do not count). */
static size_t utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

static int append_fill(ShStrBuilder *sb, const char *fill, size_t fill_len, intptr_t n) {
  for (intptr_t i = 0; i < n; i++)
    if (sh_sb_append(sb, fill, fill_len) < 0) return -1;
  return 0;
}

ShObject *sh_format_spec_pad(const ShFormatSpec *spec, const char *body, size_t len,
                             char default_align) {
  intptr_t chars = (intptr_t)utf8_count(body, len);
  if (spec->width <= chars) return sh_str_from_utf8(body, len);
  intptr_t pad = spec->width - chars;
  char align = spec->align;
  if (!align) align = (spec->zero_pad && default_align == '>') ? '=' : default_align;

  char fill[4];
  size_t fill_len;
  uint32_t f = spec->fill;
  if (f < 0x80) {
    fill[0] = (char)f;
    fill_len = 1;
  } else if (f < 0x800) {
    fill[0] = (char)(0xC0 | (f >> 6));
    fill[1] = (char)(0x80 | (f & 0x3F));
    fill_len = 2;
  } else if (f < 0x10000) {
    fill[0] = (char)(0xE0 | (f >> 12));
    fill[1] = (char)(0x80 | ((f >> 6) & 0x3F));
    fill[2] = (char)(0x80 | (f & 0x3F));
    fill_len = 3;
  } else {
    fill[0] = (char)(0xF0 | (f >> 18));
    fill[1] = (char)(0x80 | ((f >> 12) & 0x3F));
    fill[2] = (char)(0x80 | ((f >> 6) & 0x3F));
    fill[3] = (char)(0x80 | (f & 0x3F));
    fill_len = 4;
  }

  ShStrBuilder sb;
  sh_sb_init(&sb);
  intptr_t left, right;
  size_t prefix = 0;
  switch (align) {
  case '>':
    left = pad;
    right = 0;
    break;
  case '^':
    left = pad / 2;
    right = pad - left;
    break;
  case '=':
    left = pad;
    right = 0;
    if (len > 0 && (body[0] == '+' || body[0] == '-' || body[0] == ' ')) prefix = 1;
    if (spec->alternate && strchr("bBoOxX", spec->type) && spec->type && len >= prefix + 2 &&
        body[prefix] == '0' && strchr("bBoOxX", body[prefix + 1]))
      prefix += 2;
    break;
  default:
    left = 0;
    right = pad;
    break;
  }
  if (sh_sb_append(&sb, body, prefix) < 0 || append_fill(&sb, fill, fill_len, left) < 0 ||
      sh_sb_append(&sb, body + prefix, len - prefix) < 0 ||
      append_fill(&sb, fill, fill_len, right) < 0) {
    sh_sb_discard(&sb);
    return NULL;
  }
  return sh_sb_finish(&sb);
}
