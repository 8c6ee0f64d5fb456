"""Regular expressions (the `re` module) on the PCRE2 engine in _pcre.

Python's pattern syntax is translated where PCRE2 differs (\\Z, \\u, {,n},
leading global flags); Pattern and Match mirror CPython's objects."""

import _pcre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = (1 << 63) - 1


class RegexFlag(int):
    """Flag values; `|`, `&`, `^` and `~` keep the type so reprs stay symbolic."""
    _names = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
              (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (1, "TEMPLATE"),
              (128, "DEBUG")]

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in self._names:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    def __str__(self):
        return int.__repr__(self)

    def __or__(self, other):
        return RegexFlag(int(self) | int(other))
    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))
    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(int(self) ^ int(other))
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    @property
    def name(self):
        for bit, name in self._names:
            if int(self) == bit:
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_INLINE = {"a": 256, "i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64}


class error(Exception):
    """Raised for an invalid pattern or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


PatternError = error


# ---------------------------------------------------------------- translation

def _chars(pattern):
    if isinstance(pattern, str):
        return pattern
    return pattern.decode("latin-1")


def _structure(p, verbose):
    """Walks the pattern's parentheses: (parent of each capturing group,
    first unclosed '(' position or None, first unbalanced ')' or None,
    start of an unterminated '[' or None)."""
    parents = [None]          # group 0 has no parent
    stack = []                # (position, group index or None)
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if verbose and c == "#":
            j = p.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c == "[":
            start = i
            i += 1
            if i < n and p[i] == "^":
                i += 1
            if i < n and p[i] == "]":
                i += 1
            while i < n and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
            if i >= n:
                return parents, None, None, start
            i += 1
            continue
        if c == "(":
            rest = p[i + 1:i + 4]
            capturing = not rest.startswith(("?", "*")) or rest.startswith(("?P<", "?'")) or (
                rest.startswith("?<") and not rest.startswith(("?<=", "?<!")))
            if rest.startswith("?#"):
                j = p.find(")", i)
                i = n if j < 0 else j + 1
                continue
            if capturing:
                enclosing = None
                for _, g in reversed(stack):
                    if g is not None:
                        enclosing = g
                        break
                parents.append(enclosing)
                stack.append((i, len(parents) - 1))
            else:
                stack.append((i, None))
        elif c == ")":
            if not stack:
                return parents, None, i, None
            stack.pop()
        i += 1
    return parents, (stack[0][0] if stack else None), None, None


# ASCII forms of the classes for a scoped (?a:...) group: PCRE2 can only
# turn Unicode classes (PCRE2_UCP) on or off for the whole pattern.
_ASCII_CLASS = {"d": "[0-9]", "D": "[^0-9]", "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]",
                "s": "[\\x09-\\x0d ]", "S": "[^\\x09-\\x0d ]",
                "b": "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))",
                "B": "(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))"}
# Inside a class only \d, \w and \s are made ASCII (CPython 3.11 treats
# \D, \W, \S there inconsistently; as alone in a class, they stay Unicode).
_ASCII_IN_CLASS = {"d": "0-9", "w": "A-Za-z0-9_", "s": "\\x09-\\x0d "}


def _scoped_flags(body, k):
    """At '(?' in body: the end of a scoped-flags opening '(?aiLmsux-imsx:'
    and whether it turns ASCII on, else (None, False)."""
    j = k + 2
    n = len(body)
    while j < n and body[j] in "aiLmsux-":
        j += 1
    if j == k + 2 or j >= n or body[j] != ":":
        return None, False
    on = body[k + 2:j].split("-", 1)[0]
    return j, "a" in on


def _translate(p, flags, is_str=True):
    """Python syntax -> PCRE2 syntax, and the flags set by a leading (?aiLmsux)."""
    i = 0
    while p.startswith("(?", i):
        j = i + 2
        while j < len(p) and p[j] in _INLINE:
            j += 1
        if j == i + 2 or j >= len(p) or p[j] != ")":
            break
        for ch in p[i + 2:j]:
            flags |= _INLINE[ch]
        i = j + 1
    body = p[i:]
    out = []
    k, n = 0, len(body)
    in_class = False
    # per open parenthesis: whether ASCII classes apply inside it (a scoped
    # (?a:...) in a str pattern that is not ASCII as a whole)
    ascii_stack = []
    ascii_now = False
    while k < n:
        c = body[k]
        if c == "\\" and k + 1 < n:
            d = body[k + 1]
            if ascii_now and (d in _ASCII_IN_CLASS if in_class else d in _ASCII_CLASS):
                out.append(_ASCII_IN_CLASS[d] if in_class else _ASCII_CLASS[d])
                k += 2
                continue
            if d == "Z" and not in_class:
                out.append("\\z")
                k += 2
                continue
            if d in "uU" and k + 2 < n:
                width = 4 if d == "u" else 8
                digits = body[k + 2:k + 2 + width]
                if len(digits) == width and all(ch in "0123456789abcdefABCDEF" for ch in digits):
                    out.append("\\x{%s}" % digits)
                    k += 2 + width
                    continue
            out.append(body[k:k + 2])
            k += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            out.append(c)
            k += 1
            if k < n and body[k] == "^":
                out.append("^")
                k += 1
            if k < n and body[k] == "]":
                out.append("\\]")
                k += 1
            continue
        elif c == "(":
            ascii_stack.append(ascii_now)
            if body.startswith("(?", k):
                end, ascii_on = _scoped_flags(body, k)
                if end is not None:
                    # PCRE2 knows no a, u or L: dropped (ASCII done above)
                    letters = body[k + 2:end]
                    kept = "".join(ch for ch in letters if ch not in "auL")
                    if ascii_on and is_str and not flags & 256:
                        ascii_now = True
                    out.append("(?" + kept + ":")
                    k = end + 1
                    continue
        elif c == ")":
            if ascii_stack:
                ascii_now = ascii_stack.pop()
        elif c == "{" and body.startswith("{,", k):
            j = k + 2
            while j < n and body[j].isdigit():
                j += 1
            if j < n and body[j] == "}" and j > k + 2 and k > 0:
                out.append("{0,")
                k += 2
                continue
        out.append(c)
        k += 1
    return "".join(out), flags, i


def _compile_error(pattern, p, verbose, code, message, offset, skipped):
    parents, unclosed, unbalanced, open_class = _structure(p, verbose)
    pos = max(0, min(offset + skipped, len(p)))
    if code == 114 and unclosed is not None:
        return error("missing ), unterminated subpattern", pattern, unclosed)
    if code == 122 and unbalanced is not None:
        return error("unbalanced parenthesis", pattern, unbalanced)
    if code == 106 and open_class is not None:
        return error("unterminated character set", pattern, open_class)
    if code == 101:
        return error("bad escape (end of pattern)", pattern, len(p) - 1)
    if code == 109:
        q = pos - 1 if pos > 0 else 0
        return error("nothing to repeat", pattern, q)
    if code == 108:
        return error("bad character range", pattern, pos)
    if code == 104:
        return error("min repeat greater than max repeat", pattern, pos)
    if code == 115:
        return error("invalid group reference", pattern, pos)
    if code == 103:
        return error("bad escape", pattern, max(0, pos - 2))
    return error(message, pattern, pos)


# ------------------------------------------------------------------- Pattern

def _as_index(v):
    if type(v) is int:
        return v
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return index(v)


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            p = pattern
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
        elif isinstance(pattern, (bytes, bytearray, memoryview)):
            pattern = bytes(pattern)
            p = pattern.decode("latin-1")
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
        else:
            raise TypeError("first argument must be string or compiled pattern")
        translated, flags, skipped = _translate(p, int(flags), isinstance(pattern, str))
        if isinstance(pattern, str):
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not flags & ASCII:
                flags |= UNICODE
            src = translated
        else:
            src = translated.encode("latin-1")
        code = _pcre.compile(src, flags)
        if isinstance(code, tuple):
            raise _compile_error(pattern, p, flags & VERBOSE, code[0], code[1], code[2], skipped)
        self._code = code
        self.pattern = pattern
        self.flags = flags
        self.groups, self.groupindex = code.info()
        self._parents = _structure(p, flags & VERBOSE)[0]
        self._empty = pattern[:0]
        self._templates = {}    # repl -> (parsed template, _engine_template's)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _bounds(self, string, pos, endpos):
        n = len(string)
        pos = min(max(_as_index(pos), 0), n)
        endpos = min(max(_as_index(endpos), 0), n)
        return pos, endpos

    def _run(self, string, pos, endpos, mode):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            self._code.match(string, 0, 0, 0)   # raises on a str/bytes mismatch
            return None
        spans = self._code.match(string, pos, endpos, mode)
        return None if spans is None else Match(self, string, spans)

    # _code.run clamps plain int bounds itself; NotImplemented sends other
    # bounds through _run.
    def match(self, string, pos=0, endpos=_MAXSIZE):
        spans = self._code.run(string, pos, endpos, 0)
        if spans is None:
            return None
        if spans is NotImplemented:
            return self._run(string, pos, endpos, 0)
        return Match(self, string, spans)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        spans = self._code.run(string, pos, endpos, 1)
        if spans is None:
            return None
        if spans is NotImplemented:
            return self._run(string, pos, endpos, 1)
        return Match(self, string, spans)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        spans = self._code.run(string, pos, endpos, 2)
        if spans is None:
            return None
        if spans is NotImplemented:
            return self._run(string, pos, endpos, 2)
        return Match(self, string, spans)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            if isinstance(string, str) != isinstance(self.pattern, str):
                self._code.match(string, 0, 0, 0)   # raises the type error
            return []
        return self._code.scan(string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter([Match(self, string, s) for s in self._scan(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found = self._code.findall(string, pos, endpos)
        if found is not NotImplemented:
            return found
        out = []
        g = self.groups
        empty = self._empty
        for s in self._scan(string, pos, endpos):
            if g == 0:
                out.append(string[s[0]:s[1]])
            elif g == 1:
                out.append(string[s[2]:s[3]] if s[2] >= 0 else empty)
            else:
                out.append(tuple(string[s[2 * k]:s[2 * k + 1]] if s[2 * k] >= 0 else empty
                                 for k in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        for s in self._scan(string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:s[0]])
            for k in range(1, self.groups + 1):
                out.append(string[s[2 * k]:s[2 * k + 1]] if s[2 * k] >= 0 else None)
            last = s[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            try:
                template, items = self._templates[repl]
            except (KeyError, TypeError):
                template = _parse_template(self, repl)
                items = _engine_template(self, template)
                try:
                    self._templates[repl] = template, items
                except TypeError:
                    pass
            if items is not None and count >= 0:
                return self._code.sub(items, string, count)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                expand = lambda m: literal
            else:
                expand = lambda m: _expand(template, m)
        if count < 0:
            return string, 0
        pieces = []
        last = 0
        n = 0
        for s in self._scan(string, 0, _MAXSIZE, count):
            pieces.append(string[last:s[0]])
            text = expand(Match(self, string, s))
            if text is not None:
                pieces.append(text)
            last = s[1]
            n += 1
        pieces.append(string[last:])
        return self._empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------- templates

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}


def _parse_template(pattern, repl):
    """A replacement template -> list of literal strings and group indexes."""
    is_bytes = not isinstance(repl, str)
    if isinstance(pattern.pattern, str) == is_bytes:
        raise TypeError("expected %s, got %s" % ("str" if not is_bytes else "a bytes-like object",
                                                 type(repl).__name__))
    t = repl.decode("latin-1") if is_bytes else repl
    items = []
    lit = []
    i, n = 0, len(t)

    def group_ref(index, pos):
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, repl, pos)
        if lit:
            items.append("".join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = t[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = t[i + 1]
        if d == "g":
            close = t.find(">", i + 3)
            if not t.startswith("<", i + 2):
                raise error("missing <", repl, i + 2)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = t[i + 3:close]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit() and name.isascii():
                index = int(name)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            group_ref(index, i + 3)
            i = close + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and t[j] in "01234567":
                j += 1
            lit.append(chr(int(t[i + 1:j], 8)))
            i = j
        elif d.isdigit():
            j = i + 2
            if j < n and t[j].isdigit():
                j += 1
                if (j < n and t[j] in "01234567" and t[i + 1] in "01234567"
                        and t[i + 2] in "01234567"):
                    value = int(t[i + 1:j + 1], 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % t[i + 1:j + 1], repl, i)
                    lit.append(chr(value))
                    i = j + 1
                    continue
            group_ref(int(t[i + 1:j]), i + 1)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s" % d, repl, i)
        else:
            lit.append(c + d)
            i += 2
    if lit or not items:
        items.append("".join(lit))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _engine_template(pattern, template):
    """The parsed template as _pcre's sub takes it: a tuple of literals as
    bytes (UTF-8 for a str pattern) and group numbers; None when a literal
    cannot be encoded (a lone surrogate), for the Python path."""
    items = []
    for item in template:
        if isinstance(item, str):
            try:
                item = item.encode("utf-8")
            except UnicodeEncodeError:
                return None
        items.append(item)
    return tuple(items)


def _expand(template, m):
    empty = m.re._empty
    out = []
    for item in template:
        if isinstance(item, int):
            g = m.group(item)
            out.append(empty if g is None else g)
        else:
            out.append(item)
    return empty.join(out)


# --------------------------------------------------------------------- Match

class Match:
    """The result of a successful match."""

    # spans: the groups' (start, end) pairs, then pos and endpos (_pcre)
    def __init__(self, pattern, string, spans):
        self.re = pattern
        self.string = string
        self._spans = spans

    @property
    def pos(self):
        return self._spans[-2]

    @property
    def endpos(self):
        return self._spans[-1]

    def _index(self, g):
        if type(g) is int:
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, "__index__") and not isinstance(g, str):
            try:
                k = g.__index__()
            except (TypeError, AttributeError):
                raise IndexError("no such group")
            if 0 <= k <= self.re.groups:
                return k
        elif isinstance(g, (str, bytes)):
            k = self.re.groupindex.get(g)
            if k is not None:
                return k
        raise IndexError("no such group")

    def _get(self, k, default=None):
        s, e = self._spans[2 * k], self._spans[2 * k + 1]
        return default if s < 0 else self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(k, default) for name, k in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        k = self._index(group)
        return self._spans[2 * k], self._spans[2 * k + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * k], self._spans[2 * k + 1])
                     for k in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: greatest end; among equal ends an
        # enclosing group closes after the ones inside it, siblings in order.
        best = None
        for k in range(1, self.re.groups + 1):
            s, e = self._spans[2 * k], self._spans[2 * k + 1]
            if s < 0:
                continue
            if best is None or e > self._spans[2 * best + 1]:
                best = k
            elif e == self._spans[2 * best + 1] and not self._encloses(best, k):
                best = k
        return best

    def _encloses(self, outer, inner):
        parents = self.re._parents
        p = parents[inner] if inner < len(parents) else None
        while p is not None:
            if p == outer:
                return True
            p = parents[p] if p < len(parents) else None
        return False

    @property
    def lastgroup(self):
        k = self.lastindex
        if k is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == k:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(self.re, template), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# ----------------------------------------------------------- module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    try:
        # the common hit first: a Pattern is never a key (returned below
        # before caching), and RegexFlag(n) hashes and compares as n
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    try:
        _cache[key] = p
    except TypeError:
        pass
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
