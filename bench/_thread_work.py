# Weak-scaling workloads for bench/threads: N threads each do the same work;
# prints the wall time of the whole run. Usage: _thread_work.py WORKLOAD N
import sys
import threading
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def calls():
    fib(27)


SHARED = {i: i * 2 for i in range(1000)}
KEYS = list(SHARED)


def dict_reads():
    d = SHARED
    total = 0
    for _ in range(1000):
        for k in KEYS:
            total += d[k]
    return total


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


SHARED_POINT = Point(3, 4)


def method_calls():
    p = SHARED_POINT
    total = 0
    for _ in range(300000):
        total += p.norm2() + p.x
    return total


def allocation():
    keep = None
    for i in range(150000):
        keep = (i, [i], Point(i, i))
    return keep


def local_containers():
    lst = []
    d = {}
    for i in range(400000):
        lst.append(i)
        d[i & 255] = i
    return len(lst) + len(d)


WORKLOADS = {
    "calls": calls,
    "dict_reads": dict_reads,
    "method_calls": method_calls,
    "allocation": allocation,
    "local_containers": local_containers,
}


def main():
    work = WORKLOADS[sys.argv[1]]
    n = int(sys.argv[2])
    work()  # warm up
    # Only the work is timed: every thread is started and waiting at the
    # barrier first, so that creating threads (which runtimes do at very
    # different costs) does not count against scaling.
    barrier = threading.Barrier(n + 1)

    def run():
        barrier.wait()
        work()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    print(f"{time.perf_counter() - start:.6f}")


main()
