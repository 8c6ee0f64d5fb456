# functools.reduce and functools.cmp_to_key (C in shoal): results, the
# KeyWrapper type, and CPython 3.11's error messages.
import functools
from functools import reduce, cmp_to_key
import operator


def err(thunk):
    try:
        r = thunk()
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('   ok', r)


print('-- reduce')
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3, 4], 10))
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, 'abc'))
print(reduce(operator.add, [], 'init'), reduce(operator.add, [5]), reduce(operator.add, [], None))
print(reduce(lambda acc, x: acc + [x * 2], iter(range(5)), []))
print(reduce(lambda a, b: (a, b), (x for x in 'wxyz')))
print(reduce(max, {3: 'a', 9: 'b', 1: 'c'}))
calls = []


def record(a, b):
    calls.append((a, b))
    return a + b


print(reduce(record, [1, 2, 3], 0), calls)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(reduce(operator.add, Seq()))
err(lambda: reduce())
err(lambda: reduce(operator.add))
err(lambda: reduce(operator.add, [], 1, 2))
err(lambda: reduce(operator.add, [1], initial=2))
err(lambda: reduce(operator.add, 5))
err(lambda: reduce(operator.add, None, 0))
err(lambda: reduce(operator.add, []))
err(lambda: reduce(operator.add, iter([])))
err(lambda: reduce(None, [1, 2]))
err(lambda: reduce(operator.add, [1, 'a']))


def gen():
    yield 1
    raise KeyError('from the iterable')


err(lambda: reduce(operator.add, gen()))
print(reduce.__name__, reduce.__module__, type(reduce).__name__, reduce.__doc__.splitlines()[0])

print('-- cmp_to_key')


def numeric(a, b):
    return a - b


def by_len_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric), reverse=True))
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_text)))
print(min([4, 8, 2], key=cmp_to_key(numeric)), max([4, 8, 2], key=cmp_to_key(numeric)))
K = cmp_to_key(numeric)
print(type(K).__name__, type(K).__module__, type(K).__qualname__, K.obj)
a, b, c = K(1), K(2), K(1)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == c, a != c, a <= c, a >= c, a < c, a > c)
print(a.obj, b.obj, type(a) is type(K), K(obj=7).obj)
a.obj = 10
print(a.obj, a > b)
del a.obj
print(a.obj)
err(lambda: a < b)
err(lambda: hash(b))
err(lambda: {b})
print(type(b).__hash__)
err(lambda: b < 2)
err(lambda: b == 2)
err(lambda: 2 < b)
err(lambda: K())
err(lambda: K(1, 2))
err(lambda: K(x=1))
err(lambda: cmp_to_key())
err(lambda: cmp_to_key(numeric, 2))
print(type(cmp_to_key(mycmp=numeric)).__name__)
err(lambda: type(K)())
err(lambda: type(K)(numeric))


def make_sub():
    class X(type(K)):
        pass


err(make_sub)
err(lambda: cmp_to_key(1)(2) < cmp_to_key(1)(3))
err(lambda: cmp_to_key(lambda x, y: 'text')(1) < cmp_to_key(lambda x, y: 'text')(2))
err(lambda: K('a') < K(1))
err(lambda: sorted([1, 'a'], key=cmp_to_key(numeric)))
err(lambda: cmp_to_key(lambda x: 0)(1) < cmp_to_key(lambda x: 0)(2))


class Weird:
    def __lt__(self, other):
        return 'truthy'

    def __eq__(self, other):
        return 'eq'


print(cmp_to_key(lambda x, y: Weird())(1) < cmp_to_key(lambda x, y: Weird())(2))
print(cmp_to_key(lambda x, y: 0.5)(1) > cmp_to_key(lambda x, y: 0)(2))
other = cmp_to_key(lambda x, y: x * 100 + y)
print(other(1) == K(2), K(1) < other(2))
print(functools.cmp_to_key is cmp_to_key, cmp_to_key.__name__, cmp_to_key.__doc__)
