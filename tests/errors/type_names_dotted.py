# Error messages name C types as CPython's tp_name does: the module-qualified
# name for types that have one (itertools.repeat, _thread.lock, ...).
import itertools, collections, threading, weakref, os
cases = [
    lambda: len(itertools.repeat(1, 3)),
    lambda: hash(collections.deque()),
    lambda: {} + itertools.count(),
    lambda: "x" + itertools.chain(),
    lambda: list[int] + 1,
    lambda: threading.Lock() < threading.Lock(),
    lambda: itertools.count()[0],
    lambda: iter(collections.deque()) + 1,
    lambda: -itertools.cycle([]),
    lambda: int(itertools.repeat(1)),
    lambda: weakref.ref(int) + 1,
    lambda: (int | str) + 1,
    lambda: next(os.scandir(".")) + 1,
    lambda: itertools.chain.__new__(int),
    lambda: itertools.islice.__next__(1),
    lambda: len(itertools.groupby([])),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
