# Calls with * and ** unpacking, several of each
def show(*args, **kw):
    return args, kw

print(show(*[1, 2], *(3,), *"ab"))
print(show(**{"a": 1}, **{"b": 2}))
print(show(0, *range(3), 9, *[], x=1, **{"y": 2}, z=3))
print(show(*{"k1": 1, "k2": 2}))
print(show(*iter([7, 8])))

def point(x, y, z=0):
    return (x, y, z)

print(point(*(1, 2)))
print(point(*[1], y=5))
print(point(**{"x": 1, "y": 2, "z": 3}))
args = (1,)
kwargs = {"z": 9}
print(point(*args, 2, **kwargs))

def gen():
    yield 1
    yield 2
print(point(*gen()))

class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(point(**Mapping()))
print(dict(**{"a": 1}, b=2))
print([*range(3), *"xy"], {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
