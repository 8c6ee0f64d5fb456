# queue.Queue with worker threads, task_done()/join(), and the other queues.
import queue
import threading

q = queue.Queue()
results = []
results_lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with results_lock:
            results.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(6)]
for t in workers:
    t.start()
for i in range(500):
    q.put(i)
q.join()
print("after join:", len(results), q.unfinished_tasks, q.qsize(), q.empty())
for _ in workers:
    q.put(None)
for t in workers:
    t.join()
print(sum(results) == sum(i * i for i in range(500)), sorted(results)[:5])

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# bounded queue: producers block while it is full
bq = queue.Queue(maxsize=3)
print(bq.maxsize, bq.full(), bq.empty())
got = []


def producer(base):
    for i in range(100):
        bq.put(base + i)


def consumer(n):
    for _ in range(n):
        got.append(bq.get())
        bq.task_done()


producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer, args=(200,)) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers + consumers:
    t.join()
bq.join()
print(len(got), sorted(got) == sorted(k * 1000 + i for k in range(4) for i in range(100)))

# per-producer order is kept by a FIFO queue with one consumer
fifo = queue.Queue(maxsize=10)
out = []


def one_consumer():
    for _ in range(3 * 50):
        out.append(fifo.get())


c = threading.Thread(target=one_consumer)
c.start()
ps = [threading.Thread(target=lambda k=k: [fifo.put((k, i)) for i in range(50)]) for k in range(3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
c.join()
print(all([i for (k2, i) in out if k2 == k] == list(range(50)) for k in range(3)))

# Full and Empty, with and without timeouts
small = queue.Queue(1)
small.put_nowait("a")
print(small.full(), small.qsize())
for call in (lambda: small.put_nowait("b"), lambda: small.put("b", timeout=0.01),
             lambda: small.put("b", block=False)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
print(small.get_nowait())
for call in (small.get_nowait, lambda: small.get(timeout=0.01), lambda: small.get(False)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    small.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    small.put(1)
    small.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# a get() with a timeout that is satisfied by another thread
late = queue.Queue()
timer = threading.Timer(0.02, late.put, args=("late item",))
timer.start()
print(late.get(timeout=5))
timer.join()

lifo = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lifo.put(x)
    pq.put((x, "p%d" % x))
print([lifo.get() for _ in range(5)])
print([pq.get() for _ in range(5)])
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.Empty, Exception))
print(queue.Queue().queue, queue.LifoQueue().queue, queue.PriorityQueue().queue)
print(queue.__all__)
