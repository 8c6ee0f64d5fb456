# async with: __aenter__/__aexit__ awaited, suppression, early exits


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Yield:
    def __await__(self):
        yield


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Yield()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Yield()
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress


async def basics():
    async with Resource("a") as v:
        print("body", v)
    async with Resource("b"), Resource("c") as c:
        print("body", c)
    async with Resource("d", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Resource("e"):
            raise KeyError("kept")
    except KeyError as e:
        print("KeyError", e)
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with Resource("t") as (first, *rest):
        print(first, rest)
    return await early_return()


async def early_return():
    async with Resource("r"):
        return "returned from inside"


print(run(basics()))


# exit/enter order with nested managers and exceptions in __aexit__
class Loud:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        if self.fail_exit:
            raise RuntimeError("exit of " + self.name)
        return False


async def nested():
    try:
        async with Loud("outer"), Loud("inner", fail_exit=True):
            raise IndexError("body")
    except RuntimeError as e:
        print("RuntimeError:", e, "context:", repr(e.__context__))


run(nested())


# a manager whose methods return custom awaitables
class Manual:
    def __aenter__(self):
        return Ready("entered")

    def __aexit__(self, *exc):
        return Ready(True)


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield "tick"
        return self.value


async def manual():
    async with Manual() as m:
        print("manual body", m)
        raise OSError("swallowed")
    return "manual ok"


coro = manual()
print(coro.send(None))
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)


# protocol errors
class NoAexit:
    async def __aenter__(self):
        return 1


class NoAenter:
    async def __aexit__(self, *a):
        pass


class SyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class BadAwaitables:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class BadExit:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *a):
        return None


async def errors():
    for cm in (NoAexit(), NoAenter(), SyncCM(), 42, BadAwaitables(), BadExit()):
        try:
            async with cm as value:
                print("body ran with", value)
        except TypeError as e:
            print("TypeError:", e)


run(errors())


# __aexit__ receives the exception and the handled exception is restored
import sys


class Inspect:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await Yield()
        print("in __aexit__, handling:", repr(sys.exc_info()[1]))
        return True


async def inspect_exc():
    async with Inspect():
        raise ZeroDivisionError("zde")
    print("after, handling:", sys.exc_info())


run(inspect_exc())
