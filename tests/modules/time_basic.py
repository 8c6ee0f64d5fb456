# time module: only non-timing properties
import time
t1 = time.time()
print(type(t1).__name__, t1 > 1_600_000_000)
p1 = time.perf_counter()
m1 = time.monotonic()
time.sleep(0.01)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(t2 >= t1, p2 > p1, m2 >= m1, p2 - p1 >= 0.005)
print(type(p1).__name__, type(time.monotonic()).__name__, type(time.time_ns()).__name__)
print(time.time_ns() > 1_600_000_000 * 10 ** 9)
time.sleep(0)
print(time.perf_counter_ns() > 0, isinstance(time.process_time(), float))
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.gmtime(1_000_000_000)[:6])
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
readings = [time.perf_counter() for _ in range(100)]
print(all(a <= b for a, b in zip(readings, readings[1:])))
