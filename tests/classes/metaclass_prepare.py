# Metaclass __prepare__, class-level methods and attribute lookup on the metaclass
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": "by prepare"}

    def __new__(mcls, name, bases, ns, **kw):
        ns["fields"] = [k for k in ns if not k.startswith("__") and k != "injected"]
        return super().__new__(mcls, name, bases, ns)

    def describe(cls):
        return f"class {cls.__name__} with {cls.fields}"

    meta_attr = "on the metaclass"

class Model(metaclass=OrderedMeta, tag="x"):
    zeta = 1
    alpha = 2
    def method(self):
        return injected

print(Model.fields, Model.injected)
print(Model.describe())
print(Model.meta_attr)
print(hasattr(Model(), "meta_attr"), hasattr(Model(), "describe"))

class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shouty(metaclass=Upper):
    greeting = "hi"
    def talk(self):
        return "talking"
print(Shouty.GREETING, Shouty().TALK(), hasattr(Shouty, "greeting"))

class Counted(type):
    def __len__(cls):
        return len(cls.items)
    def __iter__(cls):
        return iter(cls.items)
    def __getitem__(cls, i):
        return cls.items[i]
class Colors(metaclass=Counted):
    items = ["red", "green"]
print(len(Colors), list(Colors), Colors[1])
print(type(Colors).__mro__)
