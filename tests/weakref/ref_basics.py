# weakref.ref: calling, shared basic refs, hash, equality, repr shape, subclassing
# (the referent is only touched inside helpers, so that nothing but the
# holder list keeps it alive when the holder is cleared)
import weakref
from _scrub import shape

class Foo:
    pass

def make(holder):
    o = Foo()
    holder.append(o)
    return weakref.ref(o)

def while_alive(holder, r, cb):
    a = holder[0]
    print(r() is a, weakref.ref(a) is r, r.__callback__)
    print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
    print(shape(r))
    print(hash(r) == hash(a))
    b = Foo()
    rb = weakref.ref(b)
    print(r == rb, r != rb, r == weakref.ref(a), weakref.getweakrefcount(b))
    r2 = weakref.ref(a, cb)
    print(r2 is r, r2.__callback__ is cb, r2 == r)
    print(weakref.getweakrefcount(a), [x is r for x in weakref.getweakrefs(a)])
    return r2

def main():
    holder = []
    r = make(holder)
    h = hash(r)
    r2 = while_alive(holder, r, lambda wr: None)
    holder.clear()
    print(r(), r2(), shape(r), r2.__callback__)
    print(hash(r) == h)
    print(r == r2, r == r, r != r2)
    try:
        hash(r2)
    except TypeError as e:
        print("TypeError:", e)
    print(weakref.getweakrefcount(1), weakref.getweakrefs(1))

def make_func(holder):
    def f():
        return 42
    holder.append(f)
    return weakref.ref(f)

def show_func(rf):
    print(rf()(), shape(rf))

def other_types():
    holder = []
    rf = make_func(holder)
    show_func(rf)
    s = {1, 2}
    rs = weakref.ref(s)
    print(rs() == {1, 2})
    fs = frozenset([3])
    print(weakref.ref(fs)() == fs)
    print(weakref.ref(Foo)() is Foo, shape(weakref.ref(Foo)))
    holder.clear()
    print(rf())

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.tag = kw.get("tag")

class KRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, key):
        self = super().__new__(cls, ob)
        self.key = key
        return self
    def __init__(self, ob, key):
        super().__init__(ob)

def make_sub(holder):
    a = Foo()
    holder.append(a)
    return MyRef(a, None, tag="t"), KRef(a, "k")

def show_sub(holder, m, k):
    a = holder[0]
    print(m() is a, m.tag, k.key, k() is a, isinstance(m, weakref.ref), type(k).__name__)
    print(m is not weakref.ref(a), weakref.getweakrefcount(a), m == k, hash(m) == hash(a))

def subclasses():
    holder = []
    m, k = make_sub(holder)
    show_sub(holder, m, k)
    holder.clear()
    print(m(), k(), m == k)

main()
other_types()
subclasses()
