# Eight threads hammer one list, one dict and one set at once, so their
# object mutexes are contended and waiters park: no update may be lost.
import threading

THREADS = 8
N = 1000
lst = []
d = {}
hot = {}
s = set()
popped = [None] * THREADS
start = threading.Barrier(THREADS)


def worker(k):
    mine = []
    base = k * N
    start.wait()
    for i in range(N):
        key = base + i
        lst.append(key)
        lst.extend((-key - 1, key + 1000000))
        mine.append(lst.pop())
        d[key] = i
        d.update({-key - 1: k})
        if i % 3 == 0:
            d.pop(-key - 1)
        hot[i % 64] = k
        s.add(key)
        s.update((-key - 1,))
        if i % 2 == 0:
            s.discard(-key - 1)
    popped[k] = mine


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

appended = []
for k in range(THREADS):
    for i in range(N):
        key = k * N + i
        appended += [key, -key - 1, key + 1000000]
taken = [x for p in popped for x in p]
print(len(lst), len(taken))
print(sorted(lst + taken) == sorted(appended))
print(len(d), sum(v for k, v in d.items() if k >= 0) == THREADS * sum(range(N)))
print(sorted(k for k in d if k >= 0) == list(range(THREADS * N)))
print(sum(1 for k in d if k < 0) == THREADS * sum(1 for i in range(N) if i % 3))
print(len(hot), sorted(hot) == list(range(64)), all(0 <= v < THREADS for v in hot.values()))
print(len(s), sum(1 for x in s if x >= 0), sum(1 for x in s if x < 0))
