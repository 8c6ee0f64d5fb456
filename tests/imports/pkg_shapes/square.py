from .base import Shape
from . import util

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
    def grown(self, k):
        return Square(util.geometry.scale(self.side, k))
