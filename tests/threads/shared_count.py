# One itertools.count shared by 8 threads handing out ids: every next()
# returns a distinct value and none is skipped. Word counter, big-int start,
# float step, a start that crosses 2**63 while the threads run (the switch
# from the machine word to int objects), and a step with a Python __add__.
import itertools
import threading
from fractions import Fraction

T = 8
N = 20000


def run(counter, down, n=N):
    barrier = threading.Barrier(T)
    results = [None] * T

    def work(k):
        nxt = counter.__next__
        barrier.wait()
        results[k] = [nxt() for _ in range(n)]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(T)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    values = [v for r in results for v in r]
    # each thread sees its own values in increasing order
    ordered = all(r == sorted(r, reverse=down) for r in results)
    return values, ordered


def check(name, counter, start, step, n=N):
    values, ordered = run(counter, step < 0, n)
    expected = [start + i * step for i in range(T * n)]
    distinct = len(values) == len(set(values))
    print(name, distinct, sorted(values, reverse=step < 0) == expected, ordered,
          next(counter) == start + T * n * step)


check("count()", itertools.count(), 0, 1)
check("big start", itertools.count(2**64), 2**64, 1)
check("float step 0.5", itertools.count(0.0, 0.5), 0.0, 0.5)
M = 5000
check("count(5, 3)", itertools.count(5, 3), 5, 3, M)
crossing = 2**63 - T * M // 2
check("crossing 2**63", itertools.count(crossing), crossing, 1, M)
crossing = -2**63 + 3 * T * M // 2
check("crossing -2**63", itertools.count(crossing, -3), crossing, -3, M)
check("Fraction step", itertools.count(Fraction(1, 3), Fraction(1, 2)), Fraction(1, 3),
      Fraction(1, 2), 300)
