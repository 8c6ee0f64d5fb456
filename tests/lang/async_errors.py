# Errors around await: bad awaitables, misuse of coroutines, SyntaxErrors


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def await_it(x):
    return await x


class NoIter:
    def __await__(self):
        return 5


class ListAwait:
    def __await__(self):
        return [1, 2]


class GenAwait:
    def __await__(self):
        return iter([None, None])


async def agen():
    yield 1


def plain():
    return 1


for obj in (1, "s", None, NoIter(), ListAwait(), plain, agen()):
    try:
        run(await_it(obj))
    except TypeError as e:
        print("TypeError:", e)

print("iterator __await__:", run(await_it(GenAwait())))


# StopIteration inside a coroutine turns into RuntimeError
async def stops():
    raise StopIteration("inner")


try:
    run(stops())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# awaiting a coroutine twice, or one that another await is suspended on
async def value():
    return 42


async def twice():
    c = value()
    first = await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return first


print(run(twice()))


class Tick:
    def __await__(self):
        yield "tick"


async def sleeper():
    await Tick()
    return "slept"


async def waiter(c):
    return await c


s = sleeper()
w1 = waiter(s)
w1.send(None)
w2 = waiter(s)
try:
    w2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(w1))


# a coroutine awaiting itself is already executing
async def selfish():
    return await me


me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)


# exceptions raised in awaited code come back with their type intact
async def deep(n):
    if n == 0:
        raise LookupError("bottom")
    return await deep(n - 1)


try:
    run(deep(20))
except LookupError as e:
    print("LookupError:", e)


# throw with the old signature and with bad arguments
async def catcher():
    try:
        await Tick()
    except Exception as e:
        return repr(e)


for args in [(ValueError,), (ValueError, "v"), (ValueError, ("a", "b")),
             (ValueError("x"), None, None)]:
    c = catcher()
    c.send(None)
    try:
        c.throw(*args)
    except StopIteration as e:
        print("throw", args[0] if isinstance(args[0], type) else "instance", "->", e.value)
for args in [()]:
    c = catcher()
    c.send(None)
    try:
        c.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
    c.close()


# SyntaxErrors
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async for x in y: pass",
    "async with x: pass",
    "class C:\n    await x",
    "lambda: await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield 1\n    return None",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: await x",
    "def f():\n    [await x for x in y]",
    "def f():\n    [x for x in await y]",
    "def f():\n    f'{await x}'",
    "f'{await x}'",
    "async def f():\n    yield 1\n    return",
    "async def f():\n    [x for x in await y]",
    "def f():\n    (await x for x in y)",
    "async def f():\n    async with a as b, c as d:\n        async for e in f:\n            await g",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok:", src.replace("\n", " / "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
