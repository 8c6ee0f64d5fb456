# dataclasses: exceptions raised inside generated methods show frames
# File "<string>", line N, in <method>, with the line numbers CPython's
# generated source gives (the method's body starts at line 3).  The last
# one is left uncaught so the whole traceback is compared.
import sys
import traceback
from dataclasses import dataclass, field, FrozenInstanceError


def frames(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))
        for fr in traceback.extract_tb(sys.exc_info()[2]):
            if fr.filename == '<string>' or fr.filename.endswith('_tb.py'):
                name = fr.filename.rsplit('/', 1)[-1]
                print('   %s:%s in %s %r' % (name, fr.lineno, fr.name,
                                             fr.line))
    else:
        print('no exception')


def bad_factory():
    raise RuntimeError('factory failed')


@dataclass
class A:
    x: int
    y: int = 0
    z: list = field(default_factory=bad_factory)


@dataclass
class B:
    items: list = field(default_factory=bad_factory)


@dataclass(frozen=True)
class C:
    a: int
    b: int = 1
    c: list = field(default_factory=bad_factory, init=False)


@dataclass
class D:
    a: int

    def __post_init__(self):
        raise ValueError('post_init refuses %r' % (self.a,))


print('--- __init__')
frames(A, 1)
frames(B)
frames(C, 1)
frames(D, 7)
print(A(1, 2, [3]))


class Explosive:
    def __eq__(self, other):
        raise ArithmeticError('no comparing')

    def __lt__(self, other):
        raise ArithmeticError('no ordering')

    def __hash__(self):
        raise ArithmeticError('no hashing')

    def __repr__(self):
        raise ArithmeticError('no repr')


@dataclass(order=True, frozen=True)
class E:
    a: int
    b: object = None


print('--- __eq__, __lt__, __hash__, __repr__')
frames(lambda: E(1, Explosive()) == E(1, Explosive()))
frames(lambda: E(1, Explosive()) < E(1, Explosive()))
frames(lambda: E(1, None) <= E(1, 2))
frames(lambda: hash(E(1, Explosive())))
frames(lambda: hash(E(1, [])))
frames(lambda: repr(E(1, Explosive())))

print('--- frozen __setattr__ / __delattr__')
e = E(1)
frames(setattr, e, 'a', 2)
frames(delattr, e, 'b')


def assign():
    e.a = 5


frames(assign)


@dataclass
class Last:
    name: str
    parts: list = field(default_factory=bad_factory)


print('--- uncaught')
sys.stdout.flush()
Last('boom')
