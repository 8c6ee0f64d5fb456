"""Shell-style wildcard matching of file names (pure Python for shoal,
matched by hand since there is no `re`).

  *       any run of characters (also empty)
  ?       one character
  [seq]   one character of seq (ranges such as a-z allowed)
  [!seq]  one character not in seq

A '[' without a closing ']' stands for itself. On POSIX, fnmatch() is
case-sensitive, like fnmatchcase()."""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase"]

# pattern -> compiled token list; kept small enough not to grow forever
_cache = {}
_CACHE_MAX = 256

# token kinds
_LITERAL = 0
_ANY = 1
_STAR = 2
_SET = 3


def _parse_set(body):
    """The (low, high) ranges of the inside of a [...] (without a leading
    '!'). 'a-c' is a range, a '-' first or last is itself, and a range
    whose ends are reversed matches nothing."""
    ranges = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if i + 2 < n and body[i + 1] == '-':
            lo, hi = c, body[i + 2]
            if lo <= hi:
                ranges.append((lo, hi))
            i += 3
        else:
            ranges.append((c, c))
            i += 1
    return ranges


def _compile(pat):
    """pat as a list of tokens: (_LITERAL, text), (_ANY,), (_STAR,),
    (_SET, negated, ranges)."""
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR,))
        elif c == '?':
            tokens.append((_ANY,))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append((_LITERAL, '['))
            else:
                body = pat[i:j]
                negated = body[:1] == '!'
                if negated:
                    body = body[1:]
                tokens.append((_SET, negated, _parse_set(body)))
                i = j + 1
        else:
            if tokens and tokens[-1][0] == _LITERAL:
                tokens[-1] = (_LITERAL, tokens[-1][1] + c)
            else:
                tokens.append((_LITERAL, c))
    return tokens


def _in_set(ch, negated, ranges):
    for lo, hi in ranges:
        if lo <= ch <= hi:
            return not negated
    return negated


def _match_at(tokens, name, ti, ni):
    """Matches tokens[ti:] against all of name[ni:]. Stars backtrack: the
    last star seen takes one more character each time the rest fails."""
    n = len(name)
    nt = len(tokens)
    star_ti = -1
    star_ni = 0
    while True:
        if ti < nt:
            tok = tokens[ti]
            kind = tok[0]
            if kind == _STAR:
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            if kind == _LITERAL:
                text = tok[1]
                if name.startswith(text, ni):
                    ti += 1
                    ni += len(text)
                    continue
            elif ni < n:
                if kind == _ANY or _in_set(name[ni], tok[1], tok[2]):
                    ti += 1
                    ni += 1
                    continue
        elif ni == n:
            return True
        # mismatch: let the last star swallow one more character
        if star_ti < 0 or star_ni >= n:
            return False
        star_ni += 1
        ti = star_ti + 1
        ni = star_ni


def _tokens(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if isinstance(pat, bytes):
            tokens = _compile(pat.decode('latin-1'))
        else:
            tokens = _compile(pat)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[pat] = tokens
    return tokens


def fnmatchcase(name, pat):
    """True when name matches pat, case-sensitively."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    return _match_at(_tokens(pat), name, 0, 0)


def fnmatch(name, pat):
    """True when name matches pat after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The items of names that match pat."""
    pat = os.path.normcase(pat)
    result = []
    for name in names:
        if fnmatchcase(os.path.normcase(name), pat):
            result.append(name)
    return result
