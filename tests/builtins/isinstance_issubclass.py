# isinstance / issubclass with classes, tuples, and abstract bases
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)), issubclass(bool, (str, int)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(1, int | str), isinstance("x", int | None), issubclass(bool, int | float))
for bad in [lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: issubclass(int, "x"), lambda: isinstance(1, (int, 5)) or isinstance(1, (5, int))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
from collections.abc import Iterable, Sized, Callable, Hashable, Mapping, Sequence
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance("", Sized), isinstance(len, Callable))
print(isinstance([], Hashable), isinstance({}, Mapping), isinstance((), Sequence), isinstance({}, Sequence))
print(type(b) is B, type(b) is A, type(b) == B, B.__class__ is type)
