# vars(), dir(), globals(), locals()
import math
g_value = 1

class K:
    cls_attr = 1
    def __init__(self):
        self.inst_attr = 2
    def method(self):
        pass

k = K()
print(vars(k), [n for n in vars(K) if not n.startswith("__")])
print([n for n in dir(k) if not n.startswith("__")])
print([n for n in dir(K) if not n.startswith("_")], "__init__" in dir(K))
print(dir(k) == sorted(dir(k)), "inst_attr" in dir(k), "cls_attr" in dir(k))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print("sqrt" in dir(math), "pi" in vars(math), vars(math)["pi"])

def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))

def g():
    x = 1
    def inner():
        return x
    return sorted(locals()), inner()
print(g())

print("g_value" in globals(), globals()["g_value"], globals() is globals())
globals()["created_via_globals"] = "yes"
print(created_via_globals)
print(sorted(k for k in globals() if not k.startswith("__")))
print(locals() is globals())
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(WithDir()))
def dir_no_args():
    a = b = 1
    return dir()
print(dir_no_args())
