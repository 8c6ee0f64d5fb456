"""Temporary files and directories (pure Python for shoal, a simple
version): gettempdir, mkstemp, mkdtemp, NamedTemporaryFile,
TemporaryFile and TemporaryDirectory. Names are made from os.urandom and
created with O_EXCL, so they never collide with existing files."""

import os
import shutil
import sys

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
           "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_BIN_OPENFLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL
if hasattr(os, 'O_NOFOLLOW'):
    _BIN_OPENFLAGS |= os.O_NOFOLLOW


def _random_name():
    """Eight random characters from _CHARACTERS."""
    data = os.urandom(8)
    return ''.join(_CHARACTERS[b % len(_CHARACTERS)] for b in data)


def _candidate_tempdirs():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except OSError:
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory a file can be created in."""
    for dir in _candidate_tempdirs():
        if dir != os.curdir:
            dir = os.path.abspath(dir)
        for _ in range(100):
            name = os.path.join(dir, _random_name())
            try:
                fd = os.open(name, _BIN_OPENFLAGS, 0o600)
                try:
                    os.write(fd, b'blat')
                finally:
                    os.close(fd)
                os.unlink(name)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidate_tempdirs())


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempprefixb():
    return os.fsencode(template)


def gettempdir():
    """The directory temporary files go to by default."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def _sanitize(prefix, suffix, dir):
    """Defaults for the name parts, all str or all bytes."""
    output_bytes = any(isinstance(x, bytes) for x in (prefix, suffix, dir))
    if suffix is None:
        suffix = b'' if output_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if output_bytes else template
    if dir is None:
        dir = gettempdirb() if output_bytes else gettempdir()
    return prefix, suffix, dir, output_bytes


def _make(dir, prefix, suffix, output_bytes, create):
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_bytes:
            name = os.fsencode(name)
        path = os.path.join(dir, prefix + name + suffix)
        try:
            result = create(path)
        except FileExistsError:
            continue
        return path, result
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable and writable only by its owner; returns
    (an open descriptor on it, its absolute path). The caller deletes it."""
    prefix, suffix, dir, output_bytes = _sanitize(prefix, suffix, dir)
    path, fd = _make(dir, prefix, suffix, output_bytes,
                     lambda p: os.open(p, _BIN_OPENFLAGS, 0o600))
    return fd, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only its owner may use; returns its
    absolute path. The caller removes it."""
    prefix, suffix, dir, output_bytes = _sanitize(prefix, suffix, dir)
    path, _ = _make(dir, prefix, suffix, output_bytes,
                    lambda p: os.mkdir(p, 0o700))
    return os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a .name, deleted on close when `delete`; other
    attributes come from the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """An open file with a visible name (.name), removed when closed
    (with delete=True)."""
    prefix, suffix, dir, output_bytes = _sanitize(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An open file with no name left on disk."""
    prefix, suffix, dir, output_bytes = _sanitize(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class TemporaryDirectory:
    """A new directory (.name), removed with everything in it by cleanup()
    or at the end of a with block, which gives the name."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._done:
            try:
                self.cleanup()
            except Exception:
                pass
