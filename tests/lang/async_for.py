# async for over async generators and hand-written async iterators


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Yield:
    def __await__(self):
        yield


async def agen(n):
    for i in range(n):
        await Yield()
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("  __aiter__")
        return self

    async def __anext__(self):
        await Yield()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class SyncANext:
    """__anext__ returning a custom awaitable instead of a coroutine."""

    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        return Item(self.items)


class Item:
    def __init__(self, items):
        self.items = items

    def __await__(self):
        yield "polling"
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def main():
    async for x in agen(3):
        print("agen", x)
    async for x in Countdown(3):
        print("countdown", x)
    async for x in SyncANext("abc"):
        print("sync anext", x)

    # else runs when the loop ends normally, not after break
    async for x in agen(2):
        pass
    else:
        print("else ran, last", x)
    async for x in agen(5):
        if x == 1:
            continue
        if x == 3:
            break
        print("body", x)
    else:
        print("not printed")
    print("after break", x)

    # targets can be anything assignable
    class Obj:
        pass

    o = Obj()
    pairs = {}

    async def pairs_gen():
        for p in [(1, "a"), (2, "b")]:
            yield p

    async for o.attr, pairs[len(pairs)] in pairs_gen():
        pass
    print(o.attr, pairs)
    async for a, (b, *c) in _tuples():
        print(a, b, c)

    # nested loops
    out = []
    async for i in agen(3):
        async for j in agen(i):
            out.append((i, j))
    print(out)

    # return from inside the loop
    async def find(target):
        async for v in agen(10):
            if v == target:
                return f"found {v}"
        return "missing"

    print(await find(4), await find(42))

    # exceptions inside the body propagate (not StopAsyncIteration handling)
    try:
        async for v in agen(3):
            if v == 1:
                raise KeyError(v)
    except KeyError as e:
        print("KeyError from body", e)

    # StopAsyncIteration raised in the body is not swallowed
    try:
        async for v in agen(3):
            raise StopAsyncIteration("from body")
    except StopAsyncIteration as e:
        print("StopAsyncIteration escaped:", e)

    # an exception from __anext__ propagates
    class Broken:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise ValueError("broken iterator")

    try:
        async for v in Broken():
            pass
    except ValueError as e:
        print("ValueError:", e)

    # errors of the protocol
    for bad in (1, [1, 2], BadAIter(), BadANext()):
        try:
            async for v in bad:
                pass
        except TypeError as e:
            print("TypeError:", e, "| cause:", repr(e.__cause__))
    return "main done"


async def _tuples():
    yield 1, (2, 3, 4)
    yield 5, (6,)


class BadAIter:
    def __aiter__(self):
        return 42


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 3


print(run(main()))


# The loop variable lives in the coroutine's locals
async def locals_demo():
    async for item in agen(2):
        pass
    return item, sorted(locals())


print(run(locals_demo()))
