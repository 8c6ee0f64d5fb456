"""Interpret bytes as packed binary data (pure Python for shoal).

Formats: x c b B ? h H i I l L q Q n N P e f d s p, with the byte order,
size and alignment prefixes @ = < > !.  Floats are packed as IEEE 754
through exact float arithmetic (math.frexp/ldexp).
"""

import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size)
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4),
    'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None),
    'P': (8, None), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1),
    'p': (1, 1),
}

_NATIVE_ONLY = 'nNP'


def _parse(fmt):
    """Return (byteorder, native, items, size) for a format string, where
    items are (code, count, offset)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    order = 'little'
    native = True
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        c = fmt[0]
        native = c == '@'
        if c in ('>', '!'):
            order = 'big'
        i = 1
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error('repeat count given without format specifier')
            i = j
            c = fmt[i]
        if c not in _SIZES or (not native and c in _NATIVE_ONLY):
            raise error('bad char in struct format')
        nsize, ssize = _SIZES[c]
        size = nsize if native else ssize
        if count is None:
            count = 1
        if native and c not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        items.append((c, count, offset, size))
        if c in 'sp':
            offset += count
        else:
            offset += size * count
        i += 1
    return order, native, items, offset


# ---- IEEE 754 ------------------------------------------------------------------

def _float_bits(x, mant_bits, exp_bits, code):
    """Bits of the binary interchange format nearest to x (round half even)."""
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (mant_bits + exp_bits)) | (max_exp << mant_bits) | (1 << (mant_bits - 1))
    ax = abs(x)
    if ax == math.inf:
        return (sign << (mant_bits + exp_bits)) | (max_exp << mant_bits)
    if ax == 0:
        return sign << (mant_bits + exp_bits)
    m, e = math.frexp(ax)          # ax = m * 2**e, 0.5 <= m < 1
    field = e - 1 + bias
    if field >= 1:
        scaled = math.ldexp(m, mant_bits + 1)   # in [2**mant, 2**(mant+1))
        r = _round_half_even(scaled)
        if r == 1 << (mant_bits + 1):
            r >>= 1
            field += 1
        if field >= max_exp:
            raise OverflowError('float too large to pack with %s format' % code)
        return (sign << (mant_bits + exp_bits)) | (field << mant_bits) | (r - (1 << mant_bits))
    # subnormal in the target format
    scaled = math.ldexp(ax, bias - 1 + mant_bits)
    r = _round_half_even(scaled)
    return (sign << (mant_bits + exp_bits)) | r


def _round_half_even(v):
    # v is a non-negative float; exact half-even rounding to an int
    f = math.floor(v)
    diff = v - f
    if diff > 0.5 or (diff == 0.5 and f % 2 == 1):
        return int(f) + 1
    return int(f)


def _double_bits(x):
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << 63) | (0x7ff << 52) | (1 << 51)
    ax = abs(x)
    if ax == math.inf:
        return (sign << 63) | (0x7ff << 52)
    if ax == 0:
        return sign << 63
    m, e = math.frexp(ax)
    field = e - 1 + 1023
    if field >= 1:
        mant = int(math.ldexp(m, 53)) - (1 << 52)
        return (sign << 63) | (field << 52) | mant
    return (sign << 63) | int(math.ldexp(ax, 1074))


def _bits_float(bits, mant_bits, exp_bits):
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    sign = -1.0 if bits >> (mant_bits + exp_bits) else 1.0
    field = (bits >> mant_bits) & max_exp
    mant = bits & ((1 << mant_bits) - 1)
    if field == max_exp:
        if mant:
            return math.copysign(math.nan, sign)
        return sign * math.inf
    if field == 0:
        return sign * math.ldexp(mant, 1 - bias - mant_bits)
    return sign * math.ldexp(mant + (1 << mant_bits), field - bias - mant_bits)


# ---- packing ------------------------------------------------------------------------

_INT_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _get_int(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise error('required argument is not an integer')
    return type(v).__index__(v)


def _get_float(v):
    if isinstance(v, float):
        return v
    try:
        return float(v) if hasattr(type(v), '__float__') or hasattr(type(v), '__index__') \
            else _not_float()
    except TypeError:
        _not_float()


def _not_float():
    raise error('required argument is not a float')


def _pack_int(c, v, size, order):
    v = _get_int(v)
    signed = c in 'bhilqn'
    if signed:
        lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        lo, hi = 0, (1 << (8 * size)) - 1
    if not lo <= v <= hi:
        if size <= 2:
            raise error('%s format requires %d <= number <= %d' % (_INT_NAMES[c], lo, hi))
        if size == 8 or (not signed and v < 0):
            raise error('argument out of range')
        raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
    return v.to_bytes(size, order, signed=signed)


def _pack_one(c, v, size, order, out, native):
    if c in 'bBhHiIlLqQnN':
        out.append(_pack_int(c, v, size, order))
    elif c == 'P':
        v = _get_int(v)
        out.append((v & ((1 << 64) - 1)).to_bytes(8, order))
    elif c == '?':
        out.append(b'\x01' if v else b'\x00')
    elif c == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        out.append(bytes(v))
    elif c == 'd':
        out.append(_double_bits(_get_float(v)).to_bytes(8, order))
    elif c == 'f':
        x = _get_float(v)
        try:
            bits = _float_bits(x, 23, 8, 'f')
        except OverflowError:
            if not native:
                raise
            bits = _float_bits(math.copysign(math.inf, x), 23, 8, 'f')
        out.append(bits.to_bytes(4, order))
    elif c == 'e':
        out.append(_float_bits(_get_float(v), 10, 5, 'e').to_bytes(2, order))


def _unpack_one(c, data, pos, size, order):
    chunk = data[pos:pos + size]
    if c in 'bhilqn':
        return int.from_bytes(chunk, order, signed=True)
    if c in 'BHILQNP':
        return int.from_bytes(chunk, order)
    if c == '?':
        return chunk != b'\x00'
    if c == 'c':
        return bytes(chunk)
    bits = int.from_bytes(chunk, order)
    if c == 'd':
        return _bits_float(bits, 52, 11)
    if c == 'f':
        return _bits_float(bits, 23, 8)
    return _bits_float(bits, 10, 5)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format
        self._nargs = sum(0 if c == 'x' else (1 if c in 'sp' else n)
                          for c, n, _, _ in self._items)

    def _pack(self, args):
        if len(args) != self._nargs:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nargs, len(args)))
        out = []
        pos = 0
        ai = 0
        order = self._order
        for c, count, offset, size in self._items:
            if offset > pos:
                out.append(b'\x00' * (offset - pos))
                pos = offset
            if c == 'x':
                out.append(b'\x00' * count)
                pos += count
                continue
            if c in 'sp':
                v = args[ai]
                ai += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                v = bytes(v)
                if c == 's':
                    out.append(v[:count] + b'\x00' * (count - len(v)))
                elif count:
                    n = min(len(v), count - 1, 255)
                    out.append(bytes([n]) + v[:n] + b'\x00' * (count - 1 - n))
                pos += count
                continue
            for _ in range(count):
                _pack_one(c, args[ai], size, order, out, self._native)
                ai += 1
                pos += size
        return b''.join(out)

    def pack(self, *args):
        return self._pack(args)

    def pack_into(self, buffer, offset, *args):
        data = self._pack(args)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for '
                        'packing %d bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def _unpack(self, data, start):
        result = []
        order = self._order
        for c, count, offset, size in self._items:
            pos = start + offset
            if c == 'x':
                continue
            if c == 's':
                result.append(bytes(data[pos:pos + count]))
                continue
            if c == 'p':
                if count:
                    n = min(data[pos], count - 1)
                    result.append(bytes(data[pos + 1:pos + 1 + n]))
                else:
                    result.append(b'')
                continue
            for k in range(count):
                result.append(_unpack_one(c, data, pos + k * size, size, order))
        return tuple(result)

    def unpack(self, buffer):
        data = bytes(buffer) if not isinstance(buffer, bytes) else buffer
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer) if not isinstance(buffer, bytes) else buffer
        if offset < 0:
            if offset + len(data) < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for '
                        'unpacking %d bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = bytes(buffer) if not isinstance(buffer, bytes) else buffer
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return (self._unpack(data, i) for i in range(0, len(data), self.size))


Struct.__module__ = '_struct'

_cache = {}


def _compile(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _compile(format).size


def pack(format, *args):
    """Return a bytes object containing the values packed according to the
    format string."""
    return _compile(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    """Pack the values according to the format string and write the packed
    bytes into the writable buffer starting at offset."""
    _compile(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    """Unpack from the buffer according to the format string."""
    return _compile(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """Unpack from the buffer starting at offset."""
    return _compile(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return _compile(format).iter_unpack(buffer)
