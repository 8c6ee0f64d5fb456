# io.StringIO newline modes: translation on write, line splitting on read,
# the newlines attribute, initial values.
import io


def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, '->', repr(r))


for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write('a\nb\r\nc\rd\n')
    s.write('e\r')
    s.write('\nf')
    t('%r getvalue' % nl, s.getvalue)
    t('%r newlines' % nl, lambda: s.newlines)
    s.seek(0)
    t('%r lines' % nl, lambda: list(s))
    s2 = io.StringIO('x\r\ny\rz\n', newline=nl)
    t('%r init' % nl, s2.getvalue)
    t('%r init newlines' % nl, lambda: s2.newlines)
    t('%r readlines' % nl, s2.readlines)
    t('%r tell' % nl, s2.tell)

# writes split between \r and \n, and size limits cutting a \r\n
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    t('%r parts' % nl, lambda: (s.write('a\r'), s.write('\nb\r'), s.write('\r\n'), s.getvalue(), s.newlines))
    s = io.StringIO('ab\r\ncd\r', newline=nl)
    t('%r sized' % nl, lambda: [s.readline(3), s.readline(1), s.readline(), s.readline(), s.readline()])
    s = io.StringIO(newline=nl)
    t('%r returns' % nl, lambda: (s.write('x\ny\n'), s.tell(), s.write(''), s.tell()))
for value in ['a\r', 'a\r\n', '\r\r\n\n']:
    for nl in [None, '']:
        t('%r %r readlines' % (value, nl), lambda: io.StringIO(value, nl).readlines())
# __init__ again: text, position, newline mode and closed state reset
s = io.StringIO('abc')
s.read()
s.__init__('xyz\r\n', None)
t('reinit', lambda: (s.getvalue(), s.tell(), s.newlines))
s.close()
s.__init__('q', '\r')
t('reinit closed', lambda: (s.closed, s.read(), s.newlines))
t('uninitialized', lambda: io.StringIO.__new__(io.StringIO).getvalue())
t('uninitialized write', lambda: io.StringIO.__new__(io.StringIO).write('x'))
t('non-latin', lambda: io.StringIO('\u0100\n\U00010000\r\n', None).readlines())
