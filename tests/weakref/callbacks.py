# callbacks: called once, newest first, with the dead ref; __del__ runs first
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

class WithDel:
    def __del__(self):
        print("__del__ runs, ref still alive:", ref_holder[0]() is self)

ref_holder = []

def report(tag):
    def cb(wr):
        print("callback", tag, "referent:", wr(), "callback attr:", wr.__callback__)
    return cb

def order():
    o = Obj("x")
    r1 = weakref.ref(o, report(1))
    r2 = weakref.ref(o, report(2))
    r3 = weakref.ref(o, report(3))
    plain = weakref.ref(o)
    print("before del", weakref.getweakrefcount(o))
    del o
    print("after del", r1(), r2(), r3(), plain())
    return r1, r2, r3

def dead_ref_no_callback():
    o = Obj("y")
    r = weakref.ref(o, report("never"))
    del r
    del o
    print("no callback for a ref that died first")

def del_then_callback():
    w = WithDel()
    ref_holder.append(weakref.ref(w, report("after __del__")))
    del w
    ref_holder.clear()

def callback_error():
    o = Obj("z")
    calls = []
    def bad(wr):
        calls.append(1)
        raise ValueError("ignored")
    r = weakref.ref(o, bad)
    import sys, io
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        del o
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print("callback ran", len(calls), "stderr mentions ValueError:", "ValueError: ignored" in text)

def containers_die():
    items = [Obj(i) for i in range(3)]
    seen = []
    refs = [weakref.ref(x, lambda wr, i=i: seen.append(i)) for i, x in enumerate(items)]
    del x
    items.pop(1)
    print(seen)
    items.clear()
    print(seen, [r() for r in refs])

order()
dead_ref_no_callback()
del_then_callback()
callback_error()
containers_die()
