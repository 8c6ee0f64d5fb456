# Readers read ONE bytearray in every way while a writer appends, extends,
# deletes, inserts, pops and assigns slices (growing it, so that its buffer
# is replaced again and again, and deleting at the front, which moves the
# bytes in place). The writer keeps one invariant: each byte is the one
# before plus 1 (mod 256). Every single read must see one state of the
# array, so every copy, slice, decode, hex or memoryview of it must be such
# a run too; no read may crash or fail with anything but IndexError (an
# index or pop past a shrinking end). A memoryview pins the array's size:
# the writer's resizes meanwhile raise BufferError, as in CPython. Only
# these invariants are printed, never counts that depend on timing.
import random
import sys
import threading

N_READERS = 3
ROUNDS = 40  # the writer goes on until every reader has read this many times
MAX_OPS = 200000
MAX_LEN = 20000

PATTERN = bytes(range(256)) * (3 * MAX_LEN // 256 + 2)  # longer than ba ever is


def run(start, n):
    start %= 256
    return PATTERN[start:start + n]


def consecutive(b, step=1):
    # every step-th byte of a run: PATTERN from its first byte on, strided
    if step < 0:
        return consecutive(b[::-1], -step)
    return len(b) == 0 or b == PATTERN[b[0]:b[0] + step * (len(b) - 1) + 1:step]


ba = bytearray(run(0, 1000))
done = threading.Event()
start = threading.Barrier(N_READERS + 1)
rounds = [0] * N_READERS
bad = {}  # what -> first example
bad_lock = threading.Lock()


def fail(what, detail):
    with bad_lock:
        bad.setdefault(what, detail)


def writer():
    global ba  # ba += ... rebinds it (to itself)
    rng = random.Random(7)
    target = 1000
    start.wait()
    for op in range(MAX_OPS):
        if min(rounds) >= ROUNDS:
            break
        target = min(MAX_LEN, target + 40)
        n = len(ba)
        if n > 2 * MAX_LEN:
            del ba[:n - MAX_LEN]
            n = len(ba)
        k = rng.randrange(1, 64)
        which = rng.randrange(14)
        try:
            if n < target and which < 6:
                # grow: past the capacity now and then
                ba.extend(run(ba[-1] + 1 if ba else 0, rng.randrange(1, 2 * (target - n) + 2)))
            elif which == 0:
                ba.append(ba[-1] + 1 & 255 if ba else 0)
            elif which == 1:
                ba += run(ba[-1] + 1 if ba else 0, k)
            elif which == 2:
                del ba[:k]
            elif which == 3:
                del ba[-k:]
            elif which == 4 and n:
                ba.pop(0 if k & 1 else -1)
            elif which == 5 and n:
                ba.insert(0, ba[0] - 1 & 255)
            elif which == 6 and n > k:
                # a new head of another length, ending just before ba[k]
                m = rng.randrange(0, 3 * k)
                ba[:k] = run(ba[k] - m, m)
            elif which == 7 and n > k:
                # a new tail of another length
                ba[k:] = run(ba[k - 1] + 1, rng.randrange(0, min(2 * (n - k), MAX_LEN) + 1))
            elif which == 8 and n > 2 * k:
                # same length, written in place
                ba[k:2 * k] = run(ba[k], k)
            elif which == 9 and n > 2 * k:
                ba[k:2 * k:2] = run(ba[k], k)[::2]
            elif which == 10 and op % 50 == 0:
                ba[:] = run(rng.randrange(256), rng.randrange(target + 1))
            elif which == 11 and op % 100 == 0:
                ba.clear()
            elif which == 12 and n > 2 * k:
                del ba[:k]
                ba[:0] = run(ba[0] - k, k)
            else:
                ba.extend(run(ba[-1] + 1 if ba else 0, k))
        except BufferError:
            pass  # a reader's memoryview holds the size
        except IndexError:
            fail("writer", "IndexError at op %d" % op)
    done.set()


def reader(seed):
    rng = random.Random(seed)
    start.wait()
    while not done.is_set():
        rounds[seed] += 1
        for s in (ba[:], bytes(ba), bytearray(ba), ba.copy(), ba[3:-3],
                  ba[rng.randrange(100):rng.randrange(100, 5000)]):
            if not consecutive(s):
                fail("copies and slices", len(s))
        if not consecutive(ba[::3], 3) or not consecutive(ba[::-7], -7):
            fail("extended slices", None)
        d = ba.decode("latin-1")
        if not consecutive(d.encode("latin-1")):
            fail("decode", len(d))
        h = ba.hex()
        if not consecutive(bytes.fromhex(h)):
            fail("hex", len(h))
        t = bytes(range(256))
        if not consecutive(ba.translate(t)):
            fail("translate", None)
        for piece in ba.split(b"\x00"):
            if not consecutive(piece) or b"\x00" in piece:
                fail("split", len(piece))
        if not ba == ba or ba != ba or not ba <= ba or ba < ba:
            fail("comparing with itself", None)
        b = bytes(ba)
        if hash(b) != hash(bytes(bytearray(b))):
            fail("hash of a copy", None)
        n = len(ba)
        if n < 0:
            fail("len", n)
        for i in (0, -1, rng.randrange(-5000, 5000)):
            try:
                v = ba[i]
                if not 0 <= v < 256:
                    fail("index", v)
            except IndexError:
                pass
        r = ba.find(b"\x10\x11")
        if r != -1 and r < 0:
            fail("find", r)
        if (b"\x10\x11" in ba) not in (True, False) or (17 in ba) not in (True, False):
            fail("in", None)
        c = ba.count(b"\x00")
        if c < 0:
            fail("count", c)
        for v in ba:
            if not 0 <= v < 256:
                fail("iteration", v)
                break
        if seed == 0 and rounds[seed] % 4 == 0:
            with memoryview(ba) as m:
                s = m.tobytes()
                first = m[0] if len(m) else None
                if not consecutive(s) or (first is not None and first != s[0]):
                    fail("memoryview", len(s))
        if (ba + b"").startswith(b"") is not True:
            fail("concat", None)


readers = [threading.Thread(target=reader, args=(i,)) for i in range(N_READERS)]
w = threading.Thread(target=writer)
for t in readers:
    t.start()
w.start()
w.join()
for t in readers:
    t.join()

for what in ("copies and slices", "extended slices", "decode", "hex", "translate", "split",
             "comparing with itself", "hash of a copy", "len", "index", "find", "in", "count",
             "iteration", "memoryview", "concat", "writer"):
    print("%s: %s" % (what, "ok" if what not in bad else "BROKEN"))
    if what in bad:
        print("  first:", bad[what], file=sys.stderr)
print("final content a run:", consecutive(ba))

# A memoryview pins the size: resizing raises BufferError; same-size writes
# work; released, it lets go.
x = bytearray(b"abcdef")
m = memoryview(x)
for f in (lambda: x.append(1), lambda: x.extend(b"z"), lambda: x.pop(), lambda: x.remove(97),
          lambda: x.insert(0, 1), lambda: x.clear(), lambda: x.__delitem__(slice(0, 2)),
          lambda: x.__setitem__(slice(0, 2), b"xyz"), lambda: x.__iadd__(b"q"),
          lambda: x.__imul__(2), lambda: x.__delitem__(slice(None, None, 2))):
    try:
        f()
        print("resized under a memoryview:", x)
    except BufferError as e:
        print("BufferError:", e)
x[0:2] = b"AB"
x[::2] = b"123"
x.reverse()
x.__imul__(1)
x += b""
x.extend(b"")
print(x, m.tobytes())
m2 = m[1:3]
m.release()
try:
    x.append(1)
except BufferError as e:
    print("a slice of the view still pins it:", e)
m2.release()
x.append(33)
print(x)
