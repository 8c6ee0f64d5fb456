"""The io module for shoal: StringIO (from C) and BytesIO in memory.

open() is the interpreter's builtin open (its file objects come from C).
The IOBase family is provided as plain ABC-style base classes; the C file
types of _io (TextIOWrapper, BufferedReader, ...) are re-exported and
registered with them, and UnsupportedOperation is _io's.
"""

import builtins
import abc as _abc

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader',
           'BufferedWriter', 'BufferedRWPair', 'BufferedRandom', 'TextIOBase',
           'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'open_code', 'text_encoding']

open = builtins.open
open_code = builtins.open

BlockingIOError = builtins.BlockingIOError

def text_encoding(*args, **kwargs):
    """text_encoding(encoding, stacklevel=2, /)

    The encoding argument of open() for a caller that got `encoding`: it
    unchanged, or when it is None "utf-8" in UTF-8 mode and "locale"
    otherwise (warning with EncodingWarning under -X warn_default_encoding).
    """
    if kwargs:
        raise TypeError('io.text_encoding() takes no keyword arguments')
    if not args:
        raise TypeError('text_encoding expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('text_encoding expected at most 2 arguments, got %d'
                        % len(args))
    encoding = args[0]
    stacklevel = _index(args[1]) if len(args) > 1 else 2
    if encoding is None:
        import sys
        if sys.flags.warn_default_encoding:
            import warnings
            warnings.warn("'encoding' argument not specified", EncodingWarning,
                          stacklevel + 1)
        encoding = 'utf-8' if sys.flags.utf8_mode else 'locale'
    return encoding


def _index(n):
    import operator
    return operator.index(n)


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


try:
    import _io
except ImportError:
    _io = None

if _io is not None and hasattr(_io, 'UnsupportedOperation'):
    UnsupportedOperation = _io.UnsupportedOperation
else:
    class UnsupportedOperation(OSError, ValueError):
        pass

    UnsupportedOperation.__module__ = 'io'


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class for all I/O classes."""


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


def _register_builtin_files():
    import sys
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        if stream is not None and not isinstance(type(stream), _abc.ABCMeta):
            TextIOBase.register(type(stream))
            break


try:
    _register_builtin_files()
except Exception:
    pass


class _MemoryIO:
    # Shared logic of StringIO and BytesIO: a buffer of type _empty's type
    # with a position; appends are kept as chunks until something reads.

    _empty = ''

    def __init__(self, initial):
        self._buf = initial
        self._chunks = []
        self._pos = 0
        self._closed = False

    def _flatten(self):
        if self._chunks:
            self._buf = self._buf + self._empty.join(self._chunks)
            self._chunks = []

    def _check_open(self, dot=None):
        # CPython's messages differ: StringIO mostly says "...closed file",
        # BytesIO "...closed file.".
        if self._closed:
            if dot is None:
                dot = self._closed_dot
            raise ValueError('I/O operation on closed file' + ('.' if dot else ''))

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_open(True)

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open(True)
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_open()
        return self._pos

    def getvalue(self):
        self._check_open()
        self._flatten()
        return self._buf

    def read(self, size=-1):
        self._check_open()
        self._flatten()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        start = min(self._pos, len(self._buf))
        data = self._buf[start:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        self._flatten()
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return self._empty
        nl = buf.find(self._newline, start)
        end = len(buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open(not self._closed_dot)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _write(self, s):
        self._check_open()
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if not self._chunks and pos == len(self._buf) or self._chunks and pos == self._endpos:
            self._chunks.append(s)
        else:
            self._flatten()
            buf = self._buf
            if pos > len(buf):
                buf = buf + self._pad * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        self._endpos = self._pos if self._chunks else None
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check_open()
        self._flatten()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        self._flatten()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def __enter__(self):
        self._check_open(True)
        return self

    def __exit__(self, *args):
        self.close()


# StringIO is written in C (src/modules/stringio.c), as CPython's _io one.
from _stringio import StringIO

TextIOBase.register(StringIO)


class BytesIO(_MemoryIO, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _pad = b'\0'
    _newline = b'\n'
    _closed_dot = True

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        super().__init__(bytes(initial_bytes))
        self._endpos = None

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def getbuffer(self):
        self._check_open()
        return memoryview(self.getvalue())

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


# The C file classes, where the interpreter has them.
if _io is not None:
    for _name in ('TextIOWrapper', 'BufferedReader', 'BufferedWriter',
                  'BufferedRandom', 'BufferedRWPair', 'FileIO'):
        if hasattr(_io, _name):
            globals()[_name] = getattr(_io, _name)
    del _name
    for _base, _names in ((TextIOBase, ('TextIOWrapper',)),
                          (BufferedIOBase, ('BufferedReader', 'BufferedWriter',
                                            'BufferedRandom', 'BufferedRWPair')),
                          (RawIOBase, ('FileIO',))):
        for _name in _names:
            _cls = globals().get(_name)
            if isinstance(_cls, type):
                try:
                    _base.register(_cls)
                except Exception:
                    pass
    del _base, _names, _name, _cls
