# Relative imports inside a package (from . and from ..)
from pkg_shapes.util import geometry, BaseShape
from pkg_shapes import base, circle, square
print(geometry.scale(2, 5), BaseShape is base.Shape)
print(issubclass(circle.Circle, BaseShape), issubclass(square.Square, base.Shape))
print(circle.PI == geometry.PI, circle.scale is geometry.scale)
print(square.util is __import__("pkg_shapes.util").util)
print(geometry.__name__, geometry.__package__, base.__package__)
print(circle.Circle(2).describe())
print(square.Square(1.5).describe())
try:
    base.Shape().area()
except NotImplementedError:
    print("abstract area not implemented")
import importlib
g = importlib.import_module(".util.geometry", "pkg_shapes")
print(g is geometry)
m = importlib.import_module("pkg_shapes.util")
print(m.pi_constant)
