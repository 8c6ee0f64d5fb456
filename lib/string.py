"""A collection of string constants and classes (pure Python for shoal).

Template parses placeholders by hand (no re): a custom `delimiter` works,
a custom `idpattern`/`pattern` regular expression is not supported.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = set(ascii_letters + '_')
_ID_CHARS = set(ascii_letters + digits + '_')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    def _scan(self):
        # Yields (kind, text, start) for each piece: kind is 'text',
        # 'escaped', 'named', 'braced' or 'invalid'.
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        i = 0
        n = len(s)
        last = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            k = j + dl
            if s.startswith(delim, k):
                yield 'text', s[last:j], last
                yield 'escaped', delim, j
                i = last = k + dl
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                yield 'text', s[last:j], last
                yield 'named', s[k:e], j
                i = last = e
                continue
            if k < n and s[k] == '{' and k + 1 < n and s[k + 1] in _ID_START:
                e = k + 2
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                if e < n and s[e] == '}':
                    yield 'text', s[last:j], last
                    yield 'braced', s[k + 1:e], j
                    i = last = e + 1
                    continue
            yield 'text', s[last:j], last
            yield 'invalid', delim, j
            i = last = k
        yield 'text', s[last:], last

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind in ('text', 'escaped'):
                out.append(text)
            elif kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
            else:
                out.append(str(mapping[text]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind in ('text', 'escaped', 'invalid'):
                out.append(text)
            else:
                try:
                    out.append(str(mapping[text]))
                except KeyError:
                    if kind == 'named':
                        out.append(self.delimiter + text)
                    else:
                        out.append(self.delimiter + '{' + text + '}')
        return ''.join(out)

    def is_valid(self):
        for kind, text, pos in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, pos in self._scan():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) like
    # _string.formatter_parser, with its grammar and messages: the literal
    # before a bad field is lost with it.
    i = 0
    n = len(s)
    while i < n:
        start = i
        while i < n and s[i] not in '{}':
            i += 1
        if i >= n:
            yield s[start:], None, None, None
            return
        c = s[i]
        i += 1
        if i >= n or s[i] != c:
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if i >= n:
                raise ValueError("Single '{' encountered in format string")
        else:
            # an escaped brace: literal text ending with it
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        # the field name runs to '}', ':' or '!'; '[' hides them up to ']'
        name_start = i
        c = None
        while i < n:
            ch = s[i]
            i += 1
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if ch in '}:!':
                c = ch
                break
        if c is None:
            raise ValueError("expected '}' before end of string")
        name = s[name_start:i - 1]
        conversion = None
        spec = ''
        if c != '}':
            if c == '!':
                if i >= n:
                    raise ValueError('end of string while looking for '
                                     'conversion specifier')
                conversion = s[i]
                i += 1
                if i < n:
                    ch = s[i]
                    i += 1
                    if ch == '}':
                        yield literal, name, spec, conversion
                        continue
                    if ch != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            count = 1
            while i < n:
                ch = s[i]
                i += 1
                if ch == '{':
                    count += 1
                elif ch == '}':
                    count -= 1
                    if count == 0:
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i - 1]
        yield literal, name, spec, conversion


def _field_int(text):
    # an all-digit index as an int, else the text itself
    if text and all('0' <= ch <= '9' for ch in text):
        return int(text)
    return text


def _split_field_name(name):
    # Returns (first, iterator of (is_attr, key)) like
    # _string.formatter_field_name_split; the rest is parsed lazily.
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    return _field_int(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        start = i
        if c == '.':
            while i < n and name[i] not in '.[':
                i += 1
            key = name[start:i]
            is_attr = True
        elif c == '[':
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field "
                                 "specifier")
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
        if not key:
            raise ValueError('Empty attribute in format string')
        yield (True, key) if is_attr else (False, _field_int(key))


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
