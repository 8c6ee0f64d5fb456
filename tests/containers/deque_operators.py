# collections.deque: comparisons, + * += *=, repr (recursive too), maxlen
# through the operators, and deque as a MutableSequence and in match.
from collections import deque
import collections.abc

# comparisons go item by item like lists'
pairs = [
    ([], []), ([1], []), ([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2, 3], [1, 2]),
    (["a"], ["b"]), ([1.5, 2], [1.5, 2.5]), ([(1, 2)], [(1, 3)]), ([1], [1.0]),
]
for x, y in pairs:
    a, b = deque(x), deque(y)
    print(x, y, [a == b, a != b, a < b, a <= b, a > b, a >= b],
          [x == y, x != y, x < y, x <= y, x > y, x >= y] == [a == b, a != b, a < b, a <= b, a > b, a >= b])
print(deque([1], 5) == deque([1]), deque() == deque(maxlen=0), deque([1]) == [1], deque([1]) != (1,))
nan = float("nan")
print(deque([nan]) == deque([nan]), [nan] == [nan])
d = deque([1, 2])
print(d == d, d <= d, d < d)

# + and *
a = deque([1, 2], 3)
b = deque("xyz")
print(a + b, b + a, a + deque(), deque() + deque())
print((a + b).maxlen, (b + a).maxlen)
print(a * 0, a * 1, a * 2, 2 * a, a * -3, b * 2, deque() * 5, deque([0]) * 3)
print((a * 2).maxlen, (b * 3).maxlen)
c = a + b
print(c is not a, a, b)

# += and *= keep the object
d = deque([1, 2])
ident = id(d)
d += [3, 4]
d += (5,)
d += deque([6])
d += range(7, 9)
d += "ab"
print(d, id(d) == ident)
d = deque([1, 2])
d += d
print(d)
d *= 2
print(d, id(d) != ident)
d *= 1
print(d)
d *= 0
print(d)
d = deque([1, 2])
d *= -1
print(d)
m = deque([1, 2, 3], 2)
m *= 3
print(m)
m = deque([1, 2], 5)
m *= 3
print(m)
m = deque([1, 2, 3], 7)
m *= 10 ** 9
print(m)
m = deque([1, 2], 4)
m += [3, 4, 5]
print(m)

# repr
print(repr(deque()), repr(deque(maxlen=2)), repr(deque([1, "a", None, (2,), [3]])))
print(str(deque([1, 2], maxlen=5)), f"{deque([0.1])}", "%s" % deque(["q"]))
d = deque()
d.append(d)
print(d)
d2 = deque([1])
d2.append([d2, {"k": d2}])
print(d2)
d3 = deque([1], 4)
d3.append(d3)
print(d3)
lst = [deque([1])]
lst[0].append(lst)
print(lst, lst[0])
e = deque()
f = deque([e])
e.append(f)
print(e, f)


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


try:
    repr(deque([1, Broken()]))
except ValueError as exc:
    print("repr:", exc)
print(deque([1]))

# the collections.abc view of deque
print(isinstance(deque(), collections.abc.MutableSequence), issubclass(deque, collections.abc.Sequence))
print(isinstance(deque(), collections.abc.Hashable), deque.__hash__)
print(isinstance(deque(), collections.abc.Reversible), isinstance(deque(), collections.abc.Sized))
print(deque.__name__, deque.__qualname__, deque.__module__, repr(deque))
print(deque.__doc__)
print(deque.append.__doc__, deque.rotate.__doc__, sep="\n")
print(deque.maxlen.__doc__)
print(deque[int], deque[int].__origin__ is deque, deque[str].__args__)
names = ["append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index",
         "insert", "pop", "popleft", "remove", "reverse", "rotate", "maxlen", "__copy__",
         "__reduce__", "__reversed__", "__class_getitem__", "__iadd__", "__imul__", "__mul__",
         "__rmul__", "__add__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
         "__len__", "__iter__", "__lt__", "__eq__", "__init__", "__new__", "__sizeof__"]
print([n for n in names if n not in vars(deque)])
print(deque.__sizeof__(deque()) > 0, deque([1]).__iadd__([2]), deque([1]).__imul__(2))
print(deque([1, 2]).__mul__(2), deque([1, 2]).__rmul__(2), deque([1]).__add__(deque([2])))
print(deque([1, 2]).__getitem__(-1), deque([1, 2]).__contains__(2), deque([1, 2]).__len__())


# match treats a deque as a sequence
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case [x, *rest]:
            return ("more", x, rest)
        case _:
            return "other"


print(shape(deque()), shape(deque([1])), shape(deque([1, 2, 3])))
