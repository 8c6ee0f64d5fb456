# STORE_ATTR's inline cache: stores go to the instance dict only while the
# class has no data descriptor or __setattr__ for the name.


class P:
    pass


def setx(o, v):
    o.x = v


p = P()
for i in range(3):
    setx(p, i)
print(p.x, p.__dict__)

# a property added to the class later takes over the store
P.x = property(lambda self: "prop", lambda self, v: print("setter got", v))
setx(p, 10)
print(p.x, p.__dict__)
del P.x
setx(p, 11)
print(p.x, p.__dict__)

# __setattr__ added later
P.__setattr__ = lambda self, name, v: print("__setattr__", name, v)
setx(p, 12)
print(p.__dict__)
del P.__setattr__
setx(p, 13)
print(p.__dict__)


# a method name (non-data descriptor) is shadowed by the instance
class M:
    def x(self):
        return "method"


m = M()
setx(m, "value")
print(m.x, M.x(m))


# slots and no instance dict
class S:
    __slots__ = ("x",)


s = S()
setx(s, 1)
print(s.x)


class T:
    __slots__ = ("y",)


try:
    setx(T(), 1)
except AttributeError as e:
    print("AttributeError:", e)

# instances without a dict yet, then many instances of several classes
objs = [P(), M(), S(), P()]
for k, o in enumerate(objs):
    setx(o, k)
print([o.x if not isinstance(o, M) else o.__dict__["x"] for o in objs])


# a class whose instances get a __dict__ replaced
class D:
    pass


d = D()
setx(d, 1)
d.__dict__ = {"y": 2}
setx(d, 3)
print(sorted(d.__dict__.items()))


# frozen-style dataclass setattr raising
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")


try:
    setx(Frozen(), 1)
except AttributeError as e:
    print("AttributeError:", e)
