# gc.get_objects / get_referrers / get_referents while other threads
# allocate, link and drop objects: the heaps are walked with the world
# stopped, so nothing is read while it changes.
import gc
import threading

THREADS = 3
start = threading.Barrier(THREADS + 1)
done = threading.Event()


def allocator(k):
    keep = []
    start.wait()
    for i in range(4000):
        if done.is_set():
            break
        x = [k, {}, (1, [2])]
        x[1]["self"] = x
        keep.append(x)
        if len(keep) > 200:
            del keep[:100]


marker = ["marker"]
holder = {"m": marker}
box = [marker]
threads = [threading.Thread(target=allocator, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
start.wait()
found = []
for i in range(8):
    objs = gc.get_objects()
    found.append(any(o is holder for o in objs))
    del objs
    refs = gc.get_referrers(marker)
    found.append(any(r is holder for r in refs) and any(r is box for r in refs))
    found.append(gc.get_referents(box) == [marker])
done.set()
for t in threads:
    t.join()
print(all(found), len(found))
