"""Codec registry and base classes (minimal pure Python for shoal).

The codecs are those of str.encode/bytes.decode: utf-8, latin-1 and ascii
(plus utf-8-sig); lookup() normalises names as CPython does.
"""

import builtins
import sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE',
           'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE',
           'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE',
           'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader',
           'StreamWriter', 'encode', 'decode', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader',
           'getwriter', 'iterencode', 'iterdecode', 'strict_errors',
           'ignore_errors', 'replace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        return self.decode(data, self.errors)[0]

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text = self.decode(line, self.errors)[0]
        return text if keepends else text.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---- the built-in codecs ---------------------------------------------------------

def _utf8_incomplete_tail(data):
    # Number of bytes at the end of data that start an unfinished sequence.
    n = len(data)
    for k in range(1, min(4, n) + 1):
        b = data[n - k]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        return k if need > k else 0
    return 0


def _make_codec(name, pyname, sig=False):
    def encode(input, errors='strict'):
        data = input.encode(pyname, errors)
        if sig:
            data = BOM_UTF8 + data
        return (data, len(input))

    def decode(input, errors='strict'):
        data = bytes(input)
        if sig and data.startswith(BOM_UTF8):
            return (data[3:].decode(pyname, errors), len(data))
        return (data.decode(pyname, errors), len(data))

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = sig

        def encode(self, input, final=False):
            data = input.encode(pyname, self.errors)
            if self.first:
                self.first = False
                data = BOM_UTF8 + data
            return data

        def reset(self):
            self.first = sig

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = sig

        def _buffer_decode(self, input, errors, final):
            input = bytes(input)
            skip = 0
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return ('', 0)
                self.first = False
                if input.startswith(BOM_UTF8):
                    skip = 3
            body = input[skip:]
            keep = 0 if final or pyname != 'utf-8' else _utf8_incomplete_tail(body)
            text = body[:len(body) - keep].decode(pyname, errors)
            return (text, len(input) - keep)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = sig

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name=name)


_ALIASES = {
    'utf8': 'utf_8', 'utf_8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8',
    'cp65001': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'utf_8_sig': 'utf_8_sig', 'utf8_sig': 'utf_8_sig',
    'latin_1': 'latin_1', 'latin1': 'latin_1', 'latin': 'latin_1',
    'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1', 'l1': 'latin_1',
    '8859': 'latin_1', 'cp819': 'latin_1', 'iso_ir_100': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'ibm819': 'latin_1', 'csisolatin1': 'latin_1',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
    'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii',
    'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii',
}

_CODECS = {
    'utf_8': ('utf-8', 'utf-8', False),
    'utf_8_sig': ('utf-8-sig', 'utf-8', True),
    'latin_1': ('iso8859-1', 'latin-1', False),
    'ascii': ('ascii', 'ascii', False),
}

_cache = {}
_search_functions = []


def _normalize(encoding):
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.replace(' ', '_').lower()
    if key in _cache:
        return _cache[key]
    for func in _search_functions:
        result = func(key)
        if result is not None:
            _cache[key] = result
            return result
    norm = _normalize(encoding)
    canon = _ALIASES.get(norm) or _ALIASES.get(norm.replace('-', '_'))
    if canon is None:
        raise LookupError('unknown encoding: %s' % encoding)
    name, pyname, sig = _CODECS[canon]
    info = _make_codec(name, pyname, sig)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    if 'r' in mode:
        return info.streamreader(file, errors)
    return info.streamwriter(file, errors)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('codecs.EncodedFile is not available in shoal')


_error_handlers = {}


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError)):
        return ('', exception.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exception).__name__)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exception).__name__)


for _n, _f in (('strict', strict_errors), ('ignore', ignore_errors),
               ('replace', replace_errors)):
    _error_handlers[_n] = _f
del _n, _f


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % (name,)) from None
