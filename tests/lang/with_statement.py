# with statement: multiple items, parenthesized form, exception handling
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as a:
    print("body", a)

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with (
    CM("x") as x,
    CM("y") as y,
    CM("z"),
):
    print("parenthesized", x, y)

with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with CM("outer"), CM("inner", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def early_return():
    with CM("ret"):
        return "returned"
print(early_return())

for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break

with CM("t") as (first, *rest):
    print(first, rest)
