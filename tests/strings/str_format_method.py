# str.format: positional, keyword, indexing, attribute access, conversions
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=42))
print("{0[0]} {0[1]} {1[key]} {1[k2]}".format(["x", "y"], {"key": "v", "k2": 2}))
class P:
    x = 3
    y = [10, 20]
print("{p.x} {p.y[1]} {0.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{literal}} {}".format("braces"), "{{}}".format())
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{0:{1}}|{0:>{w}}|{x:{fill}{align}{width}}".format("v", 5, w=4, x="n", fill="-", align="^", width=7))
print("{:.3}|{:10.2}|{:.0}".format("abcdef", "xyz", "q"))
print("{:,} {:_} {:08.3f} {:+} {: }".format(1234567, 7654321, 3.14159, 5, 5))
print("{:b} {:o} {:x} {:#X} {:c} {:e} {:%}".format(10, 10, 255, 255, 97, 12.5, 0.25))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{a}".format_map(d), "{0}{1}".format(*"xy"))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{known} {unknown}".format_map(Default(known="yes")))
for fmt, args in [("{", ()), ("{0} {}", (1, 2)), ("{1}", ("a",)), ("{x}", ()), ("{:d}", ("s",)), ("{!x}", (1,)), ("}", ()), ("{0[5]}", ([1],))]:
    try:
        fmt.format(*args)
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0!r:>10}|{0!s:<6}|".format("ab"))
print("{:=^20}".format(" centered "), "{:0>5}".format(42), "{:0<5}".format(42))
print("{} {}".format(*[1, 2]), "{:s}".format("plain"), "{}".format(None))
