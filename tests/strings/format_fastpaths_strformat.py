# str.format and format_map writing fields straight into the result: literal
# runs, escaped braces, nested specs, wide characters in template, fill and
# arguments, and the fields that still go through __format__.


class Tagged(int):
    def __format__(self, spec):
        return '<' + spec + '>'


class P:
    x = 2.5
    items = ['a', 'bb']


print('{}:{}-{:.2f}'.format(7, 'ab', 7 / 3))
print('{{literal}} {0} {{{1}}} {0!r:>6}'.format('x', 3))
print('{:{w}.{p}f}|{:>{w}}|{:{fill}^{w}d}'.format(3.14159, 'r', 42, w=9, p=3, fill='*'))
print('{0.x:+.1e} {0.items[1]!r:^7} {1[k]:_>5}'.format(P(), {'k': 'v'}))
print('日本{}語{:>4}|{:é^7}|{:€<6.2f}|{:\U0001f600>4}'.format(1, 'ā', 12, 0.5, 'x'))
print('{:→^9,}|{:<6}|{:x>6}'.format(1234567, True, False), '{:,.3f}'.format(-1234.5678))
print('ascii {} then wide {}'.format('plain', 'ĀĀ'), 'x{}y'.format('\U00010000'))
print('{} {:5} {:d} {:x}'.format(Tagged(5), Tagged(5), Tagged(5), Tagged(5)))
print('{a}-{b:03}-{c!s:>4}'.format_map({'a': 'A', 'b': 7, 'c': 1.5}))
print('{:%} {:.1%} {:e} {:g} {:n} {:_b} {:#o} {:c}'.format(0.25, 1 / 3, 12345.678, 1e-5, 1234, 255, 8, 9731))
print(repr('{}'.format('')), repr('{:3}'.format('')), repr('{:.0}'.format('abc')), repr(''.format()))
for tmpl, args in [('{', ()), ('}', ()), ('{0', (1,)), ('{:d}', ('s',)), ('{:,s}', ('s',)),
                   ('{:.2f}', (True,)), ('{:=5}', ('s',)), ('{0}{}', (1, 2)), ('{:{}}', (1,)),
                   ('{:{:{}}}', (1, 2, 3)), ('{!}', (1,)), ('{:5.2.1}', (1,))]:
    try:
        print(repr(tmpl), repr(tmpl.format(*args)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(tmpl), type(e).__name__, e)
