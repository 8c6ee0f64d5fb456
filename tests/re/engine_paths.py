# The paths _pcre takes in C (run, findall, sub) and their fallbacks in
# re.py: bounds of every kind, bytes-like subjects, unset groups, templates.
import re

p = re.compile(r'(\w+)@(\w+)\.com')
m = p.search('mail bob@example.com now')
print(m, m.group(1), m[2], m.span(), m.pos, m.endpos, m.groups(), m.regs)
for args in [(0,), (5,), (-3,), (3, 100), (6, 2**62), (2**62,), (-2**62, 20), (True, 21),
             (0, -1), (12, 4)]:
    r = p.search('mail bob@example.com now', *args)
    print(args, r and (r.span(), r.pos, r.endpos))
for bad in [(1.5,), (0, '9'), (None,), (10**30,), (0, -10**30)]:
    try:
        p.search('mail bob@example.com now', *bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 5
print(p.search('mail bob@example.com now', I()).pos, p.findall('a@b.com c@d.com', I()))
print(p.match('bob@x.com!'), p.fullmatch('bob@x.com'), p.fullmatch('bob@x.com!'))
print(p.match('  bob@x.com', 2).span(), p.fullmatch('xbob@x.comy', 1, 10))
print(p.findall('a@b.com c@d.com'), p.findall('a@b.com c@d.com', 3), p.findall('a@b.com', 0, 3))
print(re.findall(r'\d', 'a1b22'), re.findall(r'(\d)(x)?', 'a1b2x'), re.findall(r'(a)|b', 'ab'))
print(re.findall(r'é(.)', 'éaxéb'), re.findall(r'', 'ab'), re.findall(r'\w*', 'ab c'))
print(re.findall(rb'(a)(b)?', bytearray(b'aab')), re.findall(rb'.', memoryview(b'xy')))
print(re.findall(r'x', 'axbx', 1.0) if False else re.findall(r'x', 'axbx', 0))
try:
    p.findall('a@b.com', 0.5)
except TypeError as e:
    print('TypeError:', e)
try:
    p.findall(b'a@b.com')
except TypeError as e:
    print('TypeError:', e)

print(re.sub(r'\d', '#', 'a1b2c3'), re.subn(r'\d', '#', 'a1b2c3', 2), re.sub(r'\d', '#', 'abc'))
print(re.sub(r'(\w)(\d)?', r'[\2\1]', 'a1b'), re.sub(r'(?P<x>b)', r'\g<x>\g<0>\\n', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.sub('é', 'ü\n', 'aéé'), re.sub('a', '\ud800', 'bab') == 'b\ud800b')
print(re.sub(rb'a', rb'\n', bytearray(b'xax')), re.subn(b'(a)', b'<\\1>', b'aa', 1))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'), re.sub('a', 'x', 'aaa', -1))
for t in ['\\1', '\\g<2>', '\\q']:
    try:
        re.sub('(a)', t, 'a')
    except re.error as e:
        print('error:', e)
try:
    re.sub('a', 'x', b'a')
except TypeError as e:
    print('TypeError:', e)
s = re.compile('(o)')
for _ in range(3):
    print(s.sub(r'0\1', 'foo'), s.sub('_', 'foo'))
print(re.split(r'(,)', 'a,b,c', 1), re.compile('b').split('abcbd'))
