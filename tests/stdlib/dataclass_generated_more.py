# dataclasses: string annotations naming ClassVar / InitVar / KW_ONLY,
# decorator call forms, descriptors as defaults, slot descriptors inherited
# from a base, abstract methods, __post_init__ with frozen classes and with
# super(), and generated methods that work with many fields.
import abc
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


def attempt(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ->', result)


print('--- string annotations')


@dataclass
class Strings:
    a: 'int'
    b: 'ClassVar[int]' = 1
    c: 'typing.ClassVar[str]' = 'c'
    d: 'InitVar[int]' = 2
    e: 'dataclasses.InitVar[int]' = 3
    f: 'list[int]' = field(default_factory=list)
    _: 'KW_ONLY'
    g: 'int' = 4

    def __post_init__(self, d, e):
        self.total = d + e


s = Strings(1)
print(s, s.total, [f.name for f in fields(s)])
print({k: v._field_type for k, v in Strings.__dataclass_fields__.items()})
print(Strings.__init__.__annotations__)
print(Strings.__doc__)
attempt(Strings, 1, 2, 3, 4)


@dataclass
class NotClassVar:
    # 'Classvar' is not the typing name, and 'other.ClassVar' names a module
    # that is not typing: both are ordinary fields.
    a: 'Classvar[int]' = 1
    b: 'other.ClassVar[int]' = 2


print([f.name for f in fields(NotClassVar)])

print('--- decorator forms')


@dataclass()
class Called:
    x: int = 0


print(Called(), dataclass(Called) is Called)


def decorate_later():
    class Later:
        v: int = 3
    return dataclass(eq=False)(Later)


L = decorate_later()
print(L(), L() == L(), L.__hash__ is object.__hash__)

print('--- descriptors as defaults')


class Described:
    def __set_name__(self, owner, name):
        print('  __set_name__', owner.__name__, name)
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 100
        return getattr(obj, self.name, 100)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


@dataclass
class UsesDescriptor:
    d: int = Described()


print(UsesDescriptor(), UsesDescriptor(2), UsesDescriptor.__init__.__defaults__)


@dataclass
class FieldWithDescriptor:
    d: int = field(default=Described())


print(FieldWithDescriptor(5))


class SlotBase:
    __slots__ = ('x',)


@dataclass
class OverSlot(SlotBase):
    x: int


print(OverSlot(1), OverSlot.__init__.__defaults__)
attempt(OverSlot)

print('--- abstract methods')


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(Square(3).area(), Square.__abstractmethods__)


@dataclass
class StillAbstract(Shape):
    side: float


print(sorted(StillAbstract.__abstractmethods__))
attempt(StillAbstract, 1)

print('--- __post_init__ variants')


@dataclass(frozen=True)
class Normalised:
    text: str
    upper: str = field(init=False)
    strip: InitVar[bool] = True

    def __post_init__(self, strip):
        t = self.text.strip() if strip else self.text
        object.__setattr__(self, 'text', t)
        object.__setattr__(self, 'upper', t.upper())


print(Normalised('  hi '), Normalised(' x ', False))


@dataclass
class Parent:
    a: int

    def __post_init__(self):
        print('  Parent.__post_init__', self.a)


@dataclass
class Child(Parent):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('  Child.__post_init__', self.b)


Child(1, 2)

print('--- many fields')
names = ['f%d' % i for i in range(40)]
Wide = dataclasses.make_dataclass(
    'Wide', [(n, int, i) for i, n in enumerate(names)], order=True,
    frozen=True)
w = Wide()
print(w.f0, w.f39, len(repr(w)), hash(w) == hash(tuple(range(40))))
print(Wide(f39=0) < w, Wide(**{n: 0 for n in names}) == Wide(*[0] * 40))
print(dataclasses.astuple(w)[-3:])

print('--- recursive repr per object')


@dataclass
class Pair:
    left: object = None
    right: object = None


p = Pair()
q = Pair(p, p)
p.left = q
print(p)
print(q)
print(Pair(Pair(1, 2), Pair(3, [Pair()])))
