# The direct formatting paths of exact int/float/str/bool in %-formatting,
# str.format, format() and f-strings, next to the __format__ protocol of
# subclasses and other types.

ints = [0, 1, -1, 7, -42, 255, 1000, -1234567, 2**31, 2**63 - 1, -2**63, 2**63, 2**64,
        -2**64 - 1, 10**30, -(10**40) + 7, True, False]
for v in ints:
    print(repr(v), '%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%-+8.4d|%x|%X|%#x|%#X|%o|%#o|%#010x'
          % ((v,) * 17))
    print(' ', format(v), format(v, 'd'), format(v, ','), format(v, '_'), format(v, '+'),
          format(v, ' '), format(v, '015,'), format(v, '0=15_'), format(v, '*^15,'),
          format(v, '#b'), format(v, '#o'), format(v, '#x'), format(v, '#X'), format(v, '_x'),
          format(v, '#012_b'), format(v, 'n'), format(v, '<8'), format(v, '>+8'), format(v, '=8'))
    print(' ', f'{v}|{v:>12}|{v:<12}|{v:^12}|{v:012}|{v:,}|{v:e}|{v:.2f}|{v:%}|{v:g}')
    print(' ', '{}|{:d}|{!r}|{!s}|{:x}|{:>10}'.format(v, v, v, v, v, v))

floats = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e16, 1e-7, 0.1 + 0.2, 1.005,
          123456789.125, 9.995, 999999.5, 0.96, 0.9949, 1e22, 1e23, 1e300, -1e-300,
          1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 2.0**53, 2.0**63,
          1 / 3, -2 / 3, 100.0, 1234.5, 12.0, float('inf'), float('-inf'), float('nan')]
for v in floats:
    print(repr(v))
    print(' ', '%f|%.0f|%.1f|%.2f|%.3f|%.10f|%.20f|%e|%.0e|%.3e|%.16e|%E|%g|%.0g|%.3g|%.10g|%.17g|%G'
          % ((v,) * 18))
    print(' ', '%#.0f|%#.0e|%#g|%#.3g|%+.2f|% .1f|%010.3f|%-12.2e|%+012.4g|%F|%s|%r|%a|%5.1s'
          % ((v,) * 14))
    specs = ['', '.0f', '.2f', '.3f', 'f', '.20f', 'e', '.0e', '.3e', '.17e', 'g', '.0g',
             '.3g', '.12g', '.17g', '%', '.1%', '.0%', '.1', '.3', '.4', '.10', '.17', '#',
             '#.0f', '#.0e', '#g', '#.3g', '#.4', 'E', 'G', 'F', 'n', '.3n', '+.2f', ' .2f',
             '010.2f', '<10.2f', '^12.3e', '*>15g', '=+12.3f', ',.2f', '_.3f', '020,.2f', ',',
             ',e', 'z.2f', 'z', 'z.1e', '-^20,.4f', '0=15,.1f', '012', '+', '015_']
    print(' ', '|'.join(format(v, s) for s in specs))
    print(' ', f'{v}|{v!r}|{v:.2f}|{v:10.3e}|{v:,.1f}|{v:>+9.2%}', '{:.3f} {!s:>8}'.format(v, v))

for v in [1.005, 2.675, 0.125, 0.375, 1.5, 2.5, 3.5, 0.05, 0.15, 0.25, 0.35, 1e-5, 5e-5,
          123456789.125, 0.5e-3, 8.5, 9.5, 10.5]:
    print(repr(v), [format(v, '.%df' % p) for p in range(0, 6)],
          [format(v, '.%de' % p) for p in range(0, 4)], [format(v, '.%dg' % p) for p in range(1, 5)])
for p in (25, 40, 60):
    print(format(0.1, '.%df' % p), format(1 / 3, '.%de' % p), format(2.0**-60, '.%dg' % p))
print(format(2.0**-1074, '.400f')[-30:], len(format(1e308, '.5f')), format(1e308, ',.0f')[:30])

