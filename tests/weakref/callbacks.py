# callbacks: called once, newest first, with the dead ref; __del__ runs first;
# a ref that dies first never calls back; errors in callbacks are reported
import sys, io
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

ref_holder = []

class WithDel:
    def __del__(self):
        print("__del__ runs, ref still alive:", ref_holder[0]() is self)

def report(tag):
    def cb(wr):
        print("callback", tag, "referent:", wr(), "callback attr:", wr.__callback__)
    return cb

def make_refs(holder):
    o = Obj("x")
    holder.append(o)
    refs = [weakref.ref(o, report(i)) for i in (1, 2, 3)]
    refs.append(weakref.ref(o))
    print("before", weakref.getweakrefcount(o))
    return refs

def order():
    holder = []
    refs = make_refs(holder)
    holder.clear()
    print("after", [r() for r in refs])

def make_one(holder, cb):
    o = Obj("y")
    holder.append(o)
    return weakref.ref(o, cb)

def dead_ref_no_callback():
    holder = []
    r = make_one(holder, report("never"))
    r = None
    holder.clear()
    print("no callback for a ref that died first")

def make_with_del(holder):
    w = WithDel()
    holder.append(w)
    ref_holder.append(weakref.ref(w, report("after __del__")))

def del_then_callback():
    holder = []
    make_with_del(holder)
    holder.clear()
    ref_holder.clear()

def callback_error():
    holder = []
    calls = []
    def bad(wr):
        calls.append(1)
        raise ValueError("ignored")
    r = make_one(holder, bad)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        holder.clear()
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print("callback ran", len(calls), "reported:", "ValueError: ignored" in text)
    print("still works after:", r())

def ref_all(items, seen):
    return [weakref.ref(x, lambda wr, i=i: seen.append(i)) for i, x in enumerate(items)]

def containers_die():
    items = [Obj(i) for i in range(3)]
    seen = []
    refs = ref_all(items, seen)
    items.pop(1)
    print(seen)
    items.clear()
    print(sorted(seen), [r() for r in refs])

def callback_makes_refs():
    # a callback may create new weak references and drop other objects
    holder = [Obj("a"), Obj("b")]
    log = []
    keep = []
    def cb_a(wr):
        keep.append(weakref.ref(holder[0], lambda w: log.append("b died")))
        log.append("a died")
        holder.pop()
    ra = weakref.ref(holder[1], cb_a)
    del holder[1]
    print(log, len(holder), keep[0]())

order()
dead_ref_no_callback()
del_then_callback()
callback_error()
containers_die()
callback_makes_refs()
