# getattr, setattr, hasattr, delattr
class Obj:
    cls_attr = "class level"
    def method(self):
        return "method result"
    @property
    def prop(self):
        return "property value"
    @property
    def broken(self):
        raise ValueError("property raised")
o = Obj()
setattr(o, "x", 10)
setattr(o, "with space", "odd name")
print(getattr(o, "x"), o.x, getattr(o, "with space"), getattr(o, "cls_attr"), getattr(o, "method")())
print(getattr(o, "missing", None), getattr(o, "prop"), hasattr(o, "x"), hasattr(o, "missing"), hasattr(o, "prop"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    hasattr(o, "broken")
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
delattr(o, "x")
print(hasattr(o, "x"), sorted(vars(o)))
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "real", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "cls_attr")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Obj, "added", lambda self: "added method")
print(o.added(), getattr(Obj, "added").__name__)
for name in ["upper", "lower", "title"]:
    print(getattr("MiXed", name)())
print(getattr([], "append").__name__, hasattr(len, "__call__"), getattr(None, "__class__"))
print(getattr(o, "x", "default even if x was deleted"))
