# Semaphore and BoundedSemaphore.
import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
max_inside = [0]
done = [0]


def limited():
    for _ in range(20):
        with sem:
            with lock:
                inside[0] += 1
                max_inside[0] = max(max_inside[0], inside[0])
            time.sleep(0.0005)
            with lock:
                inside[0] -= 1
                done[0] += 1


threads = [threading.Thread(target=limited) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", done[0], "max inside <= 3:", max_inside[0] <= 3, "inside", inside[0])


def show(s):
    r = repr(s)
    return r.replace(hex(id(s)), "0xADDR")


s = threading.Semaphore(2)
print(show(s))
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
print(show(s))
s.release()
print(s.acquire(timeout=0.01))
s.release(2)
print(show(s))
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(2)
print(show(b))
b.acquire()
print(show(b))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(show(b), issubclass(threading.BoundedSemaphore, threading.Semaphore))

# a semaphore as a signal between threads: release in one, acquire in another
sig = threading.Semaphore(0)
order = []


def signaller():
    for i in range(5):
        order.append("give %d" % i)
        sig.release()


def receiver():
    for i in range(5):
        sig.acquire()


r = threading.Thread(target=receiver)
r.start()
threading.Thread(target=signaller).start()
r.join()
print(len(order), sig.acquire(blocking=False))

# release(n) wakes n waiters
many = threading.Semaphore(0)
passed = []


def waiter(k):
    many.acquire()
    with lock:
        passed.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in ws:
    t.start()
many.release(5)
for t in ws:
    t.join()
print(sorted(passed))
