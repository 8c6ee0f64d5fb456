# threading.Thread attributes and rules; current_thread, enumerate & co.
import functools
import threading
import warnings


def hide_ident(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(" %d)" % t.ident, " IDENT)")
    return r


def f(a, b=0):
    pass


main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(hide_ident(main))
print(type(main).__name__, isinstance(main, threading.Thread))

t1 = threading.Thread(target=f, args=(1,), kwargs={"b": 2})
t2 = threading.Thread(target=f)
t3 = threading.Thread(name="worker")
t4 = threading.Thread(target=functools.partial(f, 1))   # no __name__
t5 = threading.Thread(name=42)
t6 = threading.Thread(target=f, name="")
print([t.name for t in (t1, t2, t3, t4, t5, t6)])
print(hide_ident(t1), t1.ident, t1.native_id, t1.is_alive(), t1.daemon)
t7 = threading.Thread(target=f, daemon=True)
print(hide_ident(t7))

try:
    t1.join()
except RuntimeError as e:
    print("RuntimeError:", e)

# inside a running thread
inside = {}
release = threading.Event()


def probe():
    me = threading.current_thread()
    inside["same object"] = me is t8
    inside["ident matches"] = me.ident == threading.get_ident()
    inside["native id"] = me.native_id == threading.get_native_id()
    inside["alive"] = me.is_alive()
    inside["listed"] = me in threading.enumerate()
    try:
        me.join()
    except RuntimeError as e:
        inside["join self"] = str(e)
    release.wait()


t8 = threading.Thread(target=probe, name="probe")
t8.start()
print(hide_ident(t8))
print(t8.is_alive(), isinstance(t8.ident, int), isinstance(t8.native_id, int))
t8.join(timeout=0.01)
print("alive after timed-out join:", t8.is_alive())
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
release.set()
t8.join()
print(hide_ident(t8), t8.is_alive())
for key in sorted(inside):
    print(" ", key, inside[key])
print(threading.active_count(), threading.enumerate() == [main])

try:
    t8.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t8.join()     # joining a finished thread again is fine
t8.name = "renamed"
print(t8.name)

# idents of threads alive at the same time differ
idents = []
lock = threading.Lock()
gate = threading.Barrier(5)


def collect():
    gate.wait()
    with lock:
        idents.append(threading.get_ident())


ts = [threading.Thread(target=collect) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(set(idents)), threading.get_ident() not in idents)


# subclassing: run() override and extra state
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="sub-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.result) for w in ws])
print(hide_ident(ws[0]))


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# run() may be called directly; target and arguments are then dropped
out = []
t = threading.Thread(target=out.append, args=("direct",))
t.run()
print(out, hasattr(t, "_target"))

# the deprecated camelCase API still works, with a DeprecationWarning
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = threading.Thread(name="old")
    t.setName("older")
    t.setDaemon(True)
    print(t.getName(), t.isDaemon(), threading.currentThread() is main,
          threading.activeCount())
    e = threading.Event()
    print(e.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)

print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.stack_size())
print(sorted(threading.__all__))
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
