# Tuples: construction, methods, comparison, hashing, unpacking
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(2, 2))
print(() == tuple(), (1,) == tuple([1]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(type((1)).__name__, type((1,)).__name__, type(()).__name__)
print(t + (4,), t * 2, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(tuple(x * x for x in range(4)), (*"ab", *[1]))
print(max((1, 5), (1, 2), (0, 9)), min([(2, "b"), (2, "a")]), sorted([(3, 1), (1, 3), (2, 2)]))
print(repr((1,)), repr(()), repr(("a", ("b",))), str((1.0, None)))
print(1 in t, 5 not in t, t.__len__(), t.__contains__(3))
x = y = (1, 2)
x += (3,)
print(x, y)
print(tuple([1, 2]) is not None, (1, 2, 3)[5:], ((),), len(((),)))
