# Classes implementing __enter__/__exit__
class Timer:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(("exit", exc_type.__name__ if exc_type else None))
        return False

log = []
with Timer(log) as t:
    log.append("body")
print(log, isinstance(t, Timer))

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)

with Suppress(KeyError, IndexError):
    [][5]
print("IndexError suppressed")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", repr(ev))
        return True

data = {"a": 1}
with Transaction(data) as d:
    d["b"] = 2
with Transaction(data) as d:
    d["c"] = 3
    raise RuntimeError("fail")
print(data)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from __exit__")
try:
    with ExitRaises():
        raise KeyError("body")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
