# Iterating over every builtin container type
print([x for x in [3, 1, 2]])
print([x for x in (3, 1, 2)])
print([x for x in "str"])
print([x for x in b"by"])
print([x for x in bytearray(b"ba")])
print(sorted(x for x in {3, 1, 2}))
print(sorted(x for x in frozenset("ab")))
d = {"one": 1, "two": 2}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
print([x for x in range(2, 8, 2)], [x for x in reversed(range(3))])
print([x for x in enumerate("ab")], [x for x in zip("ab", "cd")])
print([x for x in map(abs, [-1, 2])], [x for x in filter(None, [0, 1, 2])])
print([x for x in iter([9, 8])], [x for x in (i * 2 for i in range(3))])
import collections
print([x for x in collections.deque([1, 2])], [x for x in collections.Counter("aab")])
print([x for x in collections.OrderedDict(a=1)], list(collections.defaultdict(int, {"z": 0})))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 100
        raise IndexError
print([x for x in Seq()])
for i, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
    print(i, a, b, c)
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
total = 0
for n in range(1, 11):
    if n % 3 == 0:
        continue
    total += n
print(total)
