# generator.throw() and generator.close()
def worker():
    try:
        while True:
            try:
                v = yield
                print("working on", v)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()  # closing twice is fine
try:
    next(w)
except StopIteration:
    print("exhausted after close")

def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g = no_handler()
print(g.close(), list(g))
g = no_handler()
try:
    g.throw(TypeError, TypeError("unstarted"))
except TypeError as e:
    print("unstarted throw:", e)
