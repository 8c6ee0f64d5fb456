# Threads importing the same module at once: the module runs once and every
# importer gets it complete (the others wait for the first, as CPython does).
import threading

results = []
lock = threading.Lock()


def worker():
    import _slow_module
    with lock:
        results.append((_slow_module.FIRST, getattr(_slow_module, "LAST", None)))


threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
import _slow_module
print(sorted(results))
print("executed", _slow_module.executed)


# a lazy import inside functions run by a pool
from concurrent.futures import ThreadPoolExecutor


def lazy(i):
    import json
    return json.dumps([i])


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(lazy, range(6))))
