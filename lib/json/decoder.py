"""JSON decoding for shoal's json package (pure Python).

The scanner follows the behaviour of CPython's C accelerator, so error
messages and positions match what CPython 3.11 reports.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}

_WS = ' \t\n\r'
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'


class _NoValue(Exception):
    # Internal: nothing could be parsed at position args[0].
    pass


def _hex4(s, pos, err_pos):
    h = s[pos:pos + 4]
    if len(h) != 4 or not all(c in _HEX for c in h):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, err_pos)
    return int(h, 16)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string starting just after the quote
    at index end - 1; return (decoded string, index after closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        # Fast path: copy a run of ordinary characters.
        q = s.find('"', end)
        b = s.find('\\', end)
        if q < 0:
            stop = n
        else:
            stop = q
        if 0 <= b < stop:
            stop = b
        run = s[end:stop]
        if strict:
            for i, c in enumerate(run):
                if c <= '\x1f':
                    raise JSONDecodeError('Invalid control character at', s, end + i)
        append(run)
        end = stop
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[end]
        if c == '"':
            return ''.join(chunks), end + 1
        # backslash
        nxt = end + 1
        if nxt >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[nxt]
        if c != 'u':
            if c not in _ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, end)
            append(_ESCAPES[c])
            end = nxt + 1
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        uni = _hex4(s, nxt, end - 5)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            uni2 = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(chr(uni))


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


class _Scanner:
    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def __call__(self, s, idx):
        try:
            return self.scan_once(s, idx)
        except _NoValue as e:
            raise StopIteration(e.args[0]) from None
        finally:
            self.memo.clear()

    def scan_once(self, s, idx):
        n = len(s)
        if idx < 0 or idx >= n:
            raise _NoValue(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1)
        if c == '[':
            return self.parse_array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.match_number(s, idx)

    def match_number(self, s, start):
        n = len(s)
        idx = start
        if idx < n and s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _NoValue(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n - 1 and s[idx] in 'eE':
            e_start = idx
            idx += 1
            if idx < n - 1 and s[idx] in '-+':
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            return self.parse_float(numstr), idx
        return self.parse_int(numstr), idx

    def parse_object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != '}':
            while idx < n:
                if s[idx] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                key = self.memo.setdefault(key, key)
                idx = _skip_ws(s, idx)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
                value, idx = self.scan_once(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
            if idx >= n or s[idx] != '}':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, idx)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, idx + 1

    def parse_array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx < n and s[idx] != ']':
            while idx < n:
                value, idx = self.scan_once(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        if idx >= n or s[idx] != ']':
            raise _NoValue(idx)
        return values, idx + 1


try:
    from _json import scan_once as _c_scan_once
except ImportError:
    _c_scan_once = None


def _make_scanner(decoder):
    # The C scanner when shoal has it; its settings are read once, here.
    if _c_scan_once is None:
        return _Scanner(decoder)
    ctx = (JSONDecodeError, decoder.strict, decoder.object_hook,
           decoder.object_pairs_hook, decoder.parse_float, decoder.parse_int,
           decoder.parse_constant)

    def scan_once(s, idx):
        return _c_scan_once(ctx, s, idx)
    return scan_once


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _make_scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a str instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s beginning at idx; return a 2-tuple
        of the Python representation and the index where it ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
