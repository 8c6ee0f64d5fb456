# io.StringIO: write/seek/tell/truncate/read/readline, padding past the end,
# argument errors and constructor errors, with CPython 3.11's messages.
import io


def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, '->', repr(r))


s = io.StringIO('hello')
t('pos after init', s.tell)
t('write', lambda: s.write('XY'))
t('getv', s.getvalue)
t('seek 10', lambda: s.seek(10))
t('write', lambda: s.write('Z'))
t('getv', s.getvalue)
t('seek -1', lambda: s.seek(-1))
t('seek 1,1', lambda: s.seek(1, 1))
t('seek 0,1', lambda: s.seek(0, 1))
t('seek 1,2', lambda: s.seek(1, 2))
t('seek 0,2', lambda: s.seek(0, 2))
t('seek 0,3', lambda: s.seek(0, 3))
t('seek 1.5', lambda: s.seek(1.5))
t('seek "a"', lambda: s.seek('a'))
t('seek big', lambda: s.seek(2**70))
t('truncate 3', lambda: s.truncate(3))
t('tell', s.tell)
t('getv', s.getvalue)
t('truncate -1', lambda: s.truncate(-1))
t('truncate "a"', lambda: s.truncate('a'))
t('truncate None', lambda: s.truncate(None))
t('truncate()', lambda: s.truncate())
t('getv', s.getvalue)
t('read 2.0', lambda: s.read(2.0))
t('read None', lambda: s.read(None))
t('readline "x"', lambda: s.readline('x'))
t('write 1', lambda: s.write(1))
t('write b', lambda: s.write(b'x'))
t('init 1', lambda: io.StringIO(1))
t('init b', lambda: io.StringIO(b'x'))
t('nl 1', lambda: io.StringIO('', 1))
t('nl x', lambda: io.StringIO('', 'x'))
t('nl kw', lambda: io.StringIO(newline='\r', initial_value='a\nb').getvalue())
t('too many', lambda: io.StringIO('', '\n', 3))
t('bad kw', lambda: io.StringIO(foo=1))
