"""Operations on POSIX path names (pure Python for shoal); os.path is
this module. Every function takes str, bytes or os.PathLike and answers
in the same kind as its argument."""

import os
import sys
import stat
import genericpath
from genericpath import *
from genericpath import _check_arg_types

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = (sys.platform == 'darwin')


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    """Case is significant on POSIX: s unchanged (as str or bytes)."""
    return os.fspath(s)


def isabs(s):
    """True for a path starting at the root."""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Joins components with '/'; an absolute component discards what came
    before it, and an empty last component leaves a trailing '/'."""
    a = os.fspath(a)
    slash = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + slash  # TypeError for unsupported types, as CPython
        for b in map(os.fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is everything after the last '/', head the rest
    with trailing slashes removed (unless it is all slashes)."""
    p = os.fspath(p)
    slash = _sep(p)
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext) with ext from the last dot of the last component;
    leading dots ('.bashrc') do not start an extension."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')



def splitdrive(p):
    """No drives on POSIX: ('', p)."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component (empty when p ends with '/')."""
    p = os.fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    """Everything before the final component, trailing slashes removed."""
    p = os.fspath(p)
    slash = _sep(p)
    i = p.rfind(slash) + 1
    head = p[:i]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def islink(path):
    """True when path is a symbolic link (dangling or not)."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """True when path exists, counting broken symbolic links."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """True when path is a mount point: a directory on another device than
    its parent, or the same directory as its parent (the root)."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if s1.st_dev != s2.st_dev:
        return True
    return s1.st_ino == s2.st_ino


def expanduser(path):
    """Replaces a leading '~' by $HOME ('~user' forms are left alone)."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _sep(path)
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            home = _passwd_home(uid=os.getuid())
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        home = _passwd_home(name=name)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
        root = b'/'
    else:
        root = '/'
    home = home.rstrip(root)
    return (home + path[i:]) or root


def _passwd_home(name=None, uid=None):
    """The home directory of a user from /etc/passwd, or None."""
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().split('\n')
    except OSError:
        return None
    for line in lines:
        fields = line.split(':')
        if len(fields) < 7:
            continue
        if name is not None and fields[0] == name:
            return fields[5]
        if uid is not None and fields[2] == str(uid):
            return fields[5]
    return None


def _is_word_char(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9'


def expandvars(path):
    """Replaces $name and ${name} by environment variables; unknown names
    are left as they are."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if as_bytes else path
    if '$' not in text:
        return path
    env = os.environ
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        end = -1
        name = None
        if i + 1 < n and text[i + 1] == '{':
            close = text.find('}', i + 2)
            if close >= 0:
                name = text[i + 2:close]
                end = close + 1
        else:
            j = i + 1
            while j < n and _is_word_char(text[j]):
                j += 1
            if j > i + 1:
                name = text[i + 1:j]
                end = j
        if name is None:
            out.append(c)
            i += 1
            continue
        if as_bytes:
            key = name.encode('latin-1')
            try:
                value = os.fsencode(env[os.fsdecode(key)]).decode('latin-1')
            except KeyError:
                value = None
        else:
            value = env[name] if name in env else None
        if value is None:
            out.append(text[i:end])
        else:
            out.append(value)
        i = end
    result = ''.join(out)
    return result.encode('latin-1') if as_bytes else result


def normpath(path):
    """Collapses redundant separators and '.' components, and resolves
    '..' lexically (without looking at symlinks)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        slash, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        slash, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    # POSIX gives exactly two leading slashes a meaning of their own
    if path.startswith(slash):
        if path.startswith(slash * 2) and not path.startswith(slash * 3):
            lead = 2
        else:
            lead = 1
    else:
        lead = 0
    kept = []
    for part in path.split(slash):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if lead:
                continue  # '..' above the root is the root
        kept.append(part)
    result = slash * lead + slash.join(kept)
    return result or dot


def abspath(path):
    """The absolute, normalized form of path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed.
    A symlink loop leaves the rest of the path unresolved (or raises
    OSError with strict=True)."""
    filename = os.fspath(filename)
    resolved, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(base, rest, strict, seen):
    """Walks the components of rest from the (already resolved) path base,
    replacing symlinks by their targets. seen maps each link met to what
    it resolved to, None while that is still being worked out (so meeting
    it again is a loop). Returns (path, True), or (path, False) after a
    loop, path then holding the unresolved remainder."""
    if isinstance(rest, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    if rest.startswith(slash):
        base = slash
        rest = rest[1:]
    while rest:
        name, _, rest = rest.partition(slash)
        if not name or name == dot:
            continue
        if name == dotdot:
            if not base:
                base = dotdot
            else:
                head, tail = split(base)
                # going up from '..' means one more level up
                base = join(head, dotdot, dotdot) if tail == dotdot else head
            continue
        candidate = join(base, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            base = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                base = known
                continue
            if strict:
                os.stat(candidate)  # raises the ELOOP error
            return join(candidate, rest), False
        seen[candidate] = None
        base, ok = _resolve(base, os.readlink(candidate), strict, seen)
        if not ok:
            return join(base, rest), False
        seen[candidate] = base
    return base, True


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir_, pardir_, slash = b'.', b'..', b'/'
    else:
        curdir_, pardir_, slash = '.', '..', '/'
    if start is None:
        start = curdir_
    else:
        start = os.fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(slash) if x]
        path_parts = [x for x in abspath(path).split(slash) if x]
        common = 0
        for a, b in zip(start_parts, path_parts):
            if a != b:
                break
            common += 1
        parts = [pardir_] * (len(start_parts) - common) + path_parts[common:]
        if not parts:
            return curdir_
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path (whole components) of the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        slash, dot = b'/', b'.'
    else:
        slash, dot = '/', '.'
    try:
        split_paths = [p.split(slash) for p in paths]
        try:
            (absolute,) = set(p[:1] == slash for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        prefix = slash if absolute else slash[:0]
        return prefix + slash.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
