# contextlib.contextmanager and suppress
from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("generator caught", e)

with catching():
    raise ValueError("oops")
print("continued")

try:
    with tag("err"):
        raise KeyError("propagates")
except KeyError as e:
    print("outer caught", e)

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
with nullcontext(42) as v:
    print("nullcontext gives", v)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
