# logging: Formatter styles, validation, time formatting, LogRecord.
import logging
import time


def record(msg="hello %s", args=("world",), level=logging.INFO, name="fmt",
           **extra):
    r = logging.LogRecord(name, level, "/some/dir/mod_file.py", 42, msg, args,
                          None, "func")
    r.created = 1700000000.123456
    r.msecs = 123.0
    r.relativeCreated = 5.5
    r.thread = 1
    r.process = 2
    r.__dict__.update(extra)
    return r


r = record()
print(repr(r))
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module,
      r.lineno, r.funcName, r.msg, r.args, r.exc_info, r.exc_text,
      r.stack_info, r.processName)
print(r.getMessage())
print(r.threadName)
print(sorted(vars(logging.LogRecord("n", 10, "p", 1, "m", (), None))))
# a single non-empty mapping argument becomes the argument mapping
r2 = record("%(a)s and %(b)s", ({"a": 1, "b": 2},))
print(r2.args, r2.getMessage())
r3 = record("empty dict %s", ({},))
print(r3.args, r3.getMessage())
r4 = record("two dicts %s %s", ({"a": 1}, {"b": 2}))
print(r4.getMessage())
r5 = record(ValueError("not a str"), ())
print(r5.getMessage())
r6 = logging.LogRecord("n", 10, None, 1, "m", (), None)
print(r6.filename, r6.module)

F = logging.Formatter
print(F().format(record()))
print(F("%(name)s|%(levelname)s|%(pathname)s|%(filename)s|%(module)s|"
        "%(lineno)d|%(funcName)s|%(msecs)d|%(relativeCreated)s|%(thread)d|"
        "%(process)d|%(message)s").format(record()))
print(F("{levelname:>8}|{name!r}|{lineno:05d}|{message}", style="{")
      .format(record()))
print(F("$levelname|${name}|$$|$message", style="$").format(record()))
print(F("%(message)s %(custom)s", defaults={"custom": "dflt"})
      .format(record()))
print(F("%(message)s %(custom)s", defaults={"custom": "dflt"})
      .format(record(custom="given")))
print(F("{message} {custom}", style="{", defaults={"custom": 7})
      .format(record()))


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


u = UTCFormatter("%(asctime)s %(message)s")
print(u.usesTime(), u.format(record()))
print(UTCFormatter("%(asctime)s %(message)s", "%d/%m/%Y %H.%M.%S")
      .format(record()))
print(UTCFormatter("{asctime} {message}", style="{").format(record()))
print(UTCFormatter("${asctime} $message", style="$").format(record()))
print(UTCFormatter("$asctime $message", style="$").usesTime())
print(F("%(message)s").usesTime(), F("{message}", style="{").usesTime())
u2 = UTCFormatter()
u2.default_msec_format = "%s.%03d"
print(u2.formatTime(record()))
u2.default_msec_format = None
print(u2.formatTime(record()))
u2.default_time_format = "%H:%M"
print(u2.formatTime(record()))
print(u.formatTime(record(), "%Y"))

# record.message and asctime are set by format()
rr = record()
u.format(rr)
print(rr.message, rr.asctime)
print(F().formatMessage(rr), F().formatStack("stack text"))

# formats with missing fields
try:
    F("%(nothere)s").format(record())
except ValueError as e:
    print("ValueError:", e)
try:
    F("{nothere}", style="{").format(record())
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    F("$nothere", style="$").format(record())
except Exception as e:
    print(type(e).__name__ + ":", e)

# validation
bad = [("abc", "%"), ("%s", "%"), ("%(x)z", "%"), ("%(x)", "%"),
       ("abc", "{"), ("{x!z}", "{"), ("{x:q}", "{"),
       ("}", "{"), ("{x-y}", "{"), ("{}", "{"),
       ("abc", "$"), ("${", "$"), ("$ x", "$"), ("$$", "$"),
       ("%(x)s", "#"), ("%(x)s", "")]
for fmt, style in bad:
    try:
        F(fmt, style=style)
        print("ok", repr(fmt), style)
    except ValueError as e:
        print("ValueError:", e)
good = [("%(x)-5s", "%"), ("%(x)#08.3f", "%"), ("%(x)%", "%"),
        ("{x}", "{"), ("{0}", "{"), ("{x.y}", "{"), ("{x[0]}", "{"),
        ("{x:>10}", "{"), ("{x!r:^{w}}", "{"), ("{x:,.2f}", "{"),
        ("$x", "$"), ("${x}", "$"), ("$$ $x", "$")]
for fmt, style in good:
    f = F(fmt, style=style)
    print("ok", repr(f._fmt), type(f._style).__name__)
print(repr(F("abc", validate=False)._fmt))
print(F(None, style="{")._fmt, F(None, style="$")._fmt, F()._fmt)

# BufferingFormatter


class Buffered(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d records]\n" % len(records)

    def formatFooter(self, records):
        return "[end]"


recs = [record("one", ()), record("two", ())]
print(repr(logging.BufferingFormatter().format(recs)))
print(repr(logging.BufferingFormatter().format([])))
print(Buffered(F("%(message)s\n")).format(recs))

# makeLogRecord and the record factory
m = logging.makeLogRecord({"name": "made", "msg": "%d+%d", "args": (1, 2),
                           "levelno": 40, "custom": True})
print(m.name, m.getMessage(), m.levelno, m.levelname, m.custom, m.lineno,
      m.pathname, m.funcName)
old = logging.getLogRecordFactory()
print(old is logging.LogRecord)


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom_attribute = "from factory"
    return rec


logging.setLogRecordFactory(factory)
import io
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(F("%(custom_attribute)s: %(message)s"))
lg = logging.getLogger("factory")
lg.addHandler(h)
lg.warning("with factory")
logging.setLogRecordFactory(old)
lg.removeHandler(h)
print(s.getvalue(), end="")
