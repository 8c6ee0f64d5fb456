# concurrent.futures.Future on its own: states, reprs, callbacks, errors.
import io
import sys
import threading
from concurrent.futures import Future, CancelledError, TimeoutError, InvalidStateError
import concurrent.futures


def show(f):
    # reprs carry the address: hide it
    return repr(f).replace(hex(id(f)), "0xADDR")


f = Future()
print(show(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e))
try:
    f.exception(timeout=0)
except TimeoutError:
    print("TimeoutError from exception()")
print(f.set_running_or_notify_cancel(), show(f), f.running(), f.cancel())
f.set_result([1, 2])
print(show(f), f.result(), f.exception(), f.done())
try:
    f.set_result(3)
except InvalidStateError as e:
    print("InvalidStateError", str(e).replace(hex(id(f)), "0xADDR"))
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

g = Future()
g.set_exception(KeyError("k"))
print(show(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("raised", repr(e))

c = Future()
print(c.cancel(), c.cancel(), show(c), c.cancelled(), c.done())
for call in (c.result, c.exception):
    try:
        call()
    except CancelledError as e:
        print("CancelledError", repr(e))
print(c.set_running_or_notify_cancel(), show(c))
saved = sys.stderr
sys.stderr = capture = io.StringIO()
try:
    c.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
finally:
    sys.stderr = saved
print(capture.getvalue().replace(str(id(c)), "ID"), end="")

# callbacks: in order, once, immediately when already done
log = []
h = Future()
h.add_done_callback(lambda fut: log.append(("first", fut.result())))
h.add_done_callback(lambda fut: log.append(("second", fut.result())))
print(log)
h.set_result("ok")
print(log)
h.add_done_callback(lambda fut: log.append(("late", fut.result())))
print(log)
cc = Future()
cc.add_done_callback(lambda fut: log.append(("cancelled", fut.cancelled())))
cc.cancel()
print(log[-1])

# a failing callback is reported on stderr and the others still run
saved = sys.stderr
sys.stderr = capture = io.StringIO()
try:
    bad = Future()

    def boom(fut):
        raise ZeroDivisionError("in callback")

    bad.add_done_callback(boom)
    bad.add_done_callback(lambda fut: log.append("after boom"))
    bad.set_result(5)
finally:
    sys.stderr = saved
lines = capture.getvalue().splitlines()
print(lines[0].replace(hex(id(bad)), "0xADDR"))
print(lines[-1], log[-1])

# result() waits for another thread
w = Future()
t = threading.Timer(0.02, w.set_result, args=(99,))
t.start()
print(w.result(timeout=5))
t.join()

# many threads waiting on one future
shared = Future()
got = []
lock = threading.Lock()


def waiter():
    v = shared.result()
    with lock:
        got.append(v)


ws = [threading.Thread(target=waiter) for _ in range(6)]
for x in ws:
    x.start()
shared.set_result(7)
for x in ws:
    x.join()
print(got)

print(concurrent.futures.CancelledError.__mro__[1].__name__,
      concurrent.futures.BrokenExecutor.__mro__[1].__name__)
