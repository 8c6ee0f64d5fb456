# repr() of a Lock and an RLock while another thread takes and releases
# them: the state is read under the lock's own mutex (ThreadSanitizer
# reported the plain read racing acquire/release).
import threading

lock = threading.Lock()
rlock = threading.RLock()
stop = threading.Event()


def churn():
    while not stop.is_set():
        with lock:
            pass
        with rlock:
            with rlock:
                pass


t = threading.Thread(target=churn)
t.start()
seen = set()
for i in range(3000):
    seen.add(repr(lock).split()[0])
    seen.add(repr(rlock).split()[0])
stop.set()
t.join()
print(seen <= {"<locked", "<unlocked"})
print(repr(lock).split()[:3], repr(rlock).split()[:3])
rlock.acquire()
rlock.acquire()
print(repr(rlock).split()[0], repr(rlock).split()[4])
