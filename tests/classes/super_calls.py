# super() in its zero-argument and explicit forms
class Base:
    def __init__(self):
        self.log = ["Base"]
    def m(self, x):
        return f"Base.m({x})"
    @classmethod
    def cm(cls):
        return "Base.cm on " + cls.__name__

class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def m(self, x):
        return "Left>" + super().m(x)

class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def m(self, x):
        return "Right>" + super().m(x)

class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def m(self, x):
        return "Child>" + super().m(x)
    @classmethod
    def cm(cls):
        return "Child.cm>" + super().cm()

c = Child()
print(c.log)
print(c.m(1))
print(Child.cm())
print(super(Left, c).m(2))
print(super(Child, c).m(3))
print(super(Right, Child).cm())

class Attr(Base):
    def get(self):
        return super().__class__.__name__, super(Attr, self).__init__ is not None
print(Attr().get())

class StrLike(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __len__(self):
        return super().__len__() * 10
s = StrLike("abc")
print(s, len(s), type(s).__name__)
class Lst(list):
    def append(self, v):
        super().append(v * 2)
l = Lst()
l.append(3); l.append(4)
print(l)
