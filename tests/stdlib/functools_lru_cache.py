# functools.lru_cache on the C wrapper (_functools._lru_cache_wrapper):
# maxsize None / 0 / n, LRU order, typed keys, keyword keys, cache_info,
# cache_clear, wrapper attributes, methods, copies, __reduce__, errors.
import copy
import functools
from functools import lru_cache, cache, _lru_cache_wrapper


def err(thunk):
    try:
        r = thunk()
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('   ok', r)


calls = []


def traced(*args, **kw):
    calls.append((args, kw))
    return (args, tuple(sorted(kw.items())))


print('-- bounded (maxsize=3)')
f = lru_cache(maxsize=3)(traced)
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    f(x)
print(len(calls), f.cache_info())
print([c[0][0] for c in calls])
calls.clear()
f.cache_clear()
print(f.cache_info())
print(f(1), f(1), f(x=1), f(x=1), f(1, x=1), f(1, x=1), len(calls))
print(f.cache_info())

print('-- LRU order')
calls.clear()
g = lru_cache(maxsize=2)(traced)
g('a'); g('b'); g('a'); g('c')          # 'b' is the least recently used
g('a'); g('b')                          # 'a' hit, 'b' missed
print([c[0][0] for c in calls], g.cache_info())

print('-- unbounded')
calls.clear()
h = lru_cache(maxsize=None)(traced)
for x in range(5):
    h(x)
for x in range(5):
    h(x)
print(len(calls), h.cache_info())
h.cache_clear()
print(h.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.cache_parameters())

print('-- maxsize 0 and negative')
calls.clear()
z = lru_cache(maxsize=0)(traced)
z(1); z(1); z(2)
print(len(calls), z.cache_info())
n = lru_cache(maxsize=-5)(traced)
n(1); n(1)
print(n.cache_info(), n.cache_parameters())

print('-- key making')
calls.clear()
k = lru_cache(maxsize=None)(traced)
k(1); k(1.0); k(True)                   # equal keys: one entry
print(len(calls), k.cache_info().currsize)
k(a=1, b=2); k(b=2, a=1)                # keyword order makes distinct keys
print(len(calls), k.cache_info().currsize)
k((1,)); k(1, 2); k((1, 2))
print(len(calls), k.cache_info().currsize)
calls.clear()
t = lru_cache(maxsize=None, typed=True)(traced)
t(1); t(1.0); t(True); t(1); t(x=1); t(x=1.0); t(x=1.0)
print(len(calls), t.cache_info(), t.cache_parameters())


class MyInt(int):
    pass


calls.clear()
u = lru_cache(maxsize=None)(traced)
u(1); u(MyInt(1)); u('s'); u('s')
print(len(calls), u.cache_info())
err(lambda: u([1]))
err(lambda: u(x={}))
print(u.cache_info())

print('-- errors from the function are not cached')
attempts = []


@lru_cache(maxsize=4)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 3:
        raise ValueError('try again %d' % len(attempts))
    return x * 10


err(lambda: flaky(1))
err(lambda: flaky(1))
err(lambda: flaky(1))
err(lambda: flaky(1))
print(attempts, flaky.cache_info())

print('-- wrapper attributes')


def documented(a, b=2):
    "The docstring."
    return a + b


documented.custom = 'kept'
w = lru_cache(maxsize=8)(documented)
print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__wrapped__ is documented)
print(w.custom, w(1), w(1, b=3), w.cache_info())
print(type(w).__name__, type(w).__module__, type(w) is _lru_cache_wrapper)
print(sorted(k for k in vars(w) if not k.startswith('__')))
w.extra = 1
print(w.extra, 'extra' in w.__dict__)
print(w.__reduce__(), copy.copy(w) is w, copy.deepcopy(w) is w)
print(w.__copy__() is w, w.__deepcopy__({}) is w)
bare = _lru_cache_wrapper(documented, 2, False, functools._CacheInfo)
print(bare(5), bare(5), bare.cache_info(), bare.__dict__)
try:
    bare.__reduce__()
except AttributeError as e:
    print('   AttributeError', str(e).endswith("has no attribute '__qualname__'"))
bare2 = lru_cache(documented)
print(bare2(1), bare2.cache_info(), bare2.cache_parameters())

print('-- methods')


class Counter:
    made = 0

    def __init__(self, base):
        self.base = base

    def __eq__(self, other):
        return isinstance(other, Counter) and self.base == other.base

    def __hash__(self):
        return hash(self.base)

    @lru_cache(maxsize=None)
    def value(self, x):
        Counter.made += 1
        return self.base + x

    @classmethod
    @lru_cache(maxsize=2)
    def klass(cls, x):
        return (cls.__name__, x)

    @staticmethod
    @lru_cache
    def static(x):
        return x * 3


c1, c2 = Counter(10), Counter(10)
print(c1.value(1), c1.value(1), c2.value(1), Counter.made)
print(Counter.value(c1, 2), Counter.value.cache_info())
print(Counter.klass(1), Counter.klass(1), Counter.static(2), Counter().static(2) if False else None)
print(Counter.value is Counter.__dict__['value'], type(c1.value).__name__)
print(c1.value.__self__ is c1, c1.value.__func__ is Counter.__dict__['value'])

print('-- bad arguments')
err(lambda: lru_cache(maxsize='x'))
err(lambda: lru_cache(3.5))
err(lambda: _lru_cache_wrapper(1, 2, False, functools._CacheInfo))
err(lambda: _lru_cache_wrapper(documented, 'a', False, functools._CacheInfo))
err(lambda: _lru_cache_wrapper(documented, 2.0, False, functools._CacheInfo))
err(lambda: _lru_cache_wrapper(documented, 2 ** 70, False, functools._CacheInfo))
err(lambda: _lru_cache_wrapper(documented, 2, False))
err(lambda: _lru_cache_wrapper(documented, 2, False, tuple, 5))
err(lambda: _lru_cache_wrapper())
err(lambda: w())
err(lambda: w(1, 2, 3))
big = _lru_cache_wrapper(documented, 2 ** 40, False, functools._CacheInfo)
print(big(1), big.cache_info())
neg = _lru_cache_wrapper(documented, -1, 0, lambda *a: a)
print(neg(1), neg(1), neg.cache_info())



def make_sub():
    class X(_lru_cache_wrapper):
        pass


err(make_sub)
import weakref
print(weakref.ref(w)() is w, w.__get__(None, int) is w, w.__get__(3).__self__)

print('-- recursion and reentrancy')


@lru_cache(maxsize=3)
def walk(n):
    return 0 if n == 0 else 1 + walk(n - 1)


print(walk(50), walk.cache_info())
print(walk(48), walk(49), walk(47), walk.cache_info())
