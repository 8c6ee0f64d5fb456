# Objects freed by a thread other than their maker (never block-cached) and
# objects over 256 bytes wait for their grace period in per-thread chains
# linked through their first payload words. Readers keep reading the
# containers that held them, the collector and gc.get_objects walk the
# heaps meanwhile (chain blocks must look dead to them), weak references
# to them fire exactly once, and threads end (and are pooled and reused)
# with chains not yet full.
import gc
import threading
import weakref

N = 600
W = 40  # tuple items: past 256 bytes


def big(i):
    return (i,) * W


def text(i):
    return ("%05d" % i) * 60  # about 300 characters


L = [big(i) for i in range(N)]
D = {i: text(i) for i in range(N)}
stop = False
bad = []
fired = [0]
fired_lock = threading.Lock()


class Node:
    def __init__(self, i):
        self.i = i
        self.blob = big(i)
        self.me = self  # a cycle: freed by the collector


def on_dead(ref):
    with fired_lock:
        fired[0] += 1


def reader():
    n = 0
    while not stop:
        for i in range(0, N, 3):
            t = L[i]
            if len(t) != W or t[0] != t[-1] or t[0] % N != i:
                bad.append(("list", i, len(t)))
            s = D.get(i)
            if s is not None and (len(s) != 300 or int(s[:5]) % N != i):
                bad.append(("dict", i, s[:10]))
            n += 1
    return n


def replacer(rounds, base):
    # replaces main's (and the other replacer's) objects: foreign frees
    for r in range(rounds):
        for i in range(N):
            L[i] = big(i + N * (r + base))
            D[i] = text(i + N * (r + base))


def walker(rounds):
    for r in range(rounds):
        objs = gc.get_objects()
        for o in objs:
            t = type(o)
            if t is tuple and len(o) == W and o[0] != o[-1]:
                bad.append(("walk", o[0]))
        del objs
        gc.collect()


refs = []


def short_lived(k):
    # frees fewer blocks than a chain holds, then the thread ends
    nodes = [Node(k * 100 + j) for j in range(50)]
    for nd in nodes:
        refs.append(weakref.ref(nd, on_dead))
    for i in range(k % 7, N, 7):
        L[i] = big(i + N * 1000)
    del nodes


rs = [threading.Thread(target=reader) for _ in range(2)]
for t in rs:
    t.start()
ws = [threading.Thread(target=replacer, args=(15, 0)),
      threading.Thread(target=replacer, args=(15, 100)),
      threading.Thread(target=walker, args=(8,))]
for t in ws:
    t.start()
for k in range(40):
    t = threading.Thread(target=short_lived, args=(k,))
    t.start()
    t.join()
for t in ws:
    t.join()
stop = True
for t in rs:
    t.join()
gc.collect()
print("bad:", bad[:5])
print("weakrefs fired:", fired[0], "of", len(refs), all(r() is None for r in refs))
print("items:", all(len(t) == W and t[0] % N == i for i, t in enumerate(L)),
      all(len(s) == 300 and int(s[:5]) % N == i for i, s in D.items()))
