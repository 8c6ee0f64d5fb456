# Threads that do not own a function's code, its globals, a closure's
# cells, a property or a module's functions count them in tables of their
# own (refcount_deferred.c); the collector adds the tables up. Checks that
# counts stay exact while collections run beside the threads, and that the
# objects still die once nothing reaches them.
import gc
import math
import threading
import weakref


class Box:
    def __init__(self, n):
        self.n = n

    @property
    def double(self):
        return self.n * 2


def make_closure(n):
    box = Box(n)

    def get():
        return box

    return get, weakref.ref(box)


get, box_ref = make_closure(21)
stop = threading.Event()
errors = []
results = []


def collector():
    while not stop.is_set():
        gc.collect()


def worker(k):
    total = 0
    keep = []
    try:
        for i in range(4000):
            f = lambda x: x + k  # code, globals: another thread's
            total += f(i) - i
            total += get().double  # cell, cell value, property
            total += int(math.sqrt(16))  # a module's function
            try:
                raise ValueError(i)  # traceback: code, globals
            except ValueError as e:
                total += e.args[0] - i
            keep.append(f)
            if len(keep) > 50:
                keep = [g for g in keep if g(0) == k][:10]
    except Exception as e:  # pragma: no cover - reported below
        errors.append(repr(e))
    results.append(total)


def classes_from_threads(out):
    # classes and closures made here, used by the main thread later
    for i in range(50):
        C = type("C%d" % i, (), {"v": i, "get": lambda self: self.v})
        out.append(weakref.ref(C))
        out.append(C)


col = threading.Thread(target=collector)
col.start()
workers = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
made = []
t = threading.Thread(target=classes_from_threads, args=(made,))
t.start()
t.join()
stop.set()
col.join()

print(errors)
print(sorted(results) == [4000 * (k + 42 + 4) for k in range(4)])
refs = made[0::2]


def use(classes):  # in a function: its temporaries die with its frame
    return sum(C().get() for C in classes[1::2])


print(use(made))
del made, t
gc.collect()
print(sum(r() is None for r in refs), "classes freed")
del get
gc.collect()
print(box_ref() is None)
