# The heap functions of heapq (C module _heapq): results, comparison order,
# argument errors and mutation during a comparison, as CPython 3.11.
import heapq
import _heapq

print(sorted(n for n in dir(_heapq) if not n.startswith('__')))
for name in ('heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop'):
    print(name, getattr(heapq, name) is getattr(_heapq, name))

# basic sorting through the heap, ints, with repeats
data = [(i * 7919) % 101 for i in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:10], len(h))
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:12])

h = list(data)
heapq.heapify(h)
print(h[:15])
print(all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))

# bigger heapify (CPython changes its visiting order past 2500 items)
big = [(i * 104729) % 5003 for i in range(6000)]
h = list(big)
heapq.heapify(h)
print(h[:10], h[-5:], h[2999:3003])
h2 = list(big)
heapq._heapify_max(h2)
print(h2[:10], h2[-5:])

# replace and pushpop
h = [5, 1, 8, 3]
heapq.heapify(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 7))

# max-heap variants
h = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq._heapify_max(h)
print(h)
print(heapq._heapreplace_max(h, 0), h)
print([heapq._heappop_max(h) for _ in range(len(h))])

# equal keys: which of the equal items comes out first
class K:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return '%s%s' % (self.k, self.tag)

items = [K(i % 3, chr(97 + i)) for i in range(12)]
h = []
for it in items:
    heapq.heappush(h, it)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(items)
heapq.heapify(h)
print(h)
h = list(items)
heapq._heapify_max(h)
print(h)
print([heapq._heappop_max(h) for _ in range(len(h))])

# tuples (priority, counter, value)
h = []
for i, w in enumerate(['pear', 'fig', 'apple', 'kiwi', 'date', 'plum']):
    heapq.heappush(h, (len(w), i, w))
print([heapq.heappop(h)[2] for _ in range(len(h))])

# tuples compared item by item: equal heads, lengths, mixed numbers,
# nested tuples, NaN (never less, never equal), bytes, big ints
nan = float('nan')
pools = [[(1, 2), (1,), (1, 2, 0), (0.5, 'z'), (1, 1.5), (True, 3), (nan, 1),
          (nan, 0), (2, b'b'), (2, b'a'), (10**30, 1), (10**30, 0), (), (0, nan),
          (3, 1, 2), (3, 1, 1), (3, 1), (0.5, 'y')],
         [((1, 2), 0), ((1, 1), 5), ((1, 2), -1), ((), 9), ((1,), 0), ((1, 2), 0)],
         [(1, 'b'), (1, 'a'), (0, 'b', 1), (0, 'b', 0), (1, 'a', None)]]
for pool in pools:
    for rot in range(3):
        h = []
        for t in pool[rot:] + pool[:rot]:
            heapq.heappush(h, t)
        out = []
        while h:
            out.append(heapq.heappop(h))
        print(out)
try:
    h = [(1, 'a'), (1, 2)]
    heapq.heapify(h)
    heapq.heappush(h, (1, 3.0))
    heapq.heappush(h, (1, 'c'))
except TypeError as e:
    print('TypeError:', e)
h = [3.5, 1, 2.25, 10**20, -1, True, 0.0]
heapq.heapify(h)
print(h, [heapq.heappop(h) for _ in range(len(h))])
h = ['pear', 'fig', 'apple', 'é', '', 'Z']
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])

# only < is used, and the sequence of comparisons
log = []
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __le__(self, other):
        raise AssertionError('<= used')
    def __gt__(self, other):
        raise AssertionError('> used')
h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, L(v))
print(log)
log.clear()
heapq.heappop(h)
print(log)
log.clear()
heapq.heapreplace(h, L(7))
print(log)
log.clear()
heapq.heappushpop(h, L(4))
print(log)
log.clear()
h = [L(v) for v in [6, 2, 9, 4, 1, 7, 3]]
heapq.heapify(h)
print(log, [x.v for x in h])
log.clear()
heapq._heapify_max(h)
print(log, [x.v for x in h])

# a list subclass is a list; its overridden methods are not used
class MyList(list):
    def pop(self, *a):
        raise AssertionError('pop used')
    def append(self, x):
        raise AssertionError('append used')
m = MyList([4, 2, 6])
heapq.heapify(m)
heapq.heappush(m, 1)
print(heapq.heappop(m), m, type(m).__name__)

# argument errors
def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r if r is None or type(r) in (int, str) else type(r).__name__)

for name in ('heappush', 'heapreplace', 'heappushpop', '_heapreplace_max'):
    f = getattr(_heapq, name)
    err(f, (1,), 2)
    err(f, None, 2)
    err(f)
    err(f, [])
    err(f, [], 1, 2)
    err(f, [], item=1)
for name in ('heappop', 'heapify', '_heappop_max', '_heapify_max'):
    f = getattr(_heapq, name)
    err(f, (1,))
    err(f, 'abc')
    err(f, None)
    err(f)
    err(f, [], [])
    err(f, heap=[])
err(heapq.heappop, [])
err(heapq._heappop_max, [])
err(heapq.heapreplace, [], 1)
err(heapq._heapreplace_max, [], 1)
err(heapq.heappush, [1, 'a'], 2)
err(heapq.heapify, [3, 'a', 1])
err(heapq.heappushpop, [1], 'x')
err(heapq.heappushpop, ['x'], 'y')

# an exception in __lt__ propagates, and the list keeps all its items
class Bad:
    def __lt__(self, other):
        raise ValueError('no order')
h = [1, 2, 3]
err(heapq.heappush, h, Bad())
print(len(h))
h = [Bad(), Bad(), Bad()]
err(heapq.heappop, h)
print(len(h))

# __lt__ that changes the heap's size
class Grow:
    def __init__(self, v, heap=None):
        self.v, self.heap = v, heap
    def __lt__(self, other):
        if self.heap is not None:
            self.heap.append(Grow(0))
            self.heap = None
        return self.v < other.v
h = [Grow(1), Grow(2), Grow(3)]
err(heapq.heappush, h, Grow(0, h))
print([g.v for g in h])
h = [Grow(1), Grow(5), Grow(3), Grow(7)]
h[1].heap = h
err(heapq.heappop, h)
print([g.v for g in h])
h = [Grow(v) for v in [9, 8, 7, 6, 5]]
h[3].heap = h
err(heapq.heapify, h)
print([g.v for g in h])

class Shrink:
    def __init__(self, v, heap=None):
        self.v, self.heap = v, heap
    def __lt__(self, other):
        if self.heap is not None:
            self.heap.clear()
            self.heap = None
        return self.v < other.v
h = [Shrink(1), Shrink(2)]
err(heapq.heappushpop, h, Shrink(5, h))
print(len(h))
h = [Shrink(1), Shrink(2)]
r = heapq.heappushpop(h, Shrink(0, h))
print(r.v, len(h))
h = [Shrink(3), Shrink(1), Shrink(2)]
h[1].heap = h
err(heapq._heapreplace_max, h, Shrink(0))
print(len(h))

# __lt__ that replaces items without changing the size is not detected
class Swap:
    def __init__(self, v, heap=None):
        self.v, self.heap = v, heap
    def __lt__(self, other):
        if self.heap is not None:
            self.heap[-1] = Swap(-1)
            self.heap = None
        return self.v < other.v
h = [Swap(v) for v in [1, 2, 3, 4, 5, 6]]
heapq.heappush(h, Swap(0, h))
print([s.v for s in h])

# merge, nsmallest, nlargest still work on top
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['dd', 'E'], key=len)))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
