# Importing a package with __init__.py and submodules
import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.__name__, pkg_shapes.__package__)
c = pkg_shapes.Circle(1)
s = pkg_shapes.Square(2)
print(round(c.area(), 5), s.area())
print(pkg_shapes.describe_all([c, s]))
print(type(c).__module__, type(s).__module__)
print(pkg_shapes.circle.Circle is pkg_shapes.Circle)
import pkg_shapes.util.geometry
print(pkg_shapes.util.geometry.PI, pkg_shapes.util.pi_constant, pkg_shapes.util.BaseShape.__name__)
print(pkg_shapes.util.geometry.parent_package(), pkg_shapes.util.__package__)
print(pkg_shapes.__file__.endswith("__init__.py"), hasattr(pkg_shapes, "__path__"))
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg_shapes")))
print(c.grown(3).r, s.grown(2).side)
