# One io.StringIO shared by 8 writer threads (2000 whole lines each) while
# another thread reads getvalue()/tell(): each write is atomic, so nothing is
# lost or garbled, every snapshot holds whole lines only, and the total
# length is exact.
import io
import threading

THREADS = 8
EACH = 2000
s = io.StringIO()
start = threading.Barrier(THREADS + 1)
done = threading.Event()
bad_snapshots = []
snapshots = [0]


def line(t, i):
    # lines of different lengths and kinds (latin-1 and BMP characters)
    mark = "\u00e9" if t % 2 else "\u20ac"
    return "thread %d line %d %s%s\n" % (t, i, mark * (i % 5), "." * (t % 3))


def writer(t):
    start.wait()
    for i in range(EACH):
        s.write(line(t, i))


def reader():
    start.wait()
    while not done.is_set():
        v = s.getvalue()
        pos = s.tell()
        if v and not v.endswith("\n"):
            bad_snapshots.append("partial line")
        if pos < len(v):
            bad_snapshots.append("tell behind the value")
        snapshots[0] += 1


threads = [threading.Thread(target=writer, args=(t,)) for t in range(THREADS)]
r = threading.Thread(target=reader)
r.start()
for th in threads:
    th.start()
for th in threads:
    th.join()
done.set()
r.join()

value = s.getvalue()
expected = {line(t, i) for t in range(THREADS) for i in range(EACH)}
print("length exact:", len(value) == sum(len(x) for x in expected), s.tell() == len(value))
lines = value.splitlines(keepends=True)
print("lines:", len(lines), "all intact:", set(lines) == expected)
# each thread's lines in its own order
order_ok = True
for t in range(THREADS):
    prefix = "thread %d " % t
    mine = [x for x in lines if x.startswith(prefix)]
    if mine != [line(t, i) for i in range(EACH)]:
        order_ok = False
print("per-thread order:", order_ok)
print("bad snapshots:", bad_snapshots[:3], snapshots[0] > 0)

# shared reads: threads consuming lines with readline never get one twice
s.seek(0)
got = []
lock = threading.Lock()


def consumer():
    mine = []
    while True:
        x = s.readline()
        if not x:
            break
        mine.append(x)
    with lock:
        got.extend(mine)


cs = [threading.Thread(target=consumer) for _ in range(4)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print("read back:", len(got), sorted(got) == sorted(lines))
