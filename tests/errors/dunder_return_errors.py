# Special methods returning values of the wrong type
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<14}", type(e).__name__, e)

def make(**methods):
    return type("Bad", (), methods)()

show("__len__ str", lambda: len(make(__len__=lambda s: "3")))
show("__len__ neg", lambda: len(make(__len__=lambda s: -1)))
show("__bool__ int", lambda: bool(make(__bool__=lambda s: 1)))
show("__hash__ str", lambda: hash(make(__hash__=lambda s: "h")))
show("__hash__ float", lambda: hash(make(__hash__=lambda s: 1.5)))
show("__index__ str", lambda: [1, 2][make(__index__=lambda s: "0")])
show("__int__ float", lambda: int(make(__int__=lambda s: 1.5)))
show("__float__ int", lambda: float(make(__float__=lambda s: 1)))
show("__complex__", lambda: complex(make(__complex__=lambda s: 1)))
show("__str__ int", lambda: str(make(__str__=lambda s: 1)))
show("__repr__ None", lambda: repr(make(__repr__=lambda s: None)))
show("__format__", lambda: format(make(__format__=lambda s, spec: 5)))
show("__iter__ int", lambda: iter(make(__iter__=lambda s: 5)))
show("__bytes__ str", lambda: bytes(make(__bytes__=lambda s: "x")))
show("__length_hint__", lambda: list(make(__iter__=lambda s: iter([1]), __length_hint__=lambda s: "x")))
show("__contains__", lambda: 1 in make(__contains__=lambda s, x: [1]))
show("__eq__ list", lambda: make(__eq__=lambda s, o: [1]) == 1)
show("__lt__ in sort", lambda: sorted([make(__lt__=lambda s, o: 1 / 0), make()]))
show("__init__ returns", lambda: type("I", (), {"__init__": lambda s: 1})())
show("__new__ raises", lambda: type("N", (), {"__new__": lambda c: 1 / 0})())
show("__enter__ only", lambda: exec("with m: pass", {"m": make(__enter__=lambda s: s)}))
show("__getitem__ missing", lambda: make(__len__=lambda s: 1)[0])
show("__call__ raises", lambda: make(__call__=lambda s: [][1])())
