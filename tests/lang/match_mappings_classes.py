# match statement: mapping and class patterns
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case _:
            return "not an event"

print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "q", "mod": "ctrl"}))
print(handle({"type": "scroll", "amount": 2}))
print(handle([1, 2]))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(7, 0), Point(2, 2), Point(1, 3), 42]:
    print(where(p))

match 42:
    case str() | bytes():
        print("text")
    case int(v):
        print("int", v)
match {"a": 1}:
    case {}:
        print("empty mapping pattern matches any mapping")
