# dataclasses: the generated __repr__, __eq__, order methods, __hash__,
# frozen __setattr__/__delattr__, __match_args__, slots, inheritance, the
# class docstring, and the module functions (fields, asdict, astuple,
# replace, is_dataclass, make_dataclass).
import dataclasses
import weakref
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, InitVar,
                         FrozenInstanceError)
from typing import ClassVar, List, Optional, Any
from collections import namedtuple


def attempt(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ->', result)


print('--- __repr__')


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    secret: str = field(default='s', repr=False)


root = Node(1)
root.children.append(Node(2))
root.children.append(root)
print(root)
print(repr(Node('text')), str(Node(None)))
print(Node.__repr__.__qualname__, Node.__repr__.__name__,
      Node.__repr__.__wrapped__.__qualname__)


class Sub(Node):
    pass


print(Sub(3))


@dataclass(repr=False)
class NoRepr:
    x: int


print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))


@dataclass
class OwnRepr:
    x: int

    def __repr__(self):
        return 'own'


print(OwnRepr(1), OwnRepr.__repr__.__qualname__)

print('--- __eq__')


@dataclass
class P:
    x: int
    y: int = 0
    note: str = field(default='', compare=False)


@dataclass
class P2:
    x: int
    y: int = 0


class PSub(P):
    pass


print(P(1, 2) == P(1, 2, 'other'), P(1, 2) == P(2, 1), P(1) != P(1))
print(P(1, 0) == P2(1, 0), P(1) == PSub(1), P(1).__eq__(PSub(1)))
print(P(1).__eq__(3), P(1) == (1, 0), P(1) == 1)
nan = float('nan')
n = P(nan)
print(n == n, P(nan) == P(nan))
print(P.__eq__.__qualname__, P.__hash__)


class Weird:
    def __eq__(self, other):
        print('  Weird.__eq__ called')
        return True


print(P(Weird()) == P(Weird()))


@dataclass(eq=False)
class NoEq:
    x: int


a = NoEq(1)
print(a == NoEq(1), a == a, NoEq.__hash__ is object.__hash__)

print('--- order')


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(2), Version(1, 5, 'b'), Version(1, 5, 'a'), Version(1)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(1, 1) <= Version(1, 1),
      Version(2) > Version(1, 9), Version(1) >= Version(2))
print(Version.__lt__.__qualname__, Version.__ge__.__name__)
attempt(lambda: Version(1) < (1, 0))
attempt(lambda: Version(1) < P(1))
print(Version(1).__lt__(P(1)))


@dataclass(order=True)
class Mixed:
    x: Any


attempt(lambda: Mixed(1) < Mixed('a'))


def overwrite_order():
    @dataclass(order=True)
    class Bad:
        x: int

        def __le__(self, other):
            return True


attempt(overwrite_order)

print('--- __hash__')


def hash_kind(cls):
    h = cls.__dict__.get('__hash__', 'inherited')
    if h is None:
        return 'None'
    if h == 'inherited':
        return 'inherited'
    return h.__qualname__


for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            for explicit in (False, True):
                ns = {'__annotations__': {'x': int}}
                if explicit:
                    ns['__hash__'] = lambda self: 42
                cls = type('H', (), ns)
                try:
                    cls = dataclass(cls, unsafe_hash=unsafe_hash, eq=eq,
                                    frozen=frozen)
                except TypeError as e:
                    result = 'TypeError: %s' % (e,)
                else:
                    result = hash_kind(cls)
                print(' unsafe_hash=%d eq=%d frozen=%d explicit=%d: %s'
                      % (unsafe_hash, eq, frozen, explicit, result))


@dataclass
class EqAndHashNone:
    x: int

    def __eq__(self, other):
        return True


print(EqAndHashNone.__hash__ is None)


@dataclass(frozen=True)
class FH:
    x: int
    y: str = 'y'
    ignored: int = field(default=0, compare=False)
    counted: int = field(default=0, compare=False, hash=True)
    not_hashed: int = field(default=0, hash=False)


print(hash(FH(1)) == hash((1, 'y', 0, 0)))
print(hash(FH(1, counted=5)) == hash((1, 'y', 5)))
print(hash(FH(1)) == hash((1, 'y', 0)), hash(FH(1, ignored=9)) == hash(FH(1)))
print(hash(FH(1, not_hashed=3)) == hash(FH(1)), FH(1, not_hashed=3) == FH(1))
print({FH(1), FH(1), FH(2)} == {FH(1), FH(2)}, FH.__hash__.__qualname__)
attempt(hash, FH([1]))


@dataclass(unsafe_hash=True)
class UH:
    x: int


