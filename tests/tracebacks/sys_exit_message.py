# sys.exit("message"): message on stderr, exit status 1
import sys
def fail(reason):
    print("failing because", reason)
    sys.exit("fatal: " + reason)
fail("configuration missing")
print("not reached")
