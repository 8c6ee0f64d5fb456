# Classes from imported modules: identity, __module__, isinstance, pickling-free checks
import _helper_math
from _helper_math import Vector
import _helper_math as alias
v1 = Vector(1, 2)
v2 = alias.Vector(3, 4)
print(type(v1) is type(v2), Vector is alias.Vector, Vector.__module__, Vector.__qualname__)
print(isinstance(v2, _helper_math.Vector), repr(v1), repr(v2))
print(type(v1).__name__, type(v1).__module__, v1.__class__.__module__ == _helper_math.__name__)
class Local(Vector):
    pass
l = Local(5, 6)
print(isinstance(l, Vector), Local.__module__, Local.__mro__[1].__module__, repr(l))
import pkg_shapes
print(pkg_shapes.Circle.__module__, pkg_shapes.Square.__mro__[1].__module__)
print(pkg_shapes.util.BaseShape is pkg_shapes.base.Shape)
