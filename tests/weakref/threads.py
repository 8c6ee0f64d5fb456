# objects dropped in other threads: their weak references die there and the
# callbacks run there; concurrent dereferences see the object or None
import threading
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
        self.check = n * 3

def make_batch(count, died):
    # the callbacks only append: an object dropped by a thread that does not
    # own it may be freed by its owner at any point (even inside a `with
    # lock:` block there), so a callback that takes a lock could deadlock
    objs, refs = [], []
    for i in range(count):
        o = Obj(i)
        objs.append(o)
        refs.append(weakref.ref(o, lambda wr, i=i: died.append(i)))
    return objs, refs

def dropped_in_workers():
    died = []
    objs, refs = make_batch(40, died)
    parts = [objs[i::4] for i in range(4)]
    objs.clear()
    def work(part):
        part.clear()
    threads = [threading.Thread(target=work, args=(parts[i],), name="w%d" % i) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    parts = None
    print(len(died), sorted(died) == list(range(40)))
    print(all(r() is None for r in refs))

def racing_derefs():
    # owners keep replacing and dropping objects while readers dereference
    # their weak references: a reader gets a whole object or None
    slots = [weakref.ref(Obj(0))] * 8
    bad = []
    stop = threading.Event()
    def owner(k):
        for i in range(300):
            o = Obj(i)
            slots[k] = weakref.ref(o)
            o = None
    def reader():
        seen = 0
        while not stop.is_set() or seen < 50:
            for r in list(slots):
                o = r()
                if o is not None and o.check != o.n * 3:
                    bad.append(o.n)
                seen += 1
    readers = [threading.Thread(target=reader) for _ in range(3)]
    owners = [threading.Thread(target=owner, args=(k,)) for k in range(4)]
    for t in readers + owners:
        t.start()
    for t in owners:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    print("racing derefs ok:", bad == [])

def shared_value_dict():
    d = weakref.WeakValueDictionary()
    def worker(k):
        mine = []
        for i in range(50):
            o = Obj(i)
            d[(k, i)] = o
            if i % 2:
                mine.append(o)
        mine.clear()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("shared dict empty:", len(d), list(d.items()))

def weakset_across_threads():
    s = weakref.WeakSet()
    keep = [Obj(i) for i in range(20)]
    s.update(keep)
    def drop(part):
        part.clear()
    halves = [keep[:10], keep[10:]]
    keep.clear()
    ts = [threading.Thread(target=drop, args=(h,)) for h in halves]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    halves = None
    print("weakset empty:", len(s))

dropped_in_workers()
racing_derefs()
shared_value_dict()
weakset_across_threads()
