# Operator methods returning NotImplemented on both sides lead to TypeError
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<12}", type(e).__name__, e)

class A:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return NotImplemented
    def __iadd__(self, o):
        return NotImplemented
class B:
    pass
show("A() + 1", lambda: A() + 1)
show("1 + A()", lambda: 1 + A())
show("A() + A()", lambda: A() + A())
show("A() + B()", lambda: A() + B())
show("B() + A()", lambda: B() + A())
show("A() * 2", lambda: A() * 2)
show("'s' * A()", lambda: "s" * A())
show("A() < 1", lambda: A() < 1)
show("A() > A()", lambda: A() > A())
show("A() == 1", lambda: A() == 1)
def iadd():
    x = A()
    x += 1
show("x += 1", iadd)
show("A() - 1", lambda: A() - 1)
show("A() @ 1", lambda: A() @ 1)
show("-A()", lambda: -A())
show("A() ** 2", lambda: A() ** 2)
show("divmod", lambda: divmod(A(), 2))
show("A() | {}", lambda: A() | {})
show("A() << 1", lambda: A() << 1)
