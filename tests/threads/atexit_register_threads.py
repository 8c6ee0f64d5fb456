# atexit.register from 8 threads at once, 500 each: no registration lost
# (_ncallbacks exact), every one runs at exit, and each thread's own
# registrations run in reverse order of registration.
import atexit
import threading

THREADS = 8
EACH = 500
base = atexit._ncallbacks()
ran = []
ran_lock = threading.Lock()


def record(t, i):
    ran.append((t, i))


start = threading.Barrier(THREADS)


def worker(t):
    start.wait()
    for i in range(EACH):
        atexit.register(record, t, i)
        if i % 100 == 0:
            atexit.unregister(print)   # compares, never matches


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("registered:", atexit._ncallbacks() - base)


def check():
    print("ran:", len(ran))
    ok = True
    for t in range(THREADS):
        mine = [i for (u, i) in ran if u == t]
        if mine != list(range(EACH - 1, -1, -1)):
            ok = False
    print("each thread's in reverse order:", ok)


atexit.register(check)   # registered last: runs first, sees nothing yet
atexit.register(lambda: None)
atexit._run_exitfuncs()
print("after run:", atexit._ncallbacks())
check()


# and from threads racing _run_exitfuncs at exit: re-register a few
def late(t):
    for i in range(EACH):
        atexit.register(record, t, -1)


ran.clear()
threads = [threading.Thread(target=late, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
atexit.register(lambda: print("at exit: ran", len(ran)))
print("registered again:", atexit._ncallbacks())   # the first run emptied the list
