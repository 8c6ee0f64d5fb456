# Frame objects made by one thread and read by others while the frame
# runs, returns and its caller goes on: other threads see the values of
# the frame's end (or of the snapshot), never a crash.
import queue
import sys
import threading

q = queue.Queue(maxsize=100)
N = 3000


def level3(i):
    local_value = i * 2
    fr = sys._getframe()
    q.put(fr)
    return local_value


def level2(i):
    return level3(i) + 1


def producer():
    for i in range(N):
        level2(i)
    q.put(None)


bad = []


def consumer(out):
    n = 0
    while True:
        fr = q.get()
        if fr is None:
            q.put(None)
            break
        name = fr.f_code.co_name
        line = fr.f_lineno
        back = fr.f_back
        loc = fr.f_locals
        if name != "level3" or not isinstance(line, int):
            bad.append((name, line))
        if back is not None and back.f_code.co_name != "level2":
            bad.append(back.f_code.co_name)
        if not isinstance(loc, dict):
            bad.append(type(loc))
        n += 1
    out.append(n)


out = []
threads = [threading.Thread(target=producer)] + [
    threading.Thread(target=consumer, args=(out,)) for _ in range(3)
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("frames read:", sum(out), "bad:", bad[:3])
