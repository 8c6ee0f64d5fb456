# Many short-lived threads, started and joined.
import threading

lock = threading.Lock()
total = [0]
idents_alive = set()


def work(k):
    with lock:
        total[0] += k


threads = [threading.Thread(target=work, args=(k,)) for k in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0], sum(range(1000)))
print(len({t.name for t in threads}), threads[0].name.startswith("Thread-"), threads[0].name.endswith(" (work)"))
print(all(not t.is_alive() for t in threads), threading.active_count(), len(threading.enumerate()))

# start and join one at a time
count = [0]


def one():
    count[0] += 1


for _ in range(200):
    t = threading.Thread(target=one)
    t.start()
    t.join()
print(count[0])

# batches of 50 live threads at a time, all alive at once
results = []
for batch in range(10):
    gate = threading.Barrier(51)
    alive = []

    def member(k, gate=gate):
        gate.wait()
        with lock:
            results.append(k)

    batch_threads = [threading.Thread(target=member, args=(batch * 50 + i,)) for i in range(50)]
    for t in batch_threads:
        t.start()
    alive.append(threading.active_count())
    gate.wait()
    for t in batch_threads:
        t.join()
    if batch == 0:
        print("active during a batch:", alive[0])
print(len(results), sorted(results) == list(range(500)))
print(threading.active_count(), threading.enumerate() == [threading.main_thread()])
