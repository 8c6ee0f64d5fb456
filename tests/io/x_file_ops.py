import sys
class io: UnsupportedOperation = OSError
p = '/tmp/shoal_x_fileio_test.txt'
with open(p, 'w') as f:
    print(repr(f)[:60], f.mode, f.name, f.closed, f.writable(), f.readable())
    n = f.write('hello\nwörld\r\nlast')
    print(n)
    f.writelines(['a\n', 'b\n'])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, newline='') as f:
    print(f.readlines())
with open(p) as f:
    print(repr(f.readline()), repr(f.read(3)), f.tell() if False else '', repr(f.readline(2)), list(f))
with open(p, 'rb') as f:
    print(repr(f), f.mode, f.read(4), f.readline(), f.tell(), f.seek(0), f.read())
with open(p, 'a') as f:
    f.write('appended\n')
with open(p, 'r+') as f:
    print(f.read(5)); f.seek(0); f.write('HELLO'); f.seek(0); print(repr(f.read()))
with open(p, 'w+b') as f:
    print(repr(f), f.mode, f.write(b'abc\x00\xff'), f.seek(0), f.read(), f.tell())
for line in open(p, 'rb'):
    print(line)
try: open('/nonexistent/x')
except OSError as e: print(type(e).__name__, e, e.errno, e.filename)
try: open('/tmp')
except OSError as e: print(type(e).__name__, e)
f = open(p, 'rb'); f.close()
try: f.read()
except ValueError as e: print(e)
f = open(p)
try: f.write('x')
except io.UnsupportedOperation as e: print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
try: open(p, 'rw')
except ValueError as e: print(e)
try: open(p, 'rb', encoding='utf-8')
except ValueError as e: print(e)
try: open(p, 'r', newline='x')
except ValueError as e: print(e)
try: open(p, 'r', encoding='foo')
except LookupError as e: print(e)
try: open(p, 'x')
except FileExistsError as e: print(e)
with open(p, 'w', encoding='latin-1') as f:
    print(repr(f)[-40:], f.encoding); f.write('caf\xe9\n')
with open(p, 'rb') as f: print(f.read())
with open(p, encoding='latin-1') as f: print(f.read())
print(sys.stdout.encoding, sys.stderr.errors, repr(sys.stdout), sys.stdout.fileno(), sys.stdin.readable())
sys.stdout.write('direct\n')
print('to stderr', file=sys.stderr)
with open(p, 'w') as f: print('x', 1, 2.5, file=f)
print(open(p).read(), end='')
