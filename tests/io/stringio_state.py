# io.StringIO: mode queries, closed-file errors (with or without the dot of
# _IOBase), __getstate__/__setstate__, copy, subclasses, iteration,
# readlines/writelines, context manager, non-latin-1 text.
import io


def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, '->', repr(r))


s = io.StringIO('abc')
for a in ['readable', 'writable', 'seekable', 'isatty', 'flush', 'fileno', 'detach']:
    t(a, getattr(s, a))
t('line_buffering', lambda: s.line_buffering)
t('encoding', lambda: s.encoding)
t('errors', lambda: s.errors)
t('closed', lambda: s.closed)
t('state', s.__getstate__)
s.x = 5
t('state dict', s.__getstate__)
s.close(); s.close()
t('closed', lambda: s.closed)
for a in ['readable', 'writable', 'seekable', 'isatty', 'flush', 'getvalue', 'read', 'readline', 'tell', 'truncate', 'readlines', '__iter__', '__next__', '__enter__', 'fileno', '__getstate__', 'detach']:
    t('closed ' + a, getattr(s, a))
t('closed write', lambda: s.write('x'))
t('closed write int', lambda: s.write(1))
t('closed seek', lambda: s.seek(0))
t('closed seek bad', lambda: s.seek('a'))
t('closed writelines', lambda: s.writelines(['a']))
t('closed line_buffering', lambda: s.line_buffering)
t('closed newlines', lambda: s.newlines)
t('closed encoding', lambda: s.encoding)
t('closed state', lambda: s.__setstate__(('a', None, 0, None)))
s = io.StringIO()
t('setstate', lambda: s.__setstate__(('a\nb', '\r', 1, {'k': 1})))
t('after', lambda: (s.getvalue(), s.tell(), s.k, s.newlines))
t('setstate bad', lambda: s.__setstate__(('a',)))
t('setstate bad2', lambda: s.__setstate__([1,2,3,4]))
t('setstate bad3', lambda: s.__setstate__((1, None, 0, None)))
t('setstate bad4', lambda: s.__setstate__(('a', None, -1, None)))
t('setstate bad5', lambda: s.__setstate__(('a', None, 'x', None)))
t('setstate bad6', lambda: s.__setstate__(('a', None, 0, 5)))
t('setstate bad7', lambda: s.__setstate__(('a', 'x', 0, None)))
t('setstate pos beyond', lambda: (s.__setstate__(('ab', None, 9, None)), s.tell(), s.read()))
t('type', lambda: (type(s).__name__, type(s).__module__, type(s).__qualname__))
t('isinst', lambda: (isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), issubclass(io.StringIO, io.TextIOBase)))
class S(io.StringIO):
    def readline(self, *a):
        return 5
t('sub iter', lambda: list(S('a\nb')))
class S2(io.StringIO):
    pass
s = io.StringIO('a\nb\nc')
t('readlines hint', lambda: s.readlines(1))
t('readline 0', lambda: s.readline(0))
t('readline -5', lambda: s.readline(-5))
t('read -3', lambda: s.read(-3))
t('read at end', lambda: s.read())
t('readline at end', lambda: s.readline())
s = io.StringIO()
t('writelines', lambda: s.writelines(['a', 'b\n', 'c']))
t('writelines bad', lambda: s.writelines(['a', 3]))
t('writelines gv', s.getvalue)
t('writelines notiter', lambda: s.writelines(3))
with io.StringIO('w') as w:
    t('with', w.read)
t('with closed', lambda: w.closed)
s = io.StringIO('\u20acx\U0001f600')
t('unicode', lambda: (s.read(1), s.tell(), s.read(), s.getvalue()))
s.seek(1); s.write('y')
t('overwrite', s.getvalue)
s = io.StringIO('abc'); s.seek(0, 2)
t('write empty beyond', lambda: (s.seek(6), s.write(''), s.getvalue(), s.tell()))
t('write empty2', lambda: (s.write('z'), s.getvalue()))
t('next closed', lambda: next(s))
s = io.StringIO('abc\ndef', newline='\r'); s.read(2)
import copy
c = copy.copy(s)
d = copy.deepcopy(s)
t('deepcopy', lambda: (d.getvalue(), d.tell()))
t('copy', lambda: (c.getvalue(), c.tell()))
