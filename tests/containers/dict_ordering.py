# Dict insertion order through deletes, updates and re-inserts
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d, list(d))
del d["l"]
d["l"] = 0
print(list(d))
d.update({"h": 100, "z": 26})
print(list(d.items())[:3], list(d)[-1])
d.pop("h")
d["h"] = 1
print(list(d))
print(list(reversed(d)))
e = dict.fromkeys("cab")
e.update(a=1)
print(e)
f = {"x": 1, "y": 2}
g = {"y": 2, "x": 1}
print(f == g, list(f) == list(g), list(f.items()) == list(g.items()))
h = {}
for i in range(20):
    h[i] = i
for i in range(0, 20, 3):
    del h[i]
for i in range(0, 20, 3):
    h[i] = -i
print(list(h))
popped = [h.popitem() for _ in range(3)]
print(popped, len(h))
s = {k: v for k, v in sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])}
print(s, next(iter(s)), list(s.values()))
