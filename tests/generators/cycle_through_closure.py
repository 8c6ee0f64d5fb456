# A suspended or unstarted generator in a reference cycle that runs through
# its function's closure (not through its frame's registers) is collected.
import gc
import weakref


class X:
    pass


def unstarted():
    holder = []

    def gen():
        yield holder

    g = gen()
    holder.append(g)
    x = X()
    holder.append(x)
    return weakref.ref(x)


def suspended():
    holder = []

    def gen():
        yield holder
        yield len(holder)

    g = gen()
    next(g)
    holder.append(g)
    holder.append(X())
    return weakref.ref(holder[-1])


for make in (unstarted, suspended):
    w = make()
    gc.collect()
    print(make.__name__, w() is None)
