# str.format, format_map, format() with string specs
class P:
    x = 3
    def __repr__(self): return "P()"
print("{} {} {}".format(1, "a", None), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.x} {0!r} {0!s:>6} {1[0]} {1[k]} {2[1][0]}".format(P(), {0: "zero", "k": "kay"}, [0, [9]]))
print("{{literal}} {:>{w}} {:^{w}.{p}}|".format("r", "center", w=10, p=3))
print("{:*<8}|{:*>8}|{:*^8}|{:.2}|{:8.3}|{:s}".format("ab", "ab", "ab", "abc", "abcdef", "s"))
print(format("abc"), format("abc", "10"), format("é€", "→^7"), format("ab", "05"), format("ab", "<05"))
print("{x[a]} {x[b]}".format_map({"x": {"a": 1, "b": 2}}), "{0:}".format("empty spec"))
print("{!a}".format("é"), "{!r:^9}|".format("x"))
for bad in ["'{} {0}'.format(1, 2)", "'{0} {}'.format(1, 2)", "'{'.format()", "'}'.format()", "'{0!x}'.format(1)", "'{a}'.format()", "'{2}'.format(1)", "'{0[0}'.format([1])", "'{0.}'.format(1)", "format('a', '=5')", "format('a', '+5')", "format('a', '#5')", "format('a', 'd')", "format('a', 'xx')", "format('a', ',')", "format('a', '.')", "'{:{:{}}}'.format(1, 2, 3)", "'{}'.format_map({})"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
