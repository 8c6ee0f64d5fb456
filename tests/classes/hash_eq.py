# __hash__ / __eq__ interplay
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Key) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Key({self.v!r})"
d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], Key("b") in d, Key("c") in d)
print(len({Key(1), Key(1), Key(2)}))

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
s = {Collide(i) for i in range(5)}
print(len(s), Collide(3) in s, Collide(9) in s)

class Inherit(Key):
    pass
print(hash(Inherit("x")) == hash("x"))
class ResetHash(Key):
    def __eq__(self, o):
        return False
print(ResetHash.__hash__)

class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Big:
    def __hash__(self):
        return 2**70
print(hash(Big()) == hash(2**70))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
