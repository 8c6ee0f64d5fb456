# Error messages of %-formatting, format() and str.format on the direct
# paths, as CPython words them.


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, 'ok', repr(r))


class IntOnly:
    def __int__(self):
        return 3


attempt('d-str', lambda: '%d' % 'x')
attempt('x-float', lambda: '%x' % 1.5)
attempt('x-intonly', lambda: '%x' % IntOnly())
class FloatOnly:
    def __float__(self):
        return 2.5


attempt('d-floatonly', lambda: '%d' % FloatOnly())
attempt('x-floatonly', lambda: '%x' % FloatOnly())
attempt('f-str', lambda: '%f' % 'x')
attempt('few', lambda: '%d %d' % (1,))
attempt('many', lambda: '%d' % (1, 2))
attempt('z', lambda: '%z' % 1)
attempt('z2', lambda: 'ab%zc' % 1)
attempt('incomplete', lambda: 'abc%' % ())
attempt('key', lambda: '%(a)s' % {'b': 1})
attempt('mapping', lambda: '%(a)s' % 5)
attempt('star', lambda: '%*d' % ('a', 1))
attempt('c-long', lambda: '%c' % 'ab')
attempt('c-range', lambda: '%c' % 0x110000)
attempt('c-float', lambda: '%c' % 1.5)
attempt('b-in-str', lambda: '%b' % b'x')
attempt('bytes-s-str', lambda: b'%s' % 'x')
attempt('bytes-c', lambda: b'%c' % 256)
attempt('huge-d', lambda: len('%d' % 10**5000))
attempt('huge-x', lambda: len('%x' % 10**5000))
attempt('inf-d', lambda: '%d' % float('inf'))
attempt('nan-d', lambda: '%d' % float('nan'))

for v, spec in [(1.5, 'd'), (1, 's'), ('a', 'd'), ('abc', ','), ('abc', '_'), ('abc', '+'),
                ('abc', ' '), ('abc', '#'), ('abc', '=5'), ('abc', 'z'), (5, '.2'), (5, 'z'),
                (5, ',x'), (5, ',b'), (5, '_n'), (5, ',c'), (5, '+c'), (5, '#c'), (-1, 'c'),
                (0x110000, 'c'), (1.5, ',n'), (1.5, 'x'), (1.5, 'c'), (True, 'z'), (True, 's'),
                (1, ',_'), (1, '_,'), (1, '.'), (1, '10.2.3'), (1.5, 'abc'), ('s', 'ss'),
                (10**5000, 'd'), (10**5000, ','), (1e308, '%')]:
    attempt('format(%r, %r)' % (v if not (isinstance(v, int) and v > 10**100) else 'big', spec),
            lambda: format(v, spec) if not isinstance(v, int) or v < 10**100 else len(format(v, spec)))
attempt('spec-type', lambda: format(1, 5))
attempt('str-format-idx', lambda: '{1}'.format(0))
attempt('str-format-key', lambda: '{a}'.format(b=1))
attempt('str-format-conv', lambda: '{!x}'.format(1))
attempt('str-format-spec', lambda: '{:d}'.format('x'))
attempt('fstring-spec', lambda: f'{"x":d}')
attempt('fstring-float', lambda: f'{1.5:d}')
