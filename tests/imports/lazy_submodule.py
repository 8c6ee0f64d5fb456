# A submodule imported lazily from inside a package function
import sys
import pkg_version
print(pkg_version.__version__, pkg_version.version_tuple())
print("pkg_version.extra" in sys.modules, hasattr(pkg_version, "extra"))
print(pkg_version.load_extra())
print("pkg_version.extra" in sys.modules, hasattr(pkg_version, "extra"))
print(pkg_version.load_extra())
print(pkg_version.extra.FEATURE is sys.modules["pkg_version.extra"].FEATURE)
print(pkg_version.__doc__)
print(sorted(k for k in vars(pkg_version) if not k.startswith("__")))
