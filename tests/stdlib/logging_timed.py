# logging.handlers.TimedRotatingFileHandler: rollover times (UTC, so the
# output does not depend on the time zone), rotated file names, deletion
# of old files and its ValueErrors.
import datetime
import logging
import logging.handlers
import os
import tempfile
import time

tmp = tempfile.mkdtemp(prefix="shoal_logging_timed_")
path = os.path.join(tmp, "timed.log")


def fmt(t):
    return time.strftime("%a %Y-%m-%d %H:%M:%S", time.gmtime(t))


base = 1700000000  # Tue 2023-11-14 22:13:20 UTC
times = [base, base - 22 * 3600, base + 2 * 3600, base + 86400 * 3 + 1234,
         1699920000, 1699932600]  # Tue 00:00:00, Tue 03:30:00
cases = [("S", 1, None), ("S", 30, None), ("M", 5, None), ("H", 1, None),
         ("H", 12, None), ("D", 2, None), ("midnight", 1, None),
         ("MIDNIGHT", 1, datetime.time(3, 30)),
         ("midnight", 1, datetime.time(23, 0))]
cases += [("W%d" % d, 1, None) for d in range(7)]
cases += [("W1", 1, datetime.time(23, 0)), ("W1", 1, datetime.time(1, 0)),
          ("W4", 1, datetime.time(12, 0))]
for when, interval, at in cases:
    h = logging.handlers.TimedRotatingFileHandler(
        path, when=when, interval=interval, utc=True, atTime=at, delay=True)
    print(when, interval, at, h.interval, h.suffix)
    for t in times:
        print("   ", fmt(t), "->", fmt(h.computeRollover(t)))
    h.close()

for when in ["X", "W", "W7", "W12", "Wx"]:
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=when, delay=True)
    except ValueError as e:
        print("ValueError:", e)

# rotation: force rolloverAt into the past
h = logging.handlers.TimedRotatingFileHandler(path, when="S", backupCount=2,
                                              utc=True)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("timed")
log.propagate = False
log.addHandler(h)
log.warning("before any rollover")
for i, t in enumerate([1700000000, 1700000001, 1700000002, 1700000003]):
    h.rolloverAt = t + h.interval
    print(h.shouldRollover(None))
    h.doRollover()
    print(h.rolloverAt > t)
    log.warning("after rollover %d", i)
print(sorted(os.listdir(tmp)))
print([os.path.basename(p) for p in h.getFilesToDelete()])
log.removeHandler(h)
h.close()
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        print(name, repr(f.read()))
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
