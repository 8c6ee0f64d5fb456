# Working with __dict__, vars(), __class__ assignment
class A:
    cls_attr = "class"
    def __init__(self):
        self.x = 1

class B:
    def hello(self):
        return "B.hello, x=" + str(self.x)

a = A()
print(a.__dict__, vars(a) is a.__dict__)
a.__dict__["y"] = 2
print(a.y)
a.__dict__.update(z=3, w=4)
print(sorted(vars(a).items()))
a.__class__ = B
print(type(a).__name__, a.hello(), isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)

class C:
    pass
c = C()
c.__dict__ = {"replaced": True}
print(c.replaced, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print("cls_attr" in A.__dict__, type(A.__dict__).__name__)
try:
    A.__dict__["new"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(getattr(A, "__name__"), A.__dict__["__module__"])
