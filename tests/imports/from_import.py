# from-imports: names, aliases, star with __all__
from _helper_math import square, cube as kube, PI_ISH
print(square(4), kube(2), PI_ISH)
from _helper_math import *
print(sorted(n for n in ["square", "cube", "PI_ISH", "Vector", "_internal", "_private_value", "where"] if n in globals()))
from _helper_math import _private_value, Vector
print(_private_value, Vector(3, 4))
import _helper_math
_helper_math.PI_ISH = 3.0
print(PI_ISH, _helper_math.PI_ISH)
try:
    from _helper_math import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
def local_import():
    from _helper_math import square as sq
    return sq(9), "sq" in globals()
print(local_import())
