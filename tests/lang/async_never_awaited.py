# A coroutine that is never awaited warns when it is destroyed


class Tick:
    def __await__(self):
        yield "tick"


async def job(n):
    await Tick()
    return n


print("expression statement")
job(1)
print("dropped inside a function")


def make_and_drop():
    c = job(3)
    return "made"


print(make_and_drop())
print("the same line warns only once")
for i in range(3):
    job(i)
print("closed coroutines do not warn")
c = job(4)
c.close()
del c
print("started coroutines are closed instead")
c = job(5)
c.send(None)
del c
print("finished coroutines are fine")
c = job(6)
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
del c


class Holder:
    def __init__(self):
        self.coro = job(7)


def use_holder():
    h = Holder()
    return type(h).__name__


print("attribute of a dropped object")
print(use_holder())
print("end")
