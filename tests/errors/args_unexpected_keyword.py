# "got an unexpected keyword argument" and builtins that take no keywords
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b=2):
    pass
def g(*args):
    pass
def h(a, /, b):
    pass

show(lambda: f(1, c=3))
show(lambda: f(a=1, zz=3))
show(lambda: g(x=1))
show(lambda: h(1, b=2, a=3))
show(lambda: (lambda: 0)(k=1))
show(lambda: f(1, **{"q": 1}))

class C:
    def __init__(self, x):
        pass
    def m(self):
        pass
show(lambda: C(y=1))
show(lambda: C(1).m(extra=True))
show(lambda: len(obj=[1]))
show(lambda: len([], x=1))
show(lambda: "abc".split(sepp=","))
show(lambda: [].append(object=1))
show(lambda: sorted([1], reversed=True))
show(lambda: print("x", color="red"))
show(lambda: int("5", bas=10))
show(lambda: dict(1))
show(lambda: f(1, **{1: 2}))
