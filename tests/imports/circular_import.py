# Circular imports between two modules of a package
import pkg_circular.a as a
import pkg_circular.b as b
print(a.use_b())
print(b.use_a())
print(a.b is b, b.a is a)
import sys
print("pkg_circular.a" in sys.modules, "pkg_circular.b" in sys.modules)
