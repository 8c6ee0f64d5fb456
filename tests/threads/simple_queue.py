# queue.SimpleQueue: many producers and consumers, get() with timeouts.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
N_PRODUCERS, N_CONSUMERS, PER = 4, 4, 2000
received = [[] for _ in range(N_CONSUMERS)]


def produce(k):
    for i in range(PER):
        sq.put((k, i))


def consume(out):
    while True:
        item = sq.get()
        if item is None:
            return
        out.append(item)


consumers = [threading.Thread(target=consume, args=(received[k],)) for k in range(N_CONSUMERS)]
producers = [threading.Thread(target=produce, args=(k,)) for k in range(N_PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    sq.put(None)
for t in consumers:
    t.join()
allitems = [x for out in received for x in out]
print(len(allitems), len(set(allitems)))
# each consumer sees each producer's items in order
ok = True
for out in received:
    for k in range(N_PRODUCERS):
        seq = [i for (p, i) in out if p == k]
        ok = ok and seq == sorted(seq)
print("ordered per consumer:", ok)
print(sq.empty(), sq.qsize())

try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty at once")
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty non-blocking")
try:
    sq.get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
sq.put_nowait(1)
sq.put(2, block=False, timeout=3)
print(sq.qsize(), sq.get(), sq.get())

# getters that are already waiting when the items arrive
results = []
lock = threading.Lock()


def waiter():
    v = sq.get(timeout=5)
    with lock:
        results.append(v)


ws = [threading.Thread(target=waiter) for _ in range(5)]
for t in ws:
    t.start()
for i in range(5):
    sq.put(i * 10)
for t in ws:
    t.join()
print(sorted(results))
