# Threads replacing and reading the same __slots__ attribute: a reader must
# never see a value freed under it (the slot holds ints made by the threads).
import threading


class Counter:
    __slots__ = ("value", "seen")

    def __init__(self):
        self.value = 1000
        self.seen = 0


c = Counter()
N = 30000


def writer(k):
    for i in range(N):
        c.value = 1000 + k * N + i


def reader(out):
    total = 0
    for _ in range(N):
        total += c.value > 0
    out.append(total)


out = []
threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=reader, args=(out,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out, c.value >= 1000)
