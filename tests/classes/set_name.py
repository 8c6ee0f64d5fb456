# __set_name__ on descriptors and other class attributes
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Record:
    title = Field()
    year = Field()
    def __init__(self, title):
        self.title = title

r = Record("Dune")
print(r.title, r.year)
r.year = 1965
print(r.year, sorted(vars(r).items()))
print(Record.title.name, Record.year.private)

class Tracker:
    def __set_name__(self, owner, name):
        print("tracked", name, "in", owner.__qualname__)
class Outer:
    class Inner:
        t = Tracker()
    u = Tracker()

f = Field()
class Later:
    pass
Later.attr = f   # assignment after class creation does not call __set_name__
print(hasattr(f, "name"))
f.__set_name__(Later, "attr")
print(f.name)

class Twice:
    a = b = Field()
print(Twice.a is Twice.b, Twice.a.name)
