# type(name, bases, dict), class creation rules and errors
def t(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
print(X, X.__name__, X.__qualname__, X.__module__, X.__bases__, X().f())
print(type(X), type(1), type(X()) is X)
Y = type('Y', (X,), {})
print(Y.__mro__, Y().a)
print(sorted(k for k in X.__dict__ if not k.startswith('__')))
t(lambda: type('a'))
t(lambda: type('a', 1))
t(lambda: type('a', (), {}, 1))
t(lambda: type(1, (), {}))
t(lambda: type('A', 1, {}))
t(lambda: type('A', (), 1))
t(lambda: type('A\0', (), {}))
t(lambda: type('a', (1,), {}))
t(lambda: type('a', (bool,), {}))
t(lambda: type('a', (int, str), {}))
t(lambda: type('A', (object, object), {}))
t(lambda: type('A', (), {'__qualname__': 1}))
t(lambda: type.__new__(type, 'a'))
class M1(type): pass
class M2(type): pass
t(lambda: type('a', (M1('x', (), {}), M2('y', (), {})), {}))

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
t(lambda: type('E', (A, B), {}))
class Q:
    def __eq__(s, o): return True
print(list(Q.__dict__.keys()), Q.__hash__)
print(list(A.__dict__.keys()), A.__doc__)
class WithDoc:
    "docstring here"
print(WithDoc.__doc__, WithDoc().__doc__)
print(A.__subclasses__() == [B, C], B.__base__ is A, object.__base__)
class E(Exception): pass
print(list(E.__dict__.keys()))
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, A)
A.__qualname__ = 'Q.R'
print(A)
t(lambda: setattr(A, '__name__', 1))
t(lambda: setattr(int, 'x', 1))
t(lambda: setattr(int, '__name__', 'x'))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner)
print(type.__prepare__('a', ()), type(type.__dict__['__prepare__']).__name__)
print(int.__module__, type.__module__, A.__module__)
print(isinstance(A, type), isinstance(type, type), issubclass(type, object))
