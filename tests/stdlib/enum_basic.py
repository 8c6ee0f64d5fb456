from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return '%s is %d' % (self.name, self.value)

print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.describe(), Color)
print(list(Color.__members__), Color.RED.name, Color.RED.value, type(Color.RED))
print(Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, f'{Color.RED}', '%s' % Color.BLUE)
print({Color.RED: 'r'}[Color.CRIMSON], isinstance(Color.RED, Color), sorted(Color, key=lambda c: -c.value))
for bad in (7, 'RED'):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)

class Auto(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(Auto), Auto.W.value)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(2), f'{Num.ONE:>3}', sorted([Num.TWO, Num.ONE]))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), list(Perm), repr(Perm(0)), bool(Perm(0)))
print(repr(~Perm.R), repr(Perm.RW), repr(rw & Perm.R), Perm(7), len(rw))

class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.B), repr(IP.A | 8), IP.C & 4, repr(~IP.A), int(IP.B))

class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.421e+23, 3.3972e6)))

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == 'circle', Shape('sq'))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99))
