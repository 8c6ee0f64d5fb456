# match: guards with side effects, nested patterns, value patterns, as-bindings
class Color:
    RED = "red"
    GREEN = "green"

class Shape:
    pass
class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h

def area(s):
    match s:
        case Circle(r) if r < 0:
            return "invalid circle"
        case Circle(r=0) | Rect(0, _) | Rect(_, 0):
            return "degenerate"
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case [Shape() as first, *others]:
            return f"list starting with {type(first).__name__} (+{len(others)})"
        case {"kind": "circle", "r": r, **rest}:
            return f"dict circle {r} extra={sorted(rest)}"
        case Color.RED:
            return "red enum"
        case str() as text if text.isdigit():
            return int(text)
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case _:
            return "unknown"

tests = [Circle(-1), Circle(0), Rect(0, 5), Circle(2), Rect(3, 3), Rect(2, 5),
         [Rect(1, 1), Circle(1)], {"kind": "circle", "r": 4, "z": 0, "a": 1},
         Color.RED, Color.GREEN, "123", "abc", 2, 7]
for t in tests:
    print(area(t))
def nested(v):
    match v:
        case [(a, b), [c, *d]] if d:
            return a, b, c, d
        case [(a, b), [c]]:
            return "short", a, b, c
    return None
print(nested([(1, 2), [3, 4, 5]]), nested([(1, 2), [3]]), nested([1]))
