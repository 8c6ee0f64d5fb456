# Data descriptors (with __set__) take precedence over instance __dict__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class Item:
    qty = Typed(int)
    price = Typed(float)

it = Item()
print(it.qty, it.price)
it.qty = 3
it.price = 2.5
print(it.qty, it.price, it.__dict__)
try:
    it.qty = "three"
except TypeError as e:
    print("TypeError:", e)
it.__dict__["qty"] = "sneaky"
print(it.qty)
print(Item.qty)
del it.price
print(it.price, it.__dict__)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class Holder:
    answer = ReadOnly()
h = Holder()
try:
    h.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
h.__dict__["answer"] = 0
print(h.answer)
