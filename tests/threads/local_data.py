# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
results = {}
lock = threading.Lock()
start = threading.Barrier(6)


def worker(k):
    seen_before = hasattr(data, "x")
    data.x = k
    data.items = []
    start.wait()             # everyone has set x before anyone reads it
    for i in range(1000):
        data.items.append(k)
    with lock:
        results[k] = (seen_before, data.x, len(data.items), set(data.items),
                      sorted(data.__dict__))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main still sees", data.x, hasattr(data, "items"), data.__dict__)


# a subclass: __init__ runs again, with the same arguments, in each thread
class Counter(threading.local):
    initialized = 0
    label = "class attribute"

    def __init__(self, start):
        self.value = start
        with lock:
            Counter.initialized += 1

    def bump(self):
        self.value += 1
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10)
print(c.bump(), c.doubled, c.label, Counter.initialized)
out = []


def use_counter():
    a = c.bump()
    b = c.bump()
    with lock:
        out.append((a, b, c.doubled))


threads = [threading.Thread(target=use_counter) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out, c.value, Counter.initialized)

# attributes and errors
loc = threading.local()
print(type(loc).__name__, type(loc).__module__, threading.local)
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del loc.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
loc.a = 1
loc.__dict__["b"] = 2
print(loc.a, loc.b, getattr(loc, "c", "default"), loc.__class__.__name__)
del loc.a
print(hasattr(loc, "a"), sorted(vars(loc)))
try:
    Counter(1).nothing
except AttributeError as e:
    print("AttributeError:", e)

# data from a finished thread does not leak into a later thread
marks = threading.local()
seen = []


def setter():
    marks.v = "set by first thread"


def reader():
    seen.append(getattr(marks, "v", "fresh"))


for _ in range(20):
    t = threading.Thread(target=setter)
    t.start()
    t.join()
    t = threading.Thread(target=reader)
    t.start()
    t.join()
print(set(seen))
