# logging: exc_info, exception(), stack_info, stacklevel, caller
# information and the "--- Logging error ---" report of handleError.
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(
    "%(levelname)s %(name)s %(filename)s:%(lineno)d %(funcName)s "
    "%(module)s: %(message)s"))
log = logging.getLogger("exc")
log.addHandler(handler)
log.propagate = False


def divide(a, b):
    return a / b


def fail():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        log.exception("division failed: %s", "1/0")


fail()

try:
    {}["missing"]
except KeyError as e:
    saved = e
    log.error("with exc_info=True", exc_info=True)
    log.warning("with exc_info=False", exc_info=False)
    log.info("info is below WARNING", exc_info=True)
    log.critical("with a tuple", exc_info=sys.exc_info())

log.error("with an exception instance", exc_info=saved)
log.error("exc_info=True outside handler", exc_info=True)
log.exception("exception() outside handler")


def chained():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise RuntimeError("outer") from e
    except RuntimeError:
        log.exception("chained")


chained()


def context():
    try:
        try:
            int("x")
        except ValueError:
            [][1]
    except IndexError:
        log.exception("during handling")


context()

# The traceback text is cached in exc_text and reused by every handler.
records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


keep = Keep()
log.addHandler(keep)
try:
    raise TypeError("cached")
except TypeError:
    log.exception("cache")
log.removeHandler(keep)
rec = records[0]
print(rec.exc_info[0].__name__, rec.exc_text.splitlines()[-1])
print(logging.Formatter().formatException(rec.exc_info).splitlines()[0])

# stack_info and stacklevel


def helper(msg, level):
    log.warning(msg, stacklevel=level)


def caller(level):
    helper("stacklevel %d" % level, level)


for n in (1, 2, 3, 100):
    caller(n)


def with_stack():
    log.warning("stack info", stack_info=True)


def outer_stack():
    with_stack()


outer_stack()
log.warning("both", stack_info=True, exc_info=ValueError("boom"))
logging.LoggerAdapter(log, {}).warning("adapter caller")
log.log(logging.ERROR, "log() caller")


class Weird:
    def __str__(self):
        raise RuntimeError("str failed")

    def __repr__(self):
        return "<Weird>"


class VeryWeird(Weird):
    def __repr__(self):
        raise RuntimeError("repr failed")


# Errors while emitting: reported on stderr, logging carries on.
err_log = logging.getLogger("errors")
err_log.addHandler(logging.StreamHandler(sys.stdout))
err_log.propagate = False


def bad_calls():
    err_log.warning("too few %s %s", "args")
    err_log.warning("%d", "not a number")
    err_log.warning(Weird())


    err_log.warning(VeryWeird())


class BadHandler(logging.Handler):
    def emit(self, record):
        try:
            raise OSError("disk full")
        except OSError:
            self.handleError(record)


def own_handler():
    h = BadHandler()
    err_log.addHandler(h)
    err_log.warning("own handler %s", "failed")
    err_log.removeHandler(h)


def report(text):
    # Frames inside logging itself differ from CPython's (file and line):
    # leave them out, keep everything else.
    skip = False
    for line in text.splitlines():
        if line.startswith("  File "):
            skip = "__init__.py" in line
        elif not line.startswith("    "):
            skip = False
        if not skip:
            print("|", line)


saved_stderr = sys.stderr
sys.stderr = io.StringIO()
try:
    bad_calls()
    own_handler()
finally:
    text = sys.stderr.getvalue()
    sys.stderr = saved_stderr
report(text)
print("still running")

logging.raiseExceptions = False
err_log.warning("silent %s %s", "failure")
logging.raiseExceptions = True
print("done")
