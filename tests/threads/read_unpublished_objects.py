# Threads read objects another thread made and never shared a count of:
# dict and set keys that need __eq__ (equal, not identical), dict values,
# list items, __slots__ members, type attributes, weak references. A
# lock-free read must fall back to the lock for such objects and still
# make progress and see the right values, while the owner keeps replacing
# some of them (so their deaths race the readers).
import threading
import weakref

N = 200


class Slotted:
    __slots__ = ("a", "b")


class Plain:
    pass


class Klass:
    attr = ("class", 0)


owner_made = {
    "dict": {(i, "k"): (i, "v") for i in range(N)},
    "set": {(i, "s") for i in range(N)},
    "list": [(i, "l") for i in range(N)],
    "slotted": [Slotted() for _ in range(N)],
    "plain": [Plain() for _ in range(N)],
}
for i, s in enumerate(owner_made["slotted"]):
    s.a = (i, "a")
    s.b = [i]
refs = [weakref.ref(p) for p in owner_made["plain"]]

errors = []
done = threading.Event()


def reader(seed):
    d, st, lst = owner_made["dict"], owner_made["set"], owner_made["list"]
    slotted = owner_made["slotted"]
    rounds = 0
    while not done.is_set() or rounds < 3:
        for i in range(N):
            # fresh equal keys: the lookup compares with the stored key
            v = d[(i, "k")]
            if v[0] != i:
                errors.append(("dict", i, v))
            if (i, "s") not in st:
                errors.append(("set", i))
            if lst[i][0] != i:
                errors.append(("list", i))
            if slotted[i].a[0] != i or slotted[i].b[0] != i:
                errors.append(("slots", i))
            if refs[i]() is None:
                errors.append(("weakref", i))
            tag, n = Klass.attr
            if tag != "class":
                errors.append(("class", tag))
        rounds += 1


def owner():
    # replaces values with new objects that only this thread has counted
    for r in range(400):
        for i in range(0, N, 7):
            owner_made["dict"][(i, "k")] = (i, "v", r)
            owner_made["list"][i] = (i, "l", r)
            owner_made["slotted"][i].a = (i, "a", r)
        Klass.attr = ("class", r)
        if r % 50 == 0:
            threading.Event().wait(0.001)  # let the readers in
    done.set()


threads = [threading.Thread(target=reader, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
owner()
for t in threads:
    t.join()
print("errors:", errors[:5])
print(len(owner_made["dict"]), len(owner_made["set"]), Klass.attr)
print(sum(1 for r in refs if r() is not None))
