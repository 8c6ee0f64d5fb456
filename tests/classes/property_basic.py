# property with getter, setter and deleter
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)

class Old:
    def _get(self):
        return "got"
    def _set(self, v):
        print("set to", v)
    x = property(_get, _set, None, "old-style")
o = Old()
print(o.x)
o.x = 5
print(Old.x.__doc__, Old.x.fget is Old._get)
try:
    del o.x
except AttributeError as e:
    print("AttributeError", e)
