# sys.modules can be inspected and modified; imports consult it first
import sys
import types
fake = types.ModuleType("shoal_fake_module", "A module created at runtime.")
fake.answer = 42
fake.greet = lambda name: "hi " + name
sys.modules["shoal_fake_module"] = fake
import shoal_fake_module
print(shoal_fake_module is fake, shoal_fake_module.answer, shoal_fake_module.greet("x"))
from shoal_fake_module import answer
print(answer, shoal_fake_module.__doc__, shoal_fake_module.__name__)
del sys.modules["shoal_fake_module"]
try:
    import shoal_fake_module as again
    print("still importable")
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys.modules).__name__, "builtins" in sys.modules, sys.modules["__main__"].__name__)
m = types.ModuleType("empty")
print(sorted(vars(m)), repr(m.__doc__))
print(isinstance(sys, types.ModuleType), type(sys) is types.ModuleType)
