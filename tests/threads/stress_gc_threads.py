# The cycle collector runs (stopping the world) while other threads
# allocate cycles and mutate shared containers.
import gc
import threading
import time

stop = threading.Event()
made = []
lock = threading.Lock()


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None


def churn(k):
    n = 0
    shared = {}
    while not stop.is_set() and n < 20000:
        a = Node(n)
        b = Node(n + 1)
        a.other = b
        b.other = a
        shared[n % 50] = [a, b]
        n += 1
    with lock:
        made.append(n)


threads = [threading.Thread(target=churn, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
collected = 0
for _ in range(20):
    collected += gc.collect()
    time.sleep(0.005)
stop.set()
for t in threads:
    t.join()
gc.collect()
print(len(made), all(n > 0 for n in made), collected >= 0)
print(gc.isenabled())
