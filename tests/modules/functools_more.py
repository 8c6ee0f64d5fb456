# functools: partial with keywords, reduce with initial, wraps, cache, singledispatch
import functools
p = functools.partial(int, base=2)
print(p("1010"), p("11", base=10), p.keywords)
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = functools.partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), hello.args)
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(functools.reduce(lambda a, b: a * b, [], 1), functools.reduce(max, [[1], [3], [2]]))
@functools.cache
def triangular(n):
    return n + triangular(n - 1) if n else 0
print(triangular(200), triangular.cache_info().currsize)
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int " + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(5), describe([1, 2]), describe("s"), describe(True))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Cmp({self.v})"
items = [Cmp(3), Cmp(1), Cmp(2)]
print(sorted(items, key=functools.cmp_to_key(lambda a, b: a.v - b.v)))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented():
    "The doc."
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
