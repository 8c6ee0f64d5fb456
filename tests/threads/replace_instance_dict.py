# One thread keeps replacing an instance's __dict__ while others read and
# write its attributes: readers see one of the dicts' values, never a
# freed dict.
import threading

ROUNDS = 3000


class Box:
    pass


box = Box()
box.a = 1
stop = threading.Event()
bad = []


def reader():
    n = 0
    while not stop.is_set():
        try:
            v = box.a
            if v not in (1, 2):
                bad.append(v)
        except AttributeError:
            pass  # between a dict without `a` and the next
        box.b = n
        d = box.__dict__
        if not isinstance(d, dict):
            bad.append(type(d))
        n += 1


ts = [threading.Thread(target=reader) for _ in range(3)]
for t in ts:
    t.start()
for i in range(ROUNDS):
    box.__dict__ = {"a": 1 + i % 2, "pad": [i] * 3}
stop.set()
for t in ts:
    t.join()
print("bad:", bad[:3])
print(box.a, "pad" in box.__dict__)
