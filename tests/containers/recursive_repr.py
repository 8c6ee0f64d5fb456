# repr of self-referencing containers
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
s = {"key": [1]}
s["key"].append(s)
print(s)
class Holder:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Holder({self.items!r})"
h = Holder()
h.items.append(h) if False else h.items.append(1)
print(h)
t = ([],)
t[0].append(t)
print(t)
print(str(a), repr(d) == str(d))
print([[[]]], [(), {}, set(), ""], [{1: [2, (3, {4})]}])
nested = []
cur = nested
for i in range(5):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(nested)
print(a == a)
