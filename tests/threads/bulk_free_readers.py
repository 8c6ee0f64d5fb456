# Objects freed by the ten thousand while other threads read them from
# shared containers: freed blocks wait for a grace period in chains; a
# reader must never see a freed or half-reused object.
import threading


class Box:
    __slots__ = ("value", "twice")

    def __init__(self, value):
        self.value = value
        self.twice = value * 2


shared = [Box(i) for i in range(5000)]
table = {i: Box(i) for i in range(5000)}
stop = False
bad = []


def reader(seed):
    n = 0
    i = seed
    while not stop:
        i = (i * 1103515245 + 12345) % 5000
        b = shared[i]
        if b.twice != b.value * 2:
            bad.append(("list", b.value, b.twice))
        t = table.get(i)
        if t is not None and (t.twice != t.value * 2 or not isinstance(t.value, int)):
            bad.append(("dict", t.value, t.twice))
        n += 1
    return n


def writer():
    global shared
    for round_ in range(30):
        # replace every item (the old ones freed one by one), then the whole
        # list and dict at once (freed in bulk)
        for i in range(5000):
            shared[i] = Box(i + round_)
        shared = [Box(i - round_) for i in range(5000)]
        fresh = {i: Box(i * 3) for i in range(5000)}
        table.clear()
        table.update(fresh)
        del fresh


readers = [threading.Thread(target=reader, args=(s,)) for s in (1, 2, 3)]
for t in readers:
    t.start()
w = threading.Thread(target=writer)
w.start()
w.join()
stop = True
for t in readers:
    t.join()
print("bad:", bad[:5])
print("items:", len(shared), len(table), all(b.twice == b.value * 2 for b in shared))
