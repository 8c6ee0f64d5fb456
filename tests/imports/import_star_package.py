# from package import * honours the package's __all__
from pkg_shapes import *
names = dir()
print(sorted(n for n in ("Circle", "Square", "VERSION", "describe_all", "util", "circle") if n in names))
print(VERSION, Circle(1).area() > 3, Square(3).area())
import pkg_shapes
print(pkg_shapes.__all__)
print("describe_all" in names, "util" in names)
print(pkg_shapes.Circle is Circle, Circle.__module__)
from _helper_math import *
names = dir()
print(sorted(n for n in ("square", "cube", "PI_ISH", "Vector", "where", "_internal") if n in names))
print(square(3), cube(2), PI_ISH)
ns = {}
exec("from pkg_shapes import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
exec("from _helper_math import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
