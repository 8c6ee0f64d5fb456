# Adding a directory to sys.path makes its modules importable
import sys
import os
here = os.path.dirname(__file__)
print(os.path.basename(here))
try:
    import plugin_mod
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, os.path.join(here, "pkg_pathdir"))
import plugin_mod
print(plugin_mod.NAME)
print(plugin_mod.run(), plugin_mod.__name__)
import pkg_pathdir.plugin_mod as other
print(other is plugin_mod, other.__name__)