u = UH(1)
d = {u: 'one'}
print(d[UH(1)], hash(u) == hash((1,)))


@dataclass(frozen=True)
class NoFieldsFrozen:
    pass


print(hash(NoFieldsFrozen()) == hash(()))

print('--- frozen')


@dataclass(frozen=True)
class Frozen:
    x: int
    y: list = field(default_factory=list)


f = Frozen(1)
attempt(setattr, f, 'x', 2)
attempt(setattr, f, 'new', 2)
attempt(delattr, f, 'x')
attempt(delattr, f, 'y')
f.y.append(3)
print(f, isinstance(FrozenInstanceError('m'), AttributeError))
print(Frozen.__setattr__.__qualname__, Frozen.__delattr__.__qualname__)
try:
    f.x = 5
except AttributeError as e:
    print(type(e).__module__, type(e).__qualname__, e.args)


class FrozenChildPlain(Frozen):
    pass


fc = FrozenChildPlain(1)
fc.extra = 'ok for a non-dataclass subclass'
print(fc.extra)
attempt(setattr, fc, 'x', 1)
attempt(delattr, fc, 'extra')
print(hasattr(fc, 'extra'))


def overwrite_setattr():
    @dataclass(frozen=True)
    class Bad:
        x: int

        def __delattr__(self, name):
            pass


attempt(overwrite_setattr)


def frozen_from_unfrozen():
    @dataclass
    class Base:
        x: int

    @dataclass(frozen=True)
    class Bad(Base):
        y: int


def unfrozen_from_frozen():
    @dataclass(frozen=True)
    class Base:
        x: int

    @dataclass
    class Bad(Base):
        y: int


attempt(frozen_from_unfrozen)
attempt(unfrozen_from_frozen)

print('--- __match_args__ and match')


@dataclass
class Pt:
    x: int
    y: int
    z: int = field(default=0, kw_only=True)
    w: int = field(default=0, init=False)


print(Pt.__match_args__)


def where(obj):
    match obj:
        case Pt(0, 0):
            return 'origin'
        case Pt(x, 0, z=z):
            return 'on x axis at %d (z=%d)' % (x, z)
        case Pt(x=x, y=y):
            return 'at %d,%d' % (x, y)


print(where(Pt(0, 0)), '|', where(Pt(3, 0, z=1)), '|', where(Pt(1, 2)))


@dataclass(match_args=False)
class NoMatch:
    x: int


print(hasattr(NoMatch, '__match_args__'))


@dataclass
class OwnMatch:
    x: int
    y: int
    __match_args__ = ('y',)


print(OwnMatch.__match_args__)

print('--- slots')


@dataclass(slots=True)
class Slotted:
    x: int
    y: str = 'y'
    items: list = field(default_factory=list)
    later: int = field(default=4, init=False)


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), s.later)
print(type(Slotted.__dict__['x']).__name__, 'y' in Slotted.__dict__)
print(Slotted.__init__.__qualname__, Slotted.__qualname__)
attempt(setattr, s, 'other', 1)
attempt(weakref.ref, s)


@dataclass(slots=True, weakref_slot=True)
class WeakSlotted:
    x: int


ws = WeakSlotted(1)
r = weakref.ref(ws)
print(r() is ws, WeakSlotted.__slots__)


@dataclass(slots=True, frozen=True)
class FrozenSlotted:
    x: int
    y: int = 2


fs = FrozenSlotted(1)
print(fs, fs.__getstate__(), hash(fs) == hash((1, 2)))
attempt(setattr, fs, 'x', 5)
fs2 = FrozenSlotted(0)
fs2.__setstate__([7, 8])
print(fs2)


@dataclass(slots=True)
class SlotBase:
    a: int


@dataclass(slots=True)
class SlotDerived(SlotBase):
    b: int = 0


print(SlotDerived(1, 2), SlotDerived.__slots__)


def slots_twice():
    @dataclass(slots=True)
    class Bad:
        __slots__ = ('x',)
        x: int


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class Bad:
        x: int


attempt(slots_twice)
attempt(weakref_without_slots)

print('--- inheritance')


@dataclass
class Base:
    x: int
    y: int = 1
    z: List[int] = field(default_factory=list)


@dataclass
class Derived(Base):
    y: int = 10
    w: str = 'w'


print(Derived(0), [f.name for f in fields(Derived)])
print(Derived.__init__.__defaults__, Derived.__match_args__)


@dataclass
class Derived2(Derived):
    x: int = 5


print(Derived2(), Derived2().__eq__(Derived(5)), Derived2() == Derived2())


class Mixin:
    def describe(self):
        return 'mixin %r' % (self,)


