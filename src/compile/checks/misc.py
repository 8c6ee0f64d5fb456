class M(type):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        cls.kw = kw
        return cls
bs = (object,)
kws = {"metaclass": M, "a": 1}
class X(*bs, **kws):
    pass
print(X.kw, type(X).__name__)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t"): pass
print(Sub.tag)
def deco_cls(c):
    c.decorated = True
    return c
@deco_cls
class Dc: pass
print(Dc.decorated)
def fin_twice():
    out = []
    for i in range(2):
        try:
            if i: break
        finally:
            def h(v=i): return v * 10
            out.append(h())
    return out
print(fin_twice())
def gfin():
    try:
        yield 1
    finally:
        return
print(list(gfin()))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
class CM2:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): return False
with CM2() as (p, [q, r]):
    print(p, q, r)
t1 = t2 = t3 = 0
del (t1, [t2]), t3
print("t1" in dir(), "t3" in dir())
def imp():
    import sys as j
    from _cgpkg import sub as path
    from _cgpkg.sub import who as jn
    return j.__name__, path.__name__, jn()
print(imp())
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
def outer():
    def mid():
        def inner():
            global GG
            GG = "inner"
        inner()
    mid()
outer(); print(GG)
def gclose():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gclose(); next(g); g.close()
def unpack_star():
    *a, b = [1]
    c, *d = "xyz"
    (*e,) = range(2)
    return a, b, c, d, e
print(unpack_star())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def kw_order(**kw): return list(kw)
print(kw_order(b=1, a=2, **{"c": 3}, d=4))
def lam():
    f = lambda *a, k=1, **kw: (a, k, kw)
    return f(1, 2, k=3, z=4), (lambda: (yield))
print(lam()[0])
print(list(lam()[1]()))
x = [1, 2, 3]
x[len(x) - 1] += 100
print(x)
class Counter:
    n = 0
    def __iadd__(self, o):
        self.n += o
        return self
c = Counter(); c += 5; c += 6; print(c.n)
s = 0
for k in range(5):
    if k % 2: continue
    s += k
else:
    s *= 10
print(s)
i = 0
while i < 10:
    i += 1
    if i == 3: break
else:
    print("no")
print(i)
print((lambda x, /, y=2, *, z=3: (x, y, z))(1, z=4))
