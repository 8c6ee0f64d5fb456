# Customising str/repr of exceptions and the args tuple
class WithArgs(Exception):
    pass
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a, self.b = a, b
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
class CustomRepr(Exception):
    def __repr__(self):
        return "<CustomRepr>"
class CustomStr(ValueError):
    def __str__(self):
        return "custom: " + super().__str__()

for e in [WithArgs(), WithArgs("one"), WithArgs(1, 2), WithInit("x", 2), NoSuper(7),
          CustomRepr("r"), CustomStr("s"), CustomStr(), CustomStr(1, 2)]:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
n = NoSuper(7)
print(n.value, n.args)
try:
    raise CustomStr("raised")
except ValueError as e:
    print(f"{e}", f"{e!r}", "%s" % e)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), str(KeyError(["list"])))
print(repr(OSError(2, "x")), str(OSError(2, "x")), str(OSError(1, 2, 3, 4, 5, 6)))
