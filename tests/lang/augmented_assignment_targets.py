# Augmented assignment evaluates the target's container and index once
calls = []
class Tracked:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        calls.append(("get", key))
        return self.data[key]
    def __setitem__(self, key, value):
        calls.append(("set", key, value))
        self.data[key] = value
def obj():
    calls.append("obj")
    return t
def key():
    calls.append("key")
    return "k"
t = Tracked()
obj()[key()] += 10
print(t.data, calls)
calls.clear()
class Attr:
    def __init__(self):
        object.__setattr__(self, "log", [])
        object.__setattr__(self, "value", 5)
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        self.log.append(("set", name, v))
        object.__setattr__(self, name, v)
a = Attr()
a.value *= 3
print(a.value, a.log)
lst = [[1, 2], [3, 4]]
i = 0
lst[i][i + 1] += 100
print(lst)
d = {"x": [1]}
d["x"] += [2]
d["x"] *= 2
print(d)
s = "ab"
s += s
s *= 2
print(s)
n = 7
n //= 2; n **= 3; n %= 10; n -= 1; n <<= 4; n |= 1
print(n)
