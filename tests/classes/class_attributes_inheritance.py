# Class attribute lookup through the MRO and shadowing
class Base:
    color = "red"
    items = []
    def describe(self):
        return f"{type(self).__name__}: {self.color}"
class Child(Base):
    color = "blue"
class GrandChild(Child):
    pass
class Other(Base):
    pass

print(Base().describe(), Child().describe(), GrandChild().describe(), Other().describe())
GrandChild.color = "green"
print(GrandChild().describe(), Child().describe())
del GrandChild.color
print(GrandChild().describe())
Base.color = "black"
print(Other().describe(), Child().describe())
Child.items.append("shared via Base")
print(Base.items, Other.items, "items" in Child.__dict__)
g = GrandChild()
g.color = "instance"
print(g.describe(), GrandChild.color)
print([k.__name__ for k in GrandChild.__mro__ if "color" in k.__dict__])
def new_method(self):
    return "added to Base later"
Base.new_method = new_method
print(GrandChild().new_method())
print(hasattr(Other, "color"), getattr(GrandChild, "missing", "default"))
