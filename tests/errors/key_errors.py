# KeyError messages and their str()/repr() quirks
def show(fn):
    try:
        print(fn())
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)

d = {"a": 1, 2: "two", (1, 2): "tuple"}
show(lambda: d["missing"])
show(lambda: d[3])
show(lambda: d[(1, 3)])
show(lambda: d[None])
show(lambda: d[""])
show(lambda: d[1.5])
show(lambda: {}.pop("x"))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: frozenset() and None or {1, 2}.remove((3,)))
def delete():
    del d["nope"]
show(delete)
show(lambda: d["it's"])
show(lambda: d['quote"d'])
import os
show(lambda: os.environ["SHOAL_DEFINITELY_UNSET_VARIABLE"])
class Missing(dict):
    def __missing__(self, key):
        raise KeyError(f"custom missing: {key}")
show(lambda: Missing()["k"])
show(lambda: KeyError())
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), e.args)
try:
    raise KeyError(("tuple",))
except KeyError as e:
    print(str(e), e.args)
try:
    {}[frozenset([1])]
except KeyError as e:
    print(str(e))
