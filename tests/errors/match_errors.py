# Runtime errors from match statements
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<22}", type(e).__name__, e)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class NoArgs:
    pass
class BadMatchArgs:
    __match_args__ = ["x"]
not_a_class = 5

def m1(v):
    match v:
        case Point(1, 2, 3):
            return "three"
    return "none"
def m2(v):
    match v:
        case NoArgs(1):
            return "one"
    return "none"
def m3(v):
    match v:
        case not_a_class():
            return "?"
    return "none"
def m4(v):
    match v:
        case BadMatchArgs(1):
            return "?"
    return "none"
def m5(v):
    match v:
        case Point(x=1):
            return "x is 1"
    return "none"
show("too many positional", lambda: m1(Point(1, 2)))
show("no __match_args__", lambda: m2(NoArgs()))
show("not a class", lambda: m3(1))
show("bad __match_args__", lambda: m4(BadMatchArgs()))
show("no match", lambda: m1(5))
show("keyword ok", lambda: m5(Point(1, 0)))
def m6(v):
    match v:
        case {"k": value}:
            return value
    return "none"
class BadMapping(dict):
    def get(self, *a):
        raise RuntimeError("get exploded")
show("mapping get raises", lambda: m6(BadMapping(k=1)))
def m7(v):
    match v:
        case Point(y=yy):
            return yy
show("attr missing", lambda: m7(Point.__new__(Point)))
