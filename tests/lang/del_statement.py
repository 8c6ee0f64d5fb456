# del on names, attributes, subscripts, slices
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b, c = 1, 2, 3
del a, b
print("c" in dir(), "a" in dir())

class Obj:
    pass
o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(vars(o))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)

L = [[1, 2], [3, 4]]
del L[0][1]
print(L)
del (L[1][0]), L[0]
print(L)
e = [1, 2, 3]
[e[0], e[1]] = "ab"
del [e[0]]
print(e)

def f():
    y = 1
    del y
    return "y" in locals()
print(f())
try:
    del d["zzz"]
except KeyError as ex:
    print("KeyError:", ex)
g = (1, 2)
try:
    del g[0]
except TypeError as ex:
    print("TypeError:", ex)
