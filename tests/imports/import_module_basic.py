# Importing a .py module that lives beside the test
import sys
print("before import", "_helper_math" in sys.modules)
import _helper_math
print("after import", "_helper_math" in sys.modules)
print(_helper_math.square(7), _helper_math.cube(3), _helper_math.PI_ISH)
print(_helper_math.__name__, _helper_math.where(), _helper_math._internal())
print(type(_helper_math).__name__, _helper_math.__doc__)
import _helper_math as hm
print(hm is _helper_math, hm is sys.modules["_helper_math"])
import _helper_math   # second import: body does not run again
v = hm.Vector(1, 2)
print(v, type(v).__name__, type(v).__module__, isinstance(v, _helper_math.Vector))
print(_helper_math.__file__.endswith("_helper_math.py"))
print(sorted(n for n in dir(_helper_math) if not n.startswith("__")))
print(_helper_math.__dict__["square"] is _helper_math.square)
_helper_math.new_attr = "added from outside"
print(hm.new_attr)
