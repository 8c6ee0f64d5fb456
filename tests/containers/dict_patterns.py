# Idiomatic dict usage patterns
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for word in text.split():
    groups.setdefault(word[0], []).append(word)
print(groups)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
merged = {**{"x": 1, "y": 2}, **{"y": 3, "z": 4}}
print(merged, {"x": 1} | {"x": 2})
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("missing", {}).get("c", "default"))
keys = ["one", "two", "three"]
print(dict(zip(keys, range(1, 4))), dict.fromkeys(keys, 0), {k: len(k) for k in keys})
d = {"b": 2, "a": 1, "c": 3}
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True)))
print(min(d, key=d.get), max(d.values()), sum(d.values()), list(d)[-1])
d2 = d.copy()
for k in list(d2):
    if d2[k] % 2:
        del d2[k]
print(d2, d)
print({k: v for k, v in d.items() if v > 1}, any(v > 2 for v in d.values()))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(90), len(cache))
table = {(x, y): x * y for x in range(1, 4) for y in range(1, 4)}
print(table[(2, 3)], len(table), sorted(k for k, v in table.items() if v == 6))
