# An imported module's `if __name__ == "__main__"` block does not run
import pkg_main_guard.tool as tool
print(tool.main(), tool.ran_as_script, tool.__name__)
print(__name__)
import _helper_math
print(_helper_math.where())
if __name__ == "__main__":
    print("this test file itself is __main__")
