# itertools.product, permutations, combinations, combinations_with_replacement:
# results, edge cases (r > n, empty inputs, repeat=0), laziness of the inputs,
# __reduce__/__setstate__/__sizeof__, subclasses, copy.
import copy
import itertools as it

print(list(it.product('ab', range(3))))
print(list(it.product((0, 1), repeat=3)))
print(list(it.product('ab', 'xy', repeat=2))[:5], len(list(it.product('ab', 'xy', repeat=2))))
print(list(it.product()), list(it.product(repeat=0)), list(it.product('abc', repeat=0)))
print(list(it.product('ab', '')), list(it.product('', 'ab')), list(it.product('', repeat=0)))
print(list(it.product([1], [2], [3])), list(it.product('a', repeat=1)))
print(list(it.permutations('abc')), list(it.permutations(range(4), 2))[:6])
print(list(it.permutations('abc', 0)), list(it.permutations('', 0)), list(it.permutations('')))
print(list(it.permutations('abc', 4)), list(it.permutations('abc', None)) == list(it.permutations('abc')))
print(list(it.permutations('abc', True)), len(list(it.permutations(range(6)))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(5), 3))[:4])
print(list(it.combinations('abc', 0)), list(it.combinations('', 0)), list(it.combinations('abc', 3)))
print(list(it.combinations('abc', 4)), list(it.combinations('', 1)), len(list(it.combinations(range(12), 6))))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('ab', 0)), list(it.combinations_with_replacement('a', 4)))
print(list(it.combinations(iterable='abc', r=2)), list(it.permutations(r=1, iterable='ab')),
      list(it.combinations_with_replacement('ab', r=1)))

# the orders agree with the recipes in the documentation
def perm_recipe(pool, r):
    return [p for p in it.product(pool, repeat=r) if len(set(p)) == r]
def comb_recipe(pool, r):
    return [c for c in it.permutations(pool, r) if sorted(c) == list(c)]
def cwr_recipe(pool, r):
    return [c for c in it.product(pool, repeat=r) if sorted(c) == list(c)]
ok = True
for n in range(5):
    pool = list(range(n))
    for r in range(n + 2):
        ok &= list(it.permutations(pool, r)) == perm_recipe(pool, r)
        ok &= list(it.combinations(pool, r)) == comb_recipe(pool, r)
        ok &= list(it.combinations_with_replacement(pool, r)) == cwr_recipe(pool, r)
print("recipes agree", ok)

# the inputs are read in full at construction
def gen(tag, n):
    for i in range(n):
        print("  read", tag, i)
        yield i
print("building")
p = it.product(gen('a', 2), gen('b', 2))
c = it.combinations(gen('c', 3), 2)
print("built", next(p), next(c))
g = gen('x', 3)
pm = it.permutations(g, 2)
print("source left:", list(g), list(pm)[:2])

# results are new tuples, independent of each other
p = it.product('ab', repeat=2)
a = next(p); b = next(p)
print(a, b, a is b, type(a).__name__)
results = list(it.combinations(range(4), 2))
print(len(set(map(id, results))) == len(results))

# iterators are their own iterators; exhausted ones stay exhausted
p = it.product('ab')
print(iter(p) is p, list(p), list(p), next(p, 'done'))
c = it.combinations('ab', 3)
print(next(c, 'empty'), next(c, 'empty'))

# __reduce__ / __setstate__
p = it.product('ab', 'cd')
print(p.__reduce__())
next(p); next(p)
print(p.__reduce__())
print(list(p), p.__reduce__())
p = it.product('ab', '')
print(p.__reduce__(), list(p), p.__reduce__())
p = it.product('abc', 'xyz'); p.__setstate__((1, 5)); print(list(p))
p = it.product('abc', 'xyz'); p.__setstate__((-3, True)); print(list(p)[:2])
p = it.product('abc', ''); print(p.__setstate__((0, 0)), list(p))
p = it.product(); print(p.__reduce__(), p.__setstate__(()), p.__reduce__(), list(p))
c = it.combinations('abcd', 2)
print(c.__reduce__())
next(c)
print(c.__reduce__())
c.__setstate__((1, 9)); print(list(c), c.__reduce__())
c = it.combinations('ab', 3); print(c.__reduce__(), list(c), c.__reduce__())
c = it.combinations('abcd', 2); c.__setstate__((-5, -5)); print(list(c))
w = it.combinations_with_replacement('abc', 2)
print(w.__reduce__())
next(w)
print(w.__reduce__())
w.__setstate__((1, 1)); print(list(w), w.__reduce__())
print(it.combinations_with_replacement('', 2).__reduce__())
pm = it.permutations('abc', 2)
print(pm.__reduce__())
next(pm)
print(pm.__reduce__())
print(list(pm), pm.__reduce__())
pm = it.permutations('abcd', 2); next(pm); pm.__setstate__(((3, 2, 1, 0), (1, 1))); print(list(pm))
pm = it.permutations('abcd', 2); next(pm); pm.__setstate__(((3, 2, 1, 0), (4, 3))); print(list(pm)[:4])
pm = it.permutations('', 0); print(list(pm), pm.__reduce__())

# rebuilding from __reduce__ continues where the original was
for make in (lambda: it.product('abc', repeat=2), lambda: it.permutations('abcd', 3),
             lambda: it.combinations('abcde', 3), lambda: it.combinations_with_replacement('abc', 3)):
    orig = make()
    for _ in range(4):
        next(orig)
    red = orig.__reduce__()
    clone = red[0](*red[1])
    if len(red) > 2:
        clone.__setstate__(red[2])
    print(type(orig).__name__, list(clone) == list(orig))
p = it.product('ab', 'cd'); next(p); q = copy.copy(p); print(type(q).__name__, list(q), list(p))

# __sizeof__ grows with the index arrays
def grows(a, b):
    return b.__sizeof__() - a.__sizeof__()
print(grows(it.product('a'), it.product('a', 'b', 'c')),
      grows(it.combinations('abcd', 1), it.combinations('abcd', 3)),
      grows(it.permutations('abcd', 1), it.permutations('abcd', 3)),
      grows(it.permutations('ab', 1), it.permutations('abcd', 1)),
      grows(it.combinations_with_replacement('ab', 2), it.combinations_with_replacement('ab', 5)))

# subclasses
class P(it.product):
    pass
class Pm(it.permutations):
    def __next__(self):
        return ''.join(super().__next__())
class C(it.combinations):
    extra = 1
class W(it.combinations_with_replacement):
    pass
print(list(P('ab', 'c')), list(Pm('abc', 2)), list(C('abc', 2)), C('ab', 1).extra, list(W('ab', 2)))
print(P('ab').__reduce__()[0].__name__, isinstance(Pm('a'), it.permutations), type(W('a', 1)).__name__)

# types, reprs, docs
for t in (it.product, it.permutations, it.combinations, it.combinations_with_replacement):
    print(t, t.__name__, t.__module__, t.__doc__.splitlines()[0])
print(type(iter(it.product())).__name__)
