# Many threads on one collections.deque: appends at both ends while readers
# look and rotate, then pops from both ends, then a bounded deque. Every
# item is accounted for exactly once.
import threading
import time
from collections import deque

THREADS = 8
N = 20000
d = deque()
start = threading.Barrier(THREADS + 2)
done = threading.Event()


def push(t):
    base = t * N
    start.wait()
    for i in range(N):
        if i & 1:
            d.appendleft(base + i)
        else:
            d.append(base + i)


def look(out):
    start.wait()
    rounds = 0
    while not done.is_set():
        rounds += 1
        n = len(d)
        if n:
            try:
                d[0], d[-1], d[n // 2]
            except IndexError:
                pass
        d.rotate(3)
        try:
            for _ in d:
                pass
        except RuntimeError:
            pass
        assert -1 not in d
        c = d.copy()
        assert len(c) <= THREADS * N
        assert repr(deque(c, maxlen=2)).startswith("deque(")
        time.sleep(0.002)
    out.append("looked")


looked = []
pushers = [threading.Thread(target=push, args=(t,)) for t in range(THREADS)]
others = [threading.Thread(target=look, args=(looked,)) for _ in range(2)]
for t in pushers + others:
    t.start()
for t in pushers:
    t.join()
done.set()
for t in others:
    t.join()
total = THREADS * N
# with the count, the sum shows a lost or doubled item (the pops below check
# both again)
print("pushed", len(d), sum(d) == total * (total - 1) // 2, looked)

# pops from both ends until empty
results = []
pop_start = threading.Barrier(THREADS)


def drain(left):
    pop_start.wait()
    got, s = 0, 0
    pop = d.popleft if left else d.pop
    while True:
        try:
            x = pop()
        except IndexError:
            break
        got += 1
        s += x
    results.append((got, s))


drainers = [threading.Thread(target=drain, args=(t % 2 == 0,)) for t in range(THREADS)]
for t in drainers:
    t.start()
for t in drainers:
    t.join()
print("popped", sum(g for g, _ in results) == total,
      sum(s for _, s in results) == total * (total - 1) // 2, len(d))

# a bounded deque keeps exactly maxlen of the items, each once
b = deque(maxlen=1000)
b_start = threading.Barrier(THREADS)


def fill(t):
    b_start.wait()
    for i in range(N // 8):
        if i % 3:
            b.append((t, i))
        else:
            b.appendleft((t, i))
        if i % 256 == 0:
            b.extend([(t, -i)])


fillers = [threading.Thread(target=fill, args=(t,)) for t in range(THREADS)]
for t in fillers:
    t.start()
for t in fillers:
    t.join()
print("bounded", len(b), len(set(b)) == len(b), b.maxlen)

# producers and consumers through extend / popleft with exact totals
q = deque()
consumed = []
q_start = threading.Barrier(THREADS)
BATCHES = 200


def produce(t):
    q_start.wait()
    for k in range(BATCHES):
        q.extend([t * 1000000 + k * 10 + j for j in range(10)])


def consume():
    q_start.wait()
    mine = []
    want = BATCHES * 10
    while len(mine) < want:
        try:
            mine.append(q.popleft())
        except IndexError:
            pass
    consumed.append(mine)


half = THREADS // 2
workers = [threading.Thread(target=produce, args=(t,)) for t in range(half)]
workers += [threading.Thread(target=consume) for _ in range(half)]
for t in workers:
    t.start()
for t in workers:
    t.join()
flat = [x for part in consumed for x in part]
print("queued", len(flat), len(set(flat)) == len(flat), len(q))
for part in consumed:
    # one producer's items leave in the order they went in
    last = {}
    for x in part:
        p, v = divmod(x, 1000000)
        assert last.get(p, -1) < v
        last[p] = v
print("ok")
