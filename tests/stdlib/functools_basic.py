import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property
from functools import total_ordering, cmp_to_key, singledispatch

def f(a, b, c=3):
    return (a, b, c)

p = partial(f, 1, c=5)
print(p(2), p.args, p.keywords, p.func is f)
print(repr(partial(max, 1, key=abs)))
pp = partial(p, 9)
print(pp(), pp.args, pp.keywords)
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 10))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print(e)

def deco(fn):
    @wraps(fn)
    def inner(*a):
        "inner doc"
        return fn(*a) * 2
    return inner

@deco
def double(x):
    "double doc"
    return x
print(double(4), double.__name__, double.__doc__, double.__wrapped__(4))

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__name__)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache
def ident(x):
    return x
print(ident(1), ident(1), ident.cache_info())

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
try:
    total_ordering(type('X', (), {}))
except ValueError as e:
    print(e)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

@singledispatch
def show(x):
    return 'object'
@show.register(int)
def _(x):
    return 'int'
@show.register
def _(x: list):
    return 'list'
print(show(1), show(True), show([1]), show('s'), show(1.5))
