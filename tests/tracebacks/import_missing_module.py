# ModuleNotFoundError for a module that does not exist
import sys
import math
print("sys imported:", "sys" in sys.modules, math.floor(2.5))

def load_plugins(names):
    loaded = []
    for name in names:
        print("loading", name)
        loaded.append(__import__(name))
    return loaded

print([m.__name__ for m in load_plugins(["math", "sys"])])
import shoal_module_that_does_not_exist
print("not reached")
