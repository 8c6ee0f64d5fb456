# time.gmtime / strftime / mktime-free conversions with fixed timestamps
import time
for ts in [0, 86399, 951782400, 1234567890, 2 ** 31 - 1, 4102444800]:
    t = time.gmtime(ts)
    print(ts, tuple(t)[:6], t.tm_wday, t.tm_yday, time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t))
t = time.gmtime(1000000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_isdst)
print(time.strftime("%d/%m/%y %I:%M %p", t), time.strftime("%%", t), time.strftime("%A %B", t))
print(isinstance(time.time(), float), time.gmtime(0) == time.gmtime(0))
print(time.asctime(time.gmtime(0)))
