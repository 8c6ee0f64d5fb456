# Threads sharing one heap (C module _heapq): with a lock the heap ends
# sorted and complete; without one, pushes and pops of ints never crash,
# lose or duplicate an item (each operation on such items is atomic in
# shoal, and under CPython's GIL), and items with a Python __lt__ are never
# lost either (a sift may see another thread's change and raise).
import heapq
import threading

N, T = 5000, 4

def run(fns):
    ts = [threading.Thread(target=f) for f in fns]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

# 1. pushes under a lock, then pops under the lock
heap = []
lock = threading.Lock()
def pusher(k):
    def f():
        for i in range(N):
            with lock:
                heapq.heappush(heap, (i * 7 + k * 13) % 9973 * T + k)
    return f
run([pusher(k) for k in range(T)])
expected = sorted((i * 7 + k * 13) % 9973 * T + k for k in range(T) for i in range(N))
print(len(heap), sorted(heap) == expected)
popped = [[] for _ in range(T)]
def popper(k):
    def f():
        while True:
            with lock:
                if not heap:
                    return
                popped[k].append(heapq.heappop(heap))
    return f
run([popper(k) for k in range(T)])
print(all(p == sorted(p) for p in popped), sorted(sum(popped, [])) == expected)

# 2. unlocked pushes of ints on one list, then unlocked pops
heap = []
def free_pusher(k):
    def f():
        for i in range(N):
            heapq.heappush(heap, (i * 31 + k * 17) % 7919 * T + k)
    return f
run([free_pusher(k) for k in range(T)])
expected = sorted((i * 31 + k * 17) % 7919 * T + k for k in range(T) for i in range(N))
print(len(heap), sorted(heap) == expected)
popped = [[] for _ in range(T)]
def free_popper(k):
    def f():
        while True:
            try:
                popped[k].append(heapq.heappop(heap))
            except IndexError:
                return
    return f
run([free_popper(k) for k in range(T)])
print(sorted(sum(popped, [])) == expected, heap)

# 3. unlocked heappushpop / heapreplace on tuples keep the multiset
heap = [(i, 'x') for i in range(1000)]
heapq.heapify(heap)
def churner(k):
    def f():
        for i in range(N // 2):
            if i % 2:
                heapq.heappushpop(heap, (i + 1000 * k, 'y'))
            else:
                heapq.heapreplace(heap, (i + 1000 * k, 'z'))
    return f
run([churner(k) for k in range(T)])
print(len(heap), len(set(map(id, heap))) == len(heap))

# 4. items with a Python __lt__, unlocked: nothing lost even if a sift
# raises because another thread changed the size meanwhile
class Item:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
heap = []
def obj_pusher(k):
    def f():
        for i in range(N // 5):
            try:
                heapq.heappush(heap, Item(i * T + k))
            except RuntimeError:
                pass
    return f
run([obj_pusher(k) for k in range(T)])
print(len(heap), sorted(x.v for x in heap) == list(range(N // 5 * T)))
