# KeyError raised by __missing__ of a dict subclass
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no such setting: {key}")

s = Strict(a=1)
print(s["a"])
s["b"]
