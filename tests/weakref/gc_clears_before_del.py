# The cycle collector clears weak references to garbage before any __del__
# runs; callbacks of weak references that are garbage themselves are
# dropped, those of surviving weak references run first.
import gc
import weakref

events = []


class A:
    def __del__(self):
        r = getattr(self, "ref", None)
        events.append(("del", self.name, None if r is None else r() is None))


a = A(); a.name = "a"
b = A(); b.name = "b"
a.other = b; b.other = a
wa = weakref.ref(a, lambda r: events.append(("callback a", r() is None)))
b.ref = wa
del a, b
gc.collect()
print(events)
print(wa())

# a weak reference that is part of the garbage: its callback is dropped
events.clear()
c = A(); c.name = "c"
c.self = c
c.ref = weakref.ref(c, lambda r: events.append("garbage callback"))
del c
gc.collect()
print(events)

# WeakValueDictionary entries of garbage are gone by the time __del__ runs
events.clear()
wvd = weakref.WeakValueDictionary()


class B:
    def __del__(self):
        events.append(("B del", sorted(wvd.keys())))


x = B(); x.me = x
y = B(); y.me = y
wvd["x"] = x
wvd["y"] = y
del x, y
gc.collect()
print(sorted(events))
print(len(wvd))
