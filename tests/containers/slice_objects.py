# slice objects and slice.indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(s.indices(5), s.indices(20), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
print(slice(-100, 100).indices(10), slice(10, -10, -1).indices(5), slice(0, 0).indices(0))
L = list(range(10))
print(L[s], L[slice(None, None, -2)], "abcdef"[slice(2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    L[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    L["a":]
except TypeError as e:
    print("TypeError:", e)
print(range(*slice(2, 8, 2).indices(6)), list(range(*s.indices(len(L)))))
print(slice("a", "b", "c"), slice(1.5, 2.5).start)
class Seq:
    def __getitem__(self, k):
        return k.indices(8) if isinstance(k, slice) else k
print(Seq()[::3], Seq()[-2:], Seq()[5:1:-1], Seq()[7])
