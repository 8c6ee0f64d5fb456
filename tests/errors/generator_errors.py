# Errors specific to generators
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<26}", type(e).__name__, e)

def raises_stop():
    yield 1
    raise StopIteration("inside")
show("StopIteration in gen", lambda: list(raises_stop()))
e_holder = []
def check_cause():
    try:
        list(raises_stop())
    except RuntimeError as e:
        return type(e.__cause__).__name__, str(e.__cause__)
show("cause", check_cause)

def simple():
    yield 1
g = simple()
show("send to new gen", lambda: g.send(5))
show("throw non-exception", lambda: simple().throw(5))
show("throw class w/o instance", lambda: simple().throw(ValueError))
show("throw instance", lambda: simple().throw(KeyError("k")))
g2 = simple()
next(g2)
show("next after done", lambda: (next(g2), next(g2)))
def reentrant():
    yield next(me)
me = reentrant()
show("already executing", lambda: next(me))
def ignores_exit():
    try:
        yield
    except GeneratorExit:
        pass
    yield
g3 = ignores_exit()
next(g3)
show("ignores GeneratorExit", g3.close)
def returns_value():
    return 5
    yield
show("return value", lambda: next(returns_value()))
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
g4 = yields_in_finally()
next(g4)
show("yield in finally close", g4.close)
show("genexpr error", lambda: list(1 // x for x in [1, 0]))
ge = (x for x in [])
show("genexpr not callable", lambda: ge())
show("next(genexpr, default)", lambda: next((x for x in []), "default"))
