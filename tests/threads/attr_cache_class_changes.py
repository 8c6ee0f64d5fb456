# Attribute, method and store caches while another thread keeps changing
# the class: replacing methods, properties and plain attributes must never
# hand out a freed descriptor, and every read sees some version's value.
import threading

ROUNDS = 3000


class C:
    def __init__(self):
        self.v = 1
        self._p = 0

    def m(self):
        return "m1"

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, value):
        self._p = value


def m2(self):
    return "m2"


def make_property(tag):
    return property(lambda self: (tag, self._p),
                    lambda self, value: setattr(self, "_p", value))


stop = threading.Event()
bad = []


def user():
    c = C()
    n = 0
    while not stop.is_set():
        r = c.m()
        if r not in ("m1", "m2"):
            bad.append(r)
        c.p = n
        q = c.p
        if not (q == n or (isinstance(q, tuple) and q[1] == n)):
            bad.append(("p", n, q))
        c.v = n
        if c.v != n:
            bad.append(("v", n))
        n += 1


def changer():
    for i in range(ROUNDS):
        C.m = m2 if i % 2 else C.__dict__["m"]
        C.p = make_property(i)
        if i % 3 == 0:
            C.extra = i  # bumps the type version without touching m or p
    stop.set()


users = [threading.Thread(target=user) for _ in range(3)]
for t in users:
    t.start()
changer()
for t in users:
    t.join()
print("bad:", bad[:5])
print(C().m() in ("m1", "m2"), C.extra)
