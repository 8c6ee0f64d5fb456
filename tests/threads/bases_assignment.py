# __bases__ assignment rebuilds the MRO of the class and of its
# subclasses (as in CPython) while other threads call methods, super(),
# isinstance and read __mro__: the replaced MRO tuples stay readable
# until those threads are done with them.
import threading


class A:
    def f(self):
        return "A"


class B:
    def f(self):
        return "B"


class M(A):
    def g(self):
        return super().f()


class N(M):
    def f(self):
        return "N" + super().f()


# the subclasses follow at once
M.__bases__ = (B,)
print([c.__name__ for c in N.__mro__], N().f(), M().g())
M.__bases__ = (A,)
print([c.__name__ for c in N.__mro__], N().f(), M().g())
try:
    A.__bases__ = (N,)
except TypeError as e:
    print("TypeError:", e)

THREADS = 3
ROUNDS = 3000
start = threading.Barrier(THREADS + 1)
done = threading.Event()
bad = []


def flipper():
    start.wait()
    for i in range(ROUNDS):
        M.__bases__ = (B,) if i % 2 == 0 else (A,)
    M.__bases__ = (A,)
    done.set()


def caller():
    start.wait()
    n = N()
    while not done.is_set():
        r = (n.f(), n.g(), isinstance(n, A), issubclass(N, B))
        mro = N.__mro__
        if r[0] not in ("NA", "NB") or r[1] not in ("A", "B") or len(mro) != 4:
            bad.append((r, len(mro)))


threads = [threading.Thread(target=caller) for _ in range(THREADS)]
threads.append(threading.Thread(target=flipper))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bad results:", bad[:3])
print([c.__name__ for c in N.__mro__], N().f(), M().g())