@dataclass
class WithMixin(Mixin, Base):
    extra: bool = False


print(WithMixin(1).describe())


class Plain(Base):
    def __init__(self):
        super().__init__(7, 8)


print(Plain())


@dataclass
class OverrideInit(Base):
    def __init__(self, value):
        super().__init__(value, value)


print(OverrideInit(3), OverrideInit.__init__.__qualname__)

print('--- docstrings')


class Custom:
    pass


@dataclass
class Doc1:
    a: int
    b: Optional[str] = None
    c: List[int] = field(default_factory=list)
    d: dict[str, int] = field(default_factory=dict)
    e: 'Custom' = None
    f: Custom = None
    g: int | None = None
    h: InitVar[int] = 0
    i: ClassVar[int] = 0
    j: Any = 1.5
    k: float = field(default=0.25, kw_only=True)


print(Doc1.__doc__)


@dataclass
class Doc2:
    """Has its own."""
    a: int


print(Doc2.__doc__)


@dataclass(init=False)
class Doc3:
    a: int


print(Doc3.__doc__)


@dataclass
class Doc4(Base):
    pass


print(Doc4.__doc__, Base.__doc__)

print('--- fields, asdict, astuple, replace, is_dataclass')
print([(f.name, f.type, 'MISSING' if f.default is dataclasses.MISSING
        else f.default, f.init, f.repr, f.compare, f.hash, f.kw_only)
       for f in fields(FH)])
print(fields(FH(1)) == fields(FH), type(fields(FH)).__name__)
meta = field(default=0, metadata={'unit': 'm'})


@dataclass
class Meta:
    length: int = meta
    plain: int = 0


print(fields(Meta)[0].metadata['unit'], dict(fields(Meta)[1].metadata),
      type(fields(Meta)[0].metadata).__name__)
attempt(fields, 3)
attempt(fields, Custom)

NT = namedtuple('NT', 'a b')


@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)
    info: dict = field(default_factory=dict)
    pair: tuple = (1, 2)
    nt: Any = None


t = Tree('root', [Tree('leaf', info={'k': [1, 2]})], {'n': Tree('x')},
         nt=NT(Tree('a'), 2))
print(asdict(t))
print(astuple(t))
print(asdict(Tree('r'), dict_factory=lambda items: sorted(items)))
print(astuple(Tree('r'), tuple_factory=list))
copy_check = asdict(t)
print(copy_check['kids'][0]['info']['k'] is t.kids[0].info['k'])
attempt(asdict, Tree)
attempt(astuple, 5)

print(replace(P(1, 2), y=5), replace(Frozen(1), x=9))
attempt(replace, P(1), z=3)
attempt(replace, P)


@dataclass
class R:
    x: int
    y: int = field(default=0, init=False)
    scale: InitVar[int] = 1
    need: InitVar[int] = None

    def __post_init__(self, scale, need):
        self.y = self.x * scale


print(replace(R(2, 3), x=4), replace(R(2), scale=5))
attempt(replace, R(1), y=3)


@dataclass
class R2:
    x: int
    need: InitVar[int]

    def __post_init__(self, need):
        pass


attempt(replace, R2(1, 2))
print(replace(R2(1, 2), need=3))
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(Custom),
      is_dataclass(3), is_dataclass(list[int]))

print('--- make_dataclass')
MD = make_dataclass('MD', ['a', ('b', int), ('c', tuple, field(default_factory=tuple)),
                           ('d', str, 'dee')],
                    namespace={'double': lambda self: self.b * 2},
                    frozen=True)
m = MD(1, 2)
print(m, m.double(), MD.__doc__, MD.__module__, MD.__qualname__)
print(MD.__init__.__qualname__, hash(m) == hash(MD(1, 2)))
attempt(setattr, m, 'a', 3)
MD2 = make_dataclass('MD2', [('e', int, 5)], bases=(MD,), frozen=True,
                     order=True)
print(MD2(1, 2), MD2(1, 2) < MD2(1, 3))
attempt(make_dataclass, 'X', ['a', 'a'])
attempt(make_dataclass, 'X', ['class'])
attempt(make_dataclass, 'X', ['a b'])
attempt(make_dataclass, 'X', [('a', int, 1, 2)])
attempt(make_dataclass, 'X', [3])
print(make_dataclass('E', [])(), make_dataclass('S', ['q'], slots=True).__slots__)

print('--- params')
print(P.__dataclass_params__, Frozen.__dataclass_params__)
print(dataclasses.MISSING is fields(P)[0].default,
      repr(fields(P)[0].default_factory).startswith('<dataclasses._MISSING_TYPE'))
print(dataclasses.field(default=1).__class__ is dataclasses.Field)
