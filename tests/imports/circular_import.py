# Circular imports between two modules of a package
import pkg_circular.a as a
import pkg_circular.b as b
print(a.use_b())
print(b.use_a())
print(a.b is b, b.a is a)
import sys
print("pkg_circular.a" in sys.modules, "pkg_circular.b" in sys.modules)
# importing again does not re-run either module body
import pkg_circular.a
import pkg_circular.b
from pkg_circular import a as a2, b as b2
print(a2 is a, b2 is b, a.A_VALUE, b.B_VALUE)
print(sorted(n for n in vars(a) if not n.startswith("__")))
print(sorted(n for n in vars(b) if not n.startswith("__")))
import pkg_circular
print(pkg_circular.a is a, pkg_circular.b is b, sorted(k for k in vars(pkg_circular) if not k.startswith("__")))
