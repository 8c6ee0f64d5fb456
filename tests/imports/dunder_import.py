# __import__ and importlib.import_module
m = __import__("_helper_math")
print(m.square(5))
top = __import__("pkg_shapes.util.geometry")
print(top.__name__)
leaf = __import__("pkg_shapes.util.geometry", fromlist=["PI"])
print(leaf.__name__, leaf.PI)
import importlib
g = importlib.import_module("pkg_shapes.util.geometry")
print(g is leaf)
math = importlib.import_module("math")
print(math.sqrt(81))
try:
    importlib.import_module("shoal_nope_module")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import sys
print(sys.modules["pkg_shapes.util.geometry"] is g)
