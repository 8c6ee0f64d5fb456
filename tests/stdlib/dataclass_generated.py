# dataclasses: the generated __init__ (parameters, defaults, factories,
# init=False, kw_only / KW_ONLY, InitVar, __post_init__, frozen), its
# metadata (qualname, module, annotations, defaults) and the errors raised
# while a class is created.
from dataclasses import (dataclass, field, fields, InitVar, KW_ONLY, MISSING,
                         FrozenInstanceError)
from typing import ClassVar, List, Optional


def attempt(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ->', result)


@dataclass
class Point:
    x: int
    y: int


print('--- basic')
p = Point(1, 2)
print(p, Point(y=4, x=3), Point(5, y=6))
print(Point.__init__.__qualname__, Point.__init__.__name__,
      Point.__init__.__module__)
print(Point.__init__.__annotations__)
print(Point.__init__.__defaults__, Point.__init__.__kwdefaults__)
attempt(Point)
attempt(Point, 1)
attempt(Point, 1, 2, 3)
attempt(Point, 1, 2, z=3)
attempt(Point, 1, x=2)


@dataclass
class Defaults:
    a: int
    b: str = 'bee'
    c: float = 1.5
    d: Optional[int] = None
    e: List[int] = field(default_factory=list)
    f: dict = field(default_factory=lambda: {'k': 1})
    g: tuple = ()


print('--- defaults and factories')
d1 = Defaults(1)
d2 = Defaults(2)
print(d1)
print(d1.e is d2.e, d1.f is d2.f, d1.f == d2.f)
d1.e.append(5)
print(d1.e, d2.e)
print(Defaults(3, 'x', 2.5, 4, [1], {}, (1,)))
print(Defaults(4, e=None), Defaults(5, f=0))
print(Defaults.__init__.__defaults__)
print(Defaults.b, Defaults.c, Defaults.d, Defaults.g, hasattr(Defaults, 'e'),
      hasattr(Defaults, 'a'))
attempt(Defaults)
attempt(Defaults, 1, 2, 3, 4, 5, 6, 7, 8)

counter = [0]


def make_id():
    counter[0] += 1
    return counter[0]


@dataclass
class NoInit:
    name: str
    ident: int = field(default_factory=make_id, init=False)
    tag: str = field(default='t', init=False)
    late: int = field(init=False)
    items: list = field(default_factory=list, init=False, repr=False)


print('--- init=False')
n1, n2 = NoInit('a'), NoInit('b')
print(n1.ident, n2.ident, n1.tag, n1.items is n2.items, 'tag' in vars(n1))
print(hasattr(n1, 'late'), NoInit.__init__.__annotations__)
n1.late = 3
print(n1)
attempt(NoInit, 'a', 1)
attempt(NoInit, 'a', ident=1)


@dataclass
class KwOnly:
    a: int
    b: int = field(kw_only=True)
    c: int = 3
    d: int = field(kw_only=True, default=4)
    e: int = 5


print('--- kw_only')
print(KwOnly(1, b=2), KwOnly(1, 2, 3, b=9, d=8))
print(KwOnly.__init__.__kwdefaults__, KwOnly.__init__.__defaults__)
print(KwOnly.__match_args__)
attempt(KwOnly, 1)
attempt(KwOnly, 1, 2, 3, 4)
attempt(KwOnly)


@dataclass(kw_only=True)
class AllKw:
    z: int = 0
    y: int
    x: int = field(kw_only=False)


print(AllKw(1, y=2), AllKw.__match_args__)
attempt(AllKw, 1, 2)
attempt(AllKw)


@dataclass
class Sentinel:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(kw_only=False, default=9)


print('--- KW_ONLY')
print(Sentinel(1, c=3), Sentinel(1, 5, c=3, b=4))
print([(f.name, f.kw_only) for f in fields(Sentinel)])
print('_' in Sentinel.__dataclass_fields__, Sentinel.__match_args__)
attempt(Sentinel, 1, 2, 3)


def two_sentinels():
    @dataclass
    class Two:
        a: int
        _: KW_ONLY
        b: int
        x_: KW_ONLY
    return Two


attempt(two_sentinels)


@dataclass
class WithInitVar:
    x: int
    scale: InitVar[int] = 10
    y: int = 0
    offset: InitVar[int] = 0
    total: int = field(init=False)

    def __post_init__(self, scale, offset):
        self.total = self.x * scale + self.y + offset


print('--- InitVar and __post_init__')
w = WithInitVar(2)
print(w, w.total, vars(w))
print(WithInitVar(2, 3, 4, 5))
print(WithInitVar(1, offset=100))
print([f.name for f in fields(WithInitVar)])
print(sorted(WithInitVar.__dataclass_fields__))
print(WithInitVar.__dataclass_fields__['scale']._field_type,
      WithInitVar.__dataclass_fields__['scale'].type)
print(WithInitVar.scale, WithInitVar.offset, WithInitVar.__match_args__)
print(WithInitVar.__init__.__annotations__)
print(InitVar[int], InitVar[List[int]], type(InitVar[int]).__name__)


@dataclass
class PostOnly:
    a: list

    def __post_init__(self):
        print('  post_init sees', self.a)
        self.a = tuple(self.a)


print(PostOnly([1, 2]))


class PostBase:
    def __post_init__(self):
        print('  inherited __post_init__ for', type(self).__name__)


@dataclass
class InheritsPost(PostBase):
    v: int = 0


InheritsPost()


@dataclass
class IVNoPost:
    x: int
    junk: InitVar[str] = 'j'


print(IVNoPost(1, 'ignored'), vars(IVNoPost(2)))


@dataclass
class Classy:
    x: int
    count: ClassVar[int] = 0
    names: ClassVar[List[str]] = ['shared']
    plain = 'not a field'


print('--- ClassVar')
print(Classy(1), Classy.count, Classy.names, [f.name for f in fields(Classy)])
print(Classy.__dataclass_fields__['count']._field_type,
      Classy.__dataclass_fields__['count'].kw_only is MISSING)
attempt(Classy, 1, 2)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: list = field(default_factory=list)
    z: str = 'z'
    hidden: int = field(default=0, init=False)

    def __post_init__(self):
        object.__setattr__(self, 'hidden', self.x * 2)


print('--- frozen __init__')
fz = Frozen(3)
print(fz, fz.hidden)
attempt(setattr, fz, 'x', 1)


@dataclass
class SelfField:
    self: int
    other: int = 0


print('--- a field named self')
print(SelfField(1, 2), SelfField(self=5))
print(list(SelfField.__init__.__annotations__))


@dataclass
class Empty:
    pass


print('--- no fields')
print(Empty(), Empty() == Empty(), Empty.__init__.__qualname__)
attempt(Empty, 1)


class Outer:
    @dataclass
    class Inner:
        v: int = 1


print(Outer.Inner(), Outer.Inner.__init__.__qualname__,
      Outer.Inner.__repr__.__qualname__)


def in_function():
    @dataclass
    class Local:
        v: int
    return Local


Local = in_function()
print(Local(1), Local.__init__.__qualname__)
attempt(Local)

print('--- errors while creating a class')


def non_default_after_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int


def inherited_non_default():
    @dataclass
    class Base:
        x: int = 0

    @dataclass
    class Bad(Base):
        y: int


def mutable_list():
    @dataclass
    class Bad:
        x: list = []


def mutable_dict():
    @dataclass
    class Bad:
        y: int = 0
        x: dict = field(default={})


def mutable_set():
    @dataclass
    class Bad:
        x: set = set()


def both_defaults():
    field(default=1, default_factory=list)


def initvar_factory():
    @dataclass
    class Bad:
        x: InitVar[list] = field(default_factory=list)


def classvar_factory():
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)


def classvar_kw_only():
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default=1, kw_only=True)


def no_annotation():
    @dataclass
    class Bad:
        x: int
        y = field(default=1)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int


for fn in (non_default_after_default, inherited_non_default, mutable_list,
           mutable_dict, mutable_set, both_defaults, initvar_factory,
           classvar_factory, classvar_kw_only, no_annotation,
           order_without_eq):
    print(fn.__name__)
    attempt(fn)


# A list default is fine when the annotation is a ClassVar.
@dataclass
class Fine:
    x: ClassVar[list] = []
    y: int = 0


print(Fine(), Fine.x)
print(FrozenInstanceError.__mro__[1].__name__)
