# Every dict method
d = {"a": 1, "b": 2, "c": 3}
print(d.keys(), d.values(), d.items())
print(d.get("a"), d.get("x"), d.get("x", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(a=0)
print(d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c)
print(dict.fromkeys(["k1", "k2"], []), list(reversed(d)), list(reversed(d.items())))
print(len(d), d.__len__(), d.__contains__("x"), d.__getitem__("y"))
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print(d1 | d2, d2 | d1, d1)
d1 |= d2
print(d1)
d1 |= [("z", 26)]
print(d1)
try:
    d1 | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
print({}.get(1), dict().items(), dict(a=1).values())
