# Subclassing built-in types: list, dict, str, int, tuple
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, type(s + [5]).__name__)
print(s[1:3], type(s[1:3]).__name__)

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = DefaultDict(a=1)
print(d["a"], d["hello"], d)
print(d.get("zz"), "zz" in d)

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", type(u + "x").__name__, u == "hey", isinstance(u, str))

class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2), hash(p) == hash((1, 2)))

class Bits(int):
    def __str__(self):
        return bin(self)
b = Bits(10)
print(str(b), repr(b), b + 1, type(b * 2).__name__)
class OrderedSet(dict):
    def add(self, v):
        self[v] = None
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
o = OrderedSet()
for v in "banana":
    o.add(v)
print(o, len(o))
