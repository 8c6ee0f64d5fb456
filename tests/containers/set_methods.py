# Every set / frozenset method
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 2}, len(s))
s = {1, 2, 3}
print(s.union([4], (5,), "6"), s.intersection([2, 3, 9], {3, 2}), s.difference([1], [2]), s.symmetric_difference([3, 4]))
print(s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint([7, 8]), s.isdisjoint({3}))
t = s.copy(); t.add(99); print(s, t)
s.update([10, 11], {12}); print(s)
s.intersection_update([1, 2, 10, 12, 20]); print(s)
s.difference_update({1}); print(s)
s.symmetric_difference_update({2, 3}); print(s)
s.clear(); print(s, len(s), bool(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
fs = frozenset("hello")
print(sorted(fs), fs.union("xy") == set("helloxy"), fs.intersection("lo"), fs.copy() is fs)
print(frozenset(), frozenset([1, 2]), set(), set([3]), repr(frozenset({"a"})))
print(fs.issubset("helloworld"), fs.issuperset("he"), fs.difference("hel"), fs.symmetric_difference("hi"))
print(hasattr(fs, "add"), hasattr(fs, "union"))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.add({2})
except TypeError as e:
    print("TypeError:", e)
print(set.union({1}, {2}), set().union(), set([1, 1.0, True]), {0, False, 0.0})
