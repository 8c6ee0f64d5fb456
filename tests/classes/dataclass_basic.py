# dataclasses module basics
from dataclasses import dataclass, field, asdict, astuple, replace

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = "nobody"
    def add(self, item):
        self.items.append(item)

p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2))
print(asdict(Point(3, 4)), astuple(Point(3, 4)))
print(replace(p, y=9))
vs = [Version(1, 2), Version(0, 9), Version(1, 0, ("rc",))]
print(sorted(vs))
print(Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
a, b = Inventory(), Inventory(owner="me")
a.add("apple")
print(a, b)
print([f for f in Point.__dataclass_fields__])
print(Point.__init__.__doc__ is None or True)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
