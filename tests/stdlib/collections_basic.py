from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap
from collections import UserDict, UserList, UserString

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5))
print(Point._make([3, 4]), Point.__name__, isinstance(p, tuple), len(p))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__doc__, Point.x.__doc__)
for args, kw in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
for bad in ['1x', 'class', '_a', 'a a']:
    try:
        namedtuple('T', bad)
    except ValueError as e:
        print('ValueError:', e)
print(namedtuple('R', 'a def _b a', rename=True)._fields)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
a, b = p
print(a, b, p == (1, 2), hash(p) == hash((1, 2)))

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d))
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
d.extendleft('ab'); print(d, d[0], d[-1], d.index(2), d.count(2))
d.insert(1, 'x'); d.remove('x'); d.reverse(); print(d, 3 in d, list(reversed(d)))
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.appendleft(-1); print(m)
print(deque([], maxlen=3), deque(), deque('abc') == deque('abc'), deque([1]) + deque([2]))
e = deque()
for f in (e.pop, e.popleft):
    try:
        f()
    except IndexError as ex:
        print('IndexError:', ex)
try:
    deque([1]).index(5)
except ValueError as ex:
    print(ex)
try:
    deque([1])[3]
except IndexError as ex:
    print(ex)
q = deque(); q.append(q); print(q)

dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory)
print(defaultdict(None, {1: 2}), defaultdict(int)['k'])
try:
    defaultdict(None)['x']
except KeyError as ex:
    print('KeyError', ex)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements())[:6])
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), +Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter('aab').total())

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child({'c': 0}), cm.parents)
cm['z'] = 9; print(cm.maps[0])
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), 'a' in ud)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul[1:], ul + [4])
us = UserString('hello'); print(us.upper(), us[1:3], us + '!', us.isalpha(), repr(us))
