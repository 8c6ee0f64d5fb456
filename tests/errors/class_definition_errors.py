# Errors raised while defining classes
def show(label, fn):
    try:
        fn()
        print(label, "defined fine")
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

class A: pass
class B(A): pass
show("duplicate base", lambda: type("D", (A, A), {}))
def dup():
    class D(A, A):
        pass
show("duplicate base stmt", dup)
def bad_mro():
    class D(A, B):
        pass
show("bad MRO", bad_mro)
def int_base():
    class D(5):
        pass
show("int base", int_base)
def func_base():
    def f(): pass
    class D(f):
        pass
show("function base", func_base)
def final_base():
    class D(bool):
        pass
show("bool base", final_base)
def layout():
    class D(int, str):
        pass
show("layout conflict", layout)
def slots_conflict():
    class D:
        __slots__ = ("x",)
        x = 1
show("slots conflict", slots_conflict)
def slots_dict_twice():
    class P:
        __slots__ = ("__dict__",)
    class Q(P):
        __slots__ = ("__dict__",)
show("__dict__ slot twice", slots_dict_twice)
def bad_slot_name():
    class D:
        __slots__ = ("1x",)
show("bad slot name", bad_slot_name)
class Meta1(type): pass
class Meta2(type): pass
class X(metaclass=Meta1): pass
class Y(metaclass=Meta2): pass
def meta_conflict():
    class Z(X, Y):
        pass
show("metaclass conflict", meta_conflict)
def body_raises():
    class D:
        x = 1 / 0
show("body raises", body_raises)
def bad_kw():
    class D(A, unknown=1):
        pass
show("unexpected class kw", bad_kw)
show("type() bad args", lambda: type("N", (), []))
show("type() bad name", lambda: type(5, (), {}))
def ok_slots():
    class D:
        __slots__ = ()
show("empty slots", ok_slots)
