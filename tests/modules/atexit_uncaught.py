# The atexit callbacks run after the traceback of an uncaught exception is
# printed; the exit status stays 1.
import atexit
import sys


def bye():
    print("bye from atexit")
    print("stderr from atexit", file=sys.stderr)


atexit.register(bye)
print("main")
raise KeyError("uncaught")
