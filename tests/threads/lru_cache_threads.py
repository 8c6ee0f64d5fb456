# functools.lru_cache and cache shared by threads: results are right, the
# size never passes maxsize, hits + misses count every call, and eviction
# never fails on a key another thread removed.
import functools
import random
import threading

CALLS = 4000


@functools.lru_cache(maxsize=32)
def square(n):
    return n * n


@functools.cache
def cube(n):
    return n * n * n


bad = []


def worker(seed):
    r = random.Random(seed)
    for _ in range(CALLS):
        n = r.randrange(100)
        if square(n) != n * n or cube(n) != n ** 3:
            bad.append(n)
        if square.cache_info().currsize > 32:
            bad.append("size")


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = square.cache_info()
print(bad[:3], info.hits + info.misses == 4 * CALLS, info.currsize <= 32)
c = cube.cache_info()
print(c.hits + c.misses == 4 * CALLS, c.currsize)
square.cache_clear()
print(square.cache_info())
