# One lru_cache shared by 8 threads, with a small maxsize (evictions all the
# time), with maxsize=None, with maxsize=0 and typed: every result is right,
# and hits + misses equals the exact number of calls made. Keys whose
# __eq__/__hash__ are Python code, and a cache_clear racing the calls.
import threading
from functools import lru_cache

T = 8
N = 4000


def run(fn, keys_for, n=N):
    barrier = threading.Barrier(T)
    wrong = []

    def work(k):
        keys = keys_for(k)
        barrier.wait()
        for i in range(n):
            x = keys[i % len(keys)]
            if fn(x) != expected(x):
                wrong.append(x)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(T)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return wrong


def expected(x):
    return ('r', x)


def check(name, fn, keys_for, maxsize, n=N):
    fn.cache_clear()
    wrong = run(fn, keys_for, n)
    info = fn.cache_info()
    size_ok = info.currsize <= maxsize if maxsize is not None else True
    print(name, 'wrong:', len(wrong), 'hits+misses == calls:', info.hits + info.misses == T * n,
          'size ok:', size_ok, 'maxsize:', info.maxsize)


@lru_cache(maxsize=4)
def small(x):
    return ('r', x)


@lru_cache(maxsize=None)
def unbounded(x):
    return ('r', x)


@lru_cache(maxsize=0)
def nocache(x):
    return ('r', x)


@lru_cache(maxsize=16, typed=True)
def typed(x):
    return ('r', x)


def spread(k):
    return [(k * 7 + i) % 11 for i in range(11)]


check('maxsize=4', small, spread, 4)
check('maxsize=None', unbounded, spread, None)
check('maxsize=0', nocache, spread, 0)
check('typed', typed, lambda k: [1, 1.0, 'a', (1,), k % 3], 16)
check('strings maxsize=4', small, lambda k: ['s%d' % ((k + i) % 9) for i in range(9)], 4)
check('tuples maxsize=4', small, lambda k: [(i, k % 2) for i in range(6)], 4)
print('unbounded currsize', unbounded.cache_info().currsize)


class Key:
    """Hash and equality in Python: the cache compares them unlocked."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v % 5)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return 'Key(%d)' % self.v


@lru_cache(maxsize=3)
def keyed(k):
    return ('r', k)


def expected_key(k):
    return ('r', k)


keyed.cache_clear()
wrong = []
barrier = threading.Barrier(T)
keys = [Key(i) for i in range(12)]


def work_keys(k):
    barrier.wait()
    for i in range(N // 4):
        key = keys[(k + i) % len(keys)]
        r = keyed(key)
        if r[0] != 'r' or r[1].v != key.v:
            wrong.append((key, r))


threads = [threading.Thread(target=work_keys, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = keyed.cache_info()
print('python keys wrong:', len(wrong), 'hits+misses == calls:', info.hits + info.misses == T * (N // 4),
      'size ok:', info.currsize <= 3)

# cache_clear while others call: results stay right, nothing crashes.
stop = threading.Event()


def clearer():
    while not stop.is_set():
        small.cache_clear()


c = threading.Thread(target=clearer)
c.start()
wrong = run(small, spread, N // 2)
stop.set()
c.join()
small.cache_clear()
for x in range(6):
    small(x)
print('with cache_clear racing: wrong', len(wrong), 'after:', small.cache_info())
