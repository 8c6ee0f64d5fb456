# atexit: order, arguments, unregister, _run_exitfuncs/_clear/_ncallbacks,
# errors in callbacks (reported on stderr, the others still run), SystemExit
# in a callback, callbacks registered while exiting (not run), and the exit
# status of sys.exit(3) kept.
import atexit
import sys

base = atexit._ncallbacks()   # CPython's site may have registered one


class Named:
    # a callable whose repr has no address (the error report prints it)
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __call__(self, *args, **kwargs):
        print("call", self.name, args, sorted(kwargs.items()))
        if self.action:
            self.action()

    def __repr__(self):
        return "<Named %s>" % self.name


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


# register returns func (usable as a decorator)
print(atexit.register(show) is show)


@atexit.register
def decorated():
    print("decorated")


print(atexit._ncallbacks() - base)

# errors
for args in [(), (1,), ("x", 2)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.unregister(1, 2)
except TypeError as e:
    print("TypeError:", e)

# unregister removes every registration comparing equal; the slots stay
atexit.register(show, "a")
atexit.register(show, "b")
print(atexit._ncallbacks() - base)
atexit.unregister(show)
print(atexit._ncallbacks() - base)
atexit.unregister(print)        # not registered: nothing happens


class Eq:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Eq) and other.k == self.k

    __hash__ = None

    def __call__(self):
        print("Eq", self.k)


atexit.register(Eq(1))
atexit.register(Eq(2))
atexit.register(Eq(1))
atexit.unregister(Eq(1))


class Raises:
    def __eq__(self, other):
        raise RuntimeError("no comparing")

    def __call__(self):
        print("Raises called")


# an error while comparing stops unregister (the ones before are removed)
atexit.register(Eq(3))
atexit.register(Raises())
atexit.register(Eq(3))
try:
    atexit.unregister(Eq(3))
except RuntimeError as e:
    print("RuntimeError:", e)

# _run_exitfuncs runs them now, last first, and forgets them
atexit._run_exitfuncs()
print("after run:", atexit._ncallbacks())
atexit._run_exitfuncs()

# _clear
atexit.register(show, "cleared")
atexit._clear()
print("after clear:", atexit._ncallbacks())

# a callback unregistering one not yet run: it is skipped
victim = Named("victim")
atexit.register(victim)
atexit.register(Named("unregisters", lambda: atexit.unregister(victim)))
atexit._run_exitfuncs()


# what runs at exit
def boom():
    raise ZeroDivisionError("in callback")


def registers_late():
    print("registering during exit")
    atexit.register(Named("late"))


atexit.register(Named("first", None), 1, 2, key="value")
atexit.register(Named("raises", boom))
atexit.register(Named("exits", lambda: sys.exit(7)))
atexit.register(registers_late)
atexit.register(Named("kw"), sep="-", end="!")
atexit.register(print, "printed", "by", "print", sep="+")
print("main done", atexit._ncallbacks())
sys.exit(3)
