# logging from 8 threads at once: one logger, one StreamHandler on a
# StringIO. Every record must come out as one whole line, with the right
# threadName, in each thread's order; then threads build the logger tree
# concurrently.
import io
import logging
import threading

N_THREADS = 8
PER_THREAD = 2000

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter(
    "%(threadName)s|%(levelname)s|%(name)s|%(funcName)s|%(message)s"))
log = logging.getLogger("threads.test")
log.setLevel(logging.DEBUG)
log.addHandler(handler)
log.propagate = False

start = threading.Barrier(N_THREADS)


def work(n):
    start.wait()
    for i in range(PER_THREAD):
        if i % 2:
            log.info("worker %d record %d %s", n, i, "x" * (i % 7))
        else:
            log.debug("worker %d record %d %s", n, i, "x" * (i % 7))


threads = [threading.Thread(target=work, args=(n,), name="W%d" % n)
           for n in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = stream.getvalue().split("\n")
print("last line empty:", lines[-1] == "")
lines = lines[:-1]
print("lines:", len(lines))
bad = 0
seen = {n: [] for n in range(N_THREADS)}
for line in lines:
    parts = line.split("|")
    if len(parts) != 5:
        bad += 1
        continue
    tname, level, name, func, msg = parts
    words = msg.split(" ")
    if (len(words) != 5 or words[0] != "worker" or words[2] != "record"
            or name != "threads.test" or func != "work"):
        bad += 1
        continue
    n, i = int(words[1]), int(words[3])
    want_level = "INFO" if i % 2 else "DEBUG"
    if tname != "W%d" % n or level != want_level or words[4] != "x" * (i % 7):
        bad += 1
        continue
    seen[n].append(i)
print("malformed:", bad)
print("in order, complete:",
      all(seen[n] == list(range(PER_THREAD)) for n in range(N_THREADS)))

# Concurrent getLogger: every thread asks for the same names in different
# orders (children before parents); each name must give one logger, linked
# to its nearest existing ancestor.
names = ["tree.%d.%d" % (a, b) for a in range(4) for b in range(4)]
names += ["tree.%d" % a for a in range(4)] + ["tree"]
results = [None] * N_THREADS
tree_start = threading.Barrier(N_THREADS)


def build(n):
    order = names[n % 3::3] + names[:n % 3] + names
    tree_start.wait()
    got = {}
    for _ in range(20):
        for name in order:
            got[name] = logging.getLogger(name)
    results[n] = got


threads = [threading.Thread(target=build, args=(n,)) for n in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
same = all(results[n][k] is results[0][k] for n in range(N_THREADS)
           for k in names)
print("one logger per name:", same)
ok = True
for k in names:
    lg = logging.getLogger(k)
    want = k.rpartition(".")[0]
    parent = logging.getLogger(want) if want else logging.root
    ok = ok and lg.parent is parent
print("parents right:", ok)
