# Two producers and two consumers on one collections.deque: every item is
# consumed exactly once.
import threading
from collections import deque

d = deque()
N = 20000


def produce():
    for i in range(N):
        d.append(i)


def consume(out):
    n = 0
    while n < N:
        try:
            d.popleft()
            n += 1
        except IndexError:
            pass
    out.append(n)


out = []
threads = [threading.Thread(target=produce) for _ in range(2)]
threads += [threading.Thread(target=consume, args=(out,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(out), len(d))
