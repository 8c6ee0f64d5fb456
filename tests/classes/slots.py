# __slots__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(Point.__slots__)
print(type(Point.__dict__["x"]).__name__)

class Partial:
    __slots__ = ("a", "b")
q = Partial()
q.a = 1
try:
    q.b
except AttributeError as e:
    print("AttributeError:", e)
del q.a
print(hasattr(q, "a"))

class Child(Point):
    pass
c = Child(1, 2)
c.extra = "child has __dict__"
print(c.extra, vars(c))

class ChildSlots(Point):
    __slots__ = ("z",)
cs = ChildSlots(1, 2)
cs.z = 3
print(cs.x, cs.y, cs.z)
try:
    cs.w = 1
except AttributeError as e:
    print("AttributeError:", e)

class WithDict:
    __slots__ = ("v", "__dict__")
w = WithDict()
w.v = 1
w.other = 2
print(w.v, w.__dict__)
class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = "single string slot"
print(s.only)
