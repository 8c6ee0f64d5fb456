# sys.exit with a message inside a callback-heavy exit: the status and
# message of the main program's SystemExit are kept, callbacks still run.
import atexit
import sys


def cb(n):
    print("callback", n)


for i in range(5):
    atexit.register(cb, i)
sys.exit("exiting with a message")
