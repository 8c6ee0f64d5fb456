# A thread running alone (the others blocked in join or sleep) takes
# another thread's container items as loans and marks the containers
# LOANED; it, and the owner once it wakes, then drop items through
# sh_qsbr_decref_later, which frees at once when alone after promoting
# the caller's loans. An item read as a loan must stay alive while the
# reader uses it, whoever replaces it and whenever others wake.
import threading
import time

finalized = [0]
count_lock = threading.Lock()


class Obj:
    __slots__ = ("v", "pad")

    def __init__(self, v):
        self.v = v
        self.pad = None

    def __del__(self):
        with count_lock:
            finalized[0] += 1
        self.v = -1  # a reader still holding it would see -1


N = 200
made = [0]


def new(v):
    with count_lock:
        made[0] += 1
    return Obj(v)


lst = [new(i) for i in range(N)]
dct = {i: new(i) for i in range(N)}
tup = tuple(new(i) for i in range(N))
holder = [tup]
bad = []


def gen(src):
    for i in range(N):
        x = src[i]          # a loan, held across the yield
        yield x
        if x.v != i and x.v != i + 1000:
            bad.append(("gen", i, x.v))


def worker(rounds, nap):
    for r in range(rounds):
        for i in range(N):
            x = lst[i]                 # loan from main's list
            lst[i] = new(i + 1000)     # drops the item x names
            if x.v != i and x.v != i + 1000:
                bad.append(("list", r, i, x.v))
            lst[i] = new(i)
            y = dct[i]                 # loan from main's dict
            del dct[i]
            if nap and i % 50 == 0:
                time.sleep(0)          # detach with loans: promoted
            if y.v != i and y.v != i + 1000:
                bad.append(("dict", r, i, y.v))
            dct[i] = new(i)
            t = holder[0]
            a = t[i]                   # loan from a tuple
            if i == N - 1:
                holder[0] = tuple(new(j) for j in range(N))
                del t                  # the tuple may die here
            if a.v != i:
                bad.append(("tuple", r, i, a.v))
        g = gen(lst)
        for i, x in enumerate(g):
            lst[i] = new(i + 1000)     # the generator's loan is dropped by the list
            if x.v != i and x.v != i + 1000:
                bad.append(("genx", r, i, x.v))
        for i in range(N):
            lst[i] = new(i)


def owner_meddles(stop):
    # main wakes between naps while the worker reads: not alone any more
    while not stop[0]:
        time.sleep(0.0005)
        for i in range(0, N, 7):
            lst[i] = new(i)
            dct[i] = new(i)


# phase 1: main blocked in join, the worker alone
w = threading.Thread(target=worker, args=(30, True))
w.start()
w.join()
# phase 2: main and a second thread wake now and then
stop = [False]
m = threading.Thread(target=owner_meddles, args=(stop,))
m.start()
w = threading.Thread(target=worker, args=(30, False))
w.start()
w.join()
stop[0] = True
m.join()
# phase 3: main alone again, dropping from containers the worker marked
for i in range(N):
    x = lst[i]
    lst[i] = None
    y = dct.pop(i)
    if x.v != i or y.v != i:
        bad.append(("main", i, x.v, y.v))
del x, y
holder.clear()
del tup
import gc
gc.collect()
print("bad:", bad[:5])
print("all finalized:", made[0] - finalized[0] == 0, made[0] > 10000)
