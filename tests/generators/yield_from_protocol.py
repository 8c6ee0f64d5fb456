# yield from forwards send() and throw() to the subgenerator
def inner():
    try:
        while True:
            got = yield
            print("  inner received", got)
            if got == "stop":
                return "inner done"
    except KeyError as e:
        print("  inner handled", repr(e))
        return "inner recovered"
    finally:
        print("  inner finally")

def outer():
    result = yield from inner()
    print("  outer got result", repr(result))
    yield "outer after"

g = outer()
next(g)
g.send(1)
g.send(2)
print(g.send("stop"))

g = outer()
next(g)
print(g.throw(KeyError("k")))

g = outer()
next(g)
g.close()
print("closed outer")

def delegating_list():
    r = yield from [10, 20]
    return r
print(list(delegating_list()))
gen = delegating_list()
print(next(gen), next(gen), next(gen, "end"))

def sub_raises():
    yield 1
    raise ValueError("from sub")
def catcher():
    try:
        yield from sub_raises()
    except ValueError as e:
        yield "caught " + str(e)
print(list(catcher()))
