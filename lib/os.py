"""Operating system interfaces (pure Python for shoal over the built-in
posix module): everything posix has, plus os.path, os.environ, makedirs,
removedirs, renames, walk, fsencode/fsdecode, get_exec_path, PathLike,
fdopen and popen."""

import abc as _abc
import sys

import posix
from posix import *
from posix import _exit

try:
    from posix import environ as _posix_environ
except ImportError:
    _posix_environ = {}

import posixpath as path

sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep,
                       altsep, devnull)

name = 'posix'
linesep = '\n'
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

def _exists(name):
    return name in globals()


# What the functions accept beyond a plain path (shutil and others look).
supports_dir_fd = {access, chmod, chown, link, mkdir, open, readlink, remove,
                   rename, replace, rmdir, stat, symlink, unlink, utime}
supports_effective_ids = {access}
supports_fd = {chdir, chmod, chown, listdir, scandir, stat, truncate, utime}
supports_follow_symlinks = {access, chmod, chown, link, stat, utime}
supports_bytes_environ = True


# ------------------------------------------------------------ directories

def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and every missing parent of it. An existing
    leaf is an error (FileExistsError) unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made by someone else meanwhile
        here = bytes(curdir, 'ASCII') if isinstance(tail, bytes) else curdir
        if tail == here:
            return  # 'a/.': the parent was the directory wanted
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename() that makes the parents of new and removes the emptied
    parents of old."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and each directory
    below it. Top-down, the caller may prune dirnames in place; errors
    listing a directory go to onerror (else are ignored)."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        it = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    # bottom-up needs to know which subdirectories to enter before yielding
    enter = []
    with it:
        while True:
            try:
                entry = next(it)
            except StopIteration:
                break
            except OSError as err:
                if onerror is not None:
                    onerror(err)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    go = True
                else:
                    try:
                        go = not entry.is_symlink()
                    except OSError:
                        go = True
                if go:
                    enter.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in enter:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# -------------------------------------------------------- the environment

class _Environ:
    """os.environ: a mapping of str that keeps the process environment in
    step (putenv on assignment, unsetenv on deletion)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        if key in self._data:
            return self[key]
        return default

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is self._marker:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(list(self._data)))
        value = self._data[key]
        del self[key]
        return key, value

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(_posix_environ))
del _posix_environ


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories a program name is looked up in: env's PATH (the
    process environment by default), or os.defpath."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    try:
        path_listb = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if path_list is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        path_list = path_listb
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ------------------------------------------------------------------ names

def fsencode(filename):
    """A file name as bytes (str through UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A file name as str (bytes through UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(_abc.ABC):
    """The ABC of objects that stand for a file system path (those with
    __fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented


# ------------------------------------------------------------------- files

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object on an open descriptor (builtin open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    if "b" not in mode and encoding is None:
        encoding = "utf-8"
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


class _wrap_close:
    """popen()'s file: close() waits for the command and returns its exit
    status (None for success)."""

    def __init__(self, stream, pid):
        self._stream = stream
        self._pid = pid

    def close(self):
        self._stream.close()
        _, status = waitpid(self._pid, 0)
        code = waitstatus_to_exitcode(status)
        if code == 0:
            return None
        return code << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Runs cmd through /bin/sh with a pipe to its stdout ('r') or from
    its stdin ('w')."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    r, w = pipe()
    pid = fork()
    if pid == 0:
        try:
            if mode == "r":
                dup2(w, 1)
            else:
                dup2(r, 0)
            close(r)
            close(w)
            execv("/bin/sh", ["sh", "-c", cmd])
        finally:
            _exit(127)
    if mode == "r":
        close(w)
        stream = fdopen(r, "r", buffering)
    else:
        close(r)
        stream = fdopen(w, "w", buffering)
    return _wrap_close(stream, pid)


# `from os import *`: the public names, not the modules os uses itself
__all__ = sorted(n for n in globals()
                 if not n.startswith('_') and n not in ('sys', 'posix'))
