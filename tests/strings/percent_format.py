# printf-style % formatting of str
print("%s|%r|%a" % ("hé", "hé", "hé"))
print("%d %i %u" % (42, -7, 3))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%e %E %f %F %g %G" % (1234.5, 1234.5, 1234.5, 1234.5, 1234.5, 0.00001234))
print("%.3e|%10.4f|%-10.2f|%010.3f|%+.1f|% .1f" % (1234.5, 3.14159, 2.5, -3.14159, 2.0, 2.0))
print("%c%c%c" % (72, "i", 0x263A))
print("%%|100%%|" % ())
print("%(name)s is %(age)d years; %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ("a", "b"), "%s" % ((1, 2),))
print("%r" % "quote's", "%s" % None, "%d" % True, "%s" % b"bytes")
print("%05d|%-05d|%+05d|% 05d" % (42, 42, 42, 42))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%g %g %g %g %g" % (100000, 1000000, 1e-4, 1e-5, 123456789))
print("%#g %#.3g %#x %#o" % (1.0, 2.0, 0, 0))
print("%s and %s" % ("x", 5), "%10.3s|" % "abcdef", "%-8r|" % "r")
for bad, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%(k)s", (1,)), ("%c", ("ab",))]:
    try:
        bad % args
    except (TypeError, ValueError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print("%i%%" % 50, "%.1f%%" % 99.5)
