# Async generators driven by hand through __anext__/asend/athrow/aclose


def addr_free(s):
    i = s.find(" at 0x")
    return s if i < 0 else s[:i] + " at 0x...>"


def step(awaitable, value=None):
    """Drive one awaitable to completion; report what it produced."""
    try:
        while True:
            got = awaitable.send(value)
            print("  passthrough", got)
            value = None
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return ("error", type(e).__name__, str(e))


async def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            print("  received", received)
        n -= 1


ag = countdown(3)
print(type(ag).__name__, addr_free(repr(ag)))
print(ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_await, ag.ag_frame is not None)
print(ag.ag_code is countdown.__code__, ag.__aiter__() is ag)
nx = ag.__anext__()
print(type(nx).__name__, addr_free(repr(nx)), nx.__await__() is nx, iter(nx) is nx)
print(step(nx))
print(step(nx))  # an awaitable can be used once
print(step(ag.asend("hello")))
print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(ag.ag_frame)


class Tick:
    def __await__(self):
        v = yield "tick"
        return v


async def awaiting_gen():
    a = await Tick()
    yield ("first", a)
    b = await Tick()
    yield ("second", b)


g = awaiting_gen()
a = g.__anext__()
print(a.send(None))
print(g.ag_running, type(g.ag_await).__name__)
# a second __anext__ while the first is still running
print(step(g.__anext__()))
try:
    a.send("A")
except StopIteration as e:
    print("yielded", e.value)
print(g.ag_running)
a = g.__anext__()
print(next(a))
try:
    a.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError", e)
print(step(g.__anext__()))


# athrow: the exception is raised at the yield
async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)


c = catcher()
print(step(c.__anext__()))
t = c.athrow(ValueError("v1"))
print(type(t).__name__, addr_free(repr(t)))
print(step(t))
print(step(t))
print(step(c.athrow(ValueError, ValueError("v2"))))
print(step(c.athrow(TypeError("t"))))
print(step(c.__anext__()))
print(step(c.athrow(ValueError("after"))))


# aclose runs finally blocks; a closed generator stays closed
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")


w = with_cleanup()
print(step(w.__anext__()))
print(step(w.aclose()))
print(step(w.__anext__()))
print(step(w.aclose()))
print(step(with_cleanup().aclose()))


# await inside finally during aclose passes through
async def slow_cleanup():
    try:
        yield 1
    finally:
        v = await Tick()
        print("  slow cleanup got", v)


s = slow_cleanup()
print(step(s.__anext__()))
print(step(s.aclose(), "ignored?"))
print(step(s.aclose()))
s = slow_cleanup()
print(step(s.__anext__()))
cl = s.aclose()
print(cl.send(None))
try:
    cl.send("late")
except StopIteration as e:
    print("closed", e.args)


# yielding while closing is an error
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


st = stubborn()
print(step(st.__anext__()))
print(step(st.aclose()))


# StopIteration / StopAsyncIteration raised inside become RuntimeError
async def raises(exc):
    raise exc
    yield


for exc in (StopIteration("si"), StopAsyncIteration("sai"), LookupError("le")):
    try:
        raises(exc).__anext__().send(None)
    except RuntimeError as e:
        print("RuntimeError:", e, "from", repr(e.__cause__))
    except LookupError as e:
        print("LookupError:", e)

# sending a value to a just-started async generator
print(step(countdown(2).asend("x")))
print(step(countdown(2).__anext__(), "x"))
print(step(countdown(2).aclose(), "x"))

# empty-bodied async generator expressions
agen = (x async for x in countdown(2))
print(type(agen).__name__, agen.__name__)
print(step(agen.__anext__()), step(agen.__anext__()), step(agen.__anext__()))
