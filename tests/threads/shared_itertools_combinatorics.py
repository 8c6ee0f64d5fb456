# Threads sharing the C combinatorics, tee and groupby of itertools.
# Four threads drain ONE product / permutations / combinations /
# combinations_with_replacement at once (many fresh ones, so that they meet
# at the start and the end too): together they get every tuple exactly
# once, as under CPython's lock. Threads that each read their own copy of
# one tee all see the whole sequence (a Python generator as the source
# too: a thread that finds another reading the source waits for it, where
# CPython may raise "cannot re-enter the tee iterator", retried here);
# threads sharing ONE tee object get each value once; threads sharing one
# groupby may split groups between them, but every item they get belongs
# to the group's key and none comes twice. A fifth thread pickles, copies
# and collects meanwhile. Only invariants that hold in CPython are printed.
import gc
import itertools as it
import threading

T = 4
errors = []


def run_threads(work, extra=None):
    barrier = threading.Barrier(T + (extra is not None))
    results = [None] * T

    def body(k):
        barrier.wait()
        try:
            results[k] = work(k)
        except Exception as e:
            errors.append(repr(e))

    def side():
        barrier.wait()
        try:
            extra()
        except Exception as e:
            errors.append(repr(e))

    threads = [threading.Thread(target=body, args=(k,)) for k in range(T)]
    if extra is not None:
        threads.append(threading.Thread(target=side))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def drain(obj):
    return list(obj)


# --- every tuple exactly once
CASES = [
    ("product", lambda: it.product(range(6), 'abc', repeat=2), 20),
    ("permutations", lambda: it.permutations(range(7), 4), 20),
    ("combinations", lambda: it.combinations(range(16), 5), 5),
    ("cwr", lambda: it.combinations_with_replacement(range(7), 5), 20),
    ("small", lambda: it.combinations('abcd', 2), 300),
]
for name, make, rounds in CASES:
    expected = sorted(make())
    objs = [make() for _ in range(rounds)]
    stop = []

    def pickler():
        # reads the state while others advance it
        while not stop:
            for o in objs:
                r = o.__reduce__()
                if len(r) not in (2, 3) or o.__sizeof__() <= 0:
                    errors.append("bad reduce %r" % (r,))

    def work(k):
        return [list(o) for o in objs]

    side = threading.Thread(target=pickler)
    side.start()
    results = run_threads(work)
    stop.append(1)
    side.join()
    ok = all(sorted(sum((results[k][i] for k in range(T)), [])) == expected
             for i in range(rounds))
    ended = all(next(o, None) is None for o in objs)
    print(name, len(expected), "each once:", ok, "ended:", ended)

# --- tee: each thread its own copy
N = 3000
for label, source in (("range", lambda: iter(range(N))),
                      ("generator", lambda: (i for i in range(N)))):
    copies = it.tee(source(), T)

    def work(k):
        got = []
        c = copies[k]
        while True:
            try:
                got.append(next(c))
            except RuntimeError:  # CPython: another thread is in the source
                continue
            except StopIteration:
                return got

    results = run_threads(work, extra=lambda: [gc.collect() for _ in range(3)])
    print("tee copies", label, all(r == list(range(N)) for r in results))

# --- tee: one tee object shared by all threads
for _ in range(3):
    shared, other = it.tee(iter(range(N)))

    def work(k):
        got = []
        for v in shared:
            got.append(v)
            if k == 0 and v % 500 == 0:
                it.tee(shared, 3)  # copies of a tee others advance
        return got

    results = run_threads(work, extra=lambda: [gc.get_referents(shared) for _ in range(200)])
    values = sorted(sum(results, []))
    print("shared tee each once:", values == list(range(N)), "other copy:",
          list(other) == list(range(N)))

# --- tee: copies made while other threads advance them
base, = it.tee(iter(range(N)), 1)


def work(k):
    count = 0
    t = base
    while True:
        t2 = t.__copy__()
        if next(t2, None) is None:
            return count
        t = t2
        count += 1


results = run_threads(work)
print("copy chains end:", all(isinstance(r, int) for r in results))

# --- groupby shared by all threads
data = sorted([i // 7 for i in range(2100)] + [i // 5 for i in range(1500)])
want = {}
for v in data:
    want[v] = want.get(v, 0) + 1
for keyfunc in (None, lambda v: v):
    for _ in range(3):
        # the source is a tee: shoal's list iterator may hand an item to two
        # threads at once (as free-threaded CPython's may), a tee never does
        g = it.groupby(it.tee(data, 1)[0], keyfunc)

        def work(k):
            got = {}
            bad = 0
            for key, grp in g:
                for v in grp:
                    if v != key:
                        bad += 1
                    got[v] = got.get(v, 0) + 1
            return got, bad

        results = run_threads(work, extra=lambda: [g.__reduce__() for _ in range(300)])
        total = {}
        for got, bad in results:
            for v, n in got.items():
                total[v] = total.get(v, 0) + n
        fine = all(bad == 0 for _, bad in results)
        print("groupby", keyfunc is None, "items match keys:", fine,
              "none twice:", all(n <= want[v] for v, n in total.items()))

print("errors:", errors)
