# Nested classes and qualified names
class Outer:
    value = "outer value"

    class Inner:
        value = "inner value"
        def where(self):
            return type(self).__qualname__

        class Deepest:
            pass

    def make_inner(self):
        return self.Inner()

print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.__name__, Outer.Inner().where())
print(Outer().make_inner().value)

def factory(tag):
    class Local:
        def show(self):
            return f"Local with tag {tag}"
    return Local

A = factory("a")
B = factory("b")
print(A().show(), B().show(), A is B, A.__qualname__)

class Tree:
    class Node:
        def __init__(self, v, children=()):
            self.v = v
            self.children = list(children)
        def total(self):
            return self.v + sum(c.total() for c in self.children)
    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2), N(3, [N(4)])])
print(Tree().root.total())

class Config:
    class Defaults:
        retries = 3
    retries = Defaults.retries * 2
print(Config.retries, Config.Defaults.retries)
print(repr(Outer.Inner), repr(A))
