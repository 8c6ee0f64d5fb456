# operator module functions
import operator as op
print(op.add(2, 3), op.sub(5, 2), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(3), op.pos(-3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge(1, 2), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.getitem({"k": 5}, "k"))
L = [1, 2, 3]
op.setitem(L, 0, "x"); op.delitem(L, 1)
print(L, op.index(7), op.abs(-4), op.matmul.__name__)
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("abc"), get02("abc"), sorted([(1, "b"), (2, "a")], key=op.itemgetter(1)))
class P:
    def __init__(self, x):
        self.x = x
        self.inner = self
    def scaled(self, k):
        return self.x * k
print(op.attrgetter("x")(P(5)), op.attrgetter("inner.x", "x")(P(6)), op.methodcaller("scaled", 3)(P(7)))
from functools import reduce
print(reduce(op.mul, range(1, 8)), list(map(op.add, [1, 2], [10, 20])), op.iadd([1], [2]))

# length_hint: a __length_hint__ that raises TypeError means "no hint"
import itertools


class BadHint:
    def __length_hint__(self):
        raise TypeError("no")


print(op.length_hint(itertools.repeat(1), 42), op.length_hint(BadHint(), 7))
