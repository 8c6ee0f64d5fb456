# Errors from calling methods incorrectly
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<24}", type(e).__name__, e)

class C:
    def method(self, x):
        return x
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(x):
        return x
    def no_self():
        return "no self"

show("C.method(1)", lambda: C.method(1))
show("C().method()", lambda: C().method())
show("C().method(1, 2)", lambda: C().method(1, 2))
show("C().no_self()", lambda: C().no_self())
show("C.no_self()", lambda: C.no_self())
show("C.cm(1)", lambda: C.cm(1))
show("C.sm()", lambda: C.sm())
show("C().sm(1, 2)", lambda: C().sm(1, 2))
show("C.method(C(), 5)", lambda: C.method(C(), 5))
show("unbound str method", lambda: str.upper())
show("bound builtin args", lambda: "abc".upper("x"))
show("list.sort(key)", lambda: [].sort(len))
show("dict.get too many", lambda: {}.get(1, 2, 3))
show("method on None", lambda: None.method())
show("getattr(C, 'x')()", lambda: getattr(C(), "missing")())
show("call bound twice", lambda: C().method(1)(2))
show("__init__ direct", lambda: C.__init__())
show("super method args", lambda: super(C, C()).__init__(1))
