# Weak reference callbacks run while their referent is being freed; a
# collection (here or in another thread) during a callback must not take
# the dying object for garbage and free it a second time. Then several
# threads share weak containers while objects die and gc.collect() loops.
import gc
import threading
import weakref


class O:
    pass


calls = []


def collecting_callback(wr):
    calls.append(1)
    gc.collect()


for i in range(50):
    o = O()
    o.payload = [i]
    w = weakref.ref(o, collecting_callback)
    del o
s = {1, 2}
ws = weakref.ref(s, collecting_callback)
del s
print("callbacks that collected:", len(calls))

THREADS = 4
N = 1500
WV = weakref.WeakValueDictionary()
WS = weakref.WeakSet()
kept = [[] for _ in range(THREADS)]
start = threading.Barrier(THREADS + 1)
done = threading.Event()


def worker(k):
    start.wait()
    for i in range(N):
        o = O()
        key = (k, i)
        WV[key] = o
        WS.add(o)
        if i % 10 == 0:
            kept[k].append(o)
        # every other object dies here, its callbacks racing the collector
        del o


def collector():
    start.wait()
    while not done.is_set():
        gc.collect()


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
c = threading.Thread(target=collector)
for t in threads + [c]:
    t.start()
for t in threads:
    t.join()
done.set()
c.join()
gc.collect()
expected = sum(len(k) for k in kept)
print("live values:", len(WV) == expected, len(list(WV.items())) == expected)
print("live set members:", len(WS) == expected)
print("kept keys present:", all(WV.get((k, i)) is not None
                                for k in range(THREADS) for i in range(0, N, 10)))
