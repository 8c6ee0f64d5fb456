# Rich comparison dunders and NotImplemented
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("2.0") > Version("1.0"))   # reflected __lt__
print(Version("2.0") >= Version("2.0"))  # reflected __le__
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
print(min(vs), max(vs))
try:
    Version("1.0") < 5
except TypeError as e:
    print("TypeError:", e)

class Always:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(Always() == 1, 1 == Always(), Always() != 1)

class Weird:
    def __lt__(self, o):
        return "truthy string"
    def __gt__(self, o):
        return 0
print(Weird() < 1, Weird() > 1, 1 > Weird())
print(bool(Weird() < 1))
class Base:
    def __eq__(self, o):
        return "Base.__eq__"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.__eq__"
print(Base() == Derived(), Derived() == Base())
print(NotImplemented, type(NotImplemented).__name__)
