# One thread collects garbage in a loop while others start and run: a
# thread that starts while the world is stopped for a collection waits for
# it to end instead of running beside the collector.
import gc
import threading

stop = False
collections = 0


def collector():
    global collections
    while not stop:
        gc.collect()
        collections += 1


def worker(out):
    total = 0
    for i in range(20000):
        total += i
    out.append(total)


c = threading.Thread(target=collector)
c.start()
results = []
for _ in range(4):
    ts = [threading.Thread(target=worker, args=(results,)) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
stop = True
c.join()
print(len(results), set(results), collections > 0)
