from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), Point.__hash__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 1}), ((1,), {'x': 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False, repr=False)

v = Version(1, 2, 'rc')
print(v, Version(1, 3) > v, sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    total: ClassVar[int] = 0
    nested: Point = None
    def add(self, name):
        self.items.append(name)

a, b = Inventory(), Inventory()
a.add('x'); print(a, b, Inventory.total, [f.name for f in fields(Inventory)])
print(asdict(Inventory(['q'], {'k': 1}, Point(1, 1))))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Derived(Point):
    z: int = 5
    def __post_init__(self):
        self.sum = self.x + self.y + self.z
d = Derived(1, 2)
print(d, d.sum, Derived.__match_args__)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__repr__())

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(default=0, hash=False)
print(hash(H(1, 2)) == hash(H(1, 3)), {H(1): 'ok'}[H(1)])
@dataclass
class KW:
    a: int
    b: int = field(default=1, kw_only=True)
print(KW(1, b=2), KW(3))
