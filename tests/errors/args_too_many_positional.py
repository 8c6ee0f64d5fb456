# "takes N positional arguments but M were given"
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def f2d(a, b=1):
    pass
def fkw(a, *, k):
    pass
def fpos(a, /, b):
    pass

show(lambda: f0(1))
show(lambda: f1(1, 2))
show(lambda: f2(1, 2, 3))
show(lambda: f2(1, 2, 3, 4))
show(lambda: f2d(1, 2, 3))
show(lambda: fkw(1, 2))
show(lambda: fkw(1, 2, k=3))
show(lambda: fpos(1, 2, 3))
show(lambda: f2d(*range(5)))
show(lambda: (lambda x: x)(1, 2))
show(lambda: (lambda: 0)(None))

class C:
    def m(self, a):
        pass
    @staticmethod
    def s(a):
        pass
    @classmethod
    def c(cls, a):
        pass
show(lambda: C().m(1, 2))
show(lambda: C.s(1, 2))
show(lambda: C.c(1, 2))
show(lambda: C().m())
def gen(a):
    yield a
show(lambda: gen(1, 2))
