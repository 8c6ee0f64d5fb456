# The with statement looks __enter__/__exit__ up on the type and calls
# them with the context manager, whatever kind of callable they are.
import threading
from contextlib import contextmanager


class Plain:
    def __enter__(self):
        print("enter", type(self).__name__)
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


class Suppress(Plain):
    def __exit__(self, t, v, tb):
        print("suppress", t.__name__)
        return True


class Callable:
    def __call__(self, *args):
        print("callable exit with", len(args), "args")


class OddDescriptors:
    __enter__ = staticmethod(lambda: "static enter")
    __exit__ = Callable()


class Rebinding:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit of the original", self.name)

    def __init__(self, name):
        self.name = name


with Plain() as p:
    print("body", type(p).__name__)
with Suppress():
    raise KeyError("x")
try:
    with Plain():
        raise ValueError("y")
except ValueError as e:
    print("propagated", e)
with OddDescriptors() as v:
    print(v)
m = Rebinding("first")
with m:
    m = Rebinding("second")  # __exit__ is the first one's
lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked())


@contextmanager
def cm(n):
    print("cm enter", n)
    yield n * 2
    print("cm exit", n)


with cm(1) as a, cm(2) as b:
    print(a, b)


def early(n):
    for i in range(3):
        with Plain():
            if i == n:
                return i
            if i == 0:
                continue
            break


print(early(0), early(2))
for obj in (1, object()):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)


class EnterOnly:
    def __enter__(self):
        return self


try:
    with EnterOnly():
        pass
except TypeError as e:
    print("TypeError:", e)
