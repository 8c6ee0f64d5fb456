"""Path functions that are the same on every platform (pure Python for
shoal): the ones that ask os.stat() about a path, and string helpers
posixpath builds on."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def exists(path):
    """True when path names an existing file (a broken symlink does not)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """True when path is a regular file (following symlinks)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """True when s is a directory (following symlinks)."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """Size of the file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Last modification time, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Last access time, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Metadata change time, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest string every item of m starts with (character-wise,
    not by path components)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    # the smallest and largest strings bound everyone's common prefix
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def samestat(s1, s2):
    """True when two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when both paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True when both descriptors are open on the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext) at the last extsep of the last component,
    ignoring leading dots of that component."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        # the name must have something other than dots before the dot
        i = last_sep + 1
        while i < dot:
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """TypeError unless the arguments are all str or all bytes."""
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