strs = ['', 'a', 'abc', 'hello world', 'héllo', '日本語', '\U0001f600x', 'a\x00b']
for s in strs:
    print(repr('%s|%5s|%-5s|%.2s|%5.1s|%r|%a|%-8r|' % ((s,) * 8)),
          repr(format(s, '')), repr(format(s, '8')), repr(format(s, '>8')), repr(format(s, '*^9')),
          repr(format(s, '.2')), repr(format(s, 'é<6.3')), repr(f'{s:_>7}|{s!r:^12}|{s!a}'))
print(repr('%c|%c|%5c|%-3c|%c' % ('x', 65, 0x1F600, 'é', 0)))
print('%(a)s-%(b)05d-%(c).2f %%' % {'a': 'x', 'b': 42, 'c': 3.14159})
print('%*d|%-*d|%.*f|%*.*f|%*s' % (6, 42, 6, 42, 3, 3.14159, 10, 2, 2.5, -6, 'ab'))
print('%s %s' % ('日本', 'x'), '%-6s|' % '日本', '日本 %d %.1f' % (7, 0.25), 'é%s' % '\U0001f600')
print(b'%d|%5d|%-5x|%#o|%.2f|%e|%s|%5b|%r|%a|%c|%c' % (42, -7, 255, 8, 2.5, 1e10, b'ab', b'c', 'r', 'é', 65, b'z'))
print('%d %s %r' % (True, True, False), f'{True} {False:>6} {True:d} {True:x} {False:.1f}')
print(format(True, ''), format(False, '^7'), format(True, '+'), '{:,}'.format(True))


class MyInt(int):
    def __format__(self, spec):
        return 'MyInt<' + spec + '>'

    def __str__(self):
        return 'MyInt-str'

    def __repr__(self):
        return 'MyInt-repr'


class StrOnly(int):
    def __str__(self):
        return 'StrOnly-str'


class MyFloat(float):
    def __format__(self, spec):
        return 'MyFloat<' + spec + '>'

    def __repr__(self):
        return 'MyFloat-repr'


class FloatStr(float):
    def __str__(self):
        return 'FloatStr-str'


class MyStr(str):
    def __format__(self, spec):
        return 'MyStr<' + spec + '>'

    def __str__(self):
        return 'MyStr-str'

    def __repr__(self):
        return 'MyStr-repr'


class PlainStr(str):
    pass


mi, so, mf, fs, ms, ps = MyInt(5), StrOnly(6), MyFloat(1.5), FloatStr(2.5), MyStr('s'), PlainStr('p')
print('%d %x %s %r %.2f %5d' % (mi, mi, mi, mi, mi, mi))
print(f'{mi} {mi:>5} {mi!s} {mi!r}', '{} {:x} {!r}'.format(mi, mi, mi), format(mi), format(mi, 'd'))
print('%d %s' % (so, so), f'{so} {so:d} {so:>5}', format(so, ''), format(so, 'x'))
print('%f %s %r %d' % (mf, mf, mf, mf), f'{mf} {mf:.2f} {mf!r}', format(mf, 'e'))
print('%f %s %r' % (fs, fs, fs), f'{fs} {fs:.2f} {fs!r}', format(fs, ''), format(fs, '>10'))
print('%s %r %5s' % (ms, ms, ms), f'{ms} {ms:>4} {ms!r}', format(ms, ''), '{}'.format(ms))
print('%s %r %5s' % (ps, ps, ps), f'{ps} {ps:>4} {ps!r}', type(format(ps, '')).__name__,
      type(format(ps, '3')).__name__, type(f'{ps}').__name__)


class Idx:
    def __index__(self):
        return 26


class IntOnly:
    def __int__(self):
        return 7


class FloatOnly:
    def __float__(self):
        return 2.75


class WithFormat:
    def __format__(self, spec):
        return 'WF[' + spec + ']'


print('%d %x %o %X %c' % (Idx(), Idx(), Idx(), Idx(), Idx()), '%.1f %e' % (Idx(), Idx()))
print('%d %i' % (IntOnly(), IntOnly()), '%.2f %g' % (FloatOnly(), FloatOnly()))
print(f'{WithFormat()} {WithFormat():xyz}', format(WithFormat(), '>5'), '{:abc}'.format(WithFormat()))
print('%d %.3f' % (3.99, 7), '%x' % 255, '%d' % -0.5, '%i' % 1e20)
