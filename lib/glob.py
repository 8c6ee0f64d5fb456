"""Filename globbing (pure Python for shoal): the paths matching a pattern
with shell wildcards (see fnmatch), '**' for any depth when recursive."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """A list of the paths matching pathname (in directory order, so sort
    it for a stable answer). Names starting with '.' only match a pattern
    that starts with '.' too, unless include_hidden."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """glob() as an iterator."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        try:
            first = next(it)  # '**' also yields '', which is not a match
        except StopIteration:
            return iter(())
        if first:
            return _chain(first, it)
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _join(root, name):
    if root and name:
        return os.path.join(root, name)
    return root or name


def _lexists(pathname):
    return os.path.lexists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            # 'dir/': only a directory matches
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    # the directory part may hold wildcards too ('*/x.py'); a '/'-only
    # head ('/' or '//') stays as it is
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            match_in = _glob2
        else:
            match_in = _glob1
    else:
        match_in = _glob0
    for d in dirs:
        for name in match_in(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    """Names in dirname matching a one-component pattern."""
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [x for x in names if not _is_hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    """A literal name in dirname: [basename] when it exists."""
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    else:
        # 'dir/' asks for dirname itself, as a directory
        if _isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    """'**': '' and every directory (and file, unless dironly) below."""
    assert _is_recursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    """Names in dirname (only directories when dironly); nothing when it
    cannot be read."""
    try:
        if dirname:
            arg = dirname
        else:
            arg = os.curdir
            if isinstance(dirname, bytes):
                arg = bytes(os.curdir, 'ASCII')
        with os.scandir(arg) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        yield entry.name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _is_hidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def has_magic(s):
    """True when s holds a wildcard character (* ? or [)."""
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in '*?[' for c in s)


def escape(pathname):
    """pathname with its wildcard characters made literal ([*] style);
    a drive or UNC part would be left alone (none on POSIX)."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in b'*?[':
                out += b'[' + bytes([c]) + b']'
            else:
                out.append(c)
        return bytes(out)
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)

