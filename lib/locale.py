"""Locale support (minimal pure Python for shoal): the C locale with
UTF-8 as the preferred encoding."""

import sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format_string', 'currency', 'normalize',
           'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC',
           'LC_ALL', 'CHAR_MAX', 'getencoding']

import builtins as _builtins

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6


class Error(ValueError):
    pass


Error.__module__ = 'locale'

_current = {}


def localeconv():
    """Returns numeric and monetary locale-specific parameters (C locale)."""
    return {'grouping': [],
            'currency_symbol': '',
            'n_sign_posn': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX,
            'mon_grouping': [],
            'n_sep_by_space': CHAR_MAX,
            'decimal_point': '.',
            'negative_sign': '',
            'positive_sign': '',
            'p_sep_by_space': CHAR_MAX,
            'int_curr_symbol': '',
            'p_sign_posn': CHAR_MAX,
            'thousands_sep': '',
            'mon_thousands_sep': '',
            'frac_digits': CHAR_MAX,
            'mon_decimal_point': '',
            'int_frac_digits': CHAR_MAX}


def setlocale(category, locale=None):
    """Set the locale for the given category (only C/POSIX/C.UTF-8)."""
    if category not in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE,
                        LC_MONETARY, LC_MESSAGES, LC_ALL):
        raise Error('invalid locale category')
    if locale is not None and not isinstance(locale, _builtins.str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        return _current.get(category, 'C')
    if locale in ('', 'C', 'POSIX', 'C.UTF-8', 'C.utf8'):
        value = 'C.UTF-8' if locale in ('', 'C.UTF-8', 'C.utf8') else locale
        if category == LC_ALL:
            for c in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES):
                _current[c] = value
        _current[category] = value
        return value
    raise Error('unsupported locale setting')


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    if getattr(getattr(sys, 'flags', None), 'utf8_mode', 0):
        return 'utf-8'
    return 'UTF-8'


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as a tuple
    (language code, encoding)."""
    if category == LC_ALL and ';' in setlocale(category):
        raise TypeError('category LC_ALL is not supported')
    name = setlocale(category)
    if name in ('C', 'POSIX'):
        return (None, None)
    if name == 'C.UTF-8':
        return ('C', 'UTF-8')
    if '.' in name:
        lang, enc = name.split('.', 1)
        return (lang, enc)
    return (name, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return (None, 'UTF-8')


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def normalize(localename):
    """Returns a normalized locale code for the given locale name."""
    code = localename.lower()
    if code in ('c', 'posix'):
        return localename.upper() if code == 'c' else 'C'
    if code in ('c.utf8', 'c.utf-8'):
        return 'C.UTF-8'
    if '.' in localename:
        lang, enc = localename.split('.', 1)
        if enc.lower().replace('-', '') == 'utf8':
            enc = 'UTF-8'
        return lang + '.' + enc
    return localename


def strcoll(a, b):
    """Compares two strings according to the locale (C: code points)."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account (C locale: no grouping)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """Convert float to string, taking the locale into account."""
    return format_string('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))
