# Generators, exceptions and closures made in one thread and used up in
# another (through a queue), while a third keeps collecting garbage: every
# value arrives, every traceback prints, nothing crashes.
import gc
import io
import queue
import threading
import traceback

q = queue.Queue()
N = 3000


def gen(k):
    for i in range(k):
        yield i


def producer(start):
    for n in range(start, start + N):
        if n % 3 == 0:
            q.put(("gen", n % 7, gen(n % 7)))
        elif n % 3 == 1:
            try:
                {}["key%d" % n]
            except KeyError as e:
                q.put(("exc", n, e))
        else:
            q.put(("fn", n, (lambda x: lambda: x + 1)(n)))
    q.put(None)


totals = []


def consumer():
    total = 0
    done = 0
    while done < 2:
        item = q.get()
        if item is None:
            done += 1
            continue
        kind, n, obj = item
        if kind == "gen":
            total += sum(obj) - n * (n - 1) // 2
        elif kind == "exc":
            text = "".join(traceback.format_exception(type(obj), obj, obj.__traceback__))
            total += ("'key%d'" % n) not in text
        else:
            total += obj() - (n + 1)
    totals.append(total)


def collector():
    for _ in range(50):
        gc.collect()


threads = [threading.Thread(target=producer, args=(k * N,)) for k in range(2)]
threads += [threading.Thread(target=consumer), threading.Thread(target=collector)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals, q.empty())
