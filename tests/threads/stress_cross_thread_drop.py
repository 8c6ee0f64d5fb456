# Objects made in one thread and dropped in another (and threads that end
# while others still hold their objects): every object is finalized once.
import threading
import queue

finalized = 0
count_lock = threading.Lock()


class Payload:
    def __init__(self, n):
        self.n = n
        self.data = [n] * 4

    def __del__(self):
        global finalized
        with count_lock:
            finalized += 1


q = queue.Queue()
N = 3000


def producer(k):
    for i in range(N):
        q.put(Payload(k * N + i))


def consumer(out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item.n
    out.append(total)


sums = []
producers = [threading.Thread(target=producer, args=(k,)) for k in range(3)]
consumers = [threading.Thread(target=consumer, args=(sums,)) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sum(sums) == sum(range(3 * N)), finalized == 3 * N)

# objects created by threads that have finished, dropped by the main thread
kept = []


def make(k):
    kept.append([Payload(-1) for _ in range(100)])


ts = [threading.Thread(target=make, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
before = finalized
kept.clear()
print(finalized - before)
