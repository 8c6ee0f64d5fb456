# collections.deque: subclasses with their own attributes and methods,
# copy/deepcopy/__reduce__, cycles through a deque collected by gc, weakrefs.
from collections import deque
import copy
import gc
import weakref


class Tagged(deque):
    def __init__(self, iterable=(), maxlen=None, tag="none"):
        super().__init__(iterable, maxlen)
        self.tag = tag

    def __repr__(self):
        return "Tagged(%s, tag=%r)" % (list(self), self.tag)

    def total(self):
        return sum(self)


t = Tagged([1, 2, 3], 5, tag="t")
t.append(4)
t.extra = [1]
print(t, t.total(), t.maxlen, t.tag, t.extra, len(t), type(t).__name__)
print(isinstance(t, deque), type(t).__mro__[1:], t == deque([1, 2, 3, 4]))
print(sorted(vars(t).items()))


class Plain(deque):
    pass


p = Plain("ab", 4)
print(p, repr(p), Plain(), Plain([1], maxlen=0))
print(type(p + deque("c")).__name__, type(p * 2).__name__, type(p.copy()).__name__,
      type(copy.copy(p)).__name__)
print(p + deque("c"), p * 3, 2 * p)
p.x = 5
print(p.copy(), hasattr(p.copy(), "x"))
try:
    hash(p)
except TypeError as e:
    print(e)


class Counting(deque):
    appended = 0

    def append(self, x):
        Counting.appended += 1
        super().append(x * 10)

    def __iter__(self):
        return iter(list(super().__iter__())[::-1])


c = Counting([1, 2])
c.append(3)
c.extend([4])
print(list(c), Counting.appended, c[0], c[-1], list(reversed(c)))


class Ignoring(deque):
    def __init__(self, *args):
        super().__init__()


print(Ignoring([1, 2], 3).copy(), deque.__copy__(Ignoring([1])))

# __reduce__: (type, () or ((), maxlen), state, iterator)
d = deque([1, 2], 3)
r = d.__reduce__()
print(r[0], r[1], r[2], list(r[3]))
r = deque([1]).__reduce__()
print(r[0], r[1], r[2], list(r[3]))
r = t.__reduce__()
print(r[0].__name__, r[1], sorted(r[2].items()), list(r[3]))
r = Plain([1]).__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
print(d.__reduce_ex__(2)[:3], d.__reduce_ex__(4)[1])

# copy and deepcopy
inner = [1]
d = deque([inner, 2], 4)
c1, c2, c3 = copy.copy(d), copy.deepcopy(d), d.copy()
print(c1, c2, c3, c1.maxlen, c2.maxlen)
print(c1[0] is inner, c2[0] is inner, c2[0] == inner, c3[0] is inner)
t2 = copy.deepcopy(t)
print(t2, type(t2).__name__, t2.tag, t2.extra, t2.extra is t.extra, t2.maxlen)
t3 = copy.copy(t)
print(t3, t3.maxlen, t3.tag)
rec = deque()
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc, rc[0] is rc, rc is not rec)

# a cycle through a deque is collected
gc.collect()


class Node:
    def __init__(self):
        self.q = deque()


def make_cycle():
    n = Node()
    n.q.append(n)
    n.q.append([n.q])
    return weakref.ref(n)


def alive(ref):
    return ref() is not None


r = make_cycle()
gc.collect()
print("cycle collected:", not alive(r))


def make_self_cycle():
    d = Plain()
    d.append(d)
    d.me = d
    return weakref.ref(d)


r = make_self_cycle()
gc.collect()
print("subclass cycle collected:", not alive(r))


def make_iter_cycle():
    d = deque([1])
    d.append(iter(d))
    n = Node()
    n.q = d
    d.append(n)
    return weakref.ref(n)


r = make_iter_cycle()
gc.collect()
print("iterator cycle collected:", not alive(r))
print(gc.is_tracked(deque()), gc.is_tracked(iter(deque())))

# weak references
log = []


def make_ref():
    d = deque([1, 2])
    return d, weakref.ref(d, lambda w: log.append("gone"))


d, r = make_ref()
print(alive(r), r() == deque([1, 2]), weakref.getweakrefcount(d))
del d
print(alive(r), log)
p = Plain([1])
pr = weakref.ref(p)
print(alive(pr))
del p
print(alive(pr))
w = weakref.WeakValueDictionary()
keep = deque([3])
w["k"] = keep
print(len(w), list(w))
del keep
print(len(w), list(w))
