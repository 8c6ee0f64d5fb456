# An imported module's `if __name__ == "__main__"` block does not run
import pkg_main_guard.tool as tool
print(tool.main(), tool.ran_as_script, tool.__name__)
print(__name__)
import _helper_math
print(_helper_math.where())
if __name__ == "__main__":
    print("this test file itself is __main__")
import sys
main_mod = sys.modules["__main__"]
print(main_mod.__name__, hasattr(main_mod, "tool"), main_mod.tool is tool)
print(sys.modules["pkg_main_guard.tool"] is tool, "pkg_main_guard" in sys.modules)
import pkg_main_guard
print(pkg_main_guard.tool is tool, pkg_main_guard.__name__)
def helper():
    return __name__
print(helper(), tool.main.__module__, tool.main.__globals__["__name__"])
