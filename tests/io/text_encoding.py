# io.text_encoding and what open() makes of its answers ("locale" outside
# UTF-8 mode, "utf-8" in it; the test runner sets PYTHONUTF8=1 for CPython,
# so only the relation to sys.flags.utf8_mode is printed).
import io
import logging
import os
import sys

print(io.text_encoding('latin-1'), io.text_encoding('utf-8', 5))
print(io.text_encoding(None) == ('utf-8' if sys.flags.utf8_mode else 'locale'))
print(io.text_encoding(None, 3) == io.text_encoding(None))
print(io.text_encoding(1))          # anything but None comes back as it is
print('text_encoding' in io.__all__, callable(io.text_encoding))
for args in [(), (None, 1, 2), (None, 'x'), (None, 2.5)]:
    try:
        io.text_encoding(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    io.text_encoding(encoding=None)
except TypeError as e:
    print('TypeError:', e)

path = '/tmp/shoal_text_encoding_test.txt'
with open(path, 'w', encoding=io.text_encoding(None)) as f:
    f.write('h\u00e9llo\n')
with open(path, encoding='locale') as f:
    print(f.encoding, repr(f.read()))
with open(path, encoding=io.text_encoding(None)) as f:
    print(repr(f.read()))
try:
    open(path, 'rb', encoding='locale')
except ValueError as e:
    print('ValueError:', e)

# a FileHandler without an encoding goes through io.text_encoding
h = logging.FileHandler(path, mode='w')
print(h.encoding == io.text_encoding(None))
logger = logging.getLogger('text_encoding_test')
logger.addHandler(h)
logger.warning('caf\u00e9')
h.close()
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(path)
