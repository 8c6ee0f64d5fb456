# ImportError and ModuleNotFoundError
import sys
def show(src):
    try:
        exec(src, {})
        print("ok:", src)
    except ImportError as e:
        print(type(e).__name__, "|", str(e).split(" (")[0], "|", e.name)

show("import shoal_missing_module_xyz")
show("import pkg_shapes.nonexistent")
show("from pkg_shapes import nonexistent_name")
show("from shoal_missing_pkg import thing")
show("import _helper_math.sub")
show("from sys import not_a_sys_attribute")
show("import pkg_shapes.util.geometry.PI")
show("from pkg_shapes.util import geometry")
print(issubclass(ModuleNotFoundError, ImportError))
print("shoal_missing_module_xyz" in sys.modules)
try:
    exec("from . import something", {"__name__": "x", "__package__": None})
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
