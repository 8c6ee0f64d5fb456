# Edge cases of argument binding
def f(a, b=None, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5))
print(f(a=1, c=2))
print(f(1, c=2, e=5, **{"g": 6}))
print(f(*(1, 2), c=3, **{"d": 7}))

def only_kwargs(**kw):
    return sorted(kw.items())
print(only_kwargs(**{"b": 2}, a=1))
print(only_kwargs(**dict(x=1)))

def pos_only_and_kw(a, /, **kw):
    return a, kw
print(pos_only_and_kw(1, a=2))

def default_refs(x, y=[], z={}):
    y.append(x)
    z[x] = len(y)
    return y, z
print(default_refs(1))
print(default_refs(2))
print(default_refs(3, []))

def star_only(*args):
    return args
print(star_only(*[]), star_only(*"ab", *range(2)), star_only(*{"k": 1}))
def kwargs_copy(**kw):
    kw["added"] = 1
    return kw
original = {"a": 1}
print(kwargs_copy(**original), original)
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(), count_args(1, 2, x=3), count_args(*range(100), **{str(i): i for i in range(50)}))
print((lambda *a, **k: (a, k))(1, k=2))
