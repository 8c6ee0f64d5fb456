# collections.deque: every method on plain deques, maxlen, and a long run of
# random operations checked against a list model (the ring wraps and grows).
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[-1], d[1], d[-2])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extend(range(6, 8))
d.extend(x * 10 for x in range(2))
d.extendleft("ab")
d.extendleft((9, 8))
print(d)
d.extend(d)
print(d, len(d))
d.extendleft(d)
print(len(d), d[0], d[-1])
d.clear()
print(d, len(d), bool(d))
d.clear()

# construction
print(deque("hello"), deque(range(5)), deque({1: 2, 3: 4}), deque(iter([7, 8])))
print(deque([1, 2, 3], 2), deque([1, 2, 3], maxlen=5), deque(maxlen=0), deque(iterable=[1]))
print(deque([1, 2], None), deque([], True), deque([1, 2, 3], maxlen=False))

# item access, assignment, deletion
d = deque(range(10))
d[0] = "a"
d[-1] = "z"
d[5] = "m"
print(d, d[5], d[-10], d[9])
del d[0]
del d[-1]
del d[3]
print(d)
del d[len(d) // 2]
print(d, len(d))

# insert
d = deque([1, 2, 3])
d.insert(0, "start")
d.insert(len(d), "end")
d.insert(2, "mid")
d.insert(-1, "before-end")
d.insert(100, "far")
d.insert(-100, "very-start")
print(d)
e = deque()
e.insert(5, "x")
e.insert(-5, "y")
print(e)

# remove, count, index, in
d = deque([1, 2, 3, 2, 1, 2.0, "2", None])
print(d.count(2), d.count(1), d.count("2"), d.count(None), d.count(99))
print(d.index(2), d.index(2, 2), d.index(2, -4), d.index(1, 1, 5), d.index(None))
print(d.index(2, -100, 100), d.index(2, 2, -1))
print(2 in d, 7 in d, "2" in d, None in d, 2.0 in d)
d.remove(2)
print(d)
d.remove(2.0)
print(d)
d.remove(None)
print(d)
lst = [1]
d = deque([[1], lst, (1,)])
print(d.count([1]), d.index(lst), [1] in d, (1,) in d)
nan = float("nan")
d = deque([nan, 1])
print(nan in d, d.count(nan), d.index(nan))

# reverse, rotate
d = deque(range(7))
d.reverse()
print(d)
d.reverse()
for n in (1, 2, -1, -3, 7, 14, -15, 0, 100):
    d.rotate(n)
    print(n, list(d))
d.rotate()
print(d)
e = deque()
e.rotate(5)
e = deque([1])
e.rotate(-5)
print(e)
# a rotation of a full ring and of a partly full one
for size in (8, 16, 5, 9):
    d = deque(range(size))
    d.rotate(3)
    a = list(d)
    d.rotate(-5)
    print(size, a, list(d))

# copy
d = deque([1, [2], 3], 5)
c = d.copy()
c2 = d.__copy__()
print(c, c2, c.maxlen, c[1] is d[1], c is d, c == d)
c.append(4)
print(d, c)

# maxlen
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d), end=" ")
print()
for i in range(6):
    d.appendleft(-i)
    print(list(d), end=" ")
print()
d = deque(range(10), maxlen=4)
print(d, d.maxlen)
d.extend("abc")
print(d)
d.extendleft("xyz")
print(d)
d.insert(1, "no") if len(d) < d.maxlen else print("full")
d.pop()
d.insert(1, "yes")
print(d)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(10))
z.extendleft(range(10))
print(z, len(z), z.maxlen)
g = (i for i in range(5))
z.extend(g)
print(list(g))
d = deque([1, 2, 3], maxlen=3)
d.rotate(1)
print(d, d.maxlen)

# __init__ again resets contents and maxlen
d = deque([1, 2, 3], 2)
d.__init__([4, 5, 6, 7])
print(d, d.maxlen)
d.__init__("ab", 1)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
d = deque([1, 2])
d.__init__(d)
print(d)

# a long mix of operations against a list model
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


d = deque()
model = []
for step in range(20000):
    op = rnd(12)
    if op < 3:
        d.append(step)
        model.append(step)
    elif op < 5:
        d.appendleft(step)
        model.insert(0, step)
    elif op == 5 and model:
        assert d.pop() == model.pop()
    elif op == 6 and model:
        assert d.popleft() == model.pop(0)
    elif op == 7:
        k = rnd(7) - 3
        d.rotate(k)
        if model:
            k %= len(model)
            model[:] = model[-k:] + model[:-k] if k else model
    elif op == 8 and model:
        i = rnd(len(model))
        del d[i]
        del model[i]
    elif op == 9:
        i = rnd(len(model) + 1)
        d.insert(i, -step)
        model.insert(i, -step)
    elif op == 10 and model:
        i = rnd(len(model))
        d[i] = step * 2
        model[i] = step * 2
    elif op == 11 and rnd(50) == 0:
        d.reverse()
        model.reverse()
    if step % 997 == 0:
        assert list(d) == model, step
        assert list(reversed(d)) == model[::-1], step
print(len(d), list(d) == model, sum(d) == sum(model))
big = deque(range(100000))
for _ in range(99990):
    big.popleft()
print(big, len(big))
big.extendleft(range(50000))
print(len(big), big[0], big[49999], big[50000], big[-1])
