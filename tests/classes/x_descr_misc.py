# property, classmethod, staticmethod, builtin descriptors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Q:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @property
    def ro(self):
        return 'ro'
    y = property()
q = Q()
q.x = 5
print(q.x, Q.x.__doc__, type(Q.x).__name__, Q.x.fset.__name__, Q.x.fdel)
t(lambda: setattr(q, 'ro', 1))
t(lambda: delattr(q, 'ro'))
t(lambda: q.y)
t(lambda: setattr(q, 'y', 1))
t(lambda: Q.y.__get__(q))
print(Q.x.__isabstractmethod__, Q.__dict__['x'] is Q.x)
p = property(lambda s: 1, doc="given doc")
print(p.__doc__, p.__get__(None, Q) is p)

class C:
    count = 0
    @classmethod
    def make(cls, n):
        return (cls.__name__, n)
    @staticmethod
    def add(a, b):
        return a + b
class D(C): pass
print(C.make(1), D.make(2), D().make(3), C.add(1, 2), C().add(3, 4))
cm = C.__dict__['make']
sm = C.__dict__['add']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__ is C.add)
print(cm.__wrapped__ is cm.__func__, sm.__name__, sm.__qualname__, sm(5, 6))
print(cm.__isabstractmethod__, repr(staticmethod(len)), repr(classmethod(len)))
print(classmethod(lambda c: c.__name__).__get__(None, int)(), C.make.__self__ is C)
t(lambda: classmethod())
t(lambda: staticmethod(1, 2))

print(repr(list.append), repr(dict.fromkeys)[:38], repr(len), repr([].append)[:35])
print(type(dict.__dict__['fromkeys']).__name__, dict.fromkeys('ab'))
print(list.append.__qualname__, [].append.__qualname__, [].append.__self__, len.__self__)
print(len.__module__, len.__name__, [].append.__name__)
print(repr(type.__dict__['__name__']), repr(int.__dict__['real']))
t(lambda: [].clear(1))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: list.append())
t(lambda: list.append(1, 2))
t(lambda: dict.__dict__['fromkeys'](1))
t(lambda: dict.__dict__['fromkeys']())
t(lambda: list.__dict__['append'].__get__(1))
t(lambda: int.__dict__['real'].__get__('a'))
t(lambda: int.__dict__['real'].__set__(1, 2))
t(lambda: setattr(1, 'real', 2))
t(lambda: len(x=1))
l = []
f = l.append
f(1); f(2)
print(l, list.append(l, 3), l, f == l.append, f == [].append)
print(type(object.__new__).__name__)
t(lambda: object.__new__())
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
t(lambda: int.__new__(C))
print(int.__new__(int, 5), int.__new__(bool, 3) if False else 'skip')
