# Many threads use one module-level object, its methods and a module-level
# function at once (these become deferred: borrowed by every thread without
# a shared count); the results are exact and the objects stay usable after.
import threading


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


SHARED = Point(3, 4)
TABLE = {i: i * 2 for i in range(100)}


def scale(v):
    return v * 2


results = []
lock = threading.Lock()


def worker(k):
    total = 0
    for i in range(20000):
        total += SHARED.norm2() + scale(TABLE[i % 100]) + SHARED.x
    with lock:
        results.append(total)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = 20000 * (25 + 3) + sum(4 * (i % 100) for i in range(20000))
print(len(results), all(r == expected for r in results))
SHARED = Point(1, 1)   # rebinding a deferred global: the old one is gc's
print(SHARED.norm2(), scale(21), sorted(TABLE)[:3])
