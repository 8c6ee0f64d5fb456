# Threads call methods of objects whose __class__ another thread keeps
# swapping, while globals they read are rebound and deleted: every call
# sees one class or the other, nothing is freed early.
import threading
class A:
    def m(self): return "A"
    x = 1
class B:
    def m(self): return "B"
    x = 2
objs = [A() for _ in range(50)]
stop = threading.Event()
bad = []
def reader():
    while not stop.is_set():
        for o in objs:
            r = o.m()
            if r not in ("A", "B") or o.x not in (1, 2): bad.append(r)
def swapper():
    for i in range(20000):
        o = objs[i % 50]
        o.__class__ = B if o.__class__ is A else A
    stop.set()
g_val = [1]
def greader():
    while not stop.is_set():
        try:
            v = g_val
            len(v)
        except NameError:
            pass
ts = [threading.Thread(target=reader) for _ in range(2)] + [threading.Thread(target=greader)]
for t in ts: t.start()
def gchanger():
    global g_val
    for i in range(20000):
        g_val = [i] * 3
        if i % 7 == 0:
            del g_val
            g_val = [0]
gt = threading.Thread(target=gchanger); gt.start()
swapper(); gt.join()
for t in ts: t.join()
print("bad", bad[:3])
