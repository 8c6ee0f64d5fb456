# type(), isinstance, __class__, __name__, __qualname__, __module__, callable
import math
class Outer:
    class Inner:
        def method(self):
            pass
    def method(self):
        pass
def func():
    pass
things = [1, "s", [], Outer, Outer(), Outer.Inner, Outer.Inner.method, func, len, math, math.sqrt, None, type]
for t in things:
    name = getattr(t, "__qualname__", getattr(t, "__name__", None))
    print(type(t).__name__, name, callable(t))
print(Outer.__module__, func.__module__, math.__name__, len.__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().method.__qualname__)
print(type(Outer()).__qualname__, Outer().__class__ is Outer, type(Outer) is type)
print(int.__mro__, bool.__base__, Outer.__bases__, Outer.Inner.__bases__)
print(isinstance(Outer.Inner(), Outer), hasattr(Outer, "Inner"), type(Outer.__dict__).__name__)
