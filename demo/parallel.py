# The `make run` demonstration: the same pure-Python work done by one thread,
# then by one thread per core at once, with the wall times of both.
import time

try:
    import os
    cores = os.cpu_count() or 2
except ImportError:  # shoal has no os module yet
    cores = 2


def work(n):
    """Pure-Python CPU work: a small prime sieve and some arithmetic."""
    total = 0
    for k in range(n):
        total += k * k % 7
    flags = [True] * 20000
    for i in range(2, 142):
        if flags[i]:
            for j in range(i * i, 20000, i):
                flags[j] = False
    return total + sum(flags)


def timed(label, fn):
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    print(f"{label}: {elapsed:.3f} s")
    return result


N = 2_000_000
one = timed("1 thread, 1 unit of work", lambda: work(N))

try:
    import threading
except ImportError:
    threading = None

if threading is None:
    print("threading is not available yet (issue 3): the parallel half of this demo")
    print(f"will run {cores} threads doing 1 unit each and compare the wall times.")
else:
    results = []

    def run_all():
        threads = [threading.Thread(target=lambda: results.append(work(N))) for _ in range(cores)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    timed(f"{cores} threads, 1 unit each", run_all)
    assert all(r == one for r in results), "threads computed different results"
print("result:", one)
