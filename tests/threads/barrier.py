# threading.Barrier: rounds, the action, index values, abort, reset, timeout.
import threading

N = 5
ROUNDS = 4
actions = []
b = threading.Barrier(N, action=lambda: actions.append("tripped"))
print(b.parties, b.n_waiting, b.broken)
indices = [[] for _ in range(ROUNDS)]
lock = threading.Lock()
phase_log = [[] for _ in range(ROUNDS)]


def worker(k):
    for r in range(ROUNDS):
        with lock:
            phase_log[r].append(k)
        i = b.wait()
        # nobody gets past round r before all N arrived in it
        with lock:
            assert len(phase_log[r]) == N, (r, phase_log[r])
            indices[r].append(i)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(actions)
print([sorted(x) for x in indices])
print(b.n_waiting, b.broken)

# abort while threads wait
b2 = threading.Barrier(3)
outcome = []


def waits():
    try:
        b2.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")


ws = [threading.Thread(target=waits) for _ in range(2)]
for t in ws:
    t.start()
while b2.n_waiting < 2:
    pass
b2.abort()
for t in ws:
    t.join()
print(outcome, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e))
b2.reset()
print(b2.broken, b2.n_waiting)
# usable again after reset
ws = [threading.Thread(target=b2.wait) for _ in range(3)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print("after reset ok", b2.broken)

# a timeout breaks the barrier
b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)

# an action that raises breaks the barrier for everyone
def bad_action():
    raise ValueError("action failed")


b4 = threading.Barrier(3, action=bad_action)
res = []


def w4():
    try:
        b4.wait()
        res.append("ok")
    except threading.BrokenBarrierError:
        res.append("broken")
    except ValueError as e:
        res.append("ValueError")


ws = [threading.Thread(target=w4) for _ in range(3)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print(sorted(res))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
r = repr(threading.Barrier(3))
print(r[:len("<threading.Barrier at ")], r[r.index(":"):])
print(repr(b4)[repr(b4).index(":"):])
