# Lock and RLock: mutual exclusion, timeouts, errors, reprs.
import threading

lock = threading.Lock()
counter = 0


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=bump, args=(10000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

# explicit acquire/release
counter2 = [0]


def bump2(n):
    for _ in range(n):
        lock.acquire()
        try:
            counter2[0] += 1
        finally:
            lock.release()


threads = [threading.Thread(target=bump2, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter2", counter2[0])

# basic lock behaviour
l = threading.Lock()
print(type(l).__name__, l.locked())
print(l.acquire(), l.locked())
print(l.acquire(False))
print(l.acquire(timeout=0.01))
print(l.acquire(True, 0))
l.release()
print(l.locked(), repr(l).startswith("<unlocked _thread.lock object at"))
with l:
    print("inside", l.locked(), repr(l).startswith("<locked _thread.lock object at"))
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(threading.ThreadError is RuntimeError, threading.Lock is __import__("_thread").allocate_lock)
print(threading.TIMEOUT_MAX > 1000)

# a lock released by another thread (plain locks have no owner)
held = threading.Lock()
held.acquire()
t = threading.Thread(target=held.release)
t.start()
t.join()
print("released by other thread:", not held.locked())

# RLock: reentrant, owned
r = threading.RLock()
with r:
    with r:
        print("nested", r._is_owned())
print("after", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
result = []


def other():
    result.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        result.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(result)
r.release()

rcount = [0]
rl = threading.RLock()


def recursive(depth):
    with rl:
        rcount[0] += 1
        if depth:
            recursive(depth - 1)


threads = [threading.Thread(target=lambda: [recursive(5) for _ in range(200)]) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("rlock count", rcount[0])
