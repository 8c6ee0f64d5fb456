# functools.partial, reduce, lru_cache
import functools

def power(base, exp):
    return base ** exp

square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(7), cube(3))
two_to = functools.partial(power, 2)
print([two_to(i) for i in range(8)])
print(square.func is power, square.args, square.keywords)

print(functools.reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(lambda a, b: a + [b], "abc", []))
print(functools.reduce(max, [3, 9, 2]))

calls = []
@functools.lru_cache(maxsize=None)
def slow_square(n):
    calls.append(n)
    return n * n

print([slow_square(i % 3) for i in range(9)])
print(calls)
info = slow_square.cache_info()
print(info.hits, info.misses, info.currsize)

@functools.lru_cache(maxsize=2)
def ident(x):
    calls.append(("ident", x))
    return x
for v in [1, 2, 1, 3, 1, 2]:
    ident(v)
print(calls[3:])

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 1, 4], key=functools.cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
