# instance layout: __slots__, __dict__, __class__ assignment, attribute errors, __del__
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    __slots__ = ('__x', 'b', 'a')
    def __init__(self): self.__x = 1
print(list(P.__dict__.keys()), P.__slots__, P().__dict__ if False else '')
p = P()
print(p._P__x, type(P.a).__name__, repr(P.b), P.a.__name__, P.a.__qualname__, P.a.__objclass__)
t(lambda: p.a)
t(lambda: setattr(p, 'z', 1))
t(lambda: p.__dict__)
t(lambda: delattr(p, 'a'))
t(lambda: P.a.__get__(1))
t(lambda: type('A', (), {'__slots__': 1}))
t(lambda: type('A', (), {'__slots__': (1,)}))
t(lambda: type('A', (), {'__slots__': ('a b',)}))
t(lambda: type('A', (), {'__slots__': ('a',), 'a': 1}))
t(lambda: type('A', (), {'__slots__': ('__dict__', '__dict__')}))
t(lambda: type('A', (tuple,), {'__slots__': ('a',)}))
t(lambda: type('A', (P, type('Q', (), {'__slots__': ('q',)})), {}))
class R(P): pass
r = R()
r.extra = 1
print(list(R.__dict__.keys()), r.__dict__)
class WD:
    __slots__ = ('v', '__dict__')
w = WD()
w.v = 1
w.o = 2
print(w.v, w.__dict__, list(WD.__dict__.keys()))
class E: __slots__ = ()
t(lambda: setattr(E(), 'x', 1))

class A: pass
class B: pass
a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.x, isinstance(a, B))
t(lambda: setattr(a, '__class__', 1))
t(lambda: setattr(a, '__class__', P))
t(lambda: setattr(1, '__class__', bool))
t(lambda: setattr(a, '__dict__', 1))
a.__dict__ = {'y': 2}
print(a.y, vars(a))
t(lambda: a.nope)
t(lambda: delattr(a, 'nope'))
t(lambda: A.nope)
t(lambda: getattr(a, 1))
t(lambda: setattr(object(), '__doc__', 1))
t(lambda: setattr(object(), 'x', 1))
t(lambda: format(a, 'x'))
t(lambda: object().__format__(1))
print(format(a, '') == str(a), a.__sizeof__() > 0)
t(lambda: A(1))
t(lambda: object.__init__(a, 1))
class I:
    def __init__(self, x):
        super().__init__(x)
t(lambda: I(1))
class N:
    def __new__(cls, *a):
        return super().__new__(cls)
t(lambda: type(N(1)).__name__)

class G:
    def __getattr__(self, name):
        return 'got ' + name
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
g = G()
g.real = 1
print(g.real, g.boom, g.other)
class SA:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print('del', k)
s = SA()
s.q = 4
del s.q
print(s.q)

class Del:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
d = Del(1)
del d
print('after')
def scope():
    Del(2)
scope()
print('done')
