# logging: Filter objects and callables, LoggerAdapter, extra, handler
# names, NullHandler, captureWarnings, BufferingHandler/MemoryHandler.
import io
import logging
import logging.handlers
import sys
import warnings

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
root = logging.getLogger()
root.addHandler(out)
root.setLevel(logging.DEBUG)

f = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", "b", "a.b.c.d", "x.a.b"]:
    print(name, f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

# a Filter on a handler
out.addFilter(logging.Filter("allowed"))
logging.getLogger("allowed.sub").info("passes the handler filter")
logging.getLogger("blocked").info("stopped by the handler filter")
out.removeFilter(out.filters[0])
print(out.filters)

# callables as filters; a filter may change the record


def no_secrets(record):
    return "secret" not in record.getMessage()


class Upper:
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


lg = logging.getLogger("filtered")
lg.addFilter(no_secrets)
lg.addFilter(no_secrets)
lg.addFilter(Upper())
print(len(lg.filters))
lg.info("hello")
lg.info("a secret")
print(lg.filter(logging.makeLogRecord({"msg": "secret"})),
      lg.filter(logging.makeLogRecord({"msg": "public"})))
lg.removeFilter(no_secrets)
lg.removeFilter(no_secrets)
lg.info("secret shown now")
# logger filters apply only to records logged on that logger
lg.filters = [lambda r: False]
lg.getChild("kid").info("child records skip parent logger filters")
lg.info("dropped")
# a falsy but non-False result drops the record
lg.filters = [lambda r: 0]
lg.info("dropped too")
lg.filters = []

# extra
lg.info("with extra", extra={"user": "ann"})
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("user=%(user)s %(message)s"))
ex = logging.getLogger("extra")
ex.propagate = False
ex.addHandler(h2)
ex.warning("who", extra={"user": "bob"})
for key in ["message", "asctime", "msg", "levelname", "name"]:
    try:
        ex.warning("overwrite", extra={key: 1})
    except KeyError as e:
        print("KeyError:", e)

# LoggerAdapter


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs


ad = logging.LoggerAdapter(ex, {"user": "carol"})
ad.debug("debug hidden? %s", "no: extra logger is NOTSET -> root DEBUG")
ad.info("adapter info")
ad.warning("adapter %s", "warning")
ad.error("adapter error")
ad.critical("adapter critical")
ad.log(logging.WARNING, "adapter log")
try:
    raise ValueError("adapter exception")
except ValueError:
    ad.exception("caught")
print(ad.name, ad.manager is ex.manager, ad.isEnabledFor(logging.INFO),
      ad.getEffectiveLevel(), ad.hasHandlers(), repr(ad))
ad.setLevel(logging.ERROR)
ad.warning("below ERROR")
print(ex.level)
ex.setLevel(logging.NOTSET)
p = Prefix(lg, {"conn": 7})
p.info("prefixed %d", 1)
nested = logging.LoggerAdapter(ad, {"user": "dave"})
nested.warning("nested adapter")

# handler names and NullHandler
h3 = logging.StreamHandler(sys.stdout)
print(h3.name, h3.get_name())
h3.name = "console"
print(h3.name, logging._handlers["console"] is h3)
h3.set_name("renamed")
print("console" in logging._handlers, logging._handlers["renamed"] is h3)
h3.close()
print("renamed" in logging._handlers)
nh = logging.NullHandler()
print(nh.lock, nh.handle(logging.makeLogRecord({})), repr(nh))
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(nh)
quiet.error("into the null handler")

# Handler basics
base = logging.Handler(logging.INFO)
print(base.level, base.formatter, repr(base))
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError:", e)
base.setLevel("WARNING")
print(base.level, base.format(logging.makeLogRecord(
    {"msg": "default %s", "args": ("formatter",), "levelname": "X", "name": "n"})))
base.acquire()
base.release()
sio = io.StringIO()
sh = logging.StreamHandler(sio)
print(repr(sh), sh.setStream(sio))
old = sh.setStream(sys.stdout)
print(old is sio)

# captureWarnings
logging.captureWarnings(True)
warnings.warn("captured warning", UserWarning)
pyw = logging.getLogger("py.warnings")
print(pyw.handlers)
logging.captureWarnings(False)
warnings.showwarning("direct", UserWarning, "file.py", 3, file=sys.stdout)

# MemoryHandler


class Collect(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.got = []

    def emit(self, record):
        self.got.append(record.getMessage())


target = Collect()
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mem = logging.getLogger("mem")
mem.propagate = False
mem.addHandler(mh)
mem.info("m1")
mem.info("m2")
print(target.got, len(mh.buffer))
mem.info("m3")
print(target.got, len(mh.buffer))
mem.info("m4")
mem.error("m5 flushes")
print(target.got)
mem.info("m6")
mh.close()
print(target.got, mh.target)
bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({}))
print(len(bh.buffer), bh.shouldFlush(None))
bh.handle(logging.makeLogRecord({}))
print(len(bh.buffer))
