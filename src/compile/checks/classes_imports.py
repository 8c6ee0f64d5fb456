import _cgpkg.sub
print(_cgpkg.sub.Y, _cgpkg.X)
import _cgpkg.sub as ps
print(ps.who())
from _cgpkg import sub as s2, X
print(s2.Y, X)
from _cgpkg.sub import *
print(who())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
class K(metaclass=Meta, flag=1):
    a = 1
    def f(self): pass
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class K2(K, flag=2):
    pass
bases = (object,)
class K3(*bases):
    x: int = 5
    y: str
    z = 3
print(K3.__annotations__, K3.x, K3.__module__, K3.__qualname__)
x: int = 7
print(__annotations__)
class Priv:
    __secret = 1
    def get(self):
        return self.__secret, Priv.__secret
    def __dunder__(self):
        return "no mangle"
print(Priv().get(), Priv._Priv__secret, Priv().__dunder__())
class Slots:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(Slots().a)
class WithDoc:
    "class doc"
print(WithDoc.__doc__)
def gen_class():
    class Local:
        def method(self):
            return super().__class__.__name__ + " " + __class__.__qualname__
    return Local
print(gen_class()().method())
class Prop:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @staticmethod
    def st(): return "static"
    @classmethod
    def cm(cls): return cls.__name__
p = Prop(); p.v = 5
print(p.v, Prop.st(), Prop.cm())
exec("q = 1 + 1\nprint('exec', q)")
print(eval("q * 3"))
g = {}
exec("def ff(): return 42", g)
print(g["ff"]())
code = compile("a = 5\nb = a * 2", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["b"])
def uses_global_later():
    global late_global
    late_global = "set"
uses_global_later()
print(late_global)
print([i for i in range(3)] + [i for i in range(2)])
class Ctr:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    total = sum(i for i in items)
print(Ctr.doubled, Ctr.total)
