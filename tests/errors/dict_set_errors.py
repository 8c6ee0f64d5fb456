# Errors from dict and set methods
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<24}", type(e).__name__, e)

d = {"a": 1}
show("d['b']", lambda: d["b"])
show("d.pop('b')", lambda: d.pop("b"))
show("d.pop()", lambda: d.pop())
show("{}.popitem()", lambda: {}.popitem())
show("d.update(1)", lambda: d.update(1))
show("d.update([1])", lambda: d.update([1]))
show("d.update(['abc'])", lambda: d.update(["abc"]))
show("dict([[1, 2, 3]])", lambda: dict([[1, 2, 3]]))
show("dict.fromkeys(1)", lambda: dict.fromkeys(1))
show("d.get()", lambda: d.get())
show("d.setdefault()", lambda: d.setdefault())
show("d | 1", lambda: d | 1)
show("d + d", lambda: d + d)
show("d.keys()[0]", lambda: d.keys()[0])
show("d.items() | 1", lambda: d.items() | 1)
s = {1, 2}
show("s.remove(9)", lambda: s.remove(9))
show("set().pop()", lambda: set().pop())
show("s.add()", lambda: s.add())
show("s.update(1)", lambda: s.update(1))
show("s + s", lambda: s + s)
show("s[0]", lambda: s[0])
show("s.union(1)", lambda: s.union(1))
show("s <= 1", lambda: s <= 1)
show("frozenset().add(1)", lambda: frozenset().add(1))
show("s.issubset(5)", lambda: s.issubset(5))
def mutate_set():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)
show("set changed", mutate_set)
def mutate_dict_keys():
    e = {1: 1}
    for k in e:
        e[k + 1] = 0
show("dict changed", mutate_dict_keys)
def dict_same_size():
    e = {1: 1, 2: 2}
    for k in e:
        del e[k]
        e[k + 10] = 0
show("dict keys changed", dict_same_size)
