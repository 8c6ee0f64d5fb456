# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, wait.
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
import concurrent.futures


def square(x):
    return x * x


def slow_add(a, b=0):
    return a + b


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(20))))
    print(list(ex.map(slow_add, [1, 2, 3], [10, 20, 30])))
    print(list(ex.map(square, [], timeout=1)))
    fs = [ex.submit(slow_add, i, b=100) for i in range(10)]
    print([f.result() for f in fs])
    done = sorted(f.result() for f in as_completed(fs))
    print(done)
    print(all(f.done() and not f.running() and not f.cancelled() for f in fs))

# thread names, reuse of idle workers, max_workers
names = set()
names_lock = threading.Lock()


def record(x):
    with names_lock:
        names.add(threading.current_thread().name)
    return x


ex = ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool")
print(ex._max_workers)
for f in [ex.submit(record, i) for i in range(30)]:
    f.result()
ex.shutdown()
print(names <= {"pool_0", "pool_1", "pool_2"}, "pool_0" in names)
try:
    ex.submit(record, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()   # a second shutdown is harmless

import os
print(ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() or 1) + 4))
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)

# initializer runs once per worker thread
inits = []
with ThreadPoolExecutor(2, initializer=inits.append, initargs=("init",)) as ex:
    list(ex.map(square, range(10)))
print(inits[:1], 1 <= len(inits) <= 2)

# exceptions travel through the future
def fail(x):
    if x % 3 == 0:
        raise ValueError("bad %d" % x)
    return x


with ThreadPoolExecutor(4) as ex:
    fs = {ex.submit(fail, i): i for i in range(9)}
    for f in as_completed(fs):
        pass
    for f, i in sorted(fs.items(), key=lambda p: p[1]):
        e = f.exception()
        print(i, "raised" if e else "returned", repr(e) if e else f.result())
    try:
        fs_list = sorted(fs, key=fs.get)
        fs_list[3].result()
    except ValueError as e:
        print("result() re-raises:", e)
    it = ex.map(fail, [1, 2, 3, 4])
    print(next(it), next(it))
    try:
        next(it)
    except ValueError as e:
        print("map raises at the failing item:", e)

# wait()
gate = threading.Event()
with ThreadPoolExecutor(4) as ex:
    quick = ex.submit(square, 7)
    blocked = ex.submit(gate.wait)
    failing = ex.submit(fail, 0)
    quick.result()
    res = wait([quick, failing, blocked], return_when=FIRST_EXCEPTION)
    print(type(res).__name__, quick in res.done, failing in res.done, blocked in res.not_done)
    res = wait([quick, blocked], timeout=0.02)
    print(len(res.done), len(res.not_done))
    res = wait([quick, blocked], return_when=FIRST_COMPLETED)
    print(len(res.done), len(res.not_done))
    gate.set()
    res = wait([quick, blocked, failing], return_when=ALL_COMPLETED)
    print(len(res.done), len(res.not_done), blocked.result())
    done, not_done = wait([quick, quick])
    print(len(done), not_done)
print(concurrent.futures.TimeoutError is TimeoutError)
print(concurrent.futures.__all__)
