# itertools.count against CPython 3.11: arguments, reprs, __reduce__, errors,
# big ints past 2**63, float accumulation, complex, Fraction, subclasses.
import copy
import itertools
import operator
import sys
from fractions import Fraction
from itertools import count


def show(*args, **kwargs):
    try:
        c = count(*args, **kwargs)
    except Exception as e:
        print(args, kwargs, type(e).__name__, e)
        return
    first = repr(c)
    try:
        red = c.__reduce__()
    except Exception as e:
        red = type(e).__name__
    try:
        values = [next(c) for _ in range(3)]
    except Exception as e:
        print(args, kwargs, first, red, type(e).__name__, e, repr(c))
        return
    print(args, kwargs, first, red, values, [type(v).__name__ for v in values], repr(c),
          c.__reduce__())


# reprs and reduce: step shown unless it is an int equal to 1
show()
show(5)
show(5, 2)
show(1.5, 0.5)
show(0, 1.0)
show(1.0)
show(5, -1)
show(-3)
show(-3, -2)
show(0, 0)
show(True)
show(0, True)
show(0, False)
show(True, 2)
show(False, 1)
show(2**63)
show(2**63 - 2)
show(sys.maxsize - 1, 1)
show(-2**63)
show(-2**63, -1)
show(-2**63 - 1)
show(2**100, 2**70)
show(5, 2**64)
show(1j)
show(1, 1j)
show(1 + 2j, 0.5)
show(Fraction(1, 3))
show(Fraction(1, 3), Fraction(1, 2))
show(0, Fraction(1, 2))
show(3.0, -0.25)
show(float('inf'))
show(-0.0)

# keyword arguments
show(start=4)
show(step=3)
show(start=4, step=3)
show(step=3, start=4)
show(4, step=3)
show(1, start=2)
show(1, 2, 3)
show(1, 2, step=3)
show(start=1, step=2, foo=3)
show(foo=1)
show(1, foo=1)

# non-numbers
show('a')
show(0, 'a')
show([])
show(None)
show(0, None)
show(b'1')


class OnlyAdd:
    def __add__(self, other):
        return self

    def __repr__(self):
        return 'OnlyAdd()'


class HasIndex:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return HasIndex(self.v + int(other))

    def __repr__(self):
        return 'HasIndex(%d)' % self.v


class HasFloat:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __add__(self, other):
        return HasFloat(self.v + other)

    def __repr__(self):
        return 'HasFloat(%r)' % (self.v,)


class HasInt:
    def __int__(self):
        return 7

    def __repr__(self):
        return 'HasInt()'


show(OnlyAdd())
show(HasIndex(3))
show(HasIndex(3), 2)
show(HasFloat(1.5), 0.25)
show(0, HasIndex(2))
show(HasInt())
try:
    next(count(HasInt()))
except TypeError as e:
    print('TypeError', e)


class I(int):
    def __repr__(self):
        return 'I(%d)' % int(self)


show(I(5))
show(I(5), 2)
show(5, I(2))
show(5, I(1))
show(I(2**70))

# float accumulation adds the step each time (not start + n*step)
c = count(0.0, 0.1)
vals = [next(c) for _ in range(20)]
print(vals[-1], vals[-1] == 0.1 * 19, repr(c))
c = count(1e16, 1.0)
print([next(c) for _ in range(3)], repr(c))
c = count(2**53, 0.5)
print([next(c) for _ in range(3)], repr(c))

# crossing 2**63 and -2**63
for start, step in [(sys.maxsize - 2, 1), (sys.maxsize - 5, 2), (-sys.maxsize + 1, -1),
                    (-sys.maxsize - 1 + 4, -3), (sys.maxsize - 10, 7)]:
    c = count(start, step)
    vals = [next(c) for _ in range(5)]
    print(start, step, [v - start for v in vals], all(type(v) is int for v in vals), repr(c),
          c.__reduce__()[1])

# a step that raises leaves the counter where it was
class Boom:
    n = 0

    def __float__(self):
        return 0.0

    def __radd__(self, other):
        Boom.n += 1
        if Boom.n == 2:
            raise ValueError('boom')
        return other + 1


c = count(10, Boom())
print(next(c))
try:
    next(c)
except ValueError as e:
    print('ValueError', e)
print(next(c), next(c))

# protocol
c = count(3)
print(iter(c) is c, c.__iter__() is c, c.__next__(), next(c), repr(c))
print(list(zip('abc', count())), list(zip(count(10, -1), 'xy')))
print(hasattr(c, '__length_hint__'), operator.length_hint(count(), 11))
# (shoal names the type 'count' in these two messages, CPython 'itertools.count')
try:
    len(count())
except TypeError as e:
    print('TypeError')
try:
    count().x = 1
except AttributeError as e:
    print('AttributeError')
print(count, type(count()), count.__name__, count.__qualname__, count.__module__)
print(count.__doc__)
print(count.__init__ is object.__init__, itertools.count is count)
print(sorted(set(dir(count)) - set(dir(object))))
print(isinstance(count(), count), count.__reduce__ is not object.__reduce__)

# copy goes through __reduce__
for c in [count(), count(5), count(5, 2), count(1.5, 0.5), count(2**70), count(1j, 2)]:
    next(c)
    d = copy.copy(c)
    f, a = c.__reduce__()
    e = f(*a)
    print(repr(c), repr(d), repr(e), next(c) == next(d) == next(e), repr(c), repr(d))


# subclasses
class C(count):
    pass


class D(count):
    def __new__(cls, start, step=1, tag=None):
        return super().__new__(cls, start, step)

    def __init__(self, start, step=1, tag=None):
        self.tag = tag

    def __next__(self):
        return super().__next__() * 10


c = C(5)
print(repr(c), c.__reduce__(), next(c), repr(c), type(c).__name__, isinstance(c, count))
c.attr = 1
print(c.attr, C(1, 2), C(1.5), C(start=2, step=3).__reduce__())
d = D(1, 2, tag='t')
print(d.tag, next(d), next(d), list(itertools.islice(d, 3)), repr(d))
try:
    C('x')
except TypeError as e:
    print('TypeError', e)
try:
    count.__new__(int)
except TypeError as e:
    print('TypeError')  # (message: the same naming difference as above)
print(repr(count.__new__(C, 4)))
