# "got multiple values for argument"
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b, c=3):
    pass

show(lambda: f(1, 2, a=5))
show(lambda: f(1, 2, 3, c=4))
show(lambda: f(1, b=2, **{"b": 3}))
show(lambda: f(*[1, 2], b=9))

class C:
    def m(self, x):
        pass
    def __init__(self, v=0):
        pass
show(lambda: C().m(1, x=2))
show(lambda: C().m(self=1))
show(lambda: C(1, v=2))
show(lambda: dict({"a": 1}, **{"a": 2}) and None)

def k(**kw):
    return kw
show(lambda: k(**{"a": 1}, **{"a": 2}))
show(lambda: k(a=1, **{"a": 2}))
show(lambda: f(**{"a": 1}, a=2))
try:
    exec("f(a=1, a=2)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(k(**{"a": 1}, b=2))
