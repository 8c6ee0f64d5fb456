# Threads iterate one dict (keys, values, items, and C code that steps
# through it: list(), sorted(), dict()) while another thread replaces
# values and deletes and re-inserts keys. Every pair a reader sees belongs
# together, and the only error is CPython's RuntimeError for a size change.
import threading

N = 200
d = {k: (k, 0) for k in range(N)}
stop = threading.Event()
problems = []
seen = [0] * 4


def writer():
    gen = 0
    while not stop.is_set():
        gen += 1
        for k in range(0, N, 7):
            d[k] = (k, gen)  # replace a value
        k = gen % N
        v = d.pop(k)  # delete and put back: the size changes
        d[k] = (k, v[1] + 1)


def reader(slot):
    count = 0
    for round_ in range(1200):
        try:
            if round_ % 4 == 0:
                for k, v in d.items():
                    if v[0] != k:
                        problems.append(("items", k, v))
                    count += 1
            elif round_ % 4 == 1:
                for v in d.values():
                    if not isinstance(v, tuple) or len(v) != 2:
                        problems.append(("values", v))
                    count += 1
            elif round_ % 4 == 2:
                for k in d:
                    if not 0 <= k < N:
                        problems.append(("keys", k))
                    count += 1
            else:
                snapshot = dict(d)
                for k, v in snapshot.items():
                    if v[0] != k:
                        problems.append(("copy", k, v))
                count += len(sorted(d)) > 0
        except RuntimeError as e:
            if str(e) not in ("dictionary changed size during iteration",
                              "dictionary keys changed during iteration"):
                problems.append(("error", str(e)))
    seen[slot] = count


w = threading.Thread(target=writer)
readers = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
w.start()
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.set()
w.join()
print(problems[:5])
print(all(n > 0 for n in seen))
print(len(d), sorted(d) == list(range(N)), all(v[0] == k for k, v in d.items()))
