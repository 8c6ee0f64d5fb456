# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose
# object dies; the usual mapping / set operations
import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K(%d)" % self.n

def fill_values(d, objs):
    for i, o in enumerate(objs):
        d["k%d" % i] = o

def show_values(d, objs):
    print(len(d), sorted(d.keys()), "k1" in d, d["k1"] is objs[1], d.get("zz", "dflt"))
    print(sorted(repr(v) for v in d.values()), sorted(k for k, v in d.items()))
    print(d.get("k2") is objs[2], len(d.valuerefs()), d.setdefault("k0", None) is objs[0])

def value_dict():
    objs = [K(i) for i in range(4)]
    d = weakref.WeakValueDictionary()
    fill_values(d, objs)
    show_values(d, objs)
    objs.pop(1)
    print(len(d), sorted(d), "k1" in d)
    try:
        d["k1"]
    except KeyError as e:
        print("KeyError:", e)
    del d["k0"]
    print(sorted(d), d.pop("k2").n, sorted(d))
    objs.clear()
    print(len(d), list(d.items()), dict(d))
    keep = K(9)
    d2 = weakref.WeakValueDictionary({"a": keep}, b=keep)
    print(sorted(d2), d2["b"].n)

def fill_keys(d, objs):
    for o in objs:
        d[o] = o.n * 10

def show_keys(d, objs):
    print(len(d), d[objs[1]], objs[2] in d, sorted(d.values()), sorted(k.n for k in d.keys()))
    print(d.get(objs[0]), d.get(K(7), "none"), 5 in d, d.setdefault(objs[3], -1))

def key_dict():
    objs = [K(i) for i in range(4)]
    d = weakref.WeakKeyDictionary()
    fill_keys(d, objs)
    show_keys(d, objs)
    objs.pop(0)
    print(len(d), sorted(d.values()))
    objs.clear()
    print(len(d), list(d.items()))

def fill_set(s, objs):
    for o in objs:
        s.add(o)
    s.add(objs[0])

def show_set(s, objs):
    print(len(s), objs[1] in s, K(1) in s, 3 in s, sorted(x.n for x in s))
    s.discard(objs[3])
    print(len(s), sorted(x.n for x in s))

def weak_set():
    objs = [K(i) for i in range(4)]
    s = weakref.WeakSet()
    fill_set(s, objs)
    show_set(s, objs)
    objs.pop(2)
    print(len(s), sorted(x.n for x in s))
    objs.clear()
    print(len(s), list(s), bool(s))

value_dict()
key_dict()
weak_set()
