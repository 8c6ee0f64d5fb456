# closures, nonlocal, global, class scopes
def outer():
    x = 1
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return inc, get
inc, get = outer()
inc(); inc()
print(get())

def counter(start):
    def nxt():
        nonlocal start
        start += 1
        return start
    return nxt
c = counter(10)
print(c(), c(), c())

g = 5
def setg():
    global g
    g = 7
setg()
print(g)

def param_cell(a, b=2, *args, k=3, **kw):
    def inner():
        return a, b, args, k, kw
    return inner()
print(param_cell(1))
print(param_cell(1, 5, 6, 7, k=9, z=1))

class C:
    x = 10
    def m(self):
        return x_global
    y = [x for _ in range(2)] if False else 3
x_global = "glob"
print(C().m(), C.y)

def f():
    v = "fv"
    class D:
        v = "class"
        def m(self):
            return v
        w = v
    return D
D = f()
print(D().m(), D.w, D.v)

class Base:
    def hello(self):
        return "base"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls())

def make_adders():
    return [lambda n, i=i: n + i for i in range(3)]
print([a(10) for a in make_adders()])
def late():
    return [lambda: i for i in range(3)]
print([a() for a in late()])

def walrus():
    data = [1, 2, 3, 4]
    if (n := len(data)) > 3:
        print("long", n)
    print([y for x in data if (y := x * 2) > 4], y)
walrus()
total = 0
print([total := total + v for v in range(4)], total)

def deleter():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
deleter()
def unbound():
    if False:
        q = 1
    try:
        return q
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(unbound())
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
