# Unpacking a temporary (a for-loop item, an expression's value) may move
# the items out of a tuple nothing else holds (UNPACK_TEMP); any tuple
# something else still holds must come out intact.
pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    pass
print(pairs, a, b)

d = {"x": 1, "y": 2}
print([(k, v) for k, v in d.items()], sum(v for k, v in d.items()))

shared = (5, 6)


def gen():
    for _ in range(3):
        yield shared  # the same tuple each time: the generator keeps it


print([a + b for a, b in gen()], shared)


def fresh():
    return (7, [8])


a, b = c = fresh()  # unpacked first, then c: c must still see the items
print(a, b, c)
c = a, b = fresh()
print(a, b, c)
x = y = 0
(x, y), z = (1, 2), 3
print(x, y, z)
for (p, q), r in [((1, 2), 3), ((4, 5), 6)]:
    print(p, q, r, end="; ")
print()
print({k: v for k, v in zip("ab", range(2))}, [i * j for i, j in enumerate("xy")])


class T(tuple):
    pass


for m, n in [T((1, 2))]:
    print(m, n)
first, *rest = fresh()
print(first, rest)
for bad in ((1, 2, 3), (1,), [1, 2, 3]):
    try:
        u, v = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    for u, v in [(1, 2, 3)]:
        pass
except ValueError as e:
    print("ValueError:", e)
import gc
t = tuple([object(), object()])
k1, k2 = t
print(type(k1).__name__, t[0] is k1, t[1] is k2)
