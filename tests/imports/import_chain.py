# A module importing another module that imports a package
import sys
print("_helper_shapes_user" in sys.modules, "pkg_shapes" in sys.modules)
import _helper_shapes_user as hsu
print("_helper_shapes_user" in sys.modules, "pkg_shapes" in sys.modules)
print([type(s).__name__ for s in hsu.unit_shapes()], hsu.SCALE)
print(hsu.Circle is sys.modules["pkg_shapes"].Circle, hsu.geo.__name__)
print([round(s.area(), 3) for s in hsu.unit_shapes()])
from _helper_shapes_user import geo as g2
print(g2 is hsu.geo, g2.parent_package())
print(sorted(n for n in vars(hsu) if not n.startswith("__")))
