# AttributeError messages on instances, classes, modules and builtins
def show(fn):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Point:
    def __init__(self):
        self.x = 1
class Slotted:
    __slots__ = ("a",)
show(lambda: Point().y)
show(lambda: Point.y)
show(lambda: Slotted().a)
show(lambda: (5).foo)
show(lambda: "s".foo)
show(lambda: None.foo)
show(lambda: [].push(1))
show(lambda: {}.add(1))
show(lambda: (1, 2).append(3))
show(lambda: int.foo)
show(lambda: type.foo)
import math
show(lambda: math.tau2)
import sys
show(lambda: sys.nonexistent)
show(lambda: len.__foo__)
show(lambda: (lambda: 0).attr)
show(lambda: setattr(5, "x", 1))
show(lambda: setattr("s", "upper", 1))
show(lambda: setattr(int, "x", 1))
show(lambda: setattr(None, "x", 1))
show(lambda: delattr(Point(), "x") or delattr(Point(), "x") or Point().x)
show(lambda: setattr(Slotted(), "b", 1))
show(lambda: object().x)
show(lambda: (1).real.imag.foo)
def f():
    pass
show(lambda: f.__code__.nope)
show(lambda: delattr(f, "__name__"))
show(lambda: [].__len__.__self__.nope)
try:
    Point().missing
except AttributeError as e:
    print(e.args, e.name, type(e.obj).__name__)
