# itertools.groupby (lazy groups, old groupers once the groupby moved on,
# key functions, errors from the source, __reduce__/__setstate__) and tee
# (independent copies, a tee given to tee, __copy__, weak references,
# exceptions, re-entry, long chains, __reduce__/__setstate__).
import copy
import gc
import itertools as it
import weakref


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# --- groupby
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], lambda v: v % 2)])
print([(k, list(g)) for k, g in it.groupby([], key=len)], list(it.groupby('')))
print([(k, list(g)) for k, g in it.groupby('aab', key=None)])
print([(k, list(g)) for k, g in it.groupby([1, 1.0, True, 2, 2.0])])

# lazy: the source is read only as far as needed
def src(items):
    for x in items:
        print("  read", x)
        yield x
g = it.groupby(src('aabbc'))
print("made")
k, grp = next(g)
print("key", k)
print("first of group", next(grp))
k2, grp2 = next(g)
print("moved on to", k2, "old group now", list(grp), "new group", list(grp2))
print("rest", [(k, list(v)) for k, v in g])

# an old grouper is empty once the groupby advanced, even unread
g = it.groupby([1, 1, 2, 2, 2, 3, 1, 1])
groups = list(g)
print([(k, list(v)) for k, v in groups])
g = it.groupby('aaabbb')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), next(g, 'end'), list(g2))

# the groupby skips the rest of an unread group
g = it.groupby('xxxyyz')
print([k for k, _ in g])

# key function calls and comparisons
calls = []
def key(x):
    calls.append(x)
    return x.lower()
print([(k, ''.join(v)) for k, v in it.groupby('aAbBBc', key)], ''.join(calls))

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v == other.v
    __hash__ = None
    def __repr__(self):
        return 'K%d' % self.v
print([(k, len(list(v))) for k, v in it.groupby([1, 1, 2], key=Key)])

# errors from the source, the key function and __eq__ propagate
def bad():
    yield 1
    yield 1
    raise ValueError("boom")
g = it.groupby(bad())
k, v = next(g)
t("grouper sees", lambda: list(v))
t("groupby sees", lambda: next(g))
def badkey(x):
    if x == 3:
        raise KeyError(x)
    return x
t("key fails", lambda: [(k, list(v)) for k, v in it.groupby([1, 2, 3, 4], badkey)])
class NoEq:
    def __eq__(self, other):
        raise TypeError("no eq")
g = it.groupby([NoEq(), NoEq()])
k, v = next(g)
t("eq fails", lambda: next(g))
t("eq fails in group", lambda: list(it.groupby([NoEq(), NoEq()]).__next__()[1]))

# __reduce__, __setstate__, _grouper
g = it.groupby('aabbc')
r = g.__reduce__()
print(r[0], type(r[1][0]).__name__, r[1][1], len(r))
k, grp = next(g)
r = g.__reduce__()
print(r[0], r[1][1], r[2])
gr = grp.__reduce__()
print(gr[0], gr[1][0] is g, gr[1][1])
next(g)
print(grp.__reduce__())
g.__setstate__(('x', 'y', 'z'))
print(g.__reduce__()[2])
g = it.groupby('aabbcc')
next(g)
state = g.__reduce__()
clone = state[0](*state[1])
clone.__setstate__(state[2])
print([(k, list(v)) for k, v in clone])
g = it.groupby('aab')
k, grp = next(g)
made = it._grouper(g, 'a')
print(type(made).__name__, list(grp), list(made))
print([(k, list(v)) for k, v in g])

class G(it.groupby):
    pass
print(type(G('ab')).__name__, [(k, list(v)) for k, v in G('aab')], G('x').__reduce__()[0].__name__)

# --- tee
a, b = it.tee([1, 2, 3])
print(type(a).__name__, type(a), list(a), list(b))
a, b, c = it.tee(range(200), 3)
print(sum(a), list(it.islice(b, 3)), len(list(c)), list(b)[:2])
print(it.tee('abc', 0), [list(x) for x in it.tee('abc', 1)], len(it.tee('abc', 5)))
x = it.tee(iter([1, 2, 3]), 3)
print([list(i) for i in x])
a, b = it.tee('abcdef')
print(next(a), next(a), next(b), list(a), list(b))

# laziness: the source is read once, when the leading copy needs a value
a, b = it.tee(src('xyz'))
print("tee made")
print(next(a), next(b), next(b), next(a))

# a tee given to tee is used itself and copied
t1, t2 = it.tee(iter([1, 2, 3]))
next(t1)
u1, u2 = it.tee(t1)
print(u1 is t1, u2 is t1, type(u2).__name__, list(u1), list(u2), list(t2))
class Copyable:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __copy__(self):
        return "copied"
print(it.tee(Copyable(), 3)[1:])

# __copy__ and copy.copy
a, b = it.tee(iter([1, 2, 3]))
next(a)
c = copy.copy(a)
d = a.__copy__()
print(type(c).__name__, list(c), list(d), list(a), list(b))
t("_tee of list", lambda: list(it._tee([4, 5])))
tt = it._tee(iter([6, 7]))
print(list(it._tee(tt)), list(tt))

# weak references
a, b = it.tee([1])
w = weakref.ref(a)
print(w() is not None)
del a
gc.collect()
print(w())

# exceptions from the source propagate to each copy that reaches them
def failing():
    yield 1
    yield 2
    raise ValueError("src")
a, b = it.tee(failing())
print(next(a), next(a))
t("a", lambda: next(a))
print(next(b), next(b))
t("b", lambda: next(b))
t("a again", lambda: next(a))

# re-entering the tee from its own source
def reenter():
    yield 1
    yield next(tb)
ta, tb = it.tee(reenter())
print(next(ta), next(tb))
t("reenter", lambda: next(ta))
t("after reenter", lambda: next(ta))

# long chains are freed without deep recursion
fw, bw = it.tee(it.repeat(None, 1000000))
print(any(fw))
del bw
print("freed")
a = it.repeat(1, 300)
for _ in range(100):
    a, b = it.tee(a)
print(sum(a))

# __reduce__, __setstate__, _tee_dataobject
a, b = it.tee([1, 2, 3])
next(a)
r = a.__reduce__()
print(r[0], r[1], type(r[2][0]).__name__, r[2][1])
d = r[2][0].__reduce__()
print(d[0], type(d[1][0]).__name__, d[1][1:])
clone = r[0](*r[1])
clone.__setstate__(r[2])
print(list(clone), list(a))
data = it._tee_dataobject(iter([9, 10]), [7, 8], None)
e = it._tee(iter([]))
e.__setstate__((data, 0))
print(list(e))
e.__setstate__((data, 1))
print(list(e))
full = it._tee_dataobject(iter([]), list(range(57)), it._tee_dataobject(iter('q'), ['p'], None))
e.__setstate__((full, 55))
print(list(e))
