# __slots__ across inheritance chains, with __weakref__ and defaults via class attrs
import weakref
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
class W:
    __slots__ = ("v", "__weakref__")
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"), B.__slots__, A.__slots__)
c = C()
c.a, c.b, c.extra = 1, 2, 3
print(vars(c), c.a, hasattr(c, "__dict__"))
w = W()
w.v = 5
r = weakref.ref(w)
print(r() is w, r().v)
try:
    weakref.ref(b)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in B.__dict__ if not k.startswith("__")), type(B.__dict__["b"]).__name__)
class Defaults:
    __slots__ = ("x", "y")
    def __init__(self, x, y=None):
        self.x = x
        if y is not None:
            self.y = y
d = Defaults(1)
print(d.x, hasattr(d, "y"), getattr(d, "y", "unset"))
d.y = 2
print(d.y)
del d.x
print(hasattr(d, "x"))
