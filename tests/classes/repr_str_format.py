# __repr__, __str__ and __format__
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        if spec:
            return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
        return str(self)

p = P(3, 4)
print(p)
print(repr(p), str(p))
print([p], (p,), {"k": p})
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:polar}", f"{p:08.3f}")
print("{}".format(p), "{0!r}".format(p), "{:>5}".format(p))
print(format(p, "x"), format(p))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")

class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
try:
    format(OnlyStr(), "10")
except TypeError as e:
    print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Nested:
    def __repr__(self):
        return "N[" + repr([P(1, "a")]) + "]"
print(Nested())
print("%s and %r" % (p, p))
