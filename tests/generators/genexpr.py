# Generator expressions
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in "the quick brown fox".split()))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(c.upper() for c in "abc" if c != "b"))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
print(dict((k, len(k)) for k in ["a", "bb"]))
print(sorted((-v for v in {3, 1, 2})))
print("-".join(str(i) for i in range(4)))

# the outermost iterable is evaluated immediately
def source():
    print("source evaluated")
    return [1, 2]
g = (x for x in source())
print("before iteration")
print(list(g))

try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print("lazy error:", e)

x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
nested = ((i, j) for i in range(2) for j in (i * 10 for _ in range(2)))
print(list(nested))
print(tuple(i for i in range(3)), set(i % 2 for i in range(5)))
