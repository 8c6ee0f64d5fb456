# Errors from properties and descriptors
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

class C:
    @property
    def ro(self):
        return "read-only"
    @property
    def raises(self):
        raise KeyError("inside getter")
    @property
    def attr_err(self):
        return self.nonexistent
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
show("read ro", lambda: c.ro)
show("set ro", lambda: setattr(c, "ro", 1))
show("del ro", lambda: delattr(c, "ro"))
show("getter KeyError", lambda: c.raises)
show("getter AttrError", lambda: c.attr_err)
class D:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        if v < 0:
            raise ValueError("p must be >= 0")
d = D()
show("setter ok", lambda: setattr(d, "p", 5))
show("setter raises", lambda: setattr(d, "p", -1))
show("property(5).__get__", lambda: property(5).__get__(d))
show("unreadable", lambda: property(None, lambda s, v: None).__get__(d))
class Desc:
    def __get__(self, obj, owner):
        raise RuntimeError("descriptor get failed")
class E:
    x = Desc()
show("descriptor get", lambda: E().x)
show("descriptor on class", lambda: E.x)
class OnlySet:
    def __set__(self, obj, v):
        raise TypeError("no setting allowed")
class F:
    y = OnlySet()
show("set-only get", lambda: type(F().y).__name__)
show("set-only set", lambda: setattr(F(), "y", 1))
class G:
    __slots__ = ("a",)
show("slot unset", lambda: G().a)
show("slot del unset", lambda: delattr(G(), "a"))
