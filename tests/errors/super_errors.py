# Errors from super()
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(f"{label:<22}", type(e).__name__, e)

class A:
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        return "B>" + super().m()
class Unrelated:
    pass

show("normal", lambda: B().m())
show("wrong instance", lambda: super(B, Unrelated()).m())
show("not a type", lambda: super(5, B()))
show("no args outside", lambda: super())
show("missing attr", lambda: super(B, B()).missing)
show("end of MRO", lambda: super(A, A()).m())
def outside():
    return super().m()
show("outside class", outside)
class C(A):
    @staticmethod
    def s():
        return super().m()
show("in staticmethod", lambda: C.s())
class D(A):
    def m(self):
        def inner():
            return super().m()
        return inner()
show("in nested function", lambda: D().m())
class E(A):
    def m(self):
        del self
        return super().m()
show("self deleted", lambda: E().m())
show("super type args", lambda: super(B, B).m(B()))
show("unbound super", lambda: super(B).m)
class F(A):
    def m(self):
        return [super().m() for _ in range(1)]
show("in comprehension", lambda: F().m())
