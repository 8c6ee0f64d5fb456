# Several threads call next() on ONE iterator at once, for every builtin
# iterator kind, over many fresh iterators: threads may get an item twice
# (as free-threaded CPython allows), but never a crash, a bogus error, an
# item from elsewhere or a lost one (where CPython loses none either: see
# handed_out); the iterable survives intact (no reference dropped twice),
# and once exhausted the iterator stays exhausted. Only these invariants
# are printed, never counts that depend on timing.
import collections
import operator
import sys
import threading

N_THREADS = 4
N_ITERS = 400  # iterators per kind, drained one after another by every thread
N = 16

start = threading.Barrier(N_THREADS + 1)
ready = threading.Barrier(N_THREADS)
done = threading.Barrier(N_THREADS + 1)
job = [None, None, None]  # the case; this round's iterables; their iterators
got = [None] * N_THREADS
errors = []
hints = []


def worker(k):
    while True:
        start.wait()
        case = job[0]
        if case is None:
            return
        # made by a worker, so that whichever thread drops an iterable
        # last may free it at once (not only when the main thread merges
        # the counts of its own objects)
        if k == 0:
            _, make, to_iter, _, _ = case
            job[1] = [make() for _ in range(N_ITERS)]
            job[2] = [to_iter(x) for x in job[1]]
        ready.wait()
        # every thread walks the same iterators in the same order, so that
        # they keep meeting at the ends
        mine = []
        for it in job[2]:
            part = []
            try:
                for x in it:
                    part.append(x)
                    if k == 0 and len(part) % 4 == 0:
                        hints.append(operator.length_hint(it, 0))
            except Exception as e:
                errors.append(repr(e))
            mine.append(part)
        got[k] = mine
        it = None
        done.wait()


END = object()


class Seq:  # only __getitem__ (and __len__ for reversed)
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __eq__(self, other):
        return self.items == other.items


class Calls:
    """Hands out items one by one, then None forever."""

    def __init__(self, items):
        self.items = items
        self.lock = threading.Lock()
        self.pos = 0

    def __call__(self):
        with self.lock:
            i = self.pos
            if i >= len(self.items):
                return None
            self.pos = i + 1
            return self.items[i]

    def __eq__(self, other):
        return self.items == other.items


def prefix(ints, first):
    """True when the distinct ints are first, first+1, ... with no gap."""
    s = set(ints)
    return s == set(range(first, first + len(s)))


def run(case):
    """One round over N_ITERS fresh iterators: True when all went well."""
    name, make, to_iter, expect, check = case
    job[0] = case
    start.wait()
    done.wait()
    _, iterables, its = job
    job[:] = [None, None, None]
    ok = True
    fresh = make()
    for j, it in enumerate(its):
        # exhausted for good, with nothing left to hint at
        if next(it, END) is not END or next(it, END) is not END:
            errors.append(name + ": not exhausted")
        try:
            if operator.length_hint(it, 0) != 0:
                errors.append(name + ": hint after the end")
        except Exception as e:
            errors.append(repr(e))
        if type(iterables[j]) is not type(fresh) or (
                not isinstance(fresh, type(iter([]))) and iterables[j] != fresh):
            errors.append(name + ": iterable changed")
        ok = check([x for g in got for x in g[j]], expect) and ok
    return ok


def plain(out, expect):
    """The threads got exactly the items of `expect` (repeats allowed)."""
    return set(out) == set(expect)


def handed_out(out, expect):
    """Nothing from elsewhere. Where next() runs Python code between reading
    the iterator's state and writing it back, CPython may switch threads
    and lose an item (the sequence iterator stores its index + 1 after
    __getitem__ returned; the callable iterator drops a value when another
    thread's call returned the sentinel meanwhile)."""
    return set(out) <= set(expect)


def counted(first):
    """enumerate-like: (count, item) pairs; the counts have no gap."""

    def check(out, expect):
        return (all(type(p) is tuple and len(p) == 2 for p in out)
                and set(p[1] for p in out) == set(expect) and prefix([p[0] for p in out], first))

    return check


def zipped(out, expect):
    # the second iterator never ends, so no item of the first is dropped
    return set(x for x, _ in out) == set(expect) and prefix([y for _, y in out], 0)


data = list(range(N))
text = "".join(chr(0x3b1 + i) for i in range(N))
big = 2**64 + 7
d = {("k", i): i for i in range(N)}
near_max = sys.maxsize - N // 2
endless = range(10**9)


def values(x):
    return iter(x.values())


def items(x):
    return iter(x.items())


cases = [
    # name, a fresh iterable, its iterator, what that yields, the check
    ("list", lambda: list(data), iter, data, plain),
    ("reversed list", lambda: list(data), reversed, data, plain),
    ("tuple", lambda: tuple(data), iter, data, plain),
    ("reversed tuple", lambda: tuple(data), reversed, data, plain),
    ("str", lambda: text[1:] + text[0], iter, text, plain),
    ("ascii str", lambda: str(10**N), iter, str(10**N), plain),
    ("bytes", lambda: bytes(data), iter, data, plain),
    ("bytearray", lambda: bytearray(data), iter, data, plain),
    ("range", lambda: range(-N, 3 * N, 4), iter, range(-N, 3 * N, 4), plain),
    ("reversed range", lambda: range(N), reversed, data, plain),
    ("big range", lambda: range(big, big + N), iter, range(big, big + N), plain),
    ("reversed big range", lambda: range(-big, -big + N), reversed, range(-big, -big + N), plain),
    ("set", lambda: set(data), iter, data, plain),
    ("frozenset", lambda: frozenset(data), iter, data, plain),
    ("dict keys", lambda: dict(d), iter, d.keys(), plain),
    ("dict values", lambda: dict(d), values, d.values(), plain),
    ("dict items", lambda: dict(d), items, d.items(), plain),
    ("reversed dict", lambda: dict(d), reversed, d.keys(), plain),
    ("reversed dict values", lambda: dict(d), lambda x: reversed(x.values()), d.values(), plain),
    ("reversed dict items", lambda: dict(d), lambda x: reversed(x.items()), d.items(), plain),
    ("enumerate", lambda: list(data), enumerate, data, counted(0)),
    ("enumerate near maxsize", lambda: list(data), lambda x: enumerate(x, near_max), data,
     counted(near_max)),
    ("enumerate big start", lambda: list(data), lambda x: enumerate(x, big), data, counted(big)),
    ("zip", lambda: list(data), lambda x: zip(x, iter(endless)), data, zipped),
    ("map", lambda: list(data), lambda x: map(lambda v: v * 2, x), [v * 2 for v in data], plain),
    ("filter", lambda: list(data), lambda x: filter(lambda v: v % 3, x),
     [v for v in data if v % 3], plain),
    ("getitem class", lambda: Seq(list(data)), iter, data, handed_out),
    ("reversed getitem class", lambda: Seq(list(data)), reversed, data, handed_out),
    ("callable", lambda: Calls(list(data)), lambda f: iter(f, None), data, handed_out),
    ("callable method", lambda: iter(list(data)), lambda i: iter(i.__next__, -1), data, plain),
    ("deque", lambda: collections.deque(data), iter, data, plain),
    ("reversed deque", lambda: collections.deque(data), reversed, data, plain),
]

threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(N_THREADS)]
for t in threads:
    t.start()
for case in cases:
    try:
        ok = run(case)
    except Exception as e:
        errors.append(repr(e))
        ok = False
    print(case[0], ok)
start.wait()
for t in threads:
    t.join()
print("errors", errors[:5])
print("hints", all(type(h) is int and h >= 0 for h in hints))
