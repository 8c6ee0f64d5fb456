def f():
    y = 1
    class C:
        z = y
        y = 5
        w = y
    return C
C = f(); print(C.z, C.w)
def f2():
    y = "free"
    class C:
        def m(self): return y
        print(y)
    return C().m()
print(f2())
def gen():
    while True:
        try:
            v = yield "ready"
            print("got", v)
        except KeyError as e:
            print("caught", e)
            yield "after-catch"
g = gen(); print(next(g)); print(g.send(1)); print(g.throw(KeyError("k"))); print(next(g))
g.close()
class A:
    def __init__(self): self.x = 0; self.y = [1, 2]
a = A()
a.x, *a.y = 1, 2, 3
print(a.x, a.y)
def conds(a, b, c, d):
    r = []
    if a < b < c and d: r.append(1)
    if not a == b: r.append(2)
    if not (a < b): r.append(3)
    if a < b or c < d: r.append(4)
    if (a if d else b): r.append(5)
    if not (a and b) or c: r.append(6)
    while a < c:
        a += 1
        if a == 100: break
    else:
        r.append(7)
    return r
print(conds(1, 2, 3, True), conds(3, 2, 1, False), conds(0, 0, 0, 0))
G = 1
class K:
    global G
    G = 2
    H = G
print(G, K.H)
def cellaug():
    n = 1
    def inner():
        nonlocal n
        n += 10
        n *= 2
    inner()
    return n
print(cellaug())
print([gv := i for i in range(3)], gv)
def loops():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 1: continue
            if i == 2: break
            out.append((i, j))
        else:
            out.append("inner-else")
    return out
print(loops())
def comp_scope():
    x = 10
    return [x + i for i in range(3)], {k: x for k in "ab"}, list(x * i for i in range(2))
print(comp_scope())
def nested_comp():
    return [[j for j in range(i)] for i in range(4)]
print(nested_comp())
def default_eval():
    ds = []
    for i in range(3):
        def f(a=i): return a
        ds.append(f)
    return [d() for d in ds]
print(default_eval())
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__, kwonly_defaults.__defaults__)
def ann(a: int, b: "s" = 2, *c: 3, d: 4 = 5, **e: 6) -> list: pass
print(ann.__annotations__, ann.__defaults__, ann.__kwdefaults__)
def swap():
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    x = [a]
    x[0], a = a + 10, x
    return a, b, c
print(swap())
def strs():
    s = "x"
    return f"{s}{s!r:>5}{3}" + f"" + f"{'q'}"
print(strs())
def subs():
    d = {}
    d[1, 2] = 3
    d[1:2] = 4 if False else 5
    return d
try:
    print(subs())
except TypeError as e:
    print("TypeError", e)
lst = list(range(10))
print(lst[1:8:2], lst[::-1][:3], lst[slice(2)])
del lst[::3]
print(lst)
x = 5
def rebind():
    x = x + 1
try:
    rebind()
except UnboundLocalError as e:
    print(e)
def gen_ret():
    yield from range(2)
    r = yield from sub()
    yield r
def sub():
    yield "s"
    return "subret"
print(list(gen_ret()))
import sys as _s, os.path
print(_s.__name__, os.path.__name__ in ("posixpath", "os.path"), os.__name__)
