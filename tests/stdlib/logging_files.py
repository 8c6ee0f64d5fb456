# logging: FileHandler, basicConfig(filename=...), RotatingFileHandler,
# shutdown().
import logging
import logging.handlers
import os
import tempfile

tmp = tempfile.mkdtemp(prefix="shoal_logging_files_")
path = os.path.join(tmp, "app.log")


def show(p):
    with open(p, encoding="utf-8") as f:
        print(os.path.basename(p), repr(f.read()))


log = logging.getLogger("files")
log.propagate = False
log.setLevel(logging.DEBUG)
fmt = logging.Formatter("%(levelname)s %(message)s")

h = logging.FileHandler(path)
print(h.baseFilename == os.path.abspath(path), h.mode, h.delay,
      h.terminator == "\n", h.stream is not None)
print(repr(h).replace(tmp, "TMP"))
h.setFormatter(fmt)
log.addHandler(h)
log.info("first")
log.debug("second %d", 2)
show(path)
log.removeHandler(h)
h.close()
print(h.stream)
h.close()  # twice is fine

# mode 'a' appends, 'w' truncates
h = logging.FileHandler(path, mode="a", encoding="utf-8")
h.setFormatter(fmt)
log.addHandler(h)
log.warning("appended \u00e9\u4e2d")
log.removeHandler(h)
h.close()
show(path)
h = logging.FileHandler(path, "w")
h.setFormatter(fmt)
log.addHandler(h)
log.error("truncated")
log.removeHandler(h)
h.close()
show(path)

# delay: no file until the first record
delayed = os.path.join(tmp, "delayed.log")
h = logging.FileHandler(delayed, delay=True)
print(h.stream, os.path.exists(delayed))
h.setFormatter(fmt)
log.addHandler(h)
log.info("now it exists")
print(os.path.exists(delayed))
log.removeHandler(h)
h.close()
show(delayed)

# terminator
h = logging.FileHandler(path, "w")
h.terminator = " | "
log.addHandler(h)
log.info("a")
log.info("b")
log.removeHandler(h)
h.close()
show(path)

# errors= and encoding=
h = logging.FileHandler(path, "w", encoding="ascii", errors="replace")
log.addHandler(h)
log.info("caf\u00e9")
log.removeHandler(h)
h.close()
show(path)

# basicConfig(filename=...)
cfg = os.path.join(tmp, "config.log")
logging.basicConfig(filename=cfg, filemode="w", level=logging.INFO,
                    format="%(name)s:%(levelname)s:%(message)s")
root_h = logging.root.handlers[0]
print(type(root_h).__name__, root_h.mode, root_h.errors)
logging.info("to the file")
logging.getLogger("child").warning("child too")
logging.debug("not at DEBUG")
root_h.flush()
show(cfg)
logging.basicConfig(filename=cfg, filemode="a", force=True,
                    encoding="utf-8", errors="strict")
root_h = logging.root.handlers[0]
print(root_h.encoding, root_h.errors)
logging.warning("appended by the second config")
show(cfg)

# RotatingFileHandler
rot = os.path.join(tmp, "rot.log")
rh = logging.handlers.RotatingFileHandler(rot, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
rlog = logging.getLogger("rot")
rlog.propagate = False
rlog.addHandler(rh)
for i in range(8):
    rlog.warning("record number %d", i)
rlog.removeHandler(rh)
rh.close()
for name in sorted(os.listdir(tmp)):
    if name.startswith("rot"):
        show(os.path.join(tmp, name))

# a namer for the rotated files
rot2 = os.path.join(tmp, "named.log")
rh = logging.handlers.RotatingFileHandler(rot2, maxBytes=10, backupCount=1)
rh.namer = lambda name: name + ".old"
rlog.addHandler(rh)
for i in range(3):
    rlog.warning("line %d", i)
rlog.removeHandler(rh)
rh.close()
for name in sorted(os.listdir(tmp)):
    if name.startswith("named"):
        show(os.path.join(tmp, name))

# maxBytes=0 never rotates
rh = logging.handlers.RotatingFileHandler(rot2, mode="w")
print(rh.shouldRollover(logging.makeLogRecord({"msg": "x" * 1000})))
rh.close()

# shutdown() flushes and closes every handler still alive
sh = logging.FileHandler(os.path.join(tmp, "shutdown.log"))
log.addHandler(sh)
log.info("before shutdown")
logging.shutdown()
print(sh.stream, root_h.stream)
show(os.path.join(tmp, "shutdown.log"))

for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
print("cleaned up")
