# str.format and string.Formatter (parse, vformat, get_field) on malformed
# replacement fields: CPython 3.11's grammar and messages, and the literal
# text yielded before a bad field.
import string
cases = ['{', '}', '{x!}', '{x!r', '{x:{y}', '{0!z}', '{:{:{}}}', '{0[}', '{a.}', '{x',
         '{x!', '{x!r:', '{x!rr', '{x!}}', '{x!}a}', '{a{b}', '{a{', '{0[{]}', '{0[{]',
         '{0[}]}', '{0]}', 'ab{0:{1}', '{0:{1}}}', '{0:}}', '{0:{{}}}', '{!r}', '{x:', '{x:{',
         '{:}', '{0!r:>{1}}', '{[', '{0[0]x}', '{0.a[0}', 'x{{', 'x}}', '{0!}}', '{0!rx}',
         '{0[0]!r:{1}}', '{:{}}', '{0:{:}}', '\u20ac{', '{\u20ac!', '{0!\u20ac}', '{0!\x01}']
for s in cases:
    for label, f in [('fmt', lambda: s.format([1, 2], 5, x=1, y=2, a=1)),
                     ('parse', lambda: list(string.Formatter().parse(s))),
                     ('vfmt', lambda: string.Formatter().format(s, [1, 2], 5, x=1, y=2, a=1))]:
        try:
            r = repr(f())
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(label, repr(s), '->', r)

# parse is lazy: fields before the bad one come out first
it = string.Formatter().parse('a{0}b{1}c{')
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError:', e)
print(list(string.Formatter().parse('a{{b}}c{0!r:>{1}}d{x.y[0]}e')))

# get_field: the name's parts are parsed as they are used
f = string.Formatter()
for name in ['0[1]', '0.real', '0[]', '0.', '0..x', '0[1', '0[1]x', '0[1].real', '10']:
    try:
        print(name, '->', f.get_field(name, [[4, 5]] * 11, {}))
    except Exception as e:
        print(name, '->', type(e).__name__, e)
print(f.format('{0[1]} {a.real} {1:>{2}}', [1, 2], 'x', 5, a=3))
