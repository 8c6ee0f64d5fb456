# Several threads drain ONE shared itertools adaptor at once (chain,
# chain.from_iterable, islice, cycle, repeat, starmap, compress,
# filterfalse, takewhile, dropwhile, accumulate, pairwise, zip_longest),
# while another thread walks it with gc.get_referents. The sources are
# islice(count(), n), which never hand out a value twice, so each check is
# exact where CPython's (C under the GIL) is: no item handed out twice or
# lost, exactly `times` repeats, the stop of an islice never overrun,
# accumulated totals that include every item once, pairs that chain up.
# Then the same while __setstate__ and __reduce__ run in another thread:
# no error, no crash.
import gc
import itertools
import operator
import threading
import time
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse, islice,
                       pairwise, repeat, starmap, takewhile, zip_longest)

T = 4
ROUNDS = 2
N = 1500

start = threading.Barrier(T + 1)
done = threading.Barrier(T + 1)
job = [None, 0]  # the shared iterator; how many items each thread takes (0: all)
got = [None] * T
finished = []
errors = []


def worker(k):
    while True:
        start.wait()
        shared, limit = job
        if shared is None:
            return
        mine = []
        try:
            if limit:
                nxt = shared.__next__
                for _ in range(limit):
                    mine.append(nxt())
            else:
                for x in shared:
                    mine.append(x)
        except Exception as e:
            errors.append(repr(e))
        got[k] = mine
        finished.append(k)
        done.wait()


def drain(shared, limit=0, poke=None):
    """Every thread takes items from `shared` (while this one pokes it, if
    asked); returns them all."""
    job[:] = [shared, limit]
    start.wait()
    # the collector's view of the object while the threads replace its fields
    pokes = 0
    while len(finished) < T:
        gc.get_referents(shared)
        if poke and pokes < 200:
            poke(shared)
            pokes += 1
        time.sleep(0)  # under a GIL, lets the workers run
    done.wait()
    out = [x for g in got for x in g]
    got[:] = [None] * T
    del finished[:]
    job[:] = [None, 0]
    return out


def src(n, first=0):
    return islice(count(first), n)


def pieces(k, m):
    """chain.from_iterable's source: k iterators of m values each."""
    return map(lambda i: src(m, i * m), src(k))


def is_path(pairs, n):
    """The pairs chain up through all of range(n): (a, b), (b, c), ..."""
    after = dict(pairs)
    if len(after) != len(pairs) or len(pairs) != n - 1:
        return False
    firsts = set(after) - set(after.values())
    if len(firsts) != 1:
        return False
    x, seen = firsts.pop(), 1
    while x in after:
        x = after[x]
        seen += 1
    return seen == n


def check_all():
    ok = {}

    def record(name, cond):
        ok[name] = ok.get(name, True) and bool(cond)

    out = drain(chain(src(N), src(N, N)))
    record("chain", sorted(out) == list(range(2 * N)))
    out = drain(chain.from_iterable(pieces(N // 3, 3)))
    record("chain.from_iterable", sorted(out) == list(range(N // 3 * 3)))
    out = drain(chain(*[src(2, 2 * i) for i in range(N // 2)]))
    record("chain many", sorted(out) == list(range(N // 2 * 2)))

    out = drain(islice(count(), N))
    record("islice", sorted(out) == list(range(N)))
    base = count()
    out = drain(islice(base, 5, N, 3))
    record("islice step", len(out) == len(range(5, N, 3)) and len(set(out)) == len(out)
           and set(out) <= set(range(N)) and next(base) == N)
    base = count()
    out = drain(islice(base, N // 2))
    record("islice stop", sorted(out) == list(range(N // 2)) and next(base) == N // 2)

    out = drain(cycle(src(50)), N // T)
    record("cycle", len(out) == N // T * T and set(out) == set(range(50)))
    out = drain(repeat("r", N))
    record("repeat", out == ["r"] * N)
    out = drain(repeat(None), 100)
    record("repeat endless", out == [None] * (100 * T))

    out = drain(starmap(operator.add, map(lambda i: (i, i), src(N))))
    record("starmap", sorted(out) == list(range(0, 2 * N, 2)))
    out = drain(compress(src(N), repeat(True)))
    record("compress", sorted(out) == list(range(N)))
    out = drain(compress(src(N), map(lambda i: i % 2, count())))
    record("compress half", len(set(out)) == len(out) and set(out) <= set(range(N)))
    out = drain(filterfalse(lambda x: x % 3, src(N)))
    record("filterfalse", sorted(out) == list(range(0, N, 3)))
    out = drain(takewhile(lambda x: x < N // 2, src(N)))
    record("takewhile", sorted(out) == list(range(N // 2)))
    out = drain(dropwhile(lambda x: x < N // 2, src(N)))
    record("dropwhile", len(set(out)) == len(out) and set(range(N // 2, N)) <= set(out)
           and set(out) <= set(range(N)))

    out = drain(accumulate(src(N, 1)))
    record("accumulate", len(out) == N and len(set(out)) == N and max(out) == N * (N + 1) // 2)
    out = drain(accumulate(src(N, 1), lambda a, b: a + b, initial=0))
    record("accumulate func initial", len(out) == N + 1 and len(set(out)) == N + 1
           and max(out) == N * (N + 1) // 2 and 0 in out)

    out = drain(pairwise(src(N)))
    record("pairwise", is_path(out, N))

    out = drain(zip_longest(src(N), src(N // 2), fillvalue="-"))
    firsts = [a for a, _ in out]
    seconds = [b for _, b in out if b != "-"]
    record("zip_longest", sorted(firsts) == list(range(N)) and sorted(seconds) == list(range(N // 2))
           and len(out) == N)
    return ok


def races():
    """__setstate__ and __reduce__ while the threads take items: no error,
    no crash; what comes out depends on timing."""
    def chain_poke(c):
        c.__setstate__((iter([src(5), src(5)]), src(3)))
        c.__reduce__()

    drain(chain(src(N)), 0, chain_poke)
    drain(chain.from_iterable(pieces(N // 3, 3)), 0, lambda c: c.__setstate__((src(0),)))
    drain(islice(count(), N), 0, lambda s: (s.__setstate__(N // 2), s.__reduce__()))

    def cycle_poke(c):
        c.__setstate__((list(range(5)), 0))
        c.__reduce__()

    out = drain(cycle(src(50)), N // T, cycle_poke)
    record = len(out) == N // T * T and set(out) <= set(range(50))
    drain(accumulate(src(N)), 0, lambda a: (a.__setstate__(0), a.__reduce__()))
    drain(accumulate(src(N), initial=1), 0, lambda a: a.__reduce__())
    drain(zip_longest(src(N), src(N // 2)), 0, lambda z: (z.__setstate__(-1), z.__reduce__()))
    drain(takewhile(lambda x: x < N, count()), 0, lambda t: (t.__setstate__(False), t.__reduce__()))
    drain(dropwhile(lambda x: x < N // 2, src(N)), 0, lambda d: (d.__setstate__(False), d.__reduce__()))
    drain(repeat(1, N), 0, lambda r: (r.__reduce__(), repr(r), r.__length_hint__()))
    return record


threads = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
results = {}
for _ in range(ROUNDS):
    for name, good in check_all().items():
        results[name] = results.get(name, True) and good
results["races"] = races()
job[:] = [None, 0]
start.wait()
for t in threads:
    t.join()
for name, good in results.items():
    print(name, good)
print("errors", errors[:5])
