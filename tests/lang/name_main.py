# The main program runs with __name__ == "__main__"
print(__name__)

def main():
    print("main() called")
    return 0

if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported")

import sys
mod = sys.modules["__main__"]
print(mod.__name__, mod.main is main)
print(type(__builtins__).__name__ in ("module", "dict"))
print(__file__.endswith("name_main.py"))
print(__doc__)
print(__spec__ is None or True)
print(globals()["__name__"])
x = 3
print(mod.x)
print(sys.modules[__name__] is mod)
def check():
    return __name__
print(check())
print(__package__)
