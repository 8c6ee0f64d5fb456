# Lock and RLock timeouts are read as CPython reads them: a float (NaN
# refused) or an integer through __index__, rounded to nanoseconds, with
# CPython's errors for out-of-range values. A NaN timeout on a held lock
# used to wait forever. Thread.join and SimpleQueue.get pass a NaN through
# to these locks (Condition.wait and Event.wait never wait with it).
import queue
import threading
from fractions import Fraction


class Index:
    def __index__(self):
        return 0


class OnlyFloat:
    def __float__(self):
        return 0.0


VALUES = [float("nan"), 0, 0.0, -0.0, 1e-12, False, Index(), OnlyFloat(), Fraction(1, 100),
          None, "x", -2, -1.5, -1.0000000001, float("-inf"), float("inf"), 1e300,
          10 ** 10, 2 ** 63, 2 ** 64, -(2 ** 64), 9223372037.0]


def name(v):
    return type(v).__name__ + ("" if type(v) in (Index, OnlyFloat) else " " + repr(v))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for make in (threading.Lock, threading.RLock):
    lock = make()
    holder_ready = threading.Event()
    done = threading.Event()

    def hold():
        with lock:
            holder_ready.set()
            done.wait()

    t = threading.Thread(target=hold)
    t.start()
    holder_ready.wait()
    for v in VALUES:
        for blocking in (True, False):
            attempt("%s %s blocking=%s" % (make.__name__, name(v), blocking),
                    lambda: lock.acquire(blocking, v))
    done.set()
    t.join()

nan = float("nan")
cond = threading.Condition()
with cond:
    attempt("Condition.wait", lambda: cond.wait(nan))
    print("waiters left", len(cond._waiters))
attempt("Event.wait", lambda: threading.Event().wait(nan))
attempt("SimpleQueue.get", lambda: queue.SimpleQueue().get(timeout=nan))
t = threading.Thread(target=lambda: None)
t.start()
attempt("join", lambda: t.join(nan))
t.join()
