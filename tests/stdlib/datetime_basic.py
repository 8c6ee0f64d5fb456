# datetime: date, time, datetime, timedelta, timezone
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt_module

d = date(2020, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2019, 12, 25), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(737483), d.replace(day=1), d.ctime())
print(date.fromisoformat('2021-07-04'), date.fromisoformat('20210704'), date.fromisoformat('2021-W01-1'), date.fromisocalendar(2020, 53, 7))
print(d.strftime('%Y/%m/%d %a %A %b %B %j %U %W %y %w %%'), format(d, '%d.%m.%Y'), f'{d}', d.timetuple()[:8])
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), repr(-td), timedelta(0), repr(timedelta(0)), timedelta(weeks=1, milliseconds=1.5))
print(timedelta(hours=-1), timedelta(days=-2, seconds=5), timedelta(seconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(minutes=1.1))
print(td * 2, 2 * td, td * 0.5, td / 2, td / 3, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=5)))
print(timedelta(days=3) > timedelta(hours=71), timedelta(1) == timedelta(hours=24), bool(timedelta(0)), timedelta.max, timedelta.min, timedelta.resolution)
t = time(13, 5, 9, 500)
print(t, repr(t), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat('seconds'), t.isoformat('milliseconds'), t.isoformat('hours'), t.isoformat('minutes'))
print(t.strftime('%H:%M:%S.%f %I %p'), time.fromisoformat('04:23:01.000384'), time.fromisoformat('T042301'), time(1, tzinfo=timezone.utc))
dt = datetime(2020, 1, 2, 3, 4, 5)
print(dt, repr(dt), repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3, 4, 5, 6)), dt.isoformat(), dt.isoformat(' ', 'minutes'))
print(dt + timedelta(days=30, hours=23), dt - timedelta(seconds=1), datetime(2021, 1, 1) - dt, dt.date(), dt.time(), dt.timetuple()[:9])
print(dt.strftime('%c | %x | %X | %Y-%m-%dT%H:%M:%S'), dt.ctime(), dt.weekday(), dt.replace(year=2000, microsecond=7))
aware = datetime(2020, 6, 1, 12, 0, tzinfo=timezone.utc)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.timestamp(), aware.isoformat())
tz5 = timezone(timedelta(hours=5, minutes=30))
print(tz5, repr(tz5), timezone(timedelta(hours=-3), 'BRT'), repr(timezone(timedelta(hours=-3), 'BRT')), timezone.utc, repr(timezone.utc))
print(aware.astimezone(tz5), aware.astimezone(tz5).strftime('%z %Z'), aware == aware.astimezone(tz5), aware - datetime(2020, 6, 1, 17, 30, tzinfo=tz5))
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('2011-11-04 00:05:23.283'), datetime.fromisoformat('2011-11-04T00:05:23Z'))
print(datetime.fromisoformat('20111104T000523'), datetime.fromisoformat('2011-11-04'), repr(datetime.fromisoformat('2011-11-04T00:05:23.283+00:00')))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
print(datetime.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('04 Mar 2021 11PM', '%d %b %Y %I%p'), datetime.strptime('2021-063', '%Y-%j'))
print(isinstance(datetime.now(), datetime), isinstance(date.today(), date), datetime.now(timezone.utc).tzinfo, type(datetime.now() - datetime.now()).__name__)
print(sorted([datetime(2020, 1, 3), datetime(2019, 5, 5), datetime(2020, 1, 1)]), datetime(2020, 1, 1) == date(2020, 1, 1), hash(dt) == hash(datetime(2020, 1, 2, 3, 4, 5)))
errors = [lambda: date(2020, 2, 30), lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: time(24), lambda: time(0, 60),
          lambda: datetime(2020, 1, 1, 0, 0, 60), lambda: date.fromisoformat('2020-1-1'), lambda: datetime.fromisoformat('nope'),
          lambda: timedelta(days=10 ** 9), lambda: datetime(2020, 1, 1) < aware, lambda: datetime(2020, 1, 1) - aware,
          lambda: datetime.strptime('2021', '%Y-%m'), lambda: datetime.strptime('2021-01-01x', '%Y-%m-%d'), lambda: date.max + timedelta(1),
          lambda: timezone(timedelta(hours=24)), lambda: date(2020, 1, 1.5), lambda: datetime(2020, 1, 1) < date(2020, 1, 1)]
for fn in errors:
    try:
        fn()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(dt_module.UTC is timezone.utc, timezone.min, timezone.max, datetime.min, datetime.max)
