# yield from delegation and return values
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"

def outer():
    r = yield from inner()
    print("outer received", r)
    yield 3
    return "outer result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("final:", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def delegate_return():
    v = yield from range(0)
    return v
try:
    next(delegate_return())
except StopIteration as e:
    print("range returns", e.value)

def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def collect(results):
    while True:
        results.append((yield from accumulate()))
res = []
c = collect(res)
next(c)
for v in [1, 2, 3, None, 10, 20, None]:
    c.send(v)
print(res)
