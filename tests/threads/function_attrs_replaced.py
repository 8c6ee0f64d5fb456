# Threads call a function while another keeps replacing its __defaults__,
# __kwdefaults__ and __dict__: each call sees one of the values stored,
# none freed early.
import threading

ROUNDS = 20000


def f(a=1, *, b=10):
    return a + b


stop = threading.Event()
bad = []


def caller():
    while not stop.is_set():
        r = f()
        if r not in (11, 12, 21, 22):
            bad.append(r)
        f.__dict__.get("tag")
        d = f.__defaults__
        if d not in ((1,), (2,)):
            bad.append(d)


ts = [threading.Thread(target=caller) for _ in range(3)]
for t in ts:
    t.start()
for i in range(ROUNDS):
    f.__defaults__ = (1 + i % 2,)
    f.__kwdefaults__ = {"b": 10 * (1 + i % 2)}
    f.__dict__ = {"tag": [i]}
stop.set()
for t in ts:
    t.join()
print("bad:", bad[:3], f(), f.tag == [ROUNDS - 1])
