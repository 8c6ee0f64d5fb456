# __new__ and __init__ interplay
class Tracker:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a, self.b = a, b

t = Tracker(1, b=2)
print(t.created, t.a, t.b)

class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInstance())

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called: __new__ returned a different type")
print(type(ReturnsOther()).__name__)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("init runs each time for", key)
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))

class PositiveInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
x = PositiveInt(-7)
print(x, type(x).__name__, x + 1, isinstance(x, int))

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    pass
try:
    TooMany(1)
except TypeError as e:
    print("TypeError:", e)
