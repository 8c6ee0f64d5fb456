# Coroutine objects driven by hand: send/throw/close, attributes, __await__


def addr_free(s):
    i = s.find(" at 0x")
    return s if i < 0 else s[:i] + " at 0x...>"


async def add(a, b):
    return a + b


class Box:
    async def method(self, x):
        return ("method", x)


c = add(2, 3)
print(type(c).__name__, type(c))
print(addr_free(repr(c)))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
print(c.cr_code is add.__code__, c.cr_frame is not None, c.cr_origin)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(c.cr_frame, c.cr_running, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()  # closing a finished coroutine is fine
print(c.close())

m = Box().method(7)
print(m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)

# A coroutine is not iterable
c = add(1, 1)
for attempt in (lambda: iter(c), lambda: list(c), lambda: next(c)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
c.close()

# Sending a value into a just-started coroutine
c = add(1, 2)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

# throw() into a fresh coroutine raises at once and finishes it
c = add(1, 2)
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# Awaiting a custom awaitable: its __await__ generator's yields reach the driver
class Ticket:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        got = yield ("waiting for", self.name)
        return f"{self.name}:{got}"


async def worker():
    a = await Ticket("a")
    b = await Ticket("b")
    return [a, b]


w = worker()
print(w.send(None))
print(type(w.cr_await).__name__, w.cr_suspended)
print(w.send(10))
try:
    w.send(20)
except StopIteration as e:
    print("done", e.value)


# throw() while suspended reaches the awaited iterator, then the coroutine
async def guarded():
    try:
        await Ticket("x")
    except KeyError as e:
        return "handled " + repr(e)


g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# close() runs finally blocks of a suspended coroutine
async def with_finally():
    try:
        await Ticket("f")
    finally:
        print("finally ran")


g = with_finally()
g.send(None)
g.close()
print(g.cr_frame)


# Ignoring GeneratorExit is an error
async def stubborn():
    while True:
        try:
            await Ticket("s")
        except GeneratorExit:
            pass


class Stubborn:
    def __await__(self):
        while True:
            try:
                yield 1
            except GeneratorExit:
                pass


async def stubborn2():
    try:
        await Ticket("s2")
    except GeneratorExit:
        await Ticket("again")


s = stubborn2()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# __await__ of a coroutine: the coroutine_wrapper iterator
c = add(4, 5)
w = c.__await__()
print(type(w).__name__, iter(w) is w, addr_free(repr(w)))
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)


# Awaiting a coroutine from another coroutine, values pass through
async def inner():
    x = await Ticket("inner")
    return x * 2


async def outer():
    v = await inner()
    return v + "!"


o = outer()
print(o.send(None))
print(type(o.cr_await).__name__, o.cr_await.__name__)
try:
    o.send("ok")
except StopIteration as e:
    print(e.value)

# __name__ / __qualname__ are writable
c = add(0, 0)
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, addr_free(repr(c)))
try:
    c.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
c.close()
