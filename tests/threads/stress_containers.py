# Several threads mutate one dict, set, list and bytearray at once: every
# single operation is atomic, so no update is lost.
import threading

N = 4000
THREADS = 6
d = {}
s = set()
lst = []
buf = bytearray()
start = threading.Barrier(THREADS)


def worker(k):
    start.wait()
    for i in range(N):
        key = k * N + i
        d[key] = i
        s.add(key)
        lst.append(key)
        buf.extend(b"x")
        if i % 4 == 0:
            del d[key]
            s.discard(key)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), len(s), len(lst), len(buf))
print(sorted(lst) == list(range(N * THREADS)))
print(sum(d.values()) == THREADS * sum(i for i in range(N) if i % 4))
print(all(k in d for k in s), buf.count(b"x"))
