# Sorting with the compares picked for one exact key type: ints (small and
# big), floats (with NaN), strs of every kind, tuples compared at their
# first unequal item; mixed types, errors and stability as CPython.
import random

r = random.Random(5)
ints = [r.randrange(-1000, 1000) for _ in range(300)]
print(sorted(ints)[:8], sorted(ints, reverse=True)[:5])
big = ints + [10**30, -(10**25), 2**63, -(2**63) - 1]
print(sorted(big)[:3], sorted(big)[-3:])
floats = [r.random() * 100 - 50 for _ in range(200)]
print(sorted(floats)[:3] == sorted(floats, key=lambda x: x)[:3])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
strs = ["b", "a", "ä", "€", "𝄞", "ab", "", "B", "aa"]
print(sorted(strs))
print(sorted(strs, key=len))
tuples = [(r.randrange(5), r.randrange(5), str(i)) for i in range(200)]
print(sorted(tuples)[:6])
print(sorted(tuples, reverse=True)[:4])
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (0,), (2, "a", 1)]))
print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]))
print(sorted([(1, 2), (1.0, 1), (True, 0), (0.5, 9)]))
# stability: equal keys keep their order
recs = [(i % 3, i) for i in range(12)]
print(sorted(recs, key=lambda t: t[0]))
for bad in ([(1, 2), (1, "x")], [(1,), ("a",)], [1, "a"], [(1, 2), ()], [3, 2.5, "q"]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
print(sorted([(), (1,), ()]))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))
lst = list(range(20))


def key(x):
    if x == 10:
        lst.append(1)
    return -x


try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(sorted([(2**70, 1), (2**70, 0), (1, 5)]))
