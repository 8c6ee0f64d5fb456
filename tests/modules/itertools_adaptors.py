# itertools adaptors (C, module _itertools): results, laziness (when each
# underlying next() or call happens), what each consumes, StopIteration
# and errors from the source, __reduce__/__setstate__, copy, subclasses.
import copy
import itertools as it
import operator
from itertools import (accumulate, chain, compress, cycle, dropwhile, filterfalse, islice,
                       pairwise, repeat, starmap, takewhile, zip_longest)


class Loud:
    """An iterator that logs each next() and ends with StopIteration(value)."""

    def __init__(self, name, items, value=None, log=None):
        self.name, self.items, self.value = name, list(items), value
        self.log = log if log is not None else []

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            self.log.append(self.name + ".end")
            if self.value is None:
                raise StopIteration
            raise StopIteration(self.value)
        x = self.items.pop(0)
        self.log.append("%s.%r" % (self.name, x))
        return x


class Boom:
    """Yields the given items, then raises ValueError once, then ends."""

    def __init__(self, items):
        self.items = list(items)
        self.raised = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.items:
            return self.items.pop(0)
        if not self.raised:
            self.raised = True
            raise ValueError("boom")
        raise StopIteration


def take(iterator, n=20):
    """Up to n items, then how it ended."""
    out = []
    try:
        for _ in range(n):
            out.append(next(iterator))
    except StopIteration as e:
        out.append(("stop", e.args))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


def names(r):
    """A __reduce__ result with iterators shown by type name."""
    def show(x):
        if isinstance(x, tuple):
            return tuple(show(y) for y in x)
        if isinstance(x, list):
            return [show(y) for y in x]
        if isinstance(x, type):
            return x.__name__
        if hasattr(x, "__next__"):
            return "<%s>" % type(x).__name__
        if callable(x):
            return x.__name__
        return x
    return show(r)


print("--- types")
for t in (chain, islice, cycle, repeat, starmap, compress, filterfalse, takewhile, dropwhile,
          accumulate, pairwise, zip_longest):
    print(t.__name__, t.__module__, t.__qualname__, repr(t), t.__doc__.splitlines()[0][:60])
print(type(chain()), type(islice([], 1)), type(repeat(1)), type(zip_longest()))
print(chain[int], chain.from_iterable.__doc__)
print(repeat.__length_hint__.__doc__, chain.__reduce__.__doc__, chain.__setstate__.__doc__)
print(iter(chain()) is not None, all(iter(x) is x for x in (chain(), cycle([]), repeat(1), pairwise([]))))

print("--- chain")
print(list(chain()), list(chain([])), list(chain([1, 2], "ab", (3,), range(2))))
print(list(chain.from_iterable(["ab", [1], (), range(3)])), list(chain.from_iterable([])))
log = []
c = chain(Loud("a", [1, 2], log=log), Loud("b", [3], "v", log=log))
print(take(c), log)
# iter() of each iterable happens when it is reached
log = []


class Iterable:
    def __init__(self, name, items):
        self.name, self.items = name, items

    def __iter__(self):
        log.append("iter " + self.name)
        return iter(self.items)


c = chain(Iterable("x", [1]), Iterable("y", []), Iterable("z", [2, 3]))
print(log, next(c), log, list(c), log)
# from_iterable takes the iterables one by one
log = []


def gen():
    for name in "pq":
        log.append("gen " + name)
        yield Iterable(name, [name * 2])


c = chain.from_iterable(gen())
print(log, next(c), log, take(c), log)
# an iterable that is not one: the error at that point, then the end
c = chain([1], 5, [2])
print(take(c), take(c))
# an error in the active iterator propagates; the next call goes on with it
c = chain(Boom([1, 2]), [3])
print(take(c))
# an error from the source of iterables ends the chain


def bad_source():
    yield [1]
    raise KeyError("src")


c = chain.from_iterable(bad_source())
print(take(c), take(c))
c = chain(["a", "b"], ["c", "d"])
print(names(c.__reduce__()))
next(c)
print(names(c.__reduce__()))
next(c)
print(names(c.__reduce__()))
list(c)
print(names(c.__reduce__()))
c = chain("ab", "cd")
next(c)
d = copy.copy(c)
print(type(d).__name__, list(d), list(c))
c = chain()
c.__setstate__((iter(["x", "y"]),))
print(list(c))
c = chain()
c.__setstate__((iter([[1], [2]]), iter("ab")))
print(list(c))
# chain's own iterators nest
print(list(chain(chain([1], [2]), chain.from_iterable([[3]]))))

print("--- islice")
data = list(range(10))
for args in [(3,), (None,), (0,), (2, 5), (2, None), (None, 4), (1, 9, 2), (0, 10, 3),
             (8, 3), (5, 5), (3, 100, 4), (0, None, 4), (None, None, None), (20, 30),
             (True,), (False, 3, True)]:
    s = slice(*args)
    print(args, list(islice(data, *args)), list(islice(data, *args)) == data[s])


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(islice(data, Index(1), Index(7), Index(2))))


def consumed(*args):
    """What islice takes from the source: after list(), and at each next()."""
    src = iter(range(20))
    got = list(islice(src, *args))
    return got, next(src, "end")


