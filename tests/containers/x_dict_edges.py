# dict edge cases: errors, __missing__, views, mutation during iteration
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
d["a"] = 4
print(d, list(d), list(reversed(d)), len(d))
err(lambda: d["zz"])
err(lambda: {}.popitem())
err(lambda: d.pop("zz"))
print(d.pop("zz", None), d.setdefault("b", 9), d.setdefault("q", 9), d.get("nope"))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([1]))
err(lambda: dict({}, {}))
err(lambda: {[]: 1})
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(x=1)
print(dd["x"], dd["ab"], type(dd).__name__, dd)
e = {1: 1}
try:
    for k in e:
        e[k + 1] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
k = {1: 'a', 2: 'b', 3: 'c'}
ks = k.keys()
print(ks, k.values(), k.items())
print(ks & {2, 3, 4}, ks | {9}, ks - {1}, ks ^ {1, 7}, {2} & ks, ks.isdisjoint([7]))
print(ks == {1, 2, 3}, ks < {1, 2, 3, 4}, (1, 'a') in k.items(), (1, 'b') in k.items())
print(list(reversed(k.items())), list(reversed(k.values())))
print({1: 2} | {3: 4}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
m = {1: 2}
m |= [(5, 6)]
print(m)
r = {}
r[1] = r
print(r)
print(type(iter(k)).__name__, type(iter(k.values())).__name__, type(iter(k.items())).__name__,
      type(reversed(k)).__name__)
print(dict[str, int])
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), sum(big), list(big)[:5])
