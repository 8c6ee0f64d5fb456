import io
s = io.StringIO()
print(s.write('hello\n'), s.write('world\nlast'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0); print(s.readlines())
s.seek(0); print([line for line in s])
s.seek(2); s.write('XY'); print(repr(s.getvalue()), s.tell())
s.seek(0, 2); print(s.tell()); s.truncate(5); print(repr(s.getvalue()))
with io.StringIO('a\nb\nc') as f:
    print(list(f), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
t = io.StringIO('init')
print(repr(t.read()), t.tell(), t.readable(), t.writable(), t.seekable())
t.write('!'); print(t.getvalue())
print(repr(io.StringIO('x').readline()), repr(io.StringIO('').readline()))
print(io.StringIO('abc\ndef').readline(2))
u = io.StringIO(); print('to string io', 1, 2, file=u, sep='-'); print(repr(u.getvalue()))

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.getvalue())
b.seek(0); b.write(b'XYZ'); print(b.getvalue())
b.seek(0, io.SEEK_END); b.write(bytearray(b'!!')); print(b.getvalue(), b.tell())
b.seek(0); print(list(b))
buf = bytearray(4); b.seek(1); print(b.readinto(buf), buf)
try:
    b.write('str')
except TypeError as e:
    print(e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
