from .util.geometry import PI, scale
from .base import Shape

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * self.r * self.r
    def grown(self, k):
        return Circle(scale(self.r, k))
