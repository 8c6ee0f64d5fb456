# An exception escaping a thread's run() goes to threading.excepthook, which
# prints "Exception in thread NAME:" and the traceback to stderr; the program
# itself goes on and exits 0.
import io
import sys
import threading


def helper(n):
    raise ValueError("boom %d" % n)


def worker(n):
    helper(n)


# 1. The default hook.  Its traceback starts in threading.py, whose path and
# line numbers differ between implementations, so capture it and show only
# the lines that do not depend on them.
saved = sys.stderr
sys.stderr = capture = io.StringIO()
t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
sys.stderr = saved
lines = capture.getvalue().splitlines()
print(lines[0])
print(lines[1])
for i, line in enumerate(lines):
    if "thread_exception.py" in line:
        print(line)
        print(lines[i + 1])
print(lines[-1])
print("thread ended:", not t.is_alive())


# 2. The same report on the real stderr, minus the frames inside threading.
def trimmed_hook(args):
    tb = args.exc_traceback
    while tb is not None and not tb.tb_frame.f_code.co_filename.endswith("thread_exception.py"):
        tb = tb.tb_next
    args.exc_value.__traceback__ = tb
    threading.__excepthook__(threading.ExceptHookArgs(
        [args.exc_type, args.exc_value, tb, args.thread]))


threading.excepthook = trimmed_hook

t = threading.Thread(target=worker, args=(2,))
t.start()
t.join()


def lookup():
    {}.pop("missing")


t = threading.Thread(target=lookup, name="custom-name")
t.start()
t.join()


class Failing(threading.Thread):
    def run(self):
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e


t = Failing()
t.start()
t.join()


def quits():
    sys.exit(3)


t = threading.Thread(target=quits)   # SystemExit is silently ignored
t.start()
t.join()

# 3. A hook that only records what it gets.
seen = []


def recording_hook(args):
    seen.append((type(args).__name__, len(args), args.exc_type.__name__,
                 str(args.exc_value), args.exc_traceback is not None,
                 args.thread.name, args.thread is threading.current_thread()))


threading.excepthook = recording_hook
threads = [threading.Thread(target=worker, args=(k,), name="w%d" % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for entry in sorted(seen):
    print(entry)

# 4. A hook that fails: its own error goes to sys.excepthook.
def failing_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = failing_hook
sys.stderr = capture = io.StringIO()
t = threading.Thread(target=worker, args=(9,))
t.start()
t.join()
sys.stderr = saved
lines = capture.getvalue().splitlines()
print(lines[0])
print(lines[-1])

threading.excepthook = threading.__excepthook__
args = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("main done")
