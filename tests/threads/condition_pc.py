# Condition: a bounded buffer with several producers and consumers.
import threading

CAPACITY = 5
buffer = []
cond = threading.Condition()
produced_total = 0
consumed = []
DONE = object()


def producer(base, n):
    for i in range(n):
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(base + i)
            cond.notify_all()


def consumer(out):
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is DONE:
            return
        out.append(item)


outs = [[] for _ in range(4)]
consumers = [threading.Thread(target=consumer, args=(outs[k],)) for k in range(4)]
producers = [threading.Thread(target=producer, args=(k * 1000, 300)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
with cond:
    for _ in consumers:
        cond.wait_for(lambda: len(buffer) < CAPACITY)
        buffer.append(DONE)
        cond.notify_all()
for t in consumers:
    t.join()
items = sorted(x for out in outs for x in out)
print(len(items), items == sorted(k * 1000 + i for k in range(4) for i in range(300)))
print("buffer left", buffer)

# wait with and without timeout, notify(n)
c = threading.Condition(threading.Lock())
with c:
    print("timed out wait ->", c.wait(0.01))
    print("wait_for false ->", c.wait_for(lambda: False, timeout=0.01))
    print("wait_for value ->", c.wait_for(lambda: 42, timeout=0.01))

woken = []
ready = threading.Semaphore(0)
flag = [False]


def sleeper(k):
    with c:
        ready.release()
        while not flag[0]:
            c.wait()
        woken.append(k)


threads = [threading.Thread(target=sleeper, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
with c:
    flag[0] = True
    c.notify(2)
    c.notify_all()
for t in threads:
    t.join()
print("woken", sorted(woken))

for call in (c.wait, c.notify, c.notify_all):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at "))
print(repr(c).endswith(", 0)>"))
