# ThreadPoolExecutor: timeouts, cancellation, broken pools, shutdown.
import io
import sys
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                TimeoutError, CancelledError, BrokenExecutor)
from concurrent.futures.thread import BrokenThreadPool

gate = threading.Event()

# map() with a timeout: the results that are late raise TimeoutError
with ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: gate.wait() and x, [1, 2], timeout=0.02)
    try:
        list(it)
    except TimeoutError as e:
        print("map TimeoutError", repr(e))
    gate.set()

# as_completed() with a timeout
gate.clear()
with ThreadPoolExecutor(2) as ex:
    fast = ex.submit(lambda: "fast")
    slow = ex.submit(gate.wait)
    got = []
    try:
        for f in as_completed([fast, slow, fast], timeout=0.05):
            got.append(f.result())
    except TimeoutError as e:
        print("as_completed TimeoutError:", e)
    print(got)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("result TimeoutError")
    gate.set()
    print(slow.result(timeout=5))

# cancelling queued work: only futures that have not started can be cancelled
gate.clear()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "blocker done"


ex = ThreadPoolExecutor(1)
first = ex.submit(blocker)
started.wait()
queued = [ex.submit(lambda i=i: i) for i in range(3)]
print(first.cancel(), first.running(), queued[0].cancel(), queued[0].cancelled())
gate.set()
print(first.result(), [q.result() for q in queued[1:]])
try:
    queued[0].result()
except CancelledError:
    print("CancelledError")
ex.shutdown()

# shutdown(cancel_futures=True) cancels what is still queued
gate.clear()
started.clear()
ex = ThreadPoolExecutor(1)
first = ex.submit(blocker)
started.wait()
pending = [ex.submit(lambda i=i: i) for i in range(4)]
ex.shutdown(wait=False, cancel_futures=True)
print([p.cancelled() for p in pending], first.cancelled())
gate.set()
ex.shutdown(wait=True)
print(first.result(), first.done())
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)

# a failing initializer breaks the pool; the error is logged on stderr
def bad_init():
    raise OSError("no resources")


saved = sys.stderr
sys.stderr = capture = io.StringIO()
try:
    ex = ThreadPoolExecutor(2, initializer=bad_init)
    f = ex.submit(print, "never printed")
    try:
        f.result(timeout=5)
    except BrokenThreadPool as e:
        print("BrokenThreadPool:", e)
    time.sleep(0.01)
    try:
        ex.submit(print, "never")
    except BrokenExecutor as e:
        print(type(e).__name__, isinstance(e, RuntimeError))
    ex.shutdown()
finally:
    sys.stderr = saved
lines = capture.getvalue().splitlines()
print(lines[0], "|", lines[-1])

# exceptions keep their type and traceback through result()
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    return deep(n - 1)


with ThreadPoolExecutor(3) as ex:
    f = ex.submit(deep, 3)
    try:
        f.result()
    except LookupError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(repr(e), names.count("deep"))
    print(type(f.exception()).__name__)
    # BaseException subclasses are captured too
    f = ex.submit(sys.exit, 4)
    print(repr(f.exception()))
    done, not_done = wait([ex.submit(deep, i) for i in range(3)])
    print(sorted(type(d.exception()).__name__ for d in done), not_done)

# executors used from several threads at once
with ThreadPoolExecutor(4) as ex:
    results = []
    lock = threading.Lock()

    def client(k):
        fs = [ex.submit(pow, k, i) for i in range(50)]
        s = sum(f.result() for f in fs)
        with lock:
            results.append((k, s))

    clients = [threading.Thread(target=client, args=(k,)) for k in range(2, 6)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
print(sorted(results) == sorted((k, sum(k ** i for i in range(50))) for k in range(2, 6)))
print("exiting with a live executor")
leftover = ThreadPoolExecutor(2)
leftover.submit(time.sleep, 0.01)
