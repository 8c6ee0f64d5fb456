# typing: TypeVar, Generic, Protocol, NamedTuple, TypedDict, get_type_hints
from typing import (TypeVar, Generic, Protocol, runtime_checkable, NamedTuple,
                    TypedDict, List, Dict, Optional, get_type_hints, overload,
                    no_type_check, ClassVar, Annotated, Callable)
import typing

T = TypeVar('T')
K = TypeVar('K')
T_co = TypeVar('T_co', covariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(T, T_co, TypeVar('C', contravariant=True), N.__constraints__, B.__bound__, T.__name__)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

class Pair(Generic[K, T]):
    pass

print(Box.__parameters__, Pair.__parameters__, Box[int], Pair[str, List[int]])
print(Box.__mro__, Box.__orig_bases__)
b = Box[int](3)
print(b.get(), b.__orig_class__, type(b).__name__, Box('x').item)
print(Dict[str, T][int], List[T][Box[int]], Callable[[T], K][int, str])
class IntBox(Box[int]):
    pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox(4).get())
for bad in [lambda: Box[int, str], lambda: Generic[int], lambda: IntBox[int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self):
        pass

class Proto(Protocol):
    def meth(self) -> int: ...

print(isinstance(Resource(), Closable), isinstance(3, Closable), issubclass(Resource, Closable))
for bad in [lambda: isinstance(3, Proto), lambda: Proto()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p, Point(1), p.norm(), p._fields, Point._field_defaults, Point.__annotations__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields, isinstance(p, tuple))

class Movie(TypedDict):
    name: str
    year: int

class Movie2(Movie, total=False):
    rating: float

m = Movie(name='Blade Runner', year=1982)
print(m, type(m), sorted(Movie.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
print(Movie.__annotations__)
Alt = TypedDict('Alt', {'a': int, 'b': str})
print(Alt(a=1, b='x'), sorted(Alt.__annotations__))

class Node:
    value: int
    next: 'Optional[Node]'
    tags: ClassVar[List[str]] = []
    extra: Annotated[int, 'meta']

def f(a: int, b: 'List[str]' = None) -> 'Node':
    pass

print(get_type_hints(f))
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['extra'])

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(5), len(typing.get_overloads(g)))

@no_type_check
def h(x: 'undefined') -> None:
    pass
print(h.__no_type_check__, get_type_hints(h))
