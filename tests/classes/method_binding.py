# Bound and unbound methods, methods stored in instances
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n

c1, c2 = C(1), C(2)
m1 = c1.get
print(m1(), C.get(c2), type(m1).__name__, type(C.get).__name__)
print(m1 == c1.get, m1 is c1.get, c1.get == c2.get)
print(m1.__self__ is c1, m1.__func__ is C.get, m1.__name__)
print(list(map(C.get, [c1, c2])), list(map(c2.add, [10, 20])))

c1.get = lambda: "instance-level function (not bound)"
print(c1.get(), c2.get())
del c1.get
print(c1.get())

def external(self, x):
    return f"external {self.v} {x}"
C.ext = external
print(c1.ext("a"))

class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
inc = Counter().inc
print(inc(), inc(), inc())
methods = [Counter().inc for _ in range(3)]
print([m() for m in methods])
print(C.add.__qualname__, c1.add.__qualname__)
import types
bm = types.MethodType(external, c2)
print(bm("bound manually"))
print(getattr(c2, "add")(5))
