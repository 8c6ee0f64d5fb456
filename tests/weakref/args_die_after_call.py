# Arguments of a call are released when the call returns: a referent that
# was only passed to a function dies at `del`, as in CPython.
import weakref


class A:
    def __del__(self):
        print("A collected")


o = A()
r = weakref.ref(o)
print(r() is o)
del o
print(r())


def use(x):
    return x


o = A()
r = weakref.ref(o)
use(o)
len([o])
del o
print(r())
