# "missing N required positional/keyword-only argument(s)"
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

def f1(a):
    pass
def f2(a, b):
    pass
def f3(a, b, c):
    pass
def f4(a, b, c, d=4):
    pass
def kw1(*, k):
    pass
def kw2(*, k, m):
    pass
def kw3(a, *, x, y, z=0):
    pass

show(lambda: f1())
show(lambda: f2())
show(lambda: f2(1))
show(lambda: f3())
show(lambda: f3(1))
show(lambda: f3(b=2))
show(lambda: f4(1, d=5))
show(lambda: kw1())
show(lambda: kw2())
show(lambda: kw2(m=1))
show(lambda: kw3(1))
show(lambda: kw3())
show(lambda: f2(b=1))

class K:
    def __init__(self, x, y):
        pass
    def method(self, v):
        pass
show(lambda: K())
show(lambda: K(1))
show(lambda: K.method(K(1, 2)))
show(lambda: K.method())
show(lambda: (lambda a, b: 0)(1))
