# Multiple inheritance and C3 linearization
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D.__mro__)
print(D().who())
print([k.__name__ for k in D.mro()])

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Mixin:
    def greet(self):
        return "hello from " + type(self).__name__
class Thing(Mixin, dict):
    pass
t = Thing(a=1)
print(t.greet(), t, [k.__name__ for k in Thing.__mro__])
class K1: pass
class K2: pass
class K3: pass
class Kb(K1, K2): pass
class Kc(K2, K3): pass
class Kd(Kb, Kc): pass
print([k.__name__ for k in Kd.__mro__])
