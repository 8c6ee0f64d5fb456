# proxies forward attributes, calls, operators; errors: unsupported types,
# dead proxies, bad arguments
import weakref
from _scrub import shape

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
    def __add__(self, other):
        return self.v + other
    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v
    __hash__ = object.__hash__
    def __str__(self):
        return "Box(%s)" % self.v

class Adder:
    def __call__(self, x):
        return x + 1

def make(holder, obj, *cb):
    holder.append(obj)
    return weakref.proxy(obj, *cb)

def use(p, holder):
    print(p.v, p.get(), len(p), p[4], p + 1, str(p), p == holder[0], bool(p))
    p.w = 7
    print(holder[0].w, hasattr(p, "nope"))
    del p.w
    print(hasattr(holder[0], "w"))
    print(type(p) is weakref.ProxyType, shape(p))

def proxies():
    holder = []
    p = make(holder, Box(5))
    use(p, holder)
    try:
        hash(p)
    except TypeError as e:
        print("TypeError:", e)
    holder.clear()
    for f in (lambda: p.v, lambda: p.get(), lambda: len(p), lambda: str(p)):
        try:
            f()
        except ReferenceError as e:
            print("ReferenceError:", e)
    print(shape(p))

def count(q, holder):
    print(q(1), weakref.getweakrefcount(holder[1]))

def callable_proxies():
    holder = []
    p = make(holder, Adder())
    print(type(p) is weakref.CallableProxyType, p(41))
    seen = []
    q = make(holder, Adder(), lambda w: seen.append(type(w).__name__))
    count(q, holder)
    holder.clear()
    print(seen)
    try:
        p(1)
    except ReferenceError as e:
        print("ReferenceError:", e)

class Slotted:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")

def errors():
    for obj in (1, "s", (1,), [1], {1: 2}, None, 2.5, b"x", Slotted(), object()):
        try:
            weakref.ref(obj)
        except TypeError as e:
            print("TypeError:", e)
        try:
            weakref.proxy(obj)
        except TypeError as e:
            print("TypeError:", e)
    w = WithWeak()
    print(weakref.ref(w)() is w)
    for call in (lambda: weakref.ref(), lambda: weakref.ref(w, None, 1),
                 lambda: weakref.ref(w, x=1), lambda: weakref.ref(w)(1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    try:
        class R(weakref.ProxyType):
            pass
    except TypeError as e:
        print("TypeError:", e)

proxies()
callable_proxies()
errors()
