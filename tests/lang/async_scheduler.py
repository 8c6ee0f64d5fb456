# A hand-written round-robin scheduler over coroutines (no event loop):
# tasks await a custom awaitable whose __await__ yields back to the loop.
from collections import deque


class Pause:
    """Yield control to the scheduler for `n` rounds."""

    def __init__(self, n=1):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield "pause"
        return self.n


class Channel:
    def __init__(self):
        self.items = deque()

    def put(self, item):
        self.items.append(item)

    def __await__(self):
        while not self.items:
            yield "wait"
        return self.items.popleft()


class Task:
    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.result = None
        self.error = None
        self.steps = 0


def run(*coros):
    tasks = deque(Task(c, c.__name__ + str(i)) for i, c in enumerate(coros))
    finished = []
    while tasks:
        t = tasks.popleft()
        try:
            signal = t.coro.send(None)
        except StopIteration as e:
            t.result = e.value
            finished.append(t)
            print(f"  [{t.name} finished after {t.steps} steps -> {t.result!r}]")
            continue
        except Exception as e:
            t.error = e
            finished.append(t)
            print(f"  [{t.name} failed: {type(e).__name__}: {e}]")
            continue
        t.steps += 1
        assert signal in ("pause", "wait"), signal
        tasks.append(t)
    return finished


async def counter(label, n):
    total = 0
    for i in range(n):
        print(label, i)
        total += await Pause()
    return total


async def sleeper(rounds):
    waited = await Pause(rounds)
    print("slept", waited)
    return waited


async def helper(x):
    await Pause()
    return x * x


async def composer():
    parts = []
    for x in range(3):
        parts.append(await helper(x))
    print("composed", parts)
    return sum(parts)


async def failing():
    await Pause(2)
    raise ValueError("task blew up")


chan = Channel()


async def producer():
    for i in range(3):
        chan.put(f"msg{i}")
        print("put", i)
        await Pause(2)
    chan.put(None)
    return "producer done"


async def consumer():
    got = []
    while True:
        item = await chan
        if item is None:
            break
        print("got", item)
        got.append(item)
    return got


print("round 1")
done = run(counter("A", 3), counter("B", 2), sleeper(4))
print([t.result for t in done])

print("round 2")
done = run(composer(), failing(), helper(7))
print([(t.name, t.result, type(t.error).__name__) for t in done])

print("round 3")
done = run(consumer(), producer())
print([t.result for t in done])


# Exceptions thrown into a waiting task reach its try/except
async def resilient():
    attempts = 0
    while True:
        try:
            await Pause()
            return attempts
        except TimeoutError:
            attempts += 1
            print("retrying", attempts)


r = resilient()
r.send(None)
r.throw(TimeoutError())
r.throw(TimeoutError())
try:
    r.send(None)
except StopIteration as e:
    print("resilient ->", e.value)
