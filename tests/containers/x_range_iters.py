# range, slice and the builtin iterators: reprs, errors, big bounds
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(1, 10, 2), range(0, -5, -1), list(range(10, 0, -3)))
r = range(0, 20, 3)
print(len(r), r[2], r[-1], r[1:4], r[::-1], 9 in r, 10 in r, r.index(9), r.count(9))
err(lambda: r[100])
err(lambda: r.index(10))
err(lambda: range(1, 2, 0))
err(lambda: range("a"))
err(lambda: range())
big = range(2**64)
print(big[2**63], big[-1], 2**63 in big, big)
err(lambda: len(big))
print(list(range(2**63 - 2, 2**63 + 1)), list(reversed(range(2**63, 2**63 + 2))))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), hash(range(0)) == hash(range(3, 3)))
print(r.start, r.stop, r.step, type(iter(r)).__name__, type(iter(big)).__name__)
s = slice(1, 10, 2)
print(s, slice(3), s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
err(lambda: hash(s))
err(lambda: slice(None, None, 0).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(list(enumerate("ab", start=10)), list(enumerate([], 3)), list(enumerate("x", 2**70)))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a", "b", "c")))
err(lambda: list(zip("ab", "abc", strict=True)))
err(lambda: list(zip("abc", "ab", strict=True)))
err(lambda: list(zip("ab", "ab", "a", strict=True)))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a"])))
err(lambda: map(len))
print(list(reversed("abc")), list(reversed((1, 2))))
err(lambda: reversed(5))
err(lambda: reversed({1}))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
    def __len__(self):
        return 3
print(list(Seq()), list(reversed(Seq())), type(iter(Seq())).__name__)
n = iter([1, 2, 3, 4].pop, 2)
print(list(n), type(n).__name__)
print(tuple("ab"), (1,) * 3, (1, 2) + (3,), (1, 2, 3)[::2], (1, 2).index(2), (1, 1).count(1))
err(lambda: (1,).index(5))
err(lambda: (1,)[5])
print(hash((1, 2)), hash(()), hash((None, "x")) == hash((None, "x")), tuple[int, ...])
