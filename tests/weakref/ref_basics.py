# weakref.ref: calling, identity of basic refs, hash, equality, repr shape, subclassing
import re
import weakref

class Foo:
    pass

def shape(r):
    return re.sub(r"0x[0-9a-fA-F]+", "ADDR", repr(r))

def main():
    a = Foo()
    r = weakref.ref(a)
    print(r() is a, weakref.ref(a) is r, r.__callback__)
    print(type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
    print(shape(r))
    h = hash(r)
    print(h == hash(a))
    b = Foo()
    rb = weakref.ref(b)
    print(r == rb, r != rb, r == weakref.ref(a))
    cb = lambda wr: None
    r2 = weakref.ref(a, cb)
    print(r2 is r, r2.__callback__ is cb, r2 == r)
    print(weakref.getweakrefcount(a), [x is r for x in weakref.getweakrefs(a)])
    del a
    print(r(), r2(), shape(r), r2.__callback__)
    print(hash(r) == h)
    print(r == r2, r == r, r != r2)
    try:
        hash(r2)
    except TypeError as e:
        print("TypeError:", e)
    print(weakref.getweakrefcount(b), weakref.getweakrefcount(1))

def funcs_and_sets():
    def f():
        return 42
    rf = weakref.ref(f)
    print(rf()(), shape(rf))
    s = {1, 2}
    rs = weakref.ref(s)
    print(rs() == {1, 2})
    fs = frozenset([3])
    print(weakref.ref(fs)() == fs)
    print(weakref.ref(Foo)() is Foo, shape(weakref.ref(Foo)))
    del f
    print(rf())

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag

class KRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, key):
        self = super().__new__(cls, ob)
        self.key = key
        return self
    def __init__(self, ob, key):
        super().__init__(ob)

def subclasses():
    a = Foo()
    m = MyRef(a, None, "t")
    k = KRef(a, "k")
    print(m() is a, m.tag, k.key, k() is a, isinstance(m, weakref.ref))
    print(m is not weakref.ref(a), weakref.getweakrefcount(a))
    del a
    print(m(), k())

main()
funcs_and_sets()
subclasses()
