# callable(), len(), type() with one argument, object(), iter/next basics
print(callable(len), callable(print), callable(int), callable(lambda: 0), callable(5), callable("s"), callable(None))
class C:
    def __call__(self):
        return 1
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m), callable(C.m), callable(object()))
print(len("abc"), len([1, 2]), len({}), len({1: 2}), len(set()), len(range(5)), len(b"xy"), len((1,)), len("😀"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in [])
except TypeError as e:
    print("TypeError:", e)
print(type(1), type(1.0), type("s"), type(None), type(len), type(C), type(C()), type(type))
print(type(print).__name__, type(lambda: 0).__name__, type(C().m).__name__, type(iter([])).__name__)
print(type(x for x in []).__name__, type(range(1)).__name__, type(zip()).__name__, type(...).__name__)
o = object()
print(type(o).__name__, isinstance(o, object))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), bytes(), complex())
print(int.__name__, float.__qualname__, len.__name__, len.__module__ if hasattr(len, "__module__") else "")
try:
    type()
except TypeError as e:
    print("TypeError:", e)
print(type("A", (), {}).__name__)
