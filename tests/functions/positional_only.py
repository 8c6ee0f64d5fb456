# Positional-only parameters (PEP 570)
def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, 2, 3, 40))
print(f(1, 2, 3, d=41, e=50))

def g(x, /, **kw):
    # x is positional-only so 'x' may also appear in kw
    return x, sorted(kw.items())

print(g(1, x=2, y=3))
print(g("a"))

def h(a, b=2, /):
    return a + b

print(h(10))
print(h(10, 20))
try:
    h(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

def only(a, /):
    return a * 2
print(only(21), only("ab"))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)
