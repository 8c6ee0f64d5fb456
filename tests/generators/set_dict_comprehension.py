# Set and dict comprehensions
print({x % 5 for x in range(20)})
print({c for c in "mississippi"} == set("misp"))
print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry"]}))
print({x: x * x for x in range(6)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = "the cat and the dog and the bird".split()
counts = {w: words.count(w) for w in words}
print(counts)
print({k: [c for c in k] for k in ("ab", "c")})
print({n: {m for m in range(n)} for n in range(4)})
k = "unchanged"
d = {k: 1 for k in "xy"}
print(k, d)
print({x: y for x, y in [(1, "a"), (1, "b")]})
print({i for i in [1, 1.0, True]})
print({len(s) for s in ["", "a", "bb", "cc"]})
print({s: len(s) for s in {"b", "a"} if s})
