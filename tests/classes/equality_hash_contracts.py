# Objects used as dict keys and set members must keep hash/eq consistent
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(0, 0), Point(1, 1), Point(0, 0)}
print(len(pts), Point(1, 1) in pts, Point(2, 2) in pts)
d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
print(d, d[Point(1, 2)])
p = Point(5, 5)
s = {p}
p.x = 6
print(p in s, Point(6, 5) in s, Point(5, 5) in s, len(s))
print(Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2), (1, 2) == Point(1, 2), Point(1, 2) != 3)
class Ordered(Point):
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
print(sorted([Ordered(2, 1), Ordered(1, 5), Ordered(1, 2)]))
print(hash(Ordered(1, 2)) == hash(Point(1, 2)), Ordered(1, 2) == Point(1, 2))
class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
keys = {CaseInsensitive("Hello"): 1}
print(keys.get(CaseInsensitive("HELLO")), CaseInsensitive("a") == "A", "A" == CaseInsensitive("a"))
