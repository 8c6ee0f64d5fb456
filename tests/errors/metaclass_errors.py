# Errors raised by metaclass hooks
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(f"{cls.__name__} cannot be instantiated")
class Static(metaclass=NoInstances):
    pass
show("meta __call__", lambda: Static())

class Validating(type):
    def __new__(mcls, name, bases, ns):
        if "required" not in ns and bases:
            raise TypeError(f"class {name} lacks 'required'")
        return super().__new__(mcls, name, bases, ns)
class Root(metaclass=Validating):
    pass
def make_child():
    class Child(Root):
        pass
show("meta __new__", make_child)
def make_ok():
    class Good(Root):
        required = True
    return Good.__name__
show("meta ok", make_ok)
def bad_meta():
    class X(metaclass=5):
        pass
show("metaclass=5", bad_meta)
def meta_returns_int():
    class Y(metaclass=lambda n, b, ns: 42):
        pass
    return Y
show("meta returns 42", meta_returns_int)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
def use_bad_prepare():
    class Z(metaclass=BadPrepare):
        pass
show("bad __prepare__", use_bad_prepare)
class InitFails(type):
    def __init__(cls, name, bases, ns):
        raise RuntimeError("meta init failed for " + name)
def use_init_fails():
    class W(metaclass=InitFails):
        pass
show("meta __init__", use_init_fails)
show("type.__new__ bad", lambda: type.__new__(type, "N", (), {"__slots__": 5}))
