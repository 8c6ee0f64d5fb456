# Errors raised during sorting and by key functions
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

show("mixed types", lambda: sorted([1, "a", 2]))
show("None in list", lambda: sorted([3, None]))
show("key raises", lambda: sorted(["a", 1], key=lambda s: s.lower()))
show("key wrong arity", lambda: sorted([1, 2], key=lambda a, b: a))
show("key returns mixed", lambda: sorted([1, 2, 3], key=lambda v: "x" if v == 2 else v))
show("complex numbers", lambda: sorted([1j, 2j]))
show("dicts", lambda: sorted([{"a": 1}, {"a": 2}]))
show("dicts by key ok", lambda: sorted([{"a": 2}, {"a": 1}], key=lambda d: d["a"]))
show("sets are partial", lambda: sorted([{1, 2}, {3}, {1}]))
show("reverse non-bool", lambda: sorted([2, 1], reverse="yes"))
show("reverse None", lambda: sorted([2, 1], reverse=None))
show("list.sort mixed", lambda: [2, "1"].sort())
show("min mixed", lambda: min([1, "1"]))
show("max key raises", lambda: max([1, 0], key=lambda v: 1 / v))
class Weird:
    def __lt__(self, other):
        raise IndexError("cannot compare Weird")
show("custom __lt__", lambda: sorted([Weird(), Weird()]))
show("single element", lambda: len(sorted([Weird()])))
show("tuple tie-break", lambda: sorted([(1, "b"), (1, 2)]))
