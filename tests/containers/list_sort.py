# list.sort and sorted: key, reverse, stability
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))             # stable: bob before carol
print(sorted(data, key=lambda p: p[1], reverse=True))  # stable under reverse
print(sorted(data, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
L = [5, 2, 8, 2, 9, 1]
L.sort()
print(L)
L.sort(key=lambda v: -v)
print(L)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({3, 1, 2}, reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, False, 0, 1]), sorted([]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda a: a)
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
recs = [Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")]
print([r.tag for r in sorted(recs)], [r.tag for r in sorted(recs, reverse=True)])
big = list(range(1000, 0, -7))
print(sorted(big)[:5], sorted(big, key=lambda v: v % 10)[:8])
print(sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
mutating = [3, 1, 2]
def bad_key(v):
    mutating.append(v)
    return v
try:
    mutating.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
