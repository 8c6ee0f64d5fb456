# typing: special forms, aliases, reprs and introspection
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet,
                    Type, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, Literal, Final, ClassVar,
                    Annotated, cast, get_origin, get_args, NewType, TYPE_CHECKING)

print(Any, Optional[int], Union[int, str], Union[int, str, None])
print(Optional[Union[int, str]], Union[int], Union[int, Union[str, int]])
print(List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Set[int], FrozenSet[str], Type[int], Iterable[int], Iterator[str])
print(Generator[int, None, None], Sequence[str], Mapping[str, int], MutableMapping)
print(Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal[1, 'a'], Literal[1, 1, 2], Final[int], ClassVar[List[int]])
print(Annotated[int, 'meta'], Annotated[Annotated[int, 1], 2])
print(List[Dict[str, Optional[int]]], Dict[str, list[int]])
print(Union[int, str] == Union[str, int], List[int] == List[int], Literal[1] == Literal[1])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]))
print(get_origin(Literal[1]), get_origin(Annotated[int, 'x']), get_origin(int), get_origin(int | str))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Callable[..., int]))
print(get_args(Optional[int]), get_args(Annotated[int, 'x', 2]), get_args(int), get_args(Tuple[()]))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(3, Iterable))
print(isinstance(1, Union[int, str]), isinstance(1.5, Optional[int]))
print(cast(int, 'x'), cast('List[int]', 3), TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
print(int | None, Optional[int] | str, str | List[int])
for bad in [lambda: List[int, str], lambda: List(), lambda: isinstance([], List[int]),
            lambda: Union[()], lambda: Any(), lambda: isinstance(1, Any),
            lambda: Optional[int, str], lambda: Callable[int], lambda: isinstance(1, Union),
            lambda: ClassVar[int, str], lambda: Annotated[int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(typing.Text, typing.AnyStr, typing.NoReturn, typing.Hashable, typing.Sized)
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int])
print(typing.ForwardRef('X'), Optional['X'], List['int'])
print(typing.Collection[int], typing.Container[int], typing.Reversible, typing.AbstractSet[int])
print(typing.ChainMap, typing.Awaitable, typing.Coroutine, typing.AsyncIterator)
print(typing.List.__origin__, List[int].__origin__, List[int].__args__, Dict[str, int].__parameters__)
print(typing.Sized.__origin__, Callable[[int], str].__args__)
