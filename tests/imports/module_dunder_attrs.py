# Dunder attributes of modules and packages
import _helper_math as m
import pkg_shapes
import pkg_shapes.util.geometry as geo
import math, sys
print(m.__name__, m.__package__ == "", m.__spec__.name, m.__loader__ is not None)
print(pkg_shapes.__name__, pkg_shapes.__package__, pkg_shapes.__spec__.name, type(pkg_shapes.__path__).__name__)
print(geo.__name__, geo.__package__, geo.__spec__.parent)
print(m.__file__.endswith("_helper_math.py"), geo.__file__.endswith("geometry.py"))
print(hasattr(m, "__path__"), hasattr(pkg_shapes, "__path__"), hasattr(math, "__file__") or True)
print(sys.__name__, math.__name__, type(math).__name__, type(m) is type(sys))
print(m.__doc__.split()[0], pkg_shapes.__doc__, geo.__doc__)
print("__builtins__" in vars(m), m.__dict__ is vars(m), isinstance(vars(m), dict))
print(__name__, __package__, __spec__ is None)
