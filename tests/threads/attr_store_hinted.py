# Attribute stores hit the instance dict entry the store last found (a
# hint per instruction) while other threads delete and re-add attributes
# (moving entries), replace the whole __dict__, and read. Phase 1 races
# everything (a store may land in a dict being replaced: only types are
# checked); in phase 2, with the churn over, every store must stick.
import threading


class Obj:
    pass


shared = Obj()
for k in range(3):
    setattr(shared, "a%d" % k, 0)
N = 20000
errors = []
churn_done = threading.Event()


def store(k, i):
    if k == 0:
        shared.a0 = i
    elif k == 1:
        shared.a1 = i
    else:
        shared.a2 = i


def writer(k):
    name = "a%d" % k
    i = 0
    while not churn_done.is_set():
        i += 1
        store(k, i)
    churn_done.wait()
    for i in range(1, N + 1):
        store(k, i)
        if getattr(shared, name) != i:
            errors.append((name, i))


def churner():
    # adds and removes other attributes, so entries move and hints miss
    for i in range(N // 4):
        setattr(shared, "tmp%d" % (i % 7), i)
        if i % 3 == 0:
            delattr(shared, "tmp%d" % (i % 7))
        if i % 500 == 0:
            # a fresh dict with the same items: the hints point into the old one
            shared.__dict__ = dict(shared.__dict__)
    churn_done.set()


def reader(out):
    seen = 0
    while not churn_done.is_set() or seen < N:
        v = shared.a1
        if not isinstance(v, int):
            errors.append(("type", v))
        seen += 1
    out.append(seen >= N)


out = []
threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
threads += [threading.Thread(target=churner), threading.Thread(target=reader, args=(out,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors[:5])
print("final:", shared.a0, shared.a1, shared.a2)
print("reads:", out)
