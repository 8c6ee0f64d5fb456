# dict: creation, insertion order, access, update, deletion
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10   # updating keeps position
print(d, list(d), len(d))
del d["b"]
d["b"] = 20   # re-inserted at the end
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), {}.fromkeys([]))
print(d["a"], d.get("a"), d.get("zz"), d.get("zz", "dflt"), "a" in d, "zz" not in d, 2 in d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
keys = [1, 1.0, True, (1,), "1", None, frozenset([1])]
m = {}
for k in keys:
    m[k] = repr(k)
print(m)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 2} != {1: 3}, list({2: 0, 1: 0}))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested["outer"]["inner"][-1])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999])
