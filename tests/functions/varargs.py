# *args and **kwargs collection
def f(*args):
    return type(args).__name__, args, len(args)

print(f())
print(f(1))
print(f(1, "two", [3]))

def g(**kwargs):
    return type(kwargs).__name__, kwargs

print(g())
print(g(a=1, b=2))
print(g(z=1, a=2, m=3))  # insertion order preserved

def h(first, *rest, **opts):
    return first, rest, opts

print(h(1))
print(h(1, 2, 3, x=4))

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(1, 2, 3))
print(total(1, 2, 3, start=100))
print(total())

def kwonly_after_star(*, a, b=2):
    return a + b
print(kwonly_after_star(a=1), kwonly_after_star(b=5, a=1))

def mutate(*args, **kw):
    kw["new"] = True
    return args + (0,), kw
d = {"k": 1}
print(mutate(*[1, 2], **d))
print(d)
