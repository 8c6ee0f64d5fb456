# Setting read-only attributes: properties without setters, builtin types, slots
def show(fn):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class C:
    @property
    def p(self):
        return 1
    @property
    def q(self):
        return 2
    @q.setter
    def q(self, v):
        pass
c = C()
show(lambda: setattr(c, "p", 5))
show(lambda: delattr(c, "p"))
show(lambda: delattr(c, "q"))
c.q = 10
print(c.q)
show(lambda: setattr(int, "real", 1))
show(lambda: setattr(str, "upper", None))
show(lambda: setattr(list, "x", 1))
show(lambda: delattr(dict, "keys"))
show(lambda: setattr((1).real, "x", 1))
show(lambda: setattr(1j, "real", 5))
show(lambda: setattr(range(3), "start", 1))
show(lambda: setattr(slice(1), "stop", 1))
def f():
    pass
show(lambda: setattr(f, "__code__", 5))
show(lambda: setattr(f, "__defaults__", 5))
show(lambda: setattr(f, "__name__", 5))
show(lambda: setattr(C, "__name__", 5))
show(lambda: setattr(C, "__bases__", 5))
show(lambda: setattr(C(), "__dict__", []))
show(lambda: setattr(ValueError("x"), "args", 5) or print("args accepted iterable? no: int"))
e = ValueError("x")
e.args = [1, 2]
print(e.args)
show(lambda: setattr(object(), "a", 1))
