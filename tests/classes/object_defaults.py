# Behaviour inherited from object
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b)
print(a.__eq__(b), a.__ne__(a))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object at 0x"))
print(format(a, "") == str(a))
try:
    format(a, "d")
except TypeError as e:
    print("TypeError:", e)
print(hash(a) == hash(a), type(hash(a)).__name__)
print(bool(a), Plain.__bases__, object.__bases__)
print(sorted(n for n in dir(a) if not n.startswith("__")))
print("__init__" in dir(a), "__class__" in dir(a))
print(a.__class__ is Plain, Plain.__class__ is type)
print(object().__class__.__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Plain.__name__, Plain.__module__, Plain.__dict__.get("__doc__"))
print(isinstance(Plain, object), isinstance(object, type), isinstance(type, object))
print(type.__mro__, object.__mro__)
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__)
