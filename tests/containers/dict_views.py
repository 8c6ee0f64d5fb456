# dict views: dynamic, set operations, iteration
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it)   # views see the change
print(len(k), "a" in k, 4 in v, ("a", 1) in it, ("a", 2) in it)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "z"})
print(sorted(k & ["b", "c", "q"]), {"a", "b"} <= k, k >= {"a"}, k == {"a", "b", "c", "d"})
print(it & {("a", 1), ("b", 0)}, it - {("a", 1), ("b", 2)})
print(k.isdisjoint({"x"}), k.isdisjoint("a"), list(reversed(k)), list(reversed(v)))
other = {"c": 0, "d": 0, "e": 0}
print(d.keys() & other.keys(), d.keys() - other.keys(), other.keys() - d.keys())
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(zip(k, v)), dict(it) == d, set(v))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1}
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: "x", 2: "y"}
for key in list(d):
    d[key * 10] = d.pop(key)
print(d)
print(v == v, d.values() == d.values())
print(k.mapping if hasattr(k, "mapping") else None)
print({"a": 1}.keys() == {"a": 2}.keys(), {"a": 1}.items() == {"a": 2}.items())
