"""Conversion between binary data and ASCII (pure Python for shoal; the
base64, hex and crc32 parts)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex',
           'b2a_hex', 'hexlify', 'unhexlify', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _as_bytes(data, allow_str=False):
    if isinstance(data, str):
        if not allow_str:
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _as_bytes(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _as_bytes(data, allow_str=True)
    out = bytearray()
    quad_pos = 0
    pads = 0
    leftchar = 0
    leftbits = 0
    padding_started = False
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    for i, c in enumerate(data):
        if c == 0x3d:    # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i != len(data) - 1:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        quad_pos = (quad_pos + 1) & 3
        leftchar = (leftchar << 6) | v
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append((leftchar >> leftbits) & 0xff)
            leftchar &= (1 << leftbits) - 1
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        '(%d) cannot be 1 more than a multiple of 4'
                        % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _as_bytes(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    s = _as_bytes(hexstr, allow_str=True)
    if len(s) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(s.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


unhexlify = a2b_hex

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _i, _c, _k


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    crc = ~crc & 0xffffffff
    table = _CRC_TABLE
    for b in _as_bytes(data):
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff
