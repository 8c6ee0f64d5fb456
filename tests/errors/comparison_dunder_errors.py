# Errors raised from within comparison, hashing and containment protocols
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<22}", type(e).__name__, e)

class Explosive:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
    def __hash__(self):
        return 1
    def __lt__(self, other):
        raise ValueError("lt exploded")
e = Explosive()
show("e == 1", lambda: e == 1)
show("e != 1", lambda: e != 1)
show("e in [1]", lambda: e in [1])
show("e in [e]", lambda: e in [e])
show("[e] == [e]", lambda: [e] == [e])
show("[e] == [Explosive()]", lambda: [e] == [Explosive()])
show("{e: 1}[Explosive()]", lambda: {e: 1}[Explosive()])
show("e in {1}", lambda: e in {1})
show("sorted([e, e])", lambda: sorted([e, Explosive()]))
show("max(e, e)", lambda: max(e, Explosive()))
show("list.index", lambda: [1, 2].index(e))
show("list.count", lambda: [1, e].count(e))
show("list.remove", lambda: [1].remove(e))
class BadHash:
    def __hash__(self):
        raise TypeError("hash refused")
show("hash(BadHash())", lambda: hash(BadHash()))
show("{BadHash()}", lambda: {BadHash()})
show("BadHash() in {}", lambda: BadHash() in {})
class NotBool:
    def __bool__(self):
        raise ZeroDivisionError("no truth")
show("if NotBool()", lambda: "yes" if NotBool() else "no")
show("not NotBool()", lambda: not NotBool())
show("all([NotBool()])", lambda: all([NotBool()]))
show("NotBool() and 1", lambda: NotBool() and 1)
show("1 and NotBool()", lambda: type(1 and NotBool()).__name__)
