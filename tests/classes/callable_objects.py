# Objects acting as functions: __call__, functools.partial-like, closures over self
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result
    def __repr__(self):
        terms = [f"{c}x^{i}" for i, c in enumerate(self.coeffs) if c]
        return " + ".join(terms) or "0"
    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:])

p = Polynomial(1, 2, 3)
print(p, [p(x) for x in range(5)])
print(p.derivative(), p.derivative()(2), list(map(p, [10, -1])))

class Partial:
    def __init__(self, fn, *args, **kw):
        self.fn, self.args, self.kw = fn, args, kw
    def __call__(self, *more, **kw):
        return self.fn(*self.args, *more, **{**self.kw, **kw})
hexint = Partial(int, base=16)
print(hexint("ff"), hexint("10"), Partial(max, 5)(3, 9), Partial(sorted, reverse=True)([3, 1, 2]))

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
print([c() for _ in range(3)], c.count, callable(c))
print(sorted(["bb", "a", "ccc"], key=Partial(len)))
