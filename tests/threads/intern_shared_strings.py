# Threads intern strings that other threads made and keep using (their
# owners count them meanwhile), then the originals are dropped and the
# interned strings are compared and hashed: equal text, one interned
# object per text, whichever thread interned it first.
import gc
import sys
import threading

N_THREADS = 4
N_STRS = 600
ROUNDS = 3

made = [None] * N_THREADS
interned = [None] * N_THREADS
errors = []
ready = threading.Barrier(N_THREADS)


def make_strs(k):
    # built at run time, so not constants the compiler interned already;
    # every thread makes the same texts, as separate objects
    return ["".join(["key", "_", str(i % 200), "_", "x" * (i % 7)]) + str(k % 2) for i in range(N_STRS)]


def worker(k):
    mine = make_strs(k)
    made[k] = mine
    ready.wait()
    got = []
    for r in range(N_THREADS):
        if r == k:
            # the owner keeps counting its own strings while the others
            # intern them
            for _ in range(ROUNDS):
                for i, s in enumerate(mine):
                    keep = (s, mine[-1 - i])
                    d = {s: i}
                    del keep, d
        else:
            for i, s in enumerate(made[r]):
                t = sys.intern(s)
                if t != s or hash(t) != hash(s) or sys.intern(t) is not t:
                    errors.append(("mismatch", k, i))
                got.append(t)
        ready.wait()
    interned[k] = got


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# the originals go away; the interned strings must live on
made = None
gc.collect()

by_text = {}
same = True
for got in interned:
    for t in got:
        first = by_text.setdefault(t, t)
        if first is not t:
            same = False
texts = sorted(by_text)
print("errors", errors)
print("distinct", len(texts))
print("one object per text", same)
print("all interned", all(sys.intern(t) is t for t in texts))
print("checksum", sum(len(t) for t in texts), texts[:3], texts[-2:])
fresh = make_strs(0)
print("fresh finds them", all(sys.intern(s) is by_text[s] for s in fresh))
