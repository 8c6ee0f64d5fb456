# logging: levels, names, the logger hierarchy, propagation, disable().
import logging
import io
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN,
      logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
for v in [0, 10, 20, 30, 40, 50, 5, 99, "DEBUG", "WARN", "FATAL", "nope", None]:
    print(repr(v), "->", repr(logging.getLevelName(v)))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m["X"] = 1
print("X" in logging.getLevelNamesMapping())

root = logging.getLogger()
print(root is logging.root, root is logging.getLogger("root"),
      root is logging.getLogger(None), root is logging.getLogger(""))
print(root.name, repr(root))

a_b_c = logging.getLogger("a.b.c")
print(a_b_c.parent is root, repr(a_b_c))
print(sorted(logging.Logger.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict["a.b"]).__name__)
a = logging.getLogger("a")
print(a_b_c.parent is a, a.parent is root)
a_b = logging.getLogger("a.b")
print(a_b_c.parent is a_b, a_b.parent is a)
a_bx = logging.getLogger("a.bx")
print(a_bx.parent is a)
print(logging.getLogger("a.b") is a_b, a.getChild("b") is a_b,
      root.getChild("a") is a, a.getChild("b.c") is a_b_c)
print(a.manager is root.manager, a.root is root)

a.setLevel(logging.INFO)
print(a.level, a_b.level, a_b.getEffectiveLevel(), a_b_c.getEffectiveLevel(),
      root.getEffectiveLevel())
a_b.setLevel("ERROR")
print(a_b_c.getEffectiveLevel(), a_b_c.isEnabledFor(logging.WARNING),
      a_b_c.isEnabledFor(logging.ERROR))
a_b.setLevel(logging.NOTSET)
print(a_b_c.getEffectiveLevel(), a_b_c.isEnabledFor(logging.INFO),
      a_b_c.isEnabledFor(logging.DEBUG))
print(repr(a), repr(a_b))

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
root.addHandler(h)
root.setLevel(logging.DEBUG)
a_h = logging.StreamHandler(stream)
a_h.setFormatter(logging.Formatter("[a] %(name)s %(message)s"))
a.addHandler(a_h)
a.addHandler(a_h)  # only once
print(len(a.handlers), a.hasHandlers(), a_b_c.hasHandlers())

a_b_c.debug("debug from a.b.c")   # a is INFO
a_b_c.info("info from a.b.c")
a_b.propagate = False
a_b_c.warning("stops at a.b (no handlers there)")
print(a_b_c.hasHandlers())
a_b.propagate = True
a.propagate = False
a_b_c.error("only a's handler")
a.propagate = True
a_h.setLevel(logging.ERROR)
a_b_c.warning("a's handler level is ERROR")
a.removeHandler(a_h)
a.removeHandler(a_h)
a_b_c.log(15, "verbose level")
a.setLevel(0)
a_b_c.log(15, "verbose level, a NOTSET")
a_b_c.disabled = True
a_b_c.critical("disabled logger")
print(a_b_c.isEnabledFor(logging.CRITICAL))
a_b_c.disabled = False

logging.disable(logging.WARNING)
print(root.manager.disable)
a_b_c.warning("disabled through WARNING")
a_b_c.error("error still passes")
logging.disable()
a_b_c.critical("critical disabled too")
logging.disable(logging.NOTSET)
a_b_c.info("enabled again")
try:
    logging.disable("LOUD")
except ValueError as e:
    print("ValueError:", e)

for bad in ["LOUD", 2.5, None, [1]]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger(b"bytes")
except TypeError as e:
    print("TypeError:", e)

# custom logger class
class MyLogger(logging.Logger):
    def hello(self):
        return "hello from " + self.name

logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass().__name__)
mine = logging.getLogger("mine.x")
print(type(mine).__name__, mine.hello(), type(logging.getLogger("a")).__name__)
logging.setLoggerClass(logging.Logger)
# placeholder "mine" becomes a plain Logger and adopts mine.x
mine_parent = logging.getLogger("mine")
print(type(mine_parent).__name__, mine.parent is mine_parent)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)

print(stream.getvalue(), end="")
