# A thread reading an item of a container it has not marked LOANED yet (a
# fresh dict, list or closure cell another thread keeps filling) looks at
# the item's type to decide between a loan and a count, before counting
# it: the item may be replaced and freed right then (its type cleared).
# The reader read the type twice and crashed on the cleared one.
import threading
import time

box = [{0: None}, [None], None]
stop = False
done = [0, 0]


def writer(seconds):
    t0 = time.time()
    n = 0
    while time.time() - t0 < seconds:
        for _ in range(50):
            d = {0: None}
            l = [None]
            box[0] = d
            box[1] = l
            for j in range(30):
                # over 256 bytes: freed into a chain, type cleared meanwhile
                d[0] = (j,) * 40
                l[0] = (j,) * 40
            n += 1
    done[0] = n


def reader():
    n = 0
    while not stop:
        v = box[0][0]
        w = box[1][0]
        if v is not None and len(v) != 40 or w is not None and len(w) != 40:
            done[1] = -1
        n += 1


r = threading.Thread(target=reader)
r.start()
w = threading.Thread(target=writer, args=(2.0,))
w.start()
w.join()
stop = True
r.join()
print("dicts made:", done[0] > 0, "reader saw a bad value:", done[1] == -1)
