# Asynchronous comprehensions, async generator expressions, await in
# expressions of all kinds (f-strings, arguments, conditions...)


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


async def double(x):
    await Yield()
    return x * 2


async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: -x async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([x async for x in agen(6) if x % 2 if await double(x) > 2])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([[y async for y in agen(x)] async for x in agen(3)])
    print([x for x in await double([1, 2])])

    # async generator expressions are async generators
    ge = (await double(x) async for x in agen(3))
    print(type(ge).__name__, [v async for v in ge])
    ge2 = (x * 10 for x in range(3) if await double(x))
    print(type(ge2).__name__, [v async for v in ge2])

    # await inside other expressions
    print(f"{await double(21)} and {await double('ab')!r:>8}")
    print(await double(1) + await double(2) * await double(3))
    d = {await double(1): await double("k")}
    print(d, [await double(i) for i in [await double(1)]])
    print(await double(3) if await double(0) else "zero")
    print((await double(2)) ** 2, -await double(4), not await double(0))
    values = [await double(x) for x in (1, 2)]
    print(sum(values), max(await double(5), await double(-5)))
    lam_result = await (lambda: double(8))()
    print(lam_result)
    x = 0
    x += await double(4)
    print(x)
    obj = type("O", (), {})()
    obj.attr = await double(7)
    print(obj.attr)
    return "ok"


print(run(main()))


# comprehension variables do not leak; outer names are visible
async def scoping():
    n = 3
    squares = [i * i async for i in agen(n)]
    try:
        i
    except NameError as e:
        print("NameError:", e)
    return squares


print(run(scoping()))


# an async comprehension in a sync function is a compile-time error, but an
# async generator expression is allowed anywhere
def sync_side():
    return (x async for x in agen(2))


g = sync_side()
print(type(g).__name__)


async def collect(g):
    return [x async for x in g]


print(run(collect(sync_side())))

for src in ["def f():\n    return [x async for x in y]",
            "def f():\n    return {await x for x in y}",
            "[x async for x in y]",
            "def f():\n    return [[x async for x in y] for z in w]",
            "async def f():\n    return lambda: [x async for x in y]"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
