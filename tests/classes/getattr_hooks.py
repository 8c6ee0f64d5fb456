# __getattr__ (fallback) vs __getattribute__ (always)
class Fallback:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

f = Fallback()
print(f.existing, f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "dyn_x"), getattr(f, "nope", "default"), hasattr(f, "nope"))

class Tracing:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.value * 2
t = Tracing()
print(t.value)
print(t.method())

class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
b = Both()
b.real = "real attr"
print(b.real, b.special, b.missing)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__len__())
class Recursion:
    def __getattr__(self, name):
        if name == "a":
            return self.b
        return "b-value"
print(Recursion().a)
