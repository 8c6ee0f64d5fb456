# Exceptions raised inside comprehensions and generator expressions propagate
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<18}", type(e).__name__, e)

data = [4, 2, 0, 1]
show("list comp", lambda: [8 // x for x in data])
show("set comp", lambda: {8 // x for x in data})
show("dict comp", lambda: {x: 8 // x for x in data})
show("gen expr", lambda: list(8 // x for x in data))
show("gen partial", lambda: next(8 // x for x in data))
show("nested comp", lambda: [[y // x for y in range(2)] for x in data])
show("condition err", lambda: [x for x in data if 1 / x])
show("iter err", lambda: [x for x in 5])
show("unpack err", lambda: [a + b for a, b in [(1, 2), (3,)]])
show("name err", lambda: [undefined_in_comp for _ in range(1)])
show("attr err", lambda: [x.upper() for x in ["a", 1]])
def gen_fail():
    yield 1
    raise KeyError("in generator")
show("gen fn in comp", lambda: [v for v in gen_fail()])
show("sum gen", lambda: sum(int(s) for s in ["1", "2", "three"]))
show("any short-circuit", lambda: any(1 / x for x in [1, 0]))
show("all short-circuit", lambda: all(1 / x for x in [0, 1]) if False else all(x for x in [0, 1 / 0]))
total = []
try:
    [total.append(8 // x) for x in data]
except ZeroDivisionError:
    print("partial side effects kept:", total)
