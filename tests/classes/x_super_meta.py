# super() forms, metaclasses, __init_subclass__, __set_name__, isinstance hooks
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def who(self):
        return 'A'
    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__
class B(A):
    def who(self):
        return 'B>' + super().who()
    @classmethod
    def cm(cls):
        return 'B>' + super().cm()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
d = D()
print(d.who(), D.cm(), super(B, d).who(), super(D, D).cm())
print(super(A, d), super(A), super(B, D))
s = super(B, d)
print(s.__thisclass__, s.__self__ is d, s.__self_class__)
t(lambda: super(int, 'a'))
t(lambda: super(1, 'a'))
t(lambda: super(B, d).nothing)
print(super(D, d).__class__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('tag', 'none')
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *a):
        return ('called', cls.__name__, a)
    def __repr__(cls):
        return '<Meta ' + cls.__name__ + '>'
    @property
    def shout(cls):
        return cls.__name__.upper()
class K(metaclass=Meta, tag='T'):
    pass
print(K.added, K.inited, K(1, 2), repr(K), K.shout, type(K).__name__)
class K2(K): pass
print(K2.added, type(K2) is Meta)

class Base:
    subs = []
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, flag))
class S1(Base, flag=1): pass
class S2(S1): pass
print(Base.subs)
def bad():
    class S3(Base, nope=1): pass
t(bad)

class Named:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)
class Holder:
    a = Named()
    b = Named()
print(Holder.a.where, Holder.b.where)
class Boom:
    def __set_name__(self, o, n):
        raise ValueError('boom')
def mk():
    class X:
        q = Boom()
try:
    mk()
except RuntimeError as e:
    print(e, repr(e.__cause__))

class Even(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenT(metaclass=Even): pass
print(isinstance(4, EvenT), isinstance(3, EvenT), issubclass(bool, EvenT), issubclass(int, EvenT))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'prepared': True}
class O(metaclass=Ordered):
    x = 1
print(O.prepared, O.x)
