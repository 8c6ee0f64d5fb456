# list edge cases: slice assignment, errors, sort stability and mutation
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
a[2:5] = "xy"
print(a)
a[::3] = [0, 0, 0]
print(a)
err(lambda: a.__setitem__(slice(None, None, 2), [1, 2]))
err(lambda: a.__setitem__(slice(0, 2), 5))
err(lambda: a.__setitem__(slice(None, None, 2), 5))
del a[1::2]
print(a)
a[:] = a
print(a)
a[len(a):] = [7, 8]
a[:0] = [-1]
print(a)
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1][3])
err(lambda: [1].__setitem__(3, 0))
err(lambda: [1].remove(2))
err(lambda: [1, 2].index(3))
key = "x"
err(lambda: [1][key])
err(lambda: [1] + (2,))
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3].index(3, -1))
print([1, 2] * 3, 2 * [0], [1] * -1)
b = [3, 1]
b += (5, 4)
b *= 2
print(b)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1.25, 2.0]), sorted(["b", "A", "a"]), sorted([10**20, 5, -10**20]))
c = [3, 2, 1]
def bad_key(x):
    c.append(x)
    return x
err(lambda: c.sort(key=bad_key))
print(len(c) >= 3)
err(lambda: [1, "a"].sort())
err(lambda: [].sort(1))
r = list(range(5))
print(list(reversed(r)), r[::-1], r[-2:], r[10:], r[::-2])
it = iter(r)
next(it)
r.append(99)
print(list(it))
x = [1]
x.append(x)
print(x, [[], [[]]], [] == [], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 5])
print(list.__class_getitem__(int), list[str])
