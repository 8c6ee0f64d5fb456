# min() and max() with key, default, iterables and multiple args
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("hello"))
print(max([]) if False else max([], default="empty"), min((), default=None), max([5], default=0))
words = ["apple", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max(words, key=len, default="x"), max(["aa", "bb", "cc"], key=len), min(["aa", "bb"], key=len))
print(max((1, "b"), (1, "a")), min([[2], [1, 5]]), max({3: "a", 7: "b"}), max({"x": 1, "y": 0}.values()))
print(max(1, 2.5), min(-1, -1.0), max(True, 1), min(0, False), max(x * x for x in range(-5, 3)))
d = {"a": 3, "b": 9, "c": 1}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, "a"]),
             lambda: max(1, 2, default=0), lambda: min([1], foo=1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(range(10), key=lambda v: (v % 3, -v)), min(range(10), key=lambda v: abs(v - 4.4)))
print(max([float("nan"), 1.0]), max([1.0, float("nan")]))
print(max("abc", "abd", "ab"), min(b"zebra"), max([[1, 2], [1, 2, 0]]))
class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Box({self.v})"
print(max([Box(2), Box(5), Box(1)]), min(Box(2), Box(5)))
print(max(iter([4, 8, 2])), min(map(abs, [-7, 3, -1])))
