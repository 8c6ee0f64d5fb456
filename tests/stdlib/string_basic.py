import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   big world'), string.capwords('a-b-c', '-'))
T = string.Template
t = T('$who likes ${what}; $$5 cost')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}))
print(T('$who and $missing ${x}').safe_substitute(who='me'))
try:
    T('$who').substitute({})
except KeyError as e:
    print('KeyError', e)
try:
    T('line\nbad $ here').substitute(x=1)
except ValueError as e:
    print(e)
print(T('$a $b ${a} $$').get_identifiers(), T('ok $x').is_valid(), T('bad $').is_valid())
class Pct(T):
    delimiter = '%'
print(Pct('%name is %%').substitute(name='pct'))
print(T('$x$y').substitute(x=1, y=2), T('${x}y').substitute(x=3), T('$_a1').substitute(_a1='u'))
f = string.Formatter()
print(f.format('{0} {1!r} {x:>5}|{y[1]} {z.real}', 'a', 'b', x=3, y=[0, 9], z=2))
print(f.format('{} {} {{lit}} {:{}}', 1, 2, 'w', 4))
print(list(f.parse('a{0}b{x!r:>3}c{{')))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print(e)
