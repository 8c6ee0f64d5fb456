# collections.deque: iterators, reversed(), and what changing the deque while
# iterating or comparing does (RuntimeError, or IndexError for remove).
from collections import deque


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


d = deque("abcde")
print(list(d), list(reversed(d)), [x for x in d], tuple(d), sorted(d, reverse=True))
it = iter(d)
rit = reversed(d)
print(type(it).__name__, type(rit).__name__, type(it).__module__)
print(repr(type(it)), repr(type(rit)))
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), next(rit), rit.__length_hint__())
print(iter(it) is it, list(it), list(rit), list(it), it.__length_hint__())
print(list(iter(deque())), list(reversed(deque())))
print(sum(deque(range(1000))), max(deque([3, 9, 2])), list(enumerate(deque("xy"))))
print(list(zip(deque([1, 2, 3]), reversed(deque([1, 2, 3])))))
a, b, *rest = deque(range(5))
print(a, b, rest)


# each change that moves items invalidates iterators; setting an item,
# reverse(), and changes that move nothing do not
def after(label, op):
    d = deque([1, 2, 3, 4])
    it = iter(d)
    next(it)
    op(d)
    attempt(label, lambda: next(it))


after("setitem", lambda d: d.__setitem__(1, 20))
after("reverse", lambda d: d.reverse())
after("rotate 0", lambda d: d.rotate(0))
after("rotate 4", lambda d: d.rotate(4))
after("rotate 1", lambda d: d.rotate(1))
after("append", lambda d: d.append(5))
after("appendleft", lambda d: d.appendleft(0))
after("pop", lambda d: d.pop())
after("popleft", lambda d: d.popleft())
after("clear", lambda d: d.clear())
after("extend empty", lambda d: d.extend([]))
after("extend", lambda d: d.extend([9]))
after("imul 1", lambda d: d.__imul__(1))
after("imul 2", lambda d: d.__imul__(2))
after("iadd empty", lambda d: d.__iadd__(()))
after("remove", lambda d: d.remove(3))
after("insert", lambda d: d.insert(1, 5))
after("delitem", lambda d: d.__delitem__(1))
after("count", lambda d: d.count(1))
after("index", lambda d: d.index(2))
after("copy", lambda d: d.copy())
after("init", lambda d: d.__init__([1, 2, 3, 4]))

d = deque()
it = iter(d)
d.clear()
attempt("clear of an empty deque", lambda: next(it))
d = deque([1])
it = iter(d)
attempt("first", lambda: next(it))
attempt("exhausted", lambda: next(it))
d.append(2)
attempt("after append", lambda: next(it))
attempt("again", lambda: next(it))
d = deque([1])
it = iter(d)
d.rotate(3)
attempt("rotate of one item", lambda: next(it))
d = deque([1, 2, 3])
rit = reversed(d)
next(rit)
d.appendleft(0)
attempt("reversed after appendleft", lambda: next(rit))
d = deque(maxlen=0)
it = iter(d)
d.append(1)
attempt("append to maxlen 0", lambda: next(it))

# a loop that mutates its deque
d = deque(range(5))
try:
    for x in d:
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print("loop:", e, list(d))
d = deque(range(5))
for x in d:
    if x == 2:
        d[4] = "changed"
print(list(d))


# comparisons that change the deque through __eq__
class Mutator:
    def __init__(self, d, result):
        self.d = d
        self.result = result

    def __eq__(self, other):
        self.d.append(0)
        return self.result


for result in (False, True):
    for name in ("count", "index", "remove", "__contains__"):
        d = deque([1, 2, 3])
        attempt(f"{name} {result}", lambda: getattr(d, name)(Mutator(d, result)))
        print("   ", d)
d = deque([1, 2, 3])
attempt("eq mutating", lambda: d == deque([Mutator(d, False), 2, 3]))
d = deque([1, 2, 3])
attempt("eq mutating reversed", lambda: deque([Mutator(d, False), 2, 3]) == d)
d = deque([1, 2, 3])
attempt("eq mutating True", lambda: d == deque([Mutator(d, True), 2, 3]))
d = deque([1, 2, 3])
attempt("lt mutating", lambda: d < deque([Mutator(d, False), 2, 3]))


class Raiser:
    def __eq__(self, other):
        raise ValueError("no compare")


d = deque([1, Raiser(), 3])
attempt("count raising", lambda: d.count(3))
attempt("index raising", lambda: d.index(3))
attempt("index before raising", lambda: d.index(1))
attempt("in raising", lambda: 3 in d)
attempt("remove raising", lambda: d.remove(3))
attempt("eq raising", lambda: d == deque([1, 2, 3]))
print(len(d))


# __eq__ that only looks: results as for lists
class Loose:
    def __eq__(self, other):
        return other == 2


d = deque([1, 2, 3, 2])
print(d.count(Loose()), d.index(Loose()), Loose() in d)
d.remove(Loose())
print(d)

# iterator pickling protocol: __reduce__ and the constructor
d = deque("abcdef")
it = iter(d)
next(it)
next(it)
cls, args = it.__reduce__()
print(cls.__name__, args)
print(list(cls(*args)), list(cls(d)), list(cls(d, 10)), list(cls(d, 0)))
rit = reversed(d)
next(rit)
cls, args = rit.__reduce__()
print(cls.__name__, args, list(cls(*args)), list(cls(d, 4)))
exhausted = iter(d)
list(exhausted)
print(exhausted.__reduce__()[1], exhausted.__length_hint__())
