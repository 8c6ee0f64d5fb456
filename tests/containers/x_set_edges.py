# set/frozenset edge cases: printed order, errors, operators, hashes
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

print({5, 3, 100, 33, -1, 2**40})
s = {0, 8}
s.remove(0)
s.add(16)
print(s)
s = set(range(100))
s -= set(range(90))
s.add(1000)
print(s)
print(set("abracadabra") == set("abcdr"), sorted(set("hello")))
err(lambda: {1}.remove(2))
err(lambda: set().pop())
err(lambda: {[1]})
err(lambda: set([1], [2]))
print(frozenset({1, 2}), frozenset(), set(), {frozenset()})
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset(["a"])) == hash(frozenset(["a"])))
a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a > {1}, a == {3, 2, 1})
print(a.union([9], (8,)), a.intersection(range(3)), a.difference([1], [2]), a.symmetric_difference([3, 5]))
print(a.issubset(range(10)), a.issuperset([1]), a.isdisjoint([7]))
c = set(a)
c.intersection_update([1, 2])
c.update("x")
c.difference_update([1])
c.symmetric_difference_update({2, 7})
print(sorted(c, key=str))
print({1} in {frozenset({1})}, {1, 2} == frozenset({1, 2}))
err(lambda: {1} + {2})
err(lambda: {1} | [2])
class S(set):
    pass
print(S([1]), S(), type(S([1]) | {2}).__name__, frozenset([1]) | {2})
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(type(iter(t)).__name__, set[int])
