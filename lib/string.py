"""A collection of string constants and classes (pure Python for shoal).

Template scans its default placeholders by hand (any delimiter; re is not
loaded for them); a subclass with its own idpattern, braceidpattern, flags
or pattern goes through the compiled pattern, as in CPython.
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
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _template_source(cls):
    # The verbose pattern built from the class's delimiter, idpattern and
    # braceidpattern: an escaped delimiter, a named or braced placeholder,
    # or (an empty group) any other use of the delimiter.
    import re
    delim = re.escape(cls.delimiter)
    idpattern = cls.idpattern
    braceidpattern = cls.braceidpattern or cls.idpattern
    return (r"""
    %(delim)s(?:
      (?P<escaped>%(delim)s)       |   # the delimiter twice
      (?P<named>%(id)s)            |   # the delimiter and an identifier
      {(?P<braced>%(bid)s)}        |   # the delimiter and a braced identifier
      (?P<invalid>)                    # any other delimiter
    )
    """ % {'delim': delim, 'id': idpattern, 'bid': braceidpattern})


def _template_compile(source, flags):
    import re
    try:
        return re.compile(source, flags | re.VERBOSE)
    except re.error:
        # shoal's re has no scoped ASCII flag (the default idpattern's
        # "(?a:...)"): compile without it, keep the source as written
        if '(?a:' not in source:
            raise
        compiled = re.compile(source.replace('(?a:', '(?:'), flags | re.VERBOSE)
        compiled.pattern = source
        return compiled


class _TemplateFlags:
    # Template.flags is re.IGNORECASE, looked up on first use so that
    # `import string` does not load re.
    def __get__(self, obj, owner=None):
        import re
        return re.IGNORECASE


class _TemplatePattern:
    # Template.pattern, compiled on first use (subclasses compile theirs
    # when they are created, as CPython does).
    def __get__(self, obj, owner=None):
        if owner is None:
            owner = type(obj)
        compiled = _template_compile(_template_source(owner), owner.flags)
        if owner.__dict__.get('pattern') is self:
            owner.pattern = compiled
        return compiled


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _TemplateFlags()
    pattern = _TemplatePattern()
    # the default placeholders (whatever the delimiter): scanned by hand
    _scan_by_hand = True

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()
        import re
        own = 'pattern' in cls.__dict__
        source = cls.pattern if own else _template_source(cls)
        cls.pattern = _template_compile(source, cls.flags)
        cls._scan_by_hand = (not own and cls.idpattern == _DEFAULT_IDPATTERN
                             and cls.braceidpattern is None
                             and cls.flags == re.IGNORECASE)

    def _scan(self):
        # Yields (kind, value, start, whole) for each piece: kind is 'text',
        # 'escaped', 'named', 'braced' or 'invalid'; value the text or the
        # placeholder's name; start where the name would begin (past the
        # delimiter); whole the placeholder as written.
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
                yield 'text', s[last:j], last, None
                yield 'escaped', delim, k, s[j:k + dl]
                i = last = k + dl
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                yield 'text', s[last:j], last, None
                yield 'named', s[k:e], k, s[j:e]
                i = last = e
                continue
            if k < n and s[k] == '{' and k + 1 < n and s[k + 1] in _ID_START:
                e = k + 2
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                if e < n and s[e] == '}':
                    yield 'text', s[last:j], last, None
                    yield 'braced', s[k + 1:e], k, s[j:e + 1]
                    i = last = e + 1
                    continue
            yield 'text', s[last:j], last, None
            yield 'invalid', delim, k, delim
            i = last = k
        yield 'text', s[last:], last, None

    def _pieces(self):
        # The same from the class's pattern (a custom one included).
        if type(self)._scan_by_hand:
            yield from self._scan()
            return
        s = self.template
        last = 0
        for mo in self.pattern.finditer(s):
            yield 'text', s[last:mo.start()], last, None
            last = mo.end()
            whole = mo.group()
            named, braced = mo.group('named'), mo.group('braced')
            if named is not None:
                yield 'named', named, mo.start('named'), whole
            elif braced is not None:
                yield 'braced', braced, mo.start('braced'), whole
            elif mo.group('escaped') is not None:
                yield 'escaped', whole, mo.start('escaped'), whole
            elif mo.group('invalid') is not None:
                yield 'invalid', whole, mo.start('invalid'), whole
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        yield 'text', s[last:], last, None

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
        for kind, value, pos, whole in self._pieces():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append(str(mapping[value]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, value, pos, whole in self._pieces():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(whole)
            else:
                try:
                    out.append(str(mapping[value]))
                except KeyError:
                    out.append(whole)
        return ''.join(out)

    def is_valid(self):
        for kind, value, pos, whole in self._pieces():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, value, pos, whole in self._pieces():
            if kind in ('named', 'braced') and value not in ids:
                ids.append(value)
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
