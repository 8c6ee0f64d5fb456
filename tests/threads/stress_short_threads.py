# Ten thousand short-lived threads: each starts, does a little work on a
# shared list and ends; the pool of OS threads is reused.
import threading

results = []
lock = threading.Lock()


def tiny(i):
    x = [i] * 3
    with lock:
        results.append(sum(x))


total = 0
for batch in range(250):
    ts = [threading.Thread(target=tiny, args=(batch * 40 + j,)) for j in range(40)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(results), sum(results) == 3 * sum(range(10000)))
print(threading.active_count())
