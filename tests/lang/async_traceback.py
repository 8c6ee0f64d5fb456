# Tracebacks through coroutines, async generators and async with/for


class Tick:
    def __await__(self):
        yield "tick"


async def leaf(x):
    await Tick()
    return 10 // x


async def middle(x):
    value = await leaf(x)
    return value + 1


async def agen():
    yield await middle(5)
    yield await middle(0)


async def consume():
    total = 0
    async for v in agen():
        total += v
    return total


def drive(coro):
    while True:
        coro.send(None)


try:
    drive(consume())
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("caught", e, names)

print("now uncaught")
drive(consume())
