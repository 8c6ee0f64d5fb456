# map, filter, reversed
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, True])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(str.isdigit, "a1b2c3")))
f = filter(None, [])
print(type(f).__name__, list(f))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, None))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Rev())))
for bad in [5, {1, 2}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    map(None)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
words = ["apple", "kiwi", "banana", "fig"]
print(list(map(len, filter(lambda w: "a" in w, words))))
print(sum(map(int, "12345")), max(map(len, words)), sorted(map(str.title, words)))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(lambda x: x, map(lambda x: x - 2, range(5)))))
