# Function annotations stored in __annotations__
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True

print(f.__annotations__)
print(list(f.__annotations__))

def g(x, y):
    pass
print(g.__annotations__)

def h() -> None:
    pass
print(h.__annotations__)

def k(a: 1 + 2, b: [1, 2]):
    pass
print(k.__annotations__)

x: int = 5
y: str
print(__annotations__)
print(x)
try:
    y
except NameError as e:
    print("NameError", e)

class C:
    a: int
    b: str = "b"
    def m(self, v: float) -> "C":
        return self
print(C.__annotations__)
print(C.m.__annotations__)
print(C.b, hasattr(C, "a"))

def local_ann():
    z: int = 3
    return z
print(local_ann())
lam = lambda q: q
print(lam.__annotations__)
