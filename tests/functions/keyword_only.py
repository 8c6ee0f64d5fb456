# Keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(a=1, b=2, c=4))
print(f(c=0, b=1, a=2))

def g(*args, key=None, reverse=False):
    return sorted(args, key=key, reverse=reverse)
print(g(3, 1, 2))
print(g(3, 1, 2, reverse=True))
print(g("bb", "a", "ccc", key=len))

errors = [
    lambda: f(1, 2),
    lambda: f(1),
    lambda: f(1, b=2, d=5),
]
for e in errors:
    try:
        e()
    except TypeError as ex:
        print(ex)

def h(*, only):
    return only
print(h(only="yes"))
try:
    h("no")
except TypeError as ex:
    print(ex)

def mixed(a, b=2, *, c, d=4, **rest):
    return a, b, c, d, rest
print(mixed(1, c=3))
print(mixed(1, 5, c=3, d=6, e=7))
print(mixed.__kwdefaults__)
