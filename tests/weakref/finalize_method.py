# weakref.finalize (called at most once; alive, detach, peek) and WeakMethod
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def hello(self, x=1):
        return "%s says %s" % (self.name, x)

def make_fin(holder, *args, **kw):
    r = Res("r%d" % len(holder))
    holder.append(r)
    return weakref.finalize(r, print, "finalizer", *args, **kw)

def peek_info(f, holder):
    obj, func, args, kwargs = f.peek()
    print(obj is holder[0], func is print, args, kwargs)

def finalizers():
    holder = []
    f = make_fin(holder, 1, sep="-")
    print(f.alive, f.atexit)
    peek_info(f, holder)
    holder.clear()
    print(f.alive, f.peek(), f.detach(), f())

    holder = []
    f2 = make_fin(holder, 2)
    print(f2(), f2.alive, f2())
    holder.clear()
    print("nothing more")

    holder = []
    f3 = make_fin(holder, 3)
    info = f3.detach()
    print(info[0] is holder[0], info[2], f3.alive, f3.detach(), f3.peek())
    info = None
    holder.clear()
    print("detached: no call")

    holder = []
    f4 = make_fin(holder, 4)
    f4 = None
    holder.clear()
    print("finalizer kept alive by its object")

def make_method(holder, cb=None):
    r = Res("m")
    holder.append(r)
    return weakref.WeakMethod(r.hello, cb)

def call_it(wm):
    m = wm()
    print(m(), m(2), type(m).__name__)

def is_alive(w):
    return w() is not None

def methods():
    holder = []
    seen = []
    wm = make_method(holder, lambda w: seen.append(w is wm))
    call_it(wm)
    wm2 = make_method(holder)
    print(wm == wm, wm == wm2, isinstance(wm, weakref.ref))
    holder.pop(0)
    print(wm(), seen, wm == wm, is_alive(wm2))
    holder.clear()
    print(wm2())
    try:
        weakref.WeakMethod(len)
    except TypeError as e:
        print("TypeError:", e)

finalizers()
methods()
