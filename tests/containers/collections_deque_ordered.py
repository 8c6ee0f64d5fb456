# collections.deque, OrderedDict and namedtuple
from collections import deque, OrderedDict, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen)
print(deque("abc").count("a"), list(reversed(deque([1, 2]))), deque([1, 2]) == deque([1, 2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=0), Point._fields, Point._make([7, 8]))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple), len(p))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
