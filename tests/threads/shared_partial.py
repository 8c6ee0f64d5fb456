# One functools.partial called by 8 threads while another thread replaces
# its state with __setstate__ in a loop: every call sees one whole state
# (func, args and keywords of the same __setstate__), never a mix, and
# nothing crashes. Then 8 threads share one partial with keywords, nested
# partials and a partial whose keywords dict another thread changes.
import threading
import time
from functools import partial

T = 8
N = 3000


def tag_a(*args, **kw):
    return ('A', args, tuple(sorted(kw.items())))


def tag_b(*args, **kw):
    return ('B', args, tuple(sorted(kw.items())))


def tag_c(*args, **kw):
    return ('C', args, tuple(sorted(kw.items())))


STATES = [
    (tag_a, (1,), None),
    (tag_b, (2, 2), {'k': 'b'}),
    (tag_c, (), {'k': 'c', 'z': 3}),
    (tag_a, (4, 4, 4, 4, 4, 4, 4, 4, 4), {'k': 'a'}),
]
# what p(7) returns in each state
VALID = {f(*(args + (7,)), **(kw or {})) for f, args, kw in STATES}

p = partial(tag_a, 1)
changes = [0]
stop = threading.Event()
barrier = threading.Barrier(T + 1)
bad = []
seen = set()
lock = threading.Lock()


def caller():
    barrier.wait()
    mine = set()
    calls = 0
    deadline = time.monotonic() + 3
    # until this thread has seen the state change (bounded in time)
    while (calls < N or changes[0] < 100 or len(mine) < 2) and time.monotonic() < deadline:
        calls += 1
        r = p(7)
        if r not in VALID:
            bad.append(r)
        mine.add(r[0])
    with lock:
        seen.update(mine)


def setter():
    barrier.wait()
    i = 0
    while not stop.is_set():
        f, args, kw = STATES[i % len(STATES)]
        p.__setstate__((f, args, kw, None))
        i += 1
        changes[0] = i
        # reads of the attributes go through the same whole state
        st = p.__reduce__()[2]
        if (st[0], st[1], st[2] or None) not in [(f, a, k) for f, a, k in STATES] + \
                [(f, a, k or None) for f, a, k in STATES]:
            bad.append(('reduce', st))


threads = [threading.Thread(target=caller) for _ in range(T)]
s = threading.Thread(target=setter)
for t in threads + [s]:
    t.start()
for t in threads:
    t.join()
stop.set()
s.join()
print('setstate race: bad results', len(bad), 'states seen >= 2:', len(seen) >= 2)

# A shared partial with keywords, and a nested one, called by all threads.
q = partial(partial(tag_b, 1, k='q'), 2, j=0)
results = [None] * T


def work(k):
    out = []
    for i in range(N // 3):
        out.append(q(i, j=k) == ('B', (1, 2, i), (('j', k), ('k', 'q'))))
    results[k] = all(out)


threads = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('keywords and nesting:', results)

# The keywords dict itself changed by one thread while others call.
r = partial(tag_c, k=0)
kwd = r.keywords
done = threading.Event()
oddities = []


def mutate():
    i = 0
    while not done.is_set():
        kwd['k'] = i
        if i % 2:
            kwd['extra'] = i
        else:
            kwd.pop('extra', None)
        i += 1


def call_r():
    for _ in range(N // 3):
        res = r(1)
        names = [name for name, _ in res[2]]
        if res[0] != 'C' or res[1] != (1,) or 'k' not in names:
            oddities.append(res)


m = threading.Thread(target=mutate)
m.start()
threads = [threading.Thread(target=call_r) for _ in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
done.set()
m.join()
print('keywords changed meanwhile: oddities', len(oddities))