for args in [(3,), (0,), (2, 5), (0, 5, 2), (0, 6, 4), (5, 3), (1, 2, 10), (4, 4), (3, None, 5)]:
    print("consumed", args, consumed(*args))
log = []
s = islice(Loud("s", range(8), log=log), 1, 7, 3)
for _ in range(3):
    print(next(s, "done"), log)
    del log[:]
log = []
s = islice(Loud("s", [1, 2], "val", log=log), 5)
print(take(s), take(s), log)
s = islice(Boom([1]), 4)
print(take(s), take(s))
print(len(list(islice(it.count(), 1000))), list(islice(it.count(5), 2, 4)))
s = islice(list("abcdefg"), 1, 6, 2)
print(names(s.__reduce__()))
next(s)
print(names(s.__reduce__()))
list(s)
print(names(s.__reduce__()))
s = islice(list("abcdefghij"), 2, None, 3)
print(names(s.__reduce__()))
s.__setstate__(1)
print(names(s.__reduce__()), list(s))
s = islice(range(10), 1, 9, 2)
next(s)
t = copy.copy(s)
print(list(t), list(s))
s = islice(range(10), 1, 9, 2)
t = copy.copy(s)
print(list(t), list(s))

print("--- cycle")
print(take(cycle("abc"), 8), take(cycle([]), 3), take(cycle(iter([])), 3))
log = []
c = cycle(Loud("c", [1, 2], "v", log=log))
print(take(c, 5), log)
c = cycle(Boom([1, 2]))
print(take(c, 6))
c = cycle(list("abc"))
print(names(c.__reduce__()))
next(c)
print(names(c.__reduce__()))
for _ in range(4):
    next(c)
r = c.__reduce__()
print(names(r), list(r[1][0]))
d = copy.copy(c)
print(take(d, 5), take(c, 5))
c = cycle("xyz")
next(c)
d = copy.copy(c)
print(take(d, 5), take(c, 5))
c = cycle("ab")
c.__setstate__((["p", "q", "r"], True))
print(take(c, 7))
c = cycle("ab")
c.__setstate__((["p", "q", "r"], 0))
print(take(c, 7))
c = cycle([])
c.__setstate__(([], False))
print(take(c, 3))

print("--- repeat")
print(list(repeat("x", 3)), list(repeat("x", 0)), list(repeat("x", -2)), take(repeat(None), 3))
print(repr(repeat(1)), repr(repeat("a", 2)), repr(repeat([1, (2,)], times=0)), repr(repeat(1, -5)))
r = repeat(7, 3)
print(operator.length_hint(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__())
print(list(r), repr(r), r.__length_hint__(), list(repeat(1, 0)), len(list(repeat(2, 1000))))
print(names(repeat(1, 2).__reduce__()), names(repeat(1).__reduce__()), names(repeat("a", -3).__reduce__()))
print(list(copy.copy(repeat("c", 2))), repr(repeat("i", Index(2))), list(repeat(0, Index(2))))
print(list(map(pow, range(5), repeat(2))), list(zip("abc", repeat(0))))
print(repeat(object=1, times=2), repeat(1, times=True))
e = []
r = repeat(e, 2)
print(next(r) is e, next(r) is e, next(r, "end"))

print("--- starmap")
print(list(starmap(pow, [(2, 3), [3, 2], iter((2, 2)), "ab" and (10, 1)])))
print(list(starmap(lambda *a: a, [(), (1,), (1, 2, 3)])), list(starmap(str, [])))
print(take(starmap(lambda a, b: a / b, [(1, 2), (1, 0), (4, 2)])))
print(take(starmap(len, iter(["ab"]))), take(starmap(max, Loud("m", [(1, 2)], "sv"))))
s = starmap(pow, [(1, 2)])
print(names(s.__reduce__()))

print("--- compress")
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1])), list(compress("a", [1, 1, 1])))
print(list(compress(range(6), cycle([True, False]))), list(compress([], [])))
log = []
c = compress(Loud("d", "abc", log=log), Loud("s", [0, 1], "sv", log=log))
print(take(c), log)
log = []
c = compress(Loud("d", "a", "dv", log=log), Loud("s", [0, 1], log=log))
print(take(c), log)
print(take(compress([1, 2], Boom([1]))))
print(names(compress(["a", "b"], [1]).__reduce__()))

print("--- filterfalse")
print(list(filterfalse(None, [0, 1, "", "a", [], [0], None])), list(filterfalse(bool, [0, 1, 2, 0])))
print(list(filterfalse(lambda x: x % 3, range(10))), list(filterfalse(str.isupper, "aBcD")))
print(take(filterfalse(lambda x: 1 / x, [1, 0, 2])), take(filterfalse(None, Loud("f", [1, 0], "fv"))))
print(names(filterfalse(None, ["a"]).__reduce__()))

