# Many threads mutating shared built-in containers at once: every single
# operation is atomic, so no update is ever lost.
import threading

N_THREADS = 8
N_ITEMS = 20000

shared = []
table = {}
seen = set()
start = threading.Barrier(N_THREADS)


def worker(k):
    start.wait()            # maximise overlap
    append = shared.append
    for i in range(N_ITEMS):
        append(i)
    for i in range(2000):
        table[(k, i)] = i * k
        seen.add(k * 100000 + i)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(shared))
print(sum(shared) == N_THREADS * (N_ITEMS * (N_ITEMS - 1) // 2))
counts = {}
for x in shared:
    counts[x] = counts.get(x, 0) + 1
print(len(counts), set(counts.values()))
print(len(table), sum(table.values()))
print(len(seen))
print(all(not t.is_alive() for t in threads))

# pop from one list in several threads: each item is taken exactly once
pool = list(range(50000))
taken = [[] for _ in range(N_THREADS)]


def taker(mine):
    while True:
        try:
            mine.append(pool.pop())
        except IndexError:
            return


threads = [threading.Thread(target=taker, args=(taken[k],)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(x for part in taken for x in part)
print(len(everything), everything == list(range(50000)), pool)
