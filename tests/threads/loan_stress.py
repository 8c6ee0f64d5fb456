# Values read without counting (loans) from containers another thread owns,
# while that thread replaces, pops and deletes them: readers must always see
# whole, live values; every __del__ runs exactly once; nothing is lost.
import threading

N_READERS = 4
ROUNDS = 3000
KEYS = 64

deleted = [0]
del_lock = threading.Lock()


class Box:
    __slots__ = ("n", "s", "__weakref__")

    def __init__(self, n):
        self.n = n
        self.s = str(n)

    def __del__(self):
        with del_lock:
            deleted[0] += 1


class Holder:
    pass


made = [0]
shared = {k: Box(k) for k in range(KEYS)}
items = [Box(k) for k in range(KEYS)]
holder = Holder()
holder.box = Box(-1)
G = Box(-2)
grid = [[Box(-3)] for _ in range(8)]
pairs = {k: (Box(-4), Box(-4)) for k in range(8)}
made[0] = KEYS * 2 + 2 + 8 + 16
stop = threading.Event()
bad = []


def reader(idx):
    seen = 0
    while not stop.is_set():
        for k in range(KEYS):
            b = shared.get(k)
            if b is not None and b.s != str(b.n):
                bad.append(("dict", b.n, b.s))
            try:
                b = shared[k]
                if b.s != str(b.n):
                    bad.append(("dict[]", b.n, b.s))
            except KeyError:
                pass
        for b in items:
            if b.s != str(b.n):
                bad.append(("list", b.n, b.s))
            seen += 1
        if len(items):
            try:
                b = items[idx % len(items)]
                if b.s != str(b.n):
                    bad.append(("list[]", b.n, b.s))
            except IndexError:
                pass
        b = holder.box
        if b.s != str(b.n):
            bad.append(("attr", b.n, b.s))
        b = G
        if b.s != str(b.n):
            bad.append(("global", b.n, b.s))
        for row in grid:
            for b in row:
                if b.s != str(b.n):
                    bad.append(("grid", b.n, b.s))
        for k in range(8):
            pair = pairs[k]
            a, b = pair
            if a.s != str(a.n) or b.s != str(b.n) or pair[1] is not b:
                bad.append(("pair", a.n, b.n))
            for b in pairs[k]:
                if b.s != str(b.n):
                    bad.append(("pair item", b.n, b.s))
    return seen


def writer():
    global G
    n = 1000
    for r in range(ROUNDS):
        k = r % KEYS
        shared[k] = Box(n)
        n += 1
        if r % 7 == 0:
            del shared[k]
        if r % 11 == 0:
            shared.pop(k, None)
        items[k] = Box(n)
        n += 1
        if r % 5 == 0:
            items.append(Box(n))
            n += 1
            items.pop()
        holder.box = Box(n)
        n += 1
        G = Box(n)
        n += 1
        row = grid[r % 8]
        row.append(Box(n))
        n += 1
        if len(row) > 40:
            grid[r % 8] = [Box(n)]
            n += 1
        pairs[r % 8] = (Box(n), Box(n + 1))
        n += 2
        if r % 13 == 0:
            items.pop(0)
            items.insert(0, Box(n))
            n += 1
    made[0] += n - 1000
    stop.set()


threads = [threading.Thread(target=reader, args=(i,)) for i in range(N_READERS)]
for t in threads:
    t.start()
w = threading.Thread(target=writer)
w.start()
w.join()
for t in threads:
    t.join()
print("bad reads:", bad[:5])
shared.clear()
items.clear()
del holder.box
del G
grid.clear()
pairs.clear()
import gc
for _ in range(3):
    gc.collect()
import time
deadline = time.time() + 5
while deleted[0] < made[0] and time.time() < deadline:
    time.sleep(0.01)
print("made == deleted:", made[0] == deleted[0], made[0] - deleted[0])
