# Threads dereference weak references to classes and instances that became
# garbage (cycles) while another thread collects. The collector used to
# clear those weak references only after restarting the world: a thread
# calling one in between revived an object that the collector then
# cleared (AttributeError on a live object) and freed (crash). Each object
# a weak reference returns must be whole.
import gc
import threading
import weakref

N = 8000
COLLECTIONS = 3000
refs = []
stop = threading.Event()
bad = []


class Node:
    def __init__(self, n):
        self.n = n
        self.me = self  # a cycle: only the collector frees it


def maker():
    for i in range(N):

        class C:
            n = i

            def m(self):
                return self.n

        refs.append(weakref.ref(C))
        if i % 4 == 0:
            refs.append(weakref.ref(Node(i)))
        del C
        if len(refs) > 200:
            del refs[:100]
    stop.set()


def deref():
    while not stop.is_set():
        for r in refs[-50:]:
            o = r()
            if o is None:
                continue
            try:
                if isinstance(o, Node):
                    ok = o.me is o and type(o.n) is int
                else:
                    ok = o().m() == o.n
            except Exception as e:
                ok = False
            if not ok:
                bad.append(r)


def collect():
    # at most so many: a thread collecting in a loop can starve the others
    for _ in range(COLLECTIONS):
        if stop.is_set():
            break
        gc.collect()


threads = [threading.Thread(target=f) for f in (maker, deref, deref, collect)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(bad))
gc.collect()
print(all(r() is None for r in refs))
