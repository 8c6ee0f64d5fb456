# The async parts of types, collections.abc and contextlib
import types
import collections.abc as cabc
import contextlib


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def coro_fn():
    return 1


async def agen_fn():
    yield 1


c = coro_fn()
ag = agen_fn()
print(types.CoroutineType, types.AsyncGeneratorType)
print(type(c) is types.CoroutineType, type(ag) is types.AsyncGeneratorType)
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(c, cabc.Iterable))
print(isinstance(ag, cabc.AsyncGenerator), isinstance(ag, cabc.AsyncIterator),
      isinstance(ag, cabc.AsyncIterable), isinstance(ag, cabc.Iterator))
print(issubclass(types.CoroutineType, cabc.Coroutine))
c.close()


class MyAwaitable:
    def __await__(self):
        yield


class MyAsyncIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


print(isinstance(MyAwaitable(), cabc.Awaitable), isinstance(MyAwaitable(), cabc.Coroutine))
print(isinstance(MyAsyncIter(), cabc.AsyncIterator), isinstance(MyAsyncIter(), cabc.AsyncGenerator))


# The mixin methods of AsyncIterator / AsyncGenerator
class Ticker(cabc.AsyncGenerator):
    def __init__(self, n):
        self.n = n

    async def asend(self, value):
        if value is not None:
            print("  sent", value)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

    async def athrow(self, typ, val=None, tb=None):
        print("  athrow", typ.__name__)
        raise typ if val is None else val


async def use_ticker():
    t = Ticker(3)
    got = [x async for x in t]
    t2 = Ticker(5)
    first = await t2.__anext__()
    second = await t2.asend("hi")
    await t2.aclose()
    return got, first, second


print(run(use_ticker()))


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("close " + name)


async def use_contextlib():
    log = []
    async with resource("a", log) as r:
        log.append("using " + r)
    async with resource("b", log):
        raise KeyError("swallowed")
    try:
        async with resource("c", log):
            raise ValueError("kept")
    except ValueError as e:
        log.append("caught " + str(e))

    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("d", log))
        y = await stack.enter_async_context(resource("e", log))
        log.append(f"stack has {x} {y}")

        async def callback(tag):
            log.append("callback " + tag)

        stack.push_async_callback(callback, "cb")
        stack.callback(log.append, "sync callback")
    async with contextlib.aclosing(agen_fn()) as g:
        async for v in g:
            log.append(f"aclosing got {v}")
    async with contextlib.nullcontext("nc") as n:
        log.append("nullcontext " + n)
    return log


for line in run(use_contextlib()):
    print(line)


# asynccontextmanager error paths
@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


async def cm_errors():
    for cm in (no_yield(), two_yields()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)


run(cm_errors())
