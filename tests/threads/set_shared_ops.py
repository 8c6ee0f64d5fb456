# Set operations whose operand other threads empty, fill and narrow at the
# same time: merging a set emptied since its size was read, copies and
# frozensets of a changing set, and intersection_update racing adds (an
# item added meanwhile is not lost, as with CPython's one-step update).
import threading

THREADS = 3
ROUNDS = 1500
shared = set(range(20))
start = threading.Barrier(THREADS + 1)
errors = []


def churn():
    start.wait()
    for i in range(ROUNDS):
        shared.update(range(i % 30))
        shared.clear()


def reader(k):
    start.wait()
    acc = set()
    for i in range(ROUNDS):
        try:
            acc |= shared
            c = shared.copy()
            f = frozenset(shared)
            u = set(shared) | shared
            if not (c <= set(range(30)) and f <= set(range(30)) and u <= set(range(30))):
                errors.append("bad item")
        except RuntimeError as e:
            errors.append(str(e))
    if not acc <= set(range(30)):
        errors.append("bad union")


threads = [threading.Thread(target=reader, args=(k,)) for k in range(THREADS)]
threads.append(threading.Thread(target=churn))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("readers:", errors)

# intersection_update against a superset keeps everything; adds racing it
# must all survive
U = frozenset(range(100000))
S = set()
N = 6000
stop = threading.Event()


def adder(k):
    for i in range(k, N, 2):
        S.add(i)


def narrower():
    while not stop.is_set():
        S.intersection_update(U)
        S.__iand__(U)
        S.intersection_update(U, range(N))


n = threading.Thread(target=narrower)
n.start()
adders = [threading.Thread(target=adder, args=(k,)) for k in range(2)]
for t in adders:
    t.start()
for t in adders:
    t.join()
stop.set()
n.join()
print("after racing intersection_update:", len(S), S == set(range(N)))

# one frozenset hashed by several threads at once
fs = [frozenset([i, str(i), (i,)]) for i in range(2000)]
hashes = []


def hasher():
    hashes.append([hash(f) for f in fs])


hs = [threading.Thread(target=hasher) for _ in range(4)]
for t in hs:
    t.start()
for t in hs:
    t.join()
print("frozenset hashes agree:", all(h == hashes[0] for h in hashes))
