# threading.Event and threading.Timer.
import threading
import time

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), ev.wait(0))
arrived = []
lock = threading.Lock()
ready = threading.Semaphore(0)


def waiter(k):
    ready.release()
    r = ev.wait()
    with lock:
        arrived.append((k, r))


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(6)]
for t in ws:
    t.start()
for _ in ws:
    ready.acquire()
print("before set:", arrived)
ev.set()
for t in ws:
    t.join()
print(sorted(arrived))
print(ev.is_set(), ev.wait(), ev.wait(0.01))
ev.clear()
print(ev.is_set(), ev.wait(0.01))
r = repr(ev)
print(r[:len("<threading.Event at ")], r[r.index(": "):])
ev.set()
r = repr(ev)
print(r[r.index(": "):])

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
trace = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append("pong %d" % i)
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(5):
    trace.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(trace)

# Timer: fires once, after the interval, with its arguments
fired = []
t = threading.Timer(0.02, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"x": 3})
start = time.monotonic()
t.start()
t.join()
print(fired, time.monotonic() - start >= 0.015, t.finished.is_set(), t.is_alive())

# a cancelled Timer never fires
fired2 = []
t2 = threading.Timer(10, fired2.append, args=("never",))
t2.start()
t2.cancel()
t2.join()
print(fired2, t2.finished.is_set(), t2.is_alive())

# cancel before start
t3 = threading.Timer(0, fired2.append, args=("nope",))
t3.cancel()
t3.start()
t3.join()
print(fired2)
t4 = threading.Timer(1, print)
print(t4.interval, t4.args, t4.kwargs, isinstance(t4, threading.Thread), t4.daemon)
