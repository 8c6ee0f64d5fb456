# Lambda expressions
sq = lambda x: x * x
print(sq(7), sq.__name__)

add = lambda a, b=10, *args, k=0, **kw: (a + b + sum(args) + k, kw)
print(add(1))
print(add(1, 2, 3, 4, k=5, extra=6))

print((lambda: "no args")())
print((lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2))

pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))

cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])

def make(n):
    return lambda: n
print([make(i)() for i in range(4)])
print((lambda x, /, y: x - y)(10, y=3))
print((lambda: (yield 1))().__class__.__name__)
