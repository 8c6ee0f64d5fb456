# Attribute and method loads on modules and on callables kept in an
# instance's __dict__ go through the attribute cache (kind: instance dict);
# each case must still behave as a plain lookup.
import math
import types

m = types.ModuleType("m")
m.f = lambda x: x * 2
m.value = 10


def calls(n):
    out = []
    for i in range(n):
        out.append(m.f(i) + m.value + int(math.sqrt(16)))
    return out


print(calls(3))
m.f = lambda x: x * 3  # rebinding the module attribute
print(calls(3))
del m.value
try:
    calls(1)
except AttributeError as e:
    print("AttributeError:", e)
m.__getattr__ = lambda name: 100 if name == "value" else None
print(calls(2))  # module __getattr__ after a dict miss
del m.__getattr__
del m.f
try:
    m.f(1)
except AttributeError as e:
    print("AttributeError:", e)


class Holder:
    pass


h = Holder()
h.f = lambda: "instance attribute"


def call_f(obj, n):
    return [obj.f() for _ in range(n)]


print(call_f(h, 2))
Holder.f = lambda self: "method"  # the class gains an attribute of that name
print(call_f(h, 2))  # a non-data descriptor: the instance attribute still wins
del h.f
print(call_f(h, 2))
Holder.f = property(lambda self: lambda: "property result")
h2 = Holder()
print(call_f(h2, 1))
e = Holder()
try:
    e.g()
except AttributeError as exc:
    print("AttributeError:", exc)


class Sub(types.ModuleType):
    def f(self, x):
        return ("method of subclass", x)


s = Sub("s")
s.f2 = len
print([s.f(1), s.f2("abc")] * 1)
print(math.floor(2.5), math.pi > 3)
