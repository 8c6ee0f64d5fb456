# sys information objects (struct sequences) and the time module.
import sys, time
v = sys.version_info
print(v >= (3, 11), v[:2], v.major, v.minor, v.releaselevel, len(v), type(v).__name__)
print(sys.version.startswith("3.11"), sys.hexversion >= 0x030B0000)
print(isinstance(sys.maxsize, int), sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.platform, sys.byteorder, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.hash_info.modulus, sys.hash_info.inf, sys.int_info.default_max_str_digits)
print(sys.flags.optimize, sys.flags.dev_mode)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, val, tb = sys.exc_info()
    print(t.__name__, repr(val), tb is not None, sys.exception() is val)
print(sys.getrecursionlimit() > 0)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
print(sys.intern("ab" + "cd") is sys.intern("abcd"))
print(type(sys.getsizeof([])).__name__, sys.getrefcount(object()) >= 1)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(isinstance(sys.argv, list), isinstance(sys.path, list), "sys" in sys.modules)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("exit", e.code)

g = time.gmtime(0)
print(g)
print(g.tm_year, g[0], g.tm_zone, len(g), tuple(g))
print(time.gmtime(86400 * 365.25 * 30 + 3661))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.asctime(time.gmtime(1700000000)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(e)
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() > t0, time.monotonic() >= m0 + 0.009, time.perf_counter() > p0)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, time.process_time() >= 0)
for bad in (-1, "x"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.mktime(time.localtime(1700000000)))
print(type(time.timezone).__name__, type(time.tzname).__name__, time.daylight in (0, 1))
print(time.get_clock_info("monotonic").monotonic)
