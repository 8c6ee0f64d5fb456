# The traceback module's output (print_exc, format_exception, a thread's
# excepthook) marks the failing expression with carets, as CPython's does:
# it reads the positions from code.co_positions() and tb_lasti.
import sys
import threading
import traceback


def one_line():
    d = {}
    return d.pop("missing") + 1


def two_lines():
    return len(
        5)


def binop():
    a, b = 1, "x"
    return a + b


def subscript():
    grid = [[1, 2], [3]]
    return grid[1][5]


def whole_line():
    raise ValueError("whole")


for fn in (one_line, two_lines, binop, subscript, whole_line):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)

try:
    subscript()
except IndexError as e:
    print("".join(traceback.format_exception(e)), end="")


def in_thread():
    values = {"a": 1}
    return values["b"] * 2


def hook(args):
    # the innermost entry only: the threading module's own frames differ
    print("in thread", args.thread.name)
    print(traceback.format_tb(args.exc_traceback)[-1], end="")
    print("".join(traceback.format_exception_only(args.exc_type, args.exc_value)), end="")


threading.excepthook = hook
t = threading.Thread(target=in_thread, name="worker")
t.start()
t.join()
code = one_line.__code__
positions = list(code.co_positions())
print(all(len(p) == 4 for p in positions), any(p[0] == 11 for p in positions))
