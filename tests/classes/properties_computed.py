# Computed and cached properties, validation, and inheritance of properties
class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
    @property
    def area(self):
        return self.w * self.h
    @property
    def aspect(self):
        return self.w / self.h

class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def area(self):
        return "square area " + str(super().area)

r = Rectangle(4, 2)
print(r.area, r.aspect)
r.w = 10
print(r.area, r.w, r._w)
try:
    r.w = -1
except ValueError as e:
    print("ValueError:", e)
s = Square(3)
print(s.area, s.aspect)
print(isinstance(Rectangle.__dict__["area"], property), "area" in Square.__dict__)
print(Rectangle.area.fget.__name__, Rectangle.w.fset is not None, Rectangle.area.fset)
class Counter:
    def __init__(self):
        self._n = 0
    n = property(lambda self: self._n, doc="read-only counter")
    def inc(self):
        self._n += 1
        return self
print(Counter().inc().inc().n, Counter.n.__doc__)
