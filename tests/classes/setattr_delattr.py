# __setattr__ and __delattr__ hooks
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)

o = Logged()
o.b = [2]
o.a += 10
print(vars(o))
del o.b
setattr(o, "c", 3)
delattr(o, "c")
print(vars(o))

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
fz = Frozen(5)
print(fz.x)
for action in (lambda: setattr(fz, "x", 6), lambda: delattr(fz, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        self.__dict__[name] = value
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age, v.__dict__)
class Upper:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.upper(), value)
u = Upper()
u.name = "x"
print(vars(u))