print("--- takewhile / dropwhile")
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 2])), list(takewhile(bool, [])), list(takewhile(bool, [0, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2])), list(dropwhile(bool, [])), list(dropwhile(bool, [1, 1])))
log = []
src = Loud("t", [1, 2, 3, 4], log=log)
t = takewhile(lambda x: x < 3, src)
print(list(t), log, next(src), take(t))
log = []
d = dropwhile(lambda x: log.append("pred %r" % x) or x < 3, Loud("d", [1, 3, 1, 5], log=log))
print(take(d), log)
t = takewhile(lambda x: x < 10, [1, 20, 2])
print(names(t.__reduce__()), next(t), names(t.__reduce__()), take(t), names(t.__reduce__()))
t = takewhile(bool, [1, 2, 3])
t.__setstate__(True)
print(take(t))
t.__setstate__(0)
print(take(t))
d = dropwhile(lambda x: x < 3, [1, 5, 1])
print(names(d.__reduce__()), next(d), names(d.__reduce__()))
d = dropwhile(lambda x: x < 3, [1, 2, 5, 1])
d.__setstate__(1)
print(take(d))
print(take(takewhile(lambda x: 1 / x, [1, 0, 1])), take(dropwhile(lambda x: 1 / x, [1, 0, 1])))
print(take(takewhile(bool, Loud("x", [1], "tv"))), take(dropwhile(bool, Loud("y", [1], "dv"))))

print("--- accumulate")
print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate([5])))
print(list(accumulate("abc")), list(accumulate([[1], [2]])), list(accumulate([1.5, 2, 3j])))
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2], initial=10)), list(accumulate([], initial=10)), list(accumulate([1, 2], initial=None)))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)), list(accumulate(iterable=[4, 5])))
print(list(accumulate([1, 2, 3], None)), take(accumulate([1, "a", 2])))
log = []
a = accumulate(Loud("a", [1, 2], "av", log=log), lambda x, y: log.append("f(%r, %r)" % (x, y)) or x + y)
print(take(a), log)
log = []
a = accumulate(Loud("a", [1], log=log), initial=0)
print(log, next(a), log, next(a), log, take(a))
a = accumulate([1, 2, 3])
print(names(a.__reduce__()))
next(a)
print(names(a.__reduce__()))
a = accumulate([1, 2, 3], operator.mul, initial=5)
r = a.__reduce__()
print(names(r), list(r[1][0]))
next(a)
print(names(a.__reduce__()))
a = accumulate([None, 1, 2], lambda x, y: y)
next(a)
r = a.__reduce__()
print(names(r), names(r[1][0].__reduce__()), list(r[1][0]))
a = accumulate([1, 2, 3])
a.__setstate__(100)
print(list(a))
a = accumulate([1, 2, 3])
next(a)
b = copy.copy(a)
print(list(b), list(a))

print("--- pairwise")
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise("")), list(pairwise(range(3))))
log = []
p = pairwise(Loud("p", [1, 2, 3], "pv", log=log))
print(next(p), log, next(p), log, take(p), log, take(p))
log = []
p = pairwise(Loud("q", [1], "qv", log=log))
print(take(p), log)
p = pairwise(Boom([1, 2, 3]))
print(take(p), take(p))
p = pairwise(Boom([1]))
print(take(p), take(p))

print("--- zip_longest")
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "wxyz", fillvalue=".")), list(zip_longest()))
print(list(zip_longest(fillvalue=0)), list(zip_longest([1, 2])), list(zip_longest([], [], []), ), list(zip_longest("a", [], fillvalue=[])))
log = []
z = zip_longest(Loud("a", [1], log=log), Loud("b", [1, 2, 3], log=log), fillvalue="-")
print(take(z), log)
z = zip_longest([1, 2], Boom([1]))
print(take(z), take(z))
z = zip_longest(Loud("c", [1], "cv"), [])
print(take(z))
z = zip_longest(list("ab"), list("xyz"), fillvalue="?")
print(names(z.__reduce__()))
next(z)
next(z)
print(names(z.__reduce__()))
z.__setstate__("!")
print(take(z), names(z.__reduce__()))
z = zip_longest("ab", "x")
next(z)
w = copy.copy(z)
print(list(w), list(z))

print("--- subclasses")


class MyChain(chain):
    pass


class MyRepeat(repeat):
    def extra(self):
        return "extra"


class Labelled(islice):
    def __init__(self, *args, label=None):
        self.label = label


m = MyChain("ab", "c")
print(type(m).__name__, isinstance(m, chain), list(m), type(MyChain.from_iterable(["x"])).__name__)
print(list(MyChain.from_iterable(["xy", "z"])), repr(MyRepeat(1, 2)), MyRepeat(1).extra(), list(MyRepeat(2, 2)))
lab = Labelled("abcdef", 1, None, 2, label="odd")
print(lab.label, list(lab), names(lab.__reduce__()))
try:
    MyChain(a=1)
except TypeError as e:
    print("TypeError", e)
for base in (cycle, starmap, compress, filterfalse, takewhile, dropwhile, accumulate, pairwise,
             zip_longest):
    sub = type("Sub" + base.__name__, (base,), {"attr": 1})
    print(sub.__name__, sub.__mro__[1].__name__, sub.attr)
s = type("S", (accumulate,), {})([1, 2, 3], initial=1)
print(list(s), s.__class__.__name__)
