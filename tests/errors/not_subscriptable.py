# Subscripting objects that do not support it
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

v = {"int": 5, "none": None, "float": 1.5, "set": {1}, "func": len, "gen": (x for x in [])}
for name, obj in v.items():
    show(lambda: obj[0])
show(lambda v=5: v[0:1])
class C:
    pass
show(lambda: C()[0])
show(lambda: C[0])
show(lambda: len[0])
def f():
    return None
show(lambda: f()["key"])
show(lambda v={1, 2}: v[0])
show(lambda: iter([1])[0])
show(lambda: zip()[0])
show(lambda: map(str, [])[0])
show(lambda: range(3)["a"])
show(lambda v=[1, 2]: v["a"])
show(lambda v=(1, 2): v[1.0])
show(lambda v="abc": v["x"])
show(lambda v="abc": v[None:"x"])
show(lambda v=b"abc": v["x"])
show(lambda: {"a": 1}[[1]])
show(lambda v=[1]: v[[0]])
