# Lambdas capturing variables, defaults, and used as callbacks
handlers = {}
for name in ["start", "stop", "pause"]:
    handlers[name] = lambda n=name: f"handling {n}"
print([h() for h in handlers.values()])
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
compose = lambda *fs: (lambda x: x if not fs else fs[0](compose(*fs[1:])(x)))
print(compose(str, abs, lambda v: v - 10)(3))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(20))
pairs = [(1, "b"), (2, "a"), (3, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
print(list(filter(lambda p: p[0] % 2, pairs)), list(map(lambda p: p[1] * p[0], pairs)))
adder = lambda a: lambda b: lambda c: a + b + c
print(adder(1)(2)(3), (lambda *a, **k: len(a) + len(k))(1, 2, x=3))
print((lambda x, y=2, *, z=3: (x, y, z))(1, z=9), (lambda: None)())
