# struct: pack/unpack/calcsize for the common formats and byte orders
import struct

print(struct.calcsize('i'), struct.calcsize('@bihq'), struct.calcsize('<bihq'), struct.calcsize('=lL'), struct.calcsize('3s2xp'), struct.calcsize('@cd'))
print(struct.pack('<bBhHiIqQ', -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 64 - 1))
print(struct.pack('>bBhHiIqQ', -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 64 - 1))
print(struct.pack('!HI', 1, 2), struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('?x?', 0, 'yes'))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -1, 255, -2, 65535, -3, 7, -4, 8)))
for fmt in ['<d', '>d', '<f', '>f', '<e']:
    for v in [0.0, -0.0, 1.5, -2.25, 0.1, 1e-310, 65504.0, float('inf'), -float('inf')]:
        try:
            packed = struct.pack(fmt, v)
        except OverflowError as e:
            print(fmt, v, 'OverflowError', e)
            continue
        print(fmt, v, packed, struct.unpack(fmt, packed)[0])
print(struct.pack('<d', float('nan')), struct.unpack('<d', struct.pack('<d', float('nan'))))
print(struct.pack('<f', 3.4028234663852886e38), struct.pack('<f', 1e-45), struct.pack('<e', 6e-8), struct.unpack('<f', b'\x01\x00\x00\x00'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'abcdefgh'), struct.pack('c3c', b'a', b'b', b'c', b'd'))
print(struct.unpack('5s', b'ab\x00\x00\x00'), struct.unpack('5p', b'\x03abcd'), struct.unpack('2c', b'xy'))
s = struct.Struct('<hhl')
print(repr(s).startswith('<_struct.Struct object at'), s.size, s.format, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 7, -1)
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
print(struct.pack('<i', True), struct.pack('<q', -2 ** 63), struct.unpack('>Q', b'\xff' * 8))
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<H', Idx()), struct.pack('<d', 3), struct.pack(b'<h', 5))
bad = [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('<i', 2 ** 31), ('<I', -1), ('<I', 2 ** 32),
       ('<l', 2 ** 31), ('<q', 2 ** 63), ('<Q', -1), ('b', 'x'), ('b', 1.5), ('d', 'x'), ('s', 1),
       ('c', b'ab'), ('<f', 1e300), ('<e', 1e6)]
for fmt, v in bad:
    try:
        struct.pack(fmt, v)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for call in [lambda: struct.pack('2b', 1), lambda: struct.pack('b', 1, 2), lambda: struct.pack('z', 1),
             lambda: struct.pack('<n', 1), lambda: struct.unpack('<i', b'abc'),
             lambda: struct.unpack_from('<i', b'abc', 1), lambda: struct.pack_into('<i', bytearray(2), 0, 1),
             lambda: list(struct.iter_unpack('<i', b'abcde')), lambda: struct.calcsize('3')]:
    try:
        call()
    except struct.error as e:
        print('error:', e)
print(struct.error.__module__, issubclass(struct.error, Exception))
