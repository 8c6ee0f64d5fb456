# Argument errors of the combinatoric iterators, groupby and tee, with
# CPython 3.11's messages; exceptions raised while reading the inputs.
import itertools as it


def t(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


t("c0", lambda: it.combinations())
t("c1", lambda: it.combinations('abc'))
t("c3", lambda: it.combinations('abc', 1, 2))
t("c kw3", lambda: it.combinations('abc', 1, x=2))
t("c kw3b", lambda: it.combinations('abc', r=1, x=2))
t("c unknown", lambda: it.combinations('abc', x=2))
t("c kw only 3", lambda: it.combinations(iterable='a', r=1, x=2))
t("p kw only 3", lambda: it.permutations(iterable='a', r=1, x=2))
t("g kw only 3", lambda: it.groupby(iterable='a', key=1, x=2))
t("p twice and unknown", lambda: it.permutations('a', x=1))
t("c twice and unknown", lambda: it.combinations('a', x=1, iterable=2))
t("c twice", lambda: it.combinations('abc', iterable='x'))
t("c twice r", lambda: it.combinations('abc', 2, r=2))
t("c r str", lambda: it.combinations('abc', 'a'))
t("c r first", lambda: it.combinations(5, 'a'))
t("c not iterable", lambda: it.combinations(5, -1))
t("c negative", lambda: it.combinations('abc', -1))
t("c huge", lambda: it.combinations('abc', 2**100))
t("c float", lambda: it.combinations('abc', 2.0))
t("c None", lambda: it.combinations('abc', None))
t("cwr0", lambda: it.combinations_with_replacement())
t("cwr1", lambda: it.combinations_with_replacement('abc'))
t("cwr3", lambda: it.combinations_with_replacement('abc', 1, 2))
t("cwr not iterable", lambda: it.combinations_with_replacement(5, -1))
t("cwr negative", lambda: it.combinations_with_replacement('ab', -1))
t("cwr unknown", lambda: it.combinations_with_replacement('ab', rr=1))
t("p0", lambda: it.permutations())
t("p r str", lambda: it.permutations('abc', 'x'))
t("p r float", lambda: it.permutations('abc', 2.0))
t("p negative", lambda: it.permutations('abc', -1))
t("p not iterable", lambda: it.permutations(3, -1))
t("p not iterable 2", lambda: it.permutations(3, 'x'))
t("p huge", lambda: it.permutations('abc', 2**100))
t("p3", lambda: it.permutations('abc', 1, 2))
t("p unknown", lambda: it.permutations('abc', y=2))
t("p unknown 2", lambda: it.permutations(y=2))
t("prod kw", lambda: it.product(x=1))
t("prod kw2", lambda: it.product(repeat=1, x=1))
t("prod repeat str", lambda: it.product(repeat='a'))
t("prod repeat None", lambda: it.product(repeat=None))
t("prod repeat float", lambda: it.product('ab', repeat=1.0))
t("prod negative", lambda: it.product(repeat=-1))
t("prod huge", lambda: it.product(repeat=2**100))
t("prod too large", lambda: it.product('ab', repeat=2**62))
t("prod not iterable", lambda: it.product('ab', 3))
t("prod not iterable repeat 0", lambda: list(it.product('ab', 3, repeat=0)))

# __setstate__ errors
p = it.product('abc', 'xyz')
t("prod state short", lambda: p.__setstate__((1,)))
t("prod state list", lambda: p.__setstate__([1, 2]))
t("prod state str", lambda: p.__setstate__((1, 'a')))
t("prod state huge", lambda: p.__setstate__((1, 2**70)))
t("prod state float", lambda: p.__setstate__((1, 1.0)))
c = it.combinations('abcd', 2)
t("comb state", lambda: c.__setstate__((1,)))
t("comb state str", lambda: c.__setstate__((1, 'x')))
w = it.combinations_with_replacement('abcd', 2)
t("cwr state", lambda: w.__setstate__(None))
pm = it.permutations('abcd', 2)
t("perm state int", lambda: pm.__setstate__(5))
t("perm state 1", lambda: pm.__setstate__((1,)))
t("perm state ints", lambda: pm.__setstate__((1, 2)))
t("perm state sizes", lambda: pm.__setstate__(((1,), (2,))))
t("perm state 3", lambda: pm.__setstate__(((1, 2, 3, 4), (2, 2), 3)))
t("perm state str", lambda: pm.__setstate__(((1, 2, 3, 'x'), (2, 2))))
t("perm state cycles", lambda: pm.__setstate__(((1, 2, 3, 4), 5)))

# groupby, _grouper
t("g0", lambda: it.groupby())
t("g not iterable", lambda: it.groupby(1))
t("g3", lambda: it.groupby([], 1, 2))
t("g unknown", lambda: it.groupby([], kee=1))
t("g missing first", lambda: it.groupby(kee=1))
t("g key only", lambda: it.groupby(key=len))
t("g twice", lambda: it.groupby([], iterable=[]))
t("g key not callable", lambda: next(it.groupby([1], key=5)))
g = it.groupby('ab')
t("g state int", lambda: g.__setstate__(5))
t("g state 2", lambda: g.__setstate__((1, 2)))
t("grouper parent", lambda: it._grouper(1, 2))
t("grouper 1", lambda: it._grouper(1))
t("grouper kw", lambda: it._grouper(g, 2, x=3))

# tee, _tee, _tee_dataobject
t("tee0", lambda: it.tee())
t("tee3", lambda: it.tee(1, 2, 3))
t("tee n str", lambda: it.tee([], 'a'))
t("tee n float", lambda: it.tee([], 2.0))
t("tee negative", lambda: it.tee([], -1))
t("tee n huge", lambda: it.tee([], 2**100))
t("tee zero not iterable", lambda: it.tee(1, 0))
t("tee not iterable", lambda: it.tee(1, 1))
t("tee kw", lambda: it.tee([], n=1))
t("_tee0", lambda: it._tee())
t("_tee not iterable", lambda: it._tee(1))
t("_tee2", lambda: it._tee([], 2))
t("_tee kw", lambda: it._tee(iterable=[]))
t("data args", lambda: it._tee_dataobject(1, 2, 3))
t("data long", lambda: it._tee_dataobject(iter([]), [1] * 58, None))
t("data next", lambda: it._tee_dataobject(iter([]), [1] * 57, 5))
t("data next short", lambda: it._tee_dataobject(iter([]), [1] * 5, 5))
t("data full", lambda: it._tee_dataobject(iter([]), [1] * 57, None))
t("data 4", lambda: it._tee_dataobject(iter([]), [], None, 1))
t("data 2", lambda: it._tee_dataobject(iter([]), []))
t("data kw", lambda: it._tee_dataobject(iter([]), [], x=None))
a, b = it.tee([1, 2, 3])
next(a)
link = a.__reduce__()[2][0]
t("tee state int", lambda: a.__setstate__(5))
t("tee state link", lambda: a.__setstate__((1, 2)))
t("tee state 58", lambda: a.__setstate__((link, 58)))
t("tee state -1", lambda: a.__setstate__((link, -1)))
t("tee state str", lambda: a.__setstate__((link, 'x')))
t("tee state 2**40", lambda: a.__setstate__((link, 2**40)))
t("tee state -2**40", lambda: a.__setstate__((link, -2**40)))
t("tee state 2**70", lambda: a.__setstate__((link, 2**70)))
t("tee state 1", lambda: a.__setstate__((link,)))
t("tee state ok", lambda: a.__setstate__((link, 57)))

# subclassing
for ty in (it.product, it.permutations, it.combinations, it.combinations_with_replacement,
           it.groupby, it._grouper, it._tee, it._tee_dataobject):
    try:
        class S(ty):
            pass
        print(ty.__name__, "subclassable")
    except TypeError as e:
        print(ty.__name__, e)


# exceptions from the inputs propagate
def failing(n):
    for i in range(n):
        yield i
    raise ValueError("source failed after %d" % n)


t("prod source", lambda: it.product('ab', failing(2)))
t("perm source", lambda: it.permutations(failing(1)))
t("comb source", lambda: it.combinations(failing(3), 2))
t("cwr source", lambda: it.combinations_with_replacement(failing(0), 2))


class BadIter:
    def __iter__(self):
        raise KeyError("no iter")


t("prod bad iter", lambda: it.product(BadIter()))
t("groupby bad iter", lambda: it.groupby(BadIter()))
t("tee bad iter", lambda: it.tee(BadIter()))
